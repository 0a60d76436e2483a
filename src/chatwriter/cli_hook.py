"""``chatwriter hook`` and ``chatwriter serve``: the pre-send hook's command-line transports.

``hook`` reads one JSON request on stdin and writes one JSON response on stdout; human
text goes to stderr. Exit 0 allow or warn, 1 block, 2 usage, configuration or internal
error (stdout then stays empty and callers let the message through), unless
``--fail-closed`` (or ``policy.on_failure: block``), which answers a block decision
instead. ``--timeout-ms`` answers ``incomplete: true`` in time: the work runs in a
worker thread and the answer is written when the time is up, whatever it is doing.

Nothing heavy is imported at module level; these commands are registered on the
``main`` group at the bottom of ``chatwriter.cli``.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

import click

from chatwriter.cli_options import config_option, isolated_option


def _exit(code: int) -> None:
    """Flush and leave now, even if the worker thread is still busy (after a timeout)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@click.command("hook")
@click.option(
    "--timeout-ms",
    type=click.IntRange(min=1),
    help="Answer within this many milliseconds; a check that has not finished answers "
    "incomplete: true with the policy's on_failure decision.",
)
@click.option(
    "--offsets",
    type=click.Choice(["str", "utf16"]),
    default="str",
    show_default=True,
    help="Offsets in findings: Python string indices or UTF-16 code units (JavaScript). "
    "A request's own 'offsets' wins.",
)
@click.option(
    "--fail-closed",
    is_flag=True,
    help="On errors and timeouts answer a block decision (exit 1) instead of exit 2 / allow.",
)
@config_option
@isolated_option
def hook(
    timeout_ms: int | None, offsets: str, fail_closed: bool, config: str | None, isolated: bool
) -> None:
    """Decide on one draft: JSON request on stdin, JSON decision on stdout (docs/hook.md)."""
    started = time.perf_counter()
    from chatwriter.hook import decode_json, dumps, failure_response, partial_request

    state: dict[str, Any] = {}
    # Only cheap work happens here (reading JSON, finding the config and peeking at its
    # on_failure); validating, compiling guides and checking run in a worker thread that
    # we stop waiting for when the time is up.
    closed = fail_closed
    try:
        data = decode_json(sys.stdin.buffer.read())
        config_path = _config_path(config, isolated)
        closed = closed or _peek_on_failure(config_path) == "block"
    except Exception as exc:
        _fail(exc, None, closed, started)
    done = threading.Event()

    def work() -> None:
        try:
            from chatwriter.cli import make_linter
            from chatwriter.hook import Hook, parse_request

            request = parse_request(data, utf16=offsets == "utf16")
            state["request"] = request
            # The config is already resolved: isolated only stops a second search.
            linter = make_linter(request.message.locale, config_path, isolated=True)
            state["result"] = Hook(linter).decide(request, started)
        except BaseException as exc:  # reported by the main thread
            state["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="chatwriter-hook", daemon=True).start()
    remaining = None
    if timeout_ms:
        remaining = max(0.0, timeout_ms / 1000 - (time.perf_counter() - started))
    if not done.wait(remaining):
        response = failure_response(
            state.get("request") or partial_request(data),
            f"the check took longer than {timeout_ms} ms",
            started,
            fail_closed=closed,
        )
        click.echo(f"chatwriter hook: timed out after {timeout_ms} ms", err=True)
        _answer(response, dumps)
    if "error" in state:
        _fail(state["error"], state.get("request"), closed, started)
    _answer(state["result"], dumps)


def _config_path(config: str | None, isolated: bool) -> str | None:
    """The config to use, found without importing the guide loader (and spaCy)."""
    if config is not None or isolated:
        return config
    from chatwriter.guide.discover import find_config

    found = find_config()
    return str(found) if found else None


def _peek_on_failure(path: str | None) -> str | None:
    """policy.on_failure, read quickly so a timeout can honour it; the full, checked
    load happens in the worker (a broken config is reported there)."""
    if path is None:
        return None
    import yaml

    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return str(data["policy"]["on_failure"])
    except Exception:
        return None


def _fail(error: BaseException, request: Any, closed: bool, started: float) -> None:
    from chatwriter.hook import HookRequestError, dumps, failure_response

    for line in _describe_error(error):
        click.echo(line, err=True)
    if closed:
        why = "the request was malformed" if isinstance(error, HookRequestError) else None
        why = why or ("the check could not run" if request is not None else "the check failed")
        _answer(failure_response(request, why, started, fail_closed=True), dumps)
    _exit(2)


def _describe_error(error: BaseException) -> list[str]:
    from chatwriter.errors import ChatwriterError, ConfigError
    from chatwriter.hook import HookRequestError

    if isinstance(error, HookRequestError):
        return [f"error: bad hook request: {error.message}"]
    if isinstance(error, ConfigError):
        return [str(p) for p in error.problems] + [
            f"error: {len(error.problems)} configuration problem(s)"
        ]
    if isinstance(error, ChatwriterError):
        return [f"error: {error}"]
    return [f"error: internal error ({type(error).__name__}); please report it"]


def _answer(response: dict[str, Any], dumps) -> None:
    click.echo(dumps(response))
    decision = response["decision"]
    if decision != "allow" or response.get("changed"):
        click.echo(f"chatwriter: {decision}: {response['reason']}", err=True)
    _exit(1 if decision == "block" else 0)


@click.command("serve")
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
    "--default-locale",
    help="Locale for LanguageTool requests with language=auto (default: config's, else en-US).",
)
@click.option("--fail-closed", is_flag=True, help="Timeouts and failures answer block.")
@config_option
@isolated_option
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
    default_locale: str | None,
    fail_closed: bool,
    config: str | None,
    isolated: bool,
) -> None:
    """Run the hook as a long-running worker: --stdio (JSON-RPC) or --http."""
    from chatwriter.cli import reports_errors

    if mode is None:
        raise click.UsageError("choose --stdio or --http")
    locales = [t.strip() for t in preload.split(",") if t.strip()] if preload else None

    @reports_errors
    def run() -> None:
        if mode == "stdio":
            _serve_stdio(timeout_ms, max_body, locales, fail_closed, config, isolated)
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
                default_locale=default_locale,
                fail_closed=fail_closed,
                config=config,
                isolated=isolated,
            )

    run()


def _serve_stdio(
    timeout_ms: int,
    max_body: int,
    locales: list[str] | None,
    fail_closed: bool,
    config: str | None,
    isolated: bool,
) -> None:
    from chatwriter.cli import make_linter
    from chatwriter.worker import Service, Worker

    service = Service(
        make_linter(None, config, isolated), timeout_ms=timeout_ms, fail_closed=fail_closed
    )
    loaded = service.preload(locales)
    click.echo(f"chatwriter worker ready: {', '.join(loaded)}", err=True)
    sys.exit(Worker(service, max_bytes=max_body).run())


def _serve_http(**options: Any) -> None:
    try:
        from chatwriter.server import run
    except ImportError as exc:
        click.echo(
            f"error: the HTTP server needs the 'server' extra ({exc.name} is missing); "
            "install it with: pip install 'chatwriter[server]'",
            err=True,
        )
        sys.exit(2)
    run(**options)
