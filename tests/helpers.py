"""Shared helpers for tests: the installed console script, small builders and a real server."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def chatwriter_exe() -> str:
    """The console script installed next to this Python (not a CliRunner shortcut)."""
    candidate = Path(sys.executable).with_name("chatwriter")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("chatwriter")
    assert found, "the chatwriter console script is not installed"
    return found


#: Commands that leave the process themselves (os._exit after a timeout) or keep running:
#: always run as a real process.
_OWN_PROCESS = frozenset({"hook", "serve"})


def run_cli(
    *args: str, stdin: str | bytes = "", cwd: str | Path | None = None, process: bool = False
) -> subprocess.CompletedProcess[str]:
    """The CLI on ``args``: in-process through click's CliRunner (the same code, without
    the second of start-up each console script pays), or as the installed console script
    with ``process=True`` (and always for ``hook`` and ``serve``)."""
    if process or (args and args[0] in _OWN_PROCESS):
        return run_process(*args, stdin=stdin, cwd=cwd)
    from click.testing import CliRunner

    from chatwriter.cli import main

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    previous = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = CliRunner().invoke(main, list(args), input=data, env={"NO_COLOR": "1"})
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(
        ["chatwriter", *args],
        result.exit_code,
        result.stdout,
        result.stderr,
    )


def run_process(
    *args: str, stdin: str | bytes = "", cwd: str | Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed console script as a subprocess."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [chatwriter_exe(), *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", errors="replace"),
        proc.stderr.decode("utf-8", errors="replace"),
    )


# -- a real `chatwriter serve --http` on 127.0.0.1 (tests/test_server.py, test_playground.py, ...)
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`chatwriter serve --http` as a subprocess on a free loopback port, for real HTTP.

    Started with ``--isolated --locales en-US,en-GB`` plus ``extra``; waits until
    ``/healthz`` answers. Call :meth:`stop` (SIGTERM, graceful) and close ``log`` after.
    """

    def __init__(self, *extra: str):
        self.port = free_port()
        # lives as long as the server, closed in the fixture's teardown
        self.log = tempfile.NamedTemporaryFile(prefix="chatwriter-server-", suffix=".log")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                chatwriter_exe(),
                "serve",
                "--http",
                "--port",
                str(self.port),
                "--isolated",
                "--locales",
                "en-US,en-GB",
                *extra,
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if k != "CHATWRITER_TOKEN"},
        )
        deadline = time.monotonic() + 120
        while True:
            assert self.proc.poll() is None, self.log_text()
            try:
                if self.request("GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "server did not start\n" + self.log_text()
            time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return Path(self.log.name).read_text(encoding="utf-8", errors="replace")

    def request(
        self,
        method: str,
        path: str,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 30,
    ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            data = body.encode() if isinstance(body, str) else body
            conn.request(method, path, body=data, headers=headers or {})
            response = conn.getresponse()
            return (
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
            )
        finally:
            conn.close()

    def post_json(self, path: str, payload: object, **headers: str) -> tuple[int, object]:
        # Content-Type as `curl -d` sends it: the hook reads JSON whatever the label says.
        status, _, body = self.request(
            "POST",
            path,
            json.dumps(payload),
            {"Content-Type": "application/x-www-form-urlencoded", **headers},
        )
        return status, json.loads(body)

    def post_form(self, path: str, fields: dict[str, str], **headers: str):
        return self.request(
            "POST",
            path,
            urllib.parse.urlencode(fields),
            {"Content-Type": "application/x-www-form-urlencoded", **headers},
        )

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
                raise
        return self.proc.returncode


def serving(*args: str) -> Iterator[Server]:
    """A Server for a fixture (``yield from serving()``): stopped and its log closed after."""
    srv = Server(*args)
    try:
        yield srv
    finally:
        srv.stop()
        srv.log.close()


def load_tool(name: str) -> Any:
    """A script of tools/ imported as a module (tools/ is no package), e.g. gen_rule_docs."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, REPO / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


_REGISTER_PIPES: dict[str, Any] = {}


def register_of(text: str, locale: str) -> str:
    """The register analyser's label for a reply (formal, informal, mixed or none), on a
    blank tokenizer per language kept for the whole test process."""
    import spacy

    from chatwriter.nlp import BoundedTokenizer
    from chatwriter.register import analyse

    lang = locale.split("-")[0]
    pipe = _REGISTER_PIPES.get(lang)
    if pipe is None:
        pipe = _REGISTER_PIPES[lang] = BoundedTokenizer(spacy.blank(lang).tokenizer)
    return analyse(pipe(text), locale).register


def rule_ids(linter: Any, text: str, locale: str, part: str, conversation=()) -> list[str]:
    """Ids of the findings on ``text`` whose rule id contains ``part``."""
    report = linter.lint(text, locale, conversation=conversation)
    return [f.rule for f in report.findings if part in f.rule]


def amount_kind(settings: dict, lang: str = "en", **fields) -> Any:
    """An amount rule built from bare options, as a guide would declare it."""
    import spacy

    from chatwriter.rules.amount import AmountKind
    from chatwriter.rules.base import CompileEnv, RuleSpec, Severity

    spec = RuleSpec(
        id="t.amount",
        kind="amount",
        category="format",
        severity=Severity.WARNING,
        message="{match} -> {expected}",
        fields=fields,
        guide="t",
    )
    return AmountKind(spec, CompileEnv(nlp=spacy.blank(lang), settings=settings))
