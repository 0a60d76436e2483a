"""``chatwriter report --engine spark``: the same report, linted and counted by Spark.

Executors parse the conversations and lint their agent turns into the records of
:mod:`chatwriter.report.records` (one row per turn and one per finding, personal data
masked); Spark SQL counts them per operator, team and week, with exact medians
(``percentile``) and the same choice of examples as the one-machine engine (the three
newest distinct excerpts per operator and rule). Only the aggregates reach the driver,
which assembles the JSON with the code the one-machine engine uses
(:func:`chatwriter.report.aggregate.assemble`); pseudonyms are applied there, on the few
hundred operator names.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from functools import partial
from typing import TYPE_CHECKING, Any

from chatwriter.errors import ChatwriterError
from chatwriter.model import Severity
from chatwriter.report.aggregate import (
    EXAMPLES_PER_RULE,
    NO_TEAM,
    TOP_RULES,
    UNKNOWN_AUTHOR,
    Options,
    assemble,
    by_count,
    hide_name,
    iso_week,
    name_pattern,
    summary_row,
)
from chatwriter.report.records import lint_turns
from chatwriter.report.transcripts import conversation_from_json
from chatwriter.spark.partition import linter_for

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

#: One row per linted turn (kind "m"), per finding (kind "f") or per bad line ("e").
ROWS_SCHEMA = (
    "kind string, conversation string, seq int, author string, team string, at_s double, "
    "week string, response_s double, csat double, rule string, category string, "
    "severity string, start int, end int, message string, before string, match string, "
    "after string, error string"
)
ROW_COLUMNS = [part.split()[0] for part in ROWS_SCHEMA.split(", ")]


def turn_rows(
    batches: Iterator[Any],
    *,
    config_text: str | None,
    default_locale: str | None,
    since: Any,
    until: Any,
) -> Iterator[Any]:
    """``mapInPandas`` body: conversation JSON lines in, record rows out."""
    import pandas as pd

    linter = linter_for(config_text, default_locale)
    for batch in batches:
        rows: list[tuple[Any, ...]] = []
        conversations = []
        for line in batch["value"]:
            if line is None or not line.strip():
                continue
            try:
                conversations.append(conversation_from_json(json.loads(line)))
            except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
                rows.append(_row("e", error=f"{exc} in: {line[:80]}"))
        try:
            records = list(lint_turns(linter, conversations, since, until))
        except ChatwriterError as exc:
            rows.append(_row("e", error=str(exc)))
            records = []
        for r in records:
            at_s = r.at.timestamp() if r.at is not None else None
            common = {"conversation": r.conversation, "seq": r.seq, "author": r.author}
            common |= {"team": r.team, "at_s": at_s, "week": iso_week(r.at)}
            rows.append(_row("m", **common, response_s=r.response_s, csat=r.csat))
            for f in r.findings:
                rows.append(
                    _row(
                        "f",
                        **common,
                        rule=f.rule,
                        category=f.category,
                        severity=f.severity,
                        start=f.start,
                        end=f.end,
                        message=f.message,
                        before=f.before,
                        match=f.match,
                        after=f.after,
                    )
                )
        yield pd.DataFrame.from_records(rows, columns=ROW_COLUMNS)


def _row(kind: str, **values: Any) -> tuple[Any, ...]:
    return tuple(kind if c == "kind" else values.get(c) for c in ROW_COLUMNS)


def spark_report(
    lines: DataFrame,
    options: Options,
    *,
    config_text: str | None = None,
    default_locale: str | None = None,
    describe: Callable[[str], str] | None = None,
    findings_out: str | None = None,
) -> dict[str, Any]:
    """The report of the conversation JSON lines in ``lines`` (a ``value`` column)."""
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    body = partial(
        turn_rows,
        config_text=config_text,
        default_locale=default_locale,
        since=options.since,
        until=options.until,
    )
    rows = lines.select("value").mapInPandas(body, ROWS_SCHEMA).cache()
    try:
        errors = [r.error for r in rows.where(F.col("kind") == "e").limit(5).collect()]
        if errors:
            raise ChatwriterError("the Spark engine could not read: " + "; ".join(errors))
        keyed = rows.withColumn("who", F.coalesce("author", F.lit(UNKNOWN_AUTHOR))).withColumn(
            "team_key", F.coalesce("team", F.lit(NO_TEAM))
        )
        when = F.struct(F.coalesce("at_s", F.lit(0.0)), "conversation", "seq")
        turns = keyed.where(F.col("kind") == "m")
        counted = [s.value for s in Severity if s.rank >= options.min_severity.rank]
        found = keyed.where((F.col("kind") == "f") & F.col("severity").isin(counted))
        if findings_out:
            found.select(
                "conversation", "seq", "rule", "category", "severity", "start", "end",
                "message", "before", "match", "after",
            ).write.mode("overwrite").parquet(findings_out)  # fmt: skip
        return _assemble(turns, found, when, options, describe, F, Window)
    finally:
        rows.unpersist()


def _assemble(turns, found, when, options, describe, F, Window) -> dict[str, Any]:
    totals = turns.agg(
        F.countDistinct("conversation").alias("conversations"),
        F.count(F.lit(1)).alias("agent_messages"),
        F.min("at_s").alias("first"),
        F.max("at_s").alias("last"),
    ).first()
    findings_total = found.count()

    def groups(key: str) -> dict[str, dict[str, Any]]:
        base = {
            r[key]: r.asDict()
            for r in turns.groupBy(key)
            .agg(
                F.count(F.lit(1)).alias("agent_messages"),
                F.percentile("response_s", F.lit(0.5)).alias("median"),
            )
            .collect()
        }
        for r in (
            turns.dropDuplicates([key, "conversation"])
            .groupBy(key)
            .agg(F.count(F.lit(1)).alias("conversations"), F.avg("csat").alias("csat"))
            .collect()
        ):
            base[r[key]] |= {"conversations": r["conversations"], "csat": r["csat"]}
        for row in base.values():
            row["by_category"] = {}
            row["findings"] = 0
        for r in found.groupBy(key, "category").count().collect():
            base[r[key]]["by_category"][r["category"]] = r["count"]
            base[r[key]]["findings"] += r["count"]
        return base

    operators = groups("who")
    newest_team = turns.where(F.col("team").isNotNull()).groupBy("who").agg(F.max_by("team", when))
    for r in newest_team.collect():
        operators[r[0]]["team"] = r[1]
    teams = groups("team_key")
    by_rule: dict[str, dict[str, int]] = defaultdict(dict)
    for r in found.groupBy("who", "rule").count().collect():
        by_rule[r["who"]][r["rule"]] = r["count"]
    examples = _examples(found, F, Window)
    weeks = _weeks(turns, found, when, F)
    rules: dict[str, dict[str, str]] = {}
    for r in found.select("rule", "category", "severity").distinct().collect():
        known = rules.get(r["rule"])
        if known is None or Severity(r["severity"]).rank > Severity(known["severity"]).rank:
            rules[r["rule"]] = {"category": r["category"], "severity": r["severity"]}

    name = options.pseudonym or (lambda real: real)
    display = {real: (name(real) if real != UNKNOWN_AUTHOR else real) for real in operators}
    operator_rows = []
    for real, row in operators.items():
        top = sorted(by_rule.get(real, {}).items(), key=by_count)[:TOP_RULES]
        hide = name_pattern(real) if display[real] != real else None
        out = _summary(row, display[real], "author", row.get("team"))
        out["top_rules"] = [
            {
                "rule": rule,
                "count": n,
                "examples": [hide_name(e, hide, display[real]) for e in examples[(real, rule)]],
            }
            for rule, n in top
        ]
        operator_rows.append(out)
    operator_rows.sort(key=lambda r: r["author"])
    team_rows = sorted((_summary(row, key, "team") for key, row in teams.items()), key=_team)
    week_rows = sorted(
        ({**w, "author": display[w["author"]]} for w in weeks),
        key=lambda w: (w["week"], w["author"]),
    )
    return assemble(
        options,
        totals={
            "conversations": totals["conversations"],
            "agent_messages": totals["agent_messages"],
            "findings": findings_total,
        },
        first=_moment(totals["first"]),
        last=_moment(totals["last"]),
        operators=operator_rows,
        teams=team_rows,
        weeks=week_rows,
        rules=rules,
        describe=describe,
    )


def _examples(found, F, Window) -> dict[tuple[str, str], list[dict[str, str]]]:
    """Per (operator, rule): the newest occurrence of each distinct excerpt, top three."""
    key = F.struct(F.coalesce("at_s", F.lit(0.0)), "conversation", "seq", "start", "end").alias(
        "key"
    )
    newest = found.groupBy("who", "rule", "before", "match", "after").agg(
        F.max_by(F.struct("conversation", "message"), key).alias("at"), F.max(key).alias("key")
    )
    ranked = newest.withColumn(
        "rank", F.row_number().over(Window.partitionBy("who", "rule").orderBy(F.desc("key")))
    ).where(F.col("rank") <= EXAMPLES_PER_RULE)
    out: dict[tuple[str, str], list[tuple[Any, dict[str, str]]]] = defaultdict(list)
    for r in ranked.collect():
        excerpt = {
            "conversation": r["at"]["conversation"],
            "before": r["before"],
            "match": r["match"],
            "after": r["after"],
            "message": r["at"]["message"],
        }
        out[(r["who"], r["rule"])].append((r["key"], excerpt))
    return defaultdict(
        list,
        {k: [e for _, e in sorted(v, key=lambda x: x[0], reverse=True)] for k, v in out.items()},
    )


def _weeks(turns, found, when, F) -> list[dict[str, Any]]:
    dated = turns.where(F.col("week").isNotNull())
    rows = {
        (r["week"], r["who"]): {
            "week": r["week"],
            "author": r["who"],
            "team": r["team"],
            "agent_messages": r["agent_messages"],
            "findings": 0,
            "by_category": {},
        }
        for r in dated.groupBy("week", "who")
        .agg(
            F.count(F.lit(1)).alias("agent_messages"),
            F.max_by("team", F.when(F.col("team").isNotNull(), when)).alias("team"),
        )
        .collect()
    }
    for r in (
        found.where(F.col("week").isNotNull()).groupBy("week", "who", "category").count().collect()
    ):
        row = rows[(r["week"], r["who"])]
        row["by_category"][r["category"]] = r["count"]
        row["findings"] += r["count"]
    for row in rows.values():
        row["by_category"] = dict(sorted(row["by_category"].items()))
    return list(rows.values())


def _summary(row: dict[str, Any], key: str, name: str, team: str | None = None) -> dict[str, Any]:
    return summary_row(
        key,
        name,
        team=team,
        conversations=row.get("conversations", 0),
        agent_messages=row["agent_messages"],
        findings=row["findings"],
        by_category=row["by_category"],
        median_response_s=row["median"],
        csat_mean=row.get("csat"),
    )


def _team(row: dict[str, Any]) -> str:
    return row["team"]


def _moment(seconds: float | None) -> datetime | None:
    return datetime.fromtimestamp(seconds, tz=timezone.utc) if seconds is not None else None
