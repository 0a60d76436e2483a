"""One benchmark, run in this process, for ``run.py --compare``; prints its result as JSON.

Started by suite/compare.py in a child process whose path begins with one side's
``src`` (this checkout's or the base revision's): the measuring code is this checkout's
on both sides, the chatwriter it measures is the side's.

    python -c "...; from suite.side import main; main()" NAME CORPUS [--quick] [--languagetool-url URL]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import catalog  # noqa: F401 (registers the benchmarks)
from .core import Context, Plan, run_one


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--languagetool-url", default=None)
    args = parser.parse_args(argv)
    # The peers' option is not read by chatwriter's own benchmarks; the LanguageTool
    # server is, by the grammar-on half (suite/switches.py).
    options = argparse.Namespace(proselint_python=None, languagetool_url=args.languagetool_url)
    ctx = Context(Plan.make(args.quick), args.corpus, options)
    try:
        data = run_one(args.name, ctx)
    finally:
        ctx.cleanup()
    import chatwriter  # already imported by the benchmark; where from, for the parent to check

    data["chatwriter_src"] = str(Path(chatwriter.__file__).resolve().parents[1])
    print(json.dumps(data))
