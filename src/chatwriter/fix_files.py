"""``chatwriter fix`` on whole texts, lines and JSON lines; atomic in-place writes."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import tempfile
from pathlib import Path

from chatwriter.errors import ChatwriterError
from chatwriter.inputs import (
    Source,
    json_lines,
    json_string,
    parse_json_message,
    text_value_span,
)
from chatwriter.linter import Linter
from chatwriter.model import Message


def fix_source(linter: Linter, source: Source, mode: str, locale: str | None, unsafe: bool) -> str:
    """The source's text after fixing: a whole text, each line, or each JSON line's ``text``.

    A JSON line changes only where its ``text`` value is: when the text stays the same the
    line stays as written (whatever the spacing or escapes elsewhere, in ``conversation``
    for instance), and when it changes only that value is replaced, so ``fix --diff``
    compares texts, not JSON formatting.
    """
    if mode == "text":
        return linter.fix_message(Message(source.text, locale), unsafe=unsafe)
    out: list[str] = []
    lines = (
        json_lines(source.text, keepends=True)
        if mode == "jsonl"
        else source.text.splitlines(keepends=True)
    )
    for number, line in enumerate(lines, start=1):
        body = (
            line.rstrip("\r\n") if mode == "lines" else line.removesuffix("\n").removesuffix("\r")
        )
        ending = line[len(body) :]
        if not body.strip():
            out.append(line)
            continue
        if mode == "lines":
            out.append(linter.fix_message(Message(body, locale), unsafe=unsafe) + ending)
            continue
        data, message = parse_json_message(body, source.path, number)
        if message.locale is None:
            message = Message(message.text, locale, conversation=message.conversation)
        fixed = linter.fix_message(message, unsafe=unsafe)
        if fixed == message.text:
            out.append(line)  # unchanged: keep the line as written, not re-serialised
            continue
        out.append(_with_text(body, data, fixed) + ending)
    return "".join(out)


def _with_text(line: str, data: dict, fixed: str) -> str:
    """The JSON line with its ``text`` value replaced by ``fixed`` and nothing else touched;
    re-serialised only if the value cannot be found in the line (then the JSON is the same,
    its spacing may not be)."""
    span = text_value_span(line)
    if span is None:  # pragma: no cover - parse_json_message accepted the line
        return json.dumps({**data, "text": fixed}, ensure_ascii=False)
    start, end = span
    written = line[start:end]
    # A value written in ASCII (non-ASCII as backslash-u escapes) stays ASCII.
    ascii_only = "\\u" in written and written.isascii()
    value = json.dumps(fixed) if ascii_only else json_string(fixed)
    return line[:start] + value + line[end:]


class NotWritten(ChatwriterError):
    """A fixed file that was deliberately not written; ``fix`` reports it and goes on."""

    exit_code = 2


class ChangedWhileFixing(NotWritten):
    """The file no longer holds what was read: writing would throw away someone else's edit."""

    exit_code = 1

    def __init__(self, path: str):
        super().__init__(
            f"{path} changed while it was being fixed; it was left as it is (run fix again)"
        )


class CannotWrite(NotWritten):
    """The OS refused (read-only file or filesystem, permissions, disk full): say so, no traceback."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"cannot write {path}: {reason}; it was left unchanged")


def write_fixed(source: Source, text: str) -> None:
    """Write ``text`` back over ``source``'s file with its BOM, unless the file changed since."""
    write_atomically(source.path, ("\ufeff" if source.bom else "") + text, source.digest or None)


def write_atomically(path: str, text: str, expected: str | None = None) -> None:
    """Replace the file at ``path`` (through symlinks) by ``text`` with one rename.

    Readers see the old file or the new one, never a mix, and a crash leaves the old one.
    ``expected`` is the sha256 of the bytes ``text`` was made from; if the file no longer holds
    them, ChangedWhileFixing. OS errors become CannotWrite; the temporary file never stays.
    """
    # The target's own directory: a link stays a link, and the rename stays on one filesystem.
    target = Path(os.path.realpath(path))
    try:
        _replace(target, text.encode("utf-8"), path, expected)
    except OSError as exc:
        raise CannotWrite(path, exc.strerror or str(exc)) from None


def _replace(target: Path, data: bytes, label: str, expected: str | None) -> None:
    """Write a synced temporary file beside ``target``, check, then rename it over ``target``."""
    old = target.stat() if target.exists() else None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # the data is on disk before the name points at it
        if old is not None:
            _copy_owner_and_mode(tmp, old)
            _check_writable(target)
        # Last, so the window in which another writer's change can be lost is a few syscalls.
        if expected is not None and _digest(target) != expected:
            raise ChangedWhileFixing(label)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_directory(target.parent)


def _copy_owner_and_mode(tmp: str, old: os.stat_result) -> None:
    """Keep the file's owner (best effort: only root may give files away) and permissions."""
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):
            os.chown(tmp, old.st_uid, old.st_gid)
    os.chmod(tmp, old.st_mode & 0o7777)


def _check_writable(target: Path) -> None:
    """A rename would replace a read-only file too; respect the read-only bit instead."""
    effective = os.access in os.supports_effective_ids
    if not os.access(target, os.W_OK, effective_ids=effective):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))


def _digest(target: Path) -> str | None:
    """sha256 of the file's bytes now; None when it is gone (which also counts as changed)."""
    try:
        return hashlib.sha256(target.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _sync_directory(directory: Path) -> None:
    """Make the rename durable too; best effort, as not every OS can open a directory."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
