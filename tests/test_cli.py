"""The CLI as a user runs it: through the installed console script, in a scratch directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

SAMPLE = "Please check the colour settings."


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A directory with no .chatwriter.yaml above it that we know of."""
    return tmp_path


def test_lint_json_reports_spelling_variant(scratch: Path) -> None:
    proc = run_cli("lint", "--locale", "en-US", "--format", "json", "-", stdin=SAMPLE, cwd=scratch)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"version", "results"}
    (result,) = doc["results"]
    assert set(result) == {"id", "locale", "findings", "fixed"}
    (finding,) = [f for f in result["findings"] if f["category"] == "spelling-variant"]
    assert finding["match"] == "colour"
    assert SAMPLE[finding["start"] : finding["end"]] == "colour"
    assert finding["suggestions"] == [{"text": "color", "applicability": "safe"}]
    assert set(finding) == {
        "rule", "category", "severity", "message", "start", "end", "line", "column", "match", "suggestions",
    }  # fmt: skip
    assert result["fixed"] == "Please check the color settings."


def test_fix_stdin_to_stdout_and_idempotent(scratch: Path) -> None:
    first = run_cli("fix", "--locale", "en-US", "-", stdin=SAMPLE, cwd=scratch)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "Please check the color settings."
    second = run_cli("fix", "--locale", "en-US", "-", stdin=first.stdout, cwd=scratch)
    assert second.stdout == first.stdout


def test_card_number_exits_1(scratch: Path) -> None:
    # The installed console script itself, in its own process.
    proc = run_cli(
        "lint",
        "--locale",
        "en-US",
        "-",
        stdin="My card is 4111 1111 1111 1111",
        cwd=scratch,
        process=True,
    )
    assert proc.returncode == 1
    assert "common.pii.card-number" in proc.stdout
    assert "<stdin>:1:12: error" in proc.stdout


def test_unknown_locale_exits_2_and_lists_known(scratch: Path) -> None:
    proc = run_cli("lint", "--locale", "xx-YY", "-", stdin="hello", cwd=scratch)
    assert proc.returncode == 2
    assert "xx-YY" in proc.stderr
    assert "en-GB" in proc.stderr and "en-US" in proc.stderr


@pytest.mark.parametrize("tag", ["EN_us", "en-us", "en_GB", "en-NZ"])
def test_locale_tags_any_case_and_fallback(scratch: Path, tag: str) -> None:
    proc = run_cli("lint", "--locale", tag, "-", stdin="Thanks!", cwd=scratch)
    assert proc.returncode == 0, proc.stderr


def test_broken_config_exits_2_with_file_and_line(scratch: Path) -> None:
    config = scratch / "broken.yaml"
    config.write_text("locale: en-GB\nseverity:\n  en.tone.*: loud\n", encoding="utf-8")
    proc = run_cli("lint", "--config", str(config), "-", stdin="hi", cwd=scratch)
    assert proc.returncode == 2
    assert f"{config}:3:14:" in proc.stderr
    assert "suggestion, warning, error" in proc.stderr


def test_config_found_upward(scratch: Path) -> None:
    (scratch / ".chatwriter.yaml").write_text("locale: en-GB\n", encoding="utf-8")
    sub = scratch / "a" / "b"
    sub.mkdir(parents=True)
    proc = run_cli("lint", "--format", "json", "-", stdin="What color is it?", cwd=sub)
    result = json.loads(proc.stdout)["results"][0]
    assert result["locale"] == "en-GB"
    assert result["fixed"] == "What colour is it?"
    isolated = run_cli(
        "lint", "--isolated", "--format", "json", "-", stdin="What color is it?", cwd=sub
    )
    assert json.loads(isolated.stdout)["results"][0]["locale"] == "en-US"


def test_jsonl_honours_each_locale(scratch: Path) -> None:
    lines = [
        {"id": "a", "text": "What color is it?", "locale": "en-GB"},
        {"id": "b", "text": "What colour is it?", "locale": "en-US"},
        {"id": "c", "text": "What colour is it?"},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    proc = run_cli(
        "lint",
        "--input",
        "jsonl",
        "--locale",
        "en-GB",
        "--format",
        "json",
        "-",
        stdin=stdin,
        cwd=scratch,
    )
    results = json.loads(proc.stdout)["results"]
    assert [r["id"] for r in results] == ["a", "b", "c"]
    assert [r["locale"] for r in results] == ["en-GB", "en-US", "en-GB"]
    assert [len(r["findings"]) for r in results] == [1, 1, 0]


def test_jsonl_malformed_line_exits_2(scratch: Path) -> None:
    proc = run_cli(
        "lint", "--input", "jsonl", "-", stdin='{"text": "ok"}\n{"txt": 1}\n', cwd=scratch
    )
    assert proc.returncode == 2
    assert "<stdin>:2:" in proc.stderr


def test_jsonl_with_an_unpaired_surrogate_escape_is_linted(scratch: Path) -> None:
    """JSON may escape a lone surrogate ("\\ud800"); the line is linted, not a traceback."""
    stdin = '{"text": "As I told you \\ud800 before"}\n{"text": "Thanks!"}\n'
    proc = run_cli("lint", "--input", "jsonl", "--format", "json", "-", stdin=stdin, cwd=scratch)
    assert proc.returncode == 0, proc.stderr  # a warning does not fail the run
    first, second = json.loads(proc.stdout)["results"]
    assert [f["rule"] for f in first["findings"]] == ["en.tone.reminder"]
    assert "\ufffd" in first["fixed"] and "surrogates" in first["skipped"][0]
    assert second["findings"] == [] and "skipped" not in second


def test_lines_input_reports_file_lines(scratch: Path) -> None:
    drafts = scratch / "drafts.txt"
    drafts.write_text("All good here.\n\nPlease check the colour.\n", encoding="utf-8")
    proc = run_cli("lint", "--input", "lines", "--locale", "en-US", str(drafts), cwd=scratch)
    assert f"{drafts}:3:18: warning en.spelling-us.british-spelling" in proc.stdout


def test_fix_file_in_place_and_diff(scratch: Path) -> None:
    draft = scratch / "reply.txt"
    draft.write_text("Pls check the colour.\n", encoding="utf-8")
    diff = run_cli("fix", "--diff", "--locale", "en-US", str(draft), cwd=scratch)
    assert "-Pls check the colour." in diff.stdout and "+Please check the color." in diff.stdout
    assert draft.read_text(encoding="utf-8") == "Pls check the colour.\n"
    proc = run_cli("fix", "--locale", "en-US", str(draft), cwd=scratch)
    assert proc.returncode == 0, proc.stderr
    assert draft.read_text(encoding="utf-8") == "Please check the color.\n"
    assert not [p for p in scratch.iterdir() if p.name.endswith(".tmp")]


def test_fix_refuses_non_utf8_file_and_leaves_it(scratch: Path) -> None:
    draft = scratch / "latin1.txt"
    draft.write_bytes("caf\xe9 colour".encode("latin-1"))
    proc = run_cli("fix", "--locale", "en-US", str(draft), cwd=scratch)
    assert proc.returncode == 2
    assert draft.read_bytes() == "caf\xe9 colour".encode("latin-1")


def test_lint_binary_stdin_does_not_crash(scratch: Path) -> None:
    proc = run_cli("lint", "-", stdin=bytes(range(256)) * 4, cwd=scratch, process=True)
    assert proc.returncode in (0, 1), proc.stderr


def test_fail_on_warning(scratch: Path) -> None:
    proc = run_cli(
        "lint", "--locale", "en-US", "--fail-on", "warning", "-", stdin=SAMPLE, cwd=scratch
    )
    assert proc.returncode == 1


def test_sarif_and_github_formats(scratch: Path) -> None:
    sarif = run_cli(
        "lint", "--locale", "en-US", "--format", "sarif", "-", stdin=SAMPLE, cwd=scratch
    )
    assert json.loads(sarif.stdout)["version"] == "2.1.0"
    github = run_cli(
        "lint", "--locale", "en-US", "--format", "github", "-", stdin=SAMPLE, cwd=scratch
    )
    assert github.stdout.startswith("::warning file=<stdin>,line=1,col=18,")


def test_rules_locales_schema_doctor_validate(scratch: Path) -> None:
    rules = run_cli("rules", "--locale", "en-GB", "--format", "json", cwd=scratch)
    ids = {r["id"] for r in json.loads(rules.stdout)}
    assert "en.spelling-gb.american-spelling" in ids and "common.pii.card-number" in ids
    locales = run_cli("locales", cwd=scratch)
    assert "en-US" in locales.stdout and "English (United Kingdom)" in locales.stdout
    schema = json.loads(run_cli("schema", "guide", cwd=scratch).stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    doctor = run_cli("doctor", "--locale", "en-US", cwd=scratch)
    assert doctor.returncode == 0 and "pipelines:" in doctor.stdout
    assert "language detector: py3langid for en.language.wrong-language" in doctor.stdout
    # a built-in guide named as a path is the catalog's own file, not a second copy of it;
    # the rule examples themselves run in tests/test_rule_examples.py, one locale per test
    guide = str(Path(__file__).resolve().parents[1] / "rules" / "fr" / "spelling.yaml")
    validate = run_cli("validate", "--isolated", "--no-examples", guide, cwd=scratch)
    assert validate.returncode == 0, validate.stderr
    assert "1 guide file(s)" in validate.stdout and "all valid" in validate.stdout
    assert "examples" not in validate.stdout


def test_jobs_give_the_same_results_in_order(scratch: Path) -> None:
    drafts = scratch / "many.txt"
    lines = [
        f"Reply {i}: please check the colour." if i % 3 else f"Reply {i}: all good."
        for i in range(1200)
    ]
    drafts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = (
        "lint",
        "--isolated",
        "--input",
        "lines",
        "--format",
        "jsonl",
        "--locale",
        "en-US",
        str(drafts),
    )
    one = run_cli(*args, cwd=scratch)
    two = run_cli(*args, "--jobs", "2", cwd=scratch)
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    results = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["id"] for r in results] == [f"{drafts}:{i + 1}" for i in range(1200)]
    assert sum(1 for r in results if r["findings"]) == 800


def test_explain_prints_why_a_rule_exists(scratch: Path) -> None:
    proc = run_cli("explain", "en.spelling-us.british-spelling", "--isolated", cwd=scratch)
    assert proc.returncode == 0, proc.stderr
    assert "spelling-variant" in proc.stdout and "Flags:" in proc.stdout
    assert "Used in: " in proc.stdout and "en-US" in proc.stdout
    as_json = run_cli("explain", "common.pii.iban", "--format", "json", "--isolated", cwd=scratch)
    data = json.loads(as_json.stdout)
    assert data["category"] == "pii" and data["examples"]["bad"]
    assert data["source"].endswith(".yaml:" + data["source"].rsplit(":", 1)[1])
    unknown = run_cli("explain", "en.tone.blam", "--isolated", cwd=scratch)
    assert unknown.returncode == 2 and "did you mean en.tone.blame" in unknown.stderr
