"""Sockets with a total deadline, for a client that must answer in time: connecting,
TLS, sending and every receive get only the time left, and an HTTP proxy from the
environment is used as ``urllib`` would use it (a ``CONNECT`` tunnel for https)."""

from __future__ import annotations

import base64
import io
import ipaddress
import socket
import ssl
import time
import urllib.parse
import urllib.request
from typing import Any, NamedTuple

#: Bytes sent per ``sendall``, so the time left is re-set often even on a slow reader.
SEND_CHUNK = 16 * 1024
#: Limits for a proxy's answer to ``CONNECT`` (http.client's own limits for the rest).
MAX_LINE = 65_536
MAX_HEADERS = 100


def is_loopback(host: str) -> bool:
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


def time_left(end: float) -> float:
    """Seconds until ``end``; ``TimeoutError`` once it has passed (no operation may start)."""
    left = end - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline passed")
    return left


def connect(host: str, port: int, end: float) -> socket.socket:
    """A TCP connection by ``end``: each address tried gets only the time that is left.

    ``socket.create_connection`` gives every address the whole timeout again.
    """
    last: OSError | None = None
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(time_left(end))
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


class DeadlineReader(io.RawIOBase):
    """Receives from ``sock``, each receive allowed only the time left until ``end``."""

    def __init__(self, sock: socket.socket, end: float) -> None:
        super().__init__()
        self._sock = sock
        self._end = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self._sock.settimeout(time_left(self._end))
        return self._sock.recv_into(buffer)


class DeadlineSocket:
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
        for start in range(0, len(view), SEND_CHUNK):
            self._sock.settimeout(time_left(self._end))
            self._sock.sendall(view[start : start + SEND_CHUNK])

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(DeadlineReader(self._sock, self._end))

    def close(self) -> None:
        pass


class Proxy(NamedTuple):
    """An HTTP proxy from the environment."""

    url: str  # without credentials, for notes
    host: str
    port: int
    authorization: str | None  # a Proxy-Authorization header value


class ProxyRefused(OSError):
    """The proxy did not open a tunnel; ``str()`` says how it answered."""


def proxy_for(parts: urllib.parse.SplitResult) -> Proxy | str | None:
    """The proxy ``urllib`` would use for the URL, a note why it can't be used, or ``None``."""
    host = parts.hostname or ""
    if is_loopback(host):
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
    return Proxy(shown, proxy.hostname, port, authorization)


def tunnel(sock: socket.socket, proxy: Proxy, authority: str, end: float) -> None:
    """``CONNECT`` through ``proxy`` to ``host:port``, with the proxy's answer bounded too."""
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
    if proxy.authorization:
        lines.append(f"Proxy-Authorization: {proxy.authorization}")
    wrapped = DeadlineSocket(sock, end)
    wrapped.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    # Unbuffered: a buffered reader could swallow the start of the TLS handshake.
    reader = DeadlineReader(sock, end)
    status = read_line(reader)
    fields = status.split(None, 2)
    if len(fields) < 2 or not fields[0].startswith(b"HTTP/") or fields[1] != b"200":
        shown = status.decode("latin-1").strip()[:100] or "nothing"
        raise ProxyRefused(f"the proxy {proxy.url} answered {shown!r} to CONNECT")
    for _ in range(MAX_HEADERS):
        line = read_line(reader)
        if not line:
            raise ProxyRefused(f"the proxy {proxy.url} closed the connection")
        if line in (b"\r\n", b"\n"):
            return
    raise ProxyRefused(f"the proxy {proxy.url} sent more than {MAX_HEADERS} header lines")


def read_line(reader: DeadlineReader) -> bytes:
    """One line, byte by byte (the proxy's answer is short); ``b""`` at the end."""
    line = bytearray()
    byte = bytearray(1)
    while len(line) < MAX_LINE:
        if not reader.readinto(byte):
            break
        line += byte
        if byte == b"\n":
            break
    return bytes(line)


def describe_error(reason: object) -> str:
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
