"""ASGI middleware: the access log (route, status, size and time only) and CORS for the
LanguageTool-compatible ``/v2`` alone."""

from __future__ import annotations

import logging
import time

from starlette.middleware.cors import CORSMiddleware

log = logging.getLogger("chatwriter.server")


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
