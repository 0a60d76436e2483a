"""The embedded store: linted transcripts kept in one DuckDB file, week after week.

``chatwriter report FILES --store qa.duckdb`` ingests the files, then reports over the
whole store. Ingesting is idempotent per conversation: each conversation is stored with
a digest of its content, so the same conversation ingested twice counts once, and a
changed one (a later export with more turns) replaces the old rows. Only new and changed
conversations are linted. What is stored are the records of :mod:`.records`, with
personal data already masked: the store never holds it in clear.

DuckDB because it is an embedded, columnar SQL database in one file with no server: a
team lead's laptop keeps months of history and queries it in milliseconds, and the same
tables export as Parquet for a data lake or Spark. Rows go in as whole columns (one
``unnest`` per column), about a hundred times faster than row-by-row inserts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import islice
from pathlib import Path
from typing import Any

from chatwriter.errors import ChatwriterError
from chatwriter.linter import Linter
from chatwriter.report.records import FindingRecord, TurnRecord, lint_turns
from chatwriter.report.transcripts import Conversation

#: Bumped when the tables change; an older store is refused with the fix, never mangled.
SCHEMA_VERSION = 1
#: Conversations looked up, linted and written per transaction.
CHUNK = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);
CREATE TABLE IF NOT EXISTS conversations (
    id VARCHAR, digest VARCHAR, csat DOUBLE, ingested TIMESTAMP);
CREATE TABLE IF NOT EXISTS messages (
    conversation VARCHAR, seq INTEGER, author VARCHAR, team VARCHAR, locale VARCHAR,
    sent TIMESTAMP, response_s DOUBLE, findings INTEGER);
CREATE TABLE IF NOT EXISTS findings (
    conversation VARCHAR, seq INTEGER, rule VARCHAR, category VARCHAR, severity VARCHAR,
    "start" INTEGER, "end" INTEGER, message VARCHAR, before VARCHAR, match VARCHAR,
    after VARCHAR);
"""
TABLES = ("conversations", "messages", "findings")


@dataclass(slots=True)
class Ingested:
    """What one ingest did."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    agent_messages: int = 0


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        raise ChatwriterError(
            "--store needs DuckDB: pip install duckdb (or install chatwriter with its "
            "`report` extra)"
        ) from None
    return duckdb


class Store:
    """One DuckDB file of linted conversations."""

    def __init__(self, path: str | Path):
        duckdb = _duckdb()
        self.path = Path(path)
        try:
            self.db = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            raise ChatwriterError(f"{self.path}: cannot open as a DuckDB store ({exc})") from None
        self.db.execute(SCHEMA)
        found = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if found is None:
            self.db.execute("INSERT INTO meta VALUES ('schema', ?)", [str(SCHEMA_VERSION)])
        elif found[0] != str(SCHEMA_VERSION):
            raise ChatwriterError(
                f"{self.path}: store schema {found[0]}, this chatwriter writes "
                f"{SCHEMA_VERSION}; re-ingest the transcripts into a new store"
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest -----------------------------------------------------------------
    def ingest(
        self,
        linter: Linter,
        conversations: Iterable[Conversation],
        progress: Callable[[int], None] | None = None,
    ) -> Ingested:
        """Lint and store the new and changed conversations; skip the unchanged ones."""
        done = Ingested()
        iterator = iter(conversations)
        while chunk := list(islice(iterator, CHUNK)):
            latest = {conv.id: conv for conv in chunk}  # the same id twice: the last wins
            digests = {ident: digest(conv) for ident, conv in latest.items()}
            stored = dict(
                self.db.execute(
                    "SELECT id, digest FROM conversations WHERE id IN (SELECT unnest(?))",
                    [list(digests)],
                ).fetchall()
            )
            todo = [conv for ident, conv in latest.items() if stored.get(ident) != digests[ident]]
            done.unchanged += len(latest) - len(todo)
            done.replaced += sum(1 for conv in todo if conv.id in stored)
            done.new += sum(1 for conv in todo if conv.id not in stored)
            records = []
            for record in lint_turns(linter, todo):
                records.append(record)
                if progress is not None:
                    progress(1)
            done.agent_messages += len(records)
            self._write(todo, digests, records)
        return done

    def _write(
        self, todo: list[Conversation], digests: dict[str, str], records: list[TurnRecord]
    ) -> None:
        ids = [conv.id for conv in todo]
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        db = self.db
        db.execute("BEGIN TRANSACTION")
        try:
            for table, column in (("findings", "conversation"), ("messages", "conversation")):
                db.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [ids])
            db.execute("DELETE FROM conversations WHERE id IN (SELECT unnest(?))", [ids])
            _insert(
                db,
                "conversations",
                "id VARCHAR, digest VARCHAR, csat DOUBLE, ingested TIMESTAMP",
                [ids, [digests[i] for i in ids], [c.csat for c in todo], [now] * len(ids)],
            )
            _insert(
                db,
                "messages",
                "conversation VARCHAR, seq INTEGER, author VARCHAR, team VARCHAR, "
                "locale VARCHAR, sent TIMESTAMP, response_s DOUBLE, findings INTEGER",
                [
                    [r.conversation for r in records],
                    [r.seq for r in records],
                    [r.author for r in records],
                    [r.team for r in records],
                    [r.locale for r in records],
                    [_naive(r.at) for r in records],
                    [r.response_s for r in records],
                    [len(r.findings) for r in records],
                ],
            )
            rows = [(r, f) for r in records for f in r.findings]
            _insert(
                db,
                "findings",
                "conversation VARCHAR, seq INTEGER, rule VARCHAR, category VARCHAR, "
                'severity VARCHAR, "start" INTEGER, "end" INTEGER, message VARCHAR, '
                "before VARCHAR, match VARCHAR, after VARCHAR",
                [
                    [r.conversation for r, _ in rows],
                    [r.seq for r, _ in rows],
                    [f.rule for _, f in rows],
                    [f.category for _, f in rows],
                    [f.severity for _, f in rows],
                    [f.start for _, f in rows],
                    [f.end for _, f in rows],
                    [f.message for _, f in rows],
                    [f.before for _, f in rows],
                    [f.match for _, f in rows],
                    [f.after for _, f in rows],
                ],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- read back ----------------------------------------------------------------
    def records(self, since: date | None = None, until: date | None = None) -> Iterator[TurnRecord]:
        """The stored turns in the period, a conversation's turns together, streamed."""
        where, params = _period(since, until)
        messages = self.db.cursor()
        messages.execute(
            "SELECT m.conversation, m.seq, m.author, m.team, m.locale, m.sent, m.response_s, "
            "c.csat FROM messages m JOIN conversations c ON c.id = m.conversation "
            f"{where} ORDER BY m.conversation, m.seq",
            params,
        )
        findings = self.db.cursor()
        findings.execute(
            "SELECT f.conversation, f.seq, f.rule, f.category, f.severity, f.start, f.end, "
            "f.message, f.before, f.match, f.after FROM findings f JOIN messages m "
            "ON m.conversation = f.conversation AND m.seq = f.seq "
            f"{where} ORDER BY f.conversation, f.seq, f.start, f.end, f.rule",
            params,
        )
        pending = _rows(findings)
        head = next(pending, None)
        for row in _rows(messages):
            key = (row[0], row[1])
            found: list[FindingRecord] = []
            while head is not None and (head[0], head[1]) == key:
                found.append(FindingRecord(*head[2:]))
                head = next(pending, None)
            yield TurnRecord(
                conversation=row[0],
                seq=row[1],
                author=row[2],
                team=row[3],
                locale=row[4],
                at=row[5].replace(tzinfo=timezone.utc) if row[5] is not None else None,
                response_s=row[6],
                csat=row[7],
                findings=tuple(found),
            )

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def export_parquet(self, folder: str | Path) -> list[Path]:
        """Each table as ``<folder>/<table>.parquet`` (for a data lake or Spark)."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            target = out / f"{table}.parquet"
            self.db.execute(f"COPY {table} TO '{_sql_path(target)}' (FORMAT parquet)")
            written.append(target)
        return written


def digest(conv: Conversation) -> str:
    """A fingerprint of everything in a conversation that can change its report."""
    body = [
        conv.id,
        conv.locale,
        conv.team,
        conv.channel,
        conv.csat,
        [
            [t.role, t.text, t.author, t.at.isoformat() if t.at else None, t.locale, t.team]
            for t in conv.turns
        ],
    ]
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def _insert(db: Any, table: str, columns: str, values: list[list[Any]]) -> None:
    """Insert whole columns at once (``unnest`` of typed lists)."""
    if not values or not values[0]:
        return
    names = [part.split()[0] for part in columns.split(", ")]
    types = [part.split()[1] for part in columns.split(", ")]
    selects = ", ".join(f"unnest(${i + 1}::{t}[])" for i, t in enumerate(types))
    db.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT {selects}", values)


def _rows(cursor: Any, size: int = 10_000) -> Iterator[tuple[Any, ...]]:
    while batch := cursor.fetchmany(size):
        yield from batch


def _period(since: date | None, until: date | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if since is not None:
        clauses.append("m.sent >= ?")
        params.append(datetime.combine(since, datetime.min.time()))
    if until is not None:
        clauses.append("m.sent < ?")
        params.append(datetime.combine(until + timedelta(days=1), datetime.min.time()))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _naive(at: datetime | None) -> datetime | None:
    """UTC without a zone: DuckDB's TIMESTAMP (TIMESTAMPTZ would need the ICU extension)."""
    return at.astimezone(timezone.utc).replace(tzinfo=None) if at is not None else None


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
