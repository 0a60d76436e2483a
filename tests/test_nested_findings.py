"""One problem, one finding: a finding inside another of its category is not repeated."""

from __future__ import annotations

from chatwriter import Linter
from chatwriter.engine import _drop_nested
from chatwriter.model import Applicability, Finding, Severity, Suggestion


def _finding(rule: str, category: str, start: int, end: int, severity=Severity.WARNING, fix=None):
    suggestions = (Suggestion(fix, Applicability.SAFE),) if fix else ()
    return Finding(
        rule, category, severity, "m", start, end, 1, start + 1, "x" * (end - start), suggestions
    )


def test_an_enclosed_finding_of_the_same_category_goes() -> None:
    outer = _finding("en.tone.hand-off", "tone", 0, 24)
    inner = _finding("en.tone.negativity", "tone", 7, 24)
    other = _finding("en.textspeak.shorthand", "textspeak", 10, 13)
    assert _drop_nested([outer, inner, other]) == [outer, other]


def test_what_stays() -> None:
    outer = _finding("a.tone.x", "tone", 0, 24, Severity.SUGGESTION)
    louder = _finding("a.tone.y", "tone", 7, 24, Severity.WARNING)
    fixable = _finding("a.tone.z", "tone", 2, 5, fix="better")  # any suggestion keeps it
    card = _finding("common.pii.card-number", "pii", 0, 19, Severity.ERROR)
    inside_card = _finding("common.pii.phone-number", "pii", 5, 15, Severity.ERROR)
    found = [outer, louder, fixable, card, inside_card]
    # a louder inner finding, one with a safe fix, and personal data all stay
    assert _drop_nested(found) == found


def test_the_same_span_twice_keeps_the_louder_then_the_first_rule() -> None:
    a = _finding("a.tone.a", "tone", 3, 9)
    b = _finding("a.tone.b", "tone", 3, 9)
    c = _finding("a.tone.c", "tone", 3, 9, Severity.ERROR)
    assert _drop_nested([a, b]) == [a]
    assert _drop_nested([a, b, c]) == [c]


def test_a_brush_off_is_one_finding_in_a_real_lint() -> None:
    report = Linter(locale="en-US").lint("That's not my department, sorry.")
    tone = [f for f in report.findings if f.category == "tone"]
    assert len(tone) == 1 and tone[0].rule == "en.tone.hand-off"
