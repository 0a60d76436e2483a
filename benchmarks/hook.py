#!/usr/bin/env python
"""Speed of the pre-send hook over its three transports (issue 5, "Speed, in benchmarks").

    python benchmarks/hook.py            # full run -> benchmarks/results/hook.json, hook.md
    python benchmarks/hook.py --quick    # fewer requests, same files

Measured in one run, on 127.0.0.1 only, on the same messages: the first lines of
``../shared/corpora/sgd_system_10k.txt`` (read at run time, never copied), keeping
messages of at most 300 characters, sent as ``{"text": ..., "locale": "en-US"}``:

- ``POST /v1/hook`` p50/p99 at concurrency 1, 8 and 32 against ``chatwriter serve
  --http`` with 1 worker process (keep-alive ``http.client`` connections, one per client
  thread; latency includes the Python client), and requests/second at concurrency 32
  against ``--workers 2``;
- the ``chatwriter serve --stdio`` worker, one ``hook`` call at a time;
- the one-shot ``chatwriter hook`` command, whole process;
- VmRSS of the 1-worker HTTP server after one hook request per locale of /v1/locales.

Every process started here is stopped before the script exits. The measuring code is
benchmarks/suite/hook.py, which ``python benchmarks/run.py`` runs too (``hook_stdio``,
``hook_http``, ``hook_cli``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

from suite.core import Unavailable
from suite.hook import (
    LOCALE,
    MAX_CHARS,
    bench_cli,
    bench_http,
    bench_stdio,
    read_messages,
    verdict,
)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"
RESULTS = REPO / "benchmarks" / "results"


def machine() -> dict[str, Any]:
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "git_commit": commit,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def render(result: dict[str, Any]) -> str:
    rows = ["| measurement | p50 | p99 | max | req/s | requests | errors |"]
    rows.append("| --- | --- | --- | --- | --- | --- | --- |")
    for key, how in (("levels", "lint processes"), ("threads", "threads, --processes 0")):
        for level in result["http"].get(key, ()):
            rows.append(
                f"| HTTP /v1/hook, 1 worker ({how}), concurrency {level['concurrency']} "
                f"| {level['p50_ms']:.2f} ms | {level['p99_ms']:.2f} ms "
                f"| {level['max_ms']:.2f} ms | {level['rps']:,.0f} | {level['n']:,} "
                f"| {level['errors']} |"
            )
    sat = result["http"]["saturation"]
    rows.append(
        f"| HTTP /v1/hook, 2 workers, concurrency 32 | {sat['p50_ms']:.2f} ms "
        f"| {sat['p99_ms']:.2f} ms | {sat['max_ms']:.2f} ms | {sat['rps']:,.0f} "
        f"| {sat['n']:,} | {sat['errors']} |"
    )
    for key, label in (
        ("stdio", "stdio worker, one call at a time"),
        ("cli", "`chatwriter hook`, whole process"),
    ):
        r = result[key]
        rows.append(
            f"| {label} | {r['p50_ms']:.2f} ms | {r['p99_ms']:.2f} ms | {r['max_ms']:.2f} ms "
            f"| | {r['n']:,} | {r['errors']} |"
        )
    rss = result["http"]["rss"]
    targets = ["| target | goal | measured | status | margin |", "| --- | --- | --- | --- | --- |"]
    for v in result["targets"]:
        targets.append(
            f"| {v['target']} | {v['goal']} | {v['measured']} | **{v['status']}** | {v['margin']} |"
        )
    m = result["machine"]
    load = max(m["load_average"][0], result["load_average_end"][0])
    busy = []
    if m["cores"] and load > 0.5 * m["cores"]:
        busy = [
            f"WARNING: the machine was busy (1-minute load average up to {load:.1f} on "
            f"{m['cores']} cores): wall-clock latencies are pessimistic.",
            "",
        ]
    return "\n".join(
        [
            "# Hook latency (issue 5)",
            "",
            f"Generated {result['generated']} by `{result['command']}` on "
            f"{result['messages']:,} messages (<= {MAX_CHARS} characters) of "
            f"`{CORPUS.name}`, locale {LOCALE}, 127.0.0.1.",
            "",
            *targets,
            "",
            *rows,
            "",
            f"RSS of the 1-worker HTTP server with all {rss['locales']} locales loaded "
            f"(one hook per locale): {rss['rss_mb']:.0f} MB; after the latency runs: "
            f"{rss['rss_mb_after_load']:.0f} MB. With its lint zygote and worker processes "
            f"({rss.get('tree_processes', 1)} processes, forked after compiling, sharing "
            f"pages copy-on-write): {rss.get('tree_pss_mb', 0):.0f} MB proportional set "
            "size in all.",
            "",
            f"Machine: {m['cores']} cores, Python {m['python']}, {m['os']}, commit "
            f"{m['git_commit']}, load average {m['load_average']} at start, "
            f"{result['load_average_end']} at end.",
            "",
            f"Warm-up of the 2-worker server (req/s of 1,000-request rounds until it "
            f"settles, not recorded): {', '.join(f'{x:,.0f}' for x in sat['warmup_rps'])}.",
            "",
            *busy,
            "HTTP latency is measured by a Python client (one thread and keep-alive "
            "connection per concurrent client) on the same 2 cores as the server, so it "
            "includes the client's own time, and with 2 workers the client, the server processes "
            "and anything else running compete for the same cores. The 1-worker server has all "
            "locales loaded (for the RSS figure); the 2-worker server and the stdio worker load "
            f"{LOCALE} only; the CLI compiles {LOCALE} on every run. Servers lint in worker "
            "processes (stopped at the time limit) unless marked --processes 0.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 requests per level")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    requests = 500 if args.quick else 2000
    messages = read_messages(args.corpus, 2000)
    if not messages:
        sys.exit(f"no messages of <= {MAX_CHARS} characters in {args.corpus}")
    command = "python benchmarks/hook.py" + (" --quick" if args.quick else "")
    result: dict[str, Any] = {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": command,
        "messages": len(messages),
        "machine": machine(),
    }
    print(f"{len(messages)} messages; HTTP ...", file=sys.stderr)
    result["http"] = bench_http(messages, requests)
    print("stdio ...", file=sys.stderr)
    result["stdio"] = bench_stdio(messages, 2000)
    print("CLI ...", file=sys.stderr)
    result["cli"] = bench_cli(messages, 10)
    result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    c8 = next(lv for lv in result["http"]["levels"] if lv["concurrency"] == 8)
    result["targets"] = [
        verdict("stdio_p99_ms", result["stdio"]["p99_ms"]),
        verdict("http_c8_p99_ms", c8["p99_ms"]),
        verdict("http_w2_rps", result["http"]["saturation"]["rps"]),
        verdict("rss_mb", result["http"]["rss"]["rss_mb"]),
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "hook.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    table = render(result)
    (RESULTS / "hook.md").write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    try:
        main()
    except Unavailable as exc:  # the chatwriter console script is not installed
        sys.exit(str(exc))
