"""Reading drafts from files, directories and stdin as whole texts, lines or JSON lines."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from chatwriter import safejson
from chatwriter.errors import ChatwriterError
from chatwriter.model import Message

INPUT_MODES = ("text", "lines", "jsonl")
_DIR_SUFFIXES = {"text": (".txt", ".md"), "lines": (".txt",), "jsonl": (".jsonl",)}


class InputError(ChatwriterError):
    """Unreadable input or a malformed JSON line (exit 2, path:line named)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input as the linter sees it, plus what ``fix`` needs to write it back faithfully."""

    path: str  # "-" for stdin
    text: str  # without a leading BOM, so offsets count from the first real character
    bom: bool = False  # the bytes began with a UTF-8 BOM, which ``fix`` writes back
    digest: str = ""  # sha256 of the bytes read: ``fix`` leaves a file that no longer has them


@dataclass(frozen=True, slots=True)
class Item:
    """One message and where it starts in its source."""

    path: str
    line: int
    message: Message


def expand(paths: tuple[str, ...], mode: str) -> list[str]:
    """Files named directly, plus matching files under directories (sorted)."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f)
                for f in path.rglob("*")
                if f.is_file() and f.suffix in _DIR_SUFFIXES[mode] and ".git" not in f.parts
            )
            out.extend(found)
        elif path.exists():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return out


def read_source(path: str, strict: bool = False) -> Source:
    """Read UTF-8 text. ``strict`` (for fix) refuses undecodable bytes instead of replacing."""
    raw = sys.stdin.buffer.read() if path == "-" else _read_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if strict:
            raise InputError(
                f"{path}: byte {exc.start} is not UTF-8; the file was left unchanged"
            ) from None
        text = raw.decode("utf-8", errors="replace")
    bom = text.startswith("\ufeff")
    return Source(path, text.removeprefix("\ufeff"), bom, hashlib.sha256(raw).hexdigest())


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def parse_json_message(line: str, label: str, number: int) -> tuple[dict, Message]:
    """One JSON line: the raw object (to write back) and the message; InputError names path:line."""
    try:
        data = safejson.loads(line)
        return data, Message.from_dict(data)
    except ValueError as exc:  # JSONDecodeError and TooDeep are ValueErrors
        raise InputError(f"{label}:{number}: not a valid message: {exc}") from None


def items(source: Source, mode: str, locale: str | None) -> Iterator[Item]:
    label = "<stdin>" if source.path == "-" else source.path
    if mode == "text":
        yield Item(label, 1, Message(text=source.text, locale=locale, id=None))
        return
    for number, line in enumerate(source.text.splitlines(), start=1):
        if not line.strip():
            continue
        if mode == "lines":
            yield Item(label, number, Message(text=line, locale=locale, id=f"{label}:{number}"))
            continue
        message = parse_json_message(line, label, number)[1]
        if message.locale is None and locale is not None:
            message = Message(
                message.text, locale, message.id, message.author, message.conversation
            )
        if message.id is None:
            message = Message(
                message.text,
                message.locale,
                f"{label}:{number}",
                message.author,
                message.conversation,
            )
        yield Item(label, number, message)
