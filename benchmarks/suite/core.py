"""What every benchmark shares: paths, the plan, the context, timing helpers, the registry.

A benchmark is a function ``(Context) -> dict`` registered with ``@benchmark(name,
figures)``; it raises ``Unavailable`` when it cannot run here (a peer not installed, the
CLI missing). Its figures, declared where it is written, are what ``--compare`` reports.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "benchmarks"
CHILD = BENCH / "_child.py"
NODE_DIR = BENCH / "node"
NODE_BIN = NODE_DIR / "node_modules" / ".bin"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"

try:
    import chatwriter  # noqa: F401
except ImportError:  # a source checkout without `pip install -e .`
    sys.path.insert(0, str(REPO / "src"))


class Unavailable(Exception):
    """A benchmark cannot run here (peer not installed, CLI missing, ...)."""


@dataclass(frozen=True)
class Plan:
    """How much work each benchmark does; --quick shrinks everything."""

    quick: bool
    messages: int  # messages from the corpus used for throughput benchmarks
    repeats: int  # chatwriter throughput: median of this many runs
    peer_repeats: int  # peers (proselint, write-good, alex): median of this many
    single: int  # messages linted one at a time for latency percentiles
    proselint_messages: int
    languagetool_messages: int
    cold_runs: int
    lengths: tuple[int, ...]
    guide_sizes: tuple[int, ...]
    guide_messages: int
    rss_messages: int
    profile_messages: int
    # The capabilities beside the library (suite/capabilities.py, suite/switches.py):
    hook_requests: int = 2000  # POST /v1/hook per concurrency level (loopback)
    hook_calls: int = 2000  # stdio worker calls, one at a time
    hook_cli_runs: int = 10  # one-shot `chatwriter hook` processes
    hook_saturation: bool = True  # a 2-worker server at concurrency 32 too
    report_messages: int = 100_000  # agent turns in the transcripts `chatwriter report` reads
    spark_messages: int = 100_000  # messages in the Parquet files Spark lints
    spark_file_rows: int = 25_000  # messages per Parquet file (a task each)

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(
                True,
                2000,
                3,
                1,
                2000,
                500,
                200,
                5,
                (10, 100, 1000, 10000),
                (1000, 10000),
                1000,
                500,
                2000,
                hook_requests=300,
                hook_calls=500,
                hook_cli_runs=3,
                hook_saturation=False,
                report_messages=5000,
                spark_messages=5000,
                spark_file_rows=1250,
            )
        return cls(
            False,
            0,
            3,
            3,
            0,
            0,
            1000,
            10,
            (10, 100, 1000, 10000),
            (1000, 10000, 100000),
            5000,
            2000,
            10000,
        )


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, round(q / 100 * len(sorted_values) + 0.4999))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def sgd_corpus(given: Path | None) -> Path:
    """The SGD replies the lint_many comparisons read: ``given``, else
    $CHATWRITER_SGD_CORPUS, else shared/corpora beside the checkout (never copied)."""
    if given is not None:
        return given
    env = os.environ.get("CHATWRITER_SGD_CORPUS")
    return Path(env) if env else DEFAULT_CORPUS


def read_corpus(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


def run_timed(
    cmd: list[str],
    *,
    stdin: Path | None = None,
    cwd: Path | None = None,
    ok: tuple[int, ...] = (0, 1),
) -> tuple[float, subprocess.CompletedProcess]:
    """Wall time of a whole process; raises Unavailable when it fails."""
    handle = stdin.open("rb") if stdin else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdin=handle, capture_output=True, cwd=cwd, check=False)
        elapsed = time.perf_counter() - start
    except OSError as exc:
        raise Unavailable(f"cannot start {cmd[0]}: {exc}") from None
    finally:
        if stdin:
            handle.close()
    if proc.returncode not in ok:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise Unavailable(f"`{' '.join(cmd[:3])} ...` exited {proc.returncode}: {' | '.join(tail)}")
    return elapsed, proc


def chatwriter_exe() -> str:
    beside = Path(sys.executable).with_name("chatwriter")
    if beside.is_file():
        return str(beside)
    found = shutil.which("chatwriter")
    if not found:
        raise Unavailable("the `chatwriter` console script is not installed (pip install -e .)")
    return found


class Context:
    """What every benchmark shares: the plan, the messages, temp files, results."""

    def __init__(self, plan: Plan, corpus: Path, args: argparse.Namespace):
        self.plan = plan
        self.corpus_path = corpus
        self.args = args
        all_messages = read_corpus(corpus)
        self.messages = all_messages[: plan.messages] if plan.messages else all_messages
        self.tmp = Path(tempfile.mkdtemp(prefix="chatwriter-bench-"))
        self.results: dict[str, Any] = {}
        self._files: dict[int, Path] = {}

    def messages_file(self, count: int | None = None) -> Path:
        """A file with one message per line (the corpus itself when all are used)."""
        count = count or len(self.messages)
        if self.plan.messages == 0 and count == len(self.messages):
            return self.corpus_path
        if count not in self._files:
            path = self.tmp / f"messages-{count}.txt"
            path.write_text("\n".join(self.messages[:count]) + "\n", encoding="utf-8")
            self._files[count] = path
        return self._files[count]

    def cleanup(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


BENCHMARKS: dict[str, Callable[[Context], dict[str, Any]]] = {}

HIGHER, LOWER = "higher", "lower"
Figure = tuple[str, tuple[str, ...], str, str]
#: benchmark -> its figures for ``run.py --compare``: (figure, path in its result, unit,
#: which way is better). Only chatwriter's own benchmarks declare them (an empty list
#: still counts: suite/compare.py also reads a result's rows generically); the peers and
#: the profile declare none and are left out of a comparison.
FIGURES: dict[str, list[Figure]] = {}


def benchmark(name: str, figures: list[Figure] | None = None):
    """Register a benchmark; ``figures``: what ``--compare`` reports of it (see FIGURES)."""

    def register(func):
        BENCHMARKS[name] = func
        if figures is not None:
            FIGURES[name] = figures
        return func

    return register


def ok_result(results: dict[str, Any], name: str) -> dict[str, Any] | None:
    entry = results.get(name)
    return entry if isinstance(entry, dict) and entry.get("status") == "ok" else None


def run_one(name: str, ctx: Context) -> dict[str, Any]:
    """Run one registered benchmark: its figures with ``status: ok``, or why not."""
    start = time.perf_counter()
    try:
        data = {"status": "ok", **BENCHMARKS[name](ctx)}
    except Unavailable as exc:
        data = {"status": "unavailable", "reason": str(exc)}
    except Exception as exc:  # a broken benchmark must not lose the others
        data = {
            "status": "error",
            "reason": f"{type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(),
        }
    data["bench_s"] = round(time.perf_counter() - start, 2)
    return data
