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

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from chatwriter.errors import ChatwriterError
from chatwriter.model import AGENT_ROLES

FORMATS = ("auto", "conversations", "rows", "intercom")

#: Fields a ``--map`` may name, and what each holds.
MAP_FIELDS = {
    "conversation": "the conversation (ticket) id; rows with the same id in a row form one",
    "text": "the message text",
    "role": "who wrote it: agent, admin, operator, assistant, staff are agents; "
    "anything else is the customer (without a role column every row is an agent's)",
    "author": "the operator's name or id",
    "at": "when it was sent (ISO 8601 or Unix seconds)",
    "locale": "the message's locale",
    "team": "the operator's team",
    "channel": "chat, email, ...",
    "csat": "the conversation's satisfaction score",
    "public": "false, 0 or no marks an internal note (Zendesk's private comments): skipped",
}
_NOT_PUBLIC = frozenset({"false", "0", "no", "n", "f"})
#: Roles in row exports that mean "an operator wrote this" (Zendesk says ``agent`` or
#: ``admin``; Intercom ``admin``).
_ROW_AGENT_ROLES = AGENT_ROLES | {"admin", "staff"}
#: Intercom author types whose comments are the team's replies. Bots write too, but a
#: team lead coaches people, so bot turns are context only.
_INTERCOM_AGENTS = frozenset({"admin", "team"})
_INTERCOM_CONTEXT_ONLY = frozenset({"bot"})
#: Intercom parts that are not sent to the customer.
_INTERCOM_PRIVATE_PARTS = frozenset({"note", "note_and_reopen"})


class TranscriptError(ChatwriterError):
    """A transcript file that cannot be read as the format it was given as."""


@dataclass(frozen=True, slots=True)
class ChatTurn:
    """One message of a past conversation."""

    role: str  # "agent" or "customer"
    text: str
    author: str | None = None
    at: datetime | None = None
    locale: str | None = None
    team: str | None = None

    @property
    def is_agent(self) -> bool:
        return self.role == "agent"


@dataclass(slots=True)
class Conversation:
    """A conversation: its turns in order and what is known about it as a whole."""

    id: str
    turns: list[ChatTurn] = field(default_factory=list)
    locale: str | None = None
    team: str | None = None
    channel: str | None = None
    csat: float | None = None


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


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 (``Z`` or an offset; no offset means UTC) or Unix seconds, as UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a time: {value!r}")
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    text = str(value).strip()
    if text.replace(".", "", 1).isdigit():
        return datetime.fromtimestamp(float(text), tz=timezone.utc)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 time: {value!r}") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _csat(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"csat must be a number, not {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"csat must be a number, not {value!r}") from None


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


# -- readers -------------------------------------------------------------------


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
            yield from _conversations(handle, str(path))
        elif fmt == "intercom":
            yield from _intercom(handle, str(path))
        else:
            yield from _rows(handle, str(path), mapping or {})


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


def _json_lines(handle: io.TextIOBase, label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Objects of a JSONL file, or of a JSON array (or ``{"conversations": [...]}``)."""
    first = ""
    number = 0
    for number, line in enumerate(handle, 1):  # noqa: B007 - number is used after the loop
        if line.strip():
            first = line
            break
    if not first:
        return
    stripped = first.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and not _is_object(first)):
        # A whole-file JSON document (an API dump): read it whole, it was written whole.
        whole = first + handle.read()
        try:
            data = json.loads(whole)
        except json.JSONDecodeError as exc:
            where = number + exc.lineno - 1
            raise TranscriptError(f"{label}:{where}: not JSON ({exc.msg})") from None
        if isinstance(data, dict):
            data = data.get("conversations", [data])
        if not isinstance(data, list):
            raise TranscriptError(f"{label}: expected a list of conversations")
        for i, item in enumerate(data, 1):
            if not isinstance(item, dict):
                raise TranscriptError(f"{label}: item {i} is not a JSON object")
            yield number, item
        return
    yield from _objects([(number, first)], label)
    yield from _objects(((n, line) for n, line in enumerate(handle, number + 1)), label)


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _objects(lines: Iterable[tuple[int, str]], label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in lines:
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TranscriptError(f"{label}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise TranscriptError(f"{label}:{number}: expected a JSON object")
        yield number, data


def _conversations(handle: io.TextIOBase, label: str) -> Iterator[Conversation]:
    for number, data in _json_lines(handle, label):
        try:
            conv = conversation_from_json(data, number)
        except (ValueError, TypeError) as exc:
            raise TranscriptError(f"{label}:{number}: {exc}") from None
        yield conv


def conversation_from_json(data: dict[str, Any], number: int = 0) -> Conversation:
    """One conversation of chatwriter's JSONL; raises ValueError on a bad shape."""
    messages = data.get("messages")
    if not isinstance(messages, list):
        raise ValueError(
            "a conversation needs 'messages': a list of {role, author, text, at} objects"
        )
    conv = Conversation(
        id=str(data.get("id", f"line-{number}")),
        locale=_text(data.get("locale")),
        team=_text(data.get("team")),
        channel=_text(data.get("channel")),
        csat=_csat(data.get("csat")),
    )
    for i, message in enumerate(messages, 1):
        if not isinstance(message, dict) or not isinstance(message.get("text"), str):
            raise ValueError(f"message {i} needs a string 'text'")
        role = str(message.get("role", "agent")).lower()
        conv.turns.append(
            ChatTurn(
                role=_role(role),
                text=message["text"],
                author=_text(message.get("author")),
                at=parse_time(message.get("at")),
                locale=_text(message.get("locale")) or conv.locale,
                team=_text(message.get("team")) or conv.team,
            )
        )
    return conv


def _role(role: str) -> str:
    """agent, customer or bot (a bot's turns are context only, like Intercom's)."""
    if role in _ROW_AGENT_ROLES:
        return "agent"
    return "bot" if role == "bot" else "customer"


def _rows(handle: io.TextIOBase, label: str, mapping: dict[str, str]) -> Iterator[Conversation]:
    column = {key: mapping.get(key, key) for key in MAP_FIELDS}
    current: Conversation | None = None
    for number, row in _row_dicts(handle, label):
        if column["text"] not in row:
            raise TranscriptError(
                f"{label}:{number}: no column {column['text']!r} for the text; "
                f"name it with --map text=COLUMN (columns: {', '.join(map(str, row))})"
            )
        if str(row.get(column["public"], "")).strip().lower() in _NOT_PUBLIC:
            continue  # an internal note: the customer never read it
        try:
            ident = _text(row.get(column["conversation"])) or f"row-{number}"
            if current is None or current.id != ident:
                if current is not None:
                    yield current
                current = Conversation(
                    id=ident,
                    locale=_text(row.get(column["locale"])),
                    team=_text(row.get(column["team"])),
                    channel=_text(row.get(column["channel"])),
                    csat=_csat(row.get(column["csat"])),
                )
            role = _text(row.get(column["role"])) if column["role"] in row else "agent"
            score = _csat(row.get(column["csat"]))
            current.csat = current.csat if score is None else score
            current.turns.append(
                ChatTurn(
                    role="agent" if (role or "").lower() in _ROW_AGENT_ROLES else "customer",
                    text=str(row.get(column["text"]) or ""),
                    author=_text(row.get(column["author"])),
                    at=parse_time(row.get(column["at"])),
                    locale=_text(row.get(column["locale"])) or current.locale,
                    team=_text(row.get(column["team"])) or current.team,
                )
            )
        except ValueError as exc:
            raise TranscriptError(f"{label}:{number}: {exc}") from None
    if current is not None:
        yield current


def _row_dicts(handle: io.TextIOBase, label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    if label.lower().endswith((".csv", ".tsv")):
        reader = csv.DictReader(handle, delimiter="\t" if label.lower().endswith(".tsv") else ",")
        try:
            for row in reader:
                yield reader.line_num, row
        except csv.Error as exc:
            raise TranscriptError(f"{label}:{reader.line_num}: not CSV ({exc})") from None
        return
    yield from _json_lines(handle, label)


def _intercom(handle: io.TextIOBase, label: str) -> Iterator[Conversation]:
    for number, data in _json_lines(handle, label):
        try:
            conv = _intercom_conversation(data)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise TranscriptError(
                f"{label}:{number}: not an Intercom conversation ({type(exc).__name__}: {exc})"
            ) from None
        yield conv


def _intercom_conversation(data: dict[str, Any]) -> Conversation:
    rating = data.get("conversation_rating") or {}
    team = data.get("team_assignee_id")
    conv = Conversation(
        id=str(data["id"]),
        team=f"team {team}" if team not in (None, "") else None,
        channel=_text((data.get("source") or {}).get("delivered_as")),
        csat=_csat(rating.get("rating")) if isinstance(rating, dict) else None,
    )
    parts: list[dict[str, Any]] = []
    source = data.get("source")
    if isinstance(source, dict):
        parts.append({**source, "created_at": source.get("created_at", data.get("created_at"))})
    wrapper = data.get("conversation_parts") or {}
    parts.extend(wrapper.get("conversation_parts", []) if isinstance(wrapper, dict) else wrapper)
    for part in parts:
        if part.get("part_type") in _INTERCOM_PRIVATE_PARTS:
            continue
        text = html_to_text(part.get("body") or "")
        if not text:
            continue
        author = part.get("author") or {}
        kind = str(author.get("type", "user"))
        role = "agent" if kind in _INTERCOM_AGENTS else "customer"
        if kind in _INTERCOM_CONTEXT_ONLY:
            role = "bot"
        conv.turns.append(
            ChatTurn(
                role=role,
                text=text,
                author=_text(author.get("name")) or _text(author.get("id")),
                at=parse_time(part.get("created_at")),
                team=conv.team,
            )
        )
    return conv


class _TextOnly(HTMLParser):
    """Text of an HTML fragment, with a line break for each block element."""

    BLOCKS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS and self.parts:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(body: str) -> str:
    """Intercom bodies are HTML: chatwriter checks what the customer read."""
    if "<" not in body and "&" not in body:
        return body.strip()
    parser = _TextOnly()
    parser.feed(body)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def conversation_to_json(conv: Conversation) -> str:
    """The conversation as one line of chatwriter's JSONL (what Spark workers read back)."""
    return json.dumps(
        {
            "id": conv.id,
            "locale": conv.locale,
            "team": conv.team,
            "channel": conv.channel,
            "csat": conv.csat,
            "messages": [
                {
                    "role": turn.role,
                    "text": turn.text,
                    "author": turn.author,
                    "at": turn.at.isoformat() if turn.at else None,
                    "locale": turn.locale,
                    "team": turn.team,
                }
                for turn in conv.turns
            ],
        },
        ensure_ascii=False,
    )
