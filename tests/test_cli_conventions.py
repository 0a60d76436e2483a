"""Command-line conventions ruff users expect (issue 18): fix --diff's exit code, --select and
--ignore, --statistics, --quiet, --color with NO_COLOR/FORCE_COLOR, examples in --help, and
shell completion."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from chatwriter.cli import main
from tests.helpers import REPO, chatwriter_exe, run_cli

# One warning each from two rules with safe fixes (textspeak, US spelling).
TWO_RULES = "Pls check the colour settings."
CARD = "4111 1111 1111 1111"
WITH_CARD = f"Pls check the colour settings, my card is {CARD}."
BASE = ("--isolated", "--locale", "en-US")


def lint(*args: str, stdin: str = TWO_RULES, cwd: Path | None = None):
    return run_cli("lint", *BASE, *args, "-", stdin=stdin, cwd=cwd)


def rules_in(stdout: str) -> list[str]:
    """The rule ids of a text-format run, in order."""
    return re.findall(r"^\S+:\d+:\d+: \w+ (\S+) ", stdout, flags=re.MULTILINE)


def json_rules(stdout: str) -> list[str]:
    return [f["rule"] for r in json.loads(stdout)["results"] for f in r["findings"]]


# -- fix --diff ------------------------------------------------------------------------------
def test_fix_diff_exits_1_when_something_would_change_and_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_text("Pls check the colour.\n", encoding="utf-8")
    proc = run_cli("fix", "--diff", *BASE, str(draft), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "-Pls check the colour." in proc.stdout and "+Please check the color." in proc.stdout
    assert draft.read_text(encoding="utf-8") == "Pls check the colour.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reply.txt"]  # no temporary file


def test_fix_diff_exits_0_when_nothing_would_change(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Please check the color settings.\n", encoding="utf-8")
    proc = run_cli("fix", "--diff", *BASE, str(clean), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_fix_diff_on_clean_jsonl_keeps_lines_as_written(tmp_path: Path) -> None:
    # An unchanged line is not re-serialised: spacing inside the JSON is no change.
    clean = tmp_path / "replies.jsonl"
    line = '{"text":  "Please check the color settings.",   "conversation": []}\n'
    clean.write_text(line, encoding="utf-8")
    proc = run_cli("fix", "--diff", *BASE, "--input", "jsonl", str(clean), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_fix_diff_on_stdin_exits_1() -> None:
    proc = run_cli("fix", "--diff", *BASE, "-", stdin=TWO_RULES)
    assert proc.returncode == 1
    assert proc.stdout.startswith("--- a/<stdin>\n+++ b/<stdin>\n")


# -- --select / --ignore ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "selectors",
    [
        ("--select", "category:spelling-variant"),
        ("--select", "spelling-variant"),  # a bare category name
        ("--select", "en.spelling-us"),  # an id prefix of whole dotted parts
        ("--select", "en.spell*"),  # a glob
        ("--select", "en.spelling-us.british-spelling"),  # the id
        ("--ignore", "textspeak"),
        ("--ignore", "en.textspeak.*"),
    ],
)
def test_selectors_of_every_form(selectors: tuple[str, str]) -> None:
    proc = lint(*selectors)
    assert proc.returncode == 0, proc.stderr
    assert rules_in(proc.stdout) == ["en.spelling-us.british-spelling"]
    assert "1 finding" in proc.stdout


def test_prefixes_are_whole_dotted_parts() -> None:
    # 'en.spelling' is not a prefix of 'en.spelling-us.british-spelling' (that is a glob's job):
    # it names no rule, which is a usage error that offers the glob.
    proc = lint("--select", "en.textspeak,en.spelling")
    assert proc.returncode == 2
    assert "--select en.spelling names no rule and no category" in proc.stderr
    assert "did you mean 'en.spelling*'?" in proc.stderr
    proc = lint("--select", "en.spelling-u")
    assert proc.returncode == 2


def test_repeatable_and_comma_separated_agree() -> None:
    text = "Pls check the colour settings!!"
    repeated = lint("--select", "textspeak", "--select", "spelling-variant", stdin=text)
    commas = lint("--select", "textspeak, spelling-variant", stdin=text)
    assert repeated.stdout == commas.stdout
    assert rules_in(commas.stdout) == ["en.textspeak.shorthand", "en.spelling-us.british-spelling"]
    assert rules_in(lint(stdin=text).stdout) != rules_in(commas.stdout)  # the !! went


def test_ignore_wins_over_select() -> None:
    proc = lint("--select", "en", "--ignore", "en.textspeak.shorthand")
    assert rules_in(proc.stdout) == ["en.spelling-us.british-spelling"]
    proc = lint("--select", "textspeak", "--ignore", "category:textspeak")
    assert rules_in(proc.stdout) == []
    assert "All checks passed!" in proc.stdout


def test_same_selectors_as_the_config_disable(tmp_path: Path) -> None:
    config = tmp_path / "team.yaml"
    config.write_text("disable:\n  - en.textspeak.*\n", encoding="utf-8")
    by_config = run_cli("lint", "--config", str(config), "-l", "en-US", "-", stdin=TWO_RULES)
    by_option = lint("--ignore", "en.textspeak.*")
    assert rules_in(by_config.stdout) == rules_in(by_option.stdout)


@pytest.mark.parametrize(
    "selectors",
    [
        ("--ignore", "common"),  # a broad prefix
        ("--ignore", "*"),
        ("--ignore", "common.*"),
        ("--select", "en.textspeak"),  # selecting something else
        ("--select", "spelling-variant", "--ignore", "common"),
    ],
)
def test_personal_data_is_never_dropped_by_a_broad_selector(selectors: tuple[str, ...]) -> None:
    proc = lint(*selectors, stdin=WITH_CARD)
    assert proc.returncode == 1  # the card number is still an error
    assert "common.pii.card-number" in rules_in(proc.stdout)
    assert "note: personal data is reported although not selected" in proc.stderr


@pytest.mark.parametrize(
    "ignored", ["pii", "category:pii", "common.pii", "common.pii.*", "common.pii.card-number"]
)
def test_personal_data_is_dropped_when_named(ignored: str) -> None:
    proc = lint("--ignore", ignored, "--format", "json", stdin=WITH_CARD)
    assert proc.returncode == 0, proc.stderr
    assert "common.pii.card-number" not in json_rules(proc.stdout)
    # Still found, so still masked: the number appears nowhere in the output.
    assert CARD not in proc.stdout and "**** **** **** ****" in proc.stdout
    assert "note:" not in proc.stderr


def test_selection_decides_the_exit_code() -> None:
    assert lint("--fail-on", "warning").returncode == 1
    assert lint("--fail-on", "warning", "--ignore", "en").returncode == 0


def test_fixed_in_json_follows_the_selection() -> None:
    proc = lint("--format", "json", "--select", "textspeak")
    (result,) = json.loads(proc.stdout)["results"]
    assert result["fixed"] == "Please check the colour settings."


def test_fix_applies_only_selected_rules(tmp_path: Path) -> None:
    proc = run_cli("fix", *BASE, "--select", "textspeak", "-", stdin=TWO_RULES)
    assert proc.stdout == "Please check the colour settings."
    proc = run_cli("fix", *BASE, "--ignore", "en.textspeak", "-", stdin=TWO_RULES)
    assert proc.stdout == "Pls check the color settings."
    draft = tmp_path / "reply.txt"
    draft.write_text("Pls check the colour.\n", encoding="utf-8")
    proc = run_cli("fix", *BASE, "--diff", "--ignore", "textspeak,spelling-variant", str(draft))
    assert (proc.returncode, proc.stdout) == (0, "")


@pytest.mark.parametrize("selector", ["en.tonee", "category:tones", "spellling"])
def test_a_selector_that_names_nothing_is_a_usage_error(selector: str) -> None:
    proc = lint("--ignore", selector)
    assert proc.returncode == 2
    assert selector in proc.stderr and "names no rule and no category" in proc.stderr


def test_a_selector_of_another_language_is_accepted() -> None:
    # A team may pass the same flags for every locale's files.
    proc = lint("--ignore", "de.tone,fr.textspeak")
    assert proc.returncode == 0, proc.stderr
    assert len(rules_in(proc.stdout)) == 2


def test_selection_unit() -> None:
    from chatwriter.selection import Selection

    sel = Selection.parse(["tone, en.spelling*", "common.pii.iban"], ["en.tone.blame", " "])
    assert sel.select == ("tone", "en.spelling*", "common.pii.iban")
    assert sel.ignore == ("en.tone.blame",)
    assert sel.wants("de.tone.reminder", "tone")
    assert not sel.wants("en.tone.blame", "tone")
    assert sel.wants("en.spelling-gb.american-spelling", "spelling-variant")
    assert not sel.wants("en.textspeak.shorthand", "textspeak")
    assert sel.wants("common.pii.card-number", "pii")  # personal data stays on
    assert not Selection()
    assert Selection().wants("en.textspeak.shorthand", "textspeak")


# -- --statistics ----------------------------------------------------------------------------
def test_statistics_one_line_per_rule_by_count_then_id() -> None:
    text = "Pls check the colour. Pls see the colour of the catalogue, thx."
    proc = lint("--statistics", stdin=text)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    rows = [re.fullmatch(r" *(\d+) (\S+) +(error|warning|suggestion)", line) for line in lines[:-1]]
    assert all(rows), lines
    counts = [(int(m.group(1)), m.group(2)) for m in rows if m]
    assert counts == sorted(counts, key=lambda c: (-c[0], c[1]))
    assert counts[0][0] >= 2 and len(counts) >= 2
    assert lines[0].startswith("   ")  # right-aligned counts, as ruff prints them
    assert lines[-1].startswith("Found ")
    assert sum(c for c, _ in counts) == int(lines[-1].split()[1])
    # Same width for every severity column.
    assert len({len(line) - len(line.split()[-1]) for line in lines[:-1]}) == 1


def test_statistics_keep_the_exit_code_and_the_selection() -> None:
    proc = lint("--statistics", "--ignore", "textspeak", stdin=WITH_CARD)
    assert proc.returncode == 1
    assert [line.split()[1] for line in proc.stdout.splitlines()[:-1]] == [
        "common.pii.card-number",
        "en.spelling-us.british-spelling",
    ]
    assert CARD not in proc.stdout


def test_statistics_as_json_and_not_for_other_formats() -> None:
    proc = lint("--statistics", "--format", "json")
    doc = json.loads(proc.stdout)
    assert set(doc) == {"version", "statistics"}
    assert {s["rule"] for s in doc["statistics"]} == {
        "en.textspeak.shorthand",
        "en.spelling-us.british-spelling",
    }
    assert all(s["count"] == 1 and s["fixable"] == 1 for s in doc["statistics"])
    assert lint("--statistics", "--format", "sarif").returncode == 2


# -- --quiet ---------------------------------------------------------------------------------
def test_quiet_prints_the_findings_only() -> None:
    loud = lint()
    quiet = lint("-q")
    assert loud.stdout.splitlines()[:-1] == quiet.stdout.splitlines()
    assert "Found" not in quiet.stdout
    assert lint("--quiet", stdin="Please check the color settings.").stdout == ""
    stats = lint("--statistics", "-q")
    assert len(stats.stdout.splitlines()) == 2


def test_quiet_drops_notes_but_not_the_exit_code() -> None:
    args = ("--select", "textspeak", "--languagetool-url", "http://127.0.0.1:9")
    loud = lint(*args, stdin=WITH_CARD)
    assert "note: grammar" in loud.stderr and "note: personal data" in loud.stderr
    quiet = lint(*args, "-q", stdin=WITH_CARD)
    assert "note:" not in quiet.stderr
    assert quiet.returncode == loud.returncode == 1


def test_quiet_fix_does_not_name_the_files(tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_text("Pls check the colour.\n", encoding="utf-8")
    proc = run_cli("fix", *BASE, "-q", str(draft))
    assert proc.returncode == 0 and proc.stderr == ""
    assert draft.read_text(encoding="utf-8") == "Please check the color.\n"


# -- --color ---------------------------------------------------------------------------------
ESC = "\x1b["


def colour_run(*args: str, env: dict[str, str | None]) -> str:
    """stdout of an in-process lint (not a terminal) with exactly these colour variables."""
    full = {"NO_COLOR": None, "FORCE_COLOR": None, **env}
    result = CliRunner().invoke(main, ["lint", *BASE, *args, "-"], input=TWO_RULES, env=full)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ((), {}, False),  # not a terminal
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"FORCE_COLOR": "0"}, True),  # any non-empty value (force-color.org)
        ((), {"FORCE_COLOR": ""}, False),
        ((), {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR wins
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # the option wins over both
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        (("--color", "auto"), {"FORCE_COLOR": "1"}, True),
        (("--color", "always", "--format", "json"), {}, False),  # text output only
        (("--color", "always", "--statistics"), {}, True),
    ],
)
def test_colour_choice(args: tuple[str, ...], env: dict[str, str | None], coloured: bool) -> None:
    assert (ESC in colour_run(*args, env=env)) is coloured


def test_auto_colours_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from chatwriter.cli_output import use_color

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert use_color("auto", Terminal())  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color("auto", Terminal())  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "")  # empty counts as unset (no-color.org)
    assert use_color("auto", Terminal())  # type: ignore[arg-type]


@pytest.mark.slow  # a real console script: a second of start-up
def test_force_color_through_the_console_script(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    for extra, coloured in (({"FORCE_COLOR": "1"}, True), ({}, False)):
        proc = subprocess.run(
            [chatwriter_exe(), "fix", "--diff", *BASE, "-"],
            input=TWO_RULES,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**env, **extra},
            timeout=120,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        assert (ESC in proc.stdout) is coloured


# -- --help ----------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["lint", "fix", "hook", "serve"])
def test_help_shows_examples_unwrapped(command: str) -> None:
    proc = run_cli(command, "--help")
    assert proc.returncode == 0
    examples = proc.stdout.split("Examples:\n", 1)[1].splitlines()
    commands = [line for line in examples if line.startswith("    chatwriter ")]
    commands += [line for line in examples if "| chatwriter " in line]
    assert 2 <= len(commands) <= 4, proc.stdout
    assert any(f"chatwriter {command}" in line for line in commands)


def test_format_help_lists_the_formats() -> None:
    text = " ".join(run_cli("lint", "--help").stdout.split())
    for name in ("text:", "json:", "jsonl:", "sarif:", "github:"):
        assert name in text


# -- shell completion ------------------------------------------------------------------------
def test_completion_variable_follows_the_console_script_name(tmp_path: Path) -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    scripts = pyproject.split("[project.scripts]\n", 1)[1].split("\n\n", 1)[0]
    assert scripts.strip() == 'chatwriter = "chatwriter.cli:main"'  # so _CHATWRITER_COMPLETE
    env = {**os.environ, "_CHATWRITER_COMPLETE": "bash_source"}
    proc = subprocess.run(
        [chatwriter_exe()], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert proc.returncode == 0
    assert "complete -o nosort -F _chatwriter_completion chatwriter" in proc.stdout
    env = {
        **os.environ,
        "_CHATWRITER_COMPLETE": "bash_complete",
        "COMP_WORDS": "chatwriter lint --ignore tone,spell",
        "COMP_CWORD": "3",
    }
    proc = subprocess.run(
        [chatwriter_exe()], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert proc.stdout.split() == ["plain,tone,spelling-variant", "plain,tone,spelling"]
