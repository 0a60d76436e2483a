"""What runs on a Spark executor: lint one partition's pandas batches into finding rows.

Imported by the Python workers Spark starts, so it needs pandas but never pyspark. The
Linter is compiled once per worker process and kept (workers are reused across tasks),
keyed by the company config's text, so a job pays the compile once per core, not per
row or per batch. A row that cannot be linted (no text, an unknown locale, a rule that
raised) becomes one error row with the reason; it never fails the job.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from typing import Any

from chatwriter.errors import ChatwriterError
from chatwriter.linter import Linter
from chatwriter.model import Message, Report, Turn

#: Output columns, in order (docs/spark.md describes them).
COLUMNS = (
    "id",
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "match",
    "message",
    "suggestion",
    "applicability",
    "error",
)
SCHEMA = (
    "id string, rule string, category string, severity string, start int, end int, "
    "match string, message string, suggestion string, applicability string, error string"
)

_LINTERS: dict[tuple[str, str | None], Linter] = {}


def linter_for(config_text: str | None, locale: str | None) -> Linter:
    """The worker's Linter for this config and default locale, compiled on first use."""
    key = (hashlib.sha256((config_text or "").encode("utf-8")).hexdigest(), locale)
    found = _LINTERS.get(key)
    if found is None:
        config = None
        if config_text is not None:
            # The config travels with the job as text; guides it names by relative path
            # must travel too (spark-submit --files), next to it in the working directory.
            folder = tempfile.mkdtemp(prefix=f"chatwriter-{key[0][:12]}-")
            config = os.path.join(folder, ".chatwriter.yaml")
            with open(config, "w", encoding="utf-8") as handle:
                handle.write(config_text)
        found = _LINTERS[key] = Linter(locale=locale, config=config)
    return found


def lint_batches(
    batches: Iterator[Any],
    *,
    config_text: str | None = None,
    default_locale: str | None = None,
    with_conversation: bool = False,
) -> Iterator[Any]:
    """``mapInPandas`` body: batches with columns id, text, locale[, conversation] in,
    finding rows out (one row per finding, one per failed message)."""
    import pandas as pd

    linter = linter_for(config_text, default_locale)
    for batch in batches:
        rows: list[tuple[Any, ...]] = []
        messages: list[Message] = []
        for record in batch.itertuples(index=False):
            message, error = _message(record, with_conversation)
            if error is not None:
                rows.append(_error(record.id, error))
            else:
                messages.append(message)
        rows.extend(_lint(linter, messages))
        yield pd.DataFrame.from_records(rows, columns=COLUMNS)


def _message(record: Any, with_conversation: bool) -> tuple[Message | None, str | None]:
    text = record.text
    if text is None or (isinstance(text, float) and text != text):  # None or NaN
        return None, "text is null"
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    locale = record.locale if isinstance(record.locale, str) and record.locale else None
    turns: tuple[Turn, ...] = ()
    if with_conversation:
        try:
            turns = _turns(record.conversation)
        except (TypeError, ValueError) as exc:
            return None, f"conversation: {exc}"
    ident = None if record.id is None else str(record.id)
    return Message(str(text), locale, id=ident, conversation=turns), None


def _turns(value: Any) -> tuple[Turn, ...]:
    """A conversation column: a JSON string or an array of {role, text} structs."""
    if value is None or (isinstance(value, float) and value != value):
        return ()
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else []
    turns = []
    for item in value:
        item = item.asDict() if hasattr(item, "asDict") else dict(item)
        if not isinstance(item.get("text"), str):
            raise ValueError("each turn needs a string 'text'")
        turns.append(Turn(str(item.get("role") or "customer"), item["text"]))
    return tuple(turns)


def _lint(linter: Linter, messages: list[Message]) -> list[tuple[Any, ...]]:
    """Finding rows for the messages: all at once, or one by one to isolate a bad row."""
    try:
        reports = list(linter.lint_many(messages))
    except Exception:  # one bad row must not fail the partition
        rows: list[tuple[Any, ...]] = []
        for message in messages:
            try:
                (report,) = linter.lint_many([message])
            except ChatwriterError as exc:
                rows.append(_error(message.id, str(exc)))
                continue
            except Exception as exc:  # reported as a row, not a crash
                rows.append(_error(message.id, f"{type(exc).__name__}: {exc}"))
                continue
            rows.extend(_rows(linter, report))
        return rows
    return [row for report in reports for row in _rows(linter, report)]


def _rows(linter: Linter, report: Report) -> list[tuple[Any, ...]]:
    report = linter.masked(report) if any(f.category == "pii" for f in report.findings) else report
    out = []
    for f in report.findings:
        first = f.suggestions[0] if f.suggestions else None
        out.append(
            (
                report.id,
                f.rule,
                f.category,
                f.severity.value,
                f.start,
                f.end,
                f.match,
                f.message,
                first.text if first else None,
                first.applicability.value if first else None,
                None,
            )
        )
    return out


def _error(ident: Any, reason: str) -> tuple[Any, ...]:
    return (None if ident is None else str(ident), *([None] * 9), reason)
