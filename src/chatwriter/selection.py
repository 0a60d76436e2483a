"""``--select`` and ``--ignore``: which findings ``lint`` reports and ``fix`` applies.

A selector is what the config's ``disable`` takes (a rule id, a glob such as
``en.tone.*``, ``category:NAME``) plus two short forms: a bare category name (``tone``)
and an id prefix of whole dotted parts (``en.tone`` for every rule of that guide).

Every rule still runs: personal data is still found, and so still masked in every
output, whatever is selected. Selection only decides what is reported and fixed, and
a selected rule reports exactly what it reports in a full run.

Personal data (category ``pii``) is reported whatever ``--select`` says and is left out
only by an ``--ignore`` that names it: ``pii``, ``category:pii``, the rule's own id, or a
selector with a ``pii`` part (``common.pii``, ``common.pii.*``). A broad ``--ignore
common`` or ``--ignore '*'`` never silences a card number by accident.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chatwriter.model import PII, Finding, Fixed, Message, Report, has_safe_fix

if TYPE_CHECKING:
    from chatwriter.linter import Linter

_GLOB = frozenset("*?[")
_CATEGORY = "category:"


def split_selectors(values: Iterable[str]) -> tuple[str, ...]:
    """Repeated and comma-separated values, stripped, in order, without empty ones."""
    out: list[str] = []
    for value in values:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(dict.fromkeys(out))


def _is_bare(selector: str) -> bool:
    """A single word without dots, colon or glob: may name a category as well as a prefix."""
    return "." not in selector and ":" not in selector and not (_GLOB & set(selector))


def by_category(selector: str, category: str) -> bool:
    """Whether ``selector`` names ``category`` (``category:tone`` or bare ``tone``)."""
    if selector.startswith(_CATEGORY):
        return selector[len(_CATEGORY) :] == category
    return _is_bare(selector) and selector == category


def by_id(selector: str, rule: str) -> bool:
    """Whether ``selector`` names ``rule``: the id, a glob, or a prefix of whole dotted parts."""
    if selector.startswith(_CATEGORY):
        return False
    return fnmatch.fnmatchcase(rule, selector) or fnmatch.fnmatchcase(rule, selector + ".*")


def matches(selector: str, rule: str, category: str) -> bool:
    return by_category(selector, category) or by_id(selector, rule)


def names_personal_data(selector: str, rule: str, category: str) -> bool:
    """Whether ``selector`` names a personal-data rule on purpose, not as part of a broad sweep."""
    if category != PII or not matches(selector, rule, category):
        return False
    return by_category(selector, category) or selector == rule or PII in selector.split(".")


@dataclass(frozen=True, slots=True)
class Selection:
    """The rules a command reports and fixes; empty (false) when neither option was given."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def parse(cls, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Selection:
        return cls(split_selectors(select), split_selectors(ignore))

    def __bool__(self) -> bool:
        return bool(self.select or self.ignore)

    def selectors(self) -> tuple[tuple[str, str], ...]:
        """(option, selector) pairs, for messages."""
        return tuple(("--select", s) for s in self.select) + tuple(
            ("--ignore", s) for s in self.ignore
        )

    def _plain(self, rule: str, category: str) -> bool:
        """The answer without the personal-data exception."""
        if any(matches(s, rule, category) for s in self.ignore):
            return False
        return not self.select or any(matches(s, rule, category) for s in self.select)

    def wants(self, rule: str, category: str) -> bool:
        """Whether findings of this rule are reported (and its fixes applied)."""
        if category != PII:
            return self._plain(rule, category)
        return not any(names_personal_data(s, rule, category) for s in self.ignore)

    def keeps(self, finding: Finding) -> bool:
        return self.wants(finding.rule, finding.category)

    def kept_anyway(self, finding: Finding) -> bool:
        """A personal-data finding reported although the selectors, read plainly, drop it."""
        return self.keeps(finding) and not self._plain(finding.rule, finding.category)

    def findings(self, findings: Iterable[Finding]) -> list[Finding]:
        return [f for f in findings if self.keeps(f)]

    def unknown(self, rules: Iterable[tuple[str, str]], categories: Iterable[str]) -> list[str]:
        """The selectors that name no rule of ``rules`` ((id, category) pairs) nor a category."""
        known = list(rules)
        valid = set(categories)
        out = []
        for option, selector in self.selectors():
            if selector.startswith(_CATEGORY):
                if selector[len(_CATEGORY) :] not in valid:
                    out.append(f"{option} {selector}")
            elif not (
                (_is_bare(selector) and selector in valid)
                or any(by_id(selector, rule) for rule, _ in known)
            ):
                out.append(f"{option} {selector}")
        return out


def suggest(selector: str, rules: Iterable[tuple[str, str]]) -> str | None:
    """A glob for a selector that stops inside a dotted part (``en.spelling`` -> ``en.spelling*``)."""
    if selector.startswith(_CATEGORY) or _GLOB & set(selector):
        return None
    glob = selector + "*"
    return glob if any(by_id(glob, rule) for rule, _ in rules) else None


class SelectedFixer:
    """``fix_message`` as the Linter has it, applying only the selected rules' suggestions.

    It re-lints after each pass like ``Linter.fix_message`` and keeps only selected
    findings each time, so an ignored rule never edits the text.
    """

    def __init__(self, linter: Linter, selection: Selection):
        self.linter = linter
        self.selection = selection

    def fix_message(self, message: Message, *, unsafe: bool = False) -> str:
        report = self.linter.lint_message(message)
        return self.fix_report(report, message, unsafe).text

    def fix_report(self, report: Report, message: Message, unsafe: bool = False) -> Fixed:
        """The fix step over the selected findings only (the unselected are dropped here)."""
        return self.linter.fix_report(
            report, message=message, unsafe=unsafe, keep=self.selection.keeps
        )

    def narrow(self, report: Report, message: Message, *, fix: bool = False) -> Report:
        """``report`` with the selected findings and, with ``fix=True``, a ``fixed`` made
        from them alone (else None when one of them has a safe suggestion).

        Personal-data findings stay in, whatever the selection, so that masking
        (``Linter.masked``) still sees them; :func:`drop_unselected` takes them out after.
        """
        kept = [f for f in report.findings if self.selection.keeps(f) or f.category == PII]
        fixed: str | None = report.text
        if has_safe_fix(f for f in kept if self.selection.keeps(f)):
            fixed = self.fix_report(report, message).text if fix else None
        return Report(
            text=report.text,
            locale=report.locale,
            findings=kept,
            id=report.id,
            skipped=list(report.skipped),
            fixed=fixed,
        )

    def drop_unselected(self, report: Report) -> Report:
        """The report without the personal-data findings the selection leaves out."""
        kept = self.selection.findings(report.findings)
        if len(kept) == len(report.findings):
            return report
        return replace(report, findings=kept)
