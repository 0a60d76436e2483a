"""GitHub Actions workflow commands, so findings show up as annotations on a pull request."""

from __future__ import annotations

from collections.abc import Sequence

from chatwriter.formats import Result, file_line

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(results: Sequence[Result], **_: object) -> str:
    out = []
    for result in results:
        for f in result.report.findings:
            line = file_line(result, f.line)
            props = ",".join(
                [
                    f"file={_escape_property(result.path)}",
                    f"line={line}",
                    f"col={f.column}",
                    f"endColumn={f.column + (f.end - f.start)}",
                    f"title={_escape_property(f.rule)}",
                ]
            )
            out.append(f"::{_LEVEL[f.severity.value]} {props}::{_escape_data(f.message)}\n")
    return "".join(out)
