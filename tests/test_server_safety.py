"""The HTTP hook under faults: a check that never ends, hostile bodies, cross-origin pages.

The stuck check comes from a real plugin: a validator registered through the
``chatwriter.validators`` entry point that backtracks forever inside Python's ``re``
(C code holding the interpreter lock). In threads it froze the whole server, even
``/healthz``; in worker processes it is killed at the deadline, and the personal data
found before it still blocks.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatwriter import pool
from tests.helpers import Server, serving

#: Fault tests against a real server (stuck checks, CORS, nested JSON): they run with
#: `pytest -m slow`, which CI runs after the 3-minute suite.
pytestmark = pytest.mark.slow

CARD = "4111 1111 1111 1111"

PLUGIN = '''\
import re


def spin(text):
    """Catastrophic backtracking in C: never returns on this input."""
    return re.match(r"(a|aa)+$", "a" * 60 + "b") is not None
'''
GUIDE = """\
guide: acme.spin
rules:
  - id: stuck
    kind: regex
    category: format
    severity: warning
    message: checked by a plugin that never answers
    pattern: "\\\\bSPIN\\\\b"
    validator: spin
"""


@pytest.fixture(scope="module")
def stuck_server(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch_module: pytest.MonkeyPatch
) -> Iterator[Server]:
    if not pool.available():
        pytest.skip("worker processes need fork (Linux)")
    root: Path = tmp_path_factory.mktemp("spin")
    (root / "cw_spin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "cw_spin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cw-spin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[chatwriter.validators]\nspin = cw_spin:spin\n")
    (root / "spin.yaml").write_text(GUIDE, encoding="utf-8")
    config = root / "acme.yaml"
    config.write_text("guides: [spin.yaml]\n", encoding="utf-8")
    monkeypatch_module.setenv("PYTHONPATH", str(root))
    yield from serving("--config", str(config), "--timeout-ms", "600")


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def hook(server: Server, text: str) -> dict:
    status, body = server.post_json("/v1/hook", {"text": text, "locale": "en-US"})
    assert status == 200, body
    return body  # type: ignore[return-value]


def test_a_stuck_check_is_stopped_and_the_server_stays_responsive(stuck_server: Server) -> None:
    order: list[str] = []
    answers: dict[str, dict] = {}

    def stuck() -> None:
        answers["stuck"] = hook(stuck_server, "Please SPIN the wheel.")
        order.append("stuck")

    thread = threading.Thread(target=stuck)
    thread.start()
    try:
        # While a worker is stuck in C, the server still answers.
        status, _, _ = stuck_server.request("GET", "/healthz", timeout=30)
        order.append("healthz")
        assert status == 200
        answers["other"] = hook(stuck_server, "Thanks, your refund is on its way.")
        order.append("other")
    finally:
        thread.join(60)
    assert order[:2] == ["healthz", "other"], order
    stuck = answers["stuck"]
    assert stuck["status"] == "timed_out" and stuck["incomplete"] is True
    assert stuck["decision"] == "allow"  # fail-open: nothing private was found
    assert answers["other"]["status"] == "complete"
    health = json.loads(stuck_server.request("GET", "/healthz")[2])
    assert health["workers"]["stopped"] >= 1 and health["status"] == "ok"


def test_personal_data_found_first_blocks_when_the_check_is_stopped(
    stuck_server: Server,
) -> None:
    answer = hook(stuck_server, f"Please SPIN it, my card is {CARD}.")
    assert answer["status"] == "timed_out"
    assert answer["decision"] == "block"
    assert [f["rule"] for f in answer["findings"]] == ["common.pii.card-number"]
    assert CARD not in json.dumps(answer)
    # The replaced workers answer as before.
    assert hook(stuck_server, "Pls check ur settings!!!")["decision"] == "warn"


# -- hostile bodies and pages on other origins ----------------------------------------------
@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from serving()


def test_nested_json_is_a_400_and_the_server_goes_on(server: Server) -> None:
    nested = '{"text": "Hi", "locale": "en-US", "conversation": ' + "[" * 50_000 + "]" * 50_000
    status, _, body = server.request("POST", "/v1/hook", nested + "}")
    assert status == 400 and b"nests deeper than 32 levels" in body
    assert hook(server, "Hello")["decision"] == "allow"


def test_too_long_draft_is_checked_for_personal_data_only(server: Server) -> None:
    filler = "Thanks for waiting, we are on it. " * 200
    answer = hook(server, filler + f"Card {CARD}")
    assert answer["status"] == "too_long" and answer["decision"] == "block"
    assert CARD not in json.dumps(answer)


def test_check_endpoint_masks_personal_data(server: Server) -> None:
    status, body = server.post_json(
        "/v1/check", {"text": f"PLEASE USE {CARD} NOW", "locale": "en-US"}
    )
    assert status == 200
    assert "4111" not in json.dumps(body)
    assert {f["rule"] for f in body["findings"]} >= {"common.pii.card-number"}  # type: ignore[index]


def test_cors_is_open_on_v2_only(server: Server) -> None:
    origin = {"Origin": "https://evil.example"}
    preflight = {
        **origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    _, headers, _ = server.request("GET", "/v2/languages", headers=origin)
    assert headers.get("access-control-allow-origin") == "*"
    for path in ("/v1/hook", "/v1/check", "/v1/rewrite"):
        _, headers, _ = server.request("OPTIONS", path, headers=preflight)
        assert "access-control-allow-origin" not in headers, path
        status, headers, _ = server.request(
            "POST", path, json.dumps({"text": "Hi", "locale": "en-US"}), origin
        )
        assert status == 200 and "access-control-allow-origin" not in headers, path


def test_cors_origins_are_configurable() -> None:
    srv = Server("--cors-origin", "chrome-extension://abc")
    try:
        _, allowed, _ = srv.request(
            "GET", "/v2/languages", headers={"Origin": "chrome-extension://abc"}
        )
        _, refused, _ = srv.request("GET", "/v2/languages", headers={"Origin": "https://x.test"})
    finally:
        srv.stop()
        srv.log.close()
    assert allowed.get("access-control-allow-origin") == "chrome-extension://abc"
    assert "access-control-allow-origin" not in refused


def test_a_rule_explains_itself(server: Server) -> None:
    status, _, body = server.request("GET", "/v1/rules/common.pii.card-number")
    data = json.loads(body)
    assert status == 200 and data["severity"] == "error" and data["examples"]["bad"]
    status, _, body = server.request("GET", "/v1/rules/common.pii.card-numbr")
    assert status == 404 and b"did you mean common.pii.card-number" in body
