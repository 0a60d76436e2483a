"""The cost of a change: ``lint_many`` throughput of this tree against a base commit.

    python benchmarks/compare.py --base HEAD~3
    python benchmarks/compare.py --base 7718cd7 --locales en-US,de-DE --rounds 5

The base commit is checked out into a temporary git worktree; both trees lint the same
messages (the 10,000-reply SGD sample of the shared corpora folder) in child
processes that import chatwriter from their own ``src/``, alternating base and head
round by round so that load on the machine hits both alike. Each figure is the median
over the rounds of messages per second of CPU time in the child (compile excluded).
Results go to ``benchmarks/results/compare.json`` and a line per locale is printed:
the change, in per cent, that issue 19's rule holds against 10%.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "sgd_system_10k.txt"

#: Run in the child with the tree's src/ first on sys.path: compile, warm, then time.
CHILD = r"""
import json, sys, time
from chatwriter import Linter, Message
locale, corpus, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [l.rstrip("\n") for l in open(corpus, encoding="utf-8") if l.strip()][:limit]
linter = Linter(locale=locale)
linter.compiled(locale)
messages = [Message(text=t, locale=locale) for t in texts]
list(linter.lint_many(messages[:200]))
start = time.process_time()
findings = sum(len(r.findings) for r in linter.lint_many(messages))
cpu = time.process_time() - start
print(json.dumps({"messages": len(messages), "cpu_s": cpu, "findings": findings}))
"""


def run_child(src: Path, locale: str, corpus: Path, limit: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, locale, str(corpus), str(limit)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="commit to compare against")
    parser.add_argument("--locales", default="en-US", help="comma-separated locales")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "results" / "compare.json"
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"corpus not found: {args.corpus}")
    base_rev = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", args.base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    head_rev = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="chatwriter-base-") as tmp:
        base_tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base_tree), base_rev],
            capture_output=True,
            check=True,
        )
        try:
            for locale in [t for t in args.locales.split(",") if t]:
                rates: dict[str, list[float]] = {"base": [], "head": []}
                findings: dict[str, int] = {}
                for _ in range(args.rounds):
                    for side, src in (("base", base_tree / "src"), ("head", ROOT / "src")):
                        got = run_child(src, locale, args.corpus, args.messages)
                        rates[side].append(got["messages"] / got["cpu_s"])
                        findings[side] = got["findings"]
                base, head = statistics.median(rates["base"]), statistics.median(rates["head"])
                change = 100.0 * (head - base) / base
                results[locale] = {
                    "base_msgs_per_cpu_s": round(base, 1),
                    "head_msgs_per_cpu_s": round(head, 1),
                    "change_percent": round(change, 1),
                    "findings": findings,
                }
                print(f"{locale}: {base:,.0f} -> {head:,.0f} msgs/s of CPU ({change:+.1f}%)")
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)],
                capture_output=True,
            )
    report = {
        "base": base_rev,
        "head": head_rev,
        "messages": args.messages,
        "rounds": args.rounds,
        "corpus": args.corpus.name,
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
