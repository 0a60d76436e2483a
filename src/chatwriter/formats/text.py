"""Human output in ruff's shape: ``path:line:col: severity rule message``, suggestions below.

``line:col`` is the file's, as editors jump to it: for a JSON line, the column inside that
line (``formats.Locator``).
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from chatwriter.formats.common import Result, locator

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "suggestion": "blue"}


def write(results: Sequence[Result], color: bool = False, **_: object) -> str:
    lines: list[str] = []
    counts = {"error": 0, "warning": 0, "suggestion": 0}
    fixable = 0
    for result in results:
        if not result.report.findings:
            continue
        position = locator(result).position
        for f in result.report.findings:
            counts[f.severity.value] += 1
            line, column = position(f.start)
            where = f"{result.path}:{line}:{column}:"
            severity = f.severity.value
            rule = f.rule
            if color:
                where = click.style(where, bold=True)
                severity = click.style(severity, fg=_SEVERITY_COLOURS[severity])
                rule = click.style(rule, fg="cyan")
            lines.append(f"{where} {severity} {rule} {f.message}")
            for s in f.suggestions:
                tag = s.applicability.value
                if tag == "safe":
                    fixable += 1
                shown = s.text if s.text else "(delete)"
                lines.append(f"  -> {shown!r} ({tag})")
    total = sum(counts.values())
    if total:
        parts = [f"{n} {name}{'s' if n != 1 else ''}" for name, n in counts.items() if n]
        summary = f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)})."
        if fixable:
            summary += f" {fixable} fixable with `chatwriter fix`."
        lines.append(summary)
    else:
        lines.append("All checks passed!")
    return "\n".join(lines) + "\n"
