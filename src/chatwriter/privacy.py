"""Keeping personal data out of everything chatwriter writes.

The findings of category ``pii`` say where a draft holds personal data. Every output
(hook answers, HTTP, the CLI's formats, the LanguageTool-compatible API) shows those
characters as ``*``, in any field that could carry them: a finding's ``match`` (a
shouting finding over an IBAN is masked where it overlaps it), its message and
suggestions (which may quote the match), the rewritten text, and LanguageTool's
context snippets. The caller has the offsets and its own text; nothing is lost but the
echo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from chatwriter.model import PII, Finding, Report, Suggestion

Span = tuple[int, int]


def mask(text: str) -> str:
    """Every character but whitespace as ``*`` (the shape of the text stays readable)."""
    return "".join(ch if ch.isspace() else "*" for ch in text)


def private_spans(findings: Iterable[Finding]) -> list[Span]:
    """The spans of personal data, sorted and merged."""
    spans = sorted((f.start, f.end) for f in findings if f.category == PII)
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_spans(text: str, spans: Sequence[Span]) -> str:
    """``text`` with the characters inside ``spans`` masked; offsets unchanged."""
    if not spans:
        return text
    out: list[str] = []
    done = 0
    for start, end in spans:
        start = max(start, done)
        if end <= start:
            continue
        out.append(text[done:start])
        out.append(mask(text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


class Masker:
    """Masks the personal data of one text wherever it shows up in output.

    Positions mask ``match`` exactly; other strings (messages, suggestions, rewritten
    text) are searched for the private strings themselves, case-insensitively, since a
    message may quote the match and a suggestion may change its case.
    """

    def __init__(self, text: str, findings: Iterable[Finding], extra: Iterable[str] = ()):
        self.text = text
        self.spans = private_spans(findings)
        self._masked: str | None = None
        strings = {text[s:e].strip() for s, e in self.spans} | {s.strip() for s in extra}
        strings.discard("")
        # Longest first, so a card number is masked whole before any shorter piece of it.
        ordered = sorted(strings, key=len, reverse=True)
        self._search = (
            re.compile("|".join(re.escape(s) for s in ordered), re.IGNORECASE) if ordered else None
        )

    def __bool__(self) -> bool:
        return bool(self.spans) or self._search is not None

    @property
    def strings(self) -> list[str]:
        """The private strings, for a masker over another text (the rewritten one)."""
        return [self.text[s:e] for s, e in self.spans]

    def string(self, value: str) -> str:
        """``value`` with every private string in it masked."""
        if self._search is None or not value:
            return value
        return self._search.sub(lambda m: mask(m.group()), value)

    def masked_text(self) -> str:
        """The text with its personal data masked (computed once)."""
        if self._masked is None:
            self._masked = self.string(mask_spans(self.text, self.spans))
        return self._masked

    def finding(self, finding: Finding) -> Finding:
        """The finding with its match, message and suggestions masked where private."""
        if not self:
            return finding
        start, end = finding.start, finding.end
        overlaps = [(max(s, start), min(e, end)) for s, e in self.spans if s < end and start < e]
        match = finding.match
        if overlaps:
            match = mask_spans(match, [(s - start, e - start) for s, e in overlaps])
        # The same data elsewhere in the text (typed twice, once glued to other letters).
        match = self.string(match)
        message = finding.message
        if overlaps and finding.match and finding.match in message:
            message = message.replace(finding.match, match)
        message = self.string(message)
        suggestions = finding.suggestions
        if overlaps or self._search is not None:
            suggestions = tuple(
                Suggestion(self.string(s.text), s.applicability) for s in finding.suggestions
            )
        if (match, message, suggestions) == (finding.match, finding.message, finding.suggestions):
            return finding
        return replace(finding, match=match, message=message, suggestions=suggestions)


def masked_report(report: Report, fixed_private: Iterable[Finding] | None = None) -> Report:
    """A copy of ``report`` with nothing private in clear (findings and ``fixed``).

    ``fixed_private``: the personal-data findings of the rewritten text, when it differs
    (a fix can touch the spacing inside a number, so the original strings alone may
    not find it there). A ``fixed`` that was not computed stays None.
    """
    masker = Masker(report.text, report.findings)
    if not masker:
        return report
    fixed = report.fixed
    if fixed is None:
        masked_fixed = None
    elif fixed == report.text:
        masked_fixed = masker.masked_text()
    else:
        fixed_masker = Masker(fixed, fixed_private or (), extra=masker.strings)
        masked_fixed = fixed_masker.masked_text()
    return Report(
        text=report.text,
        locale=report.locale,
        findings=[masker.finding(f) for f in report.findings],
        id=report.id,
        skipped=list(report.skipped),
        fixed=masked_fixed,
    )
