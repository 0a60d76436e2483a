"""``--format json``: one document with every result (its shape: docs/cli.md, "Outputs");
``--format jsonl``: one result per line.

Both are written a piece at a time (:func:`pieces`, :func:`line_pieces`), so the CLI
prints each result as soon as it is linted; ``write`` is the pieces joined, so the
streamed output and the whole document are the same bytes. Nothing here lints: each
report's ``fixed`` is computed before it is written (``lint`` asks for it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from chatwriter import __version__
from chatwriter.formats.common import Result

_INDENT = 2


def result_dict(result: Result, utf16: bool = False) -> dict[str, Any]:
    return result.report.to_dict(utf16=utf16)


def pieces(results: Iterable[Result], utf16: bool = False) -> Iterator[str]:
    """The JSON document, one result per piece: ``json.dumps(doc, indent=2)`` to the byte."""
    head = json.dumps({"version": __version__, "results": []}, ensure_ascii=False, indent=_INDENT)
    yield head[: -len("[]\n}")] + "["  # '{\n  "version": "...",\n  "results": ['
    pad = " " * (2 * _INDENT)
    empty = True
    for result in results:
        body = json.dumps(result_dict(result, utf16), ensure_ascii=False, indent=_INDENT)
        yield ("\n" if empty else ",\n") + pad + body.replace("\n", "\n" + pad)
        empty = False
    yield "]\n}\n" if empty else "\n" + " " * _INDENT + "]\n}\n"


def line_pieces(results: Iterable[Result], utf16: bool = False) -> Iterator[str]:
    """One JSON line per result."""
    for result in results:
        yield json.dumps(result_dict(result, utf16), ensure_ascii=False) + "\n"


def write(results: Sequence[Result], utf16: bool = False, **_: object) -> str:
    return "".join(pieces(results, utf16))


def write_lines(results: Sequence[Result], utf16: bool = False, **_: object) -> str:
    return "".join(line_pieces(results, utf16))
