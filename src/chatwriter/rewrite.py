"""Applying suggestions: non-overlapping edits, repeated to a fixpoint, capped.

Each finding contributes its first suggestion whose applicability is allowed. Edits
are taken left to right; an edit overlapping one already taken waits for the next
pass, after the text has been linted again. ``fix(fix(x)) == fix(x)`` because we
stop only when a pass changes nothing (or the cap is reached).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from chatwriter.model import Applicability, Finding

#: Passes before giving up on reaching a fixpoint (guards against rules that fight).
MAX_PASSES = 10

Edit = tuple[int, int, str]


def allowed_applicabilities(unsafe: bool) -> frozenset[Applicability]:
    if unsafe:
        return frozenset({Applicability.SAFE, Applicability.UNSAFE})
    return frozenset({Applicability.SAFE})


def choose_edits(findings: Iterable[Finding], allowed: frozenset[Applicability]) -> list[Edit]:
    """Non-overlapping edits, leftmost first; a later overlapping edit is dropped."""
    candidates: list[Edit] = []
    for f in findings:
        for s in f.suggestions:
            if s.applicability in allowed:
                if s.text != f.match:
                    candidates.append((f.start, f.end, s.text))
                break
    candidates.sort(key=lambda e: (e[0], e[1]))
    chosen: list[Edit] = []
    last_end = -1
    for start, end, text in candidates:
        if start < last_end or (chosen and start == last_end == chosen[-1][0] == chosen[-1][1]):
            continue
        chosen.append((start, end, text))
        last_end = max(last_end, end)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, replacement in edits:
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def fix_to_fixpoint(
    text: str,
    findings: list[Finding],
    relint: Callable[[str], list[Finding]],
    unsafe: bool = False,
) -> tuple[str, int]:
    """(fixed text, number of edits applied)."""
    allowed = allowed_applicabilities(unsafe)
    applied = 0
    for _ in range(MAX_PASSES):
        edits = choose_edits(findings, allowed)
        if not edits:
            break
        new_text = apply_edits(text, edits)
        if new_text == text:
            break
        applied += len(edits)
        text = new_text
        findings = relint(text)
    return text, applied
