"""repetition: the same word twice in a row ("the the"), fixed by dropping the second."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import LOWER

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules.base import (
    APPLICABILITY,
    SKIP_NAMES,
    CheckContext,
    CompileEnv,
    Kind,
    RuleSpec,
    looks_like_name,
)
from chatwriter.rules.options import Options, option


@dataclass(frozen=True)
class RepetitionOptions(Options):
    exceptions: list[str] = option(
        {"type": "array", "items": {"type": "string"}},
        "words that may legitimately repeat (e.g. 'that that', 'had had')",
        default=(),
    )
    skip_names: bool = option(SKIP_NAMES, default=False)
    applicability: str = option(APPLICABILITY, default="safe")


class RepetitionKind(Kind):
    name = "repetition"
    options_class = RepetitionOptions
    options: RepetitionOptions
    always = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.exceptions = frozenset(w.lower() for w in o.exceptions)
        self.applicability = Applicability(o.applicability)
        self.skip_names = o.skip_names

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        doc = ctx.doc
        if len(doc) < 2:
            return
        # Compare LOWER ids in one vectorised step; only candidate pairs become Token objects.
        lower = doc.to_array(LOWER)
        for i in (lower[1:] == lower[:-1]).nonzero()[0] + 1:
            prev, tok = doc[int(i) - 1], doc[int(i)]
            if not tok.is_alpha or tok.lower_ in self.exceptions:
                continue
            # "the The First Time album", "Turn Me On on": a name starts or ends here.
            if self.skip_names and (
                looks_like_name(doc, prev.i, prev.i + 1) or looks_like_name(doc, tok.i, tok.i + 1)
            ):
                continue
            # Only plain whitespace between the two: "bye, bye" or "no. No" are not slips.
            between = ctx.text[prev.idx + len(prev) : tok.idx]
            if not between or between.strip() or "\n" in between:
                continue
            suggestion = Suggestion(prev.text, self.applicability)
            yield self.finding(ctx, prev.idx, tok.idx + len(tok), (suggestion,))
