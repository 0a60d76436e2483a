"""The pre-send hook: schema, policy, decisions, and the real ``chatwriter hook`` command."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from chatwriter import Linter
from chatwriter.errors import ConfigError
from chatwriter.guide.loader import load_config
from chatwriter.hook import (
    Hook,
    HookRequestError,
    Policy,
    parse_request,
    parse_request_bytes,
    request_schema,
    response_schema,
)
from tests.helpers import REPO, run_cli

CARD = "4111 1111 1111 1111"
RESPONSE = Draft202012Validator(response_schema())


@pytest.fixture(scope="module")
def hook(linter_us: Linter) -> Hook:
    return Hook(linter_us)


def decide(hook: Hook, **request) -> dict:
    response = hook.decide(parse_request(request))
    RESPONSE.validate(response)
    return response


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / ".chatwriter.yaml"
    path.write_text(body, encoding="utf-8")
    return path


# -- schemas ------------------------------------------------------------------------------
def test_published_schemas_are_the_generated_ones() -> None:
    for name, build in (("hook-request", request_schema), ("hook-response", response_schema)):
        published = json.loads((REPO / "docs" / "schema" / f"{name}.schema.json").read_text())
        assert published == build()
        Draft202012Validator.check_schema(published)


def test_request_errors_say_what_to_send() -> None:
    cases = {
        '{"locale": "en-US"}': "missing 'text'",
        '{"text": 1, "locale": "en-US"}': "'text' must be string",
        '{"text": "Hi", "locale": "en-US", "fixx": true}': "did you mean 'fix'?",
        '{"text": "Hi", "locale": "en-US", "fix": "yes"}': "'fix' must be boolean",
        '{"text": "Hi", "locale": "en-US", "conversation": [{"text": "a"}]}': "'conversation[0]' is missing 'role'",
        '{"text": "Hi", "locale": "en-US", "offsets": "utf8"}': '"str", "utf16"',
        '{"text": "\\ud800", "locale": "en-US"}': "unpaired UTF-16 surrogate",
        "[1, 2]": "must be a JSON object",
        "{nope": "not valid JSON",
        "": "empty",
    }
    for body, expected in cases.items():
        with pytest.raises(HookRequestError) as info:
            parse_request_bytes(body.encode())
        assert expected in info.value.message, (body, info.value.message)
    with pytest.raises(HookRequestError, match="not valid UTF-8"):
        parse_request_bytes(b'{"text": "caf\xe9", "locale": "en-US"}')


# -- decisions under the default policy -----------------------------------------------------
def test_card_number_blocks_and_reason_has_no_personal_data(hook: Hook) -> None:
    response = decide(hook, text=f"My card is {CARD}, can you check it?", locale="en-US", id=7)
    assert response["decision"] == "block"
    assert response["id"] == 7
    assert "card number" in response["reason"]
    assert "\n" not in response["reason"]
    assert "4111" not in response["reason"]
    pii = [f for f in response["findings"] if f["category"] == "pii"]
    assert pii and all("4111" not in f["match"] + f["message"] for f in pii)
    assert pii[0]["match"] == "**** **** **** ****"
    assert pii[0]["action"] == "block"
    # A blocked draft is not sent, so its echo is masked too (the caller has its own text).
    assert response["text"] == "My card is **** **** **** ****, can you check it?"
    assert response["changed"] is False and response["incomplete"] is False


def test_warning_warns_and_fix_rewrites(hook: Hook) -> None:
    draft = "Pls check ur settings!!!"
    warned = decide(hook, text=draft, locale="en-US")
    assert warned["decision"] == "warn"
    assert warned["text"] == draft and not warned["changed"]
    assert {f["rule"] for f in warned["findings"]} >= {"en.textspeak.shorthand"}
    assert warned["reason"].startswith("Check before sending: ")
    fixed = decide(hook, text=draft, locale="en-US", fix=True)
    assert fixed["decision"] == "allow"
    assert fixed["text"] == "Please check your settings!"
    assert fixed["changed"] is True and fixed["findings"] == []
    assert "safe fix" in fixed["reason"]


def test_fix_never_rewrites_away_a_block(hook: Hook) -> None:
    response = decide(hook, text=f"Pls send {CARD} now", locale="en-US", fix=True)
    assert response["decision"] == "block"
    assert response["text"].startswith("Please send ")
    assert response["findings"][0]["start"] == len("Please send ")  # offsets into returned text


def test_clean_reply_is_allowed(hook: Hook) -> None:
    response = decide(hook, text="Thanks for waiting, your refund is on its way.", locale="en-US")
    assert response["decision"] == "allow"
    assert response["findings"] == []
    assert response["reason"] == "No problems found."
    assert response["elapsed_ms"] >= 0


def test_utf16_offsets_for_javascript(hook: Hook) -> None:
    text = "😀 What color is it?"
    plain = decide(hook, text=text, locale="en-GB")["findings"][0]
    wide = decide(hook, text=text, locale="en-GB", offsets="utf16")["findings"][0]
    assert (plain["start"], plain["end"]) == (7, 12)
    assert (wide["start"], wide["end"]) == (8, 13)
    assert text.encode("utf-16-le")[16:26].decode("utf-16-le") == "color"


# -- policy from the company config ---------------------------------------------------------
def test_policy_from_config(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        "policy:\n"
        "  block:\n"
        "    categories: [pii, textspeak]\n"
        "  warn:\n"
        "    rules: [common.shouting.*]\n"
        "  autofix: true\n"
        "  on_failure: block\n",
    )
    loaded = load_config(config)
    policy = Policy.from_mapping(loaded.policy)
    assert policy.autofix and policy.on_failure == "block"
    hooked = Hook(Linter(locale="en-US", config=loaded))
    # autofix applies safe rewrites although the request did not ask; nothing is left
    fixed = decide(hooked, text="Pls check ur settings!!!", locale="en-US")
    assert fixed["changed"] and fixed["decision"] == "allow"
    # textspeak without a safe fix left to apply still blocks under this policy
    no_fix = Hook(hooked.linter, Policy.from_mapping({**loaded.policy, "autofix": False}))
    blocked = decide(no_fix, text="Pls check ur settings!!!", locale="en-US")
    assert blocked["decision"] == "block"
    actions = {f["rule"]: f["action"] for f in blocked["findings"]}
    assert actions == {
        "en.textspeak.shorthand": "block",
        "common.shouting.repeated-punctuation": "warn",
    }


def test_default_policy_selects_by_severity_at_or_above() -> None:
    policy = Policy.default()
    assert policy.block.categories == {"pii"}
    assert policy.block.severity.value == "error" and policy.warn.severity.value == "warning"
    assert policy.on_failure == "allow" and policy.autofix is False


def test_policy_mistakes_are_reported_at_file_and_line(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        "locale: en-US\npolicy:\n  block:\n    categories: [pi]\n  on_failure: maybe\n",
    )
    with pytest.raises(ConfigError) as info:
        load_config(config)
    text = str(info.value)
    assert ":4:" in text and "did you mean 'pii'?" in text
    assert ":5:" in text and "allow, block" in text


# -- the real console script ----------------------------------------------------------------
def hook_cli(request: dict | str | bytes, *args: str, cwd: Path | None = None):
    body = request if isinstance(request, (str, bytes)) else json.dumps(request)
    return run_cli("hook", "--isolated", *args, stdin=body, cwd=cwd)


def test_cli_acceptance_fix_exits_0_with_rewritten_text() -> None:
    proc = hook_cli({"text": "Pls check ur settings!!!", "locale": "en-US", "fix": True})
    assert proc.returncode == 0, proc.stderr
    response = json.loads(proc.stdout)
    RESPONSE.validate(response)
    assert response["text"] == "Please check your settings!"
    assert response["changed"] is True
    assert proc.stdout.count("\n") == 1  # one JSON line on stdout, human text on stderr
    assert "chatwriter: allow:" in proc.stderr


def test_cli_block_exits_1() -> None:
    proc = hook_cli({"text": f"My card is {CARD}", "locale": "en-US"})
    assert proc.returncode == 1
    response = json.loads(proc.stdout)
    assert response["decision"] == "block"
    assert "4111" not in response["reason"] and "4111" not in proc.stderr


def test_cli_utf16_offsets_flag() -> None:
    proc = hook_cli({"text": "😀 What color is it?", "locale": "en-GB"}, "--offsets", "utf16")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["findings"][0]["start"] == 8


def test_cli_errors_exit_2_with_empty_stdout() -> None:
    for body, expected in (
        ("{not json", "not valid JSON"),
        (b"\xff\xfe{}", "not valid UTF-8"),
        ('{"text": "Hi"}', "missing 'locale'"),
        ('{"text": "Hi", "locale": "xx-QQ"}', "unknown locale 'xx-QQ'"),
    ):
        proc = hook_cli(body)
        assert proc.returncode == 2, (body, proc.stdout, proc.stderr)
        assert proc.stdout == ""
        assert expected in proc.stderr


def test_cli_fail_closed_answers_block() -> None:
    proc = hook_cli('{"text": "Hi"}', "--fail-closed")
    assert proc.returncode == 1
    response = json.loads(proc.stdout)
    RESPONSE.validate(response)
    assert response["decision"] == "block" and response["incomplete"] is True
    assert "malformed" in response["reason"]


@pytest.mark.slow  # a fault test: it waits out a timeout (.ci/run runs the slow tier)
def test_cli_timeout_answers_incomplete_but_never_lets_a_card_through() -> None:
    proc = hook_cli({"text": "Pls check ur settings!!!", "locale": "en-US"}, "--timeout-ms", "1")
    assert proc.returncode == 0, proc.stderr
    response = json.loads(proc.stdout)
    RESPONSE.validate(response)
    assert response["incomplete"] is True and response["status"] == "timed_out"
    assert response["decision"] == "allow"  # fail-open by default
    assert response["text"] == "Pls check ur settings!!!"
    assert "timed out" in proc.stderr
    # Compiling the guides alone takes longer than 1 ms; the personal-data scan comes right
    # after it and is waited for, so a card number still blocks.
    proc = hook_cli({"text": f"Card: {CARD}", "locale": "en-US"}, "--timeout-ms", "1")
    assert proc.returncode == 1, proc.stderr
    response = json.loads(proc.stdout)
    assert response["decision"] == "block" and response["status"] == "timed_out"
    assert CARD not in proc.stdout


@pytest.mark.slow  # a fault test: it waits out a timeout (.ci/run runs the slow tier)
def test_cli_timeout_with_fail_closed_policy_blocks(tmp_path: Path) -> None:
    write_config(tmp_path, "policy:\n  on_failure: block\n")
    proc = run_cli(
        "hook",
        "--timeout-ms",
        "1",
        stdin=json.dumps({"text": "Hello", "locale": "en-US"}),
        cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["decision"] == "block"


def test_cli_uses_company_policy(tmp_path: Path) -> None:
    write_config(tmp_path, "policy:\n  block:\n    categories: [textspeak]\n")
    proc = run_cli("hook", stdin=json.dumps({"text": "Pls wait", "locale": "en-US"}), cwd=tmp_path)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["decision"] == "block"


def test_hook_is_thread_safe(hook: Hook) -> None:
    drafts = [
        ("Pls check ur settings!!!", "warn"),
        (f"Card {CARD}", "block"),
        ("Thanks, all sorted.", "allow"),
    ] * 20
    results: list[tuple[str, str]] = []

    def run(text: str, expected: str) -> None:
        results.append((decide(hook, text=text, locale="en-US")["decision"], expected))

    threads = [threading.Thread(target=run, args=d) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    assert len(results) == len(drafts)
    assert all(got == want for got, want in results)


# -- personal data first: kept when the rest of the check cannot finish ----------------------
def test_too_long_draft_is_checked_for_personal_data_only(linter_us: Linter) -> None:
    hook = Hook(linter_us, Policy.from_mapping({"max_chars": 200}))
    long_clean = "Thanks for waiting. " * 20
    answer = decide(hook, text=long_clean, locale="en-US")
    assert answer["status"] == "too_long" and answer["incomplete"] is True
    assert answer["decision"] == "allow" and "longer than 200 characters" in answer["reason"]
    assert answer["findings"] == []
    with_card = decide(hook, text=long_clean + f"Card: {CARD}", locale="en-US")
    assert with_card["status"] == "too_long" and with_card["decision"] == "block"
    assert [f["rule"] for f in with_card["findings"]] == ["common.pii.card-number"]
    assert CARD not in json.dumps(with_card)


def test_incomplete_answer_keeps_the_personal_data_found_first(linter_us: Linter) -> None:
    hook = Hook(linter_us)
    request = parse_request({"text": f"Pls send {CARD} now", "locale": "en-US"})
    private = hook.scan(request)
    assert [f.rule for f in private] == ["common.pii.card-number"]
    answer = hook.incomplete(request, private, time.perf_counter(), "timed_out", "too slow")
    RESPONSE.validate(answer)
    assert answer["decision"] == "block" and answer["status"] == "timed_out"
    assert answer["text"] == "Pls send **** **** **** **** now"
    nothing = hook.incomplete(
        parse_request({"text": "Hello", "locale": "en-US"}),
        [],
        time.perf_counter(),
        "timed_out",
        "x",
    )
    assert nothing["decision"] == "allow" and nothing["reason"].startswith("Not checked in full")


def test_fail_closed_policy_blocks_an_incomplete_check(linter_us: Linter) -> None:
    hook = Hook(linter_us, Policy.from_mapping({"on_failure": "block"}))
    request = parse_request({"text": "Hello there", "locale": "en-US"})
    answer = hook.incomplete(request, [], time.perf_counter(), "timed_out", "too slow")
    assert answer["decision"] == "block" and answer["reason"].endswith("fail closed.")
