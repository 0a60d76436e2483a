"""JSON lines in and out (issue 18): positions inside the JSON line (GitHub annotations, the
text format, SARIF), escapes counted; `fix --input jsonl` (and its --diff) compares and
rewrites the ``text`` value only, never the JSON formatting around it; lines are split at
\\n only, as JSON strings may hold U+2028 unescaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chatwriter import Linter
from chatwriter.formats import Locator, Result, get_writer
from chatwriter.inputs import TextColumns, json_lines, text_value_span
from tests.helpers import run_cli

BASE = ("--isolated", "--locale", "en-US", "--input", "jsonl")
# Escapes before the findings: \u00e9 (6 characters in the line, 1 in the text), \" and \n.
ESCAPED = (
    '{"id": "m1", "conversation": [ {"role": "customer",  "text": "Any news?"} ], '
    '"text": "Caf\\u00e9 \\"Aurora\\" here.\\nPls check the colour settings."}'
)
# Clean, but spaced and escaped in ways json.dumps would not write.
CLEAN_SPACED = (
    '{ "text" :  "Please check the color settings, Ren\\u00e9." ,'
    ' "conversation":[{"role":"customer","text":"hello   there"}]}'
)
CLEAN_RAW = '{"text":"Thanks, the café is open.","conversation":[]}'


def _annotations(stdout: str) -> list[dict[str, str]]:
    out = []
    for line in stdout.splitlines():
        m = re.match(r"::(\w+) (.*?)::", line)
        assert m, line
        out.append(dict(p.split("=", 1) for p in m.group(2).split(",")))
    return out


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "messages.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


# -- positions ------------------------------------------------------------------------------
def test_github_columns_are_inside_the_json_line(tmp_path: Path) -> None:
    path = _write(tmp_path, CLEAN_RAW, ESCAPED)
    proc = run_cli("lint", *BASE, "--format", "github", str(path))
    found = {a["title"]: a for a in _annotations(proc.stdout)}
    shorthand = found["en.textspeak.shorthand"]
    spelling = found["en.spelling-us.british-spelling"]
    for annotation, word in ((shorthand, "Pls"), (spelling, "colour")):
        assert annotation["line"] == "2"  # the JSON line, not a line of the text
        assert "endLine" not in annotation
        start, end = int(annotation["col"]), int(annotation["endColumn"])
        assert ESCAPED[start - 1 : end - 1] == word


def test_text_format_points_at_the_json_line_too(tmp_path: Path) -> None:
    path = _write(tmp_path, CLEAN_RAW, ESCAPED)
    proc = run_cli("lint", *BASE, str(path))
    column = ESCAPED.index("Pls") + 1
    assert f"messages.jsonl:2:{column}: warning en.textspeak.shorthand" in proc.stdout


def test_plain_text_positions_are_unchanged(linter_us: Linter) -> None:
    report = linter_us.lint("Hello,\nPls check the colour.")
    where = Locator(Result("reply.txt", 3, report))
    for f in report.findings:
        assert where.position(f.start) == (3 + f.line - 1, f.column)
    out = get_writer("github")([Result("reply.txt", 3, report)])
    assert "line=4,col=1,endColumn=4" in out


@pytest.mark.parametrize(
    "line",
    [
        '{"text": "Pls go"}',
        '{"text": "\\ud83d\\ude00 \\u00e9\\/\\t\\\\ Pls go", "id": 7}',
        '{"conversation": [{"role": "agent", "text": "Pls"}], "text": "a\\"b Pls go"}',
        '{"text": "old", "text": "\\u0050ls go"}',  # the parser keeps the last one
        '{"te\\u0078t": "Pls go"}',  # an escaped key is still "text"
    ],
)
def test_every_text_offset_maps_to_its_character(line: str) -> None:
    text = json.loads(line)["text"]
    columns = TextColumns(line, text)
    assert columns.exact
    start, end = text_value_span(line)
    assert json.loads(line[start:end]) == text
    for offset, char in enumerate(text):
        raw = line[columns.index(offset) :]
        decoded, _ = json.JSONDecoder().raw_decode('"' + raw)  # from here to the closing quote
        assert decoded.startswith(char), (offset, raw)
    assert line[columns.index(len(text))] == '"'


def test_a_line_that_does_not_read_back_gives_the_value_start(linter_us: Linter) -> None:
    # Should the line not decode to the report's text, every position is the opening quote
    # of the text value (and SARIF and GitHub give no end, nor a fix).
    line = '{"id": 1, "text": "Pls go"}'
    report = linter_us.lint("Please, Pls go")
    result = Result("m.jsonl", 4, report, raw=line)
    where = Locator(result)
    assert not where.exact
    quote = line.index('"Pls') + 1
    assert where.position(report.findings[0].start) == (4, quote)
    github = get_writer("github")([result])
    assert f"line=4,col={quote},title=" in github
    sarif = json.loads(get_writer("sarif")([result]))
    entry = sarif["runs"][0]["results"][0]
    assert "fixes" not in entry
    assert set(entry["locations"][0]["physicalLocation"]["region"]) == {
        "startLine",
        "startColumn",
        "snippet",
    }


def test_json_lines_split_at_newline_only(tmp_path: Path) -> None:
    assert json_lines("a\nb\r\nc\u2028d\x0ce\n") == ["a", "b", "c\u2028d\x0ce"]
    assert json_lines("a\nb", keepends=True) == ["a\n", "b"]
    # A text with a raw U+2028 is one message on one line; the next line keeps its number.
    first = '{"text": "Line one\u2028Pls check it."}'
    path = _write(tmp_path, first, '{"text": "Pls check the colour."}')
    proc = run_cli("lint", *BASE, "--format", "github", str(path))
    lines = sorted((a["line"], a["title"]) for a in _annotations(proc.stdout))
    assert lines == [
        ("1", "en.textspeak.shorthand"),
        ("2", "en.spelling-us.british-spelling"),
        ("2", "en.textspeak.shorthand"),
    ]


# -- fix --input jsonl --------------------------------------------------------------------------
def test_diff_compares_texts_not_json_formatting(tmp_path: Path) -> None:
    path = _write(tmp_path, CLEAN_SPACED, ESCAPED, CLEAN_RAW)
    proc = run_cli("fix", "--diff", *BASE, str(path))
    assert proc.returncode == 1, proc.stderr
    removed = [x for x in proc.stdout.splitlines() if x.startswith("-") and not x.startswith("---")]
    added = [x for x in proc.stdout.splitlines() if x.startswith("+") and not x.startswith("+++")]
    assert removed == ["-" + ESCAPED]
    # Only the text value changed; its escapes and everything around it are as written.
    assert added == ["+" + ESCAPED.replace("Pls", "Please").replace("colour", "color")]


def test_diff_of_clean_lines_with_other_spacing_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path, CLEAN_SPACED, CLEAN_RAW)
    proc = run_cli("fix", "--diff", *BASE, str(path))
    assert (proc.returncode, proc.stdout) == (0, "")


def test_fix_rewrites_the_text_value_only(tmp_path: Path) -> None:
    raw_line = '{"text": "Pls see the café\u2028menu", "conversation": [ ]}'
    path = _write(tmp_path, CLEAN_SPACED, ESCAPED, raw_line)
    proc = run_cli("fix", *BASE, str(path))
    assert proc.returncode == 0, proc.stderr
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == CLEAN_SPACED
    assert lines[1] == ESCAPED.replace("Pls", "Please").replace("colour", "color")
    # Non-ASCII stays as written; U+2028 is escaped, so no tool breaks the line there.
    assert lines[2] == '{"text": "Please see the café\\u2028menu", "conversation": [ ]}'
    assert lines[3] == "" and len(lines) == 4
    assert json.loads(lines[2])["text"] == "Please see the café\u2028menu"
