"""chatwriter in process: lint_many (en-US, all locales) and Linter.lint one at a time."""

from __future__ import annotations

import gc
import statistics
import time
from typing import Any

from .core import HIGHER, LOWER, Context, benchmark, median, percentile


def throughput(
    linter, messages: list, repeats: int, cpu: list[float] | None = None
) -> tuple[list[float], int]:
    """Wall seconds of each lint_many pass (and CPU seconds into ``cpu``), findings."""
    for _ in linter.lint_many(messages[:200]):  # warm-up: lazy caches, vocab growth
        pass
    runs = []
    findings = 0
    for _ in range(repeats):
        gc.collect()
        findings = 0
        cpu_start = time.process_time()
        start = time.perf_counter()
        for report in linter.lint_many(messages):
            findings += len(report.findings)
        runs.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - cpu_start)
    return runs, findings


@benchmark(
    "lint_many_en_us",
    [
        ("msgs/s", ("msgs_per_s",), "msgs/s", HIGHER),
        ("msgs per CPU-second", ("msgs_per_cpu_s",), "msgs/s", HIGHER),
        ("first (cold) pass, msgs/s", ("first_pass_msgs_per_s",), "msgs/s", HIGHER),
        ("Linter build", ("compile_s",), "s", LOWER),
    ],
)
def bench_lint_many_en_us(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter

    start = time.perf_counter()
    linter = Linter(locale="en-US")
    compile_s = time.perf_counter() - start
    compiled = linter.compiled("en-US")
    n = len(ctx.messages)
    # One cold pass first (patterns compiled on first use, empty tokenizer caches, the
    # language model loaded): what a fresh process such as the CLI pays; not the headline.
    cpu_start, start = time.process_time(), time.perf_counter()
    for _ in linter.lint_many(ctx.messages):
        pass
    first_s, first_cpu_s = time.perf_counter() - start, time.process_time() - cpu_start
    cpu: list[float] = []
    runs, findings = throughput(linter, ctx.messages, ctx.plan.repeats, cpu)
    return {
        "messages": n,
        "runs_s": runs,
        "msgs_per_s": n / median(runs),
        "msgs_per_cpu_s": n / median(cpu),
        "first_pass_msgs_per_s": n / first_s,
        "first_pass_msgs_per_cpu_s": n / first_cpu_s,
        "findings": findings,
        "compile_s": compile_s,
        "rules_active": len(compiled.rules),
        "rules_skipped": len(compiled.skipped),
    }


@benchmark(
    "lint_many_all_locales",
    [
        ("msgs/s", ("msgs_per_s",), "msgs/s", HIGHER),
        ("msgs per CPU-second", ("msgs_per_cpu_s",), "msgs/s", HIGHER),
        ("build, all locales", ("compile_s",), "s", LOWER),
    ],
)
def bench_lint_many_all_locales(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter, Message
    from chatwriter.catalog import Catalog

    tags = Catalog().known()
    start = time.perf_counter()
    linter = Linter(locale="en-US")
    rules = {}
    for tag in tags:
        rules[tag] = len(linter.compiled(tag).rules)
    compile_s = time.perf_counter() - start
    messages = [Message(text=t, locale=tags[i % len(tags)]) for i, t in enumerate(ctx.messages)]
    cpu: list[float] = []
    runs, findings = throughput(linter, messages, ctx.plan.repeats, cpu)
    n = len(messages)
    # Each locale alone on the same first messages (CPU time): which locales cost most.
    sample = ctx.messages[: 200 if ctx.plan.quick else 1000]
    per_locale = {}
    for tag in tags:
        batch = [Message(text=t, locale=tag) for t in sample]
        start = time.process_time()
        found = sum(len(r.findings) for r in linter.lint_many(batch))
        per_locale[tag] = {
            "msgs_per_cpu_s": len(batch) / (time.process_time() - start),
            "findings": found,
        }
    return {
        "messages": n,
        "locales": tags,
        "rules_active": rules,
        "per_locale_alone": per_locale,
        "per_locale_sample": len(sample),
        "runs_s": runs,
        "msgs_per_s": n / median(runs),
        "msgs_per_cpu_s": n / median(cpu),
        "findings": findings,
        "compile_s": compile_s,
        "note": (
            f"messages routed round-robin over {len(tags)} locales; the corpus is en-US "
            "English, so only the en-US share is meaningful for findings (this measures cost)"
        ),
    }


@benchmark(
    "linter_again",
    [
        ("another Linter, en-US", ("en_us_ms",), "ms", LOWER),
        ("another Linter, every locale", ("all_locales_ms",), "ms", LOWER),
    ],
)
def bench_linter_again(ctx: Context) -> dict[str, Any]:
    """A Linter built when one already exists in the process: what a server with several
    company configs, a Spark executor or an in-process CLI call pays (decision 103)."""
    from chatwriter import Linter
    from chatwriter.catalog import Catalog

    tags = Catalog().known()
    first = Linter(locale="en-US")
    for tag in tags:
        first.compiled(tag)
    one: list[float] = []
    every: list[float] = []
    for _ in range(3 if ctx.plan.quick else 7):
        start = time.perf_counter()
        Linter(locale="en-US")
        one.append(time.perf_counter() - start)
        start = time.perf_counter()
        again = Linter(locale="en-US")
        for tag in tags:
            again.compiled(tag)
        every.append(time.perf_counter() - start)
    return {
        "locales": len(tags),
        "en_us_ms": median(one) * 1000,
        "all_locales_ms": median(every) * 1000,
    }


@benchmark(
    "lint_single",
    [
        ("p50", ("p50_ms",), "ms", LOWER),
        ("p99", ("p99_ms",), "ms", LOWER),
        ("mean", ("mean_ms",), "ms", LOWER),
        ("CPU p99", ("cpu_p99_ms",), "ms", LOWER),
    ],
)
def bench_lint_single(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter

    linter = Linter(locale="en-US")
    messages = ctx.messages[: ctx.plan.single] if ctx.plan.single else ctx.messages
    for text in messages[:200]:
        linter.lint(text)
    gc.collect()
    rows = []  # (wall ns, cpu ns, length, fixed)
    wall, cpu = time.perf_counter_ns, time.process_time_ns
    for text in messages:
        start, cpu_start = wall(), cpu()
        report = linter.lint(text)
        rows.append((wall() - start, cpu() - cpu_start, len(text), report.fixed != text))
    times_ms = sorted(r[0] / 1e6 for r in rows)
    cpu_ms = sorted(r[1] / 1e6 for r in rows)
    cut = percentile(times_ms, 99)
    slow = [r for r in rows if r[0] / 1e6 >= cut]
    return {
        "messages": len(times_ms),
        "p50_ms": percentile(times_ms, 50),
        "p90_ms": percentile(times_ms, 90),
        "p99_ms": percentile(times_ms, 99),
        "p999_ms": percentile(times_ms, 99.9),
        "max_ms": times_ms[-1],
        "mean_ms": statistics.fmean(times_ms),
        "msgs_per_s": 1000 / statistics.fmean(times_ms),
        "cpu_p50_ms": percentile(cpu_ms, 50),
        "cpu_p99_ms": percentile(cpu_ms, 99),
        "slowest_1pct": {
            "mean_chars": statistics.fmean(r[2] for r in slow),
            "all_mean_chars": statistics.fmean(r[2] for r in rows),
            "share_with_safe_fix": sum(r[3] for r in slow) / len(slow),
            "all_share_with_safe_fix": sum(r[3] for r in rows) / len(rows),
        },
        "note": "wall time per call (perf_counter); cpu_* columns are process CPU time",
    }
