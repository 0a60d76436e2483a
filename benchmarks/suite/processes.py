"""Whole processes: cold start of the CLI, peak RSS, the batch CLI."""

from __future__ import annotations

import json
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .core import (
    CHILD,
    HIGHER,
    LOWER,
    Context,
    Unavailable,
    benchmark,
    chatwriter_exe,
    median,
    run_timed,
)


def _hyperfine(commands: list[str], runs: int, cwd: Path) -> list[dict[str, Any]]:
    out = cwd / "hyperfine.json"
    cmd = [
        "hyperfine",
        "--style",
        "none",
        "--warmup",
        "2",
        "--runs",
        str(runs),
        "--ignore-failure",
        "--export-json",
        str(out),
        *commands,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, check=False)
    if proc.returncode != 0:
        raise Unavailable(f"hyperfine failed: {proc.stderr.strip()[-300:]}")
    return json.loads(out.read_text())["results"]


def _import_breakdown(cmd: list[str], cwd: Path) -> dict[str, Any]:
    """Import time of a command (python -X importtime), by top-level package (self time)."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, check=False)
    by_package: dict[str, float] = {}
    total = 0.0
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)", line)
        if not m:
            continue
        own = int(m.group(1)) / 1000
        total += own
        package = m.group(4).split(".")[0]
        by_package[package] = by_package.get(package, 0.0) + own
    top = sorted(by_package.items(), key=lambda kv: -kv[1])[:10]
    return {
        "total_ms": total,
        "by_package": [{"package": k, "ms": v} for k, v in top],
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@benchmark(
    "cold_start",
    [
        ("`chatwriter lint`, wall", ("chatwriter_lint_s",), "s", LOWER),
        ("`chatwriter lint`, CPU", ("chatwriter_cpu_s",), "s", LOWER),
    ],
)
def bench_cold_start(ctx: Context) -> dict[str, Any]:
    exe = chatwriter_exe()
    one = ctx.tmp / "one-message.txt"
    one.write_text(ctx.messages[0] + "\n", encoding="utf-8")
    cw_cmd = [exe, "lint", "--locale", "en-US", str(one)]
    spacy_cmd = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    run_timed(cw_cmd, cwd=ctx.tmp)  # fails early (Unavailable) if the CLI is broken
    runs = ctx.plan.cold_runs
    if shutil.which("hyperfine"):
        method = "hyperfine (2 warm-up runs; two passes in opposite order)"
        # Two passes in opposite order, half the runs each: hyperfine runs all of one
        # command before the next, so a burst of other load would hit only one side.
        first = _hyperfine([shlex.join(cw_cmd), shlex.join(spacy_cmd)], (runs + 1) // 2, ctx.tmp)
        second = _hyperfine([shlex.join(spacy_cmd), shlex.join(cw_cmd)], runs // 2 or 1, ctx.tmp)
        cw_res, spacy_res = (first[0], second[1]), (first[1], second[0])
        cw_times = [t for r in cw_res for t in r["times"]]
        spacy_times = [t for r in spacy_res for t in r["times"]]
        cw_cpu = statistics.fmean(r["user"] + r["system"] for r in cw_res)
        spacy_cpu = statistics.fmean(r["user"] + r["system"] for r in spacy_res)
    else:
        method = "subprocess wall time (2 warm-up runs)"
        for _ in range(2):
            run_timed(cw_cmd, cwd=ctx.tmp)
            run_timed(spacy_cmd, cwd=ctx.tmp, ok=(0,))
        cw_times, spacy_times, cw_cpus, spacy_cpus = [], [], [], []
        for _ in range(runs):  # interleaved, so drift hits both alike
            before = _children_cpu()
            cw_times.append(run_timed(cw_cmd, cwd=ctx.tmp)[0])
            middle = _children_cpu()
            spacy_times.append(run_timed(spacy_cmd, cwd=ctx.tmp, ok=(0,))[0])
            cw_cpus.append(middle - before)
            spacy_cpus.append(_children_cpu() - middle)
        cw_cpu, spacy_cpu = statistics.fmean(cw_cpus), statistics.fmean(spacy_cpus)
    cw_s, spacy_s = median(cw_times), median(spacy_times)
    cli = (
        "import sys; from chatwriter.cli import main; "
        f"sys.argv = ['chatwriter', 'lint', '--locale', 'en-US', {str(one)!r}]; main()"
    )
    imports = _import_breakdown([sys.executable, "-c", cli], ctx.tmp)
    _, phases_proc = run_timed(
        [sys.executable, str(CHILD), "cold-phases", "--corpus", str(one)], cwd=ctx.tmp, ok=(0,)
    )
    phases = json.loads(phases_proc.stdout)
    return {
        "method": f"{method}, median of {runs}",
        "chatwriter_lint_s": cw_s,
        "spacy_blank_s": spacy_s,
        "ratio": cw_s / spacy_s,
        "chatwriter_cpu_s": cw_cpu,
        "spacy_blank_cpu_s": spacy_cpu,
        "cpu_ratio": cw_cpu / spacy_cpu,
        "chatwriter_times_s": cw_times,
        "spacy_times_s": spacy_times,
        "chatwriter_command": "chatwriter lint --locale en-US <file with one message>",
        "spacy_command": "python -c \"import spacy; spacy.blank('en')\"",
        "chatwriter_imports": imports,
        "chatwriter_phases_ms": {k: v for k, v in phases.items() if k.endswith("_ms")},
    }


def _child_rss(args: list[str]) -> tuple[float, dict[str, Any]]:
    """Run a _child.py task; return its peak RSS in MB (its own VmHWM) and its output."""
    proc = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise Unavailable(f"child {args[0]} exited {proc.returncode}: {' | '.join(tail)}")
    data = json.loads(proc.stdout)
    return data["vm_hwm_mb"], data


@benchmark(
    "peak_rss",
    [
        ("en-US", ("one_locale_mb",), "MB", LOWER),
        ("all locales", ("all_locales_mb",), "MB", LOWER),
    ],
)
def bench_peak_rss(ctx: Context) -> dict[str, Any]:
    from chatwriter.catalog import Catalog

    tags = Catalog().known()
    corpus = ["--corpus", str(ctx.messages_file()), "--messages", str(ctx.plan.rss_messages)]
    spacy_mb, _ = _child_rss(["spacy-rss", *corpus])
    one_mb, one = _child_rss(["rss", "--locales", "en-US", *corpus])
    all_mb, every = _child_rss(["rss", "--locales", ",".join(tags), *corpus])
    return {
        "method": "one child process per case; peak RSS = the child's VmHWM from /proc",
        "messages_linted": ctx.plan.rss_messages,
        "spacy_blank_mb": spacy_mb,
        "one_locale_mb": one_mb,
        "all_locales_mb": all_mb,
        "locales": tags,
        "rules_one": one["rules"],
        "rules_all": every["rules"],
    }


@benchmark(
    "batch_cli",
    [
        ("1 process, msgs/s", ("1_process", "msgs_per_s"), "msgs/s", HIGHER),
        ("2 processes, msgs/s", ("2_process", "msgs_per_s"), "msgs/s", HIGHER),
        ("--format json, msgs/s", ("json_1_process", "msgs_per_s"), "msgs/s", HIGHER),
    ],
)
def bench_batch_cli(ctx: Context) -> dict[str, Any]:
    exe = chatwriter_exe()
    path = ctx.messages_file()
    lines = path.read_text(encoding="utf-8").splitlines()
    base = [exe, "lint", "--input", "lines", "--format", "jsonl", "--locale", "en-US", "-"]
    # Does the command exist and read lines from stdin?
    probe = ctx.tmp / "probe.txt"
    probe.write_text("Thanks, I will check.\nPlease hold on.\n", encoding="utf-8")
    _, proc = run_timed(base, stdin=probe, cwd=ctx.tmp)
    if len(proc.stdout.splitlines()) != 2:
        raise Unavailable(
            "`chatwriter lint --input lines --format jsonl -` did not print one "
            f"line per message (got {len(proc.stdout.splitlines())} for 2)"
        )
    out: dict[str, Any] = {"messages": len(lines), "command": " ".join(["chatwriter", *base[1:]])}
    for procs in (1, 2):
        parts = [lines[i::procs] for i in range(procs)]
        files = []
        for i, part in enumerate(parts):
            f = ctx.tmp / f"batch-{procs}-{i}.txt"
            f.write_text("\n".join(part) + "\n", encoding="utf-8")
            files.append(f)
        runs: list[float] = []
        cpus: list[float] = []
        printed = 0
        for _ in range(ctx.plan.peer_repeats):
            # Output goes to files, not pipes: reading one child's pipe to the end while
            # the other's fills up would make the two run one after the other.
            handles = [f.open("rb") for f in files]
            sinks = [(ctx.tmp / f"{f.stem}.out").open("wb") for f in files]
            cpu_before = _children_cpu()
            start = time.perf_counter()
            children = [
                subprocess.Popen(base, stdin=h, stdout=o, stderr=subprocess.DEVNULL, cwd=ctx.tmp)
                for h, o in zip(handles, sinks, strict=True)
            ]
            for child in children:
                child.wait()
            runs.append(time.perf_counter() - start)
            cpus.append(_children_cpu() - cpu_before)
            for h in (*handles, *sinks):
                h.close()
            bad = [c.returncode for c in children if c.returncode not in (0, 1)]
            if bad:
                raise Unavailable(f"chatwriter lint exited {bad[0]} on the batch")
            printed = 0
            for f in files:
                with (ctx.tmp / f"{f.stem}.out").open("rb") as result:
                    printed += sum(1 for _ in result)
        out[f"{procs}_process"] = {
            "runs_s": runs,
            "seconds": median(runs),
            "msgs_per_s": len(lines) / median(runs),
            "cpu_s": median(cpus),
            "results_printed": printed,
        }
    out["speedup_2_vs_1"] = out["2_process"]["msgs_per_s"] / out["1_process"]["msgs_per_s"]
    # The figure (19): `--format json`, one process, whole process included.
    as_json = [*base[:5], "json", *base[6:]]
    out["json_command"] = " ".join(["chatwriter", *as_json[1:]])
    runs, cpus = [], []
    for _ in range(ctx.plan.peer_repeats):
        cpu_before = _children_cpu()
        seconds, proc = run_timed(as_json, stdin=path, cwd=ctx.tmp)
        runs.append(seconds)
        cpus.append(_children_cpu() - cpu_before)
    printed = len(json.loads(proc.stdout)["results"])
    out["json_1_process"] = {
        "runs_s": runs,
        "seconds": median(runs),
        "msgs_per_s": len(lines) / median(runs),
        "cpu_s": median(cpus),
        "msgs_per_cpu_s": len(lines) / median(cpus),
        "results_printed": printed,
    }
    return out
