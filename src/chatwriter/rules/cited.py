"""Words a reply cites rather than writes: quotations and names.

A word-choice rule rewrites what the operator wrote, not what the reply cites: a product
or model name in quotation marks („Velo Urban 3“), a button or menu label ("Strasse
eingeben"), an error message or the customer's own words. ``substitute`` rules (every
category) and ``regex`` rules of the regional categories (vocabulary-variant,
spelling-variant) therefore leave a match alone when

- it lies inside quotation marks (straight or curly double quotes, „…“, «…», »…«, ‹…›,
  ‚…‘, ‘…’ and single quotes that open after a space), or
- it is part of a name: a capitalised match right after a title (Herr Gross, Frau Weiss,
  Mr., Mme, Sr., Dhr.), or one in a name-like sequence: followed by capitalised words
  that end in a number or a code (Velo Urban 3), or next to a code with letters and
  digits or capitals (Velo X5, Natel XL). A common noun followed by a number alone
  (Bahnsteig 7, Adresse Hauptstrasse 12), by a person's name (Grüsse Anna Keller) or by
  a pronoun of address (das Velo Ihrer Tochter) is not a name: German writes every noun
  with a capital, so a capital alone says nothing.

The text is read, not the tokens, so both kinds share one answer; the quotation spans of
a message are found once (a small cache keyed by the text).
"""

from __future__ import annotations

from functools import lru_cache

import regex

#: Regional categories whose ``regex`` rules skip cited words too.
REGIONAL = frozenset({"vocabulary-variant", "spelling-variant"})

#: Text between quotation marks of any language, up to 200 characters on one line; a
#: straight single quote counts only with no letter or digit outside it (not "it's").
QUOTED_SOURCE = (
    r'"[^"\n]{1,200}"'
    r"|“[^”\n]{1,200}”"
    r"|„[^“”\n]{1,200}[“”]"
    r"|«[^»\n]{1,200}»"
    r"|»[^«\n]{1,200}«"
    r"|‹[^›\n]{1,200}›"
    r"|[‚‘][^‘’\n]{1,200}[‘’]"
    r"|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])"
)
_QUOTED = regex.compile(QUOTED_SOURCE)
_MARKS = frozenset("\"“„«»‹‚‘'")

#: A title before a surname: Herr Gross, Frau Weiss, Mr. Check, Sra. Video.
_TITLE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:Herrn?|Frau|Hr\.|Fr\.|Familie|Fam\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?"
    r"|Mme\.?|Mlle\.?|M\.|Monsieur|Madame|Sr\.|Sra\.|Srta\.|Señora?|Sig\.(?:ra)?|Signora?"
    r"|Dhr\.|Mevr\.|Mevrouw|Meneer)[ \u00a0]+$"
)
#: The next word after a match (one space between; punctuation ends a sequence).
_NEXT = regex.compile(r"[ \u00a0]([\p{L}\p{N}][\p{L}\p{N}.+-]*)")
_PREVIOUS = regex.compile(r"([\p{L}\p{N}][\p{L}\p{N}.+-]*)[ \u00a0]$")
#: Capitalised words that are pronouns of address, not names (German, Dutch, English).
_FUNCTION = frozenset(
    [
        "Sie",
        "Ihr",
        "Ihre",
        "Ihren",
        "Ihrem",
        "Ihrer",
        "Ihres",
        "Ihnen",
        "Du",
        "Dein",
        "Deine",
        "Deinen",
        "Deinem",
        "Deiner",
        "Dich",
        "Dir",
        "Euch",
        "Euer",
        "Eure",
        "U",
        "Uw",
        "I",
    ]
)
_SENTENCE_END = frozenset(".!?:;…\n")


@lru_cache(maxsize=256)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quoted text, marks included."""
    if not any(c in _MARKS for c in text):
        return ()
    return tuple(m.span() for m in _QUOTED.finditer(text))


def inside_quotes(text: str, start: int, end: int) -> bool:
    return any(qs < start and end < qe for qs, qe in quoted_spans(text))


def _kind(word: str) -> str:
    """'code' (letters with digits, capitals, inner capitals), 'number', 'word'
    (capitalised) or '' (anything else: lower case, a single letter, a pronoun)."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return "number" if any(c.isdigit() for c in word) else ""
    if any(c.isdigit() for c in word):
        return "code"
    if len(letters) < 2 or word in _FUNCTION or not word[0].isupper():
        return ""
    if all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:]):
        return "code"
    return "word"


def _after(text: str, end: int, limit: int = 3) -> list[str]:
    kinds = []
    while len(kinds) < limit:
        m = _NEXT.match(text, end)
        kind = _kind(m.group(1).rstrip(".")) if m else ""
        if not kind:
            break
        kinds.append(kind)
        end = m.end()
    return kinds


def _before(text: str, start: int) -> list[str]:
    m = _PREVIOUS.search(text, 0, start) if start > 1 else None
    if m is None:
        return []
    head = text[: m.start()].rstrip(" \u00a0")
    if m.group(1).endswith(".") or not head or head[-1] in _SENTENCE_END:
        return []  # a capitalised word that opens a sentence says nothing
    kind = _kind(m.group(1))
    return [kind] if kind else []


def in_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised match is part of a name (see the module's description)."""
    if start >= end or not text[start].isupper():
        return False
    if not any(c.islower() and c != "ß" for c in text[start:end]):
        return False  # a word in capitals among others is shouting, not a name
    if _TITLE.search(text, max(0, start - 20), start):
        return True
    after = _after(text, end)
    before = _before(text, start)
    if "code" in after[:1] or "code" in before:
        return True  # Velo X5, Natel XL
    # Velo Urban 3 (but not Grüsse Anna Keller, a sign-off, nor Adresse Seestrasse 12)
    return after[:1] == ["word"] and ("number" in after or "code" in after)


def cited(text: str, start: int, end: int) -> bool:
    """Whether the span is quoted or part of a name: not the operator's own word choice."""
    return inside_quotes(text, start, end) or in_name(text, start, end)
