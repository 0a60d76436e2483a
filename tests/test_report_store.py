"""The embedded store: ingest, re-ingest, append and change, and the same report as
without it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from chatwriter import Linter
from chatwriter.cli import main
from chatwriter.report import Aggregator, Options, aggregate, describer, read_transcripts
from tests.test_report import CARD, _write_jsonl, seeded_conversations

duckdb = pytest.importorskip("duckdb", reason="the store needs duckdb (in the `test` extra)")

from chatwriter.report.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


def _from_store(store: Store, linter: Linter, options: Options | None = None) -> dict:
    options = options or Options()
    aggregator = Aggregator(options, describer(linter))
    aggregator.add(store.records(options.since, options.until))
    return aggregator.result()


def test_ingest_is_idempotent_appends_and_replaces(linter: Linter, tmp_path: Path) -> None:
    conversations, _ = seeded_conversations(11, 50)
    first, second = conversations[:30], conversations[30:]
    week1 = _write_jsonl(tmp_path / "week1.jsonl", first)
    week2 = _write_jsonl(tmp_path / "week2.jsonl", second)
    agent = sum(1 for c in first for m in c["messages"] if m["role"] == "agent")
    with Store(tmp_path / "qa.duckdb") as store:
        done = store.ingest(linter, read_transcripts(week1))
        assert (done.new, done.replaced, done.unchanged) == (30, 0, 0)
        assert done.agent_messages == agent
        counts = store.counts()
        assert counts["conversations"] == 30 and counts["messages"] == agent

        again = store.ingest(linter, read_transcripts(week1))
        assert (again.new, again.replaced, again.unchanged, again.agent_messages) == (0, 0, 30, 0)
        assert store.counts() == counts

        store.ingest(linter, read_transcripts(week2))
        assert store.counts()["conversations"] == 50

        changed = json.loads(json.dumps(first[0]))
        changed["messages"].append(
            {"role": "agent", "author": "Ana Ruiz", "text": "PLEASE CHECK YOUR SPAM FOLDER."}
        )
        edit = _write_jsonl(tmp_path / "edit.jsonl", [changed])
        done = store.ingest(linter, read_transcripts(edit))
        assert (done.new, done.replaced, done.unchanged) == (0, 1, 0)
        total_agent = sum(1 for c in conversations for m in c["messages"] if m["role"] == "agent")
        assert store.counts()["conversations"] == 50
        assert store.counts()["messages"] == total_agent + 1


def test_the_store_reports_what_a_direct_run_reports(linter: Linter, tmp_path: Path) -> None:
    conversations, _ = seeded_conversations(12, 60)
    path = _write_jsonl(tmp_path / "t.jsonl", conversations)
    direct = aggregate(linter, read_transcripts(path))
    with Store(tmp_path / "qa.duckdb") as store:
        store.ingest(linter, read_transcripts(path))
        assert _from_store(store, linter) == direct
        options = Options(since=date(2026, 10, 5), until=date(2026, 10, 11))
        assert _from_store(store, linter, options) == aggregate(
            linter, read_transcripts(path), options
        )


def test_nothing_private_is_stored_and_parquet_exports(linter: Linter, tmp_path: Path) -> None:
    conversations, _ = seeded_conversations(13, 40)
    path = _write_jsonl(tmp_path / "t.jsonl", conversations)
    with Store(tmp_path / "qa.duckdb") as store:
        store.ingest(linter, read_transcripts(path))
        written = store.export_parquet(tmp_path / "lake")
        matches = [row[0] for row in store.db.execute("SELECT match FROM findings").fetchall()]
        assert "**** **** **** ****" in matches
    raw = (tmp_path / "qa.duckdb").read_bytes()
    assert CARD.encode() not in raw and CARD.replace(" ", "").encode() not in raw
    assert [p.name for p in written] == [
        "conversations.parquet",
        "messages.parquet",
        "findings.parquet",
    ]
    con = duckdb.connect()
    rows = con.execute(f"SELECT count(*) FROM '{tmp_path / 'lake' / 'messages.parquet'}'")
    assert rows.fetchone()[0] == sum(
        1 for c in conversations for m in c["messages"] if m["role"] == "agent"
    )


def test_cli_store_twice_counts_once(tmp_path: Path) -> None:
    conversations, _ = seeded_conversations(14, 20)
    path = _write_jsonl(tmp_path / "t.jsonl", conversations)
    store = tmp_path / "qa.duckdb"
    runner = CliRunner()
    args = ["report", str(path), "--store", str(store), "--format", "json", "--isolated"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "stored 20 new, 0 changed, 0 unchanged" in first.stderr
    second = runner.invoke(main, args)
    assert "stored 0 new, 0 changed, 20 unchanged" in second.stderr
    assert json.loads(first.stdout) == json.loads(second.stdout)
    only_store = runner.invoke(main, ["report", "--store", str(store), "-q", "--isolated"])
    assert json.loads(only_store.stdout) == json.loads(first.stdout)


def test_cli_needs_files_or_a_store() -> None:
    result = CliRunner().invoke(main, ["report", "--isolated"])
    assert result.exit_code == 2 and "--store" in result.output


def test_a_file_that_is_not_a_store_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "notes.duckdb"
    bad.write_text("hello, this is not a database\n", "utf-8")
    from chatwriter.errors import ChatwriterError

    with pytest.raises(ChatwriterError, match=r"notes\.duckdb"):
        Store(bad)
