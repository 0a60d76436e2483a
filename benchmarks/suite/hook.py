"""The pre-send hook measured over its transports, shared by benchmarks/hook.py and the suite.

On 127.0.0.1 only, with messages of at most 300 characters sent as ``{"text": ...,
"locale": "en-US"}``: ``POST /v1/hook`` against ``chatwriter serve --http`` at several
concurrencies (keep-alive ``http.client`` connections, one per client thread; latency
includes the Python client), the ``chatwriter serve --stdio`` worker one call at a time,
and the one-shot ``chatwriter hook`` command, whole process. Every process started here
is stopped before the function that started it returns.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import json
import statistics
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from .core import chatwriter_exe
from .server import HttpServer

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


def bench_http(
    messages: list[str],
    requests: int,
    *,
    levels: tuple[int, ...] = (1, 8, 32),
    threads: bool = True,
    saturation: bool = True,
) -> dict[str, Any]:
    """A 1-worker server with every built-in locale: RSS, then ``requests`` hooks at each
    of ``levels``; with ``threads`` the same in threads (``--processes 0``); with
    ``saturation`` a 2-worker server at concurrency 32 (``requests * 2`` hooks)."""
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
        out["levels"] = [hook_load(server.port, bodies, requests, c) for c in levels]
        out["rss"]["rss_mb_after_load"] = round(server.rss_mb(), 1)
        out["rss"]["tree_pss_mb"] = round(server.tree_pss_mb(), 1)
        out["rss"]["tree_processes"] = len(server.tree())
    finally:
        server.stop()
    if threads:
        # The same server linting in threads (--processes 0): no check can be stopped, but
        # no hop to a worker process either; measured for comparison, not against a target.
        server = HttpServer("--workers", "1", "--processes", "0", "--locales", LOCALE)
        try:
            hook_load(server.port, bodies, min(200, requests), 4)  # warm-up, not recorded
            out["threads"] = [hook_load(server.port, bodies, requests, c) for c in levels]
        finally:
            server.stop()
    if saturation:
        out["saturation"] = bench_saturation(bodies, requests * 2)
    return out


def bench_saturation(bodies: list[bytes], requests: int) -> dict[str, Any]:
    """``requests`` hooks at concurrency 32 against ``--workers 2``, after a warm-up."""
    server = HttpServer("--workers", "2", "--locales", LOCALE)
    try:
        # Warm-up, not recorded: /healthz answers as soon as one worker process is up,
        # and the other is still loading for a few seconds; repeat rounds until req/s settles.
        warmup = []
        for _ in range(8):
            warmup.append(hook_load(server.port, bodies, 1000, 32)["rps"])
            if len(warmup) >= 2 and abs(warmup[-1] - warmup[-2]) <= 0.1 * warmup[-2]:
                break
        out = hook_load(server.port, bodies, requests, 32)
        out["workers"] = 2
        out["warmup_rps"] = warmup
        return out
    finally:
        server.stop()


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
