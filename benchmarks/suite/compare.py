"""``run.py --compare BASE``: chatwriter's own figures on this checkout and on revision BASE.

Each benchmark that measures chatwriter itself (the peers and the profile are left out)
runs in child processes on both sides, the base revision exported with ``git archive``
(suite/revision.py, shared with benchmarks/against.py). Sides alternate (base first on
odd passes, this checkout first on even ones) and each figure is the best of
``--passes`` runs per side. The measuring code is this checkout's on both sides; only
the chatwriter it measures differs. A benchmark the base revision cannot run (an API it
lacks) is reported with its reason and the others go on.

The figures compared are the ones each benchmark declares where it is registered
(``@benchmark(name, figures)``, collected in ``core.FIGURES``), plus what ``figures()``
reads from any result generically (per-locale rows, growth rows, breakdown stages): a new
benchmark of chatwriter joins a comparison by declaring its figures, nothing here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from . import catalog  # noqa: F401 (registers every benchmark and its figures)
from .core import BENCH, FIGURES, HIGHER, LOWER, REPO, log
from .machine import machine_info
from .revision import export, run_python, short
from .targets import fmt, pick

#: Stages of the breakdown whose names do not change with the number of rules.
STAGES = ("lint_many (total)", "tokenizer", "rules, all (CompiledLocale.check)")

#: Runs one side: ``python -c SIDE BENCH NAME CORPUS [--quick] [--languagetool-url URL]``,
#: the side's src on PYTHONPATH.
SIDE = "import sys; sys.path.insert(0, sys.argv.pop(1)); from suite.side import main; main()"


def figures(name: str, data: dict[str, Any]) -> dict[str, tuple[float, str, str]]:
    """``figure -> (value, unit, better)`` of one benchmark's result."""
    out = {}
    for figure, path, unit, better in FIGURES[name]:
        value = pick(data, *path)
        if isinstance(value, int | float):
            out[figure] = (float(value), unit, better)
    for tag, row in sorted((data.get("per_locale_alone") or {}).items()):
        out[f"{tag} alone, msgs per CPU-second"] = (row["msgs_per_cpu_s"], "msgs/s", HIGHER)
    for row in data.get("rows") or []:
        if "words" in row:
            out[f"{row['words']:,} words, us per word"] = (row["per_word_us"], "us", LOWER)
        if "entries" in row:
            label = f"{row['entries']:,} entries, us per message"
            out[label] = (row["per_message_us"], "us", LOWER)
    for stage in data.get("stages") or []:
        if stage["stage"] in STAGES:
            out[f"{stage['stage']}, CPU us/message"] = (stage["us_per_msg"], "us", LOWER)
    return out


def run_side(
    src: Path, name: str, corpus: Path, quick: bool, languagetool_url: str | None = None
) -> dict[str, Any]:
    args = [BENCH, name, corpus, *(["--quick"] if quick else [])]
    if languagetool_url:
        args += ["--languagetool-url", languagetool_url]
    try:
        data = run_python(SIDE, *args, src=src)
    except RuntimeError as exc:
        return {"status": "error", "reason": str(exc)}
    if data.get("chatwriter_src") != str(src.resolve()):
        where = data.get("chatwriter_src")
        return {"status": "error", "reason": f"measured the chatwriter in {where}, not {src}"}
    return data


def compare_rows(name: str, runs: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per figure: the best value of each side, the change, and the spread of
    each side's passes (the larger of the two), under which a change is noise."""
    values: dict[str, dict[str, list[float]]] = {"base": {}, "this": {}}
    kinds: dict[str, tuple[str, str]] = {}
    for side, results in runs.items():
        for data in results:
            if data.get("status") == "ok":
                for figure, (value, unit, better) in figures(name, data).items():
                    values[side].setdefault(figure, []).append(value)
                    kinds[figure] = (unit, better)
    rows = []
    for figure, (unit, better) in kinds.items():
        best, spread = {}, 0.0
        for side in ("base", "this"):
            got = values[side].get(figure) or []
            if got:
                best[side] = max(got) if better == HIGHER else min(got)
                worst = min(got) if better == HIGHER else max(got)
                if best[side]:
                    spread = max(spread, abs(worst / best[side] - 1))
        change = None
        verdict = "not measured on both sides"
        if len(best) == 2 and best["base"]:
            change = best["this"] / best["base"] - 1
            gain = change if better == HIGHER else -change
            verdict = "better" if gain > spread else "worse" if -gain > spread else "within noise"
            if min(len(values[side][figure]) for side in best) < 2:
                verdict += " (1 run a side, no spread)"
        rows.append(
            {
                "benchmark": name,
                "figure": figure,
                "unit": unit,
                "better": better,
                "base": best.get("base"),
                "this": best.get("this"),
                "change": change,
                "spread": spread,
                "verdict": verdict,
            }
        )
    return rows


def main(args: argparse.Namespace, corpus: Path, selected: list[str], command: str) -> int:
    names = [n for n in selected if n in FIGURES]
    left_out = [n for n in selected if n not in FIGURES]
    if args.only and left_out:
        log(f"--compare leaves out {', '.join(left_out)}: not figures of chatwriter itself")
    if not names:
        log(f"nothing to compare: --compare measures {', '.join(FIGURES)}")
        return 2
    base = short(args.compare)
    started = time.perf_counter()
    runs: dict[str, dict[str, list[dict[str, Any]]]] = {}
    with tempfile.TemporaryDirectory(prefix="chatwriter-compare-") as tmp:
        sides = {"base": export(args.compare, Path(tmp)), "this": REPO / "src"}
        log(f"chatwriter against {base}: {', '.join(names)}; {args.passes} passes per side")
        for name in names:
            runs[name] = {"base": [], "this": []}
            for i in range(args.passes):
                for side in ("base", "this") if i % 2 == 0 else ("this", "base"):
                    data = run_side(sides[side], name, corpus, args.quick, args.languagetool_url)
                    runs[name][side].append(data)
                    log(f"- {name} on {side} ({i + 1}/{args.passes}): {data['status']}")
    doc = {
        "schema": 1,
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": command,
        "base": base,
        "mode": "quick" if args.quick else "full",
        "passes": args.passes,
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": machine_info(),
        "corpus": corpus.name,
        "rows": [row for name in names for row in compare_rows(name, runs[name])],
        "problems": list(
            dict.fromkeys(  # each reason once, in the order met
                f"{name} on {side}: {data['status']}: {data.get('reason', '')}"
                for name in names
                for side, results in runs[name].items()
                for data in results
                if data.get("status") != "ok"
            )
        ),
    }
    name = args.name or "compare"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{name}.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    markdown = render(doc)
    (args.out / f"{name}.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    log(f"wrote {args.out / name}.json/.md in {doc['duration_s']:.0f} s")
    return 0


def render(doc: dict[str, Any]) -> str:
    machine = doc["machine"]
    out = [
        f"# chatwriter against {doc['base']} ({doc['mode']} run)",
        "",
        f"Produced by `{doc['command'].strip()}` on {doc['generated']}; {machine.get('cpu')}, "
        f"{machine.get('cores')} cores, Python {machine.get('python')}; this checkout is "
        f"{machine.get('git_commit')}. Messages: `{doc['corpus']}`. Each side runs in its own "
        f"processes, sides alternating; every figure is the best of {doc['passes']} runs "
        "per side. Spread: how far the worst run of a side fell from its best (the larger "
        "of the two sides); a change smaller than the spread is noise.",
        "",
        "| benchmark | figure | base | this | change | spread | verdict |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in doc["rows"]:
        change = "" if row["change"] is None else f"{row['change']:+.1%}"
        out.append(
            f"| {row['benchmark']} | {row['figure']} | {fmt(row['base'], row['unit'])} | "
            f"{fmt(row['this'], row['unit'])} | {change} | {row['spread']:.1%} | "
            f"{row['verdict']} |"
        )
    if doc["problems"]:
        out += ["", "Not measured:", ""] + [f"- {p}" for p in doc["problems"]]
    return "\n".join(out) + "\n"
