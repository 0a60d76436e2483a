#!/usr/bin/env python
"""``chatwriter report`` end to end against bare ``lint_many``, in one run.

    python benchmarks/report.py                     # 1,000,000 agent messages
    python benchmarks/report.py --messages 50000    # a quick look

-> benchmarks/results/report.{json,md}

Messages: the agent turns of the SGD corpus in their dialogues, repeated with seeded
variations (operators, teams, dates, CSAT, small edits), a customer turn before each
agent turn: see benchmarks/suite/qa.py, which holds the code this script shares with
``python benchmarks/run.py`` (its ``qa_report`` benchmark runs passes 1, 2 and 4).

Passes, each in its own process so peak memory is its own:

1. ``lint_many``: the agent texts alone, the floor a report can approach;
2. ``report``: ``chatwriter report FILE --format json --out ...``, whole process
   (start, read, lint with context, count, write);
3. the same on a tenth of the file, to show peak memory does not grow with the messages;
4. ``report --store``: the same with the embedded DuckDB store; its size on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

from suite.capability_tables import report_table
from suite.qa import report_passes, script_start, write_results

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str] | None = None) -> int:
    description = __doc__.split("\n\n")[0]
    args, source, results = script_start(description, "report.py", RESULTS / "report", argv)
    results.update(report_passes(source, args.messages, args.seed))
    write_results(results, args.output, markdown(results))
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
        *report_table(results["passes"]),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
