"""GitHub Actions workflow commands, so findings show up as annotations on a pull request.

``line`` and ``col`` are the file's: for a JSON line, the column inside that line, escapes
counted (``formats.Locator``), so the annotation sits on the finding in the diff view.
"""

from __future__ import annotations

from collections.abc import Sequence

from chatwriter.formats.common import Result, locator

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(results: Sequence[Result], **_: object) -> str:
    out = []
    for result in results:
        if not result.report.findings:
            continue
        where = locator(result)
        for f in result.report.findings:
            line, column = where.position(f.start)
            end_line, end_column = where.position(f.end)
            props = [f"file={_escape_property(result.path)}", f"line={line}", f"col={column}"]
            if end_line != line:
                props.append(f"endLine={end_line}")
            if where.exact:
                props.append(f"endColumn={end_column}")
            props.append(f"title={_escape_property(f.rule)}")
            level = _LEVEL[f.severity.value]
            out.append(f"::{level} {','.join(props)}::{_escape_data(f.message)}\n")
    return "".join(out)
