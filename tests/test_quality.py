"""Labelled drafts per locale (tests/labelled/<locale>.jsonl) meet the quality bars.

Each draft lists the categories it must trigger ("expect"; empty = clean). Per locale,
recall (expected categories reported, any severity) must be at least 0.9 and at most 5%
of drafts may carry a warning or error in a category they do not expect. The logic is
tools/quality.py's, which also measures the SGD corpus (not run here: too slow).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_quality():
    spec = importlib.util.spec_from_file_location(
        "chatwriter_quality", ROOT / "tools" / "quality.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


quality = _load_quality()
FILES = quality.labelled_files()


def test_labelled_sets_exist() -> None:
    assert {"en-US", "en-GB", "en-AU", "en-CA"} <= set(FILES)


@pytest.mark.parametrize("locale", sorted(FILES))
def test_labelled_set_meets_bars(locale: str) -> None:
    drafts = quality.read_labelled(FILES[locale])
    assert len(drafts) >= 20, f"{locale}: at least 20 labelled drafts"
    assert any(not d.expect for d in drafts), f"{locale}: needs clean drafts"
    assert any(d.expect for d in drafts), f"{locale}: needs drafts with expected findings"
    result = quality.evaluate_locale(locale, drafts)
    misses = [
        f"line {r.draft.line}: missed {sorted(r.missed)}: {r.draft.text}"
        for r in result.results
        if r.missed
    ]
    alarms = [
        f"line {r.draft.line}: false alarm {sorted(r.false_alarms)}: {r.draft.text}"
        for r in result.results
        if r.false_alarms
    ]
    assert result.recall >= quality.MIN_RECALL, "\n".join(misses)
    assert result.false_alarm_rate <= quality.MAX_FALSE_ALARM_RATE, "\n".join(alarms)


def test_false_alarm_and_recall_are_computed(tmp_path: Path) -> None:
    """The measure itself: a missed category and an unexpected warning are both counted."""
    labelled = tmp_path / "en-US.jsonl"
    labelled.write_text(
        '{"text": "Please check the colour settings.", "expect": []}\n'
        '{"text": "The plan is cheap.", "expect": ["profanity"]}\n'
        '{"text": "Your favourite items are saved.", "expect": ["spelling-variant"]}\n',
        encoding="utf-8",
    )
    result = quality.evaluate_locale("en-US", quality.read_labelled(labelled))
    assert result.expected == 2 and result.hits == 1
    assert result.recall == 0.5
    assert result.false_alarm_drafts == 1
    assert result.categories["spelling-variant"].false_alarm_drafts == 1
    assert result.categories["profanity"].recall == 0.0


def test_bad_label_is_reported_with_line(tmp_path: Path) -> None:
    labelled = tmp_path / "en-US.jsonl"
    labelled.write_text('{"text": "Hi", "expect": ["rudeness"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"en-US.jsonl:1: unknown categories \['rudeness'\]"):
        quality.read_labelled(labelled)
