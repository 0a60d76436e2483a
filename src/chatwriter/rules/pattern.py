"""pattern: spaCy Matcher token patterns written in YAML, validated when the guide loads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.errors import MatchPatternError
from spacy.matcher import Matcher

from chatwriter.model import Applicability, Finding
from chatwriter.rules.base import (
    APPLICABILITY,
    SUGGEST,
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
    as_list,
    suggestions_from,
)
from chatwriter.rules.hub import MatchHub, longest_first

# Token attributes that a blank pipeline cannot fill, and the ability each needs.
_ATTR_NEEDS = {
    "POS": "pos",
    "TAG": "pos",
    "MORPH": "morph",
    "DEP": "dep",
    "LEMMA": "lemma",
    "ENT_TYPE": "ner",
    "ENT_IOB": "ner",
    "ENT_ID": "ner",
    "ENT_KB_ID": "ner",
    "SENT_START": "sentences",
    "IS_SENT_START": "sentences",
}


class PatternKind(Kind):
    name = "pattern"
    properties = {
        "patterns": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "array", "minItems": 1, "items": {"type": "object"}},
            "description": "spaCy Matcher patterns: a list of token patterns, each a list of dicts",
        },
        "suggest": SUGGEST,
        "applicability": {**APPLICABILITY, "default": "unsafe"},
    }
    required = ("patterns",)

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        self.patterns: list[list[dict[str, Any]]] = spec.fields["patterns"]
        probe = Matcher(env.nlp.vocab, validate=True)
        try:
            probe.add(self.id, self.patterns)
        except MatchPatternError as exc:
            detail = " ".join(str(exc).split("\n")[2:]).strip() or str(exc)
            raise RuleError(
                "patterns",
                f"invalid token pattern: {detail}; see spaCy's Matcher pattern reference",
            ) from None
        self._needs = frozenset(
            _ATTR_NEEDS[attr.upper()]
            for pattern in self.patterns
            for token in pattern
            for attr in token
            if attr.upper() in _ATTR_NEEDS
        )
        self.suggest = as_list(spec.fields.get("suggest"))
        self.applicability = Applicability(spec.fields.get("applicability", "unsafe"))

    def needs(self) -> frozenset[str]:
        return self._needs

    def register(self, hub: MatchHub) -> None:
        hub.add_patterns(self.id, self.patterns)

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        doc = ctx.doc
        for start, end in longest_first(list(spans)):
            span = doc[start:end]
            suggestions = suggestions_from(self.suggest, self.applicability, span.text)
            yield self.finding(ctx, span.start_char, span.end_char, suggestions)
