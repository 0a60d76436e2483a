"""``chatwriter serve --http``: a real server on 127.0.0.1, real HTTP, real LanguageTool client."""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from chatwriter.hook import response_schema
from tests.helpers import REPO, Server, serving

RESPONSE = Draft202012Validator(response_schema())
CARD = "4111 1111 1111 1111"
MARKER = "Zyxwvut-marker"  # a word that must never show up in the server's log
CORPUS = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    # long enough that a busy machine answers the fast request of
    # test_slow_client_times_out_without_holding_up_others before the slow one's 408
    yield from serving("--read-timeout", "3")


# -- /v1 ----------------------------------------------------------------------------------
def test_acceptance_card_number_blocks_with_a_reason(server: Server) -> None:
    status, response = server.post_json(
        "/v1/hook", {"text": f"My card is {CARD} {MARKER}", "locale": "en-US"}
    )
    assert status == 200
    RESPONSE.validate(response)
    assert response["decision"] == "block"
    assert response["reason"].startswith("Blocked: ") and "4111" not in response["reason"]


def test_hook_fix_and_utf16(server: Server) -> None:
    status, fixed = server.post_json(
        "/v1/hook", {"text": "Pls check ur settings!!!", "locale": "en-US", "fix": True}
    )
    assert status == 200 and fixed["text"] == "Please check your settings!" and fixed["changed"]
    status, wide = server.post_json(
        "/v1/hook", {"text": "😀 What color is it?", "locale": "en-GB", "offsets": "utf16"}
    )
    assert wide["decision"] == "warn" and wide["findings"][0]["start"] == 8


def test_check_rewrite_rules_locales_health_openapi(server: Server) -> None:
    status, report = server.post_json("/v1/check", {"text": "What color is it?", "locale": "en-GB"})
    assert status == 200 and report["fixed"] == "What colour is it?"
    assert report["findings"][0]["rule"] == "en.spelling-gb.american-spelling"
    status, rewrite = server.post_json(
        "/v1/rewrite", {"text": "What color is it?", "locale": "en-GB"}
    )
    assert (status, rewrite) == (200, {"text": "What colour is it?", "changed": True})
    status, _, body = server.request("GET", "/v1/rules?locale=en-GB")
    rules = json.loads(body)
    assert status == 200 and rules["locale"] == "en-GB"
    assert any(r["id"] == "en.spelling-gb.american-spelling" for r in rules["rules"])
    status, _, body = server.request("GET", "/v1/locales")
    assert {"locale": "en-GB", "name": "English (United Kingdom)"} in json.loads(body)["locales"]
    status, _, body = server.request("GET", "/healthz")
    assert status == 200 and json.loads(body)["locales"] == ["en-US", "en-GB"]
    status, _, body = server.request("GET", "/openapi.json")
    doc = json.loads(body)
    assert doc["openapi"].startswith("3.1")
    assert {"/v1/hook", "/v1/check", "/v1/rewrite", "/v2/check", "/healthz"} <= set(doc["paths"])
    for schema in doc["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_malformed_requests_get_clear_4xx(server: Server) -> None:
    cases = [
        ("POST", "/v1/hook", b"{not json", 400, "not valid JSON"),
        ("POST", "/v1/hook", b'{"text": "caf\xe9", "locale": "en-US"}', 400, "not valid UTF-8"),
        ("POST", "/v1/hook", b"", 400, "empty"),
        ("POST", "/v1/hook", b'{"text": "Hi"}', 422, "missing 'locale'"),
        ("POST", "/v1/hook", b'{"text": "Hi", "locale": "en-US", "fixx": 1}', 422, "'fix'"),
        ("POST", "/v1/hook", b'{"text": "Hi", "locale": "xx-QQ"}', 422, "unknown locale"),
        (
            "POST",
            "/v1/rewrite",
            b'{"text": "Hi", "locale": "en-US", "unsafe": 3}',
            422,
            "true or false",
        ),
        ("GET", "/v1/rules?locale=xx-QQ", None, 422, "unknown locale"),
    ]
    for method, path, body, expected, words in cases:
        status, headers, raw = server.request(method, path, body)
        assert status == expected, (path, body, raw)
        assert headers["content-type"].startswith("application/json")
        assert words in json.loads(raw)["error"]["message"], raw
    assert server.request("GET", "/v1/hook")[0] == 405


def test_ten_megabyte_body_gets_413(server: Server) -> None:
    body = json.dumps({"text": "a" * 10_000_000, "locale": "en-US"})
    status, _, raw = server.request("POST", "/v1/hook", body)
    assert status == 413 and "limit" in json.loads(raw)["error"]["message"]
    # without Content-Length (chunked), counted as it arrives
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        chunks = (b"x" * 65536 for _ in range(40))
        conn.request("POST", "/v1/hook", body=chunks, encode_chunked=True)
        response = conn.getresponse()
        assert response.status == 413
    finally:
        conn.close()
    assert server.request("GET", "/healthz")[0] == 200


def test_slow_client_times_out_without_holding_up_others(server: Server) -> None:
    slow = socket.create_connection(("127.0.0.1", server.port), timeout=30)
    try:
        slow.sendall(
            b"POST /v1/hook HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" + b'{"text": '
        )
        status, response = server.post_json("/v1/hook", {"text": "Hello", "locale": "en-US"})
        assert status == 200 and response["decision"] == "allow"
        # answered while the slow body is pending: the slow client has no answer yet
        slow.setblocking(False)
        with pytest.raises(BlockingIOError):
            slow.recv(4096)
        slow.setblocking(True)
        answer = slow.recv(4096)
        assert answer.startswith(b"HTTP/1.1 408"), answer
    finally:
        slow.close()


# -- /v2: LanguageTool's API --------------------------------------------------------------
def test_acceptance_languagetool_shape(server: Server) -> None:
    status, _, raw = server.post_form(
        "/v2/check", {"language": "en-GB", "text": "What color is it?"}
    )
    assert status == 200
    result = json.loads(raw)
    assert set(result) >= {"software", "warnings", "language", "matches"}
    assert result["language"]["code"] == "en-GB"
    (match,) = result["matches"]
    assert (match["offset"], match["length"]) == (5, 5)
    assert match["replacements"] == [{"value": "colour"}]
    assert match["rule"]["id"] == "en.spelling-gb.american-spelling"
    assert match["rule"]["category"] == {"id": "SPELLING_VARIANT", "name": "Regional spelling"}
    assert match["rule"]["issueType"] == "misspelling"
    assert match["context"] == {"text": "What color is it?", "offset": 5, "length": 5}
    assert match["sentence"] == "What color is it?"


def test_languagetool_utf16_offsets_markup_and_filters(server: Server) -> None:
    result = json.loads(
        server.post_form("/v2/check", {"language": "en-GB", "text": "😀😀 What color?"})[2]
    )
    assert result["matches"][0]["offset"] == 10  # two surrogate pairs, a space, "What "
    data = json.dumps(
        {
            "annotation": [
                {"markup": "<p class='x'>"},
                {"text": "What "},
                {"markup": "<b>"},
                {"text": "color"},
                {"markup": "</b>"},
                {"markup": "<br/>", "interpretAs": "\n"},
                {"text": "is it?"},
            ]
        }
    )
    result = json.loads(server.post_form("/v2/check", {"language": "en-GB", "data": data})[2])
    (match,) = result["matches"]
    original = "<p class='x'>What <b>color</b><br/>is it?"
    assert original[match["offset"] : match["offset"] + match["length"]] == "color"
    off = server.post_form(
        "/v2/check",
        {
            "language": "en-GB",
            "text": "What color is it?",
            "disabledCategories": "SPELLING_VARIANT",
        },
    )
    assert json.loads(off[2])["matches"] == []
    only = server.post_form(
        "/v2/check",
        {
            "language": "en-US",
            "text": "Pls check ur settings!!!",
            "enabledOnly": "true",
            "enabledRules": "common.shouting.repeated-punctuation",
        },
    )
    assert [m["rule"]["id"] for m in json.loads(only[2])["matches"]] == [
        "common.shouting.repeated-punctuation"
    ]
    status, _, body = server.request(
        "GET", "/v2/check?" + urllib.parse.urlencode({"language": "auto", "text": "Pls wait"})
    )
    assert status == 200 and json.loads(body)["language"]["code"] == "en-US"


def test_languagetool_auto_detects_the_language(server: Server) -> None:
    german = "Vielen Dank für Ihre Nachricht, wir prüfen das und melden uns morgen."
    cases = [
        ({"text": german}, "de", 1.0),
        ({"text": german, "preferredVariants": "en-GB,de-AT"}, "de-AT", 1.0),
        (
            {"text": "Thanks, we will check it today.", "preferredVariants": "de-AT,en-GB"},
            "en-GB",
            1.0,
        ),
        ({"text": "Ok", "preferredVariants": "de-AT"}, "de-AT", 0.5),  # too short to tell
    ]
    for fields, code, confidence in cases:
        status, _, body = server.post_form("/v2/check", {"language": "auto", **fields})
        language = json.loads(body)["language"]
        assert status == 200 and language["code"] == code, (fields, language)
        assert language["detectedLanguage"]["confidence"] == confidence


def test_languagetool_errors_are_plain_text_400(server: Server) -> None:
    for fields, words in (
        ({"text": "Hi"}, "Missing 'language'"),
        ({"language": "en-GB"}, "Missing 'text' or 'data'"),
        ({"language": "xx-QQ", "text": "Hi"}, "not a language chatwriter knows"),
        ({"language": "en-GB", "data": "{"}, "not valid JSON"),
    ):
        status, headers, body = server.post_form("/v2/check", fields)
        assert status == 400 and headers["content-type"].startswith("text/plain")
        assert words in body.decode()


def test_languages_and_cors(server: Server) -> None:
    status, headers, body = server.request(
        "GET", "/v2/languages", headers={"Origin": "chrome-extension://abc"}
    )
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    assert {"name": "English (United Kingdom)", "code": "en", "longCode": "en-GB"} in json.loads(
        body
    )
    status, headers, _ = server.request(
        "OPTIONS",
        "/v2/check",
        headers={
            "Origin": "moz-extension://abc",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert status == 200
    assert headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]


def test_language_tool_python_gets_chatwriters_findings(server: Server) -> None:
    import language_tool_python

    tool = language_tool_python.LanguageTool("en-GB", remote_server=server.url)
    try:
        text = "😀 What color is it?"
        (match,) = tool.check(text)
        assert match.rule_id == "en.spelling-gb.american-spelling"
        assert match.category == "SPELLING_VARIANT"
        assert match.replacements == ["colour"]
        # the client turns UTF-16 offsets back into Python indices
        assert text[match.offset : match.offset + match.error_length] == "color"
        assert tool.correct(text) == "😀 What colour is it?"
        tool.disabled_rules = {"en.spelling-gb.american-spelling"}
        assert tool.check(text) == []
    finally:
        tool.close()
    us = language_tool_python.LanguageTool("en-US", remote_server=server.url)
    try:
        rules = {m.rule_id for m in us.check("Pls check ur settings!!!")}
        assert rules == {"en.textspeak.shorthand", "common.shouting.repeated-punctuation"}
        assert us.correct("Pls check ur settings!!!") == "Please check your settings!"
    finally:
        us.close()


def test_request_log_has_no_message_text(server: Server) -> None:
    server.post_json("/v1/hook", {"text": f"{MARKER} {CARD}", "locale": "en-US", "author": "Ann"})
    server.request(
        "GET", "/v2/check?" + urllib.parse.urlencode({"language": "en-GB", "text": MARKER})
    )
    server.request("GET", f"/v1/{MARKER}")
    time.sleep(0.3)
    log = server.log_text()
    assert "POST /v1/hook 200" in log and "GET /v2/check 200" in log and "<other> 404" in log
    for secret in (MARKER, "4111", "color", "Ann", "language="):
        assert secret not in log


# -- a second server: token, two workers, time limit, graceful shutdown --------------------
@pytest.mark.slow  # a fault test: it waits out a timeout (.ci/run runs the slow tier)
def test_token_workers_timeout_and_graceful_shutdown() -> None:
    srv = Server("--token", "s3cret", "--workers", "2", "--timeout-ms", "5")
    try:
        children = [
            p
            for p in os.listdir("/proc")
            if p.isdigit() and Path(f"/proc/{p}/stat").exists() and _ppid(p) == srv.proc.pid
        ]
        assert len(children) >= 2, children  # uvicorn's worker processes
        payload = {"text": "Hello there", "locale": "en-US"}
        status, body = srv.post_json("/v1/hook", payload)
        assert status == 401 and body["error"]["code"] == "unauthorized"
        for wrong in ("Bearer wrong", "Bearer s\xe9cret", "Basic s3cret"):
            status, body = srv.post_json("/v1/hook", payload, Authorization=wrong)
            assert status == 401, wrong
        status, body = srv.post_json("/v1/hook", payload, Authorization="Bearer s3cret")
        assert status == 200 and body["v"] == 1
        assert srv.request("GET", "/healthz")[0] == 200  # health checks need no token
        # kept-alive connections to worker processes answer (their latency, where a
        # Nagle/delayed-ACK stall would show as 40 ms, is measured by benchmarks/hook.py)
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
        try:
            for _ in range(7):
                conn.request("GET", "/healthz")
                assert conn.getresponse().read()
        finally:
            conn.close()
        form = {"language": "en-GB", "text": "What color is it?"}
        assert srv.post_form("/v2/check", form)[0] == 401
        assert srv.post_form("/v2/check", {**form, "apiKey": "s3cret"})[0] == 200
        # a draft that takes far longer than 5 ms: answered in time, incomplete, fail-open
        long_text = "Pls check ur settings!!! The color is fine. " * 2000
        status, body = srv.post_json(
            "/v1/hook", {"text": long_text, "locale": "en-US"}, Authorization="Bearer s3cret"
        )
        assert status == 200
        assert body["incomplete"] is True and body["decision"] == "allow"
    finally:
        code = srv.stop()
        srv.log.close()
    assert code == 0  # SIGTERM: graceful shutdown


def _ppid(pid: str) -> int:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return -1
    return int(stat.rsplit(")", 1)[1].split()[1])


# -- bounded load test ----------------------------------------------------------------------
def _drafts() -> list[str]:
    if CORPUS.is_file():
        lines = [x for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
        if lines:
            return lines
    return [
        "Pls check ur settings!!!",
        "Your refund is on its way.",
        f"Is your card {CARD}?",
        "What color is it?",
    ]


@pytest.mark.slow
def test_load_10000_requests_at_concurrency_32(server: Server) -> None:
    drafts = _drafts()
    total, concurrency = 10_000, 32
    counter = iter(range(total))
    lock = threading.Lock()
    errors: list[str] = []
    rss: dict[str, int] = {}
    done = [0]

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                body = json.dumps({"text": drafts[i % len(drafts)], "locale": "en-US"})
                try:
                    conn.request("POST", "/v1/hook", body=body)
                    response = conn.getresponse()
                    payload = response.read()
                    if response.status != 200 or b'"decision"' not in payload:
                        errors.append(f"{response.status} {payload[:100]!r}")
                except (OSError, http.client.HTTPException) as exc:
                    errors.append(repr(exc))
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
                with lock:
                    done[0] += 1
                    if done[0] == 1000:
                        rss["first"] = server.rss_kb()
        finally:
            conn.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    elapsed = time.monotonic() - started
    rss["last"] = server.rss_kb()
    assert not any(t.is_alive() for t in threads)
    assert errors == [], errors[:5]
    assert done[0] == total
    growth = (rss["last"] - rss["first"]) / rss["first"]
    print(f"\n{total} requests in {elapsed:.1f}s ({total / elapsed:.0f}/s), RSS {rss}")
    assert growth <= 0.10, rss
