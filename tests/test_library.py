"""The library API: one-line form, compiled Linter reuse, streaming, threads, conversation."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import chatwriter
from chatwriter import Linter, Message


def test_one_line_form() -> None:
    report = chatwriter.lint("Please check the colour settings.", locale="en-US")
    assert report.fixed == "Please check the color settings."
    assert [f.category for f in report.findings] == ["spelling-variant"]
    assert chatwriter.fix("Pls check.", locale="en-US") == "Please check."


def test_import_from_another_directory(tmp_path) -> None:
    code = "import chatwriter; print(chatwriter.lint('Please check the colour settings.', locale='en-US').fixed)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "Please check the color settings."


def test_lint_many_keeps_order_and_routes_locales() -> None:
    linter = Linter(locale="en-US")
    items = [
        "What colour is it?",
        {"text": "What color is it?", "locale": "en-GB", "id": "x"},
        Message("What colour is it?", locale="en-GB"),
    ] * 300
    reports = list(linter.lint_many(items))
    assert len(reports) == 900
    assert [r.locale for r in reports[:3]] == ["en-US", "en-GB", "en-GB"]
    assert [len(r.findings) for r in reports[:3]] == [1, 1, 0]
    assert reports[1].id == "x"
    single = [
        linter.lint_message(
            Message.from_dict(i)
            if isinstance(i, dict)
            else (Message(i) if isinstance(i, str) else i)
        )
        for i in items[:3]
    ]
    assert [r.findings for r in single] == [r.findings for r in reports[:3]]


def test_shared_linter_across_threads() -> None:
    linter = Linter(locale="en-US")
    texts = [f"Order {i}: pls check the colour!!! Card 4111 1111 1111 1111" for i in range(200)]
    expected = [linter.lint(t).findings for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: linter.lint(t).findings, texts))
    assert got == expected


def test_linters_share_no_state(tmp_path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text("disable: [en.spelling-us.*]\n", encoding="utf-8")
    plain = Linter(locale="en-US")
    quiet = Linter(locale="en-US", config=config)
    assert plain.lint("colour").findings
    assert not quiet.lint("colour").findings
    assert plain.lint("colour").findings


def test_company_config_layers(tmp_path) -> None:
    guide = tmp_path / "acme.yaml"
    guide.write_text(
        "guide: acme.tone\nrules:\n  - id: sorry\n    kind: phrase\n    category: tone\n"
        "    message: \"Say what you will do instead of '{match}'.\"\n    phrases: [sorry for the inconvenience]\n",
        encoding="utf-8",
    )
    config = tmp_path / ".chatwriter.yaml"
    config.write_text(
        "locale: en-GB\nguides: [acme.yaml]\nterminology: [ChatWriter]\n"
        "disable: ['category:shouting']\nseverity:\n  en.tone.reminder: error\n",
        encoding="utf-8",
    )
    linter = Linter(config=config)
    assert linter.locale == "en-GB"
    report = linter.lint("As I already said, chatwriter is sorry for the inconvenience!!!")
    by_rule = {f.rule: f for f in report.findings}
    assert by_rule["en.tone.reminder"].severity.value == "error"
    assert by_rule["config.terminology"].suggestions[0].text == "ChatWriter"
    assert "acme.tone.sorry" in by_rule
    assert not any(f.category == "shouting" for f in report.findings)


def test_conversation_consistency_uses_earlier_agent_turns() -> None:
    linter = Linter(locale="en-US")
    turns = [
        {"role": "agent", "text": "I sent you an e-mail."},
        {"role": "customer", "text": "Got no email"},
    ]
    report = linter.lint("Please check the email folder.", conversation=turns)
    assert [f.rule for f in report.findings] == ["en.consistency.email"]
    assert not linter.lint("Please check the email folder.").findings


def test_utf16_offsets() -> None:
    report = chatwriter.lint("🎉🎉 Please check the colour.", locale="en-US")
    finding = report.findings[0]
    as_str = finding.to_dict()
    as_utf16 = finding.to_dict(utf16_text=report.text)
    assert as_utf16["start"] == as_str["start"] + 2
    assert (
        "🎉🎉 Please check the colour.".encode("utf-16-le")[
            as_utf16["start"] * 2 : as_utf16["end"] * 2
        ].decode("utf-16-le")
        == "colour"
    )
