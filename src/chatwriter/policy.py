"""The pre-send hook's policy: which findings block a send, which warn, and what else.

One module for the policy's model (:class:`Policy`), its defaults and its JSON-Schema
fragment, so the config schema (``chatwriter.guide.schema``) and the hook
(``chatwriter.hook``) both read it from below instead of from each other. What each
setting means for an agent is in docs/hook.md.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Any

from chatwriter.model import CATEGORIES, SEVERITIES, Finding, Severity

#: The policy when the config says nothing (also the defaults in the config schema).
DEFAULT_BLOCK: dict[str, Any] = {"categories": ["pii"], "severity": "error"}
DEFAULT_WARN: dict[str, Any] = {"severity": "warning"}
#: Longest draft the hook checks in full (policy.max_chars); chat tools cap far lower.
DEFAULT_MAX_CHARS = 5000
#: What the policy makes of a finding, and of a draft (the worst of its findings').
DECISIONS = ("allow", "warn", "block")
DECISION_RANK = {"allow": 0, "warn": 1, "block": 2}


@dataclass(frozen=True, slots=True)
class PolicyLevel:
    """Findings selected by category, by severity (that level or above) or by rule id/glob."""

    categories: frozenset[str] = frozenset()
    severity: Severity | None = None
    rules: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> PolicyLevel:
        severity = data.get("severity")
        return cls(
            categories=frozenset(data.get("categories", ())),
            severity=Severity(severity) if severity else None,
            rules=tuple(data.get("rules", ())),
        )

    def selects(self, finding: Finding) -> bool:
        if finding.category in self.categories:
            return True
        if self.severity is not None and finding.severity.rank >= self.severity.rank:
            return True
        return any(fnmatch.fnmatchcase(finding.rule, r) for r in self.rules)


@dataclass(frozen=True, slots=True)
class Policy:
    block: PolicyLevel
    warn: PolicyLevel
    autofix: bool = False
    on_failure: str = "allow"
    max_chars: int = DEFAULT_MAX_CHARS

    @classmethod
    def default(cls) -> Policy:
        return cls.from_mapping({})

    @classmethod
    def from_mapping(cls, data: dict[str, Any] | None) -> Policy:
        """From the config's ``policy`` mapping (already schema-checked by the loader)."""
        data = data or {}
        return cls(
            block=PolicyLevel.from_mapping(data.get("block", DEFAULT_BLOCK)),
            warn=PolicyLevel.from_mapping(data.get("warn", DEFAULT_WARN)),
            autofix=bool(data.get("autofix", False)),
            on_failure=str(data.get("on_failure", "allow")),
            max_chars=int(data.get("max_chars", DEFAULT_MAX_CHARS)),
        )

    def action(self, finding: Finding) -> str:
        if self.block.selects(finding):
            return "block"
        if self.warn.selects(finding):
            return "warn"
        return "allow"


# -- the config schema's ``policy`` ---------------------------------------------------------
def _level_schema(description: str, default: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "description": description,
        "default": default,
        "properties": {
            "categories": {"type": "array", "items": {"enum": list(CATEGORIES)}},
            "severity": {"enum": list(SEVERITIES), "description": "this severity or above"},
            "rules": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "description": "rule ids or globs (en.tone.*)",
            },
        },
    }


def policy_schema() -> dict[str, Any]:
    """The JSON Schema of the config's ``policy`` mapping."""
    return {
        "type": "object",
        "additionalProperties": False,
        "description": "what the pre-send hook decides (docs/hook.md)",
        "properties": {
            "block": _level_schema(
                "findings that block the send (replaces the default when given)", DEFAULT_BLOCK
            ),
            "warn": _level_schema(
                "findings that let the send through with a warning (replaces the default)",
                DEFAULT_WARN,
            ),
            "autofix": {
                "type": "boolean",
                "default": False,
                "description": "apply safe rewrites to every hook request, not only those with fix: true",
            },
            "on_failure": {
                "enum": ["allow", "block"],
                "default": "allow",
                "description": "decision when the check fails or runs out of time (fail-open: "
                "allow), unless personal data already found blocks",
            },
            "max_chars": {
                "type": "integer",
                "minimum": 100,
                "maximum": 1000000,
                "default": DEFAULT_MAX_CHARS,
                "description": "longest draft checked in full; a longer one is checked for "
                "personal data only and answered with status too_long",
            },
        },
    }
