"""``chatwriter serve``: the hook and checks as a long-running worker, over JSON-RPC on
stdio (``chatwriter.worker``) or HTTP (``chatwriter.server``, the ``server`` extra)."""

from __future__ import annotations

import sys
from typing import Any

import click

from chatwriter.cli.common import (
    allow_outside_option,
    config_option,
    isolated_option,
    make_linter,
    reports_errors,
)

SERVE_EXAMPLES = """\b
Examples:
  chatwriter serve --stdio
  chatwriter serve --http --port 8081 --locales en-US,en-GB
  CHATWRITER_TOKEN=s3cret chatwriter serve --http --host 0.0.0.0
"""


@click.command("serve", epilog=SERVE_EXAMPLES)
@click.option("--stdio", "mode", flag_value="stdio", help="JSON-RPC 2.0 over JSON lines.")
@click.option("--http", "mode", flag_value="http", help="HTTP service (needs the server extra).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8081, show_default=True)
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="HTTP processes."
)
@click.option(
    "--token",
    envvar="CHATWRITER_TOKEN",
    help="Require 'Authorization: Bearer TOKEN' on /v1 and /v2 (env CHATWRITER_TOKEN).",
)
@click.option(
    "--timeout-ms",
    type=click.IntRange(min=1),
    default=2000,
    show_default=True,
    help="Per-request time limit; a hook that runs out answers incomplete: true.",
)
@click.option(
    "--max-body",
    type=click.IntRange(min=1024),
    default=1_000_000,
    show_default=True,
    help="Largest request body (HTTP, 413 above) or request line (stdio), in bytes.",
)
@click.option(
    "--read-timeout",
    "read_timeout_s",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds a client may take to send its request body (HTTP; 408 after).",
)
@click.option(
    "--locales",
    "preload",
    help="Comma-separated locales to load at start (default: all built-in locales).",
)
@click.option(
    "--preload-register",
    is_flag=True,
    help="Load the register conversion's tables at start, for the languages of the loaded "
    "locales (up to 55 MB and half a second each), so no 'register' request waits for them.",
)
@click.option(
    "--default-locale",
    help="Locale for LanguageTool requests with language=auto (default: config's, else en-US).",
)
@click.option("--fail-closed", is_flag=True, help="Timeouts and failures answer block.")
@click.option(
    "--processes",
    type=click.IntRange(min=0),
    default=None,
    help="Lint processes per server process, stopped and replaced when a check overruns "
    "its time limit (default: the number of CPUs, 2 to 4; 0: threads, which cannot be "
    "stopped).",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    help="Origin allowed to call /v2 from a browser (repeatable; default '*'; "
    "--cors-origin none turns CORS off). /v1 never allows other origins.",
)
@config_option
@isolated_option
@allow_outside_option
def serve(
    mode: str | None,
    host: str,
    port: int,
    workers: int,
    token: str | None,
    timeout_ms: int,
    max_body: int,
    read_timeout_s: float,
    preload: str | None,
    preload_register: bool,
    default_locale: str | None,
    fail_closed: bool,
    processes: int | None,
    cors_origins: tuple[str, ...],
    config: str | None,
    isolated: bool,
    allow_outside: bool,
) -> None:
    """Run the hook as a long-running worker: --stdio (JSON-RPC) or --http."""
    if mode is None:
        raise click.UsageError("choose --stdio or --http")
    locales = [t.strip() for t in preload.split(",") if t.strip()] if preload else None

    @reports_errors
    def run() -> None:
        if mode == "stdio":
            _serve_stdio(
                timeout_ms,
                max_body,
                locales,
                fail_closed,
                config,
                isolated,
                allow_outside,
                processes,
                preload_register,
            )
        else:
            _serve_http(
                host=host,
                port=port,
                workers=workers,
                token=token,
                timeout_ms=timeout_ms,
                max_body=max_body,
                read_timeout_s=read_timeout_s,
                locales=locales,
                preload_register=preload_register,
                default_locale=default_locale,
                fail_closed=fail_closed,
                config=config,
                isolated=isolated,
                allow_outside=allow_outside,
                processes=processes,
                cors_origins=_origins(cors_origins),
            )

    run()


def _origins(given: tuple[str, ...]) -> list[str]:
    """CORS origins for /v2: '*' unless given; 'none' alone turns CORS off."""
    if not given:
        return ["*"]
    if given == ("none",):
        return []
    return list(given)


def _serve_stdio(
    timeout_ms: int,
    max_body: int,
    locales: list[str] | None,
    fail_closed: bool,
    config: str | None,
    isolated: bool,
    allow_outside: bool = False,
    processes: int | None = None,
    preload_register: bool = False,
) -> None:
    from chatwriter.worker import Service, Worker

    linter = make_linter(None, config, isolated, allow_outside=allow_outside)
    service = Service(linter, timeout_ms=timeout_ms, fail_closed=fail_closed, processes=processes)
    loaded = service.preload(locales, register=preload_register)
    click.echo(f"chatwriter worker ready: {', '.join(loaded)}", err=True)
    sys.exit(Worker(service, max_bytes=max_body).run())


def _serve_http(**options: Any) -> None:
    try:
        from chatwriter.server import run
    except ImportError as exc:
        click.echo(
            f"error: the HTTP server needs the 'server' extra ({exc.name} is missing); "
            "install it from the chatwriter checkout with: pip install '.[server]'",
            err=True,
        )
        sys.exit(2)
    run(**options)
