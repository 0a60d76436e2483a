"""chatwriter on a real local Spark (``local[2]``): the same findings as ``lint_many``.

Slow (a JVM start): ``pytest -m slow``. Without pyspark (the ``spark`` extra) the tests
skip on a developer's machine and FAIL in CI (``CI=true``), so a missing install is
never hidden.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chatwriter import Linter
from chatwriter.model import Message, Turn
from tests.helpers import REPO

pytestmark = pytest.mark.slow


def _need_spark() -> None:
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI runs the Spark tests: {exc} (pip install '.[spark]')")
        pytest.skip(f"Spark tests need the spark extra: {exc}")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    _need_spark()
    from chatwriter.spark import local_session

    session = local_session("local[2]", app="chatwriter-tests")
    yield session
    session.stop()


def _messages() -> list[Message]:
    """Drafts of five languages, some with earlier turns (the first blind round)."""
    out = []
    for tag in ("de-CH", "en-GB", "es-MX", "fr-CA", "pt-BR"):
        path = REPO / "tests" / "blind-dev" / f"{tag}.jsonl"
        for n, line in enumerate(path.read_text("utf-8").splitlines()[:40]):
            draft = json.loads(line)
            turns = tuple(Turn(t["role"], t["text"]) for t in draft.get("conversation") or ())
            out.append(Message(draft["text"], path.stem, id=f"{path.stem}:{n}", conversation=turns))
    return out


def _expected(messages: list[Message]) -> set[tuple[Any, ...]]:
    linter = Linter()
    rows = set()
    for report in linter.lint_many(messages):
        report = linter.masked(report)
        for f in report.findings:
            first = f.suggestions[0] if f.suggestions else None
            rows.add(
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
                )
            )
    return rows


def test_lint_dataframe_gives_what_lint_many_gives(spark: Any) -> None:
    from chatwriter.spark import lint_dataframe

    messages = _messages()
    assert any(m.conversation for m in messages)
    df = spark.createDataFrame(
        [
            (
                m.id,
                m.text,
                m.locale,
                json.dumps([{"role": t.role, "text": t.text} for t in m.conversation]),
            )
            for m in messages
        ],
        "id string, text string, locale string, turns string",
    ).repartition(4)
    rows = lint_dataframe(df, conversation="turns").collect()
    assert not [r for r in rows if r.error]
    got = {tuple(r)[:10] for r in rows}
    assert got == _expected(messages)
    assert len(got) > 50


def test_broken_rows_become_error_rows_not_a_failed_job(spark: Any) -> None:
    from chatwriter.spark import lint_dataframe

    rows = [
        ("ok", "Pls check the settings.", "en-US", None),
        ("null", None, "en-US", None),
        ("locale", "Hello there.", "xx-YY", None),
        ("binary", "\udcff\x00\x01 \u202egnp.exe \ufeff", "en-US", None),
        ("turns", "Hi Zoe!", "en-US", "not json"),
    ]
    df = spark.createDataFrame(rows, "id string, text string, locale string, turns string")
    out = {r.id: r for r in lint_dataframe(df, conversation="turns").collect()}
    assert out["ok"].rule == "en.textspeak.shorthand" and out["ok"].error is None
    assert out["null"].error == "text is null"
    assert "unknown locale 'xx-YY'" in out["locale"].error
    assert out["turns"].error.startswith("conversation:")
    assert "binary" not in out or out["binary"].error is None


def test_the_company_config_travels_with_the_job(spark: Any, tmp_path: Path) -> None:
    from chatwriter.spark import lint_dataframe

    config = tmp_path / ".chatwriter.yaml"
    config.write_text("locale: en-US\ndisable:\n  - en.textspeak.*\n", "utf-8")
    df = spark.createDataFrame([("1", "Pls check ur settings!!!")], "id string, text string")
    rules = {r.rule for r in lint_dataframe(df, locale=None, config=config).collect()}
    assert rules == {"common.shouting.repeated-punctuation"}
    assert "en.textspeak.shorthand" in {r.rule for r in lint_dataframe(df, locale=None).collect()}


def test_a_missing_column_is_named(spark: Any) -> None:
    from chatwriter.errors import ChatwriterError
    from chatwriter.spark import lint_dataframe

    df = spark.createDataFrame([("1", "Hi")], "id string, body string")
    with pytest.raises(ChatwriterError, match="no column 'text'"):
        lint_dataframe(df)


# -- report --engine spark ----------------------------------------------------------------


def _seeded(tmp_path: Path, seed: int, count: int) -> Path:
    from tests.test_report import _write_jsonl, seeded_conversations

    conversations, _ = seeded_conversations(seed, count)
    return _write_jsonl(tmp_path / f"seeded-{seed}.jsonl", conversations)


def test_the_spark_engine_reports_what_the_local_engine_reports(spark: Any, tmp_path: Path) -> None:
    from datetime import date

    from chatwriter.model import Severity
    from chatwriter.report import Options, aggregate, describer, read_transcripts
    from chatwriter.report.pseudonyms import pseudonymizer
    from chatwriter.spark.engine import run_report

    path = _seeded(tmp_path, 31, 150)
    linter = Linter()
    for options in (
        Options(),
        Options(since=date(2026, 10, 5), until=date(2026, 10, 11)),
        Options(min_severity=Severity.SUGGESTION, pseudonym=pseudonymizer("s" * 20)),
    ):
        local = aggregate(linter, read_transcripts(path), options)
        remote = run_report(
            [str(path)], "auto", {}, options, master="local[2]", describe=describer(linter)
        )
        assert remote == local
        assert local["totals"]["findings"] > 20


def test_cli_engine_spark_equals_local_operator_by_operator(spark: Any, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from chatwriter.cli import main

    path = _seeded(tmp_path, 32, 60)
    findings = tmp_path / "findings.parquet"
    runner = CliRunner()
    base = ["report", str(path), "--format", "json", "-q", "--isolated"]
    local = runner.invoke(main, base)
    remote = runner.invoke(
        main, [*base, "--engine", "spark", "--master", "local[2]", "--findings-out", str(findings)]
    )
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    local_data, remote_data = json.loads(local.stdout), json.loads(remote.stdout)
    for mine, theirs in zip(local_data["operators"], remote_data["operators"], strict=True):
        assert mine == theirs
    assert local_data == remote_data
    counted = spark.read.parquet(str(findings)).count()
    assert counted == local_data["totals"]["findings"]


def test_a_bad_line_stops_the_spark_report_with_its_reason(spark: Any, tmp_path: Path) -> None:
    from chatwriter.errors import ChatwriterError
    from chatwriter.report import Options
    from chatwriter.spark.engine import run_report

    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "messages": "hello"}\n', "utf-8")
    with pytest.raises(ChatwriterError, match="messages"):
        run_report([str(path)], "conversations", {}, Options(), master="local[2]")


def test_the_snippets_of_docs_spark_run(spark: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import shlex

    from click.testing import CliRunner

    from chatwriter.cli import main

    doc = (REPO / "docs" / "spark.md").read_text("utf-8")
    blocks = re.findall(r"```(sh|python)\n(.*?)```", doc, re.S)
    monkeypatch.chdir(REPO)
    ran = 0
    for kind, body in blocks:
        if kind == "python":
            exec(compile(body, "docs/spark.md", "exec"), {})
            ran += 1
            continue
        for line in body.strip().splitlines():
            if line.startswith("pip install"):
                continue  # the install this test runs under
            words = shlex.split(line)
            assert words[0] == "chatwriter", line
            result = CliRunner().invoke(main, words[1:], catch_exceptions=False)
            assert result.exit_code == 0, result.output
            assert json.loads(result.stdout)["totals"]["agent_messages"] == 5
            ran += 1
    assert ran == 2


def test_spark_submit_runs_the_lint_entry_point(spark: Any, tmp_path: Path) -> None:
    """A real `spark-submit` (pyspark's own script) on the installed entry point."""
    import subprocess
    import sys

    import pyspark

    from chatwriter.spark import submit

    source = tmp_path / "messages.parquet"
    spark.createDataFrame(
        [("1", "Pls check ur settings!!!"), ("2", "Your refund is on its way.")],
        "id string, text string",
    ).write.parquet(str(source))
    out = tmp_path / "findings.parquet"
    script = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    done = subprocess.run(
        [
            str(script),
            "--master",
            "local[1]",
            "--conf",
            "spark.ui.enabled=false",
            submit.__file__,
            "lint",
            str(source),
            str(out),
            "--locale",
            "",
            "--default-locale",
            "en-US",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = spark.read.parquet(str(out)).collect()
    assert {(r.id, r.rule) for r in rows} == {
        ("1", "en.textspeak.shorthand"),
        ("1", "common.shouting.repeated-punctuation"),
    }
    assert submit.main(["--path"]) == 0


def test_the_spark_engine_reads_a_parquet_table_of_messages(spark: Any, tmp_path: Path) -> None:
    """A lake's table, one message a row in shuffled order, gives the JSONL's report."""
    import random

    from chatwriter.report import Options, aggregate, describer, read_transcripts
    from chatwriter.report.transcripts import parse_map
    from chatwriter.spark.engine import run_report
    from tests.test_report import _write_jsonl, seeded_conversations

    conversations, _ = seeded_conversations(33, 80)
    path = _write_jsonl(tmp_path / "t.jsonl", conversations)
    rows = [
        (
            c["id"],
            m["role"],
            m.get("author"),
            m["text"],
            m["at"],
            _float(c["csat"]),
            c["team"],
            "true",
        )
        for c in conversations
        for m in c["messages"]
    ]
    rows.append(
        (
            "c-0",
            "agent",
            "Ana Ruiz",
            "PLEASE NOTE: internal only",
            rows[0][4],
            None,
            "Tier 1",
            "false",
        )
    )
    random.Random(3).shuffle(rows)
    table = tmp_path / "messages.parquet"
    spark.createDataFrame(
        rows,
        "ticket string, who string, agent string, body string, sent string, score double, "
        "team string, visible string",
    ).write.parquet(str(table))
    mapping = parse_map(
        "conversation=ticket,role=who,author=agent,text=body,at=sent,csat=score,public=visible"
    )
    linter = Linter()
    local = aggregate(linter, read_transcripts(path))
    remote = run_report(
        [str(table)], "auto", mapping, Options(), master="local[2]", describe=describer(linter)
    )
    assert remote == local


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
