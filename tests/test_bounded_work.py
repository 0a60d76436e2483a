"""Work per message stays linear, whatever the message: tokenizer, detectors, user regexes.

No timing thresholds here: each test checks the structure that makes the work bounded
(a long run is one token, a user regex carries a budget), and the regex module's
timeout serves only as a hang detector, as in tests/test_regex_safety.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from chatwriter import Linter, langid
from chatwriter.guide.loader import load_config
from chatwriter.nlp import MAX_RUN, BoundedTokenizer

HOSTILE = {
    "bangs": "!" * 24_000,
    "emoji": "😀" * 5_000,
    "dotted": "a." * 12_000,
    "smileys": "a:)" * 8_000,
    "underscores": "_" * 20_000,
    "dollars": "$" * 20_000,
}


_TOKENIZER = BoundedTokenizer(spacy.blank("en").tokenizer)


@pytest.fixture(scope="module")
def bounded() -> BoundedTokenizer:
    return _TOKENIZER


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_long_run_is_one_token_with_exact_offsets(bounded: BoundedTokenizer, name: str) -> None:
    text = f"Hi {HOSTILE[name]} there!"
    doc = bounded(text)
    assert doc.text == text
    assert [t.text for t in doc] == ["Hi", HOSTILE[name], "there", "!"]
    assert doc[1].idx == 3 and doc[2].idx == 4 + len(HOSTILE[name])


def test_whitespace_around_a_long_run_is_kept_as_spacy_keeps_it(
    bounded: BoundedTokenizer,
) -> None:
    run = "!" * (MAX_RUN + 1)
    for text in (run, f" {run}", f"{run} ", f"{run}\n\nok", f"a  {run}  b", f"{run} {run}"):
        assert bounded(text).text == text


def test_runs_up_to_the_limit_are_tokenized_as_before(bounded: BoundedTokenizer) -> None:
    text = "Thanks!!! " + "!" * MAX_RUN + " https://example.com/a?b=c&d=e."
    assert [t.text for t in bounded(text)] == [t.text for t in bounded.inner(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="ab!?.:)😀_ \n", max_size=40),
            st.builds(lambda c, n: c * n, st.sampled_from("!😀a._:"), st.integers(100, 400)),
        ),
        max_size=6,
    )
)
def test_the_doc_is_always_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    tokenizer = _TOKENIZER
    doc = tokenizer(text)
    assert doc.text == text
    assert all(doc.text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    if not any(len(w) > MAX_RUN for w in text.split()):
        assert [t.text for t in doc] == [t.text for t in tokenizer.inner(text)]


def test_the_linter_uses_it_for_every_pipeline(linter_us: Linter) -> None:
    report = linter_us.lint(f"Card 4111 1111 1111 1111 {HOSTILE['bangs']}")
    rules = {f.rule for f in report.findings}
    assert {"common.pii.card-number", "common.shouting.repeated-punctuation"} <= rules
    assert isinstance(linter_us.compiled().pipeline.nlp.tokenizer, BoundedTokenizer)


@pytest.mark.parametrize("text", ["a." * 50_000, "a" * 100_000, "a@" * 50_000, "1." * 50_000])
def test_language_noise_filter_is_linear(text: str) -> None:
    # Quadratic before (2,000 chars of "a.a." took 0.4 s); the timeout only detects a hang.
    for _ in langid._NOISE.finditer(text, timeout=5.0):
        pass


# -- company regexes run with a time bound ---------------------------------------------------
REDOS_GUIDE = """\
guide: acme.redos
rules:
  - id: runaway-token
    kind: pattern
    category: format
    severity: warning
    message: odd token
    patterns:
      - [{"TEXT": {"REGEX": "^(a|aa)+$"}}]
  - id: runaway-requires
    kind: regex
    category: format
    severity: warning
    message: odd
    requires: "^(a|aa)+$"
    pattern: zzz
  - id: fine-token
    kind: pattern
    category: format
    severity: warning
    message: a ticket number
    patterns:
      - [{"LOWER": {"REGEX": "^tk-\\\\d+$"}}]
"""


@pytest.fixture(scope="module")
def redos(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    root: Path = tmp_path_factory.mktemp("redos")
    (root / "guide.yaml").write_text(REDOS_GUIDE, encoding="utf-8")
    (root / ".chatwriter.yaml").write_text("guides: [guide.yaml]\n", encoding="utf-8")
    return Linter(locale="en-US", config=load_config(root / ".chatwriter.yaml"))


def test_backtracking_user_regexes_are_cut_short_and_noted(redos: Linter) -> None:
    # Exponential in 're' on 40 characters: without a bound this never returns.
    report = redos.lint("a" * 40 + "b aa, what colour?")
    assert any("'requires' timed out" in note for note in report.skipped)
    assert any("REGEX '^(a|aa)+$' timed out" in note for note in report.skipped)
    # The other rules still run.
    assert "en.spelling-us.british-spelling" in {f.rule for f in report.findings}


def test_user_token_regex_still_matches_like_spacy(redos: Linter) -> None:
    report = redos.lint("Your ticket is TK-4411 and aa.")
    matched = [f.match for f in report.findings if f.rule == "acme.redos.runaway-token"]
    assert matched == ["aa"] and not report.skipped
    assert [f.match for f in report.findings if f.rule == "acme.redos.fine-token"] == ["TK-4411"]
