from __future__ import annotations

from chatwriter import Linter
from chatwriter.model import Applicability, Finding, Severity, Suggestion
from chatwriter.rewrite import allowed_applicabilities, apply_edits, choose_edits, fix_to_fixpoint
from chatwriter.rules.base import keep_case


def _finding(start: int, end: int, text: str, *suggestions: Suggestion) -> Finding:
    return Finding(
        "r",
        "clarity",
        Severity.WARNING,
        "m",
        start,
        end,
        1,
        start + 1,
        text[start:end],
        suggestions,
    )


def test_keep_case() -> None:
    assert keep_case("colour", "color") == "color"
    assert keep_case("Colour", "color") == "Color"
    assert keep_case("COLOUR", "color") == "COLOR"
    assert keep_case("iphone", "iPhone") == "iPhone"
    assert keep_case("Cell phone", "mobile phone") == "Mobile phone"


def test_overlapping_edits_take_the_leftmost() -> None:
    text = "abcdef"
    findings = [
        _finding(0, 3, text, Suggestion("X")),
        _finding(2, 5, text, Suggestion("Y")),
        _finding(5, 6, text, Suggestion("Z")),
    ]
    edits = choose_edits(findings, allowed_applicabilities(False))
    assert edits == [(0, 3, "X"), (5, 6, "Z")]
    assert apply_edits(text, edits) == "XdeZ"


def test_applicability_tiers() -> None:
    text = "one two three"
    findings = [
        _finding(0, 3, text, Suggestion("1", Applicability.SAFE)),
        _finding(4, 7, text, Suggestion("2", Applicability.UNSAFE)),
        _finding(8, 13, text, Suggestion("3", Applicability.DISPLAY)),
    ]
    assert (
        apply_edits(text, choose_edits(findings, allowed_applicabilities(False))) == "1 two three"
    )
    assert apply_edits(text, choose_edits(findings, allowed_applicabilities(True))) == "1 2 three"


def test_fixpoint_is_capped_when_rules_fight() -> None:
    calls = []

    def relint(text: str) -> list[Finding]:
        calls.append(text)
        return [_finding(0, len(text), text, Suggestion("b" if text == "a" else "a"))]

    fixed, applied = fix_to_fixpoint("a", relint("a"), relint)
    assert fixed in {"a", "b"}
    assert applied == 10 and len(calls) == 11


def test_fix_reaches_fixpoint_through_overlaps() -> None:
    linter = Linter(locale="en-US")
    text = "Pls pls check the the colour!!!"
    fixed = linter.fix(text)
    # Pass 1: textspeak wins the overlap with the doubled word; pass 2 drops "please".
    assert fixed == "Please check the color!"
    assert linter.fix(fixed) == fixed


def test_unsafe_needs_flag() -> None:
    linter = Linter(locale="en-US")
    text = "Please restart the the router."
    assert linter.fix(text) == "Please restart the router."


def test_fixes_of_two_rules_chain_to_a_fixpoint() -> None:
    # Pass 1 moves the euro sign (leaving "12.50\u00a0€"); pass 2 turns the point into a comma.
    report = Linter(locale="fr-FR").lint("Le total est de €12.50.")
    assert report.fixed == "Le total est de 12,50\u00a0€."
