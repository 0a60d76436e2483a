#!/usr/bin/env python
"""lint_many throughput of this checkout against an earlier revision, in one run.

    python benchmarks/against.py --base 7e8ad87      # -> benchmarks/results/against.{json,md}

Guards a promise that new rules keep: linting does not get much slower. The base
revision is exported with ``git archive`` into a temporary directory (source, guides and
locales as they were), and each side lints the same messages in its own process, so
neither imports the other's modules. Rounds alternate between the two sides and each
figure is the best round (the least disturbed by the rest of the machine).

Messages: the SGD corpus of real English agent replies (``--corpus``, else
$CHATWRITER_SGD_CORPUS, else shared/corpora/sgd_system_10k.txt beside the checkout; read at
run time, never copied), linted under each locale given, so every side runs its full
guides for that locale on the same text. For other languages that measures cost, not
findings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from suite.core import sgd_corpus
from suite.revision import export, run_python, short

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"

#: Runs in a fresh interpreter with one side's source first on the path.
CHILD = r"""
import json, sys, time
src, corpus, locale, limit, rounds = sys.argv[1:6]
sys.path.insert(0, src)
from chatwriter import Linter
lines = [l for l in open(corpus, encoding="utf-8").read().splitlines() if l.strip()][: int(limit)]
linter = Linter(locale=locale)
list(linter.lint_many(lines[:500]))  # compile the locale, load what the first message loads
times = []
for _ in range(int(rounds)):
    t0 = time.perf_counter()
    findings = sum(len(r.findings) for r in linter.lint_many(lines))
    times.append(time.perf_counter() - t0)
print(json.dumps({"messages": len(lines), "seconds": times, "findings": findings}))
"""


def run_side(src: Path, corpus: Path, locale: str, limit: int, rounds: int) -> dict:
    return run_python(CHILD, src, corpus, locale, limit, rounds, src=src)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="git revision to compare with")
    parser.add_argument("--locales", nargs="+", default=["en-US", "de-DE", "fr-FR"])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=10_000, help="messages per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side and pass")
    parser.add_argument("--passes", type=int, default=3, help="alternations of the two sides")
    args = parser.parse_args()
    corpus = sgd_corpus(args.corpus)
    if not corpus.is_file():
        sys.exit(f"corpus not found: {corpus} (give --corpus or set CHATWRITER_SGD_CORPUS)")
    base_rev = short(args.base)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base_src = export(args.base, Path(tmp))
        for locale in args.locales:
            best = {"base": float("inf"), "this": float("inf")}
            findings = {}
            messages = 0
            for _ in range(args.passes):
                for side, src in (("base", base_src), ("this", REPO / "src")):
                    got = run_side(src, corpus, locale, args.limit, args.rounds)
                    best[side] = min(best[side], *got["seconds"])
                    findings[side] = got["findings"]
                    messages = got["messages"]
            rate = {side: messages / seconds for side, seconds in best.items()}
            rows.append(
                {
                    "locale": locale,
                    "messages": messages,
                    "base_per_s": round(rate["base"]),
                    "this_per_s": round(rate["this"]),
                    "change": round(rate["this"] / rate["base"] - 1, 4),
                    "base_findings": findings["base"],
                    "this_findings": findings["this"],
                }
            )
            print(rows[-1], flush=True)
    meta = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "base": base_rev,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "corpus": corpus.name,
        "rounds": args.rounds * args.passes,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "against.json").write_text(json.dumps({**meta, "rows": rows}, indent=2) + "\n")
    lines = [
        f"# lint_many against {base_rev}",
        "",
        f"Produced by `python benchmarks/against.py --base {args.base}` on {meta['date']};"
        f" {meta['machine']}. Messages: `{meta['corpus']}` (real English agent replies), linted"
        f" under each locale; best of {meta['rounds']} rounds per side, sides alternating.",
        "",
        "| locale | messages | base msgs/s | this msgs/s | change | base findings | this findings |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r['locale']} | {r['messages']:,} | {r['base_per_s']:,} | {r['this_per_s']:,} | "
        f"{r['change']:+.1%} | {r['base_findings']:,} | {r['this_findings']:,} |"
        for r in rows
    ]
    (RESULTS / "against.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {RESULTS / 'against.md'}")


if __name__ == "__main__":
    main()
