"""capitalization: terms that must be written with exact casing (brand names)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules.base import (
    STRING_LIST,
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
    fold,
)
from chatwriter.rules.hub import MatchHub, longest_first
from chatwriter.rules.options import Options, option


@dataclass(frozen=True)
class CapitalizationOptions(Options):
    terms: list[str] = option(STRING_LIST, "terms, written exactly as required")


class CapitalizationKind(Kind):
    name = "capitalization"
    options_class = CapitalizationOptions
    options: CapitalizationOptions
    message_fields = frozenset({"expected"})

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        self.terms: dict[str, str] = {}
        for i, term in enumerate(self.options.terms):
            if fold(term).lower() in self.terms:
                raise RuleError(("terms", i), f"'{term}' is listed twice; keep one spelling")
            self.terms[fold(term).lower()] = term

    def register(self, hub: MatchHub) -> None:
        hub.add_phrases(self.id, list(self.terms.values()), case_sensitive=False)

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        doc = ctx.doc
        for start, end in longest_first(list(spans)):
            span = doc[start:end]
            expected = self.terms.get(fold(span.text).lower())
            if expected is None or span.text == expected:
                continue
            suggestion = Suggestion(expected, Applicability.SAFE)
            yield self.finding(
                ctx, span.start_char, span.end_char, (suggestion,), expected=expected
            )
