"""`chatwriter fix` on real files: symlinks, BOMs, edits made meanwhile, refused writes, fsync.

The CLI runs in-process through click's CliRunner (a tenth of the console script's start-up),
so a test can step in at an exact moment of the run, with no sleeps: another writer appends
to a file while it is being linted, or the OS refuses a write even to root.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from chatwriter.cli import main
from chatwriter.inputs import read_source
from chatwriter.linter import Linter

DRAFT = "Please check the colour settings.\n"
FIXED = "Please check the color settings.\n"
BOM = b"\xef\xbb\xbf"


def fix(*paths: Path) -> Result:
    return CliRunner().invoke(main, ["fix", "--isolated", "--locale", "en-US", *map(str, paths)])


def assert_no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info


def leftover_temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def changed_message(path: Path) -> str:
    return f"error: {path} changed while it was being fixed; it was left as it is (run fix again)"


def append_while_linting(monkeypatch: pytest.MonkeyPatch, path: Path, line: str) -> None:
    """Another writer appends to ``path`` after it was read, while the first message is fixed."""
    real_fix = Linter.fix_message
    calls = []

    def fix_and_append(self: Linter, *args: Any, **kwargs: Any) -> str:
        if not calls:
            with path.open("a", encoding="utf-8") as handle:
                handle.write(line)
        calls.append(args)
        return real_fix(self, *args, **kwargs)

    monkeypatch.setattr(Linter, "fix_message", fix_and_append)


def refuse(monkeypatch: pytest.MonkeyPatch, name: str, victim: Path, code: int) -> None:
    """Make ``os.<name>`` or ``tempfile.<name>`` fail with ``code`` when it touches ``victim``.

    For what the tests cannot really set up: a read-only filesystem needs a mount, and root
    (CAP_DAC_OVERRIDE, as in many CI containers) writes through any mode bits.
    """
    module = tempfile if name == "mkstemp" else os
    real = getattr(module, name)
    victim = victim.resolve()

    def failing(*args: Any, **kwargs: Any) -> Any:
        touched = [kwargs.get("dir"), *args]
        if any(a is not None and Path(a).resolve() == victim for a in touched):
            raise OSError(code, os.strerror(code), str(victim))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, failing)


def test_symlink_stays_a_link_and_its_target_is_fixed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    target = tmp_path / "real" / "reply.txt"
    target.write_text(DRAFT, encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "links" / "latest.txt"
    link.symlink_to(Path("..") / "real" / "reply.txt")

    result = fix(link)

    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(Path("..") / "real" / "reply.txt")
    assert target.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert f"fixed {link}" in result.stderr
    assert leftover_temp_files(tmp_path) == []


@pytest.mark.parametrize("bom", [b"", BOM], ids=["no-bom", "bom"])
def test_bom_is_kept_and_none_is_added(tmp_path: Path, bom: bytes) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_bytes(bom + DRAFT.encode("utf-8"))

    result = fix(draft)

    assert result.exit_code == 0, result.output
    assert draft.read_bytes() == bom + FIXED.encode("utf-8")


def test_linter_sees_the_text_without_the_bom(tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_bytes(BOM + DRAFT.encode("utf-8"))
    source = read_source(str(draft), strict=True)
    assert source.bom is True
    assert source.text == DRAFT  # offsets count from "P", not from the BOM


def test_file_changed_during_the_run_is_left_and_the_rest_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy, calm = tmp_path / "a.txt", tmp_path / "b.txt"
    busy.write_text(DRAFT, encoding="utf-8")
    calm.write_text(DRAFT, encoding="utf-8")
    append_while_linting(monkeypatch, busy, "A line written meanwhile.\n")

    result = fix(busy, calm)

    assert_no_traceback(result)
    assert result.exit_code == 1
    assert changed_message(busy) in result.stderr
    assert busy.read_text(encoding="utf-8") == DRAFT + "A line written meanwhile.\n"
    assert calm.read_text(encoding="utf-8") == FIXED
    assert leftover_temp_files(tmp_path) == []


def test_writing_from_a_stale_read_is_refused(tmp_path: Path) -> None:
    from chatwriter.fix_files import ChangedWhileFixing, write_fixed  # here: new in issue 11

    draft = tmp_path / "reply.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    source = read_source(str(draft), strict=True)
    draft.write_text("Rewritten by someone else.\n", encoding="utf-8")

    with pytest.raises(ChangedWhileFixing):
        write_fixed(source, FIXED)

    assert draft.read_text(encoding="utf-8") == "Rewritten by someone else.\n"
    assert leftover_temp_files(tmp_path) == []


def test_temporary_file_is_synced_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(*args: Any, **kwargs: Any) -> None:
        events.append("rename")
        real_replace(*args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)

    result = fix(draft)

    assert result.exit_code == 0, result.output
    assert draft.read_text(encoding="utf-8") == FIXED
    assert events[:2] == ["fsync file", "rename"]
    if os.name == "posix":  # Windows cannot open a directory to sync it
        assert events[2:] == ["fsync dir"]


@pytest.mark.parametrize("locked", ["file", "directory"])
def test_read_only_is_reported_and_the_rest_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locked: str
) -> None:
    (tmp_path / "locked").mkdir()
    stuck, other = tmp_path / "locked" / "a.txt", tmp_path / "b.txt"
    stuck.write_text(DRAFT, encoding="utf-8")
    other.write_text(DRAFT, encoding="utf-8")
    victim = stuck if locked == "file" else stuck.parent
    victim.chmod(0o444 if locked == "file" else 0o555)
    try:
        if os.access(victim, os.W_OK):  # root: the mode bits stop nothing, so the OS says no
            refuse(monkeypatch, "replace", stuck, errno.EACCES)
        result = fix(stuck, other)
    finally:
        victim.chmod(0o644 if locked == "file" else 0o755)

    assert_no_traceback(result)
    assert result.exit_code == 2
    reason = os.strerror(errno.EACCES)
    assert f"error: cannot write {stuck}: {reason}; it was left unchanged" in result.stderr
    assert stuck.read_text(encoding="utf-8") == DRAFT
    assert other.read_text(encoding="utf-8") == FIXED
    assert leftover_temp_files(tmp_path) == []


def test_read_only_filesystem_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mounted").mkdir()
    stuck, other = tmp_path / "mounted" / "a.txt", tmp_path / "b.txt"
    stuck.write_text(DRAFT, encoding="utf-8")
    other.write_text(DRAFT, encoding="utf-8")
    refuse(monkeypatch, "mkstemp", stuck.parent, errno.EROFS)

    result = fix(stuck, other)

    assert_no_traceback(result)
    assert result.exit_code == 2
    reason = os.strerror(errno.EROFS)
    assert f"error: cannot write {stuck}: {reason}; it was left unchanged" in result.stderr
    assert stuck.read_text(encoding="utf-8") == DRAFT
    assert other.read_text(encoding="utf-8") == FIXED


def test_cannot_write_outranks_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mounted").mkdir()
    busy, stuck = tmp_path / "a.txt", tmp_path / "mounted" / "b.txt"
    busy.write_text(DRAFT, encoding="utf-8")
    stuck.write_text(DRAFT, encoding="utf-8")
    append_while_linting(monkeypatch, busy, "More.\n")
    refuse(monkeypatch, "mkstemp", stuck.parent, errno.EROFS)

    result = fix(busy, stuck)

    assert_no_traceback(result)
    assert result.exit_code == 2
    assert changed_message(busy) in result.stderr
    assert f"error: cannot write {stuck}: " in result.stderr
