"""The readers behind :func:`chatwriter.report.transcripts.read_transcripts`: JSON lines
(or one JSON array), chatwriter's conversations, rows with a column map, and Intercom's
conversation objects, each streamed one conversation at a time."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import Any

from chatwriter.report.conversation import (
    MAP_FIELDS,
    NOT_PUBLIC,
    ROW_AGENT_ROLES,
    ChatTurn,
    Conversation,
    TranscriptError,
    conversation_from_json,
    optional_text,
    parse_csat,
    parse_time,
)

#: Intercom author types whose comments are the team's replies. Bots write too, but a
#: team lead coaches people, so bot turns are context only.
_INTERCOM_AGENTS = frozenset({"admin", "team"})
_INTERCOM_CONTEXT_ONLY = frozenset({"bot"})
#: Intercom parts that are not sent to the customer.
_INTERCOM_PRIVATE_PARTS = frozenset({"note", "note_and_reopen"})


def json_lines(handle: io.TextIOBase, label: str) -> Iterator[tuple[int, dict[str, Any]]]:
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


def conversations(handle: io.TextIOBase, label: str) -> Iterator[Conversation]:
    for number, data in json_lines(handle, label):
        try:
            conv = conversation_from_json(data, number)
        except (ValueError, TypeError) as exc:
            raise TranscriptError(f"{label}:{number}: {exc}") from None
        yield conv


def rows(handle: io.TextIOBase, label: str, mapping: dict[str, str]) -> Iterator[Conversation]:
    column = {key: mapping.get(key, key) for key in MAP_FIELDS}
    current: Conversation | None = None
    for number, row in _row_dicts(handle, label):
        if column["text"] not in row:
            raise TranscriptError(
                f"{label}:{number}: no column {column['text']!r} for the text; "
                f"name it with --map text=COLUMN (columns: {', '.join(map(str, row))})"
            )
        if str(row.get(column["public"], "")).strip().lower() in NOT_PUBLIC:
            continue  # an internal note: the customer never read it
        try:
            ident = optional_text(row.get(column["conversation"])) or f"row-{number}"
            if current is None or current.id != ident:
                if current is not None:
                    yield current
                current = Conversation(
                    id=ident,
                    locale=optional_text(row.get(column["locale"])),
                    team=optional_text(row.get(column["team"])),
                    channel=optional_text(row.get(column["channel"])),
                    csat=parse_csat(row.get(column["csat"])),
                )
            role = optional_text(row.get(column["role"])) if column["role"] in row else "agent"
            score = parse_csat(row.get(column["csat"]))
            current.csat = current.csat if score is None else score
            current.turns.append(
                ChatTurn(
                    role="agent" if (role or "").lower() in ROW_AGENT_ROLES else "customer",
                    text=str(row.get(column["text"]) or ""),
                    author=optional_text(row.get(column["author"])),
                    at=parse_time(row.get(column["at"])),
                    locale=optional_text(row.get(column["locale"])) or current.locale,
                    team=optional_text(row.get(column["team"])) or current.team,
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
    yield from json_lines(handle, label)


def intercom(handle: io.TextIOBase, label: str) -> Iterator[Conversation]:
    for number, data in json_lines(handle, label):
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
        channel=optional_text((data.get("source") or {}).get("delivered_as")),
        csat=parse_csat(rating.get("rating")) if isinstance(rating, dict) else None,
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
                author=optional_text(author.get("name")) or optional_text(author.get("id")),
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
