#!/usr/bin/env python
"""``lint_dataframe`` on Spark ``local[1]`` and ``local[2]`` against one ``lint_many``
process, on the same messages, in one run.

    python benchmarks/spark.py                      # 1,000,000 messages
    python benchmarks/spark.py --messages 100000    # a quicker look

-> benchmarks/results/spark.{json,md}

Messages: the agent turns of the SGD corpus with the seeded variations of
benchmarks/report.py (``sgd_system.jsonl.gz`` beside the checkout, or
$CHATWRITER_SGD_JSONL; read at run time), written once to Parquet, as a data lake holds
them. Each pass runs in its own process. Spark passes are timed from the job's start to
its end (the findings go to Spark's ``noop`` sink, so every message is linted and
nothing is written); the session's start is given apart. Scaling efficiency is the
messages per second per core against the single process; the cluster estimate divides
100 million messages by 100 cores at that efficiency.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import corpus_path, dialogues, run_in_child, vary  # the sibling benchmark

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
FILE_ROWS = 25_000

CHILD = r"""
import json, sys, time
mode, path = sys.argv[1:3]
if mode == "lint_many":
    import pyarrow.parquet as pq
    from chatwriter import Linter
    table = pq.read_table(path)
    texts = table.column("text").to_pylist()
    linter = Linter(locale="en-US")
    list(linter.lint_many(texts[:200]))
    t0 = time.perf_counter()
    findings = sum(len(r.findings) for r in linter.lint_many(texts))
    seconds = time.perf_counter() - t0
    print(json.dumps({"messages": len(texts), "seconds": seconds, "findings": findings}))
else:
    from chatwriter.spark import lint_dataframe, local_session
    t0 = time.perf_counter()
    spark = local_session(mode)
    start = time.perf_counter() - t0
    # Spark packs small files into one split; a lake's files are bigger. Split by file
    # here, so both cores get work, as they would on a real table.
    spark.conf.set("spark.sql.files.maxPartitionBytes", "1m")
    spark.conf.set("spark.sql.files.openCostInBytes", "1m")
    df = spark.read.parquet(path)
    count = df.count()
    t1 = time.perf_counter()
    lint_dataframe(df, locale=None, default_locale="en-US").write.format("noop").mode("overwrite").save()
    seconds = time.perf_counter() - t1
    findings = lint_dataframe(df, locale=None, default_locale="en-US").count() if count <= 200000 else None
    print(json.dumps({"messages": count, "seconds": seconds, "session_start_s": start,
                      "findings": findings, "partitions": df.rdd.getNumPartitions()}))
    spark.stop()
"""


def write_parquet(path: Path, source: list[list[str]], messages: int, seed: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(seed)
    texts: list[str] = []
    while len(texts) < messages:
        for turns in source:
            texts.extend(vary(text, rng) for text in turns)
            if len(texts) >= messages:
                break
    texts = texts[:messages]
    # Files of 25,000 messages, as a lake holds them: Spark gives each file at least one
    # task, so a million messages make forty tasks, enough to keep two cores busy.
    path.mkdir()
    for part, first in enumerate(range(0, len(texts), FILE_ROWS)):
        chunk = texts[first : first + FILE_ROWS]
        ids = [f"m{first + i}" for i in range(len(chunk))]
        pq.write_table(pa.table({"id": ids, "text": chunk}), path / f"part-{part:05d}.parquet")
    return len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", type=Path, default=RESULTS / "spark")
    args = parser.parse_args(argv)
    corpus = corpus_path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"corpus not found: {corpus} (set $CHATWRITER_SGD_JSONL)")
    results: dict = {
        "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "command": "python benchmarks/spark.py"
        + ("" if args.messages == 1_000_000 else f" --messages {args.messages}"),
        "passes": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "messages.parquet"
        results["messages"] = write_parquet(path, dialogues(corpus), args.messages, args.seed)
        for name in ("lint_many", "local[1]", "local[2]"):
            print(f"{name} ...", file=sys.stderr, flush=True)
            results["passes"][name] = run_in_child(CHILD, name, path)
            print(f"  {results['passes'][name]}", file=sys.stderr, flush=True)
    single = results["passes"]["lint_many"]["msgs_per_s"]
    for name, figures in results["passes"].items():
        cores = 1 if name == "lint_many" else int(name[len("local[") : -1])
        figures["speedup"] = round(figures["msgs_per_s"] / single, 2)
        figures["efficiency_per_core"] = round(figures["msgs_per_s"] / cores / single, 2)
    best = results["passes"]["local[2]"]
    per_core = best["msgs_per_s"] / 2
    results["cluster_estimate"] = {
        "messages": 100_000_000,
        "cores": 100,
        "msgs_per_s_per_core": round(per_core, 1),
        "hours": round(100_000_000 / (per_core * 100) / 3600, 2),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    args.output.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    args.output.with_suffix(".md").write_text(markdown(results), "utf-8")
    print(markdown(results))
    return 0


def markdown(results: dict) -> str:
    est = results["cluster_estimate"]
    lines = [
        "# chatwriter on Spark against one process",
        "",
        f"Produced by `{results['command']}` on {results['when']}; {results['machine']}. "
        f"{results['messages']:,} messages (SGD agent turns with seeded variations) in Parquet "
        f"files of {FILE_ROWS:,}, locale en-US; Spark passes timed from job start to end (findings to "
        "the `noop` sink), each pass in its own process.",
        "",
        "| pass | messages | seconds | msgs/s | speed-up | per core vs one process | session start s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, f in results["passes"].items():
        start = f.get("session_start_s")
        lines.append(
            f"| {name} | {f['messages']:,} | {f['seconds']:.1f} | {f['msgs_per_s']:,.0f} | "
            f"{f['speedup']:.2f} | {f['efficiency_per_core']:.2f} | "
            f"{'' if start is None else f'{start:.1f}'} |"
        )
    lines += [
        "",
        f"At the `local[2]` rate per core ({est['msgs_per_s_per_core']:,.0f} msgs/s), "
        f"{est['messages']:,} messages on {est['cores']} cores would take about "
        f"{est['hours']} hours, if a cluster's cores scale as these two did (English "
        "guides; other locales cost more per message, see benchmarks/results/latest.md).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
