"""chatwriter beside the library: the hook (stdio, HTTP, one-shot), `report` and Spark.

The measuring code is shared with the standalone scripts: suite/hook.py with
benchmarks/hook.py, suite/qa.py with benchmarks/report.py and benchmarks/spark.py. Here
each runs on the plan's (smaller) counts, in the same run as the library's figures:

- ``hook_stdio``: ``chatwriter serve --stdio --locales en-US``, one ``hook`` call at a time;
- ``hook_http``: ``chatwriter serve --http --workers 1`` on 127.0.0.1 with every built-in
  locale (one hook per locale first, then its RSS), ``hook_requests`` POSTs at
  concurrency 1, 8 and 32; a full run adds a 2-worker server at concurrency 32;
- ``hook_cli``: the one-shot ``chatwriter hook``, whole process;
- ``qa_report``: ``lint_many`` on the agent turns, ``chatwriter report`` whole process and
  ``report --store`` (when duckdb is installed), each in its own process;
- ``spark``: ``lint_many`` in one process against ``lint_dataframe`` on ``local[1]`` and
  ``local[2]`` (``local[2]`` only in a quick run; unavailable, with the reason, when
  pyspark or Java cannot start).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from typing import Any

from . import hook, qa
from .core import HIGHER, LOWER, Context, Unavailable, benchmark


def _short_messages(ctx: Context) -> list[str]:
    """The first 2,000 corpus messages of at most hook.MAX_CHARS characters."""
    messages = [t for t in ctx.messages[:2000] if len(t) <= hook.MAX_CHARS]
    if not messages:
        raise Unavailable(f"no messages of <= {hook.MAX_CHARS} characters in the corpus")
    return messages


@benchmark(
    "hook_stdio",
    [
        ("p50", ("p50_ms",), "ms", LOWER),
        ("p99", ("p99_ms",), "ms", LOWER),
    ],
)
def bench_hook_stdio(ctx: Context) -> dict[str, Any]:
    out = hook.bench_stdio(_short_messages(ctx), ctx.plan.hook_calls)
    out["targets"] = [hook.verdict("stdio_p99_ms", out["p99_ms"])]
    return out


@benchmark(
    "hook_http",
    [
        ("concurrency 1, p50", ("c1", "p50_ms"), "ms", LOWER),
        ("concurrency 8, p99", ("c8", "p99_ms"), "ms", LOWER),
        ("concurrency 32, req/s", ("c32", "rps"), "req/s", HIGHER),
        ("2 workers, concurrency 32, req/s", ("saturation", "rps"), "req/s", HIGHER),
        ("RSS, all locales loaded", ("rss", "rss_mb"), "MB", LOWER),
    ],
)
def bench_hook_http(ctx: Context) -> dict[str, Any]:
    plan = ctx.plan
    data = hook.bench_http(
        _short_messages(ctx), plan.hook_requests, threads=False, saturation=plan.hook_saturation
    )
    out: dict[str, Any] = {f"c{level['concurrency']}": level for level in data["levels"]}
    out["levels"] = [level["concurrency"] for level in data["levels"]]
    out["rss"] = data["rss"]
    out["targets"] = [
        hook.verdict("http_c8_p99_ms", out["c8"]["p99_ms"]),
        hook.verdict("rss_mb", out["rss"]["rss_mb"]),
    ]
    if "saturation" in data:
        out["saturation"] = data["saturation"]
        out["targets"].append(hook.verdict("http_w2_rps", data["saturation"]["rps"]))
    failed = [level for level in data["levels"] if level["errors"]]
    if failed:
        count = sum(level["errors"] for level in failed)
        out["note"] = f"{count} hook requests failed (first: {failed[0].get('first_error')})"
    return out


@benchmark("hook_cli", [("p50", ("p50_ms",), "ms", LOWER)])
def bench_hook_cli(ctx: Context) -> dict[str, Any]:
    return hook.bench_cli(_short_messages(ctx), ctx.plan.hook_cli_runs)


def _dialogues() -> list[list[str]]:
    path = qa.corpus_path(None)
    if not path.is_file():
        raise Unavailable(f"SGD dialogues not found: {path} (set $CHATWRITER_SGD_JSONL)")
    return qa.dialogues(path)


@benchmark(
    "qa_report",
    [
        ("report, msgs/s", ("passes", "report", "msgs_per_s"), "msgs/s", HIGHER),
        ("report / lint_many", ("passes", "report", "of_lint_many"), "x", HIGHER),
        ("report, peak RSS", ("passes", "report", "peak_rss_mib"), "MB", LOWER),
        ("report --store, msgs/s", ("passes", "report --store", "msgs_per_s"), "msgs/s", HIGHER),
    ],
)
def bench_qa_report(ctx: Context) -> dict[str, Any]:
    store = importlib.util.find_spec("duckdb") is not None
    out = qa.report_passes(_dialogues(), ctx.plan.report_messages, 0, tenth=False, store=store)
    out["how"] = "whole process: start, read, lint with context, count, write (--format json)"
    if not store:
        out["note"] = "report --store not measured: duckdb is not installed"
    return out


@benchmark(
    "spark",
    [
        ("local[2], msgs/s", ("passes", "local[2]", "msgs_per_s"), "msgs/s", HIGHER),
        ("local[2] / one process", ("passes", "local[2]", "speedup"), "x", HIGHER),
        ("local[1] / one process", ("passes", "local[1]", "speedup"), "x", HIGHER),
        ("local[2] session start", ("passes", "local[2]", "session_start_s"), "s", LOWER),
    ],
)
def bench_spark(ctx: Context) -> dict[str, Any]:
    for module in ("pyspark", "pyarrow"):
        if importlib.util.find_spec(module) is None:
            raise Unavailable(f"{module} is not installed (pip install '.[spark]')")
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and os.path.isdir(java_home)):
        raise Unavailable("Spark needs Java: no `java` on PATH and no $JAVA_HOME")
    plan = ctx.plan
    # A quick run leaves local[1] out: each pass starts a JVM (10-20 s on a busy machine).
    masters = ("local[2]",) if plan.quick else ("local[1]", "local[2]")
    return qa.spark_passes(_dialogues(), plan.spark_messages, 0, plan.spark_file_rows, masters)
