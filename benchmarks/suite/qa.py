"""What the QA report and Spark benchmarks share: their messages and their child processes.

Used by benchmarks/report.py, benchmarks/spark.py and the suite's ``qa_report`` and
``spark`` benchmarks (suite/capabilities.py). Messages: the agent turns of the SGD corpus
($CHATWRITER_SGD_JSONL, else ``shared/corpora/sgd_system.jsonl.gz`` beside the checkout;
read at run time, never copied), grouped into their dialogues and repeated with seeded
variations until the count is reached: each repeat gives every dialogue another operator
(200, in 12 teams), other dates over 26 weeks, another CSAT and small seeded edits of the
text (a greeting, a closing, a swapped word), so no two repeats are the same text. A
customer turn (one of a few seeded lines) precedes every agent turn, as in a chat.
Each pass runs in its own process (``run_in_child``), so peak memory is its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import random
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from .core import REPO, Unavailable, log
from .revision import run_python

CORPUS = "sgd_system.jsonl.gz"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / CORPUS
FILE_ROWS = 25_000

START = dt.datetime(2026, 4, 6, 8, 0, tzinfo=dt.timezone.utc)
OPENINGS = ("", "", "Hi! ", "Hello, ", "Thanks for waiting. ", "Sure. ")
CLOSINGS = ("", "", " Anything else?", " Have a nice day.", " Thanks!")
#: What the customer says before each agent turn (SGD keeps only the agent's side).
CUSTOMER = (
    "Okay.",
    "Yes please.",
    "Can you check that for me?",
    "That works, thanks.",
    "What time would that be?",
    "No, the other one.",
    "Hi, I need some help with a booking.",
)
SWAPS = (("reservation", "booking"), ("Okay", "OK"), ("Sure", "Of course"), ("great", "good"))

REPORT_CHILD = r"""
import json, resource, sys, time
mode, path, out = sys.argv[1:4]
t0 = time.perf_counter()
if mode == "lint_many":
    from chatwriter import Linter
    texts = [m["text"] for line in open(path, encoding="utf-8")
             for m in json.loads(line)["messages"] if m["role"] == "agent"]
    linter = Linter(locale="en-US")
    t1 = time.perf_counter()
    findings = sum(len(r.findings) for r in linter.lint_many(texts))
    figures = {"messages": len(texts), "seconds": time.perf_counter() - t1, "findings": findings}
else:
    from chatwriter.cli import main
    args = ["report", path, "--format", "json", "--out", out, "-q", "--isolated"]
    if mode == "store":
        args += ["--store", out + ".duckdb"]
    try:
        main(args)
    except SystemExit as exc:
        if exc.code:
            raise
    data = json.load(open(out, encoding="utf-8"))
    figures = {"messages": data["totals"]["agent_messages"],
               "seconds": time.perf_counter() - t0, "findings": data["totals"]["findings"]}
# VmHWM, not ru_maxrss: after fork + exec Linux carries the parent's high-water mark into
# ru_maxrss, which would report the size of the benchmark run that started this child.
try:
    status = open("/proc/self/status", encoding="ascii").read().split("VmHWM:")[1]
    figures["peak_rss_mib"] = int(status.split()[0]) / 1024
except (OSError, IndexError):
    figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(figures))
"""


def corpus_path(given: Path | None) -> Path:
    if given is not None:
        return given
    env = os.environ.get("CHATWRITER_SGD_JSONL")
    if env:
        return Path(env)
    return DEFAULT_CORPUS if DEFAULT_CORPUS.is_file() else Path("/work/shared/corpora", CORPUS)


def dialogues(path: Path) -> list[list[str]]:
    """Agent turns grouped by dialogue, in file order."""
    grouped: dict[str, list[str]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            grouped[row["id"].rsplit("/", 1)[0]].append(row["text"])
    return list(grouped.values())


def vary(text: str, rng: random.Random) -> str:
    old, new = rng.choice(SWAPS)
    if rng.random() < 0.5:
        text = text.replace(old, new)
    return rng.choice(OPENINGS) + text + rng.choice(CLOSINGS)


def write_transcripts(path: Path, source: list[list[str]], messages: int, seed: int) -> int:
    """Write conversations until ``messages`` agent turns; return the count written."""
    rng = random.Random(seed)
    operators = [(f"Operator {i:03d}", f"Team {i % 12:02d}") for i in range(200)]
    written = 0
    repeat = 0
    with path.open("w", encoding="utf-8") as out:
        while written < messages:
            for n, turns in enumerate(source):
                author, team = rng.choice(operators)
                at = START + dt.timedelta(days=rng.randrange(182), seconds=rng.randrange(36_000))
                turns = turns[: messages - written]
                chat = []
                for text in turns:
                    chat.append({"role": "customer", "text": rng.choice(CUSTOMER), "at": _iso(at)})
                    at += dt.timedelta(seconds=rng.randrange(20, 600))
                    chat.append(
                        {"role": "agent", "author": author, "text": vary(text, rng), "at": _iso(at)}
                    )
                conv = {
                    "id": f"r{repeat}-{n}",
                    "locale": "en-US",
                    "team": team,
                    "csat": rng.choice([None, 3, 4, 5, 5]),
                    "messages": chat,
                }
                out.write(json.dumps(conv) + "\n")
                written += len(turns)
                if written >= messages:
                    break
            repeat += 1
    return written


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


SPARK_CHILD = r"""
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
    try:
        spark = local_session(mode)
    except Exception as exc:  # no Java, a JVM that cannot start: say why, in one line
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:400]
        print(json.dumps({"unavailable": f"Spark {mode} did not start: {reason}"}))
        sys.exit(0)
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


def write_parquet(
    path: Path, source: list[list[str]], messages: int, seed: int, rows: int = FILE_ROWS
) -> int:
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
    for part, first in enumerate(range(0, len(texts), rows)):
        chunk = texts[first : first + rows]
        ids = [f"m{first + i}" for i in range(len(chunk))]
        pq.write_table(pa.table({"id": ids, "text": chunk}), path / f"part-{part:05d}.parquet")
    return len(texts)


def run_in_child(code: str, *args: object, src: Path | None = None) -> dict:
    """Run ``code`` in a fresh interpreter with ``src`` first on its path (default: the
    chatwriter this process imported, so ``run.py --compare`` measures each side's); its
    last stdout line is a JSON object of figures, to which the whole process time and
    msgs/s are added. A child that prints ``{"unavailable": REASON}`` raises Unavailable;
    one that fails raises RuntimeError with the tail of its stderr."""
    if src is None:
        import chatwriter

        src = Path(chatwriter.__file__).resolve().parents[1]
    started = time.perf_counter()
    figures = run_python(code, *args, src=src)
    if "unavailable" in figures:
        raise Unavailable(figures["unavailable"])
    figures["process_seconds"] = round(time.perf_counter() - started, 2)
    figures["msgs_per_s"] = round(figures["messages"] / figures["seconds"], 1)
    return figures


def report_passes(
    source: list[list[str]], messages: int, seed: int, *, tenth: bool = True, store: bool = True
) -> dict[str, Any]:
    """Transcripts of ``messages`` agent turns, then each pass in its own process:
    ``lint_many`` on the agent texts (the floor), ``chatwriter report`` whole process,
    with ``tenth`` the same on a tenth of the messages, with ``store`` ``report --store``
    (DuckDB) and its size on disk. ``of_lint_many``: each pass's msgs/s over the floor's."""
    out: dict[str, Any] = {"passes": {}}
    passes = out["passes"]
    with tempfile.TemporaryDirectory(prefix="chatwriter-report-") as tmp:
        folder = Path(tmp)
        full, small = folder / "full.jsonl", folder / "tenth.jsonl"
        out["messages"] = write_transcripts(full, source, messages, seed)
        out["transcript_mib"] = round(full.stat().st_size / 2**20, 1)
        plan = [("lint_many", "lint_many", full), ("report", "report", full)]
        if tenth:
            write_transcripts(small, source, max(1, messages // 10), seed)
            plan.append(("report, a tenth of the messages", "report", small))
        if store:
            plan.append(("report --store", "store", full))
        for name, mode, path in plan:
            log(f"  {name} ...")
            passes[name] = run_in_child(REPORT_CHILD, mode, path, folder / f"{mode}.json")
            if mode == "store":
                size = (folder / f"{mode}.json.duckdb").stat().st_size
                passes[name]["store_mib"] = round(size / 2**20, 1)
    floor = passes["lint_many"]["msgs_per_s"]
    for figures in passes.values():
        figures["of_lint_many"] = round(figures["msgs_per_s"] / floor, 3)
    return out


def spark_passes(
    source: list[list[str]],
    messages: int,
    seed: int,
    rows: int = FILE_ROWS,
    masters: tuple[str, ...] = ("local[1]", "local[2]"),
) -> dict[str, Any]:
    """The messages as Parquet files of ``rows``, then ``lint_many`` in one process and
    ``lint_dataframe`` on each of ``masters`` (``local[N]``; the last gives the estimate),
    each pass in its own process; speed-up and efficiency per core against the single
    process; what 100 cores would take at the last master's rate per core."""
    out: dict[str, Any] = {"passes": {}, "file_rows": rows}
    with tempfile.TemporaryDirectory(prefix="chatwriter-spark-") as tmp:
        path = Path(tmp) / "messages.parquet"
        out["messages"] = write_parquet(path, source, messages, seed, rows)
        for name in ("lint_many", *masters):
            log(f"  {name} ...")
            out["passes"][name] = run_in_child(SPARK_CHILD, name, path)
    single = out["passes"]["lint_many"]["msgs_per_s"]
    for name, figures in out["passes"].items():
        cores = 1 if name == "lint_many" else int(name[len("local[") : -1])
        figures["speedup"] = round(figures["msgs_per_s"] / single, 2)
        figures["efficiency_per_core"] = round(figures["msgs_per_s"] / cores / single, 2)
    last = masters[-1]
    per_core = out["passes"][last]["msgs_per_s"] / int(last[len("local[") : -1])
    out["cluster_estimate"] = {
        "messages": 100_000_000,
        "cores": 100,
        "msgs_per_s_per_core": round(per_core, 1),
        "hours": round(100_000_000 / (per_core * 100) / 3600, 2),
    }
    return out


def script_start(
    description: str, script: str, output: Path, argv: list[str] | None
) -> tuple[argparse.Namespace, list[list[str]], dict[str, Any]]:
    """The command line of benchmarks/report.py and spark.py: their arguments, the
    dialogues of the corpus, and the head of their results."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args(argv)
    corpus = corpus_path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"corpus not found: {corpus} (set $CHATWRITER_SGD_JSONL)")
    head = {
        "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "command": f"python benchmarks/{script}"
        + ("" if args.messages == 1_000_000 else f" --messages {args.messages}"),
    }
    return args, dialogues(corpus), head


def write_results(results: dict[str, Any], output: Path, markdown: str) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    output.with_suffix(".md").write_text(markdown, "utf-8")
    print(markdown)
