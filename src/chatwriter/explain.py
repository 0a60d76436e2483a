"""Why a rule exists: its description, message, examples and where it applies.

A team lead who has to defend a finding to an operator needs more than the message:
``chatwriter explain RULE`` and ``GET /v1/rules/{id}`` print what the rule is for, how
bad it is, what it flags and does not flag (its examples, which run as tests), and the
locales that use it. Built-in rules are read from their guide without compiling a
locale; a company guide's rules are found in the compiled locale of the Linter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chatwriter.errors import ChatwriterError

if TYPE_CHECKING:
    from chatwriter.linter import Linter
    from chatwriter.rules.base import RuleSpec


@dataclass(frozen=True, slots=True)
class Explanation:
    id: str
    kind: str
    category: str
    severity: str
    message: str
    description: str
    source: str
    line: int
    bad: tuple[str, ...]
    good: tuple[str, ...]
    fixed: tuple[str, ...]
    locales: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "description": self.description,
            "source": f"{self.source}:{self.line}",
            "examples": {"bad": list(self.bad), "good": list(self.good), "fixed": list(self.fixed)},
            "locales": list(self.locales),
        }

    def text(self) -> str:
        """The explanation for a terminal."""
        lines = [
            f"{self.id}  ({self.category}, {self.severity}, kind {self.kind})",
            "",
            self.description or "(no description)",
            "",
            f"Message: {self.message}",
            f"Defined in: {self.source}:{self.line}",
            f"Used in: {', '.join(self.locales) or 'no built-in locale (a company guide)'}",
        ]
        if self.bad:
            lines += ["", "Flags:"]
            for i, text in enumerate(self.bad):
                fixed = f"  ->  {self.fixed[i]}" if i < len(self.fixed) else ""
                lines.append(f"  - {text}{fixed}")
        if self.good:
            lines += ["", "Leaves alone:"]
            lines += [f"  - {text}" for text in self.good]
        return "\n".join(lines) + "\n"


def explain(linter: Linter, rule_id: str, locale: str | None = None) -> Explanation:
    """The explanation of ``rule_id``; raises ChatwriterError naming close ids if unknown."""
    catalog = linter.catalog
    spec = _builtin(linter, rule_id)
    if spec is None:
        compiled = linter.compiled(locale)
        every = [r.spec for r in compiled.rules] + [s.spec for s in compiled.skipped]
        spec = next((s for s in every if s.id == rule_id), None)
    if spec is None:
        raise ChatwriterError(_unknown(linter, rule_id, locale))
    guide = spec.guide
    locales = tuple(
        tag
        for tag in catalog.known()
        if any(guide in lf.guides for lf in catalog.resolve(tag).files)
    )
    return Explanation(
        id=spec.id,
        kind=spec.kind,
        category=spec.category,
        severity=_severity_in(linter, spec, locale),
        message=spec.message,
        description=" ".join((spec.description or _guide_description(linter, guide)).split()),
        source=spec.source,
        line=spec.line,
        bad=spec.examples.bad,
        good=spec.examples.good,
        fixed=spec.examples.fixed,
        locales=locales,
    )


def _builtin(linter: Linter, rule_id: str) -> RuleSpec | None:
    guide, _, _name = rule_id.rpartition(".")
    if not guide:
        return None
    try:
        found = linter.catalog.guide(guide)
    except (KeyError, ChatwriterError):
        return None
    return next((s for s in found.rules if s.id == rule_id), None)


def _guide_description(linter: Linter, guide: str) -> str:
    """A rule without a description of its own is explained by its guide's."""
    try:
        return linter.catalog.guide(guide).description
    except (KeyError, ChatwriterError):
        return ""


def _severity_in(linter: Linter, spec: RuleSpec, locale: str | None) -> str:
    """The severity after the layers of the Linter's locale (a config may re-grade it)."""
    compiled = linter.compiled(locale)
    for rule in compiled.rules:
        if rule.id == spec.id:
            return rule.severity.value
    return spec.severity.value


def _unknown(linter: Linter, rule_id: str, locale: str | None) -> str:
    import difflib

    ids = [r.id for r in linter.rules(locale)]
    close = difflib.get_close_matches(rule_id, ids, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `chatwriter rules` lists them"
    return f"no rule '{rule_id}'{hint}"
