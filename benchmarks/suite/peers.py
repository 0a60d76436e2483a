"""The floor and the peers: spaCy's blank tokenizer, proselint, write-good, alex, LanguageTool.

These do not depend on chatwriter's revision, so ``--compare`` leaves them out.
"""

from __future__ import annotations

import contextlib
import gc
import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from .core import (
    CHILD,
    NODE_BIN,
    NODE_DIR,
    Context,
    Unavailable,
    benchmark,
    median,
    percentile,
    run_timed,
)


@benchmark("spacy_tokenizer")
def bench_spacy_tokenizer(ctx: Context) -> dict[str, Any]:
    import spacy

    nlp = spacy.blank("en")
    messages = ctx.messages
    list(nlp.tokenizer.pipe(messages[:200]))
    pipe_runs, make_runs, pipe_cpu = [], [], []
    for _ in range(ctx.plan.repeats):
        gc.collect()
        cpu_start = time.process_time()
        start = time.perf_counter()
        for _doc in nlp.tokenizer.pipe(messages):
            pass
        pipe_runs.append(time.perf_counter() - start)
        pipe_cpu.append(time.process_time() - cpu_start)
        start = time.perf_counter()
        for text in messages:
            nlp.make_doc(text)
        make_runs.append(time.perf_counter() - start)
    n = len(messages)
    return {
        "messages": n,
        "pipe_runs_s": pipe_runs,
        "make_doc_runs_s": make_runs,
        "msgs_per_s": n / median(pipe_runs),
        "msgs_per_cpu_s": n / median(pipe_cpu),
        "make_doc_msgs_per_s": n / median(make_runs),
        "note": "spacy.blank('en'): tokenizer only, the floor chatwriter cannot beat",
    }


@benchmark("proselint_api")
def bench_proselint_api(ctx: Context) -> dict[str, Any]:
    python = ctx.args.proselint_python or sys.executable
    count = ctx.plan.proselint_messages or len(ctx.messages)
    cmd = [
        python,
        str(CHILD),
        "proselint-api",
        "--corpus",
        str(ctx.messages_file()),
        "--messages",
        str(count),
        "--repeats",
        str(ctx.plan.peer_repeats),
    ]
    _, proc = run_timed(cmd, ok=(0,))
    data = json.loads(proc.stdout)
    if "unavailable" in data:
        raise Unavailable(data["unavailable"] + "; pip install -r benchmarks/requirements.txt")
    data["msgs_per_s"] = data["messages"] / data["seconds"]
    data["msgs_per_cpu_s"] = data["messages"] / data["cpu_seconds"]
    data["how"] = "Python API, LintFile(...).lint() per message, in process"
    return data


@benchmark("proselint_cli")
def bench_proselint_cli(ctx: Context) -> dict[str, Any]:
    python = ctx.args.proselint_python or sys.executable
    # `python -m proselint` without proselint exits 1, which is also proselint's "found
    # something": without this check a missing peer would be timed as a result.
    probe = subprocess.run([python, "-c", "import proselint"], capture_output=True, check=False)
    if probe.returncode != 0:
        raise Unavailable(f"proselint is not installed for {python}")
    config = ctx.tmp / "proselintrc.json"
    # The default stops after 1,000 findings per file; lift it so every message is checked.
    config.write_text(json.dumps({"max_errors": 10**9}))
    path = ctx.messages_file()
    cmd = [python, "-m", "proselint", "check", "--config", str(config), str(path)]
    return _cli_over_file(ctx, cmd, "whole process, one file with one message per line")


def _node_tool(name: str) -> str:
    exe = NODE_BIN / name
    if not exe.exists():
        raise Unavailable(f"{name} is not installed: run `npm ci --prefix benchmarks/node`")
    if not shutil.which("node"):
        raise Unavailable("node is not on PATH")
    return str(exe)


def _node_version(package: str) -> str | None:
    meta = NODE_DIR / "node_modules" / package / "package.json"
    with contextlib.suppress(OSError, ValueError):
        return json.loads(meta.read_text())["version"]
    return None


def _cli_over_file(
    ctx: Context, cmd: list[str], how: str, ok: tuple[int, ...] = (0, 1)
) -> dict[str, Any]:
    n = len(ctx.messages)
    runs = []
    rc = None
    lines = 0
    for _ in range(ctx.plan.peer_repeats):
        elapsed, proc = run_timed(cmd, cwd=ctx.tmp, ok=ok)
        runs.append(elapsed)
        rc = proc.returncode
        lines = len(proc.stdout.splitlines()) + len(proc.stderr.splitlines())
    return {
        "messages": n,
        "runs_s": runs,
        "msgs_per_s": n / median(runs),
        "exit_code": rc,
        "output_lines": lines,
        "how": how,
    }


@benchmark("write_good_cli")
def bench_write_good(ctx: Context) -> dict[str, Any]:
    exe = _node_tool("write-good")
    # --parse: one line per finding and a plain exit code (0 clean, 255 findings); without
    # it the exit code is the number of findings, which hides a crash.
    how = "whole process (node), one file, --parse output"
    out = _cli_over_file(ctx, [exe, "--parse", str(ctx.messages_file())], how, ok=(0, 255))
    out["version"] = _node_version("write-good")
    return out


@benchmark("alex_cli")
def bench_alex(ctx: Context) -> dict[str, Any]:
    exe = _node_tool("alex")
    how = "whole process (node), one file, --text (plain text, not markdown)"
    out = _cli_over_file(ctx, [exe, "--text", str(ctx.messages_file())], how)
    out["version"] = _node_version("alex")
    return out


@benchmark("languagetool")
def bench_languagetool(ctx: Context) -> dict[str, Any]:
    url = ctx.args.languagetool_url
    if not url:
        raise Unavailable("no LanguageTool server given (--languagetool-url http://host:port)")
    base = url.rstrip("/")
    if base.endswith("/v2"):
        base = base[: -len("/v2")]
    try:
        with urllib.request.urlopen(f"{base}/v2/languages", timeout=5) as resp:
            resp.read()
    except (urllib.error.URLError, OSError) as exc:
        raise Unavailable(f"no LanguageTool server answers at {base} ({exc})") from None
    messages = ctx.messages[: ctx.plan.languagetool_messages]

    def check(text: str) -> dict[str, Any]:
        body = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()
        with urllib.request.urlopen(f"{base}/v2/check", data=body, timeout=60) as resp:
            return json.loads(resp.read())

    for text in messages[:10]:  # warm-up: the first checks of a fresh server take seconds
        check(text)
    times = []
    matches = 0
    for text in messages:
        start = time.perf_counter()
        payload = check(text)
        times.append(time.perf_counter() - start)
        matches += len(payload.get("matches", []))
    ordered = sorted(t * 1000 for t in times)
    return {
        "messages": len(messages),
        "msgs_per_s": len(messages) / sum(times),
        "p50_ms": percentile(ordered, 50),
        "p99_ms": percentile(ordered, 99),
        "findings": matches,
        "how": "HTTP POST /v2/check, one message per request, sequential, after 10 warm-up checks",
    }
