"""The checks every long-running transport offers, over one Linter compiled once.

:class:`Service` runs the hook, check, rewrite and rules operations for the JSON-RPC
worker (``chatwriter.worker``, ``serve --stdio``) and the HTTP server
(``chatwriter.server``): with a per-request time limit, in worker processes that are
stopped when they overrun (``chatwriter.pool``) or in threads, and with the
personal-data scan run first so its findings decide when the rest does not finish.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import time
from dataclasses import asdict, replace
from typing import Any, NamedTuple

from chatwriter import pool
from chatwriter.errors import ChatwriterError
from chatwriter.hook import (
    FAILED,
    Hook,
    HookRequest,
    HookRequestError,
    elapsed_ms,
    parse_request,
)
from chatwriter.hook import TIMED_OUT as LATE
from chatwriter.hook.conversion import REGISTERS, conversion_json, convert_register, warm
from chatwriter.linter import Linter
from chatwriter.model import Finding, Message
from chatwriter.policy import Policy
from chatwriter.pool import PoolTimeout, ProcessPool, RemoteError

log = logging.getLogger("chatwriter.worker")


class ServiceTimeout(Exception):
    """A check or rewrite did not finish within the per-request time limit."""


#: Share of the time limit left to the worker to answer after LanguageTool gives up
#: (at most this many seconds), so a slow grammar server gives a partial answer in time
#: instead of a stopped worker.
_ANSWER_MARGIN = 0.2


class Service:
    """Everything a transport needs, over one Linter (compiled once).

    The checks run in worker processes (``chatwriter.pool``) when the platform has them
    and ``processes`` is not 0: a check past its deadline is then stopped, whatever it
    is doing. With ``processes=0`` they run in threads, which cannot be stopped (a
    hostile draft holds the interpreter lock), so the deadline is only a wait.

    Personal data comes first either way: the hook scans for it in the calling thread
    before anything else (linear-time patterns, no parse) and keeps what it found when
    the full check times out or fails.
    """

    def __init__(
        self,
        linter: Linter,
        *,
        policy: Policy | None = None,
        timeout_ms: int | None = None,
        fail_closed: bool = False,
        threads: int = 4,
        processes: int | None = 0,
    ):
        """``processes``: 0 lints in threads; None picks ``pool.default_size()``."""
        self.linter = linter
        self.hooker = Hook(linter, policy)
        if fail_closed:  # --fail-closed wins over the config's policy
            self.hooker.policy = replace(self.hooker.policy, on_failure="block")
        self.timeout = timeout_ms / 1000 if timeout_ms else None
        self.fail_closed = self.hooker.policy.on_failure == "block"
        self.pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=threads, thread_name_prefix="chatwriter"
        )
        self.processes = processes
        self.procs: ProcessPool | None = None

    # -- loading -------------------------------------------------------------------
    def preload(self, locales: list[str] | None = None, *, register: bool = False) -> list[str]:
        """Compile locales (all known ones by default), warm them, start the workers.

        A long-running worker pays every deferred cost (regex compiles, the first fix)
        here, so the first real request is as fast as the rest; worker processes are
        forked after that, so they inherit it all. ``register``: the register
        conversion's tables too, for the languages of these locales (3-55 MB and up to
        half a second each, so only when asked: ``serve --preload-register``).
        """
        tags = locales or self.linter.known_locales()
        for tag in tags:
            self.linter.compiled(tag).warm()
            # A deadline already past: services (LanguageTool) are not asked, so a slow
            # grammar server neither delays the start nor gets marked down by it.
            self.linter.lint_message(Message("Warm-up.", tag), deadline=time.monotonic())
        if register:
            warm(self.linter.compiled(tag).tag for tag in tags)
        if self.processes != 0 and self.procs is None and pool.available():
            self.procs = ProcessPool(self._operate, self.processes)
        return tags

    # -- the operations (plain, blocking; in a worker process when there are some) ---------
    def hook_request(self, data: Any, *, utf16: bool = False) -> HookRequest:
        return parse_request(data, utf16=utf16)

    def check_parse(self, data: Any, *, utf16: bool = False) -> HookRequest:
        """A check request: the hook's, without ``register`` (a report has no text to
        convert; the hook and rewrite do it)."""
        request = parse_request(data, utf16=utf16)
        if request.register is not None:
            raise HookRequestError(
                "'register' is not used by check; send it to hook or rewrite, which answer "
                "the converted text"
            )
        return request

    def decide(
        self,
        request: HookRequest,
        started: float,
        deadline: float | None = None,
        private: list[Finding] | None = None,
    ) -> dict[str, Any]:
        return self.hooker.decide(request, started, deadline=deadline, private=private)

    def check_now(
        self, request: HookRequest, started: float, deadline: float | None = None
    ) -> dict[str, Any]:
        report = self.linter.lint_message(request.message, deadline=deadline, fix=True)
        out = self.linter.masked(report).to_dict(utf16=request.utf16)
        out["id"] = request.raw_id
        out["incomplete"] = bool(report.skipped)
        out["elapsed_ms"] = elapsed_ms(started)
        return out

    def rewrite_now(self, data: Any, deadline: float | None = None) -> dict[str, Any]:
        """Safe fixes, then the register conversion when one is asked for: the
        conversion is the last edit, so its remarks point into the answer's text."""
        text, locale, unsafe, register = parse_rewrite(data)
        fixed = self.linter.fix_message(Message(text=text, locale=locale), unsafe=unsafe)
        if register is None:
            return {"text": fixed, "changed": fixed != text}
        conversion = convert_register(fixed, self.linter.compiled(locale).tag, register)
        return {
            "text": conversion.text,
            "changed": conversion.text != text,
            "register": conversion_json(conversion),
        }

    def lint_now(
        self, message: Message, deadline: float | None = None
    ) -> tuple[str, list[Finding], list[str]]:
        """(locale, findings, skipped notes): a report as plain data, to cross processes."""
        report = self.linter.lint_message(message, deadline=deadline)
        return report.locale, report.findings, report.skipped

    def rules(self, locale: str | None = None) -> list[dict[str, Any]]:
        if locale is not None and not isinstance(locale, str):
            raise HookRequestError("'locale' must be a string")
        return [asdict(r) for r in self.linter.rules(locale)]

    def locales(self) -> list[dict[str, str]]:
        catalog = self.linter.catalog
        return [{"locale": t, "name": catalog.locale_file(t).name} for t in catalog.known()]

    def _operate(self, op: str, args: tuple[Any, ...]) -> Any:
        """The worker processes' entry point: one of the operations above, by name."""
        return getattr(self, _OPERATIONS[op])(*args)

    # -- with a deadline ---------------------------------------------------------------
    def deadline(self, started: float) -> float | None:
        """The ``time.monotonic()`` by which a request received at ``started`` (a
        ``time.perf_counter()``, as for ``elapsed_ms``) is answered."""
        if self.timeout is None:
            return None
        return time.monotonic() + self.timeout - (time.perf_counter() - started)

    def run(self, op: str, args: tuple[Any, ...], deadline: float | None) -> Any:
        """An operation in a worker process (stopped at the deadline) or a thread (given up
        on at the deadline); raises ServiceTimeout, or ChatwriterError from the check."""
        if self.procs is not None:
            try:
                return self.procs.call(op, args, deadline)
            except PoolTimeout:
                raise ServiceTimeout from None
            except RemoteError as exc:
                raise ChatwriterError(str(exc)) from None
        future = self.pool.submit(self._operate, op, args)
        try:
            remaining = None if deadline is None else max(deadline - time.monotonic(), 0)
            return future.result(timeout=remaining)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise ServiceTimeout from None

    def inner(self, deadline: float | None) -> float | None:
        """The deadline given to LanguageTool: a little before the request's own."""
        if deadline is None or self.timeout is None:
            return deadline
        return deadline - min(self.timeout * 0.1, _ANSWER_MARGIN)

    def hook_decision(self, request: HookRequest, started: float) -> dict[str, Any]:
        """The hook's answer by the deadline (the personal-data scan is never skipped)."""
        private = self.hooker.scan(request)  # raises ChatwriterError on an unknown locale
        deadline = self.deadline(started)
        try:
            return self.run("decide", (request, started, self.inner(deadline), private), deadline)
        except Exception as exc:
            return self._unfinished(request, private, started, exc)

    def _unfinished(
        self, request: HookRequest, private: list[Finding], started: float, exc: Exception
    ) -> dict[str, Any]:
        """The answer when the full check did not come back: from the personal data found
        first. chatwriter's own errors (an unknown locale) are the caller's to report."""
        if isinstance(exc, ChatwriterError):
            raise exc
        if isinstance(exc, ServiceTimeout):
            ms = round(self.timeout * 1000) if self.timeout else 0
            why = f"the check took longer than {ms} ms"
            return self.hooker.incomplete(request, private, started, LATE, why)
        # Never let one request take the transport down; the log names the type only.
        log.error("hook check failed: %s", type(exc).__name__)
        return self.hooker.incomplete(request, private, started, FAILED, "the check failed")

    def hook(self, data: Any, *, utf16: bool = False) -> dict[str, Any]:
        started = time.perf_counter()
        return self.hook_decision(self.hook_request(data, utf16=utf16), started)

    def check(self, data: Any, *, utf16: bool = False) -> dict[str, Any]:
        started = time.perf_counter()
        return self.check_request(self.check_parse(data, utf16=utf16), started)

    def check_request(self, request: HookRequest, started: float) -> dict[str, Any]:
        """The report of a parsed request; raises ServiceTimeout past the deadline."""
        deadline = self.deadline(started)
        return self.run("check", (request, started, self.inner(deadline)), deadline)

    def lint_bounded(self, message: Message, started: float) -> tuple[list[Finding], bool]:
        """(findings, incomplete) by the deadline: past it, the personal data found first."""
        private = self.linter.scan_private(message)
        deadline = self.deadline(started)
        try:
            _locale, findings, skipped = self.run("lint", (message, self.inner(deadline)), deadline)
        except ServiceTimeout:
            return private, True
        return findings, bool(skipped)

    def rewrite(self, data: Any) -> dict[str, Any]:
        parse_rewrite(data)  # shape errors before queueing
        deadline = self.deadline(time.perf_counter())
        return self.run("rewrite", (data, self.inner(deadline)), deadline)

    # -- the same, for an event loop (the HTTP service) ---------------------------------
    async def arun(self, op: str, args: tuple[Any, ...], deadline: float | None) -> Any:
        """``run`` without a thread waiting: the loop waits on the worker's socket (or on
        the thread of a Service without processes)."""
        if self.procs is not None:
            self.procs.use_asyncio()
            try:
                return await self.procs.acall(op, args, deadline)
            except PoolTimeout:
                raise ServiceTimeout from None
            except RemoteError as exc:
                raise ChatwriterError(str(exc)) from None
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.pool, self._operate, op, args)
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0)
        try:
            return await asyncio.wait_for(future, remaining)
        except asyncio.TimeoutError:
            raise ServiceTimeout from None

    async def ahook_decision(self, request: HookRequest, started: float) -> dict[str, Any]:
        """``hook_decision`` for an event loop; the personal-data scan runs inline (in a
        thread when its locale still has to be compiled, which takes a good fraction of a
        second)."""
        if self.linter.is_compiled(request.message.locale):
            private = self.hooker.scan(request)  # ChatwriterError on an unknown locale
        else:
            loop = asyncio.get_running_loop()
            private = await loop.run_in_executor(self.pool, self.hooker.scan, request)
        deadline = self.deadline(started)
        args = (request, started, self.inner(deadline), private)
        try:
            return await self.arun("decide", args, deadline)
        except Exception as exc:
            return self._unfinished(request, private, started, exc)

    async def acheck_request(self, request: HookRequest, started: float) -> dict[str, Any]:
        deadline = self.deadline(started)
        return await self.arun("check", (request, started, self.inner(deadline)), deadline)

    async def arewrite(self, data: Any) -> dict[str, Any]:
        parse_rewrite(data)
        deadline = self.deadline(time.perf_counter())
        return await self.arun("rewrite", (data, self.inner(deadline)), deadline)

    async def alint_bounded(self, message: Message, started: float) -> tuple[list[Finding], bool]:
        loop = asyncio.get_running_loop()
        private = await loop.run_in_executor(self.pool, self.linter.scan_private, message)
        deadline = self.deadline(started)
        try:
            _locale, findings, skipped = await self.arun(
                "lint", (message, self.inner(deadline)), deadline
            )
        except ServiceTimeout:
            return private, True
        return findings, bool(skipped)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self.procs is not None:
            self.procs.close()
            self.procs = None


_OPERATIONS = {
    "decide": "decide",
    "check": "check_now",
    "rewrite": "rewrite_now",
    "lint": "lint_now",
}


class RewriteRequest(NamedTuple):
    text: str
    locale: str
    unsafe: bool = False
    register: str | None = None  # "formal" or "informal": convert after the fixes


_REWRITE_FIELDS = ("locale", "register", "text", "unsafe")


def parse_rewrite(data: Any) -> RewriteRequest:
    if not isinstance(data, dict):
        raise HookRequestError("the request must be a JSON object with 'text' and 'locale'")
    extra = sorted(set(data) - set(_REWRITE_FIELDS))
    if extra:
        raise HookRequestError(f"unknown field '{extra[0]}'; allowed: {', '.join(_REWRITE_FIELDS)}")
    text, locale, unsafe = data.get("text"), data.get("locale"), data.get("unsafe", False)
    register = data.get("register")
    if not isinstance(text, str):
        raise HookRequestError("'text' is required and must be a string")
    if not isinstance(locale, str) or not locale:
        raise HookRequestError("'locale' is required and must be a non-empty string")
    if not isinstance(unsafe, bool):
        raise HookRequestError("'unsafe' must be true or false")
    if "register" in data and register not in REGISTERS:
        # in the words of the hook's request errors, for the same field
        raise HookRequestError(f"'register' must be one of {', '.join(map(json.dumps, REGISTERS))}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise HookRequestError("'text' contains an unpaired UTF-16 surrogate") from None
    return RewriteRequest(text, locale, unsafe, register)
