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

Every process started here is stopped before the script exits.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from suite.core import Unavailable, chatwriter_exe
from suite.server import HttpServer

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"
RESULTS = REPO / "benchmarks" / "results"
MAX_CHARS = 300
LOCALE = "en-US"

TARGETS = {
    "stdio_p99_ms": ("stdio worker p99", "<=", 5.0, "ms"),
    "http_c8_p99_ms": ("HTTP /v1/hook p99, concurrency 8, 1 worker", "<=", 10.0, "ms"),
    "http_w2_rps": ("HTTP /v1/hook at saturation, 2 workers, concurrency 32", ">=", 500.0, "req/s"),
    "rss_mb": ("RSS of the HTTP server, all locales loaded", "<=", 400.0, "MB"),
}


def read_messages(path: Path, lines: int) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= lines:
                break
            text = line.rstrip("\n")
            if text.strip() and len(text) <= MAX_CHARS:
                out.append(text)
    return out


def percentiles(samples_s: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples_s)

    def pick(q: float) -> float:
        return ms[min(len(ms) - 1, round(q * (len(ms) - 1)))]

    return {
        "n": len(ms),
        "p50_ms": round(pick(0.50), 3),
        "p99_ms": round(pick(0.99), 3),
        "max_ms": round(ms[-1], 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def payload(text: str, locale: str = LOCALE) -> bytes:
    return json.dumps({"text": text, "locale": locale}).encode("utf-8")


def hook_load(port: int, bodies: list[bytes], requests: int, concurrency: int) -> dict[str, Any]:
    """``requests`` POSTs over ``concurrency`` keep-alive connections; per-request latency."""
    lock = threading.Lock()
    state = {"next": 0}
    latencies: list[float] = []
    errors: list[str] = []

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Content-Type": "application/json"}
        mine: list[float] = []
        try:
            while True:
                with lock:
                    i = state["next"]
                    if i >= requests:
                        break
                    state["next"] = i + 1
                body = bodies[i % len(bodies)]
                t0 = time.perf_counter()
                try:
                    conn.request("POST", "/v1/hook", body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                    ok = response.status == 200 and b'"decision"' in data
                except (OSError, http.client.HTTPException) as exc:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    with lock:
                        errors.append(repr(exc))
                    continue
                mine.append(time.perf_counter() - t0)
                if not ok:
                    with lock:
                        errors.append(f"status {response.status}")
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        for future in [pool.submit(client) for _ in range(concurrency)]:
            future.result()
    wall = time.perf_counter() - started
    out = percentiles(latencies)
    out.update(
        concurrency=concurrency,
        requests=requests,
        errors=len(errors),
        wall_s=round(wall, 3),
        rps=round(len(latencies) / wall, 1),
    )
    if errors:
        out["first_error"] = errors[0]
    return out


def bench_http(messages: list[str], requests: int) -> dict[str, Any]:
    bodies = [payload(m) for m in messages]
    out: dict[str, Any] = {}
    server = HttpServer("--workers", "1")  # all built-in locales
    try:
        status, raw = server.get("/v1/locales")
        locales = [entry["locale"] for entry in json.loads(raw)["locales"]] if status == 200 else []
        for tag in locales:
            warm = hook_load(
                server.port, [payload("Thanks, I will check that for you.", tag)], 1, 1
            )
            if warm["errors"]:
                raise RuntimeError(f"warm-up of {tag} failed: {warm.get('first_error')}")
        out["rss"] = {"locales": len(locales), "rss_mb": round(server.rss_mb(), 1)}
        hook_load(server.port, bodies, min(200, requests), 4)  # warm-up, not recorded
        out["levels"] = [hook_load(server.port, bodies, requests, c) for c in (1, 8, 32)]
        out["rss"]["rss_mb_after_load"] = round(server.rss_mb(), 1)
        out["rss"]["tree_pss_mb"] = round(server.tree_pss_mb(), 1)
        out["rss"]["tree_processes"] = len(server.tree())
    finally:
        server.stop()
    # The same server linting in threads (--processes 0): no check can be stopped, but no
    # hop to a worker process either; measured for comparison, not against a target.
    server = HttpServer("--workers", "1", "--processes", "0", "--locales", LOCALE)
    try:
        hook_load(server.port, bodies, min(200, requests), 4)  # warm-up, not recorded
        out["threads"] = [hook_load(server.port, bodies, requests, c) for c in (1, 8, 32)]
    finally:
        server.stop()
    server = HttpServer("--workers", "2", "--locales", LOCALE)
    try:
        # Warm-up, not recorded: /healthz answers as soon as one worker process is up,
        # and the other is still loading for a few seconds; repeat rounds until req/s settles.
        warmup = []
        for _ in range(8):
            warmup.append(hook_load(server.port, bodies, 1000, 32)["rps"])
            if len(warmup) >= 2 and abs(warmup[-1] - warmup[-2]) <= 0.1 * warmup[-2]:
                break
        out["saturation"] = hook_load(server.port, bodies, requests * 2, 32)
        out["saturation"]["workers"] = 2
        out["saturation"]["warmup_rps"] = warmup
    finally:
        server.stop()
    return out


def bench_stdio(messages: list[str], calls: int) -> dict[str, Any]:
    cmd = [chatwriter_exe(), "serve", "--stdio", "--isolated", "--locales", LOCALE]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:

        def call(method: str, params: dict[str, Any], ident: int) -> dict[str, Any]:
            line = {"jsonrpc": "2.0", "method": method, "params": params, "id": ident}
            proc.stdin.write(json.dumps(line).encode("utf-8") + b"\n")
            proc.stdin.flush()
            answer = proc.stdout.readline()
            if not answer:
                raise RuntimeError("the stdio worker closed its output")
            return json.loads(answer)

        call("ping", {}, 0)
        for i, text in enumerate(messages[:100]):  # warm-up
            call("hook", {"text": text, "locale": LOCALE}, i)
        latencies, errors = [], 0
        for i in range(calls):
            t0 = time.perf_counter()
            answer = call("hook", {"text": messages[i % len(messages)], "locale": LOCALE}, i)
            latencies.append(time.perf_counter() - t0)
            errors += "result" not in answer
        call("shutdown", {}, -1)
        out = percentiles(latencies)
        out["errors"] = errors
        return out
    finally:
        if proc.poll() is None:
            proc.stdin.close()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def bench_cli(messages: list[str], runs: int) -> dict[str, Any]:
    cmd = [chatwriter_exe(), "hook", "--isolated"]
    latencies, bad = [], 0
    for i in range(runs + 1):
        data = json.dumps({"text": messages[i % len(messages)], "locale": LOCALE}).encode()
        t0 = time.perf_counter()
        done = subprocess.run(cmd, input=data, capture_output=True, timeout=120, check=False)
        elapsed = time.perf_counter() - t0
        if i == 0:
            continue  # first run warms the file cache
        latencies.append(elapsed)
        bad += done.returncode not in (0, 1) or b'"decision"' not in done.stdout
    out = percentiles(latencies)
    out["errors"] = bad
    return out


def verdict(key: str, value: float) -> dict[str, Any]:
    label, op, goal, unit = TARGETS[key]
    ok = value <= goal if op == "<=" else value >= goal
    margin = (goal - value) / goal if op == "<=" else (value - goal) / goal
    text = f"{abs(margin) * 100:.0f}% {'headroom' if ok else 'short'}"
    return {
        "target": label,
        "goal": f"{op} {goal:g} {unit}",
        "measured": f"{value:,.1f} {unit}" if unit != "ms" else f"{value:.2f} {unit}",
        "status": "PASS" if ok else "MISS",
        "margin": text,
    }


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
