"""What ``lint`` and ``fix`` print around the findings: colour, statistics, diffs, quiet mode."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

import click

from chatwriter import __version__

if TYPE_CHECKING:
    from chatwriter.formats import Result
    from chatwriter.selection import Selection

COLOR_CHOICES = ("auto", "always", "never")
_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "suggestion": "blue"}
_SEVERITY_RANK = {"error": 2, "warning": 1, "suggestion": 0}


def use_color(choice: str, stream: IO[str] | None = None) -> bool:
    """``--color``: always and never win; auto follows NO_COLOR, then FORCE_COLOR, then the TTY.

    Both variables count when set to any non-empty value (no-color.org, force-color.org);
    NO_COLOR wins when both are set.
    """
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream if stream is not None else sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def without_summary(text: str) -> str:
    """The text format's output without its last line (the summary or 'All checks passed!')."""
    body = text.rstrip("\n")
    cut = body.rfind("\n")
    return "" if cut < 0 else body[: cut + 1]


def statistics(results: Sequence[Result]) -> list[tuple[int, str, str, int]]:
    """(count, rule, severity, fixable) per rule and severity: most frequent first, then by id."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[tuple[str, str]] = Counter()
    for result in results:
        for f in result.report.findings:
            key = (f.rule, f.severity.value)
            counts[key] += 1
            if any(s.applicability.value == "safe" for s in f.suggestions):
                fixable[key] += 1
    rows = [
        (n, rule, severity, fixable[(rule, severity)]) for (rule, severity), n in counts.items()
    ]
    rows.sort(key=lambda r: (-r[0], r[1], -_SEVERITY_RANK[r[2]]))
    return rows


def write_statistics(
    results: Sequence[Result], fmt: str, color: bool = False, summary: bool = True
) -> str:
    """``lint --statistics``: ``  12 en.spelling-us.british-spelling  warning`` per line (text),
    or ``{"version", "statistics": [{"rule", "severity", "count", "fixable"}]}`` (json)."""
    rows = statistics(results)
    if fmt == "json":
        doc = {
            "version": __version__,
            "statistics": [
                {"rule": rule, "severity": severity, "count": n, "fixable": fix}
                for n, rule, severity, fix in rows
            ],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    count_width = max([4, *(len(str(r[0])) for r in rows)])
    rule_width = max([0, *(len(r[1]) for r in rows)])
    lines = []
    for n, rule, severity, _ in rows:
        pad = " " * (rule_width - len(rule))
        shown_rule, shown_severity = rule, severity
        if color:
            shown_rule = click.style(rule, fg="cyan")
            shown_severity = click.style(severity, fg=_SEVERITY_COLOURS[severity])
        lines.append(f"{n:>{count_width}} {shown_rule}{pad}  {shown_severity}")
    if summary:
        lines.append(_summary(rows))
    return "".join(line + "\n" for line in lines)


def _summary(rows: list[tuple[int, str, str, int]]) -> str:
    """The text format's closing line, from the statistics."""
    total = sum(r[0] for r in rows)
    if not total:
        return "All checks passed!"
    by_severity = Counter[str]()
    for n, _, severity, _ in rows:
        by_severity[severity] += n
    parts = [
        f"{by_severity[s]} {s}{'s' if by_severity[s] != 1 else ''}"
        for s in ("error", "warning", "suggestion")
        if by_severity[s]
    ]
    line = f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)})."
    fixable = sum(r[3] for r in rows)
    if fixable:
        line += f" {fixable} fixable with `chatwriter fix`."
    return line


def colour_diff(diff: str) -> str:
    """A unified diff with removed lines red, added green and hunk headers cyan."""
    out = []
    for line in diff.splitlines(keepends=True):
        body, end = line.rstrip("\r\n"), line[len(line.rstrip("\r\n")) :]
        if line.startswith(("---", "+++")):
            body = click.style(body, bold=True)
        elif line.startswith("@@"):
            body = click.style(body, fg="cyan")
        elif line.startswith("-"):
            body = click.style(body, fg="red")
        elif line.startswith("+"):
            body = click.style(body, fg="green")
        out.append(body + end)
    return "".join(out)


class Tally:
    """What ``lint`` says after the results, gathered while they stream past."""

    def __init__(self, selection: Selection):
        self.selection = selection
        self.notes: dict[str, None] = {}
        self.worst = -1
        self.kept_anyway: set[str] = set()
        self.drafts = 0
        self.unchecked = 0  # drafts LanguageTool did not check (chatwriter.batch)

    def add(self, result: Result) -> Result:
        from chatwriter.batch import grammar_unchecked

        report = result.report
        self.drafts += 1
        self.unchecked += grammar_unchecked(report)
        self.notes.update(dict.fromkeys(report.skipped))
        for f in report.findings:
            self.worst = max(self.worst, f.severity.rank)
            if self.selection and self.selection.kept_anyway(f):
                self.kept_anyway.add(f.rule)
        return result

    def all_notes(self) -> list[str]:
        """The notes (once each), then how many drafts went without grammar, if any."""
        notes = list(self.notes)
        if self.unchecked:
            n = self.drafts
            notes.append(
                f"grammar was not checked on {self.unchecked} of {n} draft"
                f"{'s' if n != 1 else ''} (LanguageTool did not answer for them; see above why)"
            )
        return notes
