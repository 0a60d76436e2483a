"""Worker processes with a real deadline: a stuck worker is stopped and replaced."""

from __future__ import annotations

import os
import time

import pytest

from chatwriter import pool
from chatwriter.errors import ChatwriterError
from chatwriter.pool import PoolTimeout, ProcessPool, RemoteError, WorkerFailed

pytestmark = pytest.mark.skipif(not pool.available(), reason="needs fork (Linux)")


def handler(op: str, args: tuple) -> object:
    if op == "echo":
        return (os.getpid(), *args)
    if op == "stuck":
        while True:  # never answers: only SIGKILL ends it
            time.sleep(1)
    if op == "bad":
        raise ChatwriterError("unknown locale 'xx'")
    raise ValueError("boom: 4111 1111 1111 1111")


@pytest.fixture
def one() -> ProcessPool:
    procs = ProcessPool(handler, size=1)
    yield procs
    procs.close()


def soon(seconds: float = 5.0) -> float:
    return time.monotonic() + seconds


def gone(pid: int) -> bool:
    """Whether the process has ended (SIGKILL is delivered asynchronously: wait a little)."""
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.01)
    return False


def test_answers_come_from_another_process(one: ProcessPool) -> None:
    pid, value = one.call("echo", ("hello",), soon())
    assert value == "hello" and pid != os.getpid()


def test_a_stuck_worker_is_stopped_at_the_deadline_and_replaced(one: ProcessPool) -> None:
    first, _ = one.call("echo", (None,), soon())
    with pytest.raises(PoolTimeout):
        one.call("stuck", (), time.monotonic() + 0.3)
    assert one.stopped == 1
    assert gone(first)  # the stuck process is killed, not left running
    # The pool has one worker: this answer proves it was replaced.
    second, value = one.call("echo", ("again",), soon())
    assert value == "again" and second != first


def test_errors_cross_without_their_text_unless_they_are_chatwriters(one: ProcessPool) -> None:
    with pytest.raises(RemoteError, match="unknown locale 'xx'"):
        one.call("bad", (), soon())
    with pytest.raises(WorkerFailed) as info:
        one.call("boom", (), soon())
    assert "4111" not in str(info.value)  # only the exception's type crosses
    assert one.call("echo", (1,), soon())[1] == 1  # the worker goes on


def test_a_busy_pool_times_out_in_the_queue(one: ProcessPool) -> None:
    import threading

    outcome: list[BaseException] = []

    def hold_the_only_worker() -> None:
        try:
            one.call("stuck", (), soon(1.0))
        except PoolTimeout as exc:
            outcome.append(exc)

    stuck = threading.Thread(target=hold_the_only_worker)
    stuck.start()
    time.sleep(0.2)  # the only worker is now busy
    with pytest.raises(PoolTimeout):
        one.call("echo", (), time.monotonic() + 0.2)
    stuck.join()
    assert len(outcome) == 1  # the stuck call timed out too
    assert one.call("echo", (2,), soon())[1] == 2


def test_close_stops_the_zygote() -> None:
    procs = ProcessPool(handler, size=1)
    assert procs.alive()
    procs.close()
    assert not procs.alive()


def test_an_event_loop_waits_without_threads(one: ProcessPool) -> None:
    import asyncio

    async def scenario() -> tuple[object, object]:
        one.use_asyncio()
        first = await one.acall("echo", ("a",), soon())
        with pytest.raises(PoolTimeout):
            await one.acall("stuck", (), time.monotonic() + 0.3)
        second = await one.acall("echo", ("b",), soon())
        return first, second

    first, second = asyncio.run(scenario())
    assert first[1] == "a" and second[1] == "b"  # type: ignore[index]
    assert first[0] != second[0] and one.stopped == 1  # type: ignore[index]
    with pytest.raises(AssertionError):
        one.call("echo", (), soon())  # one pool serves one kind of caller
