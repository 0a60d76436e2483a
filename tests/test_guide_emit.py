"""The tools' YAML writer: every string it writes loads back as exactly that string."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from chatwriter.guide.emit import yaml_list, yaml_str


@given(st.text(max_size=40))
def test_a_scalar_loads_back_as_written(text: str) -> None:
    assert yaml.safe_load(f"key: {yaml_str(text)}\n") == {"key": text}


@given(st.lists(st.text(max_size=20), min_size=1, max_size=5))
def test_a_list_loads_back_as_written(items: list[str]) -> None:
    assert yaml.safe_load("items:\n" + yaml_list(items, "  ")) == {"items": items}


def test_words_yaml_reads_as_something_else_are_quoted() -> None:
    for word in ("on", "No", "TRUE", "null", "y", "12", "a: b", "#x", "- x", "abc "):
        assert yaml_str(word).startswith('"'), word
    assert yaml_str("coût") == "coût" and yaml_str("Saint-Jean") == "Saint-Jean"


def test_a_final_newline_is_quoted() -> None:
    """Found by the property above: ``$`` matched before a final newline, so "A\\n" was
    written plain and loaded back as "A"."""
    assert yaml_str("A\n") == '"A\\x0a"'
    assert yaml.safe_load(f"key: {yaml_str('A' + chr(10))}\n") == {"key": "A\n"}
