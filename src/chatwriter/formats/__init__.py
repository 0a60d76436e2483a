"""Output writers. Each takes the linted results and returns the text to print.

A ``Result`` is one linted message with where it came from (path, first line), so
writers can report ``path:line:col`` for messages that are lines or JSON lines of a
larger file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chatwriter.model import Report


@dataclass(frozen=True, slots=True)
class Result:
    path: str
    first_line: int  # line of the file where the message starts (1-based)
    report: Report


Writer = Callable[..., str]

FORMATS = ("text", "json", "jsonl", "sarif", "github")


def get_writer(name: str) -> Writer:
    if name == "text":
        from chatwriter.formats.text import write
    elif name == "json":
        from chatwriter.formats.json import write
    elif name == "jsonl":
        from chatwriter.formats.json import write_lines as write
    elif name == "sarif":
        from chatwriter.formats.sarif import write
    elif name == "github":
        from chatwriter.formats.github import write
    else:  # pragma: no cover - click restricts the choice
        raise ValueError(name)
    return write


def file_line(result: Result, line: int) -> int:
    return result.first_line + line - 1


__all__ = ["FORMATS", "Result", "Sequence", "file_line", "get_writer"]
