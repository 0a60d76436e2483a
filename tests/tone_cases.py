"""The two tests every tone-round file runs over its own variants and near misses.

A round file lists ``BAD = [(locale, text, rule_id_without_prefix)]`` and ``GOOD =
[(locale, text)]`` and takes its tests from here::

    linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from chatwriter import Linter


def tone_rules(linter: Linter, text: str, locale: str) -> list[str]:
    """The tone rules that fire, without their guide prefix ("fault", not "en.tone.fault")."""
    report = linter.lint(text, locale)
    return [f.rule.split(".", 2)[2] for f in report.findings if f.category == "tone"]


def tone_tests(
    bad: Sequence[tuple[str, str, str]], good: Sequence[tuple[str, str]]
) -> tuple[Callable[..., Linter], Callable[..., None], Callable[..., None]]:
    """A module-scoped ``linter`` fixture and the two parametrised tests over bad and good."""

    @pytest.fixture(scope="module")
    def linter() -> Linter:
        return Linter(languagetool_url="")

    @pytest.mark.parametrize(("locale", "text", "rule"), bad)
    def test_variant_is_found(linter: Linter, locale: str, text: str, rule: str) -> None:
        assert rule in tone_rules(linter, text, locale)

    @pytest.mark.parametrize(("locale", "text"), good)
    def test_near_miss_is_left_alone(linter: Linter, locale: str, text: str) -> None:
        assert tone_rules(linter, text, locale) == []

    return linter, test_variant_is_found, test_near_miss_is_left_alone
