"""An RE2 prefilter for a built-in ``regex`` rule that keeps running (:class:`FirstLook`).

A rule's ``requires`` gate passes on many replies its pattern then does not match: "said"
opens the door to every reminder pattern, and the ``regex`` module spends microseconds
trying a large alternation at every position of the reply. RE2 answers "no match" for
the same pattern in linear time, without backtracking, from a DFA it keeps between
messages, so a rule whose gate passed asks RE2 first and runs its own search only when
RE2 finds something.

The pattern RE2 runs is the rule's own, translated by
:mod:`chatwriter.rules.gate_dialect` into one that matches wherever the original does and
maybe elsewhere (assertions and lookaround dropped, classes as ``regex`` reads them), so
a prefilter can only skip a search that would have found nothing: findings never change
(tests/test_prefilter.py runs every built-in rule both ways).

Translating and compiling a large pattern takes tens of milliseconds, more than a
one-message ``chatwriter lint`` spends on linting, so a rule builds its prefilter only
after :data:`AFTER` runs in the process: a batch, a server or a report pays once, a single
message never. A prefilter is then kept only where it saves time (:class:`FirstLook`). A
pattern the translation does not take (backreferences, conditionals) or that RE2 refuses
keeps searching on its own. Company guides keep their time-limited search and get no
prefilter.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter_ns
from typing import Any

import regex

from chatwriter.rules.gate_dialect import Unsupported, translate

try:  # optional, as for the GateSet: without it every rule searches on its own
    from re2 import _re2

    _UNANCHORED = _re2.RE2.Anchor.UNANCHORED
except ImportError:  # pragma: no cover
    _re2 = _UNANCHORED = None

#: Timed runs of a rule's own search (after its first, which compiles the pattern) before
#: it builds its prefilter; 0 builds it at once and keeps it without measuring.
AFTER = 200
#: Messages on which a new prefilter is timed before it is kept or dropped.
TRIAL = 256
#: Memory RE2 may use for one rule's program and DFA.
MAX_MEM = 8 << 20

__all__ = ["AFTER", "TRIAL", "FirstLook", "build"]


class FirstLook:
    """Whether RE2's first look pays for one rule, measured as the rule runs.

    The rule's own search is timed on its first :data:`AFTER` runs; then the prefilter is
    built and timed on :data:`TRIAL` messages, and kept only if it cost less than the
    searches it spared (its time per message below the rule's, times the share of
    messages it turned away). A short pattern the ``regex`` module rejects in a
    microsecond ("vielleicht", a quotation mark) is cheaper than any call into RE2; a
    200-branch tone pattern is not. Threads may share it: the counters only decide when
    to stop measuring, and a race costs a measurement, never a finding.
    """

    __slots__ = (
        "_match",
        "_pattern",
        "_pre_ns",
        "_runs",
        "_search_ns",
        "_state",
        "passed",
        "searched",
    )

    def __init__(self, pattern: Callable[[], regex.Pattern]):
        self._pattern = pattern  # the rule's compiled pattern, asked for when needed
        self._runs = self._search_ns = self._pre_ns = 0
        self.searched = self.passed = 0
        self._match: Any = None  # the RE2 program's Match, once built
        self._state = _TIMING

    @property
    def kept(self) -> bool:
        """Whether the prefilter was built and is in use (on trial or kept)."""
        return self._match is not None

    def timing(self) -> bool:
        """Whether the rule should time this search of its own (see :meth:`searched_in`)."""
        return self._state is _TIMING

    def searched_in(self, nanoseconds: int) -> None:
        """One timed run of the rule's own search; the first, which compiles, is not counted."""
        if self._state is _TIMING:
            self._runs += 1
            if self._runs > 1:
                self._search_ns += nanoseconds

    def skip(self, ctx: Any) -> bool:
        """True when RE2 is sure the rule's pattern finds nothing in the message."""
        state = self._state
        if state is _TIMING:
            if AFTER and self._runs <= AFTER:
                return False
            self._build()
            state = self._state
        if state is _DONE:
            return False
        utf8 = ctx.utf8()
        if utf8 is None:  # a lone surrogate: RE2 reads UTF-8 only
            return False
        if state is _KEPT:
            return self._match(_UNANCHORED, utf8, 0, len(utf8))[0][0] < 0
        start = perf_counter_ns()
        found = self._match(_UNANCHORED, utf8, 0, len(utf8))[0][0] >= 0
        self._pre_ns += perf_counter_ns() - start
        self.searched += 1
        self.passed += found
        if self.searched >= TRIAL:
            self._decide()
        return not found

    def _build(self) -> None:
        compiled = build(self._pattern())
        if compiled is None:
            self._state = _DONE
            return
        self._match = compiled.Match
        self._state = _TRIAL if self._runs > 1 else _KEPT

    def _decide(self) -> None:
        saved = (1 - self.passed / self.searched) * self._search_ns / (self._runs - 1)
        if self._pre_ns / self.searched < saved:
            self._state = _KEPT
        else:
            self._state, self._match = _DONE, None


_TIMING, _TRIAL, _KEPT, _DONE = "timing", "trial", "kept", "done"


def build(pattern: regex.Pattern) -> Any:
    """``pattern`` in RE2's dialect, compiled by RE2 (an ``RE2`` object), or None where
    there is none (google-re2 missing, a construct the translation does not take, a
    program RE2 refuses)."""
    if _re2 is None:
        return None
    try:
        source = translate(pattern)
    except Unsupported:
        return None
    options = _re2.RE2.Options()
    options.max_mem = MAX_MEM
    options.log_errors = False
    options.never_capture = True
    options.encoding = _re2.RE2.Options.Encoding.UTF8
    compiled = _re2.RE2(source.encode("utf-8"), options)
    if not compiled.ok():  # a repeat over 1000, a program past MAX_MEM
        return None
    return compiled
