"""Shared matchers for all rules of one compiled locale.

A message is scanned once however many rules and terms there are:

- single-word terms (the bulk of spelling and vocabulary lists) go into two hash tables
  keyed by spaCy's LOWER and ORTH ids, looked up once per token: compiling them costs
  a dict insert instead of a tokenized pattern, so 100,000 entries compile in a blink;
- multi-token terms go into one PhraseMatcher on LOWER and one on ORTH;
- token patterns go into one Matcher.

Rules get their hits back by key, as token spans.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Hits = dict[str, list[tuple[int, int]]]


class MatchHub:
    def __init__(self, nlp: Language):
        self._nlp = nlp
        self._strings = nlp.vocab.strings
        self._special = nlp.tokenizer.rules or {}
        self._pending: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._words: dict[int, dict[int, list[str]]] = {LOWER: {}, ORTH: {}}
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._tokens = Matcher(nlp.vocab, validate=True)
        self._keys: dict[int, str] = {}
        self._active: list[Any] = []
        self._attrs: list[int] = []

    def add_phrases(self, key: str, terms: list[str], case_sensitive: bool = False) -> None:
        """Terms are tokenized like messages, so 'e-mail' or "can't" match as typed."""
        attr = ORTH if case_sensitive else LOWER
        table = self._words[attr]
        for term in _with_apostrophe_variants(terms):
            if self._is_one_token(term):
                norm = term if case_sensitive else term.lower()
                keys = table.setdefault(self._strings.add(norm), [])
                if key not in keys:
                    keys.append(key)
            else:
                self._pending[(key, "ORTH" if case_sensitive else "LOWER")].append(term)
        self._remember(key)

    def _is_one_token(self, term: str) -> bool:
        """Letters only and no tokenizer special case (like 'cannot'): always one token."""
        if not term.isalpha():
            return False
        special = self._special
        return not any(v in special for v in (term, term.lower(), term.title(), term.upper()))

    def add_patterns(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Raises spaCy's MatchPatternError (with every problem listed) on a bad pattern."""
        self._tokens.add(key, patterns)
        self._remember(key)

    def _remember(self, key: str) -> None:
        self._keys[self._strings.add(key)] = key

    def finalize(self) -> None:
        """Tokenize the multi-token terms in one batch."""
        tokenizer = self._nlp.tokenizer
        for (key, attr), terms in self._pending.items():
            unique = list(dict.fromkeys(terms))
            docs = list(tokenizer.pipe(unique))
            matcher = self._orth if attr == "ORTH" else self._lower
            matcher.add(key, docs)
        if self._pending:
            # Guide terms are not messages: leave the tokenizer's cache to real traffic.
            tokenizer._flush_cache()
        self._pending.clear()
        self._active = [m for m in (self._lower, self._orth, self._tokens) if len(m)]
        self._attrs = [attr for attr, table in self._words.items() if table]

    def run(self, doc: Doc) -> Hits:
        hits: Hits = {}
        if self._attrs and len(doc):
            columns = doc.to_array(self._attrs)
            if len(self._attrs) == 1:
                columns = columns.reshape(-1, 1)
            for col, attr in enumerate(self._attrs):
                table = self._words[attr]
                for i, value in enumerate(columns[:, col].tolist()):
                    found = table.get(value)
                    if found:
                        for key in found:
                            hits.setdefault(key, []).append((i, i + 1))
        keys = self._keys
        for matcher in self._active:
            for match_id, start, end in matcher(doc):
                hits.setdefault(keys[match_id], []).append((start, end))
        return hits


def _with_apostrophe_variants(terms: list[str]) -> list[str]:
    """Each term with ' also as ’ (and back): phones type the curly one."""
    out = []
    for term in terms:
        out.append(term)
        if "'" in term:
            out.append(term.replace("'", "’"))
        elif "’" in term:
            out.append(term.replace("’", "'"))
    return out


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
