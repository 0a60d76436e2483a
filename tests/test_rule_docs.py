"""The rule reference (docs/rules/<locale>.md): one fixed structure per rule, honest Fix.

test_generated_docs keeps the pages current with the generator; these tests read the
pages as a user would and check them against the rules' real behaviour.
"""

from __future__ import annotations

import re

import pytest

from chatwriter import Linter
from chatwriter.catalog import Catalog
from chatwriter.model import Applicability, Message
from tests.helpers import REPO, load_tool

LOCALES = Catalog().known()
PAGES = REPO / "docs" / "rules"
_ROW = re.compile(
    r"^\| \[`(?P<id>[^`]+)`\]\(#[^)]*\) \| [^|]+ \| [^|]+ \| [^|]+ \| (?P<fix>\w*) \|$"
)


def _generator():
    """tools/gen_rule_docs.py, which writes docs/rules/ (test_generated_docs keeps it current)."""
    return load_tool("gen_rule_docs")


GEN = _generator()


def _sections(tag: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(fix column of the summary table by rule id, section lines by rule id)."""
    text = (PAGES / f"{tag}.md").read_text(encoding="utf-8")
    head, *parts = re.split(r"^## ", text, flags=re.M)
    table = {m["id"]: m["fix"] for m in map(_ROW.match, head.splitlines()) if m}
    sections = {}
    for part in parts:
        rule_id, *lines = part.splitlines()
        sections[rule_id] = lines
    return table, sections


def _fix_of(lines: list[str]) -> str:
    (line,) = [x for x in lines if x.startswith("**Fix**: ")]
    return line.removeprefix("**Fix**: ").split()[0]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US", config=None)


@pytest.mark.parametrize("tag", LOCALES)
def test_every_rule_section_has_the_fixed_structure(tag: str) -> None:
    table, sections = _sections(tag)
    assert sections and set(table) == set(sections)
    for rule_id, lines in sections.items():
        labels = [x.split(":")[0] for x in lines if x.startswith("**")]
        assert labels == [s.rstrip(":") for s in GEN.SECTIONS], (rule_id, labels)
        what = lines.index(GEN.SECTIONS[0])
        assert lines[what + 2].strip(), f"{rule_id}: 'What it finds' is empty"
        assert re.search(
            r"^\*\*Category and severity\*\*: \S+, \w+ \(kind `[\w-]+`\)$", "\n".join(lines), re.M
        ), rule_id
        fix = _fix_of(lines)
        assert fix in GEN.FIX_TEXT, (rule_id, fix)
        assert table[rule_id] == fix, f"{rule_id}: table says {table[rule_id]!r}, section {fix!r}"
        (defined,) = [x for x in lines if x.startswith("**Defined in**: ")]
        source = defined.removeprefix("**Defined in**: ").strip("`")
        assert (REPO / source).is_file(), (rule_id, source)


@pytest.mark.parametrize("tag", LOCALES)
def test_fix_agrees_with_what_the_bad_examples_yield(linter: Linter, tag: str) -> None:
    """Safe suggestions on the bad examples <=> Fix: safe; unsafe only <=> unsafe; else none."""
    compiled = linter.compiled(tag)
    _, sections = _sections(tag)
    problems = []
    for rule in compiled.rules:
        spec = rule.spec
        seen: set[Applicability] = set()
        for text in spec.examples.bad:
            message = Message(text, compiled.tag, conversation=spec.examples.context)
            findings = compiled.check(compiled.parse(text), message, only=frozenset({rule.id}))[0]
            seen |= {s.applicability for f in findings for s in f.suggestions}
        documented = _fix_of(sections[rule.id])
        declared = GEN.fix_tiers(rule)
        if documented != GEN.fix_value(frozenset(seen)):
            problems.append(f"{rule.id}: docs say {documented!r}, bad examples give {seen}")
        if not seen <= declared:
            problems.append(f"{rule.id}: bad examples give {seen}, FIX_TIERS says {declared}")
        if (documented == "safe") != bool(spec.examples.fixed):
            problems.append(
                f"{rule.id}: Fix {documented!r} but fixed examples: {bool(spec.examples.fixed)}"
            )
    assert not problems, "\n".join(problems)


def test_every_builtin_rule_says_what_it_finds() -> None:
    """Each rule of rules/ carries a description: the reference's "What it finds"."""
    from chatwriter.catalog import Catalog

    missing = [
        spec.id for guide in Catalog().all_guides() for spec in guide.rules if not spec.description
    ]
    assert missing == []
