"""Starting the HTTP server: one process, or uvicorn's worker processes that build
the application from the environment (:func:`app_from_env`)."""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import asdict
from typing import Any

import uvicorn
from starlette.applications import Starlette

from chatwriter.server.app import create_app
from chatwriter.server.options import OPTIONS_ENV, ServerOptions


def app_from_env() -> Starlette:
    """Factory for uvicorn's worker processes: options come from the environment."""
    log_setup()
    raw = os.environ.get(OPTIONS_ENV)
    options = ServerOptions(**json.loads(raw)) if raw else ServerOptions()
    options.token = options.token or os.environ.get("CHATWRITER_TOKEN") or None
    return create_app(options)


def log_setup() -> None:
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
    log_setup()
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
