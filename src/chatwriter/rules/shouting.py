"""caps-words: ordinary words written in capitals inside a message (shouting).

A word in capitals is shouting when it is an ordinary word of the language, not an
acronym, a code or a brand. Nothing in a word's letters tells ``NICHT`` from ``IBAN``,
so the kind reads two signals instead (the reasoning is in docs/shouting.md):

- the language's closed class of function words, listed per language: the words a
  writer stresses (``stress_words``: negations, pronouns, auxiliaries and modals,
  intensifiers and quantifiers), one of which in capitals is shouting on its own ("do
  NOT", "bitte NICHT"), and the rest (``function_words``: articles, prepositions,
  conjunctions), which are rarely stressed alone and count in runs. A word listed in
  ``code_words`` is as often a code (English IT, US, AM, OR; French CE, EST; state,
  province and country codes) and is never evidence;
- runs: two or more capitals words in a row (separated by spaces, a comma or a dash)
  are shouting when one of them is a function word of either class or is long with the
  vowels of a word ("MUY IMPORTANTE", "ORIGINAL PACKAGING", "YOUR ORDER HAS BEEN
  DISPATCHED"); a list of acronyms ("IBAN, BIC, SWIFT") has neither;
- scattered words: two or more lone capitals words apart in one message, each an
  ordinary word (long and shaped like one, or a function word that is not a code) and
  one of them long, are a habit of stressing ("reset it FIRST ... THEN", "es
  OBLIGATORIO ... ORIGINAL"); a word after a lower-case article or preposition is in a
  noun's place ("bei der SCHUFA") and does not count.

Without word lists (a language chatwriter has no data for) only runs of ``min_run`` (3)
or more count. A sentence end, a colon, a digit, a line break or a quote ends a run.
Quiet on purpose: words in quotes or brackets (a quoted error message, a button label),
codes with digits or ``& . /`` (KB-2210, H&M, U.S.), roman numerals, single capital
letters, a two-letter word opening a sentence (the shift key held: "IS there ..."), a
lone word before a number (a label: "SIN 123-456-782"), short runs that belong to a name
(next to a capitalised word: "AC Hotel BY Marriott", "Portland, OR"; in German, where
nouns are capitalised, on both sides), and a message with no lower-case letter at all,
which the ``caps-ratio`` metric reports as a whole.

The suggestion is the run in lower case (words without a vowel, such as PDF or DHL,
keep their capitals; a run that opens a sentence keeps its first capital). It is
unsafe: which German nouns keep a capital, or which word is a brand, only a human knows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules.base import CheckContext, CompileEnv, Kind, RuleSpec, fold
from chatwriter.rules.capitals import (
    VOWELS,
    Word,
    is_roman,
    listed,
    mixed,
    sentence_start,
    spaced,
    word_key,
    word_set,
    wordlike,
)
from chatwriter.rules.cited import QUOTED_SOURCE
from chatwriter.rules.options import Options, option

#: Two capital letters in a row: every capitals word of two letters or more has them.
#: Searched once per message (``requires``); a draft without them costs nothing more.
PRECHECK = regex.compile(r"\p{Lu}{2}")
# A token: letters, marks and digits, joined by apostrophes, hyphens, & . / inside it.
_TOKEN_SOURCE = r"[\p{L}\p{M}\p{N}]+(?:[-'’&./][\p{L}\p{M}\p{N}]+)*"
_TOKEN = regex.compile(_TOKEN_SOURCE)
_TOKEN_BEFORE = regex.compile(_TOKEN_SOURCE, regex.REVERSE)  # the last token before a point
_JOINERS = frozenset("-'’&./")
# Quoted text and bracketed labels: "SUBMIT", “SUBMIT”, „NICHT“, « ANNULER », 'OK', [SEND].
_QUOTED = regex.compile(
    QUOTED_SOURCE + r"|`[^`\n]{1,200}`"
    r"|\[[^\]\n]{1,80}\]"
    r"|\(\p{Lu}{2,4}\)"  # a code in brackets: Milano (MI), the Social Insurance Number (SIN)
)
_SPACE = r"[ \t\u00a0\u202f]"
# What may stand between two words of one run: spaces, at most one comma or dash, and
# single capital letters ("PLAN A OR B", "I", "A").
_GAP = regex.compile(
    rf"{_SPACE}*(?:[,\u2013\u2014-]{_SPACE}*)?(?:\p{{Lu}}{_SPACE}+(?:[,\u2013\u2014-]{_SPACE}*)?)*"
)
_LETTER = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}(?![\p{L}\p{N}])")


_LANGUAGE = "^[a-z]{2,3}$"
_BY_LANGUAGE = {
    "type": "object",
    "propertyNames": {"pattern": _LANGUAGE},
    "additionalProperties": {
        "type": "array",
        "items": {"type": "string", "minLength": 1},
    },
}


#: Word lists by language: {en: [words], de: [words]}.
WordLists = dict[str, list[str]]


@dataclass(frozen=True)
class CapsWordsOptions(Options):
    stress_words: WordLists = option(
        _BY_LANGUAGE,
        "per language (en, de, ...): function words a writer stresses "
        "(negations, pronouns, auxiliaries, intensifiers), in lower case; one in capitals "
        "is shouting on its own and makes a two-word run shouting",
        default_factory=dict,
    )
    function_words: WordLists = option(
        _BY_LANGUAGE,
        "per language: the other function words (articles, prepositions, "
        "conjunctions), in lower case; they make a two-word run shouting",
        default_factory=dict,
    )
    code_words: WordLists = option(
        _BY_LANGUAGE,
        "per language: function words that are as often codes or acronyms "
        "(IT, US, AM): never evidence of ordinary words, alone or in a run",
        default_factory=dict,
    )
    min_run: int = option(
        {"type": "integer", "minimum": 2},
        "runs of this many capitals words or more are read even without "
        "word lists and are never taken for part of a name",
        default=3,
    )
    long_word: int = option(
        {"type": "integer", "minimum": 3},
        "letters a capitals word with the vowels of a word needs to count as an ordinary word",
        default=6,
    )
    capitalised_nouns: list[str] = option(
        {"type": "array", "items": {"type": "string", "pattern": _LANGUAGE}},
        "languages that capitalise nouns (de): a run is part of a name only "
        "with capitalised words on both sides",
        default=(),
    )
    keep_case: WordLists = option(
        _BY_LANGUAGE,
        "per language: words the lower-case suggestion leaves as written (en: I)",
        default_factory=dict,
    )
    min_letters: int = option(
        {"type": "integer", "minimum": 1},
        "a message all in capitals with at least this many letters is left "
        "to the caps-ratio metric, which reports it as a whole",
        default=12,
    )


class CapsWordsKind(Kind):
    name = "caps-words"
    options_class = CapsWordsOptions
    options: CapsWordsOptions
    message_fields = frozenset({"lower"})
    always = True
    text_only = True
    requires = PRECHECK

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        lang = str(env.settings.get("language") or env.locale or env.nlp.lang).split("-")[0]
        #: The locale's language: its words decide; a language without them gets runs only.
        self.language = lang.lower()
        self.stress = word_set(o.stress_words, "stress_words", self.language)
        self.function = self.stress | word_set(o.function_words, "function_words", self.language)
        self.codes = word_set(o.code_words, "code_words", self.language)
        self.min_run = o.min_run
        self.long_word = o.long_word
        self.nouns = self.language in o.capitalised_nouns
        self.keep = frozenset(fold(w) for w in o.keep_case.get(self.language, []))
        self.min_letters = o.min_letters

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        text = ctx.text
        words = _caps_words(text)
        if not words or self._shouted_throughout(text):
            return
        shouted: list[list[Word]] = []
        scattered: list[list[Word]] = []
        for run in _runs(text, words):
            if self._shouting(text, run):
                shouted.append(run)
            elif len(run) == 1 and self._ordinary(text, run[0]):
                scattered.append(run)
        # One lone word in capitals may be a brand (SAMSUNG); two ordinary words apart in
        # one message, one of them long and shaped like a word, are a habit of stressing
        # ("reset it FIRST ... OBRIGATÓRIO ... SEM ele"): both are reported.
        if len(scattered) >= 2 and any(
            wordlike(word_key(r[0].text), self.long_word) for r in scattered
        ):
            shouted.extend(scattered)
        for run in sorted(shouted, key=lambda r: r[0].start):
            start, end = run[0].start, run[-1].end
            lower = self._lower(text, run)
            yield self.finding(
                ctx, start, end, (Suggestion(lower, Applicability.UNSAFE),), lower=lower
            )

    # -- the model -----------------------------------------------------------
    def _shouting(self, text: str, run: list[Word]) -> bool:
        function, codes = self.function, self.codes
        if len(run) == 1:  # the common case, an acronym: settled without looking around
            key = word_key(run[0].text)
            if key in codes or not listed(key, self.stress):
                return False
        keys = [word_key(w.text) for w in run]
        counted = [k for k in keys if k in function or k in codes or not is_roman(k)]
        n = len(counted)
        if not n:
            return False
        functional = any(listed(k, function) and k not in codes for k in counted)
        if n >= self.min_run:
            return functional or any(wordlike(k, self.long_word) for k in counted)
        if not function:  # no data for this language: runs of min_run only
            return False
        first, last = run[0], run[-1]
        if n == 1:
            if counted[0] in codes or not listed(counted[0], self.stress):
                return False
            # "IS there", "DO you": a two-letter word opening a sentence is the shift key
            # held a moment too long, not a raised voice.
            if sum(c.isalpha() for c in counted[0]) <= 2 and sentence_start(text, first.start):
                return False
            if _labels_a_number(text, last):
                return False
        elif not functional and not any(wordlike(k, self.long_word) for k in counted):
            return False
        elif (
            n == 2
            and not any(listed(k, self.stress) for k in keys)
            and not all(set(k) & VOWELS for k in keys)
        ):
            return False  # NOW TV, THE PDF: an unstressed word beside an acronym is a name
        return not self._in_name(text, first, last)

    def _ordinary(self, text: str, word: Word) -> bool:
        """A lone word in capitals that is not shouting alone but is an ordinary word:
        long and shaped like a word (IMPRESCINDIBLE, UMGEHEND) or a function word that is
        not a code (ANTES, SEM), outside a name and not a label before a number."""
        if not self.function:  # no data for this language
            return False
        key = word_key(word.text)
        if key in self.codes or is_roman(key):
            return False
        if not (wordlike(key, self.long_word) or listed(key, self.function)):
            return False
        if _labels_a_number(text, word):
            return False
        # After an article or a preposition the word is a noun, and a noun in capitals
        # is as often a brand or an agency ("bei der SCHUFA", "über ELSTER", "with UNITED").
        prev = _prev_word(text, word.start)
        if (
            prev is not None
            and prev.text.islower()
            and prev.text in self.function
            and prev.text not in self.stress
            and spaced(text, prev.end, word.start)
        ):
            return False
        return not self._in_name(text, word, word)

    def _in_name(self, text: str, first: Word, last: Word) -> bool:
        """A short run next to a capitalised word belongs to a name ("THE GRAND Hotel")."""
        before = False
        pos = first.start
        prev = _prev_word(text, pos)
        while prev is not None and len(prev.text) == 1 and prev.text.isupper():
            if not spaced(text, prev.end, pos):
                break
            pos = prev.start  # initials: "Michael D DO"
            prev = _prev_word(text, pos)
        if prev is not None and mixed(prev.text):
            gap = text[prev.end : pos]
            lone_code = first is last and len(first.text) == 2 and gap.strip() == ","
            # A comma only before a lone two-letter code: "Portland, OR", "Boyce, DO".
            before = (spaced(text, prev.end, pos) or lone_code) and not (
                sentence_start(text, prev.start)  # every sentence opens with a capital
            )
        nxt = _next_word(text, last.end)
        after = nxt is not None and mixed(nxt.text) and spaced(text, last.end, nxt.start)
        return (before and after) if self.nouns else (before or after)

    def _shouted_throughout(self, text: str) -> bool:
        """All in capitals: the caps-ratio metric reports the message as a whole."""
        if any(c.islower() for c in text):
            return False
        return sum(map(str.isalpha, text)) >= self.min_letters

    def _lower(self, text: str, run: list[Word]) -> str:
        out = []
        pos = run[0].start
        for w in run:
            gap = text[pos : w.start]
            out.append(_LETTER.sub(self._lower_letter, gap) if gap.strip() else gap)
            word = w.text
            if fold(word) in self.keep or not any(c.lower() in VOWELS for c in word):
                out.append(word)  # PDF, DHL: no vowel, an acronym whatever the sentence
            else:
                out.append(word.lower())
            pos = w.end
        lower = "".join(out)
        if sentence_start(text, run[0].start, after_colon=False):
            lower = lower[:1].upper() + lower[1:]
        return lower

    def _lower_letter(self, m: Any) -> str:
        letter = m.group()
        return letter if letter in self.keep else letter.lower()


def _caps_words(text: str) -> list[Word]:
    """Words of two capitals or more, outside quotes, in order.

    Found from the pairs of capitals, not by reading every word: most of a draft is far
    from any capitals, and most capitals are a lone acronym settled by a set lookup.
    """
    words: list[Word] = []
    pos = 0
    for m in PRECHECK.finditer(text):
        start = m.start()
        if start < pos:
            continue  # another pair of the word just read
        while start > 0 and _inside_token(text, start):
            start -= 1
        token = _TOKEN.match(text, start)
        if token is None or token.end() <= m.start():  # never: the pair is in a token
            continue
        pos = token.end()
        if _is_caps(token.group()):
            words.append(Word(start, pos, token.group()))
    if words and any(q in text for q in "\"“„«»‹‘‚'`[("):
        quoted = [q.span() for q in _QUOTED.finditer(text)]
        if quoted:
            # Inside quotes or brackets: a label or an error message, not the agent's voice.
            words = [w for w in words if not any(qs < w.start < qe for qs, qe in quoted)]
    return words


def _inside_token(text: str, start: int) -> bool:
    """Whether the character before ``start`` belongs to the same token."""
    c = text[start - 1]
    if c.isalnum() or unicodedata.category(c)[0] == "M":
        return True
    return c in _JOINERS and start > 1 and text[start - 2].isalnum()


def _is_caps(token: str) -> bool:
    """Two capitals or more, no lower-case letter (ß has no capital in most fonts), and
    no digit or & . / (a code: KB-2210, A4, H&M, U.S.)."""
    for c in token:
        if c.islower():
            if c != "ß":
                return False
        elif c.isdigit() or c in "&./":
            return False
    return True


def _runs(text: str, words: list[Word]) -> Iterable[list[Word]]:
    """Capitals words standing together (single capital letters may stand between)."""
    run = [words[0]]
    for w in words[1:]:
        if _GAP.fullmatch(text, run[-1].end, w.start) is not None:
            run.append(w)
        else:
            yield run
            run = [w]
    yield run


def _labels_a_number(text: str, word: Word) -> bool:
    """A label before its number: "SIN 123-456-782", "NIE X-2482300-W", "PIN 4711"."""
    nxt = _next_word(text, word.end)
    return (
        nxt is not None and spaced(text, word.end, nxt.start) and any(c.isdigit() for c in nxt.text)
    )


def _prev_word(text: str, pos: int) -> Word | None:
    m = _TOKEN_BEFORE.search(text, 0, pos)
    return None if m is None else Word(m.start(), m.end(), m.group())


def _next_word(text: str, pos: int) -> Word | None:
    m = _TOKEN.search(text, pos)
    return None if m is None else Word(m.start(), m.end(), m.group())
