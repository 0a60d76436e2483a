"""Gate patterns in RE2's dialect, as wide as Python's ``regex`` reads them.

:class:`chatwriter.rules.gates.GateSet` scans a message once with every gate of a locale
in one RE2 set. RE2 reads classes, ``\\w`` and case folding its own (ASCII) way, so each
gate is translated here into a pattern that matches wherever the ``regex`` original would,
and maybe more (the rules then run and decide; findings do not change): classes become
the code points ``regex`` matches with them, assertions (lookaround among them) are
dropped, atomic groups and possessive or lazy repeats become plain ones, and a word gate
becomes its words with each letter any character that lower-cases to it. What cannot be translated raises
:class:`Unsupported`, and that gate keeps its own search.
"""

from __future__ import annotations

import sys
from array import array
from functools import lru_cache
from typing import Any

import regex

from chatwriter.rules.context import FoldedGate, WordGate

try:  # the case variants ``regex`` itself matches for a character under IGNORECASE
    from regex._regex import get_all_cases as _all_cases
except ImportError:  # pragma: no cover - read off by scanning instead
    _all_cases = None


class Unsupported(Exception):
    """A gate (or a construct in it) the one-scan engine does not take."""


# -- code point sets, as the ``regex`` module reads them --------------------------------

#: Code points read off one by one (the planes of every script with case, and the tags of
#: emoji flags); the rest are taken as members of every class.
_SCANNED = ((0, 0xD7FF), (0xE000, 0x1FFFF), (0xE0000, 0xE0FFF))
_UNSCANNED = ((0x20000, 0xDFFFF), (0xE1000, 0x10FFFF))


def _text(ranges: tuple[tuple[int, int], ...]) -> str:
    """The code points of ``ranges`` in order, as one string."""
    points = array("I")
    for lo, hi in ranges:
        points.extend(range(lo, hi + 1))
    return points.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


@lru_cache(maxsize=1)
def _scanned() -> list[str]:
    return [_text((block,)) for block in _SCANNED]


@lru_cache(maxsize=4096)
def _ranges(atom: str, flags: int) -> tuple[tuple[int, int], ...]:
    """The code points one character ``atom`` (a class, escape or ``.``) matches under
    ``flags``, as sorted inclusive ranges."""
    out = [
        (lo + m.start(), lo + m.end() - 1)
        for (lo, _), text in zip(_SCANNED, _scanned(), strict=True)
        for m in regex.finditer(f"(?:{atom})+", text, flags=flags)
    ]
    return _merge([*out, *_UNSCANNED])


def _merge(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def _char(point: int) -> str:
    char = chr(point)
    return char if char.isascii() and char.isalnum() else f"\\x{{{point:x}}}"


@lru_cache(maxsize=4096)
def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _char(ranges[0][0])
    inner = "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in ranges)
    return f"[{inner}]"


def _cases(char: str, flags: int) -> tuple[tuple[int, int], ...]:
    """The code points a literal ``char`` matches under ``flags`` (IGNORECASE among them)."""
    if _all_cases is None:  # pragma: no cover
        return _ranges(regex.escape(char), flags)
    return _merge([(p, p) for p in _all_cases(flags | regex.UNICODE, ord(char))])


#: Where ``str.lower`` changes characters: planes 0 and 1 but İ (tests/test_gates.py checks
#: that no other code point changes).
_CASED = ((0, 0x12F), (0x131, 0xD7FF), (0xE000, 0x1FFFF))


@lru_cache(maxsize=1)
def _lower_sources() -> dict[str, frozenset[str]]:
    """For each character, the others ``str.lower`` turns into it."""
    every = _text(_CASED)
    lowered = every.lower()  # without İ, which lowers to two characters
    out: dict[str, set[str]] = {}
    for at in range(0, len(every), 256):  # blocks first: most hold no cased letter
        part, low = every[at : at + 256], lowered[at : at + 256]
        if part != low:
            for a, b in zip(part, low, strict=True):
                if a != b:
                    out.setdefault(b, set()).add(a)
    out.setdefault("σ", set()).add("Σ")  # Σ lowers to ς at the end of a word
    out.setdefault("ς", set()).add("Σ")
    return {k: frozenset(v) for k, v in out.items()}


# -- translating a ``regex`` source ---------------------------------------------------

_ZERO_WIDTH = frozenset("bBAZzmMK")  # \\K moves the start only
_ESCAPES = frozenset("dDsSwWpPhHntrfvaexuUN0")  # classes, then characters
_QUANTIFIER = regex.compile(r"\{(\d*)(,?)(\d*)\}")
_GROUP_START = regex.compile(r"\?(?:P?<(?![=!])(\w+)>|[:>])")
_GLOBAL_FLAGS = regex.compile(r"\?[aimsuxw]+\)")
#: Groups that match no text of their own: lookaround, and (?(DEFINE)...) blocks of groups
#: to call.
_DROPPED = regex.compile(r"\?(?:<?[=!]|\(DEFINE\))")
_CALL = regex.compile(r"\?(?:&|P>)(\w+)\)")
_SCOPED_FLAGS = regex.compile(r"\?([aimsuxw]*)(?:-([imsx]+))?:")
_FLAG_BITS = {"i": int(regex.I), "m": int(regex.M), "s": int(regex.S), "x": int(regex.X)}
_VERBOSE, _IGNORECASE = int(regex.VERBOSE), int(regex.IGNORECASE)
_VERBOSE_GAP = regex.compile(r"(?:\s+|\#[^\n]*)*")
_BAD_FLAGS = regex.F | regex.V1 | regex.L | regex.R | regex.P | regex.B | regex.E


def translate(source: str | regex.Pattern, flags: int = 0) -> str:
    """An RE2 pattern matching wherever ``regex`` would match ``source`` with ``flags``
    (and maybe elsewhere); :class:`Unsupported` if this module makes none. A compiled
    pattern brings its own flags and is not compiled again (a large one takes tens of ms)."""
    if isinstance(source, regex.Pattern):
        compiled, source = source, source.pattern
    else:
        try:
            compiled = regex.compile(source, flags)
        except regex.error as exc:
            raise Unsupported(str(exc)) from None
    if compiled.flags & _BAD_FLAGS:  # inline flags ((?x), (?f), (?V1)) are in here too
        raise Unsupported("flags other than i, m, s, x, a, u, w")
    parser = _Parser(source, int(compiled.flags & ~regex.VERSION0))
    out = parser.alternation()
    if parser.at < len(source):
        raise Unsupported(f"an unbalanced ')' at {parser.at}")
    return out


class _Parser:
    __slots__ = ("at", "flags", "named", "source")

    def __init__(self, source: str, flags: int):
        self.source, self.flags, self.at = source, flags, 0
        self.named: dict[str, str] = {}  # a named group's translation, for (?&name) calls

    def alternation(self) -> str:
        branches = [self.sequence()]
        while self.at < len(self.source) and self.source[self.at] == "|":
            self.at += 1
            branches.append(self.sequence())
        return "|".join(branches)

    def sequence(self) -> str:
        out = []
        while self.skip() < len(self.source) and self.source[self.at] not in "|)":
            atom = self.atom()
            self.skip()
            quantifier = self.quantifier()
            if atom:  # a dropped assertion stays dropped, repeated or not
                out.append(atom + quantifier)
        return "".join(out)

    def skip(self) -> int:
        """Past the whitespace and comments of a verbose pattern; the new position."""
        if self.flags & _VERBOSE:
            m = _VERBOSE_GAP.match(self.source, self.at)
            self.at = m.end()
        return self.at

    def atom(self) -> str:
        src, at = self.source, self.at
        char = src[at]
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape()
        self.at += 1
        if char in "^$":
            return ""
        if char == ".":
            return _class(_ranges(".", self.flags))
        if char in "*+?" or (char == "{" and _QUANTIFIER.match(src, at)):
            raise Unsupported("nothing to repeat")
        if self.flags & _IGNORECASE:
            return _class(_cases(char, self.flags))
        return _char(ord(char))

    def group(self) -> str:
        src = self.source
        self.at += 1
        if src.startswith("?", self.at):
            rest = src[self.at :]
            if _GLOBAL_FLAGS.match(rest):  # already in the compiled flags
                self.at += rest.index(")") + 1
                return ""
            dropped = _DROPPED.match(rest)
            if dropped is not None:  # read past it (its named groups too), then drop it
                self.at += dropped.end()
                self.close(self.alternation())
                return ""
            call = _CALL.match(rest)
            if call is not None:  # (?&name): the group's pattern, in place
                if call[1] not in self.named:
                    raise Unsupported(f"a call to '{call[1]}' before its definition ends")
                self.at += call.end()
                return self.named[call[1]]
            scoped = _SCOPED_FLAGS.match(rest)
            if scoped is not None:  # (?i:...), (?-i:...): the flags hold inside only
                outer = self.flags
                for char in scoped.group(1):
                    self.flags |= _FLAG_BITS.get(char, 0)
                for char in scoped.group(2) or "":
                    self.flags &= ~_FLAG_BITS[char]
                self.at += scoped.end()
                try:
                    return self.close(self.alternation())
                finally:
                    self.flags = outer
            start = _GROUP_START.match(rest)
            if start is None:  # comments, conditionals, ...
                raise Unsupported(f"the group '({rest[:3]}'")
            self.at += start.end()  # a named or atomic group is a plain one here
            if start[1] is not None:  # named: kept for (?&name) calls
                out = self.named[start[1]] = self.close(self.alternation())
                return out
        return self.close(self.alternation())

    def close(self, inner: str) -> str:
        """A group's translation, past its ')'."""
        if self.at >= len(self.source) or self.source[self.at] != ")":
            raise Unsupported("a missing ')'")
        self.at += 1
        return f"(?:{inner})"

    def char_class(self) -> str:
        src, at = self.source, self.at + 1
        at += src.startswith("^", at)
        at += src.startswith("]", at)
        while at < len(src) and src[at] != "]":
            if src[at] == "[":
                raise Unsupported("a nested set or POSIX class")
            at += 2 if src[at] == "\\" else 1
        if at >= len(src):
            raise Unsupported("a missing ']'")
        atom, self.at = src[self.at : at + 1], at + 1
        return _class(_ranges(atom, self.flags))

    def escape(self) -> str:
        src, start = self.source, self.at
        char = src[start + 1 : start + 2]
        end = start + 2
        if not char:
            raise Unsupported("a trailing backslash")
        if char in _ZERO_WIDTH or not (char.isalnum() or self.flags & _IGNORECASE):
            self.at = end  # an assertion, dropped, or punctuation, itself
            return "" if char in _ZERO_WIDTH else _char(ord(char))
        if char in "pPxN" and src.startswith("{", end):
            end = src.find("}", end) + 1
            if end == 0:
                raise Unsupported("a missing '}'")
        elif char in "pP":
            end += 1
        else:
            end += {"x": 2, "u": 4, "U": 8}.get(char, 0)
        if char == "0":
            while end < min(len(src), start + 4) and src[end] in "01234567":
                end += 1
        elif char.isalnum() and char not in _ESCAPES:
            raise Unsupported(f"the escape '\\{char}'")  # backreferences, \g, \k, \G, \X...
        self.at = end
        return _class(_ranges(src[start:end], self.flags))

    def quantifier(self) -> str:
        src, at = self.source, self.at
        if at >= len(src):
            return ""
        if src[at] in "*+?":
            out, at = src[at], at + 1
        else:
            m = _QUANTIFIER.match(src, at) if src[at] == "{" else None
            if m is None:
                return ""  # no quantifier, or a literal '{' read as the next atom
            low, comma, high = m.groups()
            if not low and not high:
                raise Unsupported("the repeat '{,}'")
            out, at = f"{{{low or 0}{comma}{high}}}", m.end()
        at += src.startswith(("?", "+"), at)  # lazy and possessive: greedy matches as much
        self.at = at
        return out


# -- word gates -------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _letter(char: str) -> str:
    """``char`` and every character ``str.lower`` turns into it."""
    sources = _lower_sources().get(char, frozenset()) | {char}
    return _class(_merge([(ord(c), ord(c)) for c in sources]))


@lru_cache(maxsize=1)
def _edge() -> str:
    """What may stand next to a word: a character that is not a word character, or one
    past Latin and its combining marks (a superset, written with few ranges)."""
    latin = [(lo, min(hi, 0x36F)) for lo, hi in _ranges(r"\W", 0) if lo <= 0x36F]
    return _class(_merge([*latin, (0x370, 0x10FFFF)]))


def word_pattern(words: frozenset[str]) -> str:
    """One of ``words`` (lower case) as a whole word of the message lower-cased, as
    :meth:`CheckContext.words` reads it (``\\w`` is the same before and after lower-casing;
    tests/test_gates.py checks that for every code point)."""
    alternatives = []
    for word in sorted(words):
        if not word or "\u0307" in word:  # İ lowers to i and a combining dot
            raise Unsupported(f"the word '{word}'")
        alternatives.append("".join(map(_letter, word)))
    edge = _edge()
    return f"(?:^|{edge})(?:{'|'.join(alternatives)})(?:{edge}|$)"


# -- the set ----------------------------------------------------------------------------


def pattern_for(gate: Any) -> tuple[str, bool]:
    """A gate's RE2 pattern, and whether it runs on the case-folded text."""
    if isinstance(gate, WordGate):
        return word_pattern(gate.words), False
    if isinstance(gate, FoldedGate):  # case-sensitive in the folded text, as FoldedGate does
        return translate(gate.pattern.removeprefix("(?i)")), True
    if isinstance(gate, regex.Pattern):
        return translate(gate.pattern, gate.flags), False
    # a company guide's gate (TimedPattern) keeps its time limit and its timeout note
    raise Unsupported(f"a {type(gate).__name__} gate")
