"""Errors as HTTP answers: :class:`HttpError`, and the wrapper that turns it (or any
other exception, logged by type only) into a JSON error response."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from chatwriter.hook import HookRequestError

log = logging.getLogger("chatwriter.server")


class HttpError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_response(exc: HttpError) -> Response:
    return JSONResponse(
        {"error": {"code": exc.code, "message": exc.message}},
        status_code=exc.status,
        headers=exc.headers,
    )


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json")


def parsed(parse: Callable[[Any], Any], data: Any) -> Any:
    try:
        return parse(data)
    except HookRequestError as exc:
        raise HttpError(422, "invalid_request", exc.message) from None


def endpoint(func: Callable[[Request], Awaitable[Response]]):
    async def endpoint(request: Request) -> Response:
        try:
            return await func(request)
        except HttpError as exc:
            return error_response(exc)
        except Exception as exc:
            log.error("internal error on %s: %s", request.url.path, type(exc).__name__)
            return error_response(HttpError(500, "internal", "internal error; see server log"))

    return endpoint
