"""What every output writer shares: a linted message with where it came from
(:class:`Result`), and positions in the file of offsets in its text (:class:`Locator`).

A ``Result`` is one linted message with where it came from (path, first line), so
writers can report ``path:line:col`` for messages that are lines or JSON lines of a
larger file. For a JSON line it also keeps the line itself: the writers that point into
the file (SARIF, GitHub) give the column inside that line (``Locator``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from chatwriter.inputs import TextColumns, json_string
from chatwriter.model import Report


@dataclass(frozen=True, slots=True)
class Result:
    path: str
    first_line: int  # line of the file where the message starts (1-based)
    report: Report
    raw: str | None = None  # the JSON line the message was read from (--input jsonl)


Writer = Callable[..., str]


def file_line(result: Result, line: int) -> int:
    return result.first_line + line - 1


class Locator:
    """Positions in the file of offsets in a result's text: 1-based ``(line, column)``,
    columns in code points, an end offset giving the column just after the last character.

    A whole text or a line of text is where the message is. A JSON line holds the text as a
    JSON string: the line is always the JSON line, and the column counts the characters of
    the line before it, escapes included (``\\n`` is two, ``\\u00e9`` six). When the line
    does not decode to the report's text, every offset gets the column of the opening
    quote of the ``text`` value (``exact`` is False).
    """

    def __init__(self, result: Result):
        self.first_line = result.first_line
        text = result.report.text
        self._columns = None
        self.exact = True
        if result.raw is not None:
            self._columns = TextColumns(result.raw, text)
            self.exact = self._columns.exact
            self._starts: list[int] = []
            return
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._starts = starts

    @property
    def in_json(self) -> bool:
        return self._columns is not None

    def position(self, offset: int) -> tuple[int, int]:
        if self._columns is not None:
            return self.first_line, self._columns.index(offset) + 1
        index = bisect_right(self._starts, offset) - 1
        return self.first_line + index, offset - self._starts[index] + 1

    def inserted(self, text: str) -> str:
        """``text`` as it would be written at a position: JSON-escaped inside a JSON line."""
        if self._columns is None:
            return text
        return json_string(text)[1:-1]


def locator(result: Result) -> Locator:
    return Locator(result)
