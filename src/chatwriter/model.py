"""Plain data that every other module speaks: findings, suggestions, reports, messages.

Findings carry offsets into the original draft (Python ``str`` indices) and are never
re-found by searching the text again; converting to UTF-16 offsets is a view, done
only when a JavaScript caller asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

#: Every category a rule may have (guides, the config's selectors, the hook's policy).
CATEGORIES = (
    "spelling-variant",
    "vocabulary-variant",
    "formality",
    "salutation",
    "inclusive",
    "tone",
    "clarity",
    "pii",
    "profanity",
    "commitment",
    "textspeak",
    "shouting",
    "emoji",
    "language",
    "typography",
    "format",
    "grammar",
    "spelling",
    "repetition",
    "readability",
)
#: The category of personal data: looked for first, kept whatever else happens, and masked
#: in every output (chatwriter.privacy).
PII = "pii"


class Severity(str, Enum):
    """How bad a finding is. Ordered: suggestion < warning < error."""

    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __str__(self) -> str:
        return self.value


_SEVERITY_RANK = {Severity.SUGGESTION: 0, Severity.WARNING: 1, Severity.ERROR: 2}
#: Severity names, lowest first (as guides, configs and outputs write them).
SEVERITIES = tuple(s.value for s in Severity)


class Applicability(str, Enum):
    """When a suggestion may be applied without a human looking (ruff's three tiers)."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"

    def __str__(self) -> str:
        return self.value


#: Applicability names, as guides and outputs write them.
APPLICABILITIES = tuple(a.value for a in Applicability)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Replacement text for a finding's span."""

    text: str
    applicability: Applicability = Applicability.SAFE

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "applicability": self.applicability.value}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one message. ``text[start:end] == match`` always holds."""

    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    match: str
    suggestions: tuple[Suggestion, ...] = ()

    def to_dict(self, utf16_text: str | None = None) -> dict[str, Any]:
        """The finding as JSON (docs/formats.md). Pass the message text to get UTF-16 offsets."""
        start, end, column = self.start, self.end, self.column
        if utf16_text is not None:
            start = utf16_offset(utf16_text, self.start)
            end = utf16_offset(utf16_text, self.end)
            line_start = utf16_text.rfind("\n", 0, self.start) + 1
            column = utf16_offset(utf16_text, self.start) - utf16_offset(utf16_text, line_start) + 1
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "start": start,
            "end": end,
            "line": self.line,
            "column": column,
            "match": self.match,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


def utf16_offset(text: str, index: int) -> int:
    """Number of UTF-16 code units in ``text[:index]``."""
    prefix = text[:index]
    return len(prefix) + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


@dataclass(frozen=True, slots=True)
class Turn:
    """An earlier turn of the conversation: who wrote it and what they wrote."""

    role: str
    text: str


AGENT_ROLES = frozenset({"agent", "assistant", "operator", "system"})

#: An unpaired UTF-16 surrogate: what a JSON "\\ud800" escape decodes to, not a character.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: The note a report carries when its message held unpaired surrogates.
SURROGATE_NOTE = (
    "the text held unpaired UTF-16 surrogates, which are not characters; each was read "
    "as U+FFFD (the replacement character), so offsets are unchanged"
)


@dataclass(frozen=True, slots=True)
class Message:
    """A draft reply to check, with optional context."""

    text: str
    locale: str | None = None
    id: str | None = None
    author: str | None = None
    conversation: tuple[Turn, ...] = ()

    def readable(self) -> Message:
        """This message with each unpaired surrogate (in its text or its turns) replaced by
        U+FFFD, one code point for one, so every offset still points at the same place.
        spaCy, RE2 and every output write UTF-8, which has no encoding for them."""
        texts = [self.text, *(t.text for t in self.conversation)]
        if not any(_LONE_SURROGATE.search(t) for t in texts if not t.isascii()):
            return self
        return replace(
            self,
            text=_LONE_SURROGATE.sub("\ufffd", self.text),
            conversation=tuple(
                Turn(t.role, _LONE_SURROGATE.sub("\ufffd", t.text)) for t in self.conversation
            ),
        )

    @classmethod
    def coerce(cls, item: MessageLike) -> Message:
        """A message from what the library accepts: a Message, its text, or its JSON form."""
        if isinstance(item, Message):
            return item
        if isinstance(item, str):
            return cls(text=item)
        return cls.from_dict(item)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Message:
        """Build from a JSON object (jsonl input, hook request). Raises ValueError on bad shape."""
        if not isinstance(data, dict):
            raise ValueError("a message must be a JSON object with a 'text' field")
        text = data.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' is required and must be a string")
        turns: list[Turn] = []
        raw_turns = data.get("conversation") or []
        if not isinstance(raw_turns, list):
            raise ValueError("'conversation' must be a list of {role, text} objects")
        for turn in raw_turns:
            if not isinstance(turn, dict) or not isinstance(turn.get("text"), str):
                raise ValueError("each conversation turn needs a string 'text' (and a 'role')")
            turns.append(Turn(role=str(turn.get("role", "customer")), text=turn["text"]))
        locale = data.get("locale")
        ident = data.get("id")
        author = data.get("author")
        return cls(
            text=text,
            locale=str(locale) if locale is not None else None,
            id=str(ident) if ident is not None else None,
            author=str(author) if author is not None else None,
            conversation=tuple(turns),
        )


@dataclass(slots=True)
class Report:
    """Findings of one message, sorted by position, plus the safe rewrite when asked for.

    Plain data: nothing here lints. ``fixed`` is the text with every safe suggestion
    applied, to a fixpoint; it is the text itself when no finding has a safe suggestion,
    and None when one has but nobody asked for the rewrite (``Linter.lint_many`` and
    ``Linter.lint_message`` without ``fix=True``; ``Linter.fix_report`` computes it).
    """

    text: str
    locale: str
    findings: list[Finding] = field(default_factory=list)
    id: str | None = None
    skipped: list[str] = field(default_factory=list)
    fixed: str | None = None

    def max_severity(self) -> Severity | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=lambda s: s.rank)

    def fixed_text(self) -> str:
        """``fixed``, or ValueError when it was not computed (writing a report never lints)."""
        if self.fixed is None:
            raise ValueError(
                "the report's fixed text was not computed: lint with fix=True, or "
                "Linter.fix_report(report)"
            )
        return self.fixed

    def to_dict(self, utf16: bool = False) -> dict[str, Any]:
        utf16_text = self.text if utf16 else None
        out: dict[str, Any] = {
            "id": self.id,
            "locale": self.locale,
            "findings": [f.to_dict(utf16_text) for f in self.findings],
            "fixed": self.fixed_text(),
        }
        if self.skipped:
            out["skipped"] = list(self.skipped)
        return out


def has_safe_fix(findings: Iterable[Finding]) -> bool:
    """Whether a finding has a safe suggestion (else the safe rewrite is the text itself)."""
    return any(s.applicability is Applicability.SAFE for f in findings for s in f.suggestions)


@dataclass(frozen=True, slots=True)
class Fixed:
    """What the fix step gives: the rewritten text, the findings whose suggestions were
    applied (offsets into the text of the pass that applied them), the findings of the
    rewritten text, and the notes of the rules that gave up on it."""

    text: str
    applied: tuple[Finding, ...] = ()
    remaining: tuple[Finding, ...] = ()
    skipped: tuple[str, ...] = ()


#: What Linter.lint_many takes for one message.
MessageLike = str | Message | dict[str, Any]


def turns_of(conversation: Iterable[Any]) -> list[dict[str, str]]:
    """Earlier turns as {role, text} dicts, from dicts, (role, text) pairs or Turn-like
    objects (a turn of another shape is read as a customer's, by its str)."""
    turns = []
    for turn in conversation:
        if isinstance(turn, dict):
            turns.append(turn)
        elif isinstance(turn, tuple) and len(turn) == 2:
            turns.append({"role": turn[0], "text": turn[1]})
        else:
            turns.append(
                {
                    "role": getattr(turn, "role", "customer"),
                    "text": getattr(turn, "text", str(turn)),
                }
            )
    return turns
