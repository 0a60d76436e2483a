"""Errors a user can act on: every configuration problem names file, line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one file, with what to write instead."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ChatwriterError(Exception):
    """Base class for errors chatwriter reports to the user (CLI exit 2)."""


class ConfigError(ChatwriterError):
    """One or more problems in guides, locale files or the company config."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownLocaleError(ChatwriterError):
    """A locale tag that no locale file (nor its fallback) covers."""

    def __init__(self, tag: str, known: list[str]):
        self.tag = tag
        self.known = known
        super().__init__(f"unknown locale '{tag}'; known locales: {', '.join(known)}")


class RuleUnavailable(Exception):
    """A rule could not run on this message (its server is down or slow).

    The engine lists ``str(exc)`` in the report's ``skipped`` notes and goes on with the
    other rules; the message says what was skipped and why. Not a ChatwriterError: the
    check goes on without the rule.
    """
