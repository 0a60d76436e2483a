"""The LanguageTool client: every call bounded by a total time limit, answers cached,
a server that fails left alone for a while (the package docstring says how), and a batch
mode (:meth:`LanguageToolClient.batch`) that asks for many texts at once through a
bounded pool of connections."""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from chatwriter import safejson
from chatwriter.languagetool.api import (
    MAX_CHARS,
    LanguageToolUnavailable,
    LTMatch,
    ServerInfo,
    normalize_url,
    str_offsets,
)
from chatwriter.languagetool.net import (
    DeadlineSocket,
    Proxy,
    connect,
    describe_error,
    proxy_for,
    time_left,
    tunnel,
)
from chatwriter.languagetool.pool import (
    DEFAULT_CONNECTIONS,
    DEFAULT_WARMUP_MS,
    BatchMixin,
    Key,
)

DEFAULT_TIMEOUT_MS = 5000
DEFAULT_CACHE_SIZE = 512
#: Seconds during which a server that refused a connection or timed out is not asked again.
DEFAULT_RETRY_AFTER = 30.0
#: Larger answers are refused: the answer for 20,000 characters full of errors is well
#: under 1 MB, and an endless body must not fill the memory.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
#: Deeper JSON is refused before parsing; LanguageTool's answers nest 5 levels.
MAX_JSON_DEPTH = 64


@dataclass(frozen=True, slots=True)
class _Budget:
    """When one call of the client must be over, and who set that time."""

    end: float  # time.monotonic() value
    ms: int  # its length, for notes
    callers: bool  # the caller's deadline, shorter than timeout_ms, set it


class LanguageToolClient(BatchMixin):
    """``LanguageToolClient("http://127.0.0.1:8081").check("I has sent it.", "en-US")``."""

    def __init__(
        self,
        url: str,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        disabled_rules: tuple[str, ...] | list[str] = (),
        cache_size: int = DEFAULT_CACHE_SIZE,
        retry_after: float = DEFAULT_RETRY_AFTER,
        ssl_context: ssl.SSLContext | None = None,
        mask_personal_data: bool = True,
        connections: int = DEFAULT_CONNECTIONS,
        warmup_ms: int = DEFAULT_WARMUP_MS,
    ):
        self.url = normalize_url(url)
        #: Simultaneous requests of a batch; 1 sends them one at a time.
        self.connections = max(1, int(connections))
        self.warmup_ms = int(warmup_ms)
        #: The grammar rules send the text with what the pii rules found masked (0/x).
        self.mask_personal_data = mask_personal_data
        self.timeout_ms = int(timeout_ms)
        self.disabled_rules = frozenset(disabled_rules)
        self.retry_after = retry_after
        self.version: str | None = None
        self._cache: OrderedDict[tuple[str, str], tuple[LTMatch, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._languages: tuple[set[str], set[str]] | None = None
        self._down_until = 0.0
        self._down_reason = ""
        self._down_by_timeout = False  # the back-off began with a timeout, not a refusal
        #: Answers (or failures) of running batches, held until each batch ends whatever
        #: the LRU cache evicts meanwhile: key -> [answer or exception, batches holding it].
        self._pinned: dict[Key, list[Any]] = {}
        self._warmed: set[str] = set()
        self._lock = threading.Lock()
        parts = urllib.parse.urlsplit(self.url)
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._netloc = parts.netloc.rpartition("@")[2]  # the Host header
        self._path = parts.path
        # Certificates are checked as urllib checks them; a test or a private CA passes
        # its own context.
        self._tls: ssl.SSLContext | None = None
        if parts.scheme == "https":
            self._tls = ssl_context or ssl.create_default_context()
        # Read once, as urllib's opener did; never for a loopback server.
        self._proxy = proxy_for(parts)

    def __repr__(self) -> str:
        return f"LanguageToolClient({self.url!r}, timeout_ms={self.timeout_ms})"

    # -- public --------------------------------------------------------------
    def check(
        self, text: str, locale: str, *, deadline: float | None = None
    ) -> tuple[LTMatch, ...]:
        """Matches for ``text`` in ``locale``, minus disabled rules; raises LanguageToolUnavailable.

        Returns or raises within ``timeout_ms``, and by ``deadline`` (a
        ``time.monotonic()`` value) if that is sooner; a deadline already passed raises at
        once, without a request.
        """
        if len(text) > MAX_CHARS:
            raise LanguageToolUnavailable(
                self.url, f"was not asked (the message is longer than {MAX_CHARS:,} characters)"
            )
        budget = self._budget(deadline)
        language = self._language_for(locale, budget)
        key = (language, text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            pinned = self._pinned.get(key)
        answer = pinned[0] if pinned is not None else None
        if answer is not None:  # None: a batch is still asking for it
            if isinstance(answer, LanguageToolUnavailable):
                # The batch asked already (twice after a timeout): the note, no third try.
                raise LanguageToolUnavailable(answer.url, answer.what)
            return answer
        body = self._request("/v2/check", {"language": language, "text": text}, budget)
        matches = tuple(
            m for m in self._parse_check(body, text) if m.rule_id not in self.disabled_rules
        )
        with self._lock:
            self._remember(key, matches)
        return matches

    def language_for(self, locale: str) -> str:
        """The server's code for a chatwriter locale: ``de-CH`` if it has it, else ``de``."""
        return self._language_for(locale, self._budget(None))

    def info(self, locale: str | None = None, *, deadline: float | None = None) -> ServerInfo:
        """Reachability and version (for ``chatwriter doctor``); raises LanguageToolUnavailable.

        Both requests (the language list, and a check for the version) share one budget of
        ``timeout_ms``, or less with a ``deadline``.
        """
        budget = self._budget(deadline)
        long_codes, codes = self._server_languages(budget)
        if self.version is None and locale:
            with contextlib.suppress(LanguageToolUnavailable):
                # The version comes with a check's answer. Its time is what is left of ours,
                # passed as a deadline: running out of it does not mark the server down.
                self.check("OK.", locale, deadline=budget.end)
        return ServerInfo(self.url, self.version, tuple(sorted(long_codes | codes)))

    def _remember(self, key: Key, matches: tuple[LTMatch, ...]) -> None:
        """Into the LRU cache; the caller holds the lock."""
        self._cache[key] = matches
        self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    # -- internals -----------------------------------------------------------
    def _budget(self, deadline: float | None) -> _Budget:
        """The end of a call starting now: ``timeout_ms`` from now, or the sooner deadline."""
        now = time.monotonic()
        own_end = now + self.timeout_ms / 1000
        if deadline is None or deadline >= own_end:
            return _Budget(own_end, self.timeout_ms, callers=False)
        if deadline <= now:
            raise LanguageToolUnavailable(
                self.url, "was not asked (the caller's deadline had already passed)"
            )
        return _Budget(deadline, round((deadline - now) * 1000), callers=True)

    def _budget_of(self, ms: int) -> _Budget:
        """A budget of ``ms`` from now, set by the client (a batch's warm-up)."""
        return _Budget(time.monotonic() + ms / 1000, ms, callers=False)

    def _language_for(self, locale: str, budget: _Budget) -> str:
        long_codes, codes = self._server_languages(budget)
        if locale in long_codes:
            return locale
        language = locale.split("-")[0]
        if language in codes or language in long_codes:
            return language
        raise LanguageToolUnavailable(self.url, f"has no language for '{locale}'")

    def _server_languages(self, budget: _Budget) -> tuple[set[str], set[str]]:
        if self._languages is not None:
            return self._languages
        body = self._request("/v2/languages", None, budget)
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

    def _request(
        self, path: str, form: dict[str, str] | None, budget: _Budget, *, batch: bool = False
    ) -> Any:
        """One request, over by ``budget.end`` whatever the server does; the decoded JSON.

        ``batch``: a request of :meth:`batch`, which has its own policy for timeouts (one
        retry, no back-off): a back-off begun by a timeout does not stop it, and its own
        timeout begins none. A refused connection stops it and begins one as usual.
        """
        with self._lock:
            if time.monotonic() < self._down_until and not (batch and self._down_by_timeout):
                raise LanguageToolUnavailable(self.url, self._down_reason)
        if isinstance(self._proxy, str):
            raise LanguageToolUnavailable(self.url, self._proxy)
        data = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        headers = {
            "Host": self._netloc,
            "Accept": "application/json",
            "User-Agent": "chatwriter",
            "Connection": "close",
        }
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        target = self._path + path
        if self._proxy is not None and self._tls is None:
            target = self.url + path  # a plain-HTTP proxy takes the whole URL
            if self._proxy.authorization:
                headers["Proxy-Authorization"] = self._proxy.authorization
        sock: socket.socket | None = None
        try:
            sock = self._open(budget.end)
            connection = http.client.HTTPConnection(self._host, self._port)
            connection.sock = DeadlineSocket(sock, budget.end)  # type: ignore[assignment]
            connection.request("POST" if data is not None else "GET", target, data, headers)
            response = connection.getresponse()
            if not 200 <= response.status < 300:
                raise LanguageToolUnavailable(self.url, _http_error(response))
            if response.length is not None and response.length > MAX_ANSWER_BYTES:
                raise self._malformed(f"too large: {response.length:,} bytes")
            raw = response.read(MAX_ANSWER_BYTES + 1)
            if len(raw) > MAX_ANSWER_BYTES:
                raise self._malformed(f"too large: over {MAX_ANSWER_BYTES:,} bytes")
            if response.length:  # the server closed before sending all it announced
                raise self._malformed("cut short")
        except LanguageToolUnavailable:
            raise
        except TimeoutError:
            raise self._timed_out(path, budget, backoff=not batch) from None
        except (OSError, ValueError) as exc:  # refused, reset, unknown host, TLS, proxy, ...
            raise self._down(f"unreachable ({describe_error(exc)})") from None
        except http.client.IncompleteRead:  # a chunked answer ended early
            raise self._malformed("cut short") from None
        except http.client.HTTPException as exc:  # not HTTP: bad status line, line too long
            raise self._malformed(f"not HTTP ({exc.__class__.__name__})") from None
        finally:
            if sock is not None:
                sock.close()
        return self._decode(raw)

    def _open(self, end: float) -> socket.socket:
        """A connection to the server (or its proxy), through TLS for https, by ``end``."""
        proxy = self._proxy if isinstance(self._proxy, Proxy) else None
        host, port = (proxy.host, proxy.port) if proxy else (self._host, self._port)
        sock = connect(host, port, end)
        try:
            if self._tls is not None:
                if proxy:
                    bracketed = f"[{self._host}]" if ":" in self._host else self._host
                    tunnel(sock, proxy, f"{bracketed}:{self._port}", end)
                # One total timeout for the whole handshake (ssl counts it that way).
                sock.settimeout(time_left(end))
                sock = self._tls.wrap_socket(sock, server_hostname=self._host)
        except BaseException:
            sock.close()
            raise
        return sock

    def _decode(self, raw: bytes) -> Any:
        """The answer's JSON, or LanguageToolUnavailable: never an exception of another type."""
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise self._malformed("not JSON (UnicodeDecodeError)") from None
        try:
            return safejson.loads(text, MAX_JSON_DEPTH)
        except safejson.TooDeep:
            raise self._malformed(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
        except ValueError as exc:  # JSONDecodeError, or an integer with too many digits
            raise self._malformed(f"not JSON ({exc.__class__.__name__})") from None

    def _timed_out(
        self, path: str, budget: _Budget, *, backoff: bool = True
    ) -> LanguageToolUnavailable:
        if budget.callers:  # the caller was in a hurry: no back-off (module docstring)
            return LanguageToolUnavailable(
                self.url, f"did not answer before the caller's deadline ({budget.ms} ms)"
            )
        what = f"did not answer within {budget.ms} ms"
        if not backoff:  # a batch's request: it retries once and goes on
            return LanguageToolUnavailable(self.url, what)
        if path == "/v2/check":
            what += (
                " (a server loads each language on its first check: try again, or raise "
                "languagetool.timeout_ms)"
            )
        return self._down(what, by_timeout=True)

    def _down(self, what: str, *, by_timeout: bool = False) -> LanguageToolUnavailable:
        with self._lock:
            self._down_until = time.monotonic() + self.retry_after
            self._down_reason = what
            self._down_by_timeout = by_timeout
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
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise self._malformed(f"bad match: {exc.__class__.__name__} {exc}") from None
        return out


def _http_error(response: http.client.HTTPResponse) -> str:
    """``answered HTTP 500: <first line of the body>``; a redirect names its target."""
    what = f"answered HTTP {response.status}"
    location = response.getheader("Location")
    if 300 <= response.status < 400 and location:
        return f"{what} (a redirect to {location[:200]}: set languagetool.url to that server)"
    detail = b""
    with contextlib.suppress(OSError, http.client.HTTPException):  # a detail, not needed
        detail = response.read(300)
    lines = detail.decode("utf-8", "replace").strip().splitlines()
    return f"{what}: {lines[0][:200]}" if lines else what
