"""How cost grows: with the length of a message and with the size of a substitution guide."""

from __future__ import annotations

import gc
import random
import time
from pathlib import Path
from typing import Any

from .core import LOWER, Context, benchmark, median
from .library import throughput


def _texts_of_words(messages: list[str], words: int, count: int, seed: int) -> list[str]:
    """``count`` texts of exactly ``words`` words, made by joining corpus messages."""
    rng = random.Random(seed)
    pool = [m.split() for m in messages]
    out = []
    for _ in range(count):
        acc: list[str] = []
        i = rng.randrange(len(pool))
        while len(acc) < words:
            acc.extend(pool[i % len(pool)])
            i += 1
        out.append(" ".join(acc[:words]))
    return out


@benchmark("growth_message_length", [])  # one figure per row: compare.figures()
def bench_growth_length(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter, Message

    linter = Linter(locale="en-US")
    compiled = linter.compiled("en-US")
    rows = []
    for words in ctx.plan.lengths:
        count = max(3, min(300, 30000 // words))
        texts = _texts_of_words(ctx.messages, words, count, seed=words)
        for t in texts[:3]:
            linter.lint(t)
        runs, check_runs = [], []
        findings = fixed = 0
        for _ in range(3):
            gc.collect()
            start = time.process_time()
            reports = [linter.lint(t) for t in texts]
            runs.append((time.process_time() - start) / len(texts))
            findings = sum(len(r.findings) for r in reports)
            fixed = sum(r.fixed != r.text for r in reports)
            # The same messages without building the rewrite (parse + rules only).
            start = time.process_time()
            for t in texts:
                compiled.check(compiled.parse(t), Message(text=t, locale=compiled.tag))
            check_runs.append((time.process_time() - start) / len(texts))
        per_msg, per_check = median(runs), median(check_runs)
        rows.append(
            {
                "words": words,
                "messages": count,
                "per_message_ms": per_msg * 1000,
                "per_word_us": per_msg * 1e6 / words,
                "check_only_per_word_us": per_check * 1e6 / words,
                "findings_per_message": findings / count,
                "share_with_safe_fix": fixed / count,
            }
        )
    return {
        "rows": rows,
        "how": (
            "CPU time of Linter.lint one message at a time (corpus messages joined), "
            "median of 3; check-only = "
            "CompiledLocale.parse + check, without the safe-fix rewrite that re-lints"
        ),
    }


_CONS = "bcdfghjklmnprstvz"
_VOWELS = "aeiou"


def _fake_word(i: int) -> str:
    """A made-up word per number (q...x), never an English word and never repeated."""
    i += 1
    parts = []
    while i:
        i, r = divmod(i, len(_CONS) * len(_VOWELS))
        parts.append(_CONS[r // len(_VOWELS)] + _VOWELS[r % len(_VOWELS)])
    return "q" + "".join(parts) + "x"


def write_synthetic_guide(directory: Path, entries: int) -> tuple[Path, Path, str]:
    """A substitution guide of ``entries`` made-up terms (every 5th two words), a config
    naming it, and a message that must produce a finding from it."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = [
        "guide: bench.synthetic",
        "description: Synthetic substitution list for benchmarks/run.py",
        "rules:",
        "  - id: swap",
        "    kind: substitute",
        "    category: vocabulary-variant",
        "    severity: suggestion",
        "    message: \"Write '{replacement}' instead of '{match}'.\"",
        "    swap:",
    ]
    for i in range(entries):
        source = _fake_word(i) if i % 5 else f"{_fake_word(i)} {_fake_word(i + entries)}"
        lines.append(f"      {source}: {_fake_word(i + 2 * entries)}")
    guide = directory / "synthetic.yaml"
    guide.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = directory / ".chatwriter.yaml"
    config.write_text("locale: en-US\nguides:\n  - synthetic.yaml\n", encoding="utf-8")
    probe = f"Please check the {_fake_word(entries - 2)} settings again."
    return guide, config, probe


@benchmark(
    "growth_guide_size",
    [("built-in guides, us/message", ("baseline_per_message_us",), "us", LOWER)],
)
def bench_growth_guide(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter
    from chatwriter.guide.loader import load_guide

    messages = ctx.messages[: ctx.plan.guide_messages]
    start = time.perf_counter()
    base = Linter(locale="en-US")
    base_build = time.perf_counter() - start
    base_cpu: list[float] = []
    throughput(base, messages, 3, base_cpu)
    del base
    rows = []
    for entries in ctx.plan.guide_sizes:
        gc.collect()
        guide, config, probe = write_synthetic_guide(ctx.tmp / f"guide-{entries}", entries)
        start = time.perf_counter()
        load_guide(guide, str(guide))
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        linter = Linter(locale="en-US", config=config)
        build_s = time.perf_counter() - start
        hit = any(f.rule == "bench.synthetic.swap" for f in linter.lint(probe).findings)
        cpu: list[float] = []
        throughput(linter, messages, 3, cpu)
        per_msg = median(cpu) / len(messages)
        rows.append(
            {
                "entries": entries,
                "guide_load_s": load_s,
                "linter_build_s": build_s,
                "compile_s": max(0.0, build_s - load_s - base_build),
                "per_message_us": per_msg * 1e6,
                "msgs_per_s": 1 / per_msg,
                "probe_found": hit,
            }
        )
        del linter
    return {
        "baseline_build_s": base_build,
        "baseline_per_message_us": median(base_cpu) / len(messages) * 1e6,
        "messages": len(messages),
        "rows": rows,
        "how": (
            "one substitute rule with N made-up entries (every 5th a two-word phrase) in a "
            "company config `guides:` entry; guide_load_s = YAML + schema; compile_s = "
            "Linter build - load - built-in baseline; per-message CPU time from lint_many, "
            "median of 3"
        ),
    }
