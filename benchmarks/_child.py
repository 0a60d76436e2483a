"""Work that benchmarks/run.py runs in a child process, one task per call.

Each task prints one JSON object on stdout. The parent measures the child from the
outside (wall time, and peak RSS through ``os.wait4``), so a task only does the work
and reports what it did.

    python benchmarks/_child.py rss --locales en-US,en-GB --corpus FILE --messages 1000
    python benchmarks/_child.py spacy-rss --corpus FILE --messages 1000
    python benchmarks/_child.py cold-phases --corpus ONE_MESSAGE_FILE
    python benchmarks/_child.py proselint-api --corpus FILE --messages 1000 --repeats 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time


def read_messages(path: str, limit: int) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle]
    lines = [line for line in lines if line.strip()]
    return lines[:limit] if limit > 0 else lines


def task_rss(args: argparse.Namespace) -> dict:
    from chatwriter import Linter, Message

    locales = [t for t in args.locales.split(",") if t]
    linter = Linter(locale=locales[0])
    rules = {}
    for tag in locales:
        compiled = linter.compiled(tag)
        rules[tag] = len(compiled.rules)
    texts = read_messages(args.corpus, args.messages)
    messages = [Message(text=t, locale=locales[i % len(locales)]) for i, t in enumerate(texts)]
    findings = sum(len(r.findings) for r in linter.lint_many(messages))
    return {"locales": locales, "rules": rules, "messages": len(texts), "findings": findings}


def task_spacy_rss(args: argparse.Namespace) -> dict:
    import spacy

    nlp = spacy.blank("en")
    texts = read_messages(args.corpus, args.messages)
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(texts))
    return {"messages": len(texts), "tokens": tokens}


def task_proselint_api(args: argparse.Namespace) -> dict:
    """proselint's Python API, one message at a time (LintFile per message)."""
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
        from proselint.version import __version__
    except ImportError as exc:
        return {"unavailable": f"proselint is not importable here ({exc})"}
    CheckRegistry().register_many(__register__)
    texts = read_messages(args.corpus, args.messages)
    for text in texts[:20]:  # warm-up: compiled regexes, registry caches
        LintFile("<message>", text).lint()
    runs, cpu = [], []
    findings = 0
    for _ in range(args.repeats):
        findings = 0
        cpu_start = time.process_time()
        start = time.perf_counter()
        for text in texts:
            findings += len(LintFile("<message>", text).lint())
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return {
        "version": __version__,
        "messages": len(texts),
        "runs_s": runs,
        "seconds": statistics.median(runs),
        "cpu_seconds": statistics.median(cpu),
        "findings": findings,
    }


def task_cold_phases(args: argparse.Namespace) -> dict:
    """Phases of a fresh process that lints one message: imports, Linter build, lint;
    and, for comparison, spaCy's own: import, spacy.blank('en')."""
    start = time.perf_counter()
    import spacy

    spacy_imported = time.perf_counter()
    spacy.blank("en")
    blank_done = time.perf_counter()
    from chatwriter.linter import Linter

    imported = time.perf_counter()
    linter = Linter(locale="en-US")
    built = time.perf_counter()
    with open(args.corpus, encoding="utf-8") as handle:
        linter.lint(handle.read())
    done = time.perf_counter()
    return {
        "spacy_import_ms": (spacy_imported - start) * 1000,
        "spacy_blank_ms": (blank_done - spacy_imported) * 1000,
        "chatwriter_import_ms": (imported - blank_done) * 1000,
        "linter_build_ms": (built - imported) * 1000,
        "lint_ms": (done - built) * 1000,
    }


def peak_rss_mb() -> float | None:
    """This process's peak RSS (VmHWM). Taken from /proc, not from getrusage: after
    fork + exec, Linux carries the parent's high-water mark into ru_maxrss, so a child
    of a big parent would report at least the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


TASKS = {
    "cold-phases": task_cold_phases,
    "rss": task_rss,
    "spacy-rss": task_spacy_rss,
    "proselint-api": task_proselint_api,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--messages", type=int, default=0, help="0: all")
    parser.add_argument("--locales", default="en-US")
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args(argv)
    result = TASKS[args.task](args)
    result["vm_hwm_mb"] = peak_rss_mb()
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
