"""BCP-47 locale tags: normalisation and the fallback chain (de-CH -> de -> common)."""

from __future__ import annotations

import re

COMMON = "common"

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def normalize(tag: str) -> str:
    """Canonical case for a tag: language lower, script title, region upper.

    ``EN_us`` -> ``en-US``, ``zh_hant_tw`` -> ``zh-Hant-TW``. Raises ValueError on
    something that is not a language tag at all.
    """
    raw = tag.strip()
    if raw.lower() == COMMON:
        return COMMON
    if not _TAG.match(raw):
        raise ValueError(f"'{tag}' is not a BCP-47 language tag (for example en-US or de-CH)")
    parts = re.split(r"[-_]", raw)
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def language(tag: str) -> str:
    """The primary language subtag: ``de-CH`` -> ``de``."""
    return normalize(tag).split("-")[0]


def chain(tag: str) -> list[str]:
    """Most specific first: ``de-CH`` -> ``['de-CH', 'de', 'common']``."""
    norm = normalize(tag)
    if norm == COMMON:
        return [COMMON]
    parts = norm.split("-")
    out = ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]
    out.append(COMMON)
    return out
