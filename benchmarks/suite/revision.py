"""Another revision of chatwriter beside this checkout, for side-by-side measurements.

The revision is exported with ``git archive`` into a temporary directory (source, guides
and locales as they were; the checkout is not touched), and each side runs in its own
child process with its ``src`` first on the path, so neither imports the other's
modules. Used by benchmarks/against.py and by ``run.py --compare``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from .core import REPO


def short(rev: str) -> str:
    """The abbreviated commit a revision names (raises when git does not know it)."""
    return subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", rev],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def export(rev: str, into: Path) -> Path:
    """The revision's tree under ``into`` (git archive); returns its ``src``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev, "src", "rules", "locales"],
        check=True,
        capture_output=True,
    ).stdout
    tar = into / "base.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as handle:
        handle.extractall(into, filter="data")
    return into / "src"


def run_python(code: str, *args: object, src: Path) -> dict:
    """``python -c code args`` with ``src`` first on the path (PYTHONPATH, inherited by
    the processes it starts); its last line of output, parsed as JSON."""
    path = [str(src), *([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])]
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tempfile.gettempdir(),  # never pick up a chatwriter from the working directory
        env={**os.environ, "PYTHONPATH": os.pathsep.join(path)},
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"child on {src} exited {proc.returncode}: {tail}")
    return json.loads(lines[-1])
