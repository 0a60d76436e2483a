"""A small client for LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``).

Every call has a **total** time limit, not a per-read one: ``check``, ``info`` and
``language_for`` return or raise by ``timeout_ms`` after they start, and ``check`` also by
the caller's ``deadline`` (an absolute ``time.monotonic()`` value) when that comes first.
The limit covers connecting, TLS, sending, the status line, the headers and the body, so
a server that drips one byte every 100 ms cannot stretch it (``urllib``'s timeout applied
to each read and could). It is done without a thread: ``http.client`` speaks HTTP/1.1 on
a socket we connect ourselves, and before every send and every receive the socket's
timeout is set to the time left (``_DeadlineSocket``). Name resolution
(``getaddrinfo``) is the one step outside the limit: the system resolver has no timeout
we can set, and an IP address or ``localhost`` costs no lookup.

After a refused connection or a timeout of the configured ``timeout_ms`` the client does
not ask again for ``retry_after`` seconds, so a batch of thousands of messages is not slowed
down by a server that is down. A timeout caused by the caller's shorter deadline does
**not** start that back-off: it says the caller was in a hurry (the pre-send hook has 2
s), not that the server is broken, and marking the server down would skip grammar for
every other message of the next ``retry_after`` seconds, including those of callers
without a deadline. A dead server then costs each hurried caller its own deadline, which
it has budgeted anyway; a refused connection still starts the back-off whoever asked.

Answers are bounded: at most ``MAX_ANSWER_BYTES`` are read, and JSON nested deeper than
``MAX_JSON_DEPTH`` is refused (``chatwriter.safejson``: a ``[[[[…`` 100,000 deep would
raise ``RecursionError`` in ``json``). Every failure raises ``LanguageToolUnavailable`` whose
text is the note the report shows ("...; grammar was skipped"); the engine catches it and
the other rules still answer.

Proxies come from the environment as ``urllib`` reads them (``http_proxy``,
``https_proxy``, ``no_proxy``): an http URL is sent to the proxy whole, an https one goes
through a ``CONNECT`` tunnel; ``user:password@`` in the proxy URL becomes Basic proxy
authentication. A loopback server is never asked through a proxy.

LanguageTool is written in Java and counts offsets in UTF-16 code units; matches are
converted here to Python ``str`` indices, so an emoji before an error does not shift it.

Answers are cached per (language, text) in a small LRU cache, so a message checked by
the grammar rule and the spelling rule, or re-checked while fixing, costs one request.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import io
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from chatwriter import safejson
from chatwriter.errors import ChatwriterError
from chatwriter.rules.base import RuleUnavailable

DEFAULT_TIMEOUT_MS = 5000
DEFAULT_CACHE_SIZE = 512
#: Seconds during which a server that refused a connection or timed out is not asked again.
DEFAULT_RETRY_AFTER = 30.0
#: Longer messages are not sent: a chat reply is far shorter, and one huge paste must not
#: time out and make the client back off for every message after it.
MAX_CHARS = 20_000
#: Larger answers are refused: the answer for 20,000 characters full of errors is well
#: under 1 MB, and an endless body must not fill the memory.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
#: Deeper JSON is refused before parsing; LanguageTool's answers nest 5 levels.
MAX_JSON_DEPTH = 64
#: Bytes sent per ``sendall``, so the time left is re-set often even on a slow reader.
_SEND_CHUNK = 16 * 1024
#: Limits for a proxy's answer to ``CONNECT`` (http.client's own limits for the rest).
_MAX_LINE = 65_536
_MAX_HEADERS = 100


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


def _is_loopback(host: str) -> bool:
    """``localhost``, ``127.0.0.0/8`` or ``::1``: traffic that never leaves this machine.

    Exact, not a prefix test: ``localhost.example.com`` and ``127.0.0.1.nip.io`` are
    names like any other and may resolve anywhere.
    """
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
    if parts.scheme == "https" or _is_loopback(parts.hostname or ""):
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


# -- a socket with a total deadline ------------------------------------------------------


def _time_left(end: float) -> float:
    """Seconds until ``end``; ``TimeoutError`` once it has passed (no operation may start)."""
    left = end - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline passed")
    return left


def _connect(host: str, port: int, end: float) -> socket.socket:
    """A TCP connection by ``end``: each address tried gets only the time that is left.

    ``socket.create_connection`` gives every address the whole timeout again.
    """
    last: OSError | None = None
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(_time_left(end))
            sock.connect(address)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except TimeoutError:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"no address for {host}")


class _DeadlineReader(io.RawIOBase):
    """Receives from ``sock``, each receive allowed only the time left until ``end``."""

    def __init__(self, sock: socket.socket, end: float) -> None:
        super().__init__()
        self._sock = sock
        self._end = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self._sock.settimeout(_time_left(self._end))
        return self._sock.recv_into(buffer)


class _DeadlineSocket:
    """The part of a socket ``http.client`` uses, with every operation ending by ``end``.

    ``HTTPConnection`` only calls ``sendall`` and ``close``, ``HTTPResponse`` only
    ``makefile("rb")``. ``close`` does nothing because ``http.client`` closes the
    connection while the response is still being read (``Connection: close``); the
    request closes the real socket when it is done.
    """

    def __init__(self, sock: socket.socket, end: float) -> None:
        self._sock = sock
        self._end = end

    def sendall(self, data: Any) -> None:
        view = memoryview(data).cast("B")
        for start in range(0, len(view), _SEND_CHUNK):
            self._sock.settimeout(_time_left(self._end))
            self._sock.sendall(view[start : start + _SEND_CHUNK])

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self._sock, self._end))

    def close(self) -> None:
        pass


class _Proxy(NamedTuple):
    """An HTTP proxy from the environment."""

    url: str  # without credentials, for notes
    host: str
    port: int
    authorization: str | None  # a Proxy-Authorization header value


class _ProxyRefused(OSError):
    """The proxy did not open a tunnel; ``str()`` says how it answered."""


def _proxy_for(parts: urllib.parse.SplitResult) -> _Proxy | str | None:
    """The proxy ``urllib`` would use for the URL, a note why it can't be used, or ``None``."""
    host = parts.hostname or ""
    if _is_loopback(host):
        return None
    proxy_url = urllib.request.getproxies().get(parts.scheme)
    if not proxy_url or urllib.request.proxy_bypass(parts.netloc.rpartition("@")[2]):
        return None
    if "://" not in proxy_url:
        proxy_url = "http://" + proxy_url
    proxy = urllib.parse.urlsplit(proxy_url)
    try:
        port = proxy.port or (443 if proxy.scheme == "https" else 80)
    except ValueError:
        port = 0
    if proxy.scheme not in ("http", "https") or not proxy.hostname or not port:
        shown = f"{proxy.scheme}://{proxy.hostname or '?'}"  # never the password
        return f"cannot be reached through the proxy {shown} (only http proxies work)"
    authorization = None
    if proxy.username is not None:
        user = urllib.parse.unquote(proxy.username)
        password = urllib.parse.unquote(proxy.password or "")
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        authorization = f"Basic {token}"
    shown = f"{proxy.scheme}://{proxy.hostname}:{port}"
    return _Proxy(shown, proxy.hostname, port, authorization)


def _tunnel(sock: socket.socket, proxy: _Proxy, authority: str, end: float) -> None:
    """``CONNECT`` through ``proxy`` to ``host:port``, with the proxy's answer bounded too."""
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
    if proxy.authorization:
        lines.append(f"Proxy-Authorization: {proxy.authorization}")
    wrapped = _DeadlineSocket(sock, end)
    wrapped.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    # Unbuffered: a buffered reader could swallow the start of the TLS handshake.
    reader = _DeadlineReader(sock, end)
    status = _read_line(reader)
    fields = status.split(None, 2)
    if len(fields) < 2 or not fields[0].startswith(b"HTTP/") or fields[1] != b"200":
        shown = status.decode("latin-1").strip()[:100] or "nothing"
        raise _ProxyRefused(f"the proxy {proxy.url} answered {shown!r} to CONNECT")
    for _ in range(_MAX_HEADERS):
        line = _read_line(reader)
        if not line:
            raise _ProxyRefused(f"the proxy {proxy.url} closed the connection")
        if line in (b"\r\n", b"\n"):
            return
    raise _ProxyRefused(f"the proxy {proxy.url} sent more than {_MAX_HEADERS} header lines")


def _read_line(reader: _DeadlineReader) -> bytes:
    """One line, byte by byte (the proxy's answer is short); ``b""`` at the end."""
    line = bytearray()
    byte = bytearray(1)
    while len(line) < _MAX_LINE:
        if not reader.readinto(byte):
            break
        line += byte
        if byte == b"\n":
            break
    return bytes(line)


@dataclass(frozen=True, slots=True)
class _Budget:
    """When one call of the client must be over, and who set that time."""

    end: float  # time.monotonic() value
    ms: int  # its length, for notes
    callers: bool  # the caller's deadline, shorter than timeout_ms, set it


class LanguageToolClient:
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
    ):
        self.url = normalize_url(url)
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
        self._proxy = _proxy_for(parts)

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
        body = self._request("/v2/check", {"language": language, "text": text}, budget)
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

    def _request(self, path: str, form: dict[str, str] | None, budget: _Budget) -> Any:
        """One request, over by ``budget.end`` whatever the server does; the decoded JSON."""
        with self._lock:
            if time.monotonic() < self._down_until:
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
            connection.sock = _DeadlineSocket(sock, budget.end)  # type: ignore[assignment]
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
            raise self._timed_out(path, budget) from None
        except (OSError, ValueError) as exc:  # refused, reset, unknown host, TLS, proxy, ...
            raise self._down(f"unreachable ({_describe(exc)})") from None
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
        proxy = self._proxy if isinstance(self._proxy, _Proxy) else None
        host, port = (proxy.host, proxy.port) if proxy else (self._host, self._port)
        sock = _connect(host, port, end)
        try:
            if self._tls is not None:
                if proxy:
                    bracketed = f"[{self._host}]" if ":" in self._host else self._host
                    _tunnel(sock, proxy, f"{bracketed}:{self._port}", end)
                # One total timeout for the whole handshake (ssl counts it that way).
                sock.settimeout(_time_left(end))
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

    def _timed_out(self, path: str, budget: _Budget) -> LanguageToolUnavailable:
        if budget.callers:  # the caller was in a hurry: no back-off (module docstring)
            return LanguageToolUnavailable(
                self.url, f"did not answer before the caller's deadline ({budget.ms} ms)"
            )
        what = f"did not answer within {self.timeout_ms} ms"
        if path == "/v2/check":
            what += (
                " (a server loads each language on its first check: try again, or raise "
                "languagetool.timeout_ms)"
            )
        return self._down(what)

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


def _describe(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate not accepted: {reason.verify_message}"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error: {reason.reason or reason}"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or reason.__class__.__name__
