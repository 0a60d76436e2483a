"""Stretches of another of the seven languages inside a sentence, and quotations
blanked out before a text is judged."""

from __future__ import annotations

import regex

from chatwriter.langid.evidence import MARKER_WORDS
from chatwriter.langid.text import WORD

SPAN_MAX_GAP = 3
#: Marker words a foreign stretch needs, and how many of them must be written as that
#: language writes its function words (lower case, or the first of a sentence).
SPAN_MIN_MARKERS = 3
SPAN_MIN_STRICT = 2

_BOUNDARY = frozenset(".!?;:\n()[]")


def foreign_spans(text: str, expected: str) -> list[tuple[int, int, str]]:
    """Stretches of ``text`` in another of the seven languages than ``expected``, as
    (start, end, language): "... el problema es que *your payment method expired, so
    please update it* en la app".

    A stretch is a run of marker words of one language (:data:`MARKER_WORDS`: function
    words and frequent chat words of that language only) inside one sentence, with no
    marker word of ``expected`` in it and at most :data:`SPAN_MAX_GAP` other words between
    two of its markers; it counts with :data:`SPAN_MIN_MARKERS` markers, of which
    :data:`SPAN_MIN_STRICT` are written in lower case, open their sentence or are English
    *I*/*I'll*. Capitalised markers inside a sentence count only on top ("Ihre
    Bestellung" after "Ich habe"), so a name or title ("The Lord of the Rings", "Buenos
    Aires") is no stretch, and a loan word ("la app", "het ticket", "online") is no marker
    at all. The caller masks quotations first and confirms each stretch with a detector.
    """
    out: list[tuple[int, int, str]] = []
    lang: str | None = None
    start = end = gap = strict = total = 0
    last = 0
    first = True

    def close() -> None:
        if lang is not None and total >= SPAN_MIN_MARKERS and strict >= SPAN_MIN_STRICT:
            out.append((start, end, lang))

    get = MARKER_WORDS.get
    for m in WORD.finditer(text):
        between = text[last : m.start()]
        last = m.end()
        if any(ch in _BOUNDARY for ch in between):
            close()
            lang, first = None, True
        word = m.group()
        lower = word.lower().replace("’", "'")
        found = get(lower)
        sentence_start, first = first, False
        if found == expected:
            close()
            lang = None
            continue
        if found is None:
            if lang is not None:
                gap += 1
                if gap > SPAN_MAX_GAP:
                    close()
                    lang = None
            continue
        if found != lang:
            close()
            lang, start, strict, total = found, m.start(), 0, 0
        end, gap = m.end(), 0
        total += 1
        if (
            word == lower
            or sentence_start
            or (found == "en" and (lower == "i" or lower.startswith("i'")))
        ):
            strict += 1
    close()
    return out


def span_reach(text: str, end: int, expected: str) -> int:
    """Where a stretch of :func:`foreign_spans` ending at ``end`` runs on to: over up to
    :data:`SPAN_MAX_GAP` words that are no marker word of ``expected`` ("I'll be back *in
    a minute*"), not past the end of the sentence. The detector confirms the stretch on
    this longer text; the finding keeps to the marker words."""
    reach, last = end, end
    for n, m in enumerate(WORD.finditer(text, end)):
        if n >= SPAN_MAX_GAP or any(ch in _BOUNDARY for ch in text[last : m.start()]):
            break
        if MARKER_WORDS.get(m.group().lower().replace("’", "'")) == expected:
            break
        reach = last = m.end()
    return reach


# -- stretches in another script -----------------------------------------------------
#: Scripts written without spaces between words: four letters in a row are a phrase (a
#: name in Chinese or Japanese is two or three). ー and ・ are kana marks, ，、 commas.
_DENSE = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}"
_DENSE_RUN = regex.compile(rf"[{_DENSE}](?:[{_DENSE}ー・，、\s]*[{_DENSE}])?")
#: Alphabetic scripts: three words in a row (a full name in its own script is two).
_ALPHABETS = ("Cyrillic", "Greek", "Arabic", "Hebrew", "Devanagari", "Armenian", "Georgian")
_WORD_RUNS = tuple(
    (name, regex.compile(rf"\p{{{name}}}+(?:[\s,'’-]+\p{{{name}}}+){{2,}}")) for name in _ALPHABETS
)
SCRIPT_MIN_DENSE = 4
#: Any letter of the scripts above: the test that lets a text skip the rest.
_OTHER_SCRIPT = regex.compile(
    rf"[{_DENSE}" + "".join(rf"\p{{{name}}}" for name in _ALPHABETS) + "]"
)
_DENSE_NAMES = (
    ("Hangul", regex.compile(r"\p{Hangul}")),
    ("Thai", regex.compile(r"\p{Thai}")),
    ("Japanese", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
)


#: Latin letters none of the seven languages writes: Polish (ą ę ł ś ż ...), Czech and
#: Slovak (ř ě ů č š ž ...), Hungarian (ő ű), Romanian (ă ș ț), Turkish (ğ ı ş),
#: Scandinavian (å ø æ), Croatian (đ). A sentence with one may be in a language outside
#: the seven even where a marker word of one of them (Polish *i*) makes it look marked.
_FOREIGN_LATIN = regex.compile(
    "[ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽľĺŕĽĹŔőűŐŰășşţțĂȘŞŢȚğıĞİåøæÅØÆđĐ]"
)


def foreign_letters(text: str) -> bool:
    """Some letters of ``text`` are Latin letters that none of the seven languages
    writes (one search; ASCII text costs nothing). A hint worth a look, never a finding:
    names (Łukasz, Dvořák) carry them too."""
    return not text.isascii() and _FOREIGN_LATIN.search(text) is not None


def other_script(text: str) -> bool:
    """Some letters of ``text`` are in one of the scripts above (one search; ASCII text,
    most replies, costs nothing)."""
    return not text.isascii() and _OTHER_SCRIPT.search(text) is not None


def script_spans(text: str) -> list[tuple[int, int, str]]:
    """Stretches of ``text`` written in a script other than Latin, as (start, end,
    script name): "your booking is confirmed, *您的航班明天起飞*, so ...". The seven
    languages are all written in Latin letters, so such a stretch is another language
    whatever its words; a single name in its own script (two words, or three letters of
    Han) is not enough."""
    if not other_script(text):
        return []
    out = []
    for m in _DENSE_RUN.finditer(text):
        letters = sum(1 for ch in m.group() if ch.isalpha())
        if letters >= SCRIPT_MIN_DENSE:
            name = next((n for n, p in _DENSE_NAMES if p.search(m.group())), "Han")
            out.append((m.start(), m.end(), name))
    for name, pattern in _WORD_RUNS:
        out.extend((m.start(), m.end(), name) for m in pattern.finditer(text))
    return sorted(out)


# -- quotations -------------------------------------------------------------------
#: Opening mark -> the marks that close it.
_QUOTE_PAIRS = {"“": "”“", "„": "“”", "«": "»", "‚": "‘’", "‘": "’", '"': '"', "'": "'"}
_MAX_QUOTE = 300
#: An opening mark; a single quote right after a letter or digit is an apostrophe.
_OPENING = regex.compile(r"[“„«‚\"]|(?<![\p{L}\p{N}])['‘]")


def unquoted(text: str) -> str:
    """``text`` with what stands inside quotation marks blanked out (same length), so
    that a quoted error message or button label ("Something went wrong. Please try again
    later") is not judged as the reply's language. A single quote inside a word (*can't*,
    *l'app*) is an apostrophe, not a mark."""
    chars: list[str] | None = None
    n = len(text)
    resume = 0
    for m in _OPENING.finditer(text):
        i = m.start()
        if i < resume:
            continue  # inside a quote already blanked
        ch = text[i]
        j = _closing(text, i + 1, min(n, i + _MAX_QUOTE), _QUOTE_PAIRS[ch])
        if j is None:
            continue
        if chars is None:
            chars = list(text)
        for k in range(i + 1, j):
            chars[k] = " "
        resume = j + 1
    return text if chars is None else "".join(chars)


def _closing(text: str, start: int, stop: int, closers: str) -> int | None:
    """Where the quote opened before ``start`` closes (not past a line end), or None.
    An apostrophe-like closer followed by a letter (*can’t*) closes nothing."""
    line = text.find("\n", start, stop)
    if line != -1:
        stop = line
    j = start
    while j < stop:
        hits = [k for k in (text.find(c, j, stop) for c in closers) if k != -1]
        if not hits:
            return None
        k = min(hits)
        if text[k] in "'’‘" and k + 1 < len(text) and text[k + 1].isalpha():
            j = k + 1
            continue
        return k if k > start else None
    return None
