"""Every snippet of docs/report.md runs as pasted, from a copy of the repository's
examples (the shell lines through the CLI in-process, the Python blocks as written)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chatwriter.cli import main
from tests.helpers import REPO

DOC = REPO / "docs" / "report.md"
BLOCKS = re.findall(r"```(sh|python)\n(.*?)```", DOC.read_text("utf-8"), re.S)
SHELL = [line for kind, body in BLOCKS if kind == "sh" for line in body.strip().splitlines()]
PYTHON = [body for kind, body in BLOCKS if kind == "python"]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_doc_has_snippets() -> None:
    assert len(SHELL) >= 6 and PYTHON


def test_shell_snippets_run_in_order(workdir: Path) -> None:
    runner = CliRunner()
    for line in SHELL:
        words = shlex.split(line)
        env = {}
        while "=" in words[0] and not words[0].startswith("-"):
            name, _, value = words.pop(0).partition("=")
            env[name] = value
        assert words[0] == "chatwriter", line
        result = runner.invoke(main, words[1:], env=env, catch_exceptions=False)
        assert result.exit_code == 0, f"{line}\n{result.output}"
    assert (workdir / "report.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert sorted(os.listdir(workdir / "lake")) == [
        "conversations.parquet",
        "findings.parquet",
        "messages.parquet",
    ]


def test_python_snippets_run(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for body in PYTHON:
        exec(compile(body, str(DOC), "exec"), {})
    assert "'agent_messages': 5" in capsys.readouterr().out
