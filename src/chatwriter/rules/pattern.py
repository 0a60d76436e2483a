"""pattern: spaCy Matcher token patterns written in YAML, validated when the guide loads."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.tokens import Token

from chatwriter.model import Applicability, Finding
from chatwriter.rules.base import (
    APPLICABILITY,
    REGEX_TIMEOUTS,
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
from chatwriter.rules.options import Options, option

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


@dataclass(frozen=True)
class PatternOptions(Options):
    patterns: list[list[dict[str, Any]]] = option(
        {
            "type": "array",
            "minItems": 1,
            "items": {"type": "array", "minItems": 1, "items": {"type": "object"}},
        },
        "spaCy Matcher patterns: a list of token patterns, each a list of dicts",
    )
    suggest: str | list[str] | None = option(SUGGEST, default=None)
    applicability: str = option(APPLICABILITY, default="unsafe")


class PatternKind(Kind):
    name = "pattern"
    options_class = PatternOptions
    options: PatternOptions

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        self.patterns: list[list[dict[str, Any]]] = self.options.patterns
        if not spec.builtin:
            self.patterns = bounded_regex_patterns(self.patterns)
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
        self.suggest = as_list(self.options.suggest)
        self.applicability = Applicability(self.options.applicability)

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


#: Seconds all company token REGEXes together may spend on one message.
REGEX_BUDGET = 0.25
_BUDGET_KEY = "chatwriter.regex_deadline"
#: Token attributes a REGEX may read, as the ``Token`` attribute that holds the string.
_STRING_ATTRS = {
    "TEXT": "text",
    "ORTH": "orth_",
    "LOWER": "lower_",
    "NORM": "norm_",
    "LEMMA": "lemma_",
    "POS": "pos_",
    "TAG": "tag_",
    "DEP": "dep_",
    "SHAPE": "shape_",
    "PREFIX": "prefix_",
    "SUFFIX": "suffix_",
    "ENT_TYPE": "ent_type_",
}


def bounded_regex_patterns(patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Token patterns whose ``REGEX`` predicates run with a time budget.

    spaCy's Matcher runs ``REGEX`` with Python's ``re``, which has no timeout: one
    backtracking pattern in a company guide could hang the engine on a 27-character
    token. Each such predicate becomes a boolean token extension whose getter runs the
    same expression with the ``regex`` module under a per-message budget
    (:data:`REGEX_BUDGET`, shared by all of them); past it the predicate answers False
    and the report notes the rule was cut short. Extensions are named by a hash of the
    attribute and the expression, so Linters that share a pattern share its getter.
    """
    out = []
    for pattern in patterns:
        tokens = []
        for token in pattern:
            spec = dict(token)
            extensions = dict(spec.pop("_", {}) or {})
            for attr in list(spec):
                source = _take_regex(spec, attr)
                if source is not None:
                    extensions[_regex_extension(attr, source, _attribute_reader(attr))] = True
            for name in list(extensions):
                source = _take_regex(extensions, name)
                if source is not None:
                    read = _extension_reader(name)
                    extensions[_regex_extension(f"_.{name}", source, read)] = True
            if extensions:
                spec["_"] = extensions
            tokens.append(spec)
        out.append(tokens)
    return out


def _take_regex(predicates: dict[str, Any], key: str) -> str | None:
    """Remove the ``REGEX`` of ``predicates[key]`` (keeping its other operators) and
    return its source, or None when it has none."""
    value = predicates[key]
    if not (isinstance(value, dict) and "REGEX" in value):
        return None
    rest = {k: v for k, v in value.items() if k != "REGEX"}
    if rest:
        predicates[key] = rest
    else:
        del predicates[key]
    return str(value["REGEX"])


def _attribute_reader(attr: str) -> Callable[[Token], str]:
    name = _STRING_ATTRS.get(attr.upper())
    if name is None:  # MORPH, and anything else spaCy compares as a string
        return lambda token: str(getattr(token, attr.lower(), ""))
    return lambda token: getattr(token, name)


def _extension_reader(name: str) -> Callable[[Token], str]:
    return lambda token: str(token._.get(name))


def _regex_extension(attr: str, source: str, read: Callable[[Token], str]) -> str:
    """Register (once) the getter for one REGEX predicate; returns the extension name."""
    digest = hashlib.sha1(f"{attr}\0{source}".encode()).hexdigest()[:16]
    name = f"chatwriter_re_{digest}"
    if Token.has_extension(name):
        return name
    try:
        compiled = regex.compile(source)
    except regex.error as exc:
        raise RuleError("patterns", f"invalid REGEX '{source}': {exc}") from None

    def getter(token: Token) -> bool:
        data = token.doc.user_data
        now = time.monotonic()
        deadline = data.get(_BUDGET_KEY)
        if deadline is None:
            deadline = data[_BUDGET_KEY] = now + REGEX_BUDGET
        remaining = deadline - now
        try:
            if remaining <= 0:
                raise TimeoutError
            return compiled.search(read(token), timeout=remaining) is not None
        except TimeoutError:
            data.setdefault(REGEX_TIMEOUTS, set()).add(source)
            return False

    Token.set_extension(name, getter=getter)
    return name
