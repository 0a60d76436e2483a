"""``chatwriter serve --http`` in its own process, for benchmarks (benchmarks/hook.py)."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from .core import chatwriter_exe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HttpServer:
    """``chatwriter serve --http`` on a free loopback port, in its own process group."""

    def __init__(self, *extra: str):
        self.port = free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        env = {k: v for k, v in os.environ.items() if k != "CHATWRITER_TOKEN"}
        cmd = [chatwriter_exe(), "serve", "--http", "--host", "127.0.0.1"]
        cmd += ["--port", str(self.port), "--isolated", *extra]
        self.proc = subprocess.Popen(
            cmd, stdout=self.log, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        deadline = time.monotonic() + 180
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log_text()}")
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start:\n{self.log_text()}")
            time.sleep(0.2)

    def log_text(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")[-4000:]

    def get(self, path: str) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def tree(self) -> list[int]:
        """The server's pid and every descendant (the lint zygote and its workers)."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        found, frontier = [self.proc.pid], [self.proc.pid]
        while frontier:
            frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
            found += frontier
        return found

    def tree_pss_mb(self) -> float:
        """Proportional set size of the whole tree: pages the forked workers share with
        the server count once, split between them (RSS would count them in each)."""
        total = 0
        for pid in self.tree():
            try:
                text = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            for line in text.splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        return total / 1024

    def stop(self) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGTERM)
                try:
                    self.proc.wait(30)
                except subprocess.TimeoutExpired:
                    os.killpg(self.proc.pid, signal.SIGKILL)  # our own session only
                    self.proc.wait(10)
        finally:
            self.log.close()
