"""The endpoints (:class:`App`, over one :class:`~chatwriter.service.Service`) and the
ASGI application that routes to them (:func:`create_app`)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import logging
import re
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from chatwriter import __version__
from chatwriter.environment import linter_from_environment
from chatwriter.errors import ChatwriterError
from chatwriter.explain import explain
from chatwriter.hook import HookRequestError, decode_json, failure_response
from chatwriter.model import Message
from chatwriter.server import lt_compat as lt
from chatwriter.server.middleware import AccessLog, LanguageToolCors
from chatwriter.server.openapi import document
from chatwriter.server.options import ServerOptions
from chatwriter.server.responses import HttpError, endpoint, json_response, parsed
from chatwriter.service import Service, ServiceTimeout, parse_rewrite

log = logging.getLogger("chatwriter.server")

#: Bodies over the limit are read and dropped up to this many bytes, so the client gets
#: its 413 instead of a reset connection; beyond it the connection is closed.
DRAIN_LIMIT = 64 * 1024 * 1024


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
        self.loaded = service.preload(options.locales, register=options.preload_register)
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
        hook_request = parsed(self.service.hook_request, data)
        try:
            result = await self.service.ahook_decision(hook_request, started)
        except ChatwriterError as exc:
            raise HttpError(422, "unknown_locale", str(exc)) from None
        except Exception as exc:
            log.error("hook failed: %s", type(exc).__name__)
            result = failure_response(
                hook_request, "the check failed", started, fail_closed=self.service.fail_closed
            )
        return json_response(result)

    async def check(self, request: Request) -> Response:
        started = time.perf_counter()
        data = await self.json_request(request)
        hook_request = parsed(self.service.check_parse, data)
        return json_response(
            await self._guarded(self.service.acheck_request(hook_request, started))
        )

    async def rewrite(self, request: Request) -> Response:
        data = await self.json_request(request)
        parsed(parse_rewrite, data)
        return json_response(await self._guarded(self.service.arewrite(data)))

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
        return json_response({"locale": locale, "rules": rules})

    async def rule(self, request: Request) -> Response:
        """``GET /v1/rules/{id}?locale=``: why the rule exists, with its examples."""
        self.authorize(request)
        rule_id = request.path_params["rule_id"]
        locale = request.query_params.get("locale") or self.default_locale
        try:
            found = await self.blocking(explain, self.service.linter, rule_id, locale)
        except ChatwriterError as exc:
            raise HttpError(404, "unknown_rule", str(exc)) from None
        return json_response(found.to_dict())

    async def locales(self, request: Request) -> Response:
        self.authorize(request)
        return json_response({"locales": self.service.locales()})

    async def healthz(self, request: Request) -> Response:
        procs = self.service.procs
        body: dict[str, Any] = {"status": "ok", "version": __version__, "locales": self.loaded}
        if procs is not None:
            body["workers"] = {"processes": procs.size, "stopped": procs.stopped}
            if not procs.alive():
                body["status"] = "degraded"
        return json_response(body)

    async def openapi(self, request: Request) -> Response:
        return json_response(document())

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
        return json_response(
            lt.response(
                lt_request, tag, name, confidence, findings, self._rule_texts(tag), incomplete
            )
        )

    async def lt_languages(self, request: Request) -> Response:
        catalog = self.service.linter.catalog
        return json_response(
            lt.languages([(t, catalog.locale_file(t).name) for t in catalog.known()])
        )

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


def create_app(options: ServerOptions | None = None, service: Service | None = None) -> Starlette:
    """The ASGI application; rules and pipelines are loaded here, once."""
    options = options or ServerOptions()
    app = App(options, service)
    routes = [
        Route("/", endpoint(app.playground), methods=["GET"]),
        Route("/v1/hook", endpoint(app.hook), methods=["POST"]),
        Route("/v1/check", endpoint(app.check), methods=["POST"]),
        Route("/v1/rewrite", endpoint(app.rewrite), methods=["POST"]),
        Route("/v1/rules", endpoint(app.rules), methods=["GET"]),
        Route("/v1/rules/{rule_id}", endpoint(app.rule), methods=["GET"]),
        Route("/v1/locales", endpoint(app.locales), methods=["GET"]),
        Route("/healthz", endpoint(app.healthz), methods=["GET"]),
        Route("/openapi.json", endpoint(app.openapi), methods=["GET"]),
        Route("/v2/check", endpoint(app.lt_check), methods=["GET", "POST"]),
        Route("/v2/languages", endpoint(app.lt_languages), methods=["GET"]),
    ]
    known = frozenset(r.path for r in routes)
    middleware = [Middleware(AccessLog, known_paths=known)]
    if options.cors_origins:
        middleware.append(Middleware(LanguageToolCors, origins=options.cors_origins))
    starlette = Starlette(routes=routes, middleware=middleware)
    starlette.state.chatwriter = app
    return starlette
