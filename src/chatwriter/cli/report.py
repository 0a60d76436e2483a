"""``chatwriter report``: quality per operator and team over past transcripts.

The engine is imported inside the command, as in the others, so ``--help`` stays fast.
"""

from __future__ import annotations

import sys
import time
from datetime import date

import click

from chatwriter.cli.common import (
    SEVERITY_CHOICES,
    allow_outside_option,
    config_option,
    discover_config,
    isolated_option,
    make_linter,
    reports_errors,
)
from chatwriter.errors import ChatwriterError
from chatwriter.model import Severity

REPORT_EXAMPLES = """\b
Examples:
  chatwriter report transcripts.jsonl --out report.html
  chatwriter report week-*.jsonl --format json --since 2026-10-01 --until 2026-10-31
  chatwriter report tickets.csv --map conversation=ticket_id,author=agent,text=body,at=created_at,role=author_role
  chatwriter report intercom-export.json --pseudonymize --out report.html
  chatwriter report this-week.jsonl --store qa.duckdb --since 2026-07-01 --out report.html
  chatwriter report transcripts.jsonl --engine spark --master 'local[2]' --format json
"""


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-10-05") from None


@click.command(epilog=REPORT_EXAMPLES)
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "--out", "-o", type=click.Path(dir_okay=False), help="Write the report here (default: stdout)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json"]),
    default=None,
    help="html: one self-contained page with charts; json: the aggregates "
    "(default: html when --out ends in .html, else json).",
)
@click.option(
    "--input",
    "input_format",
    type=click.Choice(["auto", "conversations", "rows", "intercom"]),
    default="auto",
    show_default=True,
    help="conversations: one conversation per JSONL line; rows: one message per CSV/JSONL row "
    "(see --map); intercom: Intercom conversation objects.",
)
@click.option(
    "--map",
    "mapping",
    metavar="FIELD=COLUMN,...",
    help="Columns of a rows file, e.g. conversation=ticket_id,author=agent,text=body,"
    "at=created_at,role=author_role (fields: conversation text role author at locale team "
    "channel csat).",
)
@click.option("--since", callback=_day, help="First day counted (YYYY-MM-DD, by message time).")
@click.option("--until", callback=_day, help="Last day counted (YYYY-MM-DD, inclusive).")
@click.option(
    "--severity",
    type=click.Choice(SEVERITY_CHOICES),
    default="warning",
    show_default=True,
    help="Count findings of this severity and above.",
)
@click.option(
    "--locale", "-l", help="Locale of messages whose transcript names none (default: en-US)."
)
@click.option(
    "--pseudonymize",
    is_flag=True,
    help="Replace operator names by stable pseudonyms keyed by $CHATWRITER_PSEUDONYM_KEY.",
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    help="Ingest the files into this DuckDB file (new and changed conversations only), "
    "then report over everything in it.",
)
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(file_okay=False),
    help="With --store: also export its tables as Parquet files into this folder.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="spark: lint and count on Apache Spark (the spark extra); same report.",
)
@click.option(
    "--master",
    default="local[*]",
    show_default=True,
    help="With --engine spark: the Spark master URL (local[2], yarn, spark://host:7077).",
)
@click.option(
    "--findings-out",
    type=click.Path(),
    help="With --engine spark: also write the counted findings as Parquet here "
    "(the store's findings columns).",
)
@click.option("--title", default="Reply quality", show_default=True, help="Title of the page.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary line on stderr.")
@config_option
@isolated_option
@allow_outside_option
def report(
    paths: tuple[str, ...],
    out: str | None,
    fmt: str | None,
    input_format: str,
    mapping: str | None,
    since: date | None,
    until: date | None,
    severity: str,
    locale: str | None,
    pseudonymize: bool,
    store: str | None,
    parquet_dir: str | None,
    engine: str,
    master: str,
    findings_out: str | None,
    title: str,
    quiet: bool,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
) -> None:
    """Quality per operator and team over past conversations (agent turns only)."""
    import json

    from chatwriter.report import Aggregator, Options, aggregate, describer, read_transcripts
    from chatwriter.report.html import render
    from chatwriter.report.pseudonyms import pseudonymizer
    from chatwriter.report.transcripts import parse_map

    if fmt is None:
        fmt = "html" if out and out.lower().endswith((".html", ".htm")) else "json"

    @reports_errors
    def run() -> None:
        if not paths and store is None:
            raise ChatwriterError("give transcript files, or --store to report over a store")
        if engine == "spark" and store is not None:
            raise ChatwriterError(
                "--engine spark reports from files; --store is the local engine's"
            )
        if findings_out and engine != "spark":
            raise ChatwriterError("--findings-out is for --engine spark (the store has --parquet)")
        if parquet_dir and store is None:
            raise ChatwriterError("--parquet exports a store: give --store too")
        if since and until and since > until:
            raise ChatwriterError(f"--since {since} is after --until {until}")
        columns = parse_map(mapping)
        options = Options(
            since=since,
            until=until,
            min_severity=Severity(severity),
            pseudonym=pseudonymizer() if pseudonymize else None,
        )
        started = time.monotonic()
        # Found once: the Spark engine ships the same config to its workers.
        config_path = config if config is not None or isolated else discover_config()
        linter = make_linter(locale, config_path, True, allow_outside=allow_outside)
        progress = _Progress(enabled=not quiet and sys.stderr.isatty())
        conversations = (
            conv for path in paths for conv in read_transcripts(path, input_format, columns)
        )
        ingested = ""
        if engine == "spark":
            from chatwriter.spark.engine import run_report

            data = run_report(
                paths,
                input_format,
                columns,
                options,
                master=master,
                config=config_path,
                locale=locale,
                describe=describer(linter),
                findings_out=findings_out,
            )
        elif store is None:
            data = aggregate(linter, conversations, options, progress.tick)
        else:
            from chatwriter.report.store import Store

            with Store(store) as db:
                done = db.ingest(linter, conversations, progress.tick)
                progress.done()
                aggregator = Aggregator(options, describer(linter))
                aggregator.add(db.records(since, until))
                data = aggregator.result()
                if parquet_dir:
                    db.export_parquet(parquet_dir)
            if paths:
                ingested = (
                    f"stored {done.new} new, {done.replaced} changed, {done.unchanged} "
                    f"unchanged conversations in {store}; "
                )
        progress.done()
        if fmt == "html":
            text = render(data, title)
        else:
            text = json.dumps(data, ensure_ascii=False, indent=2)
        if out:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        else:
            click.echo(text)
        if not quiet:
            totals = data["totals"]
            counts = ", ".join(
                _plural(n, what)
                for n, what in (
                    (totals["conversations"], "conversation"),
                    (totals["agent_messages"], "agent message"),
                    (totals["findings"], "finding"),
                    (len(data["operators"]), "operator"),
                )
            )
            target = f" -> {out}" if out else ""
            seconds = time.monotonic() - started
            click.echo(f"report: {ingested}{counts}{target} ({seconds:.1f} s)", err=True)

    run()


def _plural(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


class _Progress:
    """A count on one stderr line, redrawn at most ten times a second (only on a terminal)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.count = 0
        self.shown = 0.0
        self.started = time.monotonic()

    def tick(self, n: int) -> None:
        self.count += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.shown >= 0.1:
            self.shown = now
            rate = self.count / max(now - self.started, 1e-6)
            click.echo(
                f"\rlinted {self.count:,} agent messages ({rate:,.0f}/s)", nl=False, err=True
            )

    def done(self) -> None:
        """End the progress line (once)."""
        if self.enabled and self.count:
            click.echo("", err=True)
        self.enabled = False
