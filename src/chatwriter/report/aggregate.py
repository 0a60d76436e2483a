"""Count what a team lead asks about, per operator, team and ISO week.

The aggregator reads :class:`~chatwriter.report.records.TurnRecord` (fresh from the
linter or read back from the store), so one counting code path serves both. Memory grows
with the number of operators, teams, weeks and rules, not of messages: only a few
excerpts per operator and rule are kept, and response times and CSAT scores are kept as
value -> count (exports time messages to the second), which keeps medians exact. Records of one conversation arrive one after another,
which is how a conversation is counted once per operator and team in it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from chatwriter.errors import ChatwriterError
from chatwriter.explain import explain
from chatwriter.model import Severity
from chatwriter.report.records import FindingRecord, TurnRecord
from chatwriter.report.stats import correlations, mean, median, pearson  # noqa: F401 - pearson stays importable here

#: Version of the JSON aggregates (bumped when a field changes meaning).
REPORT_VERSION = 1
EXAMPLES_PER_RULE = 3
TOP_RULES = 5
UNKNOWN_AUTHOR = "(unknown)"
NO_TEAM = "(no team)"
_RANK = {s.value: s.rank for s in Severity}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class Options:
    """What to count. ``until`` is inclusive (the whole day)."""

    since: date | None = None
    until: date | None = None
    min_severity: Severity = Severity.WARNING
    pseudonym: Callable[[str], str] | None = None


@dataclass(slots=True)
class _Tally:
    agent_messages: int = 0
    findings: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    #: Response times as value -> count: exports give times to the second, so a few
    #: thousand distinct values hold millions of answers, and the median stays exact.
    response_s: Counter[float] = field(default_factory=Counter)
    csat: Counter[float] = field(default_factory=Counter)  # score -> conversations
    conversations: int = 0
    team: str | None = None
    team_since: tuple[Any, ...] = ()
    #: Per rule: the newest excerpts, as (when, excerpt), newest first.
    examples: dict[str, list[tuple[tuple[Any, ...], dict[str, str]]]] = field(default_factory=dict)

    def note_team(self, record: TurnRecord) -> None:
        """An operator who moved teams is listed under the team of their newest message."""
        if record.team:
            when = (record.at or _EPOCH, record.conversation, record.seq)
            if self.team is None or when > self.team_since:
                self.team, self.team_since = record.team, when

    def row(self, key: str, name: str) -> dict[str, Any]:
        return summary_row(
            key,
            name,
            team=self.team,
            conversations=self.conversations,
            agent_messages=self.agent_messages,
            findings=self.findings,
            by_category=self.by_category,
            median_response_s=median(self.response_s) if self.response_s else None,
            csat_mean=mean(self.csat) if self.csat else None,
        )


def summary_row(
    key: str,
    name: str,
    *,
    team: str | None,
    conversations: int,
    agent_messages: int,
    findings: int,
    by_category: dict[str, int],
    median_response_s: float | None,
    csat_mean: float | None,
) -> dict[str, Any]:
    """One operator's (``name="author"``) or team's row of the JSON, rounded as shown;
    both engines build their rows here, so their reports compare equal."""
    per_100 = 100.0 * findings / agent_messages if agent_messages else 0.0
    out: dict[str, Any] = {name: key}
    if name == "author":
        out["team"] = team
    out |= {
        "conversations": conversations,
        "agent_messages": agent_messages,
        "findings": findings,
        "per_100_messages": round(per_100, 2),
        "by_category": dict(sorted(by_category.items())),
        "median_response_s": round(median_response_s, 1) if median_response_s is not None else None,
        "csat_mean": round(csat_mean, 2) if csat_mean is not None else None,
    }
    return out


def hide_name(
    excerpt: dict[str, str], pattern: re.Pattern[str] | None, pseudonym: str
) -> dict[str, str]:
    """The excerpt with the operator's own name (a sign-off) replaced by the pseudonym."""
    if pattern is None:
        return excerpt
    return {k: v if k == "conversation" else pattern.sub(pseudonym, v) for k, v in excerpt.items()}


class Aggregator:
    """Feed it turn records; :meth:`result` gives the JSON aggregates.

    ``describe(rule_id)`` gives a rule's explanation for the report's glossary
    (``chatwriter.explain``); without it the glossary lists category and severity only.
    """

    def __init__(
        self, options: Options | None = None, describe: Callable[[str], str] | None = None
    ):
        self.options = options or Options()
        self.describe = describe
        self.conversations = 0
        self.agent_messages = 0
        self.findings = 0
        self.operators: dict[str, _Tally] = {}
        self.teams: dict[str, _Tally] = {}
        self.weeks: dict[tuple[str, str], _Tally] = {}
        self.rules: dict[str, dict[str, str]] = {}
        self.first: datetime | None = None
        self.last: datetime | None = None
        self._conversation: str | None = None
        self._seen: set[tuple[str, str]] = set()
        self._names: dict[str, re.Pattern[str] | None] = {}

    def add(self, records: Iterable[TurnRecord]) -> None:
        for record in records:
            self.count(record)

    def count(self, record: TurnRecord) -> None:
        """Count one agent turn (records of a conversation come one after another)."""
        author = self._author(record.author)
        team = record.team or NO_TEAM
        operator = self.operators.setdefault(author, _Tally())
        team_tally = self.teams.setdefault(team, _Tally())
        operator.note_team(record)
        self._note_conversation(record, author, operator, team, team_tally)
        self.agent_messages += 1
        if record.at is not None:
            self.first = record.at if self.first is None or record.at < self.first else self.first
            self.last = record.at if self.last is None or record.at > self.last else self.last
        floor = self.options.min_severity.rank
        counted = [f for f in record.findings if _RANK[f.severity] >= floor]
        self.findings += len(counted)
        tallies = [operator, team_tally]
        week = iso_week(record.at)
        if week is not None:
            week_tally = self.weeks.setdefault((week, author), _Tally())
            week_tally.note_team(record)
            tallies.append(week_tally)
        for tally in tallies:
            tally.agent_messages += 1
            tally.findings += len(counted)
        if record.response_s is not None:
            operator.response_s[record.response_s] += 1
            team_tally.response_s[record.response_s] += 1
        for finding in counted:
            for tally in tallies:
                tally.by_category[finding.category] += 1
            operator.by_rule[finding.rule] += 1
            team_tally.by_rule[finding.rule] += 1
            known = self.rules.get(finding.rule)
            if known is None or _RANK[finding.severity] > _RANK[known["severity"]]:
                # A config may grade a rule per locale: the report shows the highest.
                self.rules[finding.rule] = {
                    "category": finding.category,
                    "severity": finding.severity,
                }
            self._keep_example(operator, record, finding, author)

    def _note_conversation(
        self, record: TurnRecord, author: str, operator: _Tally, team: str, team_tally: _Tally
    ) -> None:
        """Count a conversation once overall, once per operator and once per team in it."""
        if record.conversation != self._conversation:
            self._conversation = record.conversation
            self._seen.clear()
            self.conversations += 1
        for kind, key, tally in (("op", author, operator), ("team", team, team_tally)):
            if (kind, key) not in self._seen:
                self._seen.add((kind, key))
                tally.conversations += 1
                if record.csat is not None:
                    tally.csat[record.csat] += 1

    def _author(self, name: str | None) -> str:
        if not name:
            return UNKNOWN_AUTHOR
        return self.options.pseudonym(name) if self.options.pseudonym is not None else name

    def _keep_example(
        self, operator: _Tally, record: TurnRecord, finding: FindingRecord, author: str
    ) -> None:
        """Keep the newest distinct excerpts of each rule: the choice depends on the
        messages, not on the order they are read in (a store reads by conversation id)."""
        when = (record.at or _EPOCH, record.conversation, record.seq, finding.start, finding.end)
        kept = operator.examples.setdefault(finding.rule, [])
        if len(kept) >= EXAMPLES_PER_RULE and when <= kept[-1][0]:
            return
        excerpt = self._excerpt(record, finding, author)
        text = (excerpt["before"], excerpt["match"], excerpt["after"])
        for i, (seen, old) in enumerate(kept):
            if (old["before"], old["match"], old["after"]) == text:
                if when > seen:  # the same words again: show the newest
                    kept[i] = (when, excerpt)
                    kept.sort(key=lambda item: item[0], reverse=True)
                return
        kept.append((when, excerpt))
        kept.sort(key=lambda item: item[0], reverse=True)
        del kept[EXAMPLES_PER_RULE:]

    def _excerpt(self, record: TurnRecord, finding: FindingRecord, author: str) -> dict[str, str]:
        excerpt = {
            "conversation": record.conversation,
            "before": finding.before,
            "match": finding.match,
            "after": finding.after,
            "message": finding.message,
        }
        if not record.author or author == record.author:
            return excerpt
        # Pseudonymised: the operator's own name (a sign-off) goes too.
        if record.author not in self._names:
            self._names[record.author] = name_pattern(record.author)
        return hide_name(excerpt, self._names[record.author], author)

    # -- result ------------------------------------------------------------------
    def result(self) -> dict[str, Any]:
        """The aggregates: the JSON report, and what the HTML page draws."""
        operators = []
        for name, tally in sorted(self.operators.items()):
            row = tally.row(name, "author")
            row["top_rules"] = [
                {"rule": rule, "count": n, "examples": [e for _, e in tally.examples.get(rule, [])]}
                for rule, n in sorted(tally.by_rule.items(), key=by_count)[:TOP_RULES]
            ]
            operators.append(row)
        teams = [tally.row(name, "team") for name, tally in sorted(self.teams.items())]
        weeks = [
            {
                "week": week,
                "author": author,
                "team": tally.team,
                "agent_messages": tally.agent_messages,
                "findings": tally.findings,
                "by_category": dict(sorted(tally.by_category.items())),
            }
            for (week, author), tally in sorted(self.weeks.items())
        ]
        return assemble(
            self.options,
            totals={
                "conversations": self.conversations,
                "agent_messages": self.agent_messages,
                "findings": self.findings,
            },
            first=self.first,
            last=self.last,
            operators=operators,
            teams=teams,
            weeks=weeks,
            rules=self.rules,
            describe=self.describe,
        )


def assemble(
    options: Options,
    *,
    totals: dict[str, int],
    first: datetime | None,
    last: datetime | None,
    operators: list[dict[str, Any]],
    teams: list[dict[str, Any]],
    weeks: list[dict[str, Any]],
    rules: dict[str, dict[str, str]],
    describe: Callable[[str], str] | None,
) -> dict[str, Any]:
    """The JSON aggregates from counted parts; shared by the one-machine and Spark engines."""
    return {
        "version": REPORT_VERSION,
        "period": {"from": _day(options.since, first), "to": _day(options.until, last)},
        "counted_severity": f">= {options.min_severity.value}",
        "totals": totals,
        "operators": operators,
        "teams": teams,
        "weeks": weeks,
        "correlations": correlations(operators),
        "rules": {
            rule: {**info, "description": describe(rule) if describe else ""}
            for rule, info in sorted(rules.items())
        },
    }


def by_count(item: tuple[str, int]) -> tuple[int, str]:
    """Most frequent first; ties by rule id, so the order never depends on reading order."""
    return -item[1], item[0]


def describer(linter: Any) -> Callable[[str], str]:
    """``rule id -> description`` from ``chatwriter explain`` ("" for unknown rules)."""

    def describe(rule: str) -> str:
        try:
            found = explain(linter, rule)
        except ChatwriterError:
            return ""
        return found.description or found.message

    return describe


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The full name and each of its parts of three letters or more, as whole words."""
    pieces = sorted({p for p in (name, *name.split()) if len(p.strip()) >= 3}, key=len)
    if not pieces:
        return None
    alternatives = "|".join(map(re.escape, reversed(pieces)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def iso_week(at: datetime | None) -> str | None:
    if at is None:
        return None
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"


def _day(given: date | None, seen: datetime | None) -> str | None:
    if given is not None:
        return given.isoformat()
    return seen.date().isoformat() if seen is not None else None
