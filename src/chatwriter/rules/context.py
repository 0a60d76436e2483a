"""What a rule sees of one message (:class:`CheckContext`), and the gates that let the
engine skip a rule on messages that cannot concern it (:class:`WordGate`,
:class:`FoldedGate`). The engine decides a locale's gates in one scan
(``chatwriter.rules.gates``); :meth:`CheckContext.contains` searches one gate exactly, for
the gates that scan leaves aside and for rules that ask themselves."""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import regex

from chatwriter.model import Message

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class CheckContext:
    """Everything a rule sees of one message, plus a helper to make findings."""

    __slots__ = (
        "_folded",
        "_line_starts",
        "_make_doc",
        "_seen",
        "_sentencizer",
        "_turn_docs",
        "_utf8",
        "_words",
        "deadline",
        "doc",
        "message",
        "private",
        "reply_language",
        "settings",
        "text",
    )

    def __init__(
        self,
        doc: Doc | None,
        message: Message,
        settings: dict[str, Any],
        make_doc: Callable[[str], Doc] | None = None,
        sentencizer: Callable[[Doc], Doc] | None = None,
        *,
        deadline: float | None = None,
    ):
        # None only for the personal-data pass (``text_only`` rules), which runs unparsed.
        self.doc = doc  # type: ignore[assignment]
        #: A ``time.monotonic()`` value by which services (LanguageTool) must have answered.
        self.deadline = deadline
        #: Spans of personal data found in this message: masked before the text leaves.
        self.private: list[tuple[int, int]] = []
        #: Set by the language rule when the reply is confidently in another language than
        #: the locale's and that is accepted (the customer's, or the service language): the
        #: engine then drops the findings of the locale's own language rules.
        self.reply_language: str | None = None
        # The draft itself: spaCy's doc.text is identical but rebuilt token by token.
        self.text = message.text
        self.message = message
        self.settings = settings
        self._make_doc = make_doc
        self._sentencizer = sentencizer
        self._line_starts: list[int] | None = None
        self._turn_docs: list[tuple[str, Doc]] | None = None
        self._seen: dict[str, bool] = {}
        self._words: frozenset[str] | None = None
        self._folded: str | None = None
        self._utf8: bytes | bool | None = None  # False: not encodable

    def contains(self, pattern: Any) -> bool:
        """Whether a compiled regex (or a :class:`WordGate`'s words) occurs in the text;
        each source is searched once per message."""
        key = pattern.pattern
        found = self._seen.get(key)
        if found is None:
            if isinstance(pattern, WordGate):
                found = not pattern.words.isdisjoint(self.words())
            elif isinstance(pattern, FoldedGate):
                found = pattern.regex.search(self.folded()) is not None
            else:
                found = pattern.search(self.text) is not None
            self._seen[key] = found
        return found

    def folded(self) -> str:
        """The message case-folded, made once (for :class:`FoldedGate`)."""
        if self._folded is None:
            self._folded = self.text.casefold()
        return self._folded

    def utf8(self) -> bytes | None:
        """The message in UTF-8, made once (for RE2); None if it holds a lone surrogate."""
        if self._utf8 is None:
            try:
                self._utf8 = self.text.encode("utf-8")
            except UnicodeEncodeError:
                self._utf8 = False
        return None if self._utf8 is False else self._utf8

    def words(self) -> frozenset[str]:
        """The message's words in lower case (runs of letters and digits), made once."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.text.lower()))
        return self._words

    def ensure_sentences(self) -> None:
        """Split sentences on first use: most messages never need it, so it is not a pipe."""
        if self._sentencizer is not None and not self.doc.has_annotation("SENT_START"):
            self._sentencizer(self.doc)

    def sentences(self) -> list[Span]:
        self.ensure_sentences()
        return list(self.doc.sents)

    def turn_docs(self) -> list[tuple[str, Doc]]:
        """Earlier turns as (role, tokenized doc), oldest first; tokenized once per message."""
        if self._turn_docs is None:
            make = self._make_doc
            turns = self.message.conversation if make is not None else ()
            self._turn_docs = [(t.role, make(t.text)) for t in turns]
        return self._turn_docs

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a str offset."""
        if self._line_starts is None:
            starts = [0]
            text = self.text
            pos = text.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = text.find("\n", pos + 1)
            self._line_starts = starts
        starts = self._line_starts
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - starts[lo] + 1


_WORD = regex.compile(r"\w+")


class WordGate:
    """``requires_words``: a rule runs only on messages holding one of these words.

    Cheaper than a ``requires`` regex for rules anchored on words ("said", "told",
    "already"): the message's word set is built once and every gate is a set test.
    ``pattern`` is the key the engine groups rules by.
    """

    __slots__ = ("pattern", "words")

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w.lower() for w in words)
        self.pattern = "\0words:" + "|".join(sorted(self.words))

    def search(self, text: str) -> bool:
        return not self.words.isdisjoint(_WORD.findall(text.lower()))


class FoldedGate:
    """A case-insensitive ``requires`` searched case-sensitively in the case-folded text.

    Case-insensitive alternations are the slow part of a gate (3-4x the time of the same
    search on folded text). Only sources that are already case-folded after their leading
    ``(?i)`` qualify, so every letter the pattern names is the folded form the text is
    turned into; a fold that makes a match where ``(?i)`` would not ("ß" -> "ss") only
    lets a rule run, it never hides a match.
    """

    __slots__ = ("pattern", "regex")

    def __init__(self, source: str):
        self.pattern = source
        rest = source.removeprefix("(?i)")
        # A source of plain letters, groups and classes (no escapes, no nested sets) means
        # the same to the standard library's engine, which is about 3x faster on such
        # alternations; anything else stays with ``regex``.
        plain = "\\" not in rest and "[[" not in rest
        self.regex: Any = stdlib_re.compile(rest) if plain else regex.compile(rest)

    @staticmethod
    def fits(source: str) -> bool:
        rest = source.removeprefix("(?i)")
        return rest != source and "(?-i" not in rest and rest == rest.casefold()

    def search(self, text: str) -> bool:
        return self.regex.search(text.casefold()) is not None
