"""Every built-in rule's examples, in every locale that uses the rule (SQLFluff-style cases)."""

from __future__ import annotations

import pytest

from chatwriter import Linter
from chatwriter.catalog import Catalog
from chatwriter.rule_examples import check_examples

LOCALES = Catalog().known()


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


@pytest.mark.parametrize("locale", LOCALES)
def test_examples(linter: Linter, locale: str) -> None:
    count, failures = check_examples(linter, locale)
    assert count > 0
    assert not failures, "\n".join(str(f) for f in failures)


def test_every_builtin_guide_is_used_by_a_locale(linter: Linter) -> None:
    # Skipped rules count too: the languagetool guides are skipped without a server.
    used = set()
    for tag in LOCALES:
        compiled = linter.compiled(tag)
        used |= {r.spec.guide for r in compiled.rules} | {s.spec.guide for s in compiled.skipped}
    every = {g.name for g in Catalog().all_guides()}
    assert every - used == set()
