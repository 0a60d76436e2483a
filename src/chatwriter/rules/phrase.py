"""phrase: flag token phrases (case-insensitive unless asked), optionally with suggestions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chatwriter.model import Applicability, Finding
from chatwriter.rules.base import (
    APPLICABILITY,
    CASE_SENSITIVE,
    SKIP_NAMES,
    STRING_LIST,
    SUGGEST,
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
    as_list,
    fold,
    looks_like_name,
    suggestions_from,
)
from chatwriter.rules.cited import REGIONAL, cited
from chatwriter.rules.hub import MatchHub, longest_first
from chatwriter.rules.options import Options, option


@dataclass(frozen=True)
class PhraseOptions(Options):
    phrases: list[str] = option(STRING_LIST, "phrases to flag, matched token by token")
    case_sensitive: bool = option(CASE_SENSITIVE, default=False)
    skip_names: bool = option(SKIP_NAMES, default=False)
    unless_after: list[str] = option(
        {"type": "array", "items": {"type": "string", "minLength": 1}},
        "skip a match when one of these words is among the few before it "
        "(negations: not, nicht, pas, no, não)",
        default=(),
    )
    window: int = option(
        {"type": "integer", "minimum": 1, "maximum": 10},
        "how many words before a match unless_after looks at",
        default=3,
    )
    suggest: str | list[str] | None = option(SUGGEST, default=None)
    applicability: str = option(APPLICABILITY, default="unsafe")


class PhraseKind(Kind):
    name = "phrase"
    options_class = PhraseOptions
    options: PhraseOptions

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.phrases = o.phrases
        seen: set[str] = set()
        case_sensitive = o.case_sensitive
        for i, phrase in enumerate(self.phrases):
            norm = fold(phrase) if case_sensitive else fold(phrase).lower()
            if norm in seen:
                raise RuleError(("phrases", i), f"'{phrase}' is listed twice; remove one")
            seen.add(norm)
        self.case_sensitive = case_sensitive
        self.suggest = as_list(o.suggest)
        self.applicability = Applicability(o.applicability)
        self.skip_names = o.skip_names
        self.unless_after = frozenset(fold(w).lower() for w in o.unless_after)
        self.window = o.window

    def register(self, hub: MatchHub) -> None:
        hub.add_phrases(self.id, self.phrases, self.case_sensitive)

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        doc = ctx.doc
        for start, end in longest_first(list(spans)):
            if self.skip_names and looks_like_name(doc, start, end):
                continue
            if self.unless_after and self._negated(doc, start):
                continue
            span = doc[start:end]
            if self.category in REGIONAL and cited(ctx.text, span.start_char, span.end_char):
                continue  # a quotation or a name (rules/cited.py)
            suggestions = suggestions_from(self.suggest, self.applicability, span.text)
            yield self.finding(ctx, span.start_char, span.end_char, suggestions)

    def _negated(self, doc, start: int) -> bool:
        """A listed word among the ``window`` words before the match, in the same clause."""
        seen = 0
        for tok in reversed(doc[max(0, start - 3 * self.window) : start]):
            if tok.is_punct and tok.text in {".", "!", "?", ";", ":"}:
                return False
            if fold(tok.lower_) in self.unless_after:
                return True
            if not tok.is_punct and not tok.is_space:
                seen += 1
                if seen >= self.window:
                    return False
        return False
