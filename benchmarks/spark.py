#!/usr/bin/env python
"""``lint_dataframe`` on Spark ``local[1]`` and ``local[2]`` against one ``lint_many``
process, on the same messages, in one run.

    python benchmarks/spark.py                      # 1,000,000 messages
    python benchmarks/spark.py --messages 100000    # a quicker look

-> benchmarks/results/spark.{json,md}

Messages: the agent turns of the SGD corpus with the seeded variations of
benchmarks/report.py (``sgd_system.jsonl.gz`` beside the checkout, or
$CHATWRITER_SGD_JSONL; read at run time), written once to Parquet, as a data lake holds
them. The code is benchmarks/suite/qa.py, shared with ``python benchmarks/run.py``
(its ``spark`` benchmark). Each pass runs in its own process. Spark passes are timed from the job's start to
its end (the findings go to Spark's ``noop`` sink, so every message is linted and
nothing is written); the session's start is given apart. Scaling efficiency is the
messages per second per core against the single process; the cluster estimate divides
100 million messages by 100 cores at that efficiency.
"""

from __future__ import annotations

import sys
from pathlib import Path

from suite.capability_tables import spark_table
from suite.core import Unavailable
from suite.qa import script_start, spark_passes, write_results

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str] | None = None) -> int:
    description = __doc__.split("\n\n")[0]
    args, source, results = script_start(description, "spark.py", RESULTS / "spark", argv)
    try:
        results.update(spark_passes(source, args.messages, args.seed))
    except Unavailable as exc:  # no Java, or pyspark cannot start
        raise SystemExit(str(exc)) from None
    write_results(results, args.output, markdown(results))
    return 0


def markdown(results: dict) -> str:
    est = results["cluster_estimate"]
    lines = [
        "# chatwriter on Spark against one process",
        "",
        f"Produced by `{results['command']}` on {results['when']}; {results['machine']}. "
        f"{results['messages']:,} messages (SGD agent turns with seeded variations) in Parquet "
        f"files of {results['file_rows']:,}, locale en-US; Spark passes timed from job start to end (findings to "
        "the `noop` sink), each pass in its own process.",
        "",
        *spark_table(results["passes"]),
    ]
    lines += [
        "",
        f"At the `local[2]` rate per core ({est['msgs_per_s_per_core']:,.0f} msgs/s), "
        f"{est['messages']:,} messages on {est['cores']} cores would take about "
        f"{est['hours']} hours, if a cluster's cores scale as these two did (English "
        "guides; other locales cost more per message, see benchmarks/results/latest.md).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
