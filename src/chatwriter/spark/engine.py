"""The driver side of ``chatwriter report --engine spark``: inputs to a DataFrame of
conversation lines, then :func:`chatwriter.spark.report.spark_report`.

chatwriter's own JSONL is read by Spark itself (``spark.read.text``), so the files never
pass through the driver; other shapes (CSV rows with a column map, Intercom exports) are
read with the one-machine readers on the driver and handed to Spark as the same JSON
lines, which suits exports of a few million rows; convert bigger ones to chatwriter's
JSONL first (docs/spark.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from chatwriter.report.aggregate import Options
from chatwriter.report.transcripts import conversation_to_json, read_transcripts, sniff
from chatwriter.spark import local_session
from chatwriter.spark.report import spark_report


def run_report(
    paths: tuple[str, ...] | list[str],
    input_format: str,
    columns: dict[str, str],
    options: Options,
    *,
    master: str = "local[*]",
    config: str | None = None,
    locale: str | None = None,
    describe: Callable[[str], str] | None = None,
    findings_out: str | None = None,
) -> dict[str, Any]:
    session = local_session(master)
    formats = {
        p: input_format if input_format != "auto" else sniff(Path(p), columns) for p in paths
    }
    native = [p for p, fmt in formats.items() if fmt == "conversations"]
    others = [p for p, fmt in formats.items() if fmt != "conversations"]
    frames = []
    if native:
        frames.append(session.read.text(native))
    if others:
        lines = [
            (conversation_to_json(conv),)
            for path in others
            for conv in read_transcripts(path, formats[path], columns)
        ]
        frames.append(session.createDataFrame(lines, "value string"))
    frame = frames[0]
    for more in frames[1:]:
        frame = frame.unionByName(more)
    config_text = Path(config).read_text(encoding="utf-8") if config else None
    return spark_report(
        frame,
        options,
        config_text=config_text,
        default_locale=locale,
        describe=describe,
        findings_out=findings_out,
    )
