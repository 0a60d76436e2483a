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

from chatwriter.server.app import DRAIN_LIMIT, App, create_app
from chatwriter.server.launch import app_from_env, log_setup, run
from chatwriter.server.middleware import AccessLog, LanguageToolCors
from chatwriter.server.options import OPTIONS_ENV, ServerOptions
from chatwriter.server.responses import HttpError

__all__ = [
    "DRAIN_LIMIT",
    "OPTIONS_ENV",
    "AccessLog",
    "App",
    "HttpError",
    "LanguageToolCors",
    "ServerOptions",
    "app_from_env",
    "create_app",
    "log_setup",
    "run",
]
