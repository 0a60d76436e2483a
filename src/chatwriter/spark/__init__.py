"""chatwriter on Apache Spark: lint a DataFrame of messages where the data lives.

    from chatwriter.spark import lint_dataframe
    findings = lint_dataframe(messages_df, text="body", locale="locale", id="message_id")

The messages go to Python workers in Arrow batches (``mapInPandas``); each worker
compiles the Linter once and keeps it, the company config travels with the job as
text, and nothing is collected to the driver. The findings come back as a DataFrame
(schema in :data:`SCHEMA`, described in docs/spark.md) with personal data masked, one
row per finding and one row with ``error`` set for each message that could not be
linted. Needs the ``spark`` extra (pyspark, pandas, pyarrow).
"""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from chatwriter.errors import ChatwriterError
from chatwriter.spark.partition import COLUMNS, SCHEMA, lint_batches

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["COLUMNS", "SCHEMA", "lint_dataframe", "local_session"]


def lint_dataframe(
    df: DataFrame,
    text: str = "text",
    locale: str | None = "locale",
    id: str = "id",  # the name the docs use
    conversation: str | None = None,
    config: str | Path | None = None,
    default_locale: str | None = None,
) -> DataFrame:
    """Findings of every message of ``df`` (lazy: runs when the result is written).

    ``locale``: the column of each message's locale (None: every message uses
    ``default_locale``, else en-US or the config's). ``conversation``: a column of
    earlier turns, a JSON string or an array of ``{role, text}`` structs.
    """
    from pyspark.sql import functions as F

    missing = [c for c in (text, id, locale, conversation) if c and c not in df.columns]
    if missing:
        raise ChatwriterError(
            f"lint_dataframe: no column {', '.join(map(repr, missing))} "
            f"(columns: {', '.join(df.columns)})"
        )
    config_text = Path(config).read_text(encoding="utf-8") if config is not None else None
    columns = [
        F.col(id).cast("string").alias("id"),
        F.col(text).cast("string").alias("text"),
        (F.col(locale).cast("string") if locale else F.lit(None).cast("string")).alias("locale"),
    ]
    if conversation:
        columns.append(F.col(conversation).alias("conversation"))
    body = partial(
        lint_batches,
        config_text=config_text,
        default_locale=default_locale,
        with_conversation=bool(conversation),
    )
    return df.select(*columns).mapInPandas(body, SCHEMA)


def local_session(master: str | None = "local[2]", app: str = "chatwriter") -> SparkSession:
    """A Spark session for ``master`` (None or "": the one spark-submit configured).

    On a local master, its Python workers run this interpreter (its packages) and
    shuffles use two partitions per core; the web UI and the console progress bar are
    off: what tests, benchmarks and `--engine spark` on one machine need."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ChatwriterError(
            "Spark needs pyspark, pandas and pyarrow: pip install '.[spark]' from the repository"
        ) from None
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # Workers on this machine run this interpreter, so they see the packages it sees
        # (pyspark reads the variable when the context starts; the default is `python3`).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # Spark's 200 shuffle partitions suit a cluster; on one machine each is a task
        # whose start costs more than the counting it does.
        cores = master[len("local[") : -1] if master.startswith("local[") else "1"
        count = (os.cpu_count() or 1) if cores in ("*", "") else int(cores.split(",")[0])
        builder = builder.config("spark.sql.shuffle.partitions", str(2 * count))
    session = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session
