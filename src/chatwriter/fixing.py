"""``chatwriter fix`` on whole texts, lines and JSON lines; atomic in-place writes."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from chatwriter.inputs import Source, parse_json_message
from chatwriter.linter import Linter
from chatwriter.model import Message


def fix_source(linter: Linter, source: Source, mode: str, locale: str | None, unsafe: bool) -> str:
    if mode == "text":
        return linter.fix_message(Message(source.text, locale), unsafe=unsafe)
    out: list[str] = []
    for number, line in enumerate(source.text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
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
        data["text"] = linter.fix_message(message, unsafe=unsafe)
        out.append(json.dumps(data, ensure_ascii=False) + ending)
    return "".join(out)


def write_atomically(path: str, text: str) -> None:
    """Write beside the target and rename over it, keeping its permissions."""
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
