"""Built-in regex rules run without a per-match timeout, so they must not backtrack away.

Each built-in pattern is run over inputs built to provoke catastrophic backtracking
(long runs of digits, separators, letters and near-misses). The regex module's timeout
is used only as a hang detector here: a pattern that needs it is a bug to fix.
"""

from __future__ import annotations

import functools

import pytest

from chatwriter import Linter
from chatwriter.catalog import Catalog
from chatwriter.rules.base import WordGate

ADVERSARIAL = [
    "1" * 5000,
    "1 " * 2500,
    "1-" * 2500,
    "12 34 " * 800 + "x",
    "a" * 5000 + "!",
    "a@" * 2000,
    "a." * 2000 + "@",
    ("Aa1 " * 1200) + "?",
    "DE89 " * 900,
    ":" * 3000 + "1",
    # separators after a number: cues read after it must not split the run many ways
    "0612345678 " + ":" * 3000,
    "0612345678 " + "-" * 3000,
    ("password is " * 300) + "x",
    "\u00a0" * 3000 + "!",
    "«" * 2000,
]


@functools.cache
def _builtin_regex_rules() -> list:
    """Compiled when a test first asks, not while pytest collects (each worker collects)."""
    linter = Linter(locale="en-US")
    seen = {}
    for tag in Catalog().known():
        for rule in linter.compiled(tag).rules:
            if rule.spec.kind == "regex" and rule.spec.builtin:
                seen.setdefault(rule.id, rule)
    return sorted(seen.values(), key=lambda r: r.id)


SHARDS = 8  # the rules in eight parts, so the workers share the longest tests


@pytest.mark.parametrize("shard", range(SHARDS))
def test_no_runaway_backtracking(shard: int) -> None:
    for rule in _builtin_regex_rules()[shard::SHARDS]:
        for text in ADVERSARIAL:
            try:
                for _ in rule.regex.finditer(text, timeout=5.0):
                    pass
            except TimeoutError:
                pytest.fail(
                    f"{rule.id} backtracks catastrophically on {text[:20]!r}... ({len(text)} chars)"
                )


def test_company_regex_times_out_instead_of_hanging(tmp_path) -> None:
    guide = tmp_path / "slow.yaml"
    guide.write_text(
        "guide: acme.slow\nrules:\n  - id: runaway\n    kind: regex\n    category: format\n"
        "    message: Never matches.\n    pattern: '(a|aa)+$'\n",
        encoding="utf-8",
    )
    config = tmp_path / "config.yaml"
    config.write_text("guides: [slow.yaml]\n", encoding="utf-8")
    report = Linter(locale="en-US", config=config).lint("a" * 40 + " pls")
    assert report.skipped == ["acme.slow.runaway: timed out on this message"]
    assert [f.rule for f in report.findings] == ["en.textspeak.shorthand"]


@functools.lru_cache(maxsize=1)
def _all_example_texts() -> list[str]:
    import json

    from tests.helpers import REPO

    texts = []
    for guide in Catalog().all_guides():
        for spec in guide.rules:
            texts += [*spec.examples.bad, *spec.examples.good, *spec.examples.fixed]
    for path in sorted((REPO / "tests" / "labelled").glob("*.jsonl")):
        texts += [
            json.loads(line)["text"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return texts


# Every pattern over every example and labelled draft: about 25 CPU-seconds, the longest
# test of the suite, so it runs in the slow tier (.ci/run runs that tier on every change).
@pytest.mark.slow
@pytest.mark.parametrize("shard", range(SHARDS))
def test_requires_holds_wherever_the_pattern_matches(shard: int) -> None:
    """`requires` lets a rule skip messages; it must never hide a match the pattern would find."""
    texts = _all_example_texts()
    checked = 0
    for rule in _builtin_regex_rules()[shard::SHARDS]:
        if rule.requires is None:
            continue
        gate = rule.requires
        for text in texts:
            for match in rule.regex.finditer(text):
                checked += 1
                # A word gate is held by the match itself, not just somewhere in the text.
                where = match.group(0) if isinstance(gate, WordGate) else text
                assert gate.search(where), (rule.id, match.group(0), text)
    assert checked > 5
