"""Reading drafts from files, directories and stdin as whole texts, lines or JSON lines."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from json.decoder import scanstring
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
    raw: str | None = None  # the JSON line a jsonl message came from (for columns in the line)


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


def json_lines(text: str, keepends: bool = False) -> list[str]:
    """The lines of a JSON lines file: split at \\n only (a \\r before it belongs to the
    ending), since a JSON string may hold U+2028, U+0085 or a form feed unescaped, which
    ``str.splitlines`` would also break at; editors and GitHub count lines the same way."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
        ends = ["\n"] * len(lines)
    else:
        ends = ["\n"] * (len(lines) - 1) + [""]
    if keepends:
        return [line + end for line, end in zip(lines, ends, strict=True)]
    return [line.removesuffix("\r") for line in lines]


def items(source: Source, mode: str, locale: str | None) -> Iterator[Item]:
    label = "<stdin>" if source.path == "-" else source.path
    if mode == "text":
        yield Item(label, 1, Message(text=source.text, locale=locale, id=None))
        return
    lines = json_lines(source.text) if mode == "jsonl" else source.text.splitlines()
    for number, line in enumerate(lines, start=1):
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
        yield Item(label, number, message, raw=line)


# -- Where a message's text sits in its JSON line ---------------------------------------------

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def text_value_span(line: str) -> tuple[int, int] | None:
    """``(start, end)`` of the top-level ``"text"`` string in a JSON line, quotes included:
    the last one, as the parser keeps the last of repeated keys. None when the line is not
    an object with a string ``text``, or cannot be scanned."""
    try:
        return _scan_object(line)
    except (ValueError, RecursionError, IndexError):
        return None


def _scan_object(line: str) -> tuple[int, int] | None:
    i = _WS.match(line, 0).end()  # type: ignore[union-attr]
    if line[i : i + 1] != "{":
        return None
    i = _WS.match(line, i + 1).end()  # type: ignore[union-attr]
    if line[i : i + 1] == "}":
        return None
    found = None
    while True:
        if line[i : i + 1] != '"':
            return None
        key, i = scanstring(line, i + 1)
        i = _WS.match(line, i).end()  # type: ignore[union-attr]
        if line[i : i + 1] != ":":
            return None
        start = _WS.match(line, i + 1).end()  # type: ignore[union-attr]
        _, i = _DECODER.raw_decode(line, start)
        if key == "text" and line[start] == '"':
            found = (start, i)
        i = _WS.match(line, i).end()  # type: ignore[union-attr]
        if line[i : i + 1] == "}":
            return found
        if line[i : i + 1] != ",":
            return None
        i = _WS.match(line, i + 1).end()  # type: ignore[union-attr]


def json_string(text: str) -> str:
    """``text`` as a JSON string, non-ASCII as is except the three line breaks that tools
    splitting lines the Unicode way (Python's ``splitlines``, older JavaScript) would break
    a JSON line at: U+0085, U+2028, U+2029 are escaped."""
    return (
        json.dumps(text, ensure_ascii=False)
        .replace("\u0085", "\\u0085")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_ESCAPE = re.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)"
)


class TextColumns:
    """Maps offsets in a jsonl message's text to 0-based indices in its raw JSON line.

    Escapes count: ``\\n``, ``\\"`` and ``\\u00e9`` are one character of the text and two or
    six of the line, a surrogate pair ``\\ud83d\\ude00`` one and twelve. ``exact`` is False
    when the line does not decode to ``text`` (then every offset maps to the opening quote
    of the text value, or to 0 when the line has none).
    """

    __slots__ = ("_raw", "exact", "value_start")

    def __init__(self, line: str, text: str):
        span = text_value_span(line)
        self._raw: list[int] | None = None
        self.value_start = span[0] if span else 0
        self.exact = False
        if span is None:
            return
        start, end = span
        body = line[start + 1 : end - 1]
        if "\\" not in body:
            self.exact = body == text
            return  # identity, shifted by the opening quote
        raw: list[int] = []
        pos = 0
        for m in _ESCAPE.finditer(body):
            raw.extend(range(start + 1 + pos, start + 1 + m.start()))
            raw.append(start + 1 + m.start())
            pos = m.end()
        raw.extend(range(start + 1 + pos, end - 1))
        raw.append(end - 1)  # the closing quote: where an offset at the end of the text goes
        self.exact = len(raw) == len(text) + 1 and scanstring(line, start + 1)[0] == text
        self._raw = raw

    def index(self, offset: int) -> int:
        """0-based index in the line of the text's ``offset`` (the end offset included)."""
        if not self.exact:
            return self.value_start
        if self._raw is None:
            return self.value_start + 1 + offset
        return self._raw[offset]
