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

from chatwriter.cli_options import allow_outside_option, config_option, isolated_option

#: Seconds the one-shot hook waits past its time limit for the personal-data scan (which
#: comes after compiling the guides, a second or two on a cold machine).
SCAN_PATIENCE = 30.0


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
@allow_outside_option
def hook(
    timeout_ms: int | None,
    offsets: str,
    fail_closed: bool,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
) -> None:
    """Decide on one draft: JSON request on stdin, JSON decision on stdout (docs/hook.md)."""
    started = time.perf_counter()
    from chatwriter.hook import decode_json, partial_request

    state: dict[str, Any] = {}
    # Only cheap work happens here (reading JSON, finding the config and peeking at its
    # on_failure); validating, compiling guides and checking run in a worker thread that
    # we stop waiting for when the time is up, except for the personal-data scan.
    closed = fail_closed
    try:
        data = decode_json(sys.stdin.buffer.read())
        config_path = _config_path(config, isolated)
        closed = closed or _peek_on_failure(config_path) == "block"
    except Exception as exc:
        _fail(exc, None, closed, started)
    scanned = threading.Event()
    done = threading.Event()

    def work() -> None:
        try:
            from chatwriter.cli import make_linter
            from chatwriter.hook import Hook, parse_request

            request = parse_request(data, utf16=offsets == "utf16")
            state["request"] = request
            # The config is already resolved: isolated only stops a second search.
            linter = make_linter(
                request.message.locale, config_path, isolated=True, allow_outside=allow_outside
            )
            hook = Hook(linter)
            state["hook"] = hook
            state["private"] = private = hook.scan(request)
            scanned.set()
            deadline = None
            if timeout_ms:
                deadline = time.monotonic() + timeout_ms / 1000 - (time.perf_counter() - started)
            state["result"] = hook.decide(request, started, deadline=deadline, private=private)
        except BaseException as exc:  # reported by the main thread
            state["error"] = exc
        finally:
            scanned.set()
            done.set()

    threading.Thread(target=work, name="chatwriter-hook", daemon=True).start()
    remaining = None
    if timeout_ms:
        remaining = max(0.0, timeout_ms / 1000 - (time.perf_counter() - started))
    if not done.wait(remaining):
        why = f"the check took longer than {timeout_ms} ms"
        click.echo(f"chatwriter hook: timed out after {timeout_ms} ms", err=True)
        # Personal data is never waved through for want of time: the scan is bounded
        # (linear patterns over the raw text), so wait for it if compiling came first.
        scanned.wait(SCAN_PATIENCE)
        if "private" in state:
            from chatwriter.hook import TIMED_OUT

            hook = state["hook"]
            _answer(hook.incomplete(state["request"], state["private"], started, TIMED_OUT, why))
        if "error" not in state:
            from chatwriter.hook import failure_response

            request = state.get("request") or partial_request(data)
            _answer(failure_response(request, why, started, fail_closed=closed))
    if "error" in state:
        if "private" in state:
            # The check broke after the personal-data scan: answer from what it found.
            from chatwriter.hook import FAILED

            for line in _describe_error(state["error"]):
                click.echo(line, err=True)
            why = "the check failed"
            _answer(
                state["hook"].incomplete(state["request"], state["private"], started, FAILED, why)
            )
        _fail(state["error"], state.get("request"), closed, started)
    _answer(state["result"])


def _config_path(config: str | None, isolated: bool) -> str | None:
    """The config to use, found without importing the guide loader (and spaCy)."""
    if config is not None or isolated:
        return config
    from chatwriter.guide.discover import find_config

    skipped: list[str] = []
    found = find_config(skipped=skipped)
    for reason in skipped:
        click.echo(f"warning: {reason}", err=True)
    return str(found) if found else None


def _peek_on_failure(path: str | None) -> str | None:
    """policy.on_failure, read quickly so a timeout can honour it; the full, checked
    load happens in the worker (a broken config is reported there).

    Uses the guarded YAML loader (alias budget, depth limit) without the schema or
    spaCy: this runs before the time limit is armed, so a hostile config must not
    be able to stall or crash it. Never raises: any failure reads as "not set".
    """
    if path is None:
        return None
    try:
        from chatwriter.guide.yamlpos import load_located

        with open(path, encoding="utf-8") as handle:
            data = load_located(handle.read(), path).data
        on_failure = data["policy"]["on_failure"]
    except Exception:
        return None
    return on_failure if on_failure in ("allow", "block") else None


def _fail(error: BaseException, request: Any, closed: bool, started: float) -> None:
    from chatwriter.hook import HookRequestError, failure_response

    for line in _describe_error(error):
        click.echo(line, err=True)
    if closed:
        why = "the request was malformed" if isinstance(error, HookRequestError) else None
        why = why or ("the check could not run" if request is not None else "the check failed")
        _answer(failure_response(request, why, started, fail_closed=True))
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


def _answer(response: dict[str, Any]) -> None:
    from chatwriter.hook import dumps

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
    default_locale: str | None,
    fail_closed: bool,
    processes: int | None,
    cors_origins: tuple[str, ...],
    config: str | None,
    isolated: bool,
    allow_outside: bool,
) -> None:
    """Run the hook as a long-running worker: --stdio (JSON-RPC) or --http."""
    from chatwriter.cli import reports_errors

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
) -> None:
    from chatwriter.cli import make_linter
    from chatwriter.worker import Service, Worker

    linter = make_linter(None, config, isolated, allow_outside=allow_outside)
    service = Service(linter, timeout_ms=timeout_ms, fail_closed=fail_closed, processes=processes)
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
