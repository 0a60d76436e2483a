"""The machine a run measured: CPU, memory, versions, commit, load."""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .core import REPO


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "os": platform.platform(),
        "python": platform.python_version(),
    }
    if hasattr(os, "getloadavg"):
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    import spacy

    import chatwriter as cw

    info["spacy"] = spacy.__version__
    info["chatwriter"] = cw.__version__
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
        )
        if commit.returncode == 0:
            info["git_commit"] = commit.stdout.strip()
            # Read-only: GIT_OPTIONAL_LOCKS=0 keeps `git status` from refreshing the index.
            status = subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=no"],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=10,
                env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
            )
            if status.returncode == 0 and status.stdout.strip():
                info["git_commit"] += " + uncommitted changes"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        node = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=10)
        info["node"] = node.stdout.strip()
    if shutil.which("hyperfine"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(["hyperfine", "--version"], capture_output=True, text=True)
            info["hyperfine"] = out.stdout.strip().split()[-1]
    return info
