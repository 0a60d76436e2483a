from __future__ import annotations

import pytest

from chatwriter import Linter, UnknownLocaleError
from chatwriter.locale import chain, language, normalize


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("en-us", "en-US"),
        ("EN_gb", "en-GB"),
        ("de_ch", "de-CH"),
        ("zh_hant_tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
    ],
)
def test_normalize(raw: str, norm: str) -> None:
    assert normalize(raw) == norm


def test_chain_and_language() -> None:
    assert chain("de-CH") == ["de-CH", "de", "common"]
    assert chain("en") == ["en", "common"]
    assert language("pt_BR") == "pt"


@pytest.mark.parametrize("bad", ["", "english", "e", "en--US", "12-34"])
def test_not_a_tag(bad: str) -> None:
    with pytest.raises(ValueError):
        normalize(bad)


def test_unknown_locale_lists_known() -> None:
    with pytest.raises(UnknownLocaleError) as info:
        Linter(locale="xx-YY")
    assert "en-US" in info.value.known
    assert "xx-YY" in str(info.value)


def test_region_falls_back_to_language() -> None:
    linter = Linter(locale="en-NZ")
    assert linter.locale == "en-NZ"
    ids = {r.id for r in linter.rules()}
    assert "en.tone.blame" in ids
    assert not any(i.startswith("en.spelling-us") for i in ids)
