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

from chatwriter.errors import ChatwriterError
from chatwriter.report.aggregate import Options
from chatwriter.report.conversation import MAP_FIELDS, NOT_PUBLIC
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
    parquet = [p for p in paths if p.lower().rstrip("/").endswith(".parquet")]
    formats = {
        p: input_format if input_format != "auto" else sniff(Path(p), columns)
        for p in paths
        if p not in parquet
    }
    native = [p for p, fmt in formats.items() if fmt == "conversations"]
    others = [p for p, fmt in formats.items() if fmt != "conversations"]
    frames = []
    if native:
        frames.append(session.read.text(native))
    if parquet:
        frames.append(parquet_rows(session, parquet, columns))
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


def parquet_rows(session: Any, paths: list[str], columns: dict[str, str]) -> Any:
    """One message per row in Parquet (a lake's table), as conversation JSON lines.

    The columns are named by ``--map`` as for CSV rows; rows of one conversation are
    gathered wherever they are (Spark groups them) and ordered by time, then by their
    order in the files. Rows marked not public (internal notes) are left out.
    """
    from pyspark.sql import functions as F

    df = session.read.parquet(*paths)
    name = {field: columns.get(field, field) for field in MAP_FIELDS}
    missing = [name[f] for f in ("conversation", "text") if name[f] not in df.columns]
    if missing:
        raise ChatwriterError(
            f"{', '.join(paths)}: no column {', '.join(map(repr, missing))} "
            f"(columns: {', '.join(df.columns)}); name them with --map"
        )

    def col(field: str, default: Any = None) -> Any:
        if name[field] in df.columns:
            return F.col(name[field])
        return F.lit(default)

    if name["public"] in df.columns:
        public = F.lower(F.trim(F.col(name["public"]).cast("string")))
        df = df.where(public.isNull() | ~public.isin(*NOT_PUBLIC))
    at = col("at")
    rows = df.select(
        col("conversation").cast("string").alias("conversation"),
        F.struct(
            at.cast("double").alias("_epoch")
            if dict(df.dtypes).get(name["at"]) in ("bigint", "int", "double", "float")
            else F.unix_micros(at.cast("timestamp")).alias("_epoch"),
            F.monotonically_increasing_id().alias("_order"),
            col("role", "agent").cast("string").alias("role"),
            col("text").cast("string").alias("text"),
            col("author").cast("string").alias("author"),
            at.cast("string").alias("at"),
            col("locale").cast("string").alias("locale"),
            col("team").cast("string").alias("team"),
        ).alias("message"),
        col("channel").cast("string").alias("channel"),
        col("csat").cast("double").alias("csat"),
    )
    grouped = rows.groupBy("conversation").agg(
        F.array_sort(F.collect_list("message")).alias("messages"),
        F.max("channel").alias("channel"),
        F.max("csat").alias("csat"),
    )
    return grouped.select(
        F.to_json(
            F.struct(
                F.col("conversation").alias("id"),
                F.col("channel"),
                F.col("csat"),
                F.transform(
                    "messages",
                    lambda m: F.struct(
                        m["role"].alias("role"),
                        m["text"].alias("text"),
                        m["author"].alias("author"),
                        m["at"].alias("at"),
                        m["locale"].alias("locale"),
                        m["team"].alias("team"),
                    ),
                ).alias("messages"),
            )
        ).alias("value")
    )
