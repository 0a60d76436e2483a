"""``chatwriter serve --stdio``: JSON-RPC 2.0 over JSON lines, as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import queue
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from jsonschema import Draft202012Validator

from chatwriter import Linter
from chatwriter.hook import response_schema
from chatwriter.worker import (
    INVALID_PARAMS,
    INVALID_REQUEST,
    METHOD_NOT_FOUND,
    PARSE_ERROR,
    TIMED_OUT,
    Service,
    Worker,
)
from tests.helpers import chatwriter_exe

RESPONSE = Draft202012Validator(response_schema())
MAX_BYTES = 4096


class Proc:
    """A running worker: write lines, read answer lines with a deadline."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [
                chatwriter_exe(),
                "serve",
                "--stdio",
                "--isolated",
                "--locales",
                "en-US,en-GB",
                "--max-body",
                str(MAX_BYTES),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "NO_COLOR": "1"},
        )
        self.lines: queue.Queue[bytes] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(b"")

    def send(self, raw: bytes | str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(raw.encode() if isinstance(raw, str) else raw)
        self.proc.stdin.flush()

    def read(self, timeout: float = 60) -> object:
        line = self.lines.get(timeout=timeout)
        assert line, "the worker closed stdout"
        assert line.endswith(b"\n")
        return json.loads(line)

    def call(self, method: str, params: object = None, ident: int = 1) -> dict:
        request: dict = {"jsonrpc": "2.0", "method": method, "id": ident}
        if params is not None:
            request["params"] = params
        self.send(json.dumps(request) + "\n")
        answer = self.read()
        assert isinstance(answer, dict) and answer["id"] == ident and answer["jsonrpc"] == "2.0"
        return answer


@pytest.fixture(scope="module")
def worker() -> Iterator[Proc]:
    proc = Proc()
    try:
        assert proc.call("ping")["result"] == "pong"
        yield proc
    finally:
        if proc.proc.poll() is None:
            proc.proc.kill()
        proc.proc.wait(10)


def test_hook_method(worker: Proc) -> None:
    answer = worker.call(
        "hook", {"text": "My card is 4111 1111 1111 1111", "locale": "en-US", "id": "m1"}, 2
    )
    result = answer["result"]
    RESPONSE.validate(result)
    assert result["decision"] == "block" and result["id"] == "m1"
    assert "4111" not in result["reason"]
    fixed = worker.call(
        "hook", {"text": "Pls check ur settings!!!", "locale": "en-US", "fix": True}
    )
    assert fixed["result"]["text"] == "Please check your settings!"


def test_check_rewrite_rules_locales(worker: Proc) -> None:
    report = worker.call(
        "check", {"text": "😀 What color is it?", "locale": "en-GB", "offsets": "utf16"}
    )
    finding = report["result"]["findings"][0]
    assert finding["rule"] == "en.spelling-gb.american-spelling"
    assert (finding["start"], finding["end"]) == (8, 13)
    assert report["result"]["fixed"] == "😀 What colour is it?"
    rewrite = worker.call("rewrite", {"text": "What color is it?", "locale": "en-GB"})
    assert rewrite["result"] == {"text": "What colour is it?", "changed": True}
    rules = worker.call("rules", {"locale": "en-GB"})["result"]
    assert any(r["id"] == "en.spelling-gb.american-spelling" for r in rules)
    assert {"locale": "en-GB", "name": "English (United Kingdom)"} in worker.call("locales")[
        "result"
    ]


def test_errors_have_json_rpc_codes(worker: Proc) -> None:
    worker.send("this is not json\n")
    answer = worker.read()
    assert answer["error"]["code"] == PARSE_ERROR and answer["id"] is None
    worker.send(b'{"jsonrpc": "2.0", "method": "ping", "id": "caf\xe9"}\n')
    assert worker.read()["error"]["code"] == PARSE_ERROR
    worker.send('{"method": "ping", "id": 5}\n')
    assert worker.read()["error"]["code"] == INVALID_REQUEST
    assert worker.call("nope", {}, 6)["error"]["code"] == METHOD_NOT_FOUND
    missing = worker.call("hook", {"text": "Hi"}, 7)["error"]
    assert missing["code"] == INVALID_PARAMS and "missing 'locale'" in missing["data"]
    unknown = worker.call("hook", {"text": "Hi", "locale": "xx-QQ"}, 8)["error"]
    assert unknown["code"] == INVALID_PARAMS and "unknown locale" in unknown["data"]
    positional = worker.call("check", ["Hi", "en-US"], 9)["error"]
    assert positional["code"] == INVALID_PARAMS
    assert worker.call("ping", None, 10)["result"] == "pong"  # still serving


def test_oversize_line_is_refused_and_the_worker_goes_on(worker: Proc) -> None:
    big = json.dumps(
        {
            "jsonrpc": "2.0",
            "method": "check",
            "params": {"text": "a" * 10_000, "locale": "en-US"},
            "id": 1,
        }
    )
    worker.send(big + "\n")
    answer = worker.read()
    assert answer["error"]["code"] == INVALID_REQUEST
    assert f"{MAX_BYTES} bytes" in answer["error"]["data"]
    assert worker.call("ping", None, 2)["result"] == "pong"


def test_nested_json_is_a_parse_error_and_the_worker_goes_on(worker: Proc) -> None:
    # One line, nested deeper than Python's parser can recurse: it used to end the worker.
    params = '{"text": "Hi", "locale": "en-US", "conversation": ' + "[" * 1_500 + "]" * 1_500
    worker.send('{"jsonrpc": "2.0", "method": "hook", "id": 1, "params": ' + params + "}}\n")
    answer = worker.read()
    assert answer["error"]["code"] == PARSE_ERROR
    assert "nests deeper than 32 levels" in answer["error"]["data"]
    assert worker.call("ping", None, 2)["result"] == "pong"


def test_batches_and_notifications(worker: Proc) -> None:
    worker.send(
        json.dumps(
            [
                {"jsonrpc": "2.0", "method": "ping", "id": 1},
                {"jsonrpc": "2.0", "method": "ping"},  # notification: no answer
                {"jsonrpc": "2.0", "method": "nope", "id": 2},
            ]
        )
        + "\n"
    )
    answers = worker.read()
    assert isinstance(answers, list) and len(answers) == 2
    assert answers[0]["result"] == "pong" and answers[1]["error"]["code"] == METHOD_NOT_FOUND
    worker.send("[]\n")
    assert worker.read()["error"]["code"] == INVALID_REQUEST
    worker.send('{"jsonrpc": "2.0", "method": "ping"}\n')
    assert worker.call("ping", None, 3)["result"] == "pong"  # the notification wrote nothing


@pytest.mark.slow  # a fault test: it waits out a timeout (.ci/run runs the slow tier)
def test_shutdown_exits_cleanly() -> None:
    proc = Proc()
    try:
        assert proc.call("ping")["result"] == "pong"
        assert proc.call("shutdown", None, 2)["result"] is None
        assert proc.proc.wait(20) == 0
    finally:
        if proc.proc.poll() is None:
            proc.proc.kill()


def test_latency_of_a_warm_worker(worker: Proc) -> None:
    """Not a benchmark (benchmarks/ holds those): a warm worker answers in milliseconds."""
    request = {"text": "Pls check ur settings!!!", "locale": "en-US"}
    worker.call("hook", request)
    started = time.perf_counter()
    for i in range(50):
        assert worker.call("hook", request, i)["result"]["decision"] == "warn"
    assert (time.perf_counter() - started) / 50 < 0.5


# -- in-process: time limits ------------------------------------------------------------
class SlowService(Service):
    def decide(self, request, started, deadline=None, private=None):
        time.sleep(0.5)
        return super().decide(request, started, deadline, private)

    def check_now(self, request, started, deadline=None):
        time.sleep(0.5)
        return super().check_now(request, started, deadline)


def run_lines(service: Service, *requests: dict) -> list[dict]:
    out = io.StringIO()
    data = "".join(json.dumps(r) + "\n" for r in requests).encode()
    assert Worker(service).run(io.BytesIO(data), out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_timeout_answers_incomplete_hook_and_times_out_check(linter_us: Linter) -> None:
    service = SlowService(linter_us, timeout_ms=50)
    hook, check = run_lines(
        service,
        {"jsonrpc": "2.0", "method": "hook", "params": {"text": "Hi", "locale": "en-US"}, "id": 1},
        {"jsonrpc": "2.0", "method": "check", "params": {"text": "Hi", "locale": "en-US"}, "id": 2},
    )
    RESPONSE.validate(hook["result"])
    assert hook["result"]["incomplete"] is True and hook["result"]["decision"] == "allow"
    assert check["error"]["code"] == TIMED_OUT


def test_fail_closed_service_blocks_on_timeout(linter_us: Linter) -> None:
    service = SlowService(linter_us, timeout_ms=50, fail_closed=True)
    (hook,) = run_lines(
        service,
        {"jsonrpc": "2.0", "method": "hook", "params": {"text": "Hi", "locale": "en-US"}, "id": 1},
    )
    assert hook["result"]["decision"] == "block" and hook["result"]["incomplete"] is True


def test_internal_errors_do_not_stop_the_worker(linter_us: Linter) -> None:
    class Broken(Service):
        def decide(self, request, started, deadline=None, private=None):
            raise RuntimeError("boom: My card is 4111 1111 1111 1111")

    def hook(text: str, ident: int) -> dict:
        params = {"text": text, "locale": "en-US"}
        return {"jsonrpc": "2.0", "method": "hook", "params": params, "id": ident}

    broken, card, pong = run_lines(
        Broken(linter_us),
        hook("Hi", 1),
        hook("My card is 4111 1111 1111 1111", 2),
        {"jsonrpc": "2.0", "method": "ping", "id": 3},
    )
    # The full check failed: an incomplete answer (fail-open), not a crash of the worker.
    assert broken["result"]["status"] == "failed" and broken["result"]["decision"] == "allow"
    assert "boom" not in json.dumps(broken)  # the exception's text is not echoed
    # The personal-data scan ran before the check that failed, and still blocks.
    assert card["result"]["status"] == "failed" and card["result"]["decision"] == "block"
    assert "4111" not in json.dumps(card)
    assert pong["result"] == "pong"


def test_preload_pays_the_deferred_costs_up_front() -> None:
    from chatwriter import langid

    service = Service(Linter(locale="de-DE"))
    compiled = service.linter.compiled("de-DE")
    language = next(r for r in compiled.rules if r.spec.kind == "language")
    key = (language.detector.name, tuple(sorted(language.languages)))
    langid._models.pop(key, None)  # another test may have loaded it already
    regex_rules = [r for r in compiled.rules if r.spec.kind == "regex"]
    assert regex_rules and any(r._regex is None for r in regex_rules)
    assert service.preload(["de-DE"]) == ["de-DE"]
    assert all(r._regex is not None for r in regex_rules)
    assert key in langid._models  # the detector's model is loaded before the first request
