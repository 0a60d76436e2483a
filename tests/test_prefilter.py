"""RE2 prefilters of built-in regex rules (chatwriter.rules.prefilter).

The promise: a prefilter may say "may match" where the rule's own search then finds
nothing, never "no match" where it finds something, so findings cannot change. Checked
rule by rule on the drafts, the rule examples and a slice of the SGD corpus (English
locales here, every locale and generated strings in the slow tier), and as findings on
whole drafts with and without prefilters.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import re2
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatwriter import Linter
from chatwriter.guide.loader import load_config
from chatwriter.model import Message
from chatwriter.rules import prefilter
from chatwriter.rules.context import CheckContext
from chatwriter.rules.regexp import RegexKind
from tests.texts import LOCALES, TRAPS, drafts, examples, sgd_slice

#: Built-in rules RE2 cannot prefilter, and why; they keep searching on their own.
WITHOUT_PREFILTER = {
    "es.typography.doubled-opening-mark": "a backreference, (?P=mark)",
    # 35 word families, each with \p{L}{0,30} on both sides of the ss: RE2's program for
    # the Unicode letter class repeated that often is past the 8 MB budget (64 MB needed)
    "de.spelling-ss.swiss-ss": "RE2 program past the memory budget",
}


def _rules(linter: Linter, locales: list[str]) -> list[RegexKind]:
    seen: dict[str, RegexKind] = {}
    for tag in locales:
        for rule in linter.compiled(tag).rules:
            if isinstance(rule, RegexKind):
                seen.setdefault(rule.id, rule)
    return list(seen.values())


Says = Callable[[bytes], bool]  # whether a prefilter says "may match" on a UTF-8 text


def _says(compiled: Any) -> Says:
    anchor = re2._re2.RE2.Anchor.UNANCHORED
    return lambda utf8: compiled.Match(anchor, utf8, 0, len(utf8))[0][0] >= 0


def _built(rules: list[RegexKind]) -> list[tuple[RegexKind, Says]]:
    out = []
    for rule in rules:
        built = prefilter.build(rule.regex)
        if built is None:
            assert rule.id in WITHOUT_PREFILTER, rule.id
        else:
            out.append((rule, _says(built)))
    return out


def _misses(built: list[tuple[RegexKind, Says]], texts: list[str]) -> list[str]:
    """Rules whose own search finds something where their gate passed and their prefilter
    said no (where the gate fails, the engine never runs the rule)."""
    misses = []
    for text in texts:
        ctx = CheckContext(None, Message(text), {})
        utf8 = text.encode("utf-8", "surrogatepass")
        for rule, pre in built:
            need = rule.requires
            gate_passes = need is None or ctx.contains(need)
            if gate_passes and not pre(utf8) and rule.regex.search(text):
                misses.append(f"{rule.id} on {text[:80]!r}")
    return misses


ENGLISH = ["en-US", "en-GB", "en-AU", "en-CA"]


@pytest.fixture(scope="module")
def english(linter_us: Linter) -> list[tuple[RegexKind, Says]]:
    return _built(_rules(linter_us, ENGLISH))


def test_never_says_no_where_an_english_rule_matches(english, linter_us: Linter) -> None:
    # a sample; the slow tier below reads every draft of every locale
    texts = drafts(ENGLISH)[::4] + examples(linter_us) + sgd_slice()[:1000]
    assert len(english) > 70
    assert _misses(english, texts) == []


@pytest.mark.slow
def test_never_says_no_where_any_rule_matches(linter_us: Linter) -> None:
    built = _built(_rules(linter_us, LOCALES))
    assert {r.id for r in _rules(linter_us, LOCALES)} - {r.id for r, _ in built} == set(
        WITHOUT_PREFILTER
    )
    assert _misses(built, drafts() + examples(linter_us) + sgd_slice()) == []


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_never_says_no_on_generated_strings(data, english, linter_us: Linter) -> None:
    words = st.sampled_from(sorted({w for t in examples(linter_us) for w in t.split()}))
    parts = data.draw(st.lists(st.one_of(words, st.sampled_from(TRAPS)), min_size=1, max_size=10))
    text = data.draw(st.sampled_from([" ".join, "".join]))(parts)
    text = data.draw(st.sampled_from([str, str.upper, str.lower, str.title]))(text)
    assert _misses(english, [text]) == []


def _findings(linter: Linter, tag: str, texts: list[str]) -> list:
    return [list(r.findings) for r in linter.lint_many(Message(t, tag) for t in texts)]


@pytest.mark.slow  # two linters and every prefilter built at once: about 10 s
def test_the_same_findings_with_and_without_prefilters(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = drafts(["en-GB", "de-AT", "es-MX"])[::5]
    monkeypatch.setattr(prefilter, "AFTER", 0)
    fast = Linter(languagetool_url="")
    with_ = {tag: _findings(fast, tag, texts) for tag in ("en-GB", "de-AT", "es-MX")}
    built = [r for r in _rules(fast, ["en-GB"]) if r.first_look and r.first_look.kept]
    assert len(built) > 20  # the prefilters did run
    monkeypatch.setattr(prefilter, "build", lambda pattern: None)
    plain = Linter(languagetool_url="")
    assert {tag: _findings(plain, tag, texts) for tag in with_} == with_


def _reminder() -> RegexKind:
    rules = Linter(languagetool_url="").compiled("en-US").rules
    return next(r for r in rules if r.id == "en.tone.reminder")


def test_a_rule_builds_its_prefilter_only_after_it_keeps_running() -> None:
    rule = _reminder()
    look = rule.first_look
    assert look is not None
    ctx = CheckContext(None, Message("As I said, it ships today."), {})
    for _ in range(prefilter.AFTER + 1):  # the first compiles the pattern and is not timed
        list(rule.check(ctx, ()))
    assert look.timing() and not look.kept
    list(rule.check(ctx, ()))
    assert look.kept and not look.timing()


@pytest.mark.parametrize(("search_ns", "kept"), [(100_000, True), (1, False)])
def test_a_prefilter_stays_only_where_it_saves_time(search_ns: int, kept: bool) -> None:
    """Timed as a rule would time it: a slow search behind a rarely matching prefilter
    keeps it; a search cheaper than any call into RE2 drops it."""
    look = prefilter.FirstLook(lambda: regex.compile(r"\bzebra\b"))
    for _ in range(prefilter.AFTER + 1):
        look.searched_in(search_ns)
    ctx = CheckContext(None, Message("a word"), {})
    for _ in range(prefilter.TRIAL):
        assert look.skip(ctx)
    assert look.kept is kept and look.skip(ctx) is kept


def test_a_text_re2_cannot_read_is_searched_by_the_rule(monkeypatch) -> None:
    """The engine reads lone surrogates as U+FFFD (Message.readable); a rule called on the
    raw text anyway (scan_private with a hand-made message) searches it itself."""
    monkeypatch.setattr(prefilter, "AFTER", 0)
    rule = _reminder()
    ctx = CheckContext(None, Message("As I told you before \ud800, read the email."), {})
    assert ctx.utf8() is None
    assert [f.match for f in rule.check(ctx, ())] == ["As I told you before"]
    assert rule.first_look is not None and rule.first_look.kept


def test_a_company_rule_has_no_prefilter(tmp_path: Path) -> None:
    guide = (
        "guide: acme.pre\nrules:\n  - {id: zed, kind: regex, category: format, "
        "severity: warning, message: odd, pattern: zed}\n"
    )
    (tmp_path / "guide.yaml").write_text(guide, encoding="utf-8")
    (tmp_path / ".chatwriter.yaml").write_text("guides: [guide.yaml]\n", encoding="utf-8")
    company = Linter(locale="en-US", config=load_config(tmp_path / ".chatwriter.yaml"))
    rule = next(r for r in company.compiled("en-US").rules if r.id == "acme.pre.zed")
    assert rule.first_look is None
    assert [f.rule for f in company.lint("zed").findings] == ["acme.pre.zed"]
