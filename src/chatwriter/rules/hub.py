"""Shared matchers for all rules of one compiled locale.

One PhraseMatcher on LOWER (case-insensitive terms), one on ORTH (exact case) and one
token-pattern Matcher serve every rule, so a message is scanned once however many
rules and terms there are. Rules get their hits back by key.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from spacy.matcher import Matcher, PhraseMatcher

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class MatchHub:
    def __init__(self, nlp: Language):
        self._nlp = nlp
        self._pending: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._tokens = Matcher(nlp.vocab, validate=True)
        self._keys: dict[int, str] = {}
        self._used: set[str] = set()

    def add_phrases(self, key: str, terms: list[str], case_sensitive: bool = False) -> None:
        """Terms are tokenized like messages, so 'e-mail' or "can't" match as typed."""
        self._pending[(key, "ORTH" if case_sensitive else "LOWER")].extend(terms)
        self._remember(key)

    def add_patterns(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Raises spaCy's MatchPatternError (with every problem listed) on a bad pattern."""
        self._tokens.add(key, patterns)
        self._remember(key)

    def _remember(self, key: str) -> None:
        self._keys[self._nlp.vocab.strings.add(key)] = key

    def finalize(self) -> None:
        """Tokenize all pending terms in one batch (fast even for 100,000 entries)."""
        for (key, attr), terms in self._pending.items():
            unique = list(dict.fromkeys(terms))
            docs = list(self._nlp.tokenizer.pipe(unique))
            matcher = self._orth if attr == "ORTH" else self._lower
            matcher.add(key, docs)
        self._pending.clear()
        self._active = [m for m in (self._lower, self._orth, self._tokens) if len(m)]

    def run(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        hits: dict[str, list[tuple[int, int]]] = {}
        keys = self._keys
        for matcher in self._active:
            for match_id, start, end in matcher(doc):
                key = keys[match_id]
                spans = hits.get(key)
                if spans is None:
                    hits[key] = [(start, end)]
                else:
                    spans.append((start, end))
        return hits


def longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans overlapping a longer (or earlier) one; result sorted by position."""
    if len(spans) < 2:
        return spans
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if any(i in taken for i in range(start, end)):
            continue
        chosen.append((start, end))
        taken.update(range(start, end))
    chosen.sort()
    return chosen
