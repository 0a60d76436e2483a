"""``chatwriter hook``: the pre-send hook on the command line, one draft per process.

It reads one JSON request on stdin and writes one JSON response on stdout; human text
goes to stderr. Exit 0 allow or warn, 1 block, 2 usage, configuration or internal
error (stdout then stays empty and callers let the message through), unless
``--fail-closed`` (or ``policy.on_failure: block``), which answers a block decision
instead. ``--timeout-ms`` answers ``incomplete: true`` in time: the work runs in a
worker thread and the answer is written when the time is up, whatever it is doing.

Nothing is imported at module level that ``--help`` does not need: the hook module when
the command runs, the Linter (spaCy, the guides) in the worker thread.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

import click

from chatwriter.cli.common import (
    allow_outside_option,
    config_option,
    isolated_option,
    make_linter,
    warn,
)

HOOK_EXAMPLES = """\b
Examples:
  echo '{"text":"Pls check ur settings!!!","locale":"en-US"}' | chatwriter hook
  echo '{"text":"Pls check ur settings!!!","locale":"en-US","fix":true}' \\
    | chatwriter hook --timeout-ms 500 --fail-closed
  echo '{"text":"Kannst du mir helfen?","locale":"de-DE","fix":true,"register":"formal"}' \\
    | chatwriter hook
"""

#: Seconds the one-shot hook waits past its time limit for the personal-data scan (which
#: comes after compiling the guides, a second or two on a cold machine).
SCAN_PATIENCE = 30.0


def _exit(code: int) -> None:
    """Flush and leave now, even if the worker thread is still busy (after a timeout)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@click.command("hook", epilog=HOOK_EXAMPLES)
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
    from chatwriter.environment import config_path

    return config_path(config, isolated, warn)


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
