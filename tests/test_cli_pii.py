"""Personal data in the CLI's outputs (issue 18): masked by default in every --format, for
every kind of input and in `fix --diff`; `--show-pii` (old name `--show-personal-data`,
hidden) prints it for a local investigation; the hook and the server have no such switch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chatwriter.cli import main
from chatwriter.formats import FORMATS
from chatwriter.hook import HookRequestError, parse_request
from tests.helpers import run_cli

CARD = "4111 1111 1111 1111"
IBAN = "DE89370400440532013000"
PASSWORD = "Lagoon4417"
# A card number, an IBAN and a password, with findings around them (textspeak, shouting).
DRAFT = (
    f"Pls note: your card {CARD} is saved. SEND THE REFUND TO {IBAN} TODAY. "
    f"Your password is {PASSWORD}, change it after you log in."
)
SECRETS = (CARD, CARD.replace(" ", ""), IBAN, IBAN.lower(), PASSWORD, PASSWORD.lower())
BASE = ("lint", "--isolated", "--locale", "en-US")


def _leaks(output: str) -> list[str]:
    return [s for s in SECRETS if s in output]


def _inputs(mode: str) -> tuple[str, ...]:
    if mode == "jsonl":
        return ("--input", "jsonl")
    return ("--input", mode)


def _stdin(mode: str) -> str:
    if mode == "jsonl":
        turn = {"role": "customer", "text": "Where is my refund?"}
        return json.dumps({"id": "m1", "text": DRAFT, "conversation": [turn]}) + "\n"
    return DRAFT + "\n"


@pytest.mark.parametrize("mode", ["text", "lines", "jsonl"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_masks_cards_ibans_and_passwords(fmt: str, mode: str) -> None:
    proc = run_cli(*BASE, *_inputs(mode), "--format", fmt, "-", stdin=_stdin(mode))
    assert proc.returncode == 1, proc.stderr  # the personal data is still found (errors)
    assert "common.pii.card-number" in proc.stdout
    assert "common.pii.iban" in proc.stdout and "common.pii.password" in proc.stdout
    assert _leaks(proc.stdout + proc.stderr) == []


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_statistics_mask_too(fmt: str) -> None:
    proc = run_cli(*BASE, "--statistics", "--format", fmt, "-", stdin=DRAFT)
    assert proc.returncode == 1
    assert "common.pii.password" in proc.stdout and _leaks(proc.stdout) == []


@pytest.mark.parametrize("flag", ["--show-pii", "--show-personal-data"])
def test_show_pii_prints_it_in_clear(flag: str) -> None:
    proc = run_cli(*BASE, "--format", "json", flag, "-", stdin=DRAFT)
    matches = [f["match"] for r in json.loads(proc.stdout)["results"] for f in r["findings"]]
    assert CARD in matches and IBAN in matches and PASSWORD in matches


def test_show_pii_is_documented_and_the_old_name_hidden() -> None:
    text = CliRunner().invoke(main, ["lint", "--help"], terminal_width=200).output
    assert "--show-pii" in text
    assert "--show-personal-data" not in text


def test_fix_diff_masks_personal_data_unless_asked(tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_text(f"Pls use the card {CARD} for the colour upgrade.\n", encoding="utf-8")
    proc = run_cli("fix", "--diff", "--isolated", "-l", "en-US", str(draft), cwd=tmp_path)
    assert proc.returncode == 1
    assert "-Pls use the card **** **** **** **** for the colour upgrade." in proc.stdout
    assert "+Please use the card **** **** **** **** for the color upgrade." in proc.stdout
    assert _leaks(proc.stdout) == []
    shown = run_cli(
        "fix", "--diff", "--show-pii", "--isolated", "-l", "en-US", str(draft), cwd=tmp_path
    )
    assert shown.returncode == 1 and f"+Please use the card {CARD} for" in shown.stdout


@pytest.mark.parametrize("command", ["hook", "serve"])
@pytest.mark.parametrize("flag", ["--show-pii", "--show-personal-data"])
def test_hook_and_server_have_no_such_switch(command: str, flag: str) -> None:
    result = CliRunner().invoke(main, [command, flag])
    assert result.exit_code == 2 and "No such option" in result.output
    assert flag not in CliRunner().invoke(main, [command, "--help"]).output


@pytest.mark.parametrize("field", ["show_pii", "show_personal_data", "unmask"])
def test_requests_cannot_ask_for_it_either(field: str) -> None:
    # The hook, /v1/hook and /v1/check read requests through the same schema.
    with pytest.raises(HookRequestError, match="unknown field"):
        parse_request({"text": DRAFT, "locale": "en-US", field: True})
