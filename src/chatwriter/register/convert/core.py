"""What every language's conversion shares: tokens, edits, remarks, sentences, casing.

A conversion never guesses: a language module either *replaces* a span with the word of
the other register or *leaves* it with a reason (a :class:`Remark`), and may attach a
display-only *note* to an edit it made (Brazilian *o senhor / a senhora* cannot be
guessed, so the verb is kept without a pronoun and the note says so).

Tokens come from a small tokenizer of its own (no spaCy): words, single marks, and for
French and Portuguese the pronouns written after a hyphen as tokens of their own
(``Envoie`` ``-le`` ``-moi``, ``Enviar`` ``-te`` ``-emos``), so every language sees its
clitics the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from chatwriter.register.context import straight_quotes


@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement: ``text[start:end]`` was ``old`` and becomes ``new``."""

    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Remark:
    """A word the conversion left alone (or a note on one it changed), and why.

    ``kind`` is a short id (``plural``, ``unknown-verb``, ``third-person``, ``gender``,
    ``reflexive``...); ``reason`` says it for a person.
    """

    start: int
    end: int
    text: str
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    low: str
    start: int
    end: int
    i: int

    @property
    def joined(self) -> bool:
        """Written after a hyphen, joined to the word before (the ``-moi`` of *envoie-moi*)."""
        return self.text.startswith("-")

    @property
    def bare(self) -> str:
        """Lower case, without the hyphen of a joined pronoun."""
        return self.low.lstrip("-")

    @property
    def is_word(self) -> bool:
        return self.text[-1:].isalnum() or self.text[-1:] in "'’"


#: Marks that end a sentence; marks that end a clause.
SENTENCE_END = frozenset({".", "!", "?", "…"})
CLAUSE_END = SENTENCE_END | frozenset({",", ";", ":", "(", ")", "«", "»", '"', "„", "“", "”",
                                       "—", "–", "¿", "¡", "/"})  # fmt: skip
_OPENERS = frozenset({"¿", "¡", "«", "„", "“", '"', "(", "'", "‘"})
_OPENING_QUOTES = frozenset({"«", "„", "“"})
_CLOSING_QUOTES = frozenset({"»", "”", "“"})

_WORD = r"[^\W_](?:[\w]|['’](?=[^\W\d_]))*"
#: Elision languages end a word at its apostrophe (l'as, t'envoie, dell'ordine, Gliel'ho).
_ELIDING = r"[^\W\d_]+['’](?=[^\W\d_])"
_PATTERNS = {
    "split": regex.compile(rf"{_ELIDING}|(?<=\w)-[^\W\d_]+|[^\W_]\w*|\S"),
    "elide": regex.compile(rf"{_ELIDING}|[^\W_]\w*(?:-\w+)*|\S"),
    "plain": regex.compile(rf"{_WORD}(?:-\w+)*|\S"),
}
_STYLE = {"fr": "split", "pt": "split", "it": "elide"}


def tokenize(text: str, lang: str) -> list[Tok]:
    pattern = _PATTERNS[_STYLE.get(lang, "plain")]
    return [
        Tok(m.group(), m.group().lower(), m.start(), m.end(), i)
        for i, m in enumerate(pattern.finditer(text))
    ]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_cap(text: str) -> bool:
    return text[:1].isupper()


@dataclass
class Context:
    """One message being converted: its tokens, and the edits and remarks made so far."""

    text: str
    lang: str
    region: str | None
    to: str
    tokens: list[Tok] = field(init=False)
    edits: dict[int, Edit] = field(default_factory=dict)
    left: list[Remark] = field(default_factory=list)
    notes: list[Remark] = field(default_factory=list)
    _starts: list[bool] = field(default_factory=list)
    _quoted: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tokens = tokenize(self.text, self.lang)
        self._starts = self._sentence_starts()
        self._quoted = self._quotes()

    # -- reading -----------------------------------------------------------------------------
    def at(self, i: int) -> Tok | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def next(self, tok: Tok, skip: Iterable[str] = ()) -> Tok | None:
        skip = frozenset(skip)
        j = tok.i + 1
        while j < len(self.tokens) and self.tokens[j].bare in skip:
            j += 1
        return self.at(j)

    def prev(self, tok: Tok, skip: Iterable[str] = ()) -> Tok | None:
        skip = frozenset(skip)
        j = tok.i - 1
        while j >= 0 and self.tokens[j].bare in skip:
            j -= 1
        return self.at(j)

    def starts_sentence(self, tok: Tok) -> bool:
        return self._starts[tok.i]

    def newline_before(self, tok: Tok) -> bool:
        before = self.at(tok.i - 1)
        return "\n" in self.text[before.end if before else 0 : tok.start]

    def clause(self, tok: Tok) -> tuple[int, int]:
        """Token range [a, b) of the clause around ``tok`` (between clause marks)."""
        a = tok.i
        while (
            a > 0
            and self.tokens[a - 1].text not in CLAUSE_END
            and not self.newline_before(self.tokens[a])
        ):
            a -= 1
        b = tok.i + 1
        while b < len(self.tokens) and self.tokens[b].text not in CLAUSE_END:
            if self.newline_before(self.tokens[b]):
                break
            b += 1
        return a, b

    def sentence(self, tok: Tok) -> tuple[int, int]:
        a = tok.i
        while a > 0 and not self._starts[a]:
            a -= 1
        b = tok.i + 1
        while b < len(self.tokens) and not self._starts[b]:
            b += 1
        return a, b

    def question(self, tok: Tok) -> bool:
        """The sentence of ``tok`` asks (ends with ?); with an opening ¿, only from there."""
        a, b = self.sentence(tok)
        sentence = self.tokens[a:b]
        if not any(t.text == "?" for t in sentence):
            return False
        opening = [t.i for t in sentence if t.text == "¿"]
        return not opening or opening[0] < tok.i

    def _sentence_starts(self) -> list[bool]:
        starts = []
        fresh = True
        for j, tok in enumerate(self.tokens):
            if j and self.newline_before(tok):
                fresh = True
            starts.append(fresh)
            nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            glued = tok.text == "." and nxt is not None and nxt.start == tok.end and nxt.is_word
            if tok.text in SENTENCE_END and not glued:  # 2.º, 9.99, e.g.: no end
                fresh = True
            elif not (fresh and tok.text in _OPENERS):
                fresh = False
        return starts

    def quoted(self, tok: Tok) -> bool:
        """Inside quotation marks: someone else's words (a label, the customer's message)."""
        return self._quoted[tok.i]

    def _quotes(self) -> list[bool]:
        out, depth, single = [], 0, False
        straight = straight_quotes(self.text)
        for tok in self.tokens:
            text = tok.text
            if any(a <= tok.start < b for a, b in straight):
                out.append(True)  # 'jullie hebben ...': a straight single quote
                continue
            if text == '"':
                depth = 0 if depth else 1
                out.append(True)
                continue
            if text == "‘" and (tok.i == 0 or self.tokens[tok.i - 1].end < tok.start):
                single = True  # ‘Alles voor Jou’: a quote, not an apostrophe
                out.append(True)
                continue
            if single and (text == "’" or text.endswith("’")):
                single = False
                out.append(True)
                continue
            if single:
                out.append(True)
                continue
            if text in _OPENING_QUOTES and not (text == "“" and depth and self.lang == "de"):
                depth += 1
                out.append(True)
                continue
            if text in _CLOSING_QUOTES:
                depth = max(0, depth - 1)
                out.append(True)
                continue
            out.append(depth > 0)
        return out

    # -- writing -----------------------------------------------------------------------------
    def replace(
        self,
        first: Tok,
        new: str,
        last: Tok | None = None,
        *,
        end: int | None = None,
        exact: bool = False,
    ) -> None:
        """Replace the tokens ``first``..``last`` (or the text from ``first`` to ``end``)
        by ``new``; at the start of a sentence the new text takes a capital when the old
        one had one (unless ``exact``)."""
        start = first.start
        end = end if end is not None else (last or first).end
        if any(self._quoted[t.i] for t in self.tokens if start <= t.start < end):
            return  # never inside quotation marks
        if not exact and is_cap(first.text) and self.starts_sentence(first):
            new = cap(new)
        for s, e in list(self.edits.items()):
            if s < end and start < e.end:
                if s == start and e.end == end:
                    break
                return  # overlaps an edit made already: the first one stands
        self.edits[start] = Edit(start, end, self.text[start:end], new)

    def put(self, tok: Tok, found: list[str]) -> bool:
        """Write the one form ``found`` holds; with none or several, leave the word and say
        why (a verb the tables lack, or one with two readings)."""
        if len(found) == 1:
            self.replace(tok, found[0])
            return True
        what = " or ".join(found) if found else "nothing in the tables"
        kind = "ambiguous-verb" if found else "unknown-verb"
        self.leave(tok, kind, f"'{tok.text}' gives {what}")
        return False

    def new_text(self, tok: Tok) -> str | None:
        """What an edit that starts at ``tok`` writes there (None if no edit does)."""
        edit = self.edits.get(tok.start)
        return edit.new if edit is not None else None

    def edited(self, tok: Tok) -> bool:
        return any(e.start <= tok.start < e.end for e in self.edits.values())

    def leave(self, tok: Tok, kind: str, reason: str, last: Tok | None = None) -> None:
        if self._quoted[tok.i]:
            return  # someone else's words: nothing to convert, nothing to report
        last = last or tok
        remark = Remark(tok.start, last.end, self.text[tok.start : last.end], kind, reason)
        if remark not in self.left:
            self.left.append(remark)

    def note(self, tok: Tok, kind: str, reason: str, last: Tok | None = None) -> None:
        last = last or tok
        self.notes.append(
            Remark(tok.start, last.end, self.text[tok.start : last.end], kind, reason)
        )

    def result(self) -> str:
        out, pos = [], 0
        for start in sorted(self.edits):
            edit = self.edits[start]
            out.append(self.text[pos:start])
            out.append(edit.new)
            pos = edit.end
        out.append(self.text[pos:])
        return "".join(out)
