"""lint_many with the register analyser and with grammar, each turned on and off.

- ``lint_many_register``: the analyser of the form of address (du/Sie, tu/vous, ...) runs
  for the rules of kind ``register``; a Linter whose config disables those rules (their
  ids, found in the compiled locales) never calls it. Both Linters lint the same
  messages, passes alternating, on two sets: the corpus round-robin over every built-in
  locale (cost; the corpus is English) and German replies in the formal register
  (suite/grammar_batch.py's, written for the benchmarks), where the analyser finds work.
- ``lint_many_grammar_off`` / ``lint_many_grammar_on``: en-US on the first
  ``languagetool_messages`` of the corpus, without a LanguageTool server and with the one
  given by ``--languagetool-url`` (a fresh Linter, so no answer is cached; the server is
  warmed on other texts first). Without the URL the "on" half is unavailable, alone.
"""

from __future__ import annotations

import time
from typing import Any

from .core import HIGHER, LOWER, Context, Unavailable, benchmark, median
from .grammar_batch import german_messages, grammar_linter, languagetool_url
from .library import throughput

REGISTER_SETS = ("all_locales", "de_DE")


def register_rule_ids(linter, tags: list[str]) -> list[str]:
    """Ids of the rules of kind ``register`` in the locales ``tags`` (what runs the analyser)."""
    return sorted(
        {r.id for tag in tags for r in linter.compiled(tag).rules if r.name == "register"}
    )


def _register_figures() -> list[tuple[str, tuple[str, ...], str, str]]:
    out = []
    for key, label in (("all_locales", "all locales"), ("de_DE", "de-DE")):
        for side in ("on", "off"):
            out.append((f"{label}, {side}, msgs/s", (key, side, "msgs_per_s"), "msgs/s", HIGHER))
        out.append((f"{label}, analyser CPU us/message", (key, "analyser_cpu_us"), "us", LOWER))
    return out


@benchmark("lint_many_register", _register_figures())
def bench_lint_many_register(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter, Message
    from chatwriter.catalog import Catalog
    from chatwriter.guide.loader import Config

    tags = Catalog().known()
    linters = {"on": Linter(locale="en-US")}
    ids = register_rule_ids(linters["on"], tags)
    if not ids:
        raise Unavailable("no built-in rule of kind register: nothing to turn off")
    linters["off"] = Linter(locale="en-US", config=Config(disable=ids))
    for tag in tags:  # both compiled before any timing
        linters["off"].compiled(tag)
    german = german_messages()
    count = 1000 if ctx.plan.quick else 3000
    sets = {
        "all_locales": [
            Message(text=t, locale=tags[i % len(tags)]) for i, t in enumerate(ctx.messages)
        ],
        "de_DE": [Message(text=german[i % len(german)], locale="de-DE") for i in range(count)],
    }
    out: dict[str, Any] = {"rules_off": ids, "locales": len(tags)}
    for key, messages in sets.items():
        runs: dict[str, list[float]] = {"on": [], "off": []}
        cpu: dict[str, list[float]] = {"on": [], "off": []}
        found = {}
        for i in range(ctx.plan.repeats):  # alternating, so drift hits both sides alike
            for side in ("on", "off") if i % 2 == 0 else ("off", "on"):
                wall, found[side] = throughput(linters[side], messages, 1, cpu[side])
                runs[side] += wall
        n = len(messages)
        row: dict[str, Any] = {"messages": n}
        for side in ("on", "off"):
            row[side] = {
                "runs_s": runs[side],
                "msgs_per_s": n / median(runs[side]),
                "msgs_per_cpu_s": n / median(cpu[side]),
                "findings": found[side],
            }
        row["analyser_cpu_us"] = (median(cpu["on"]) - median(cpu["off"])) / n * 1e6
        row["on_vs_off"] = row["on"]["msgs_per_cpu_s"] / row["off"]["msgs_per_cpu_s"]
        out[key] = row
    out["note"] = (
        f"off: the config disables {', '.join(ids)}; de-DE: {len(german)} German replies "
        "in the formal register, repeated"
    )
    return out


GRAMMAR_FIGURES = [
    ("msgs/s", ("msgs_per_s",), "msgs/s", HIGHER),
    ("msgs per CPU-second", ("msgs_per_cpu_s",), "msgs/s", HIGHER),
]


def _grammar_pass(url: str | None, texts: list[str]) -> dict[str, Any]:
    """One lint_many pass of a fresh, warmed Linter; wall and CPU time, what it found."""
    linter = grammar_linter(url, "en-US")
    cpu_start, start = time.process_time(), time.perf_counter()
    reports = list(linter.lint_many(texts))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {
        "messages": len(texts),
        "seconds": wall,
        "msgs_per_s": len(texts) / wall,
        "msgs_per_cpu_s": len(texts) / cpu,
        "findings": sum(len(r.findings) for r in reports),
        "unchecked": sum(bool(r.skipped) for r in reports),
    }


@benchmark("lint_many_grammar_off", GRAMMAR_FIGURES)
def bench_grammar_off(ctx: Context) -> dict[str, Any]:
    texts = ctx.messages[: ctx.plan.languagetool_messages]
    passes = [_grammar_pass(None, texts) for _ in range(ctx.plan.repeats)]
    best = min(passes, key=lambda p: p["seconds"])
    return {**best, "passes": len(passes), "how": "fresh Linter per pass, the fastest kept"}


@benchmark("lint_many_grammar_on", GRAMMAR_FIGURES)
def bench_grammar_on(ctx: Context) -> dict[str, Any]:
    url = languagetool_url(ctx)
    texts = ctx.messages[: ctx.plan.languagetool_messages]
    _grammar_pass(url, [t + " Thanks." for t in texts[:40]])  # warm the server, not timed
    data = _grammar_pass(url, texts)
    data["how"] = "one pass, fresh Linter (no cached answer), default connections"
    return data
