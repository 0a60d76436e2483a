"""Texts the engine-equivalence tests (gates, prefilters) run over: the labelled and
blind-dev drafts, every built-in rule's examples, a slice of the SGD corpus (read where
it lies beside the repository, never copied) and characters that trip engines up."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

import pytest

from chatwriter import Linter
from chatwriter.catalog import Catalog
from tests.helpers import REPO

LOCALES = Catalog().known()
SGD = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"
SGD_SLICE = 3000

#: Characters where case mapping, folding, word boundaries or encodings trip engines up.
TRAPS = [
    "ß", "ẞ", "İ", "ı", "ﬁ", "ﬀ", "ﬅ", "\u212a", "\u212b", "\u2126", "Σ", "ς", "ΐ", "ǅ",
    "µ", "ſ", "\u0301", "\u0307", "\u200b", "\u200c", "\u200d", "\ufeff", "\u202e",
    "\u2066", "\u2069", "\u00a0", "\u202f", "\u3000", "’", "“", "”", "„", "«", "»", "٣",
    "１", "Ⅻ", "²", "👍", "👩\u200d💻", "🇩🇪", "\U000e0067", "\U0001d400", "\U00010400",
    "\U0001e900", "\n", "\t", "-", "_", ".", "@", " ",
]  # fmt: skip


@lru_cache(maxsize=1)
def _sgd_lines() -> tuple[str, ...]:
    return tuple(t for t in SGD.read_text(encoding="utf-8").splitlines()[:SGD_SLICE] if t.strip())


def sgd_slice() -> list[str]:
    """The first SGD replies, read once per test process; skips where the corpus is not."""
    if not SGD.exists():
        pytest.skip(f"the SGD corpus is not at {SGD} (it is read there, never copied)")
    return list(_sgd_lines())


def drafts(locales: Iterable[str] | None = None) -> list[str]:
    """Every labelled and blind-dev draft of ``locales`` (default: all)."""
    wanted = None if locales is None else set(locales)
    texts = []
    for folder in ("labelled", "blind-dev"):
        for path in sorted((REPO / "tests" / folder).glob("*.jsonl")):
            if wanted is not None and path.stem not in wanted:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


def examples(linter: Linter) -> list[str]:
    """The bad and good examples of every built-in rule of every built-in locale."""
    texts = set()
    for tag in LOCALES:
        for rule in linter.compiled(tag).rules:
            texts.update(rule.spec.examples.bad)
            texts.update(rule.spec.examples.good)
    return sorted(texts)
