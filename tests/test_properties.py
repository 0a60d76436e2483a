"""Properties that must hold for any text: no crash, exact spans, idempotent non-overlapping fixes."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatwriter import Linter
from chatwriter.model import SURROGATE_NOTE, Applicability, Message
from chatwriter.rewrite import allowed_applicabilities, choose_edits

# Text that stresses the engine: controls, zero-width and bidi marks, mixed scripts, emoji.
ODD = list("\x00\x07\x1b\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202e\u2066\u2069\u00a0\u202f")
# Unpaired surrogates: what JSON escapes such as "\\ud800" decode to (read as U+FFFD).
ODD += ["\ud800", "\udfff", "\ud83d"]
WORDS = [
    "colour",
    "Colour",
    "COLOUR",
    "pls",
    "the",
    "4111",
    "1111",
    "!!!",
    "??",
    "PayPal",
    "paypal",
]
SCRIPTS = ["Привет", "مرحبا", "שלום", "你好", "こんにちは", "नमस्ते", "🎉", "👍🏽", "🇩🇪", "e\u0301"]

pieces = st.one_of(
    st.text(max_size=20),
    st.sampled_from(ODD),
    st.sampled_from(WORDS),
    st.sampled_from(SCRIPTS),
    st.sampled_from([" ", "\n", "\t", ". ", "  "]),
)
messages = st.lists(pieces, max_size=40).map("".join)

LINTER = Linter(locale="en-US")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(messages)
def test_lint_never_raises_and_spans_are_exact(text: str) -> None:
    report = LINTER.lint(text)
    text = Message(text).readable().text  # lone surrogates are read as U+FFFD, one for one
    assert report.text == text
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.match
        line_start = text.rfind("\n", 0, f.start) + 1
        assert f.line == text.count("\n", 0, f.start) + 1
        assert f.column == f.start - line_start + 1
    assert report.findings == sorted(report.findings, key=lambda f: (f.start, f.end, f.rule))


@SETTINGS
@given(messages)
def test_fix_is_idempotent(text: str) -> None:
    once = LINTER.fix(text)
    assert LINTER.fix(once) == once


@SETTINGS
@given(messages)
def test_chosen_edits_never_overlap(text: str) -> None:
    findings = LINTER.lint(text).findings
    for unsafe in (False, True):
        edits = choose_edits(findings, allowed_applicabilities(unsafe))
        for (s1, e1, _), (s2, e2, _) in itertools.pairwise(edits):
            assert e1 <= s2 and (s1, e1) != (s2, e2)


@SETTINGS
@given(messages)
def test_display_suggestions_are_never_applied(text: str) -> None:
    findings = LINTER.lint(text).findings
    edits = choose_edits(findings, allowed_applicabilities(True))
    display_only = {
        (f.start, f.end)
        for f in findings
        if f.suggestions and all(s.applicability is Applicability.DISPLAY for s in f.suggestions)
    }
    assert not display_only & {(s, e) for s, e, _ in edits}


def test_huge_message() -> None:
    text = ("Please check the colour settings, pls. " * 2600)[:100_000]
    report = LINTER.lint(text)
    assert len(report.findings) > 1000
    assert all(text[f.start : f.end] == f.match for f in report.findings)
    assert "colour" not in report.fixed


def test_empty_and_whitespace_messages() -> None:
    for text in ["", " ", "\n\n", "\u200b", "\ufeff"]:
        report = LINTER.lint(text)
        assert report.fixed == text
        assert report.findings == []


def test_unpaired_surrogates_are_read_as_replacement_characters() -> None:
    text = "As I told you before \ud800, the refund is on its way \udfff"
    turns = [{"role": "customer", "text": "where is it \ud83d"}]
    report = LINTER.lint(text, conversation=turns)
    assert "en.tone.reminder" in [f.rule for f in report.findings]
    assert report.text == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert report.skipped == [SURROGATE_NOTE]
    [batched] = LINTER.lint_many([Message(text, "en-US")])
    assert batched.findings == report.findings and batched.skipped == [SURROGATE_NOTE]
    assert "\ud800" not in LINTER.fix(text)
    assert LINTER.lint("a genuine \ufffd stays quiet").skipped == []
