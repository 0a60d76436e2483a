"""Lint in worker processes that can be stopped, so a deadline is a deadline.

spaCy's tokenizer and the regex engines run in C without releasing the interpreter
lock; a thread that lints a hostile draft cannot be interrupted, and while it runs the
server answers nothing, not even ``/healthz``. So the long-running transports (the
HTTP service and the stdio worker) lint in separate processes, and a process that has
not answered by the deadline is killed and replaced.

Replacing must be cheap (milliseconds, not the second it takes to compile every guide)
and safe (a server process has threads, and ``fork`` from a threaded process copies
whatever locks other threads held). So the pool forks one *zygote* at start, while the
process is still single-threaded and the guides are compiled; the zygote does nothing
but fork workers on request and pass their socket (and, on Linux, a pidfd) back over a
Unix socket. Workers inherit the compiled Linter copy-on-write.

The protocol is private to this module: length-prefixed pickles over a socketpair,
between processes of one program (never a network socket).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import pickle
import queue
import signal
import socket
import stat
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chatwriter.errors import ChatwriterError

log = logging.getLogger("chatwriter.pool")

_HEADER = struct.Struct("!I")
#: A worker is replaced after this many requests (spaCy's string store only grows).
MAX_REQUESTS = 10_000


class PoolTimeout(Exception):
    """No answer by the deadline; the worker that had the request was stopped."""


class WorkerFailed(Exception):
    """The worker raised an exception that is not one of chatwriter's own errors."""


class RemoteError(Exception):
    """A chatwriter error raised in a worker (``str`` is its message, ``kind`` its type)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def available() -> bool:
    """Worker processes need ``fork`` and Unix sockets that carry descriptors."""
    return hasattr(os, "fork") and hasattr(socket, "send_fds") and sys.platform != "darwin"


def default_size() -> int:
    """Two at least (one stuck worker must not stop the rest), at most four."""
    return max(2, min(4, os.cpu_count() or 2))


# -- framing ------------------------------------------------------------------------------
def _frame(obj: Any) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def _send(sock: socket.socket, obj: Any) -> None:
    sock.sendall(_frame(obj))


class _Frame:
    """Bytes of one framed object as they arrive; most come in one receive."""

    __slots__ = ("data", "size")

    def __init__(self) -> None:
        self.data = bytearray()
        self.size: int | None = None

    def want(self) -> int:
        """How much to ask the socket for next."""
        return 1 << 16 if self.size is None else min(self.size - len(self.data), 1 << 20)

    def feed(self, chunk: bytes) -> bool:
        """Add what arrived; True once the object is whole."""
        if not chunk:
            raise EOFError
        self.data += chunk
        if self.size is None and len(self.data) >= _HEADER.size:
            (body,) = _HEADER.unpack_from(self.data)
            self.size = _HEADER.size + body
        return self.size is not None and len(self.data) >= self.size

    def value(self) -> Any:
        return pickle.loads(memoryview(self.data)[_HEADER.size :])


def _recv(sock: socket.socket, deadline: float | None = None) -> Any:
    """One framed object, by ``deadline`` (``TimeoutError`` past it)."""
    frame = _Frame()
    while True:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            sock.settimeout(remaining)
        if frame.feed(sock.recv(frame.want())):
            return frame.value()


async def _arecv(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> Any:
    """``_recv`` on a non-blocking socket, for the event loop (the caller bounds its time)."""
    frame = _Frame()
    while not frame.feed(await loop.sock_recv(sock, frame.want())):
        pass
    return frame.value()


# -- the processes ------------------------------------------------------------------------
def _quiet_child(keep: socket.socket) -> None:
    """In a forked helper: no Ctrl-C of its own, no stdin/stdout, no inherited sockets.

    stdout belongs to the stdio transport's protocol and stdin to its requests; a
    listening socket inherited from the server must not outlive the server.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    keep_fd = keep.fileno()
    for name in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else ():
        fd = int(name)
        if fd <= 2 or fd == keep_fd:
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)


def _serve(sock: socket.socket, handler: Callable[[str, tuple[Any, ...]], Any]) -> None:
    """A worker's life: one request at a time until the pool closes its end."""
    while True:
        try:
            op, args = _recv(sock)
        except (EOFError, OSError):
            os._exit(0)
        try:
            answer: tuple[str, Any] = ("ok", handler(op, args))
        except Exception as exc:
            if isinstance(exc, ChatwriterError):
                answer = ("chatwriter", (type(exc).__name__, str(exc)))
            else:
                answer = ("failed", type(exc).__name__)
        try:
            _send(sock, answer)
        except OSError:
            os._exit(0)


def _zygote(control: socket.socket, handler: Callable[[str, tuple[Any, ...]], Any]) -> None:
    """Fork a worker per request on ``control``; exit when the pool closes it."""
    _quiet_child(control)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the kernel
    while True:
        try:
            command = control.recv(16)
        except OSError:
            os._exit(0)
        if command != b"spawn":
            os._exit(0)
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:
            control.close()
            theirs.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            _serve(mine, handler)
            os._exit(0)
        mine.close()
        fds = [theirs.fileno()]
        pidfd = -1
        if hasattr(os, "pidfd_open"):
            with contextlib.suppress(OSError):
                pidfd = os.pidfd_open(pid)
                fds.append(pidfd)
        try:
            socket.send_fds(control, [struct.pack("!q", pid)], fds)
        except OSError:
            os._exit(0)
        finally:
            theirs.close()
            if pidfd >= 0:
                os.close(pidfd)


@dataclass(slots=True)
class _Worker:
    sock: socket.socket
    pid: int
    pidfd: int
    served: int = 0

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            if self.pidfd >= 0:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            else:
                os.kill(self.pid, signal.SIGKILL)
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        if self.pidfd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.pidfd)
            self.pidfd = -1


class ProcessPool:
    """``size`` worker processes running ``handler(op, args)``; ``call`` waits until a
    deadline and stops the worker that missed it.

    Create it in a single-threaded process after the work the workers share (compiling
    guides) is done: the zygote is forked in the constructor.
    """

    def __init__(self, handler: Callable[[str, tuple[Any, ...]], Any], size: int | None = None):
        if not available():
            raise RuntimeError("worker processes need fork and Unix sockets (Linux)")
        self.size = size or default_size()
        self.stopped = 0  # workers killed for missing a deadline (for /healthz and tests)
        self._idle: queue.Queue[_Worker] | asyncio.Queue[_Worker] = queue.Queue()
        self.asynchronous = False
        self._lock = threading.Lock()
        self._closed = False
        control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        # What the workers will share is frozen out of the collector's reach, so their
        # collections do not write to (and copy) the parent's pages.
        gc.collect()
        gc.freeze()
        pid = os.fork()
        if pid == 0:
            control.close()
            _zygote(theirs, handler)
            os._exit(0)
        gc.unfreeze()
        theirs.close()
        self._control = control
        self._zygote_pid = pid
        for _ in range(self.size):
            self._idle.put(self._spawn())

    # -- public ----------------------------------------------------------------------
    def call(self, op: str, args: tuple[Any, ...], deadline: float | None) -> Any:
        """Run ``op`` in a worker; raises PoolTimeout at ``deadline`` (a ``time.monotonic``
        value; None waits as long as it takes), RemoteError for chatwriter's own errors,
        WorkerFailed otherwise."""
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
        assert isinstance(self._idle, queue.Queue), "this pool serves an event loop: use acall"
        try:
            worker = self._idle.get(timeout=remaining)
        except queue.Empty:
            raise PoolTimeout from None
        try:
            worker.sock.settimeout(None if deadline is None else max(remaining or 0.0, 0.001))
            _send(worker.sock, (op, args))
            status, value = _recv(worker.sock, deadline)
        except TimeoutError:
            raise self._lost(worker, late=True) from None
        except (EOFError, OSError, pickle.UnpicklingError):
            raise self._lost(worker, late=False) from None
        return self._done(worker, status, value)

    def use_asyncio(self) -> None:
        """Serve an event loop from now on (``acall``; ``call`` is then refused): the idle
        workers move to an ``asyncio.Queue`` and their sockets stop blocking."""
        if self.asynchronous:
            return
        idle: asyncio.Queue[_Worker] = asyncio.Queue()
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            worker.sock.setblocking(False)
            idle.put_nowait(worker)
        self._idle = idle
        self.asynchronous = True

    async def acall(self, op: str, args: tuple[Any, ...], deadline: float | None) -> Any:
        """``call`` for an event loop: no thread waits, the loop does (call ``use_asyncio``
        first, from the loop's thread)."""
        assert isinstance(self._idle, asyncio.Queue), "call use_asyncio() first"
        loop = asyncio.get_running_loop()
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
        try:
            worker = await asyncio.wait_for(self._idle.get(), remaining)
        except asyncio.TimeoutError:
            raise PoolTimeout from None
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)

        async def roundtrip() -> Any:
            await loop.sock_sendall(worker.sock, _frame((op, args)))
            return await _arecv(loop, worker.sock)

        try:
            status, value = await asyncio.wait_for(roundtrip(), remaining)
        except asyncio.TimeoutError:
            raise self._lost(worker, late=True) from None
        except (EOFError, OSError, pickle.UnpicklingError):
            raise self._lost(worker, late=False) from None
        return self._done(worker, status, value)

    def _lost(self, worker: _Worker, *, late: bool) -> Exception:
        """A worker that missed its deadline (killed) or ended: replaced; the error to raise."""
        if late:
            self.stopped += 1
        self._replace(worker)
        return PoolTimeout() if late else WorkerFailed("the worker process ended")

    def _done(self, worker: _Worker, status: str, value: Any) -> Any:
        worker.served += 1
        if worker.served >= MAX_REQUESTS:
            self._replace(worker, kill=False)
        else:
            self._idle.put_nowait(worker)
        if status == "ok":
            return value
        if status == "chatwriter":
            raise RemoteError(*value)
        raise WorkerFailed(value)

    def alive(self) -> bool:
        """Whether the zygote still answers (workers can be replaced)."""
        try:
            os.kill(self._zygote_pid, 0)
        except OSError:
            return False
        return not self._closed

    def close(self) -> None:
        """Stop the zygote and every idle worker (busy ones end with their socket)."""
        self._closed = True
        with contextlib.suppress(OSError):
            self._control.close()
        while True:
            try:
                self._idle.get_nowait().kill()
            except (queue.Empty, asyncio.QueueEmpty):
                break
        with contextlib.suppress(OSError, ChildProcessError):
            os.waitpid(self._zygote_pid, 0)

    # -- internals -------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        with self._lock:
            self._control.sendall(b"spawn")
            msg, fds, _flags, _addr = socket.recv_fds(self._control, 64, 2)
        if not fds:
            raise WorkerFailed("the zygote did not start a worker")
        (pid,) = struct.unpack("!q", msg)
        sock = socket.socket(fileno=fds[0])
        return _Worker(sock=sock, pid=pid, pidfd=fds[1] if len(fds) > 1 else -1)

    def _replace(self, worker: _Worker, kill: bool = True) -> None:
        if kill:
            worker.kill()
        else:
            worker.close()
        if self._closed:
            return
        try:
            fresh = self._spawn()
            fresh.sock.setblocking(not self.asynchronous)
            self._idle.put_nowait(fresh)
        except (OSError, WorkerFailed) as exc:
            log.error("could not start a lint worker: %s", type(exc).__name__)
