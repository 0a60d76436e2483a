"""substitute: a word or phrase -> the preferred form, with the original's casing kept.

Quoted words and names are left alone (:mod:`chatwriter.rules.cited`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chatwriter.model import Applicability, Finding
from chatwriter.rules.base import (
    APPLICABILITY,
    CASE_SENSITIVE,
    SKIP_NAMES,
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
from chatwriter.rules.cited import cited
from chatwriter.rules.hub import MatchHub, longest_first
from chatwriter.rules.options import Options, option


@dataclass(frozen=True)
class SubstituteOptions(Options):
    swap: dict[str, str | list[str]] = option(
        {
            "type": "object",
            "minProperties": 1,
            # One multi-type schema instead of oneOf: as strict, and far cheaper on big lists.
            "additionalProperties": {
                "type": ["string", "array"],
                "minLength": 1,
                "minItems": 1,
                "items": {"type": "string", "minLength": 1},
            },
        },
        "form to flag -> preferred form (or a list of alternatives)",
    )
    case_sensitive: bool = option(CASE_SENSITIVE, default=False)
    skip_names: bool = option(SKIP_NAMES, default=False)
    applicability: str = option(APPLICABILITY, default="safe")


class SubstituteKind(Kind):
    name = "substitute"
    options_class = SubstituteOptions
    options: SubstituteOptions
    message_fields = frozenset({"replacement"})

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.case_sensitive = o.case_sensitive
        self.swap: dict[str, list[str]] = {}
        for source, target in o.swap.items():
            key = fold(source) if self.case_sensitive else fold(source).lower()
            if key in self.swap:
                raise RuleError(
                    ("swap", source), f"'{source}' is listed twice; keep one entry", key=True
                )
            targets = as_list(target)
            if any(t.lower() == key.lower() for t in targets) and not self.case_sensitive:
                raise RuleError(
                    ("swap", source), f"'{source}' is swapped for itself; remove it", key=True
                )
            self.swap[key] = targets
        self.applicability = Applicability(o.applicability)
        self.skip_names = o.skip_names

    def register(self, hub: MatchHub) -> None:
        hub.add_phrases(self.id, list(self.swap), self.case_sensitive)

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        doc = ctx.doc
        for start, end in longest_first(list(spans)):
            if self.skip_names and looks_like_name(doc, start, end):
                continue
            span = doc[start:end]
            if cited(ctx.text, span.start_char, span.end_char):
                continue  # a quotation or a name: cited, not the operator's word choice
            text = fold(span.text)
            targets = self.swap.get(text if self.case_sensitive else text.lower())
            if targets is None:  # whitespace inside the span differs from the term
                spaced = " ".join(fold(t.text) for t in span)
                targets = self.swap.get(spaced if self.case_sensitive else spaced.lower())
                if targets is None:
                    continue
            # Case-sensitive forms are written out case by case, so the replacement is
            # taken as written ("SVP" -> "s'il vous plaît", not "S'IL VOUS PLAÎT").
            source = None if self.case_sensitive else span.text
            suggestions = suggestions_from(targets, self.applicability, source)
            yield self.finding(
                ctx,
                span.start_char,
                span.end_char,
                suggestions,
                replacement=suggestions[0].text,
            )
