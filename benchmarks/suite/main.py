"""The command line of benchmarks/run.py: run the selected benchmarks, write the results.

A run writes ``<out>/<name>.json`` (everything), ``<name>.md`` (tables, targets marked
PASS or MISS) and ``<name>.png`` (chart); a full run to benchmarks/results/ also copies
its tables into docs/performance.md. ``--compare BASE`` runs suite/compare.py instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from . import compare
from .catalog import ORDER
from .chart import render_chart
from .core import BENCH, DEFAULT_CORPUS, Context, Plan, log, run_one
from .machine import machine_info
from .markdown import render_markdown, update_performance_doc
from .targets import evaluate_targets

NOTES = [
    "The corpus is English (en-US agent replies): in the all-locales run only the en-US "
    "share is meaningful for findings; the other locales measure cost only.",
    "Ratios in the targets table come from this one run on this machine.",
    "Peers are measured as documented by each row's 'how'; whole-process rows include "
    "interpreter/runtime start-up.",
]


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="chatwriter benchmarks side by side with peers (see docs/performance.md)"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run on fewer messages, a few minutes (writes quick.*)",
    )
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated subset of: {', '.join(ORDER)} (writes partial.*)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="one message per line (default: $CHATWRITER_CORPUS, else "
        "../shared/corpora/sgd_system_10k.txt next to the repo)",
    )
    parser.add_argument(
        "--languagetool-url",
        default=None,
        help="base URL of a running LanguageTool server, e.g. "
        "http://localhost:8081 (skipped when absent)",
    )
    parser.add_argument(
        "--proselint-python",
        default=None,
        help="python of a venv with proselint (default: this python)",
    )
    parser.add_argument("--out", type=Path, default=BENCH / "results", help="results directory")
    parser.add_argument(
        "--name", default=None, help="file name stem (default: latest/quick/partial/compare)"
    )
    parser.add_argument(
        "--no-docs",
        action="store_true",
        help="do not copy a full run's tables into docs/performance.md",
    )
    parser.add_argument(
        "--compare",
        metavar="BASE",
        default=None,
        help="measure chatwriter's own figures on this checkout and on git revision BASE "
        "(child processes, sides alternating) and write compare.json/.md instead of a run",
    )
    parser.add_argument(
        "--passes",
        type=int,
        default=3,
        help="with --compare: runs of each benchmark per side; each figure is the best",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(os.environ.get("CHATWRITER_CORPUS") or DEFAULT_CORPUS)
    if not corpus.is_file():
        parser.error(f"corpus not found: {corpus} (set $CHATWRITER_CORPUS or --corpus)")
    selected = [s.strip() for s in args.only.split(",") if s.strip()] or list(ORDER)
    unknown = [s for s in selected if s not in ORDER]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(ORDER)}")
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.compare:
        if args.passes < 1:
            parser.error("--passes must be at least 1")
        return compare.main(args, corpus, selected, command)
    name = args.name or ("partial" if args.only else "quick" if args.quick else "latest")
    plan = Plan.make(args.quick)
    ctx = Context(plan, corpus, args)
    started = time.perf_counter()
    log(f"chatwriter benchmarks: {len(ctx.messages):,} messages from {corpus}")
    try:
        machine = machine_info()
        for bench in selected:
            log(f"- {bench} ...")
            data = run_one(bench, ctx)
            ctx.results[bench] = data
            log(
                f"  {data['status']} in {data['bench_s']:.1f} s"
                + (f": {data['reason']}" if data["status"] != "ok" else "")
            )
    finally:
        ctx.cleanup()
    doc = {
        "schema": 1,
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "mode": "partial" if args.only else "quick" if args.quick else "full",
        "command": command,
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": machine,
        "corpus": {
            "name": corpus.name,
            "messages": len(ctx.messages),
            "words": sum(len(m.split()) for m in ctx.messages),
        },
        "plan": plan.__dict__,
        "benchmarks": ctx.results,
        "notes": notes(ctx.results, machine),
    }
    doc["targets"] = evaluate_targets(ctx.results, plan)
    write(doc, args, name)
    return 0


def notes(results: dict[str, Any], machine: dict[str, Any]) -> list[str]:
    """The run's notes: why a benchmark did not run, each one's own note, a busy machine."""
    out = list(NOTES)
    for bench, data in results.items():
        if data["status"] != "ok":
            out.append(f"{bench}: {data['status']}: {data['reason']}")
        elif data.get("note"):
            out.append(f"{bench}: {data['note']}")
    if hasattr(os, "getloadavg"):
        machine["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        cores = os.cpu_count() or 1
        start_load = machine.get("load_average_at_start", [0])[0]
        end_load = os.getloadavg()[0]
        busiest = max(start_load, end_load)
        # Before the run nothing of ours is running; at the end this process (and its
        # children) account for about one core of the load.
        if start_load > cores / 2 or end_load > cores:
            out.insert(
                0,
                f"WARNING: the machine was busy (1-minute load average up to {busiest:.1f} on "
                f"{os.cpu_count()} cores): wall-clock numbers are pessimistic; the CPU-time "
                "columns (msgs/s per CPU second, cold start CPU) are less affected.",
            )
    return out


def write(doc: dict[str, Any], args: argparse.Namespace, name: str) -> None:
    """``<name>.json``, ``.md`` and ``.png``; docs/performance.md after a full run."""
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{name}.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    markdown = render_markdown(doc)
    (args.out / f"{name}.md").write_text(markdown, encoding="utf-8")
    problem = render_chart(doc, args.out / f"{name}.png")
    if problem:
        log(f"chart not written: {problem}")
    if name == "latest" and not args.no_docs and args.out.resolve() == (BENCH / "results"):
        problem = update_performance_doc(markdown, args.out / f"{name}.png")
        log(
            f"docs/performance.md not updated: {problem}"
            if problem
            else "updated docs/performance.md"
        )
    print(markdown)
    log(f"wrote {args.out / name}.json/.md/.png in {doc['duration_s']:.0f} s")
