"""QA reports for team leads: past conversations in, quality per operator and team out.

``chatwriter report transcripts.jsonl --out report.html`` reads transcripts
(:mod:`.transcripts`), lints every agent turn with its conversation as context into
plain records with personal data masked (:mod:`.records`), optionally keeps them in an
embedded store (:mod:`.store`), counts them per operator, team and week
(:mod:`.aggregate`), and writes the aggregates as JSON or as one self-contained HTML
page with charts (:mod:`.html`). docs/report.md describes the formats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from chatwriter.linter import Linter
from chatwriter.report.aggregate import Aggregator, Options, describer
from chatwriter.report.records import FindingRecord, TurnRecord, lint_turns
from chatwriter.report.transcripts import ChatTurn, Conversation, read_transcripts

__all__ = [
    "Aggregator",
    "ChatTurn",
    "Conversation",
    "FindingRecord",
    "Options",
    "TurnRecord",
    "aggregate",
    "describer",
    "lint_turns",
    "read_transcripts",
]


def aggregate(
    linter: Linter,
    conversations: Iterable[Conversation],
    options: Options | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Lint the agent turns of ``conversations`` in the period and count them."""
    options = options or Options()
    aggregator = Aggregator(options, describer(linter))
    for record in lint_turns(linter, conversations, options.since, options.until):
        aggregator.count(record)
        if progress is not None:
            progress(1)
    return aggregator.result()
