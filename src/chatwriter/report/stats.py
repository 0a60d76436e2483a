"""The few statistics the report gives: mean and median of counted values, and Pearson's
r between findings and CSAT or response time per operator."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any


def mean(counts: Counter[float]) -> float:
    return sum(value * n for value, n in counts.items()) / sum(counts.values())


def median(counts: Counter[float]) -> float:
    """The median of the values counted in ``counts`` (as ``statistics.median`` of the
    list they stand for: the mean of the two middle values for an even count)."""
    total = sum(counts.values())
    low, high = (total - 1) // 2, total // 2  # 0-based ranks of the middle value(s)
    seen = 0
    found: list[float] = []
    for value in sorted(counts):
        seen += counts[value]
        while len(found) < 2 and seen > (low, high)[len(found)]:
            found.append(value)
        if len(found) == 2:
            break
    return (found[0] + found[1]) / 2


def correlations(operators: list[dict[str, Any]]) -> dict[str, Any]:
    """Pearson's r between findings per 100 messages and CSAT / response time, per operator.

    Given only with at least five operators that have both figures: with fewer, r says
    nothing a team lead should act on.
    """
    out: dict[str, Any] = {}
    for key in ("csat_mean", "median_response_s"):
        pairs = [
            (row["per_100_messages"], row[key])
            for row in operators
            if row[key] is not None and row["agent_messages"]
        ]
        r = pearson(pairs) if len(pairs) >= 5 else None
        out[key] = {"operators": len(pairs), "r": None if r is None else round(r, 3)}
    return out


def pearson(pairs: list[tuple[float, float]]) -> float | None:
    """r of the pairs, or None when either side does not vary."""
    n = len(pairs)
    if n < 2:
        return None
    mx = sum(x for x, _ in pairs) / n
    my = sum(y for _, y in pairs) / n
    sxy = sum((x - mx) * (y - my) for x, y in pairs)
    sxx = sum((x - mx) ** 2 for x, _ in pairs)
    syy = sum((y - my) ** 2 for _, y in pairs)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)
