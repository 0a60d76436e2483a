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
    return [edit for edit, _ in choose(findings, allowed)]


def choose(
    findings: Iterable[Finding], allowed: frozenset[Applicability]
) -> list[tuple[Edit, Finding]]:
    """:func:`choose_edits` with the finding each edit comes from."""
    candidates: list[tuple[Edit, Finding]] = []
    for f in findings:
        for s in f.suggestions:
            if s.applicability in allowed:
                if s.text != f.match:
                    candidates.append(((f.start, f.end, s.text), f))
                break
    candidates.sort(key=lambda c: (c[0][0], c[0][1]))
    chosen: list[tuple[Edit, Finding]] = []
    last_end = -1
    for (start, end, text), f in candidates:
        if start < last_end or (
            chosen and start == last_end == chosen[-1][0][0] == chosen[-1][0][1]
        ):
            continue
        chosen.append(((start, end, text), f))
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
    fixed, applied, _ = fixpoint(text, findings, relint, unsafe)
    return fixed, len(applied)


def fixpoint(
    text: str,
    findings: list[Finding],
    relint: Callable[[str], list[Finding]],
    unsafe: bool = False,
) -> tuple[str, list[Finding], list[Finding]]:
    """(fixed text, the findings whose suggestion was applied, the findings of the fixed text).

    An applied finding's offsets are into the text of the pass that applied it. The
    findings of the fixed text come from the last ``relint`` (the input ``findings`` when
    nothing was applied), so nobody needs to lint the result again.
    """
    allowed = allowed_applicabilities(unsafe)
    applied: list[Finding] = []
    for _ in range(MAX_PASSES):
        chosen = choose(findings, allowed)
        if not chosen:
            break
        new_text = apply_edits(text, [edit for edit, _ in chosen])
        if new_text == text:
            break
        applied.extend(f for _, f in chosen)
        text = new_text
        findings = relint(text)
    return text, applied, findings
