"""Lint the agent turns of past conversations into plain records.

A :class:`TurnRecord` is everything a report needs of one linted agent turn: who, when,
how long the customer waited, and its findings as :class:`FindingRecord` with a short
excerpt. Personal data is masked here, before a record exists, so neither the embedded
store nor any output can hold it in clear. The aggregates (:mod:`.aggregate`) are
counted from records, whether they come straight from the linter or from the store.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from chatwriter.errors import ChatwriterError
from chatwriter.linter import Linter
from chatwriter.model import Finding, Message, Report, Turn
from chatwriter.privacy import Masker
from chatwriter.report.transcripts import Conversation

#: Earlier turns given to the rules as context (the register and name rules look back;
#: a conversation of hundreds of turns would make each turn cost its whole history).
CONTEXT_TURNS = 30
#: Characters of context either side of a finding in an excerpt.
EXCERPT_CONTEXT = 60


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A finding: where it is in its message (``start``/``end``, str offsets) and its place
    shown as masked text around the match."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    before: str
    match: str
    after: str


@dataclass(frozen=True, slots=True)
class TurnRecord:
    """One linted agent turn. ``seq`` is its index among the conversation's turns."""

    conversation: str
    seq: int
    author: str | None
    team: str | None
    locale: str
    at: datetime | None
    response_s: float | None
    csat: float | None
    findings: tuple[FindingRecord, ...]


def in_period(at: datetime | None, since: date | None, until: date | None) -> bool:
    """Whether a message counts in ``since..until`` (inclusive days); undated ones count
    only in a report without a period, since a filtered report counts what it can date."""
    if since is None and until is None:
        return True
    if at is None:
        return False
    day = at.date()
    return (since is None or day >= since) and (until is None or day <= until)


@dataclass(slots=True)
class _Pending:
    conversation: Conversation
    seq: int
    response_s: float | None


def lint_turns(
    linter: Linter,
    conversations: Iterable[Conversation],
    since: date | None = None,
    until: date | None = None,
) -> Iterator[TurnRecord]:
    """Records of the agent turns in the period, in input order, linted in batches."""
    pending: deque[_Pending] = deque()
    checked: dict[str | None, str] = {}
    messages = _messages(linter, conversations, since, until, pending, checked)
    for report in linter.lint_many(messages):
        item = pending.popleft()
        yield _record(item, report)


def _messages(
    linter: Linter,
    conversations: Iterable[Conversation],
    since: date | None,
    until: date | None,
    pending: deque[_Pending],
    checked: dict[str | None, str],
) -> Iterator[Message]:
    for conv in conversations:
        history: list[Turn] = []
        waiting_since: datetime | None = None
        for seq, turn in enumerate(conv.turns):
            if not turn.is_agent:
                if turn.role == "customer" and waiting_since is None:
                    waiting_since = turn.at
                history.append(Turn("customer" if turn.role == "customer" else "agent", turn.text))
                continue
            response = None
            if waiting_since is not None and turn.at is not None:
                response = max(0.0, (turn.at - waiting_since).total_seconds())
            waiting_since = None
            if in_period(turn.at, since, until):
                pending.append(_Pending(conv, seq, response))
                yield Message(
                    turn.text,
                    _locale(linter, turn.locale or conv.locale, conv, checked),
                    id=conv.id,
                    author=turn.author,
                    conversation=tuple(history[-CONTEXT_TURNS:]),
                )
            history.append(Turn("agent", turn.text))


def _locale(
    linter: Linter, tag: str | None, conv: Conversation, checked: dict[str | None, str]
) -> str:
    """The tag, compiled once per distinct tag so a typo is named, not a crash mid-run."""
    found = checked.get(tag)
    if found is None:
        try:
            found = linter.compiled(tag).tag
        except ChatwriterError as exc:
            raise ChatwriterError(f"conversation {conv.id}: {exc}") from None
        checked[tag] = found
    return found


def _record(item: _Pending, report: Report) -> TurnRecord:
    conv = item.conversation
    turn = conv.turns[item.seq]
    findings: tuple[FindingRecord, ...] = ()
    if report.findings:
        masker = Masker(report.text, report.findings)
        findings = tuple(_finding(masker, f) for f in report.findings)
    return TurnRecord(
        conversation=conv.id,
        seq=item.seq,
        author=turn.author,
        team=turn.team or conv.team,
        locale=report.locale,
        at=turn.at,
        response_s=item.response_s,
        csat=conv.csat,
        findings=findings,
    )


def _finding(masker: Masker, finding: Finding) -> FindingRecord:
    """The finding in its sentence, personal data masked (masking keeps offsets)."""
    text = masker.masked_text()
    start, end = finding.start, finding.end
    left = max(0, start - EXCERPT_CONTEXT)
    right = min(len(text), end + EXCERPT_CONTEXT)
    return FindingRecord(
        rule=finding.rule,
        category=finding.category,
        severity=finding.severity.value,
        start=start,
        end=end,
        message=masker.finding(finding).message,
        before=("…" if left else "") + text[left:start],
        match=text[start:end],
        after=text[end:right] + ("…" if right < len(text) else ""),
    )
