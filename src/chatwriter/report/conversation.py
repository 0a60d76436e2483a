"""Past conversations as data (:class:`Conversation` of :class:`ChatTurn`), the
conversion of their fields, and chatwriter's own JSONL shape of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from chatwriter.errors import ChatwriterError
from chatwriter.model import AGENT_ROLES

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
NOT_PUBLIC = frozenset({"false", "0", "no", "n", "f"})
#: Roles in row exports that mean "an operator wrote this" (Zendesk says ``agent`` or
#: ``admin``; Intercom ``admin``).
ROW_AGENT_ROLES = AGENT_ROLES | {"admin", "staff"}


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


def parse_csat(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"csat must be a number, not {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"csat must be a number, not {value!r}") from None


def optional_text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def conversation_from_json(data: dict[str, Any], number: int = 0) -> Conversation:
    """One conversation of chatwriter's JSONL; raises ValueError on a bad shape."""
    messages = data.get("messages")
    if not isinstance(messages, list):
        raise ValueError(
            "a conversation needs 'messages': a list of {role, author, text, at} objects"
        )
    conv = Conversation(
        id=str(data.get("id", f"line-{number}")),
        locale=optional_text(data.get("locale")),
        team=optional_text(data.get("team")),
        channel=optional_text(data.get("channel")),
        csat=parse_csat(data.get("csat")),
    )
    for i, message in enumerate(messages, 1):
        if not isinstance(message, dict) or not isinstance(message.get("text"), str):
            raise ValueError(f"message {i} needs a string 'text'")
        role = str(message.get("role", "agent")).lower()
        conv.turns.append(
            ChatTurn(
                role=_role(role),
                text=message["text"],
                author=optional_text(message.get("author")),
                at=parse_time(message.get("at")),
                locale=optional_text(message.get("locale")) or conv.locale,
                team=optional_text(message.get("team")) or conv.team,
            )
        )
    return conv


def _role(role: str) -> str:
    """agent, customer or bot (a bot's turns are context only, like Intercom's)."""
    if role in ROW_AGENT_ROLES:
        return "agent"
    return "bot" if role == "bot" else "customer"


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
