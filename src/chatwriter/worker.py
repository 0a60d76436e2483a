"""``chatwriter serve --stdio``: a long-running worker speaking JSON-RPC 2.0 over JSON lines.

One request per line on stdin, one response per line on stdout (batches, as arrays,
too); nothing else is ever written to stdout. Rules and pipelines are loaded once, at
start. Methods (params are always an object, by name):

- ``hook``: a hook request (docs/schema/hook-request.schema.json) -> a hook response
- ``check``: ``{text, locale, id?, conversation?, offsets?}`` -> a report
  (``{id, locale, findings, fixed}``, the shape of ``lint --format json``)
- ``rewrite``: ``{text, locale, unsafe?, register?}`` -> ``{text, changed, register?}``
  (``register``: ``formal`` or ``informal``, converted after the safe fixes)
- ``rules``: ``{locale?}`` -> ``[{id, kind, category, severity, message, locale, status}]``
- ``locales``: ``{}`` -> ``[{locale, name}]``
- ``ping``: -> ``"pong"``
- ``shutdown``: -> ``null``, then the worker exits 0 (so does end of input)

Errors use JSON-RPC's codes: -32700 parse error (not JSON, not UTF-8), -32600 invalid
request (not a JSON-RPC 2.0 request, or a line over the size limit), -32601 unknown
method, -32602 invalid params (wrong shape, unknown locale), -32603 internal error,
-32000 a check that ran out of time (``hook`` answers ``incomplete: true`` instead).

:class:`Service` (check, rewrite, hook and rules over one Linter, with a thread pool so
each request can be given up on in time) lives in ``chatwriter.service``, shared with the
HTTP server; it is importable from here too.
"""

from __future__ import annotations

import sys
from typing import IO, Any

from chatwriter.errors import ChatwriterError
from chatwriter.hook import HookRequestError, decode_json, dumps
from chatwriter.service import Service, ServiceTimeout, parse_rewrite

__all__ = [
    "INTERNAL_ERROR",
    "INVALID_PARAMS",
    "INVALID_REQUEST",
    "METHOD_NOT_FOUND",
    "PARSE_ERROR",
    "TIMED_OUT",
    "RpcError",
    "Service",
    "ServiceTimeout",
    "Worker",
    "parse_rewrite",
]

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
TIMED_OUT = -32000

DEFAULT_MAX_BYTES = 1_000_000


# -- JSON-RPC ------------------------------------------------------------------------------
class RpcError(Exception):
    def __init__(self, code: int, message: str, data: Any = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data


def _error(ident: Any, code: int, message: str, data: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return {"jsonrpc": "2.0", "error": err, "id": ident}


class Worker:
    """Reads JSON-RPC lines, answers each on one line; ``run`` until shutdown or EOF."""

    def __init__(self, service: Service, *, max_bytes: int = DEFAULT_MAX_BYTES):
        self.service = service
        self.max_bytes = max_bytes
        self.stopping = False
        self.methods = {
            "hook": self._hook,
            "check": self._check,
            "rewrite": self._rewrite,
            "rules": self._rules,
            "locales": self._locales,
            "ping": self._ping,
            "shutdown": self._shutdown,
        }

    # -- methods -------------------------------------------------------------------
    def _hook(self, params: dict[str, Any]) -> Any:
        return self.service.hook(params)

    def _check(self, params: dict[str, Any]) -> Any:
        return self.service.check(params)

    def _rewrite(self, params: dict[str, Any]) -> Any:
        return self.service.rewrite(params)

    def _rules(self, params: dict[str, Any]) -> Any:
        _only(params, {"locale"})
        return self.service.rules(params.get("locale"))

    def _locales(self, params: dict[str, Any]) -> Any:
        _only(params, set())
        return self.service.locales()

    def _ping(self, params: dict[str, Any]) -> Any:
        return "pong"

    def _shutdown(self, params: dict[str, Any]) -> Any:
        self.stopping = True
        return None

    # -- dispatch ------------------------------------------------------------------
    def handle_line(self, line: bytes) -> str | None:
        """The response line for one input line (None for notifications and blank lines)."""
        if not line.strip():
            return None
        try:
            data = decode_json(line, "the line")
        except HookRequestError as exc:
            return dumps(_error(None, PARSE_ERROR, "Parse error", exc.message))
        if isinstance(data, list):
            if not data:
                return dumps(_error(None, INVALID_REQUEST, "Invalid Request", "empty batch"))
            answers = [a for a in (self.handle(item) for item in data) if a is not None]
            return dumps(answers) if answers else None
        answer = self.handle(data)
        return dumps(answer) if answer is not None else None

    def handle(self, data: Any) -> dict[str, Any] | None:
        if not isinstance(data, dict):
            return _error(None, INVALID_REQUEST, "Invalid Request", "a request is a JSON object")
        ident = data.get("id")
        valid_id = ident is None or (isinstance(ident, (str, int)) and not isinstance(ident, bool))
        if data.get("jsonrpc") != "2.0" or not isinstance(data.get("method"), str) or not valid_id:
            return _error(
                ident if valid_id else None,
                INVALID_REQUEST,
                "Invalid Request",
                'send {"jsonrpc": "2.0", "method": ..., "params": {...}, "id": ...}',
            )
        notification = "id" not in data
        try:
            result = self.call(data["method"], data.get("params"))
        except RpcError as exc:
            return None if notification else _error(ident, exc.code, exc.message, exc.data)
        return None if notification else {"jsonrpc": "2.0", "result": result, "id": ident}

    def call(self, method: str, params: Any) -> Any:
        func = self.methods.get(method)
        if func is None:
            raise RpcError(
                METHOD_NOT_FOUND, "Method not found", f"methods: {', '.join(sorted(self.methods))}"
            )
        if params is None:
            params = {}
        if not isinstance(params, dict):
            raise RpcError(INVALID_PARAMS, "Invalid params", "params must be an object (by name)")
        try:
            return func(params)
        except HookRequestError as exc:
            raise RpcError(INVALID_PARAMS, "Invalid params", exc.message) from None
        except ChatwriterError as exc:
            raise RpcError(INVALID_PARAMS, "Invalid params", str(exc)) from None
        except ServiceTimeout:
            ms = round(self.service.timeout * 1000) if self.service.timeout else 0
            raise RpcError(TIMED_OUT, "Timed out", f"took longer than {ms} ms") from None
        except Exception as exc:  # never let one request take the worker down
            raise RpcError(INTERNAL_ERROR, "Internal error", type(exc).__name__) from None

    # -- loop ----------------------------------------------------------------------
    def read_line(self, stream: IO[bytes]) -> bytes | None:
        """One line, or b"" for an oversize line (drained); None at end of input."""
        line = stream.readline(self.max_bytes + 1)
        if not line:
            return None
        if len(line) > self.max_bytes and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(65536)
                if not rest or rest.endswith(b"\n"):
                    break
            return b""
        return line

    def run(self, stdin: IO[bytes] | None = None, stdout: IO[str] | None = None) -> int:
        stdin = stdin or sys.stdin.buffer
        stdout = stdout or sys.stdout
        while not self.stopping:
            line = self.read_line(stdin)
            if line is None:
                break
            if line == b"":
                answer = dumps(
                    _error(
                        None,
                        INVALID_REQUEST,
                        "Invalid Request",
                        f"request line longer than {self.max_bytes} bytes",
                    )
                )
            else:
                answer = self.handle_line(line)
            if answer is not None:
                stdout.write(answer + "\n")
                stdout.flush()
        self.service.close()
        return 0


def _only(params: dict[str, Any], allowed: set[str]) -> None:
    extra = sorted(set(params) - allowed)
    if extra:
        listing = ", ".join(sorted(allowed)) or "none"
        raise HookRequestError(f"unknown param '{extra[0]}'; allowed: {listing}")
