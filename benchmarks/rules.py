#!/usr/bin/env python
"""Where a locale's lint time goes: the costliest rules of every built-in locale, in one run.

    python benchmarks/rules.py                     # -> benchmarks/results/rules.{json,md}
    python benchmarks/rules.py --locales en-GB it-IT --limit 2000

A single rule whose pattern backtracks, or whose gate (``requires``/``requires_words``)
is missing, can cut a locale's throughput several times over while every other figure
looks normal: British and Australian English ran at a seventh of American English until
the "fall" rules got a word gate. This table finds such rules. Each rule's ``check`` is
timed (the time the engine spends deciding its gate is not part of it), and so are the
token-pattern hub and the whole ``lint_many`` call, on the same messages for every locale.

Messages: the SGD corpus of real English agent replies (``--corpus``, else
$CHATWRITER_SGD_CORPUS, else shared/corpora/sgd_system_10k.txt beside the checkout; read at
run time, never copied). Under a non-English locale that measures the cost of English
text there (the language rule works hardest on it), which is the worst case, not the
usual one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from suite.core import read_corpus, sgd_corpus  # noqa: E402

from chatwriter import Linter  # noqa: E402
from chatwriter.catalog import Catalog  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
HUB = "(token patterns: hub.run)"


def profile_locale(locale: str, lines: list[str]) -> dict[str, Any]:
    """Seconds per rule (and for the hub) over ``lines``, and the whole run's seconds."""
    linter = Linter(locale=locale)
    list(linter.lint_many(lines[:200]))  # compile, load what the first messages load
    compiled = linter.compiled(locale)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()

    def timed(name: str, call: Any) -> Any:
        def wrapper(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args)
            finally:
                spent[name] += time.perf_counter() - started
                calls[name] += 1

        return wrapper

    for rule in compiled.rules:
        rule.check = timed(rule.id, rule.check)  # type: ignore[method-assign]
    compiled.hub.run = timed(HUB, compiled.hub.run)  # type: ignore[method-assign]
    started = time.perf_counter()
    findings = sum(len(report.findings) for report in linter.lint_many(lines))
    total = time.perf_counter() - started
    ranked = [
        {"rule": name, "seconds": round(sec, 4), "calls": calls[name]}
        for name, sec in spent.most_common()
    ]
    return {
        "locale": locale,
        "messages": len(lines),
        "seconds": round(total, 4),
        "per_second": round(len(lines) / total),
        "findings": findings,
        "rules": len(compiled.rules),
        "ranked": ranked,
    }


def render(results: list[dict[str, Any]], meta: dict[str, Any], top: int) -> str:
    out = [
        "# Where lint time goes, per rule",
        "",
        f"Produced by `{meta['command']}` on {meta['when']}; {meta['machine']}. "
        f"Messages: {meta['corpus']} (real English agent replies), the same for every locale.",
        "A rule's share is the time in its `check` over the whole `lint_many` run; gates "
        "decided by the engine are not in it.",
        "",
        "| locale | msgs/s | rules | costliest rule | its share | second | its share |",
        "| --- | ---: | ---: | --- | ---: | --- | ---: |",
    ]
    for r in results:
        first, second = (r["ranked"] + [{"rule": "-", "seconds": 0}] * 2)[:2]
        out.append(
            f"| {r['locale']} | {r['per_second']:,} | {r['rules']} | {first['rule']} | "
            f"{first['seconds'] / r['seconds']:.0%} | {second['rule']} | "
            f"{second['seconds'] / r['seconds']:.0%} |"
        )
    for r in results:
        out += ["", f"## {r['locale']}", "", "| rule | ms | calls | µs per call |"]
        out.append("| --- | ---: | ---: | ---: |")
        for row in r["ranked"][:top]:
            per = row["seconds"] / row["calls"] * 1e6 if row["calls"] else 0.0
            out.append(
                f"| {row['rule']} | {row['seconds'] * 1000:.1f} | {row['calls']:,} | {per:.1f} |"
            )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locales", nargs="+", default=None, help="default: every built-in")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=10_000, help="messages per locale")
    parser.add_argument("--top", type=int, default=8, help="rules listed per locale")
    parser.add_argument("--output", type=Path, default=RESULTS / "rules")
    args = parser.parse_args(argv)
    locales = args.locales or Catalog().known()
    lines = read_corpus(sgd_corpus(args.corpus))[: args.limit]
    results = []
    for locale in locales:
        results.append(profile_locale(locale, lines))
        print(f"{locale}: {results[-1]['per_second']:,} msgs/s", file=sys.stderr)
    meta = {
        "command": "python benchmarks/rules.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])),
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "corpus": f"{len(lines):,} lines of the SGD corpus",
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.with_suffix(".json").write_text(
        json.dumps({"meta": meta, "results": results}, indent=1) + "\n", encoding="utf-8"
    )
    args.output.with_suffix(".md").write_text(render(results, meta, args.top), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
