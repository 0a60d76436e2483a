"""``--format json``: one document with every result (its shape: docs/cli.md, "Outputs");
``--format jsonl``: one result per line."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from chatwriter import __version__
from chatwriter.formats.common import Result


def result_dict(result: Result, utf16: bool = False) -> dict[str, Any]:
    return result.report.to_dict(utf16=utf16)


def write(results: Sequence[Result], utf16: bool = False, **_: object) -> str:
    doc = {"version": __version__, "results": [result_dict(r, utf16) for r in results]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_lines(results: Sequence[Result], utf16: bool = False, **_: object) -> str:
    return "".join(json.dumps(result_dict(r, utf16), ensure_ascii=False) + "\n" for r in results)
