"""tools/regional_quality.py: reading the regional blind set and scoring safe fixes.

The figures themselves live in docs/regional-quality.md; here the tool's reading and
scoring are checked on small files, and the committed set must parse.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import REPO, load_tool

TOOL = load_tool("regional_quality")


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.mark.parametrize("name", ["heldout", "dev"])
def test_committed_set_parses(name: str) -> None:
    files = sorted((REPO / "tests" / "regional" / name).glob("*.jsonl"))
    assert len(files) >= 15
    for path in files:
        drafts = TOOL.read_drafts(path)
        problems = [d for d in drafts if d.expect]
        assert problems and all(d.fixed and d.fixed != d.text for d in problems), path


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ({"expect": []}, "needs a 'text' string"),
        ({"text": "Hi", "expect": ["tone"]}, "must be one of"),
        ({"text": "Hi", "expect": ["format", "grammar"]}, "must be [] or one category"),
        ({"text": "Hi", "expect": ["format"], "fixed": 3}, "'fixed' must be a string"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path: Path, row: dict, says: str) -> None:
    path = _write(tmp_path / "en-GB.jsonl", [{"text": "Fine.", "expect": []}, row])
    with pytest.raises(ValueError) as info:
        TOOL.read_drafts(path)
    assert f"{path}:2:" in str(info.value) and says in str(info.value)


def test_safe_fixes_are_scored_exact_left_alone_or_other(tmp_path: Path) -> None:
    text = "Please check the color settings."
    rows = [
        {"text": text, "expect": ["spelling-variant"], "fixed": text.replace("color", "colour")},
        # the writer wanted another word: the safe fix is then counted as other
        {"text": text, "expect": ["spelling-variant"], "fixed": text.replace("color", "hue")},
        {"text": "Your refund of £12.50 is on its way.", "expect": []},
    ]
    result = TOOL.evaluate("en-GB", TOOL.read_drafts(_write(tmp_path / "en-GB.jsonl", rows)), "")
    exact, other, clean = result.outcomes
    assert exact.hit and exact.fix_kind == "exact"
    assert other.hit and other.fix_kind == "other"
    assert not clean.found and clean.fix_kind == "none"
    table = TOOL.render([result], "python tools/regional_quality.py")
    assert "| en-GB | 3 | – | 2/2 (100%) |" in table
    assert "| 1/2 (50%) | 1 | 0 |" in table
    assert "were not run" in table  # grammar needs a LanguageTool server


def test_grammar_drafts_are_left_out_without_a_server(tmp_path: Path) -> None:
    rows = [{"text": "Its broken.", "expect": ["grammar"], "fixed": "It's broken."}]
    result = TOOL.evaluate("en-US", TOOL.read_drafts(_write(tmp_path / "en-US.jsonl", rows)), "")
    assert not any(TOOL.counts(o, result.grammar_run) for o in result.outcomes)
    assert "not run" in TOOL.render([result], "x")
