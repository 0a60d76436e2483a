"""What a word in capitals is, for the caps-words kind (``chatwriter.rules.shouting``):
word lists per language, a word's key, and the signs of a name, a roman numeral, an
ordinary word and the start of a sentence."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

import regex

from chatwriter.rules.base import RuleError, fold

ROMAN = regex.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")
SENTENCE_END = frozenset(".!?…:\n\r")
# Skipped when looking back for the start of a sentence: spaces, opening quotes, bullets.
OPENERS = frozenset(" \t\u00a0\u202f\"'“‘„‚«»‹([{¿¡*_-•–—")


class Word(NamedTuple):
    start: int
    end: int
    text: str


def word_set(lists: Mapping[str, list[str]], name: str, language: str) -> frozenset[str]:
    """The language's words of the field ``name`` (``lists``: its words by language);
    every language's are checked, so that ``chatwriter validate`` reports a mistake
    whichever locale it compiles."""
    chosen: frozenset[str] = frozenset()
    for lang, values in lists.items():
        keys = set()
        for i, value in enumerate(values):
            key = fold(value).lower()
            if key != fold(value):
                raise RuleError((name, lang, i), f"write '{value}' in lower case")
            keys.add(key)
        if lang == language:
            chosen = frozenset(keys)
    return chosen


def listed(key: str, words: frozenset[str]) -> bool:
    if key in words:
        return True
    # French n'oubliez, Italian c'è: an elided function word opens the token.
    cut = key.find("'")
    return cut > 0 and key[: cut + 1] in words


def word_key(word: str) -> str:
    return fold(word).lower()


def is_roman(key: str) -> bool:
    return ROMAN.fullmatch(key.upper()) is not None


def wordlike(key: str, min_letters: int) -> bool:
    """Long, with the vowels of a word: IMPORTANTE, ORIGINAL, DISPATCHED, not NCMPQ."""
    core = max(key.split("'"), key=len)  # l'adresse -> adresse, customer's -> customer
    letters = [c for c in core if c.isalpha()]
    if len(letters) < min_letters:
        return False
    vowels = 0
    consonants = longest = 0
    for c in letters:
        if c in VOWELS or unicodedata.normalize("NFD", c)[0] in VOWELS:
            vowels += 1
            consonants = 0
        else:
            consonants += 1
            longest = max(longest, consonants)
    return vowels >= 2 and vowels / len(letters) >= 0.2 and longest <= 5


def mixed(word: str) -> bool:
    """Capitalised or camel-cased: a name (or, in German, a noun)."""
    return any(c.isupper() for c in word) and any(c.islower() for c in word)


def spaced(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip(" \t\u00a0\u202f")


def sentence_start(text: str, pos: int, after_colon: bool = True) -> bool:
    """Whether ``pos`` opens a sentence (or, with ``after_colon``, what follows a colon)."""
    i = pos - 1
    while i >= 0 and text[i] in OPENERS:
        i -= 1
    if i < 0:
        return True
    if text[i] != ".":
        return text[i] in SENTENCE_END and (after_colon or text[i] != ":")
    # An initial or a short title before the full stop does not end a sentence:
    # "Dr. Anthony K. Boyce", "Nr. 5", "Sra. Pérez".
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    before = text[j:i]
    short = 1 <= len(before) <= 3 and before[0].isupper()
    return not (short and (len(before) == 1 or before[1:].islower()))
