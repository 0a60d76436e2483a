#!/usr/bin/env python
"""``chatwriter report`` end to end against bare ``lint_many``, in one run.

    python benchmarks/report.py                     # 1,000,000 agent messages
    python benchmarks/report.py --messages 50000    # a quick look

-> benchmarks/results/report.{json,md}

Messages: the agent turns of the SGD corpus ($CHATWRITER_SGD_JSONL, else
``shared/corpora/sgd_system.jsonl.gz`` beside the checkout; read at run time, never copied), grouped into their dialogues
and repeated with seeded variations until the count is reached: each repeat gives every
dialogue another operator (200, in 12 teams), other dates over 26 weeks, another CSAT
and small seeded edits of the text (a greeting, a closing, a swapped word), so no two
repeats are the same text. A customer turn (one of a few seeded lines) precedes every agent turn, as in a chat.

Passes, each in its own process so peak memory is its own:

1. ``lint_many``: the agent texts alone, the floor a report can approach;
2. ``report``: ``chatwriter report FILE --format json --out ...``, whole process
   (start, read, lint with context, count, write);
3. the same on a tenth of the file, to show peak memory does not grow with the messages;
4. ``report --store``: the same with the embedded DuckDB store; its size on disk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
CORPUS = "sgd_system.jsonl.gz"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / CORPUS
START = dt.datetime(2026, 4, 6, 8, 0, tzinfo=dt.timezone.utc)
OPENINGS = ("", "", "Hi! ", "Hello, ", "Thanks for waiting. ", "Sure. ")
CLOSINGS = ("", "", " Anything else?", " Have a nice day.", " Thanks!")
#: What the customer says before each agent turn (SGD keeps only the agent's side).
CUSTOMER = (
    "Okay.",
    "Yes please.",
    "Can you check that for me?",
    "That works, thanks.",
    "What time would that be?",
    "No, the other one.",
    "Hi, I need some help with a booking.",
)
SWAPS = (("reservation", "booking"), ("Okay", "OK"), ("Sure", "Of course"), ("great", "good"))

#: A child process: run one pass, print its figures and its own peak memory as JSON.
CHILD = r"""
import json, resource, sys, time
mode, path, out = sys.argv[1:4]
t0 = time.perf_counter()
if mode == "lint_many":
    from chatwriter import Linter
    texts = [m["text"] for line in open(path, encoding="utf-8")
             for m in json.loads(line)["messages"] if m["role"] == "agent"]
    linter = Linter(locale="en-US")
    t1 = time.perf_counter()
    findings = sum(len(r.findings) for r in linter.lint_many(texts))
    figures = {"messages": len(texts), "seconds": time.perf_counter() - t1, "findings": findings}
else:
    from chatwriter.cli import main
    args = ["report", path, "--format", "json", "--out", out, "-q", "--isolated"]
    if mode == "store":
        args += ["--store", out + ".duckdb"]
    try:
        main(args)
    except SystemExit as exc:
        if exc.code:
            raise
    data = json.load(open(out, encoding="utf-8"))
    figures = {"messages": data["totals"]["agent_messages"],
               "seconds": time.perf_counter() - t0, "findings": data["totals"]["findings"]}
figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(figures))
"""


def corpus_path(given: Path | None) -> Path:
    if given is not None:
        return given
    env = os.environ.get("CHATWRITER_SGD_JSONL")
    if env:
        return Path(env)
    return DEFAULT_CORPUS if DEFAULT_CORPUS.is_file() else Path("/work/shared/corpora", CORPUS)


def dialogues(path: Path) -> list[list[str]]:
    """Agent turns grouped by dialogue, in file order."""
    grouped: dict[str, list[str]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            grouped[row["id"].rsplit("/", 1)[0]].append(row["text"])
    return list(grouped.values())


def vary(text: str, rng: random.Random) -> str:
    old, new = rng.choice(SWAPS)
    if rng.random() < 0.5:
        text = text.replace(old, new)
    return rng.choice(OPENINGS) + text + rng.choice(CLOSINGS)


def write_transcripts(path: Path, source: list[list[str]], messages: int, seed: int) -> int:
    """Write conversations until ``messages`` agent turns; return the count written."""
    rng = random.Random(seed)
    operators = [(f"Operator {i:03d}", f"Team {i % 12:02d}") for i in range(200)]
    written = 0
    repeat = 0
    with path.open("w", encoding="utf-8") as out:
        while written < messages:
            for n, turns in enumerate(source):
                author, team = rng.choice(operators)
                at = START + dt.timedelta(days=rng.randrange(182), seconds=rng.randrange(36_000))
                turns = turns[: messages - written]
                chat = []
                for text in turns:
                    chat.append({"role": "customer", "text": rng.choice(CUSTOMER), "at": _iso(at)})
                    at += dt.timedelta(seconds=rng.randrange(20, 600))
                    chat.append(
                        {"role": "agent", "author": author, "text": vary(text, rng), "at": _iso(at)}
                    )
                conv = {
                    "id": f"r{repeat}-{n}",
                    "locale": "en-US",
                    "team": team,
                    "csat": rng.choice([None, 3, 4, 5, 5]),
                    "messages": chat,
                }
                out.write(json.dumps(conv) + "\n")
                written += len(turns)
                if written >= messages:
                    break
            repeat += 1
    return written


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def run_in_child(code: str, *args: object) -> dict:
    """Run ``code`` in a fresh interpreter on this checkout's source; its last stdout line
    is a JSON object of figures, to which the whole process time and msgs/s are added."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_seconds"] = round(time.perf_counter() - started, 2)
    figures["msgs_per_s"] = round(figures["messages"] / figures["seconds"], 1)
    return figures


def run_child(mode: str, path: Path, out: Path) -> dict:
    return run_in_child(CHILD, mode, path, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", type=Path, default=RESULTS / "report")
    args = parser.parse_args(argv)
    corpus = corpus_path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"corpus not found: {corpus} (set $CHATWRITER_SGD_JSONL)")
    source = dialogues(corpus)
    results: dict = {
        "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "command": "python benchmarks/report.py"
        + ("" if args.messages == 1_000_000 else f" --messages {args.messages}"),
        "passes": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        full, tenth = folder / "full.jsonl", folder / "tenth.jsonl"
        results["messages"] = write_transcripts(full, source, args.messages, args.seed)
        write_transcripts(tenth, source, max(1, args.messages // 10), args.seed)
        results["transcript_mib"] = round(full.stat().st_size / 2**20, 1)
        passes = results["passes"]
        for name, mode, path in (
            ("lint_many", "lint_many", full),
            ("report", "report", full),
            ("report, a tenth of the messages", "report", tenth),
            ("report --store", "store", full),
        ):
            print(f"{name} ...", file=sys.stderr, flush=True)
            passes[name] = run_child(mode, path, folder / f"{mode}.json")
            if mode == "store":
                passes[name]["store_mib"] = round(
                    (folder / f"{mode}.json.duckdb").stat().st_size / 2**20, 1
                )
            print(f"  {passes[name]}", file=sys.stderr, flush=True)
    floor = passes["lint_many"]["msgs_per_s"]
    for figures in passes.values():
        figures["of_lint_many"] = round(figures["msgs_per_s"] / floor, 3)
    RESULTS.mkdir(parents=True, exist_ok=True)
    args.output.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    args.output.with_suffix(".md").write_text(markdown(results), "utf-8")
    print(markdown(results))
    return 0


def markdown(results: dict) -> str:
    lines = [
        "# `chatwriter report` end to end against bare `lint_many`",
        "",
        f"Produced by `{results['command']}` on {results['when']}; {results['machine']}. "
        f"{results['messages']:,} agent messages (SGD agent turns in their dialogues, "
        f"repeated with seeded variations; {results['transcript_mib']} MiB of JSONL). "
        "Each pass runs in its own process; report passes are timed whole (start, read, "
        "lint with context, count, write), `lint_many` from the first message.",
        "",
        "| pass | messages | seconds | msgs/s | of lint_many | peak RSS MiB | store MiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, f in results["passes"].items():
        lines.append(
            f"| {name} | {f['messages']:,} | {f['seconds']:.1f} | {f['msgs_per_s']:,.0f} | "
            f"{f['of_lint_many']:.2f} | {f['peak_rss_mib']:.0f} | {f.get('store_mib', '')} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
