"""The ``spark-submit`` entry point: lint a table of messages, or run the QA report.

    spark-submit --master yarn "$(python -m chatwriter.spark.submit --path)" \\
        lint s3://lake/replies/ s3://lake/findings/ --text body --id message_id

    spark-submit --master yarn "$(python -m chatwriter.spark.submit --path)" \\
        report s3://lake/transcripts/*.jsonl --format json --out report.json

``lint`` reads Parquet (or JSON lines / CSV, by the input's extension or ``--input-format``)
and writes the findings of :func:`chatwriter.spark.lint_dataframe` as Parquet. ``report``
takes the arguments of ``chatwriter report`` and runs it with ``--engine spark`` on the
session spark-submit started (its ``--master`` and settings win).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--path"]:
        print(__file__)  # for spark-submit, which takes a file
        return 0
    if args[:1] == ["report"]:
        from chatwriter.cli import main as cli

        rest = args[1:]
        if "--engine" not in rest:
            rest += ["--engine", "spark"]
        if "--master" not in rest:
            rest += ["--master", ""]  # the session spark-submit made
        return _exit_code(lambda: cli(["report", *rest]))
    parser = argparse.ArgumentParser(prog="chatwriter.spark.submit")
    sub = parser.add_subparsers(dest="command", required=True)
    lint = sub.add_parser("lint", help="findings of a table of messages, as Parquet")
    lint.add_argument("input")
    lint.add_argument("output")
    lint.add_argument("--input-format", choices=["parquet", "json", "csv"], default=None)
    lint.add_argument("--text", default="text")
    lint.add_argument("--locale", default="locale", help="column, or '' for none")
    lint.add_argument("--id", default="id")
    lint.add_argument("--conversation", default=None)
    lint.add_argument("--config", default=None, help="company config on the driver")
    lint.add_argument("--default-locale", default=None)
    sub.add_parser("report", help="chatwriter report ... --engine spark (same arguments)")
    options = parser.parse_args(args)
    return _lint(options)


def _lint(options: argparse.Namespace) -> int:
    from chatwriter.spark import lint_dataframe, local_session

    spark = local_session(None)
    fmt = options.input_format or _format(options.input)
    reader = spark.read
    if fmt == "csv":
        df = reader.option("header", "true").option("multiLine", "true").csv(options.input)
    elif fmt == "json":
        df = reader.json(options.input)
    else:
        df = reader.parquet(options.input)
    findings = lint_dataframe(
        df,
        text=options.text,
        locale=options.locale or None,
        id=options.id,
        conversation=options.conversation,
        config=options.config,
        default_locale=options.default_locale,
    )
    findings.write.mode("overwrite").parquet(options.output)
    return 0


def _format(path: str) -> str:
    lower = path.lower().rstrip("/")
    if lower.endswith((".jsonl", ".json", ".ndjson")):
        return "json"
    if lower.endswith(".csv"):
        return "csv"
    return "parquet"


def _exit_code(run) -> int:  # type: ignore[no-untyped-def]
    try:
        run()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
