"""Where the time goes: each stage of lint_many timed alone, and a cProfile top list."""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from typing import Any

from .core import Context, benchmark


@benchmark("breakdown", [])  # its stages: compare.figures()
def bench_breakdown(ctx: Context) -> dict[str, Any]:
    """CPU time per stage of lint_many, each stage timed alone over the same messages.

    Reaches into CompiledLocale (hub matchers, the rules run on every message); if
    those internals change, this benchmark reports an error and the others still run.
    """
    from chatwriter import Linter, Message
    from chatwriter.rules.base import CheckContext

    linter = Linter(locale="en-US")
    compiled = linter.compiled("en-US")
    texts = ctx.messages[: ctx.plan.profile_messages]
    n = len(texts)
    nlp = compiled.pipeline.nlp

    def cost(func, repeats: int = 3) -> float:
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            func()
            best = min(best, time.process_time() - start)
        return best * 1e6 / n

    messages = [Message(text=t, locale=compiled.tag) for t in texts]
    docs = list(compiled.parse_many(texts))
    contexts = [
        CheckContext(d, m, compiled.settings, nlp.make_doc)
        for d, m in zip(docs, messages, strict=True)
    ]
    stages: dict[str, float] = {
        "lint_many (total)": cost(lambda: [None for _ in linter.lint_many(messages)]),
        "tokenizer": cost(lambda: [None for _ in nlp.tokenizer.pipe(texts)]),
        f"parse (tokenizer + {', '.join(nlp.pipe_names) or 'no pipes'})": cost(
            lambda: [None for _ in compiled.parse_many(texts)]
        ),
        "rules, all (CompiledLocale.check)": cost(
            lambda: [compiled.check(d, m) for d, m in zip(docs, messages, strict=True)]
        ),
    }
    hub = compiled.hub
    for attr, label in (("_lower", "PhraseMatcher LOWER"), ("_orth", "PhraseMatcher ORTH"),
                        ("_tokens", "token Matcher")):  # fmt: skip
        matcher = getattr(hub, attr, None)
        if matcher is not None and len(matcher):
            stages[f"{label} ({len(matcher)} rules)"] = cost(lambda m=matcher: [m(d) for d in docs])
    # As the engine runs them: a rule with `requires` sees only the messages its gate
    # lets through, and the engine decides every gate of a message in one scan (GateSet);
    # that scan is the stage (searching each gate on its own would cost several times it).
    always = [r for r in compiled.rules if r.always]
    gates = {r.requires.pattern for r in always if r.requires is not None}
    gate_set = getattr(compiled, "_gates", None)
    if gates and gate_set is not None:
        stages[f"requires gates, one scan ({len(gates)} patterns)"] = cost(
            lambda: [gate_set.candidates(c) for c in contexts]
        )
    per_rule: list[tuple[float, str, str]] = []
    for rule in always:
        gate = rule.requires
        passing = [c for c in contexts if gate is None or gate.search(c.text)]
        per_rule.append(
            (
                cost(lambda r=rule, cs=passing: [list(r.check(c, ())) for c in cs], 2),
                rule.id,
                rule.spec.kind,
            )
        )
    by_kind: dict[str, list[float]] = {}
    for value, _rid, kind in per_rule:
        by_kind.setdefault(kind, []).append(value)
    for kind, values in sorted(by_kind.items(), key=lambda kv: -sum(kv[1])):
        stages[f"{kind} rules run on every message (x{len(values)})"] = sum(values)
    total = stages["lint_many (total)"]
    return {
        "messages": n,
        "unit": "CPU microseconds per message (best of 3, each stage alone)",
        "stages": [{"stage": k, "us_per_msg": v, "share": v / total} for k, v in stages.items()],
        "slowest_rules": [
            {"rule": rid, "kind": kind, "us_per_msg": v}
            for v, rid, kind in sorted(per_rule, reverse=True)[:10]
        ],
        "rules_active": len(compiled.rules),
        "rules_every_message": len(per_rule),
    }


def _short(path: str) -> str:
    for marker in ("site-packages/", "/src/", "lib/python"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


@benchmark("profile")
def bench_profile(ctx: Context) -> dict[str, Any]:
    from chatwriter import Linter

    linter = Linter(locale="en-US")
    messages = ctx.messages[: ctx.plan.profile_messages]
    for _ in linter.lint_many(messages[:200]):
        pass
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in linter.lint_many(messages):
        pass
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        name = f"{_short(filename)}:{line}({func})" if line else func
        rows.append(
            {
                "function": name,
                "calls": nc,
                "own_s": tt,
                "cumulative_s": ct,
                "own_pct": 100 * tt / total,
            }
        )
    by_own = sorted(rows, key=lambda r: -r["own_s"])[:15]
    by_cum = [
        r
        for r in sorted(rows, key=lambda r: -r["cumulative_s"])
        if "chatwriter" in r["function"] or "spacy" in r["function"]
    ][:15]
    return {
        "messages": len(messages),
        "profiled_s": total,
        "note": (
            "cProfile inflates calls into spaCy's Cython code (Doc iteration, Token objects, "
            "Matcher predicates); the breakdown table, timed without a profiler, is the "
            "reliable account of where the time goes"
        ),
        "top_own": by_own,
        "top_cumulative": by_cum,
    }
