#!/usr/bin/env python
"""chatwriter benchmarks, side by side with the tools people would use instead (issue 7).

    python benchmarks/run.py                     # full run -> benchmarks/results/latest.*
    python benchmarks/run.py --quick             # smoke run (minutes) -> results/quick.*
    python benchmarks/run.py --only cold_start,peak_rss
    python benchmarks/run.py --only hook_stdio,hook_http,qa_report,spark
    python benchmarks/run.py --languagetool-url http://localhost:8081
    python benchmarks/run.py --compare e31e53e   # this checkout vs a revision -> compare.*

Every number comes from one run on one machine, on the same messages: the corpus
``../shared/corpora/sgd_system_10k.txt`` next to the repository (or
``$CHATWRITER_CORPUS``, or ``--corpus``), read at run time. Results go to
``<out>/<name>.json`` (everything), ``<name>.md`` (tables, with the issue's targets
marked PASS or MISS and by how much) and ``<name>.png`` (chart).

Benchmark-only dependencies: benchmarks/requirements.txt (pip) and
benchmarks/node/package.json (``npm ci --prefix benchmarks/node``); hyperfine is
used for cold start when it is on PATH. A peer that is not installed is reported as
"unavailable" with the reason; it never stops the run.

The code lives in the package benchmarks/suite/:

- core.py: paths, the plan (quick/full), the context, timing helpers, the registry
- catalog.py: every benchmark, in the order a run takes them
- library.py, peers.py, processes.py, growth.py, internals.py: the benchmarks
- switches.py: lint_many with the register analyser and with grammar, on and off
- capabilities.py: the hook (stdio, HTTP, one-shot), ``chatwriter report`` and Spark, on
  the code of hook.py and qa.py (shared with benchmarks/hook.py, report.py, spark.py)
- machine.py: the machine a run measured
- targets.py, markdown.py, capability_tables.py, chart.py: the targets, the tables (and
  docs/performance.md), the chart
- compare.py, side.py, revision.py: ``--compare BASE`` (revision.py is shared with
  benchmarks/against.py)
- main.py: the command line
"""

from __future__ import annotations

import sys

from suite.main import main

if __name__ == "__main__":
    sys.exit(main())
