"""No personal data in clear in any output: hook, check, CLI formats, LanguageTool's API.

A card number or IBAN that a pii rule finds is masked wherever it would be echoed: in
its own finding, in any other finding whose span overlaps it (shouting over an IBAN),
in messages and suggestions that quote it, and in the rewritten text.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chatwriter import Linter
from chatwriter.cli import main
from chatwriter.hook import Hook, parse_request
from chatwriter.model import Finding, Severity, Suggestion
from chatwriter.privacy import Masker, mask_spans, private_spans

CARD = "4111 1111 1111 1111"
IBAN = "DE89370400440532013000"
SHOUTED = f"PLEASE SEND THE REFUND TO {IBAN} TODAY"
DRAFT = f"My card is {CARD}. PLEASE SEND THE REFUND TO {IBAN} TODAY"


def _finding(rule: str, category: str, start: int, end: int, text: str, **kw) -> Finding:
    return Finding(
        rule=rule,
        category=category,
        severity=Severity.WARNING,
        message=kw.get("message", "m"),
        start=start,
        end=end,
        line=1,
        column=start + 1,
        match=text[start:end],
        suggestions=tuple(kw.get("suggestions", ())),
    )


# -- the masker ---------------------------------------------------------------------------
def test_overlapping_finding_is_masked_only_where_it_overlaps() -> None:
    text = SHOUTED
    start = text.index(IBAN)
    pii = _finding("common.pii.iban", "pii", start, start + len(IBAN), text)
    caps = _finding(
        "common.shouting.caps",
        "shouting",
        0,
        len(text),
        text,
        message=f"'{text}' is shouting",
        suggestions=[Suggestion(text.lower())],
    )
    masker = Masker(text, [pii, caps])
    shown = masker.finding(caps)
    assert shown.match == "PLEASE SEND THE REFUND TO " + "*" * len(IBAN) + " TODAY"
    assert IBAN not in shown.message and shown.message.startswith("'PLEASE SEND")
    assert IBAN.lower() not in shown.suggestions[0].text  # case-insensitive
    assert masker.finding(pii).match == "*" * len(IBAN)
    assert masker.masked_text() == shown.match
    # Offsets and everything else are untouched.
    assert (shown.start, shown.end, shown.rule) == (caps.start, caps.end, caps.rule)


def test_spans_merge_and_mask_keeps_offsets() -> None:
    text = "ab 12 34 cd"
    findings = [
        _finding("x.a", "pii", 3, 5, text),
        _finding("x.b", "pii", 4, 8, text),
        _finding("x.c", "tone", 0, 2, text),
    ]
    assert private_spans(findings) == [(3, 8)]
    assert mask_spans(text, [(3, 8)]) == "ab ** ** cd"
    assert not Masker(text, [findings[2]])  # no personal data: nothing to do


# -- the hook -----------------------------------------------------------------------------
def test_hook_masks_every_finding_that_touches_personal_data(linter_us: Linter) -> None:
    response = Hook(linter_us).decide(parse_request({"text": SHOUTED, "locale": "en-US"}))
    dumped = json.dumps(response)
    assert IBAN not in dumped and IBAN.lower() not in dumped
    rules = {f["rule"] for f in response["findings"]}
    assert {"common.pii.iban", "common.shouting.caps"} <= rules
    assert response["decision"] == "block"


# -- the CLI's formats ----------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github"])
def test_cli_formats_mask_personal_data(fmt: str) -> None:
    result = CliRunner().invoke(
        main, ["lint", "--isolated", "--locale", "en-US", "--format", fmt, "-"], input=DRAFT
    )
    assert result.exit_code == 1, result.output
    assert "4111" not in result.output and IBAN not in result.output
    assert "****" in result.output or fmt in ("text", "github")  # these print no match


def test_show_personal_data_prints_it_in_clear() -> None:
    args = ["lint", "--isolated", "--locale", "en-US", "--format", "json", "-"]
    result = CliRunner().invoke(main, [*args[:-1], "--show-personal-data", "-"], input=DRAFT)
    assert CARD in result.output


def test_fixed_text_in_json_is_masked_even_after_a_fix_inside_the_number(
    linter_us: Linter,
) -> None:
    # 'Pls' is fixed, so 'fixed' differs from the draft and is scanned again.
    report = linter_us.lint(f"Pls use card {CARD} today")
    assert report.fixed != report.text and CARD in report.fixed
    masked = linter_us.masked(report)
    assert CARD not in masked.fixed and masked.fixed.startswith("Please use card ****")
    assert all("4111" not in f.match for f in masked.findings)
    # The library's own report is untouched: callers have the text anyway.
    assert any(f.match == CARD for f in report.findings)
