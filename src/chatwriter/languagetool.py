"""A small client for LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``).

Plain ``urllib`` with an explicit timeout on every request, so a slow or dead server
costs at most ``timeout_ms`` per message, and after a connection failure or a timeout
the client does not try again for ``retry_after`` seconds: a batch of thousands of
messages is not slowed down by a server that is down. Every failure raises
``LanguageToolUnavailable`` whose text is the note the report shows ("...; grammar was
skipped"); the engine catches it and the other rules still answer.

LanguageTool is written in Java and counts offsets in UTF-16 code units; matches are
converted here to Python ``str`` indices, so an emoji before an error does not shift it.

Answers are cached per (language, text) in a small LRU cache, so a message checked by
the grammar rule and the spelling rule, or re-checked while fixing, costs one request.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from chatwriter.errors import ChatwriterError
from chatwriter.rules.base import RuleUnavailable

DEFAULT_TIMEOUT_MS = 5000
DEFAULT_CACHE_SIZE = 512
#: Seconds during which a server that refused a connection or timed out is not asked again.
DEFAULT_RETRY_AFTER = 30.0
#: Longer messages are not sent: a chat reply is far shorter, and one huge paste must not
#: time out and make the client back off for every message after it.
MAX_CHARS = 20_000
_LOOPBACK = ("localhost", "127.", "::1", "[::1]")


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


def str_offsets(text: str):
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


class LanguageToolClient:
    """``LanguageToolClient("http://127.0.0.1:8081").check("I has sent it.", "en-US")``."""

    def __init__(
        self,
        url: str,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        disabled_rules: tuple[str, ...] | list[str] = (),
        cache_size: int = DEFAULT_CACHE_SIZE,
        retry_after: float = DEFAULT_RETRY_AFTER,
    ):
        self.url = normalize_url(url)
        self.timeout_ms = int(timeout_ms)
        self.disabled_rules = frozenset(disabled_rules)
        self.retry_after = retry_after
        self.version: str | None = None
        self._cache: OrderedDict[tuple[str, str], tuple[LTMatch, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._languages: tuple[set[str], set[str]] | None = None
        self._down_until = 0.0
        self._down_reason = ""
        self._lock = threading.Lock()
        host = urllib.parse.urlsplit(self.url).hostname or ""
        # Never send loopback traffic through an http_proxy from the environment.
        handlers: list[Any] = []
        if host.startswith(_LOOPBACK):
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:
        return f"LanguageToolClient({self.url!r}, timeout_ms={self.timeout_ms})"

    # -- public --------------------------------------------------------------
    def check(self, text: str, locale: str) -> tuple[LTMatch, ...]:
        """Matches for ``text`` in ``locale``, minus disabled rules; raises LanguageToolUnavailable."""
        if len(text) > MAX_CHARS:
            raise LanguageToolUnavailable(
                self.url, f"was not asked (the message is longer than {MAX_CHARS:,} characters)"
            )
        language = self.language_for(locale)
        key = (language, text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        body = self._request("/v2/check", {"language": language, "text": text})
        matches = tuple(
            m for m in self._parse_check(body, text) if m.rule_id not in self.disabled_rules
        )
        with self._lock:
            self._cache[key] = matches
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return matches

    def language_for(self, locale: str) -> str:
        """The server's code for a chatwriter locale: ``de-CH`` if it has it, else ``de``."""
        long_codes, codes = self._server_languages()
        if locale in long_codes:
            return locale
        language = locale.split("-")[0]
        if language in codes or language in long_codes:
            return language
        raise LanguageToolUnavailable(self.url, f"has no language for '{locale}'")

    def info(self, locale: str | None = None) -> ServerInfo:
        """Reachability and version (for ``chatwriter doctor``); raises LanguageToolUnavailable."""
        long_codes, codes = self._server_languages()
        if self.version is None and locale:
            with contextlib.suppress(LanguageToolUnavailable):
                self.check("OK.", locale)  # the version comes with a check's answer
        return ServerInfo(self.url, self.version, tuple(sorted(long_codes | codes)))

    # -- internals -----------------------------------------------------------
    def _server_languages(self) -> tuple[set[str], set[str]]:
        if self._languages is not None:
            return self._languages
        body = self._request("/v2/languages", None)
        if not isinstance(body, list):
            raise self._malformed("/v2/languages did not return a list")
        long_codes = {str(x.get("longCode")) for x in body if isinstance(x, dict)}
        codes = {str(x.get("code")) for x in body if isinstance(x, dict)}
        long_codes.discard("None")
        codes.discard("None")
        if not long_codes:
            raise self._malformed("/v2/languages listed no language")
        self._languages = (long_codes, codes)
        return self._languages

    def _request(self, path: str, form: dict[str, str] | None) -> Any:
        with self._lock:
            if time.monotonic() < self._down_until:
                raise LanguageToolUnavailable(self.url, self._down_reason)
        data = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        request = urllib.request.Request(
            self.url + path,
            data=data,
            headers={
                "Accept": "application/json",
                "User-Agent": "chatwriter",
                **(
                    {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
                    if data is not None
                    else {}
                ),
            },
        )
        try:
            with self._opener.open(request, timeout=self.timeout_ms / 1000) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
            first = f": {detail[0][:200]}" if detail else ""
            raise LanguageToolUnavailable(self.url, f"answered HTTP {exc.code}{first}") from None
        except TimeoutError:
            raise self._down(
                f"did not answer within {self.timeout_ms} ms (a server loads each language "
                "on its first check: try again, or raise languagetool.timeout_ms)"
            ) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise self._down(f"did not answer within {self.timeout_ms} ms") from None
            raise self._down(f"unreachable ({_describe(reason)})") from None
        except (OSError, ValueError) as exc:  # connection reset, bad status line, ...
            raise self._down(f"unreachable ({_describe(exc)})") from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise self._malformed(f"not JSON ({exc.__class__.__name__})") from None

    def _down(self, what: str) -> LanguageToolUnavailable:
        with self._lock:
            self._down_until = time.monotonic() + self.retry_after
            self._down_reason = what
        return LanguageToolUnavailable(self.url, what)

    def _malformed(self, what: str) -> LanguageToolUnavailable:
        return LanguageToolUnavailable(self.url, f"sent a malformed answer ({what})")

    def _parse_check(self, body: Any, text: str) -> list[LTMatch]:
        if not isinstance(body, dict) or not isinstance(body.get("matches"), list):
            raise self._malformed("no 'matches' list")
        software = body.get("software")
        if isinstance(software, dict) and software.get("version"):
            self.version = str(software["version"])
        convert = str_offsets(text)
        out: list[LTMatch] = []
        try:
            for m in body["matches"]:
                offset, length = int(m["offset"]), int(m["length"])
                start, end = convert(offset), convert(offset + length)
                if end <= start:
                    continue
                rule = m.get("rule") or {}
                category = rule.get("category") or {}
                out.append(
                    LTMatch(
                        start=start,
                        end=end,
                        message=str(m.get("message") or rule.get("description") or ""),
                        rule_id=str(rule.get("id", "")),
                        category_id=str(category.get("id", "")),
                        issue_type=str(rule.get("issueType", "")),
                        replacements=tuple(
                            str(r["value"])
                            for r in m.get("replacements") or ()
                            if isinstance(r, dict) and isinstance(r.get("value"), str)
                        ),
                    )
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self._malformed(f"bad match: {exc.__class__.__name__} {exc}") from None
        return out


def _describe(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or reason.__class__.__name__
