"""``chatwriter serve --http``: the hook and checks over HTTP (Starlette on uvicorn).

Install with the ``server`` extra. Endpoints (docs/hook.md, OpenAPI at /openapi.json):

- ``POST /v1/hook``, ``/v1/check``, ``/v1/rewrite``; ``GET /v1/rules``, ``/v1/locales``
- ``GET /healthz``
- ``GET /``: the playground page (playground.html; needs no token, its API calls do)
- ``POST``/``GET /v2/check``, ``GET /v2/languages``: LanguageTool-compatible, with CORS

A block is a 200 with ``decision: block``; 4xx only for malformed requests (400 not
JSON or not UTF-8, 413 over the body limit, 422 wrong shape or unknown locale, 408 a
body that does not arrive in time, 401 a missing or wrong bearer token). Request logs
carry method, route, status, size and time, never the query string, the body or any
text from it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from chatwriter import __version__
from chatwriter.environment import linter_from_environment
from chatwriter.errors import ChatwriterError
from chatwriter.hook import HookRequestError, decode_json, failure_response
from chatwriter.model import Message
from chatwriter.server import languagetool as lt
from chatwriter.server.openapi import document
from chatwriter.service import Service, ServiceTimeout, parse_rewrite

log = logging.getLogger("chatwriter.server")

OPTIONS_ENV = "CHATWRITER_SERVER_OPTIONS"
#: Bodies over the limit are read and dropped up to this many bytes, so the client gets
#: its 413 instead of a reset connection; beyond it the connection is closed.
DRAIN_LIMIT = 64 * 1024 * 1024


@dataclass(slots=True)
class ServerOptions:
    token: str | None = None
    timeout_ms: int = 2000
    max_body: int = 1_000_000
    read_timeout_s: float = 10.0
    locales: list[str] | None = None
    default_locale: str | None = None
    fail_closed: bool = False
    config: str | None = None
    isolated: bool = False
    allow_outside: bool = False  # the config's guides may lie outside its directory
    #: Lint processes (None: chatwriter.pool.default_size(); 0: threads, not stoppable).
    processes: int | None = None
    #: Origins allowed to call /v2 from a browser (CORS); /v1 is never open to pages.
    cors_origins: list[str] = field(default_factory=lambda: ["*"])


class HttpError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def _error_response(exc: HttpError) -> Response:
    return JSONResponse(
        {"error": {"code": exc.code, "message": exc.message}},
        status_code=exc.status,
        headers=exc.headers,
    )


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json")


# -- access log ---------------------------------------------------------------------------
class AccessLog:
    """ASGI middleware: one line per request with route, status, bytes and time only."""

    def __init__(self, app, known_paths: frozenset[str]):
        self.app = app
        self.known = known_paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 0, "bytes": 0}

        async def counting_send(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            elif message["type"] == "http.response.body":
                status["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            path = scope["path"] if scope["path"] in self.known else "<other>"
            log.info(
                "%s %s %d %dB %.1fms",
                scope["method"],
                path,
                status["code"],
                status["bytes"],
                (time.perf_counter() - started) * 1000,
            )


class LanguageToolCors:
    """CORS for ``/v2`` only: LanguageTool's browser clients call it from other origins.

    ``/v1`` (drafts, decisions, rewrites) answers no cross-origin request: a page on
    another site must not be able to use an agent's local chatwriter.
    """

    def __init__(self, app, origins: list[str]):
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["*"],
            max_age=600,
        )

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith("/v2/"):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


# -- the application ------------------------------------------------------------------------
class App:
    """Holds the Service and the options; its methods are the endpoints."""

    def __init__(self, options: ServerOptions, service: Service | None = None):
        self.options = options
        if service is None:
            linter = linter_from_environment(
                None, options.config, isolated=options.isolated, allow_outside=options.allow_outside
            )
            service = Service(
                linter,
                timeout_ms=options.timeout_ms,
                fail_closed=options.fail_closed,
                processes=options.processes,
            )
        self.service = service
        self.loaded = service.preload(options.locales)
        linter = service.linter
        self.default_locale = options.default_locale or linter.config.locale or linter.locale
        self._descriptions: dict[str, dict[str, str]] = {}

    # -- helpers ---------------------------------------------------------------------
    def authorize(self, request: Request, api_key: str | None = None) -> None:
        token = self.options.token
        if not token:
            return
        expected = token.encode("utf-8")
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode("utf-8", "replace"), expected
        ):
            return
        if api_key is not None and hmac.compare_digest(
            api_key.encode("utf-8", "replace"), expected
        ):
            return
        raise HttpError(
            401,
            "unauthorized",
            "send 'Authorization: Bearer <token>'",
            {"WWW-Authenticate": 'Bearer realm="chatwriter"'},
        )

    async def body(self, request: Request) -> bytes:
        limit = self.options.max_body
        declared = request.headers.get("content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                raise HttpError(400, "bad_request", "Content-Length is not a number") from None
            if size > limit:
                await self._drain(request, size)
                raise HttpError(413, "too_large", f"the body is over the {limit}-byte limit")
        chunks: list[bytes] = []
        total = 0

        async def read() -> None:
            nonlocal total
            async for chunk in request.stream():
                total += len(chunk)
                if total > limit:
                    raise HttpError(413, "too_large", f"the body is over the {limit}-byte limit")
                chunks.append(chunk)

        try:
            await asyncio.wait_for(read(), self.options.read_timeout_s)
        except asyncio.TimeoutError:
            raise HttpError(
                408, "timeout", f"the body did not arrive within {self.options.read_timeout_s} s"
            ) from None
        return b"".join(chunks)

    async def _drain(self, request: Request, size: int) -> None:
        if size > DRAIN_LIMIT:
            return

        async def drain() -> None:
            async for _ in request.stream():
                pass

        with contextlib.suppress(Exception):  # the 413 goes out anyway
            await asyncio.wait_for(drain(), self.options.read_timeout_s)

    async def blocking(self, func: Callable[..., Any], *args: Any) -> Any:
        """A short blocking call (rules, descriptions) in one of the Service's threads."""
        return await asyncio.get_running_loop().run_in_executor(self.service.pool, func, *args)

    async def json_request(self, request: Request) -> Any:
        self.authorize(request)
        raw = await self.body(request)
        try:
            return decode_json(raw)
        except HookRequestError as exc:
            raise HttpError(400, "invalid_json", exc.message) from None

    # -- /v1 -------------------------------------------------------------------------
    async def hook(self, request: Request) -> Response:
        started = time.perf_counter()
        data = await self.json_request(request)
        hook_request = _parsed(self.service.hook_request, data)
        try:
            result = await self.service.ahook_decision(hook_request, started)
        except ChatwriterError as exc:
            raise HttpError(422, "unknown_locale", str(exc)) from None
        except Exception as exc:
            log.error("hook failed: %s", type(exc).__name__)
            result = failure_response(
                hook_request, "the check failed", started, fail_closed=self.service.fail_closed
            )
        return _json(result)

    async def check(self, request: Request) -> Response:
        started = time.perf_counter()
        data = await self.json_request(request)
        hook_request = _parsed(self.service.hook_request, data)
        return _json(await self._guarded(self.service.acheck_request(hook_request, started)))

    async def rewrite(self, request: Request) -> Response:
        data = await self.json_request(request)
        _parsed(parse_rewrite, data)
        return _json(await self._guarded(self.service.arewrite(data)))

    async def _guarded(self, call: Awaitable[Any]) -> Any:
        try:
            return await call
        except ServiceTimeout:
            raise HttpError(503, "timeout", "the check did not finish in time") from None
        except ChatwriterError as exc:
            raise HttpError(422, "unknown_locale", str(exc)) from None

    async def rules(self, request: Request) -> Response:
        self.authorize(request)
        locale = request.query_params.get("locale") or self.default_locale
        try:
            rules = await self.blocking(self.service.rules, locale)
        except ChatwriterError as exc:
            raise HttpError(422, "unknown_locale", str(exc)) from None
        return _json({"locale": locale, "rules": rules})

    async def rule(self, request: Request) -> Response:
        """``GET /v1/rules/{id}?locale=``: why the rule exists, with its examples."""
        self.authorize(request)
        from chatwriter.explain import explain

        rule_id = request.path_params["rule_id"]
        locale = request.query_params.get("locale") or self.default_locale
        try:
            found = await self.blocking(explain, self.service.linter, rule_id, locale)
        except ChatwriterError as exc:
            raise HttpError(404, "unknown_rule", str(exc)) from None
        return _json(found.to_dict())

    async def locales(self, request: Request) -> Response:
        self.authorize(request)
        return _json({"locales": self.service.locales()})

    async def healthz(self, request: Request) -> Response:
        procs = self.service.procs
        body: dict[str, Any] = {"status": "ok", "version": __version__, "locales": self.loaded}
        if procs is not None:
            body["workers"] = {"processes": procs.size, "stopped": procs.stopped}
            if not procs.alive():
                body["status"] = "degraded"
        return _json(body)

    async def openapi(self, request: Request) -> Response:
        return _json(document())

    async def playground(self, request: Request) -> Response:
        # Static and without data, so it needs no token; its calls to /v1 carry one
        # when the person enters it (docs/hook.md, "Playground").
        body, headers = _playground()
        return HTMLResponse(body, headers=headers)

    # -- /v2 (LanguageTool) -------------------------------------------------------------
    async def lt_check(self, request: Request) -> Response:
        if request.method == "GET":
            params = dict(request.query_params)
        else:
            content_type = request.headers.get("content-type", "")
            if content_type.startswith("multipart/"):
                raise HttpError(
                    415,
                    "unsupported_media_type",
                    "send the form as application/x-www-form-urlencoded",
                )
            raw = await self.body(request)
            try:
                params = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            except UnicodeDecodeError:
                return PlainTextResponse("Error: the body is not valid UTF-8", status_code=400)
            params = {**dict(request.query_params), **params}
        self.authorize(request, params.get("apiKey"))
        try:
            lt_request = lt.parse_request(params)
            tag, confidence = lt.resolve_language(
                lt_request, self.service.linter.known_locales(), self.default_locale
            )
        except lt.LtError as exc:
            return PlainTextResponse(str(exc), status_code=400)
        message = Message(text=lt_request.plain, locale=tag)
        try:
            findings, incomplete = await self.service.alint_bounded(message, time.perf_counter())
        except ChatwriterError as exc:
            return PlainTextResponse(f"Error: {exc}", status_code=400)
        name = self._name(tag)
        return _json(
            lt.response(
                lt_request, tag, name, confidence, findings, self._rule_texts(tag), incomplete
            )
        )

    async def lt_languages(self, request: Request) -> Response:
        catalog = self.service.linter.catalog
        return _json(lt.languages([(t, catalog.locale_file(t).name) for t in catalog.known()]))

    def _name(self, tag: str) -> str:
        catalog = self.service.linter.catalog
        return catalog.locale_file(catalog.resolve(tag).covered_by).name

    def _rule_texts(self, tag: str) -> dict[str, str]:
        found = self._descriptions.get(tag)
        if found is None:
            compiled = self.service.linter.compiled(tag)
            found = {
                r.id: lt.rule_description(r.spec.description or r.spec.message)
                for r in compiled.rules
            }
            self._descriptions[tag] = found
        return found


_PLAYGROUND: tuple[str, dict[str, str]] | None = None


def _playground() -> tuple[str, dict[str, str]]:
    """The page and its headers: a CSP that admits only its own inline script and style
    (by hash) and calls to this server, so nothing else can run in or load into it."""
    global _PLAYGROUND
    if _PLAYGROUND is None:
        page = resources.files(__package__).joinpath("playground.html").read_text("utf-8")

        def hashes(tag: str) -> str:
            found = re.findall(rf"<{tag}>(.*?)</{tag}>", page, flags=re.S)
            digests = (hashlib.sha256(x.encode("utf-8")).digest() for x in found)
            return " ".join(f"'sha256-{base64.b64encode(d).decode('ascii')}'" for d in digests)

        csp = (
            f"default-src 'none'; script-src {hashes('script')}; style-src {hashes('style')}; "
            "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )
        _PLAYGROUND = (
            page,
            {
                "Content-Security-Policy": csp,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-cache",
            },
        )
    return _PLAYGROUND


def _parsed(parse: Callable[[Any], Any], data: Any) -> Any:
    try:
        return parse(data)
    except HookRequestError as exc:
        raise HttpError(422, "invalid_request", exc.message) from None


def _endpoint(func: Callable[[Request], Awaitable[Response]]):
    async def endpoint(request: Request) -> Response:
        try:
            return await func(request)
        except HttpError as exc:
            return _error_response(exc)
        except Exception as exc:
            log.error("internal error on %s: %s", request.url.path, type(exc).__name__)
            return _error_response(HttpError(500, "internal", "internal error; see server log"))

    return endpoint


def create_app(options: ServerOptions | None = None, service: Service | None = None) -> Starlette:
    """The ASGI application; rules and pipelines are loaded here, once."""
    options = options or ServerOptions()
    app = App(options, service)
    routes = [
        Route("/", _endpoint(app.playground), methods=["GET"]),
        Route("/v1/hook", _endpoint(app.hook), methods=["POST"]),
        Route("/v1/check", _endpoint(app.check), methods=["POST"]),
        Route("/v1/rewrite", _endpoint(app.rewrite), methods=["POST"]),
        Route("/v1/rules", _endpoint(app.rules), methods=["GET"]),
        Route("/v1/rules/{rule_id}", _endpoint(app.rule), methods=["GET"]),
        Route("/v1/locales", _endpoint(app.locales), methods=["GET"]),
        Route("/healthz", _endpoint(app.healthz), methods=["GET"]),
        Route("/openapi.json", _endpoint(app.openapi), methods=["GET"]),
        Route("/v2/check", _endpoint(app.lt_check), methods=["GET", "POST"]),
        Route("/v2/languages", _endpoint(app.lt_languages), methods=["GET"]),
    ]
    known = frozenset(r.path for r in routes)
    middleware = [Middleware(AccessLog, known_paths=known)]
    if options.cors_origins:
        middleware.append(Middleware(LanguageToolCors, origins=options.cors_origins))
    starlette = Starlette(routes=routes, middleware=middleware)
    starlette.state.chatwriter = app
    return starlette


def app_from_env() -> Starlette:
    """Factory for uvicorn's worker processes: options come from the environment."""
    _log_setup()
    raw = os.environ.get(OPTIONS_ENV)
    options = ServerOptions(**json.loads(raw)) if raw else ServerOptions()
    options.token = options.token or os.environ.get("CHATWRITER_TOKEN") or None
    return create_app(options)


def _log_setup() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


def run(
    *,
    host: str = "127.0.0.1",
    port: int = 8081,
    workers: int = 1,
    **kwargs: Any,
) -> None:
    options = ServerOptions(**kwargs)
    _log_setup()
    common = {
        "host": host,
        "port": port,
        "access_log": False,
        "timeout_graceful_shutdown": 10,
        "timeout_keep_alive": 5,
        "log_level": "info",
    }
    if workers > 1:
        env = asdict(options)
        env.pop("token")  # passed through CHATWRITER_TOKEN, not in the options blob
        os.environ[OPTIONS_ENV] = json.dumps(env)
        if options.token:
            os.environ["CHATWRITER_TOKEN"] = options.token
        _run_workers("chatwriter.server:app_from_env", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(options), **common)


class _NoDelayConfig(uvicorn.Config):
    """See _run_workers; module level so worker processes can unpickle it."""

    def bind_socket(self) -> socket.socket:
        sock = super().bind_socket()
        return socket.socket(fileno=sock.detach())


def _run_workers(app: str, **kwargs: Any) -> None:
    """uvicorn.run's multi-process path, with a listening socket that gets TCP_NODELAY.

    uvicorn creates the shared socket as ``socket.socket(family)`` (protocol 0), and
    asyncio only sets TCP_NODELAY on accepted sockets whose protocol is TCP: responses on
    kept-alive connections then wait ~40 ms for the client's delayed ACK. Re-wrapping
    the descriptor lets the kernel report the real protocol.
    """
    import inspect

    from uvicorn.supervisors import Multiprocess

    config = _NoDelayConfig(app, **kwargs)
    server = uvicorn.Server(config)
    sock = config.bind_socket()
    if "target" in inspect.signature(Multiprocess).parameters:  # uvicorn < 0.36
        Multiprocess(config, target=server.run, sockets=[sock]).run()
    else:
        Multiprocess(config, sockets=[sock]).run()
