"""Every ``requires`` gate of a locale decided in one scan of the message (:class:`GateSet`).

The engine groups always-running rules by gate (``requires``, ``requires_words``); searched
one by one, the gates took half of ``lint_many``'s time on short replies. A GateSet puts
them in one RE2 set (google-re2) and scans the message once: its text, then its case-folded
text when a :class:`FoldedGate` needs it. A gate may pass there more often than its own
search would, never less (the rules then run and decide, so findings do not change):

- a character class, escape, ``.`` or case-insensitive literal becomes the code points
  Python's ``regex`` matches with it, read off by running it over them (so Unicode tables
  and case folding are ``regex``'s, not RE2's ASCII ``\\w`` and ``\\b``); code points past
  plane 1 but tags and variation selectors count as members of every class;
- assertions (``\\b``, ``^``, ``$``, lookaround, ``\\K``) are dropped, atomic groups,
  possessive and lazy repeats become plain ones, a ``(?&name)`` call becomes the group it
  names: each only adds matches;
- a :class:`WordGate` is its words between characters that are not word characters (or
  not Latin), each letter any character that lower-cases to it.

What this cannot translate (backreferences, conditionals, recursion, nested sets,
full-case-folding patterns, repeats RE2 refuses) and a company guide's gate, which keeps
its time limit, stay with :meth:`CheckContext.contains` (:attr:`GateSet.slow`); so does
every gate when google-re2 is not importable: the same answers, only slower. The
translation into RE2's dialect is :mod:`chatwriter.rules.gate_dialect`'s.
"""

from __future__ import annotations

from typing import Any

from chatwriter.rules.context import CheckContext
from chatwriter.rules.gate_dialect import Unsupported, pattern_for, translate, word_pattern

try:  # optional: where no wheel is to be had, every gate is searched on its own
    import re2

    re2.Set  # noqa: B018 - another package named re2 has no sets
except (ImportError, AttributeError):  # pragma: no cover - the fallback is forced in tests
    re2 = None

#: False sends every gate down the per-gate path (tests compare the two paths).
ENABLED = True
#: Memory RE2 may use for one locale's set (its program and the DFA it builds as it goes).
MAX_MEM = 64 << 20

__all__ = ["ENABLED", "MAX_MEM", "GateSet", "Unsupported", "translate", "word_pattern"]


class GateSet:
    """Which of ``gates`` (one per rule group, ``None`` for a group without one) may pass
    on a message, from one RE2 scan. Threads may share it: nothing changes after it is
    built but a one-entry cache of the last answer, which is swapped whole."""

    def __init__(self, gates: list[Any]):
        #: Gates left to :meth:`CheckContext.contains`: index -> why.
        self.slow: dict[int, str] = {}
        self._all = list(range(len(gates)))
        self._last: tuple[str, tuple[list[int], bool]] | None = None
        self._open = [i for i, gate in enumerate(gates) if gate is None]
        self._set: Any = None
        self._owners: list[tuple[int, ...]] = []  # pattern index in the set -> gate indexes
        self._sentinel = -1
        self._folded = False
        gated = [i for i, gate in enumerate(gates) if gate is not None]
        if not ENABLED or re2 is None:
            why = "google-re2 is not installed" if ENABLED else "turned off"
            self.slow = dict.fromkeys(gated, why)
        else:
            self._build(gates, gated)
        self._open = sorted({*self._open, *self.slow})

    def _build(self, gates: list[Any], gated: list[int]) -> None:
        options = re2.Options()
        options.max_mem = MAX_MEM
        options.log_errors = False
        made = re2.Set.SearchSet(options)
        added: dict[str, int] = {}  # pattern -> its index in the set
        owners: dict[int, list[int]] = {}
        for i in gated:
            try:
                pattern, folded = pattern_for(gates[i])
                if pattern not in added:
                    added[pattern] = made.Add(pattern)
            except Unsupported as exc:
                self.slow[i] = str(exc)
                continue
            except re2.error as exc:  # a repeat over 1000, a program too large
                self.slow[i] = f"RE2: {exc}"
                continue
            owners.setdefault(added[pattern], []).append(i)
            self._folded = self._folded or folded
        # Matches everywhere: missing from an answer, it says RE2 gave up on the message
        # (out of memory) and every gate is then searched on its own.
        self._sentinel = made.Add("")
        try:
            made.Compile()
        except re2.error as exc:  # pragma: no cover - past MAX_MEM
            self.slow.update(dict.fromkeys(gated, f"RE2: {exc}"))
            return
        self._set = made
        self._owners = [tuple(owners.get(k, ())) for k in range(self._sentinel)]

    def candidates(self, ctx: CheckContext) -> tuple[list[int], bool]:
        """Indexes of the gates that may pass on the message, ascending, and whether they
        are decided: if not (no set, or a message RE2 could not scan), every index comes
        back and each gate is for :meth:`CheckContext.contains`. The gates of :attr:`slow`
        and the ``None`` entries are always among the candidates."""
        if self._set is None:
            return self._all, False
        # The pre-send hook scans the personal-data rules first and the rest of the
        # message next (CompiledLocale.scan_private, then check): one scan serves both.
        # One entry, swapped whole, so threads sharing the set never see half of one.
        last = self._last
        if last is not None and last[0] is ctx.text:
            return last[1]
        answer = self._scan(ctx)
        self._last = (ctx.text, answer)
        return answer

    def _scan(self, ctx: CheckContext) -> tuple[list[int], bool]:
        text = f"{ctx.text}\n{ctx.folded()}" if self._folded else ctx.text
        try:
            matched = self._set.Match(text.encode("utf-8"))
        except UnicodeEncodeError:  # lone surrogates
            return self._all, False
        if not matched or self._sentinel not in matched:
            return self._all, False
        found = set(self._open)
        owners = self._owners
        for k in matched:
            if k != self._sentinel:
                found.update(owners[k])
        return sorted(found), True
