"""Where the built-in guides and locale files live.

In an installed wheel they are package data under ``chatwriter/_data``; in a source
checkout (editable install, tests) they are the repository's top-level ``rules/`` and
``locales/``. Both are found with importlib.resources so a zip-safe install works too.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


@functools.cache  # where the package lies does not change while it runs
def _data_root() -> Traversable:
    packaged = resources.files("chatwriter") / "_data"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "rules").is_dir() and (checkout / "locales").is_dir():
        return checkout  # type: ignore[return-value]
    raise RuntimeError(
        "chatwriter's built-in guides are missing: reinstall the package "
        "(they ship in the wheel under chatwriter/_data)"
    )


def builtin_rules_dir() -> Traversable:
    return _data_root() / "rules"


def builtin_locales_dir() -> Traversable:
    return _data_root() / "locales"


def iter_yaml(root: Traversable) -> list[Traversable]:
    """All ``*.yaml`` files under a directory, depth first, in a stable order."""
    found: list[Traversable] = []
    for child in sorted(root.iterdir(), key=lambda c: c.name):
        if child.is_dir():
            found.extend(iter_yaml(child))
        elif child.name.endswith((".yaml", ".yml")):
            found.append(child)
    return found


def display_path(item: Traversable) -> str:
    """A short path for messages: ``rules/en/tone.yaml`` for built-in files."""
    text = str(item)
    root = str(_data_root())
    if text.startswith(root):
        return text[len(root) :].lstrip("/")
    return text
