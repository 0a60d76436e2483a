"""Shared helpers for tests: the installed console script and small builders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def chatwriter_exe() -> str:
    """The console script installed next to this Python (not a CliRunner shortcut)."""
    candidate = Path(sys.executable).with_name("chatwriter")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("chatwriter")
    assert found, "the chatwriter console script is not installed"
    return found


def run_cli(
    *args: str, stdin: str | bytes = "", cwd: str | Path | None = None
) -> subprocess.CompletedProcess[str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [chatwriter_exe(), *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", errors="replace"),
        proc.stderr.decode("utf-8", errors="replace"),
    )
