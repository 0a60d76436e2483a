"""The pre-commit hooks of .pre-commit-hooks.yaml, run by pre-commit itself (issue 18).

`pre-commit try-repo` installs the hook's environment the way a user's pre-commit does:
a fresh virtualenv and `pip install` of this repository (with spaCy and the rest from
PyPI), so this test is slow and needs the network; `.ci/run` runs it with `-m slow`.

try-repo takes a repository's committed files plus its uncommitted changes to tracked
files, but not new files; so that a working tree under development is tested as it is
(the hooks file included before its first commit), the test commits a snapshot of the
files the package is built from into a temporary repository and points try-repo at it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.slow

# What `pip install .` needs (pyproject.toml's wheel and readme), and the hooks file.
PACKAGE_FILES = (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "LICENSE")
PACKAGE_DIRS = ("src", "rules", "locales")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "chatwriter tests",
    "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "chatwriter tests",
    "GIT_COMMITTER_EMAIL": "tests@example.invalid",
}


def _git(*args: str, cwd: Path) -> str:
    proc = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def _snapshot(target: Path) -> Path:
    """The package's files of the working tree (tracked or new, not ignored), committed."""
    listed = _git(
        "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--",
        *PACKAGE_FILES, *PACKAGE_DIRS, cwd=REPO,
    )  # fmt: skip
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git("init", "-q", cwd=target)
    _git("add", "-A", cwd=target)
    _git("commit", "-q", "-m", "snapshot", cwd=target)
    return target


def _pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pre_commit", reason="pre-commit comes with the test extra")
    return _snapshot(tmp_path_factory.mktemp("hook-repo"))


def _user_repo(root: Path, text: str) -> Path:
    """A docs repository with an en-US config and one reply, staged."""
    root.mkdir()
    _git("init", "-q", cwd=root)
    (root / ".chatwriter.yaml").write_text("locale: en-US\n", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "reply.md").write_text(text, encoding="utf-8")
    (root / "notes.py").write_text("# Pls ignore the colour: not a text file the hook reads\n")
    _git("add", "-A", cwd=root)
    return root


def test_lint_hook_fails_on_british_spelling_then_passes(hook_repo: Path, tmp_path: Path) -> None:
    work = _user_repo(tmp_path / "docs-repo", "Please check the colour settings.\n")
    home = tmp_path / "pre-commit-home"
    failed = _pre_commit(
        "try-repo", str(hook_repo), "chatwriter-lint", "--all-files", cwd=work, home=home
    )
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "docs/reply.md:1:18: warning en.spelling-us.british-spelling" in failed.stdout
    assert "notes.py" not in failed.stdout  # files: \.(md|txt)$

    (work / "docs" / "reply.md").write_text("Please check the color settings.\n", encoding="utf-8")
    _git("add", "-A", cwd=work)
    passed = _pre_commit(
        "try-repo", str(hook_repo), "chatwriter-lint", "--all-files", cwd=work, home=home
    )
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "chatwriter lint" in passed.stdout and "Passed" in passed.stdout


def test_the_three_lines_of_the_docs_run_both_hooks(hook_repo: Path, tmp_path: Path) -> None:
    # .pre-commit-config.yaml as docs/cli.md shows it, with this repository's snapshot.
    work = _user_repo(tmp_path / "docs-repo", "Pls check the colour settings.\n")
    rev = _git("rev-parse", "HEAD", cwd=hook_repo).strip()
    (work / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hook_repo}\n"
        f"    rev: {rev}\n"
        "    hooks: [{id: chatwriter-fix}, {id: chatwriter-lint}]\n",
        encoding="utf-8",
    )
    _git("add", "-A", cwd=work)
    home = tmp_path / "pre-commit-home"
    first = _pre_commit("run", "--all-files", cwd=work, home=home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout  # chatwriter-fix
    assert (work / "docs" / "reply.md").read_text(encoding="utf-8") == (
        "Please check the color settings.\n"
    )
    _git("add", "-A", cwd=work)
    second = _pre_commit("run", "--all-files", cwd=work, home=home)
    assert second.returncode == 0, second.stdout + second.stderr
