"""Past conversations in, one :class:`Conversation` at a time out.

Three shapes of input, all streamed (a file is never read whole into memory):

- ``conversations``: chatwriter's own JSONL, one conversation a line, with its turns in
  ``messages`` (docs/report.md shows it);
- ``rows``: one message a row, in CSV or JSONL, with a column mapping
  (``conversation=ticket_id,author=agent,text=body,at=created_at``); rows of one
  conversation are grouped while they come one after another, as exports list them;
- ``intercom``: Intercom's conversation objects (``source`` plus
  ``conversation_parts``), as its REST API and its exports give them, one a line or as a
  JSON array.

Bad lines raise :class:`TranscriptError` naming the file and line, so nothing is skipped
without the user knowing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from chatwriter.report.conversation import (
    MAP_FIELDS,
    ChatTurn,
    Conversation,
    TranscriptError,
    conversation_from_json,
    conversation_to_json,
    parse_time,
)
from chatwriter.report.readers import conversations, html_to_text, intercom, rows

__all__ = [
    "FORMATS",
    "MAP_FIELDS",
    "ChatTurn",
    "Conversation",
    "TranscriptError",
    "conversation_from_json",
    "conversation_to_json",
    "html_to_text",
    "parse_map",
    "parse_time",
    "read_transcripts",
    "sniff",
]

FORMATS = ("auto", "conversations", "rows", "intercom")


def parse_map(spec: str | None) -> dict[str, str]:
    """``conversation=ticket_id,text=body`` as ``{"conversation": "ticket_id", ...}``."""
    if not spec:
        return {}
    out: dict[str, str] = {}
    for part in spec.split(","):
        key, sep, column = part.partition("=")
        key, column = key.strip(), column.strip()
        if not sep or not key or not column:
            raise TranscriptError(
                f"--map: {part!r} is not field=column (e.g. conversation=ticket_id,text=body)"
            )
        if key not in MAP_FIELDS:
            raise TranscriptError(
                f"--map: unknown field {key!r}; the fields are {', '.join(MAP_FIELDS)}"
            )
        out[key] = column
    return out


def read_transcripts(
    path: str | Path, fmt: str = "auto", mapping: dict[str, str] | None = None
) -> Iterator[Conversation]:
    """The conversations of one file, in file order."""
    path = Path(path)
    if fmt == "auto":
        fmt = sniff(path, mapping)
    if fmt not in FORMATS[1:]:
        raise TranscriptError(f"unknown transcript format {fmt!r}; use one of {FORMATS[1:]}")
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise TranscriptError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        if fmt == "conversations":
            yield from conversations(handle, str(path))
        elif fmt == "intercom":
            yield from intercom(handle, str(path))
        else:
            yield from rows(handle, str(path), mapping or {})


def sniff(path: Path, mapping: dict[str, str] | None) -> str:
    """``rows`` for CSV or when a mapping is given; else by the first JSON object's keys."""
    if mapping or path.suffix.lower() in (".csv", ".tsv"):
        return "rows"
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(1 << 16).lstrip()
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptError(f"{path}: cannot read ({exc})") from None
    if '"conversation_parts"' in head or '"type": "conversation"' in head:
        return "intercom"
    return "conversations"
