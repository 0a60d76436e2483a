"""The one-way fix path (issue 17, item 3): reports are plain data, the fix step is explicit."""

from __future__ import annotations

import pickle

import pytest

from chatwriter import Linter
from chatwriter.hook import Hook, parse_request
from chatwriter.model import Fixed, Message

DRAFT = "Pls check the color settings."


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-GB")


def test_lint_many_leaves_the_rewrite_to_the_fix_step(linter: Linter) -> None:
    (report,) = linter.lint_many([DRAFT])
    assert report.fixed is None  # something safe applies, and nobody asked
    with pytest.raises(ValueError, match="not computed"):
        report.to_dict()
    fixed = linter.fix_report(report)
    assert isinstance(fixed, Fixed)
    assert fixed.text == "Please check the colour settings."
    assert [f.rule for f in fixed.applied] == [
        "en.textspeak.shorthand",
        "en.spelling-gb.american-spelling",
    ]
    assert fixed.remaining == ()
    (asked,) = linter.lint_many([DRAFT], fix=True)
    assert asked.fixed == fixed.text == linter.lint(DRAFT).fixed
    assert asked.to_dict()["fixed"] == fixed.text


def test_a_report_is_plain_data(linter: Linter) -> None:
    (report,) = linter.lint_many([DRAFT], fix=True)
    assert pickle.loads(pickle.dumps(report)) == report
    (clean,) = linter.lint_many(["Thanks, I will check the settings."])
    assert clean.fixed == clean.text  # nothing safe to apply: no lint needed to know


def test_remaining_are_the_findings_of_the_rewrite(linter: Linter) -> None:
    text = "Pls check the color settings, the the order is late."
    report = linter.lint(text, fix=False)
    fixed = linter.fix_report(report)
    again = linter.lint(fixed.text, fix=False)
    assert list(fixed.remaining) == again.findings
    assert fixed.skipped == tuple(again.skipped)


def test_keep_applies_only_what_it_keeps(linter: Linter) -> None:
    report = linter.lint(DRAFT, fix=False)
    fixed = linter.fix_report(report, keep=lambda f: f.rule == "en.textspeak.shorthand")
    assert fixed.text == "Please check the color settings."
    assert all(f.rule == "en.textspeak.shorthand" for f in (*fixed.applied, *fixed.remaining))


def test_nothing_to_apply_lints_nothing(linter: Linter, monkeypatch) -> None:
    report = linter.lint("Thanks, I will check the settings.", fix=False)
    compiled = linter.compiled("en-GB")
    monkeypatch.setattr(type(compiled), "check", lambda *a, **k: pytest.fail("linted"))
    fixed = linter.fix_report(report)
    assert (fixed.text, fixed.applied) == (report.text, ())


def test_the_hook_lints_the_rewrite_once(linter: Linter, monkeypatch) -> None:
    hook = Hook(linter)
    compiled = linter.compiled("en-GB")
    calls: list[str] = []
    check = type(compiled).check

    def counting(self, doc, message: Message, *args, **kwargs):
        calls.append(message.text)
        return check(self, doc, message, *args, **kwargs)

    monkeypatch.setattr(type(compiled), "check", counting)
    answer = hook.decide(parse_request({"text": DRAFT, "locale": "en-GB", "fix": True}))
    assert answer["text"] == "Please check the colour settings."
    assert answer["changed"] and answer["findings"] == []
    assert answer["reason"].startswith("Rewritten with 2 safe fixes")
    # the draft, then the rewrite once (the fix step's pass gives the final findings)
    assert calls == [DRAFT, "Please check the colour settings."]
