"""What every analyser needs: the verb tables and a few looks around a token.

The verb tables (``data/<lang>.tsv.gz``) are built by tools/build_register_tables.py
from LanguageTool's POS dictionaries; each form maps to the codes of its readings
(``2s`` a 2nd-person singular verb, ``2s!`` a 2nd-person imperative, ``3s!`` the
usted/você imperative, ``o`` not a verb, ``+c2s`` an enclitic *te*, ...). They are read
once per process, on first use.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TABLES: dict[str, dict[str, frozenset[str]]] = {}
_LOCK = threading.Lock()

#: A token after one of these starts a clause (an imperative may follow).
CLAUSE_PUNCT = frozenset({".", "!", "?", "¿", "¡", ":", ";", ",", "…", "(", "-", "–", "—", '"'})
#: Ends a sentence.
SENTENCE_END = frozenset({".", "!", "?", "…"})


def verbs(language: str) -> dict[str, frozenset[str]]:
    """form -> codes of its readings, for one language (empty if it has no table)."""
    table = _TABLES.get(language)
    if table is None:
        with _LOCK:
            table = _TABLES.get(language)
            if table is None:
                table = _read(language)
                _TABLES[language] = table
    return table


def _read(language: str) -> dict[str, frozenset[str]]:
    path = resources.files(__package__).joinpath("data", f"{language}.tsv.gz")
    if not path.is_file():
        return {}
    interned: dict[str, frozenset[str]] = {}
    table: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, _, codes = line.partition("\t")
        value = interned.get(codes)
        if value is None:
            value = interned[codes] = frozenset(codes.split(","))
        table[form] = value
    return table


def previous(doc: Doc, i: int) -> Token | None:
    """The token before ``i`` that is not whitespace."""
    i -= 1
    while i >= 0:
        if not doc[i].is_space:
            return doc[i]
        i -= 1
    return None


def skip_back(doc: Doc, i: int, words: frozenset[str]) -> tuple[Token | None, int]:
    """The token before ``i`` that is not one of ``words`` (lower case: clitics, a
    negation), and the index of the earliest word skipped (``i`` when none was)."""
    before = previous(doc, i)
    while before is not None and before.lower_ in words:
        i = before.i
        before = previous(doc, i)
    return before, i


def following(doc: Doc, i: int) -> Token | None:
    """The token after ``i`` that is not whitespace."""
    i += 1
    while i < len(doc):
        if not doc[i].is_space:
            return doc[i]
        i += 1
    return None


def starts_sentence(doc: Doc, i: int) -> bool:
    """First word of the message, of a line, or after . ! ? … (ignoring opening marks)."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ("¿", "¡", '"', "«", "„", "“", "(")):
        if "\n" in doc[j].text:
            return True
        j -= 1
    if j < 0:
        return True
    if "\n" in doc[j].whitespace_:
        return True
    if doc[j].text == "." and _abbreviation(doc, j - 1):
        return False  # "Sr. Gomes", "D. Fernanda", "Dr. Weber": a name follows a title
    if not doc[j].whitespace_ and j > 0 and not doc[j - 1].whitespace_:
        return False  # a mark inside a word: "FRITZ!Box", "Yahoo!Mail", "web.de"
    return doc[j].text in SENTENCE_END


#: Titles written with a point before a name; an initial ("D.", "M.") counts too.
_TITLES = frozenset(
    {"sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "mr", "mrs", "ms", "dhr"}
    | {"mevr", "sig", "mme", "mlle", "hr", "fr", "st", "sto", "sta"}
)


def _abbreviation(doc: Doc, j: int) -> bool:
    """Whether token ``j``, right before a point, is a title or a one-letter initial."""
    if j < 0 or doc[j].whitespace_:
        return False
    text = doc[j].text
    return text.lower() in _TITLES or (len(text) == 1 and text.isupper())


def name_like(doc: Doc, tok: Token) -> bool:
    """A capitalised word inside a sentence is a name ("Sr. Gomes", "Vuelve a Casa"),
    not a verb; after a colon a capital may open a new sentence, so it is not taken."""
    if not tok.text[:1].isupper() or starts_sentence(doc, tok.i):
        return False
    before = previous(doc, tok.i)
    return before is None or before.text != ":"


def opens_clause(doc: Doc, i: int, lead: frozenset[str] = frozenset()) -> bool:
    """First word of a clause: after sentence or clause punctuation, or after a word of
    ``lead`` that itself opens one ("Bitte schick...", "Por favor, envía...")."""
    before = previous(doc, i)
    if before is None or "\n" in before.whitespace_:
        return True
    if before.text == '"' and _closes(doc, before.i):
        # ... "Transaction failed" sale cuando...: a closing quote continues its sentence;
        # what came before the quote decides.
        return opens_clause(doc, before.i, lead)
    if before.text == "." and not doc[i].text[:1].isupper() and _abbreviated(doc, before.i - 1):
        return False  # "Unsere USt-IdNr. steht oben", "ca. fünf Tage": no sentence ends there
    if before.text in CLAUSE_PUNCT:
        return True
    return before.lower_ in lead and opens_clause(doc, before.i, lead)


#: Abbreviations written with a point that sentences go on after, in the built-in languages.
_ABBREVIATIONS = frozenset(
    {"nr", "bzw", "ca", "inkl", "exkl", "evtl", "ggf", "usw", "vgl", "zzgl", "bspw", "tel"}
    | {"str", "etc", "approx", "ref", "env", "av", "avda", "núm", "pág", "art", "cf"}
)


def _abbreviated(doc: Doc, j: int) -> bool:
    """Token ``j``, written right before a point, is an abbreviation: a title, an initial,
    a common abbreviation ("Nr", "bzw", "ca") or a word with capitals inside ("USt-IdNr",
    "GmbH"), which no sentence ends with."""
    if _abbreviation(doc, j):
        return True
    if j < 0 or doc[j].whitespace_:
        return False
    text = doc[j].text
    return text.lower() in _ABBREVIATIONS or any(c.isupper() for c in text[1:])


def _closes(doc: Doc, i: int) -> bool:
    """A straight quote written right after a word or mark (``supported"``) closes a quote."""
    return i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space


def in_question(doc: Doc, i: int) -> bool:
    """The sentence of token ``i`` is a question (ends with ? or opens with ¿).

    Computed for the whole message on first use and kept on the Doc, since an analyser
    asks for many tokens of the same message.
    """
    flags = doc.user_data.get(_QUESTIONS)
    if flags is None:
        flags = doc.user_data[_QUESTIONS] = _questions(doc)
    return flags[i]


_QUESTIONS = "chatwriter.register.questions"


def _questions(doc: Doc) -> list[bool]:
    """For each token, whether its sentence is a question."""
    text = doc.text
    if "?" not in text and "¿" not in text:
        return [False] * len(doc)
    flags: list[bool] = []
    start = 0
    question = False
    for tok in doc:
        text = tok.text
        if text in ("?", "¿"):
            question = True
        flags.append(False)
        if text in SENTENCE_END or "\n" in tok.whitespace_:
            if question:
                flags[start:] = [True] * (len(flags) - start)
            start, question = len(flags), False
    if question:
        flags[start:] = [True] * (len(flags) - start)
    return flags


def is_capitalised(text: str) -> bool:
    return text[:1].isupper() and not text.isupper()


class Quotes:
    """Tracks quotation marks token by token: words inside quotes are someone else's
    (a customer's message, a form label), never the agent's own address.

    ``opening`` and ``closing`` differ by language (German „…“, French «…», English
    “…”); a straight ``"`` opens and closes.
    """

    __slots__ = ("_closing", "_depth", "_opening")

    def __init__(self, opening: str, closing: str):
        self._opening = opening
        self._closing = closing
        self._depth = 0

    def inside(self, text: str) -> bool:
        """Feed one token; True while inside quotes (quote marks included)."""
        if text == '"':
            self._depth = 0 if self._depth else 1
            return True
        if len(text) == 1:
            if text in self._opening:
                self._depth += 1
                return True
            if text in self._closing:
                self._depth = max(0, self._depth - 1)
                return True
        return self._depth > 0


def reading_register(reading: str) -> str | None:
    """The register a reading of a Romance verb table addresses: ``2s``, ``2s!``, a 2nd-person
    clitic (``v+c2s`` *preocuparte*) informal; the usted/Lei imperative (``3s!``, ``3p!``,
    ``3ss``) formal; anything else (a statement in the 3rd person) neither."""
    head, _, clitics = reading.partition("+")
    if head[:1] == "2" or (clitics and "c2" in clitics and head[:1] != "3"):
        return "informal"
    if head in ("3s!", "3p!", "3ss"):
        return "formal"
    return None


def registers_of(codes: frozenset[str]) -> set[str | None]:
    """The register of every verb reading of a form (``o`` and ``m`` left out)."""
    return {reading_register(r) for r in codes if r not in ("o", "m")}


def looks_infinitive(text: str, endings: tuple[str, ...], clipped: tuple[str, ...] = ()) -> bool:
    """An infinitive, possibly with enclitics (enviar, enviarme; Italian drops the final
    -e before them, inviare -> inviarmi, hence ``clipped`` endings after a clitic)."""
    low = text.lower()
    if low.endswith(endings):
        return True
    after = endings + clipped
    return any(low.endswith(c) and low[: -len(c)].endswith(after) for c in _CLITIC_TAILS)


_CLITIC_TAILS = (
    "me",
    "te",
    "se",
    "nos",
    "lo",
    "la",
    "le",
    "les",
    "los",
    "las",
    "mi",
    "ti",
    "ci",
    "gli",
)


_QUOTE_MARKS = frozenset('"«»„“”‚‘’')


#: A straight single quote that opens (after a space, a colon or the start, before a letter
#: that is no Dutch clitic: 's avonds, 't) and the one that closes it on the same line
#: (after a word or a mark, before no letter); apostrophes inside words (zo'n) may stand
#: between them.
_STRAIGHT = regex.compile(
    r"(?<![^\s:(])'(?![stkn]\b)(?=[^\W\d_])(?:[^'\n]|(?<=\w)'(?=\w)){1,300}?(?<=[\w.!?…])'(?!\w)"
)


def straight_quotes(text: str) -> list[tuple[int, int]]:
    if "'" not in text:
        return []
    return [m.span() for m in _STRAIGHT.finditer(text)]


def scan(
    doc: Doc,
    words: frozenset[str],
    quotes: Quotes,
    extra: Callable[[str], bool] | None = None,
) -> Iterator[tuple[Token, str]]:
    """The tokens an analyser looks at, with their lower-case text: those in ``words`` (or
    that ``extra`` accepts), outside quotation marks.

    Most words of a message are none of these: one set lookup each is all they cost,
    and quotes are tracked only when the message has a quotation mark at all.
    """
    text = doc.text
    track = any(ch in text for ch in _QUOTE_MARKS)
    straight = straight_quotes(text)  # 'jullie hebben ...': straight single quotes
    for tok in doc:
        if track and quotes.inside(tok.text):
            continue
        if straight and any(a <= tok.idx < b for a, b in straight):
            continue
        low = tok.lower_
        if low in words or (extra is not None and extra(low)):
            yield tok, low


def verb_words(
    language: str, wanted: Callable[[frozenset[str]], bool], words: frozenset[str]
) -> frozenset[str]:
    """``words`` and the forms of a verb table whose readings ``wanted`` accepts: the
    words an analyser looks at (cached per language)."""
    found = _WORDS.get(language)
    if found is None:
        table = verbs(language)
        found = _WORDS[language] = words | frozenset(f for f, c in table.items() if wanted(c))
    return found


_WORDS: dict[str, frozenset[str]] = {}
