#!/usr/bin/env python
"""Cost of the register analyser, side by side with linting without it, in one run.

    python benchmarks/register.py      # -> benchmarks/results/register.json, register.md

For each language with an analyser: the drafts of tests/register/ (blind and held-out,
a few hundred chat replies written for the purpose) and, for English, the first 2,000
lines of the SGD corpus (read at run time from beside the repository, never copied).
Measured on the same messages, in the same process:

- ``analyse`` alone, microseconds per message (the tokenized Doc is made beforehand);
- ``Linter.lint_many`` per message with the locale's formality rule, and with it
  switched off (``disable: [category:formality]``); the difference is what the
  analyser adds to a real lint.

Each figure is the best of nine rounds (the least disturbed by the machine); the
rounds with and without the rule alternate.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import time
from pathlib import Path

import spacy

from chatwriter import Linter
from chatwriter.guide.loader import Config
from chatwriter.nlp import BoundedTokenizer
from chatwriter.register import analyse

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
CORPUS = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"
LOCALES = {"de": "de-DE", "nl": "nl-NL", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "it": "it-IT"}
ROUNDS = 9


def drafts(language: str) -> list[str]:
    out = []
    for name in ("blind", "heldout"):
        path = REPO / "tests" / "register" / name / f"{language}.jsonl"
        if path.is_file():
            out += [
                json.loads(line)["text"]
                for line in path.read_text("utf-8").splitlines()
                if line.strip()
            ]
    return out


def best(run, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(language: str, locale: str, texts: list[str]) -> dict:
    tokenizer = BoundedTokenizer(spacy.blank(language).tokenizer)
    docs = [tokenizer(t) for t in texts]

    def analyse_all() -> None:
        for doc in docs:
            doc.user_data.clear()
            analyse(doc, locale)

    with_rule = Linter(locale=locale)
    without = Linter(locale=locale, config=Config(disable=["category:formality"]))
    for linter in (with_rule, without):
        list(linter.lint_many(texts[:50]))  # warm: tables, detectors, caches
    analyse_all()
    n = len(texts)
    analyser = best(analyse_all) / n * 1e6
    # Interleaved, so that a busy moment of the machine hits both alike.
    timed = {"with": [], "without": []}
    for _ in range(ROUNDS):
        for name, linter in (("with", with_rule), ("without", without)):
            start = time.perf_counter()
            list(linter.lint_many(texts))
            timed[name].append(time.perf_counter() - start)
    lint_with = min(timed["with"]) / n * 1e6
    lint_without = min(timed["without"]) / n * 1e6
    return {
        "locale": locale,
        "messages": n,
        "tokens_per_message": round(sum(len(d) for d in docs) / n, 1),
        "analyse_us": round(analyser, 1),
        "lint_with_us": round(lint_with, 1),
        "lint_without_us": round(lint_without, 1),
        "added_us": round(lint_with - lint_without, 1),
    }


def main() -> None:
    # Three passes over the few hundred drafts, so that one round lasts long enough to time.
    rows = [measure(lang, locale, drafts(lang) * 3) for lang, locale in LOCALES.items()]
    if CORPUS.is_file():
        sgd = [x for x in CORPUS.read_text("utf-8").splitlines() if x.strip()][:2000]
        rows.append(measure("en", "en-US", sgd))
    result = {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "rows": rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "register.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    lines = [
        "# Register analyser: cost per message",
        "",
        f"Generated {result['generated']} by `python benchmarks/register.py` "
        f"(Python {result['python']}, {result['cores']} cores); best of {ROUNDS} rounds.",
        "",
        "| locale | messages | tokens/message | analyse alone | lint_many with the rule "
        "| without it | added |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['locale']} | {r['messages']} | {r['tokens_per_message']} "
            f"| {r['analyse_us']} µs | {r['lint_with_us']} µs | {r['lint_without_us']} µs "
            f"| {r['added_us']} µs |"
        )
    lines += [
        "",
        "en-US runs on the SGD corpus: English has no T-V distinction, so its guides have no "
        "register rule and the analyser is never called.",
        "",
    ]
    (RESULTS / "register.md").write_text("\n".join(lines), "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
