"""The shapes of LanguageTool's HTTP API as chatwriter uses them: a match, the server's
languages, its URL, and UTF-16 offsets turned into ``str`` indices."""

from __future__ import annotations

import urllib.parse
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from chatwriter.errors import ChatwriterError, RuleUnavailable
from chatwriter.languagetool.net import is_loopback

#: Longer messages are not sent: a chat reply is far shorter, and one huge paste must not
#: time out and make the client back off for every message after it.
MAX_CHARS = 20_000


class LanguageToolUnavailable(RuleUnavailable):
    """The server could not answer for this message; ``str(exc)`` is the report's note."""

    def __init__(self, url: str, what: str):
        self.url = url
        self.what = what  # "unreachable (connection refused)", "answered HTTP 500", ...
        super().__init__(f"grammar: LanguageTool at {url} {what}; grammar was skipped")


@dataclass(frozen=True, slots=True)
class LTMatch:
    """One LanguageTool match, with offsets already converted to Python ``str`` indices."""

    start: int
    end: int
    message: str
    rule_id: str
    category_id: str
    issue_type: str
    replacements: tuple[str, ...]

    @property
    def is_spelling(self) -> bool:
        """A misspelling (issue type ``misspelling`` or category ``TYPOS``), not grammar."""
        return self.issue_type == "misspelling" or self.category_id == "TYPOS"


@dataclass(frozen=True, slots=True)
class ServerInfo:
    url: str
    version: str | None
    languages: tuple[str, ...]


def normalize_url(url: str) -> str:
    """``http://host:8081/``, ``http://host:8081/v2`` -> ``http://host:8081``; rejects non-HTTP."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ChatwriterError(
            f"LanguageTool URL '{url}' is not an http(s) URL; write e.g. http://127.0.0.1:8081"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ChatwriterError(f"LanguageTool URL '{url}' has a bad port number") from None
    path = parts.path.rstrip("/")
    if path.endswith("/v2"):
        path = path[: -len("/v2")]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def transport_warning(url: str) -> str | None:
    """A warning when drafts would cross the network unencrypted, else ``None``.

    Drafts are customer conversations; even with personal data masked they should not
    travel in clear text. https, or a server on this machine, is fine. A URL that is not
    valid gives ``None``: ``normalize_url`` reports that on its own.
    """
    try:
        url = normalize_url(url)
    except ChatwriterError:
        return None
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" or is_loopback(parts.hostname or ""):
        return None
    return (
        f"LanguageTool at {url} is neither on this machine nor https: drafts (personal data "
        "masked) travel in clear; use https or a loopback address"
    )


def str_offsets(text: str) -> Callable[[int], int]:
    """A function mapping UTF-16 offsets of ``text`` to ``str`` indices (identity for BMP text)."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return lambda offset: min(max(offset, 0), len(text))
    # utf16_starts[i] is the UTF-16 offset at which text[i] starts.
    utf16_starts = []
    units = 0
    for ch in text:
        utf16_starts.append(units)
        units += 2 if ord(ch) > 0xFFFF else 1

    def convert(offset: int) -> int:
        if offset >= units:
            return len(text)
        return max(bisect_right(utf16_starts, offset) - 1, 0)

    return convert
