"""The grammar kind against a local stand-in for LanguageTool: fast, and every error path.

The stand-in is a real HTTP server on 127.0.0.1 (random port, in a thread) that speaks
the part of LanguageTool's API chatwriter uses. It flags the word ``teh`` as a
misspelling and ``has`` after ``I`` as a grammar error, with offsets in UTF-16 code
units as LanguageTool (Java) counts them, and can be told to be slow, to fail with 500,
to send malformed, deeply nested or huge JSON, or to drip its answer a byte at a time. It
also serves https (with a throwaway certificate) and acts as an HTTP proxy, plain or
``CONNECT``. The real server is exercised in test_grammar_languagetool.py.
"""

from __future__ import annotations

import base64
import json
import re
import selectors
import shutil
import socket
import ssl
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from chatwriter import Linter
from chatwriter.errors import ChatwriterError
from chatwriter.guide.loader import Config, LanguageToolConfig, load_config
from chatwriter.languagetool import (
    MAX_ANSWER_BYTES,
    LanguageToolClient,
    LanguageToolUnavailable,
    str_offsets,
    transport_warning,
)
from tests.helpers import run_cli

#: Fault tests against a stand-in LanguageTool (timeouts, dripping answers, proxies): they
#: run with `pytest -m slow`, which CI runs after the 3-minute suite.
pytestmark = pytest.mark.slow

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "French", "code": "fr", "longCode": "fr"},
]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def stub_matches(text: str) -> list[dict]:
    """What the stand-in flags: 'teh' (misspelling), 'has' after 'I' (grammar), 'colour'."""
    out = []
    for m in re.finditer(r"\bteh\b", text):
        out.append(_match(text, m.start(), m.end(), "MORFOLOGIK_RULE_EN_US", "TYPOS",
                          "misspelling", "Possible spelling mistake found.", ["the", "ten"]))  # fmt: skip
    for m in re.finditer(r"(?<=\bI )has\b", text):
        out.append(_match(text, m.start(), m.end(), "BASE_FORM", "GRAMMAR", "grammar",
                          "Possible agreement error.", ["have"]))  # fmt: skip
    for m in re.finditer(r"\bcolour\b", text):
        out.append(_match(text, m.start(), m.end(), "MORFOLOGIK_RULE_EN_US", "TYPOS",
                          "misspelling", "Possible spelling mistake.", ["color"]))  # fmt: skip
    for m in re.finditer(r"\bLeeds\b", text):
        out.append(_match(text, m.start(), m.end(), "MORFOLOGIK_RULE_EN_US", "TYPOS",
                          "misspelling", "Possible spelling mistake found.", ["Weeds"]))  # fmt: skip
    return out


def _match(text, start, end, rule_id, category, issue, message, replacements) -> dict:
    offset = utf16_len(text[:start])
    return {
        "message": message,
        "offset": offset,
        "length": utf16_len(text[start:end]),
        "replacements": [{"value": r} for r in replacements],
        "rule": {
            "id": rule_id,
            "issueType": issue,
            "category": {"id": category, "name": category.title()},
        },
    }


#: Bytes of padding a dripping stand-in sends (header or body), one every DRIP_INTERVAL s:
#: 30 s in all, so a client without a total deadline cannot hang the suite for longer.
DRIP_INTERVAL = 0.02
DRIP_PADDING = 1500


class Stub:
    """A stand-in LanguageTool server; set ``mode`` to change how it answers /v2/check.

    ``languages_mode`` does the same for /v2/languages (``ok`` or one of the raw modes:
    ``drip-headers``, ``drip-body``, ``answer`` (the body ``answer``), ``verbatim``
    (``answer`` is the whole response, status line and all), ``huge``, ``huge-unsized``).
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        # ok | slow | error500 | not-json | no-matches-key | bad-match | plus the raw modes
        self.mode = "ok"
        self.languages_mode = "ok"
        self.delay = 1.0
        self.answer = ""  # the body of mode "answer", the response of mode "verbatim"
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.connections = 0  # TCP connections accepted, complete requests or not
        self.proxied: list[tuple[str, str | None]] = []  # (target, Proxy-Authorization)
        self.dripping = threading.Event()  # a drip answer has begun
        self.drip_done = threading.Event()  # ... and was sent to the end
        self.stopping = threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def setup(self) -> None:
                stub.connections += 1
                super().setup()

            def _unproxy(self) -> None:
                """A request for a whole URL came through us as a proxy: note it, serve it."""
                if self.path.startswith(("http://", "https://")):
                    stub.proxied.append((self.path, self.headers.get("Proxy-Authorization")))
                    self.path = urllib.parse.urlsplit(self.path).path

            def do_CONNECT(self) -> None:
                """Tunnel to ``host:port`` (any host is 127.0.0.1 here) and relay bytes."""
                stub.proxied.append((self.path, self.headers.get("Proxy-Authorization")))
                port = int(self.path.rpartition(":")[2])
                with socket.create_connection(("127.0.0.1", port)) as upstream:
                    self.send_response(200, "Connection established")
                    self.end_headers()
                    _relay(self.connection, upstream, stub.stopping)
                self.close_connection = True

            def do_GET(self) -> None:  # http.server's naming
                self._unproxy()
                stub.requests.append((self.path, {}))
                if self.path != "/v2/languages":
                    self._send(404, "not found")
                elif stub.languages_mode != "ok":
                    self._raw(stub.languages_mode, json.dumps(LANGUAGES))
                else:
                    self._send(200, json.dumps(LANGUAGES))

            def do_POST(self) -> None:
                self._unproxy()
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
                stub.requests.append((self.path, form))
                if self.path != "/v2/check":
                    self._send(404, "not found")
                    return
                if stub.mode == "slow":
                    time.sleep(stub.delay)
                if stub.mode in RAW_MODES:
                    body = {"matches": stub_matches(form.get("text", ""))}
                    self._raw(stub.mode, json.dumps(body))
                elif stub.mode == "error500":
                    self._send(500, "Error: internal error in the stand-in\nsecond line")
                elif stub.mode == "not-json":
                    self._send(200, "<html>this is not json</html>")
                elif stub.mode == "no-matches-key":
                    self._send(200, json.dumps({"software": {"version": "9.9"}}))
                elif stub.mode == "bad-match":
                    self._send(200, json.dumps({"matches": [{"offset": "x"}]}))
                else:
                    body = {
                        "software": {"name": "LanguageTool", "version": "6.8-stub"},
                        "language": {"code": form.get("language")},
                        "matches": stub_matches(form.get("text", "")),
                    }
                    self._send(200, json.dumps(body))

            def _send(self, status: int, body: str) -> None:
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

            def _raw(self, mode: str, ok_body: str) -> None:
                """The raw modes, written byte for byte (http.server adds nothing)."""
                body = ok_body.encode("utf-8")
                length: int | None = len(body)
                if mode == "answer":
                    body = stub.answer.encode("utf-8")
                    length = len(body)
                elif mode in ("huge", "huge-unsized"):
                    pad = b"x" * (MAX_ANSWER_BYTES + 1024)
                    body = b'{"matches": [], "pad": "' + pad + b'"}'
                    length = None if mode == "huge-unsized" else len(body)
                elif mode == "drip-body":
                    body += b" " * DRIP_PADDING  # still valid JSON
                    length = len(body)
                head = b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                if length is not None:
                    head += b"Content-Length: %d\r\n" % length
                if mode == "drip-headers":
                    head += b"X-Padding: " + b"x" * DRIP_PADDING + b"\r\n"
                head += b"\r\n"
                if mode == "verbatim":
                    head, body = b"", stub.answer.encode("utf-8")
                try:
                    if mode == "drip-headers":
                        self._drip(head + body)
                    elif mode == "drip-body":
                        self.wfile.write(head)
                        self._drip(body)
                    else:
                        self.wfile.write(head + body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up
                    pass
                self.close_connection = True

            def _drip(self, data: bytes) -> None:
                """One byte every DRIP_INTERVAL s; gives up after 30 s or when stopping."""
                stub.dripping.set()
                for i in range(len(data)):
                    if stub.stopping.wait(DRIP_INTERVAL):
                        return
                    self.wfile.write(data[i : i + 1])
                stub.drip_done.set()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        scheme = "http"
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.port = self.server.server_address[1]
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        # A short poll interval: shutdown() waits for it, once per test that uses a stub.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def checks(self) -> list[dict[str, str]]:
        return [form for path, form in self.requests if path == "/v2/check"]

    def start(self) -> Stub:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # ends drips and tunnels
        self.server.shutdown()
        self.server.server_close()


RAW_MODES = ("drip-headers", "drip-body", "answer", "verbatim", "huge", "huge-unsized")


def _relay(a: socket.socket, b: socket.socket, stopping: threading.Event) -> None:
    """Copy bytes both ways until either side closes (the stand-in proxy's tunnel)."""
    with selectors.DefaultSelector() as selector:
        selector.register(a, selectors.EVENT_READ, b)
        selector.register(b, selectors.EVENT_READ, a)
        while not stopping.is_set():
            for key, _ in selector.select(timeout=0.5):
                data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                if not data:
                    return
                key.data.sendall(data)


@pytest.fixture
def stub() -> Iterator[Stub]:
    s = Stub().start()
    try:
        yield s
    finally:
        s.stop()


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1 and lt.invalid, and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=lt.invalid",
         "-addext", "subjectAltName=DNS:lt.invalid,IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_stub(tls_files: tuple[Path, Path]) -> Iterator[Stub]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*tls_files)
    s = Stub(tls=context).start()
    try:
        yield s
    finally:
        s.stop()


@pytest.fixture
def trusting(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    """A client context that trusts the throwaway certificate (and nothing else)."""
    return ssl.create_default_context(cafile=str(tls_files[0]))


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy variables from the machine running the tests."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)  # urllib's CGI guard
    return monkeypatch


@pytest.fixture
def refused_url() -> str:
    """A loopback port that nothing listens on (bound, then closed)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


def linter_for(url: str, timeout_ms: int = 5000, disabled: tuple[str, ...] = ()) -> Linter:
    lt = LanguageToolConfig(url=url, timeout_ms=timeout_ms, disabled_rules=list(disabled))
    return Linter(locale="en-US", config=Config(languagetool=lt))


def lt_findings(report) -> list:
    return [f for f in report.findings if ".languagetool." in f.rule]


# -- findings -----------------------------------------------------------------


def test_grammar_and_spelling_findings_with_unsafe_suggestions(stub: Stub) -> None:
    report = linter_for(stub.url).lint("I has sent teh invoice.")
    grammar, spelling = lt_findings(report)
    assert (grammar.rule, grammar.category, grammar.match) == (
        "en.languagetool.grammar", "grammar", "has",
    )  # fmt: skip
    assert grammar.message == "Possible agreement error."
    assert [(s.text, s.applicability.value) for s in grammar.suggestions] == [("have", "unsafe")]
    assert (spelling.rule, spelling.category, spelling.match) == (
        "en.languagetool.spelling", "spelling", "teh",
    )  # fmt: skip
    assert [s.text for s in spelling.suggestions] == ["the", "ten"]
    assert report.skipped == []
    # The request named the locale's region, so the server spell-checks US English.
    assert stub.checks()[0]["language"] == "en-US"


def test_utf16_offsets_from_the_server_become_str_offsets(stub: Stub) -> None:
    text = "Hi 👋🏽😀 I has sent teh invoice 🎉, thanks!"
    report = linter_for(stub.url).lint(text)
    found = {f.match: f for f in lt_findings(report)}
    assert set(found) == {"has", "teh"}
    for word, f in found.items():
        assert text[f.start : f.end] == word
    assert found["has"].column == text.index("has") + 1


def test_str_offsets_maps_utf16_units() -> None:
    text = "a😀b𝄞c"
    convert = str_offsets(text)
    # UTF-16: a=0, 😀=1-2, b=3, 𝄞=4-5, c=6, end=7
    assert [convert(u) for u in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]
    assert convert(99) == len(text)
    plain = str_offsets("plain text")
    assert plain(3) == 3 and plain(99) == len("plain text")


def test_unsafe_fix_applies_the_suggestion_and_safe_fix_does_not(stub: Stub) -> None:
    linter = linter_for(stub.url)
    assert linter.fix("I has sent the invoice.") == "I has sent the invoice."
    assert linter.fix("I has sent the invoice.", unsafe=True) == "I have sent the invoice."


def test_languagetool_gives_way_to_chatwriters_own_rule(stub: Stub) -> None:
    # Both flag 'colour' in en-US: the curated spelling-variant rule (safe fix) wins.
    report = linter_for(stub.url).lint("Please check the colour settings.")
    rules = [f.rule for f in report.findings if f.match == "colour"]
    assert rules == ["en.spelling-us.british-spelling"]


def test_capitalized_word_inside_a_sentence_is_taken_as_a_name(stub: Stub) -> None:
    text = "Sarah from our Leeds team will call you. Leeds is busy."
    report = linter_for(stub.url).lint(text)
    # 'Leeds' inside the sentence is skipped; at the start of a sentence it is checked.
    assert [(f.match, f.start) for f in lt_findings(report)] == [("Leeds", text.rindex("Leeds"))]


def test_config_disabled_rules_drop_matches(stub: Stub) -> None:
    report = linter_for(stub.url, disabled=("BASE_FORM",)).lint("I has sent teh invoice.")
    assert [f.match for f in lt_findings(report)] == ["teh"]


def test_cache_asks_the_server_once_per_text(stub: Stub) -> None:
    linter = linter_for(stub.url)
    for _ in range(3):
        linter.lint("I has sent teh invoice.")
    linter.fix("I has sent teh invoice.", unsafe=True)
    texts = [form["text"] for form in stub.checks()]
    assert texts.count("I has sent teh invoice.") == 1
    assert stub.requests.count(("/v2/languages", {})) == 1


def test_lru_cache_is_bounded_and_keeps_recent_texts(stub: Stub) -> None:
    client = LanguageToolClient(stub.url, cache_size=2)
    for text in ("a teh", "b teh", "a teh", "c teh", "a teh", "b teh"):
        assert [m.rule_id for m in client.check(text, "en-US")] == ["MORFOLOGIK_RULE_EN_US"]
    # 'a' stayed cached because it was used again; 'b' was evicted by 'c' and asked again.
    assert [form["text"] for form in stub.checks()] == ["a teh", "b teh", "c teh", "b teh"]
    client.check("a teh", "de-DE")  # the language is part of the key: asked again
    assert stub.checks()[-1] == {"language": "de-DE", "text": "a teh"}


# -- the server down, slow or broken: other rules still answer ----------------

DRAFT = "I has sent the invoice, please check the colour. My card is 4111 1111 1111 1111."


def _other_rules_still_answer(report) -> None:
    rules = {f.rule for f in report.findings}
    assert "common.pii.card-number" in rules
    assert "en.spelling-us.british-spelling" in rules
    assert not lt_findings(report)


def test_connection_refused_skips_grammar_with_a_note(refused_url: str) -> None:
    report = linter_for(refused_url).lint(DRAFT)
    _other_rules_still_answer(report)
    assert report.skipped == [
        f"grammar: LanguageTool at {refused_url} unreachable (connection refused); "
        "grammar was skipped"
    ]


def test_timeout_skips_grammar_then_backs_off(stub: Stub) -> None:
    stub.mode = "slow"
    linter = linter_for(stub.url, timeout_ms=200)
    linter.languagetool.info()  # /v2/languages answers fast; only /v2/check is slow
    report = linter.lint(DRAFT)
    _other_rules_still_answer(report)
    (note,) = report.skipped
    assert "did not answer within 200 ms" in note and note.endswith("grammar was skipped")
    # While backing off, the next messages do not wait for the server again.
    before = len(stub.checks())
    second = linter.lint("I has sent another one.")
    assert len(stub.checks()) == before  # no request: nothing to wait for
    assert second.skipped == [note]


def test_http_500_skips_grammar(stub: Stub) -> None:
    stub.mode = "error500"
    report = linter_for(stub.url).lint(DRAFT)
    _other_rules_still_answer(report)
    assert report.skipped == [
        f"grammar: LanguageTool at {stub.url} answered HTTP 500: "
        "Error: internal error in the stand-in; grammar was skipped"
    ]


@pytest.mark.parametrize(
    ("mode", "detail"),
    [
        ("not-json", "not JSON"),
        ("no-matches-key", "no 'matches' list"),
        ("bad-match", "bad match"),
    ],
)
def test_malformed_answers_skip_grammar(stub: Stub, mode: str, detail: str) -> None:
    stub.mode = mode
    report = linter_for(stub.url).lint(DRAFT)
    _other_rules_still_answer(report)
    (note,) = report.skipped
    assert f"sent a malformed answer ({detail}" in note
    assert note.endswith("grammar was skipped")


def test_language_the_server_lacks_is_a_note_not_an_error(stub: Stub) -> None:
    linter = linter_for(stub.url)
    client = linter.languagetool
    assert client.language_for("de-DE") == "de-DE"
    # de-CH is not on the stand-in's list: plain German is the next best.
    assert client.language_for("de-CH") == "de"
    linter.lint("Wir haben die Rechnung geschickt.", locale="de-CH")
    assert stub.checks()[-1]["language"] == "de"
    assert client.language_for("en-AU") == "en"
    with pytest.raises(LanguageToolUnavailable, match="has no language for 'it-IT'"):
        client.language_for("it-IT")
    report = linter.lint("Abbiamo inviato la fattura.", locale="it-IT")
    # it.languagetool asks; a server without Italian makes a note, not an error.
    assert report.skipped == [
        f"grammar: LanguageTool at {stub.url} has no language for 'it-IT'; grammar was skipped"
    ]


def test_no_server_configured_skips_the_rules_at_compile_time() -> None:
    linter = Linter(locale="en-US")
    assert linter.languagetool is None
    skipped = {r.id: r.status for r in linter.rules() if ".languagetool." in r.id}
    assert set(skipped) == {
        "en.languagetool.grammar", "en.languagetool.confusion", "en.languagetool.spelling",
    }  # fmt: skip
    for status in skipped.values():
        assert status.startswith("skipped: needs a LanguageTool server")
    assert linter.lint("I has sent teh invoice.").skipped == []


def test_plain_language_locale_has_no_spelling_rule(stub: Stub) -> None:
    linter = linter_for(stub.url)
    status = {r.id: r.status for r in linter.rules("en")}
    assert status["en.languagetool.grammar"] == "active"
    assert status["en.languagetool.spelling"] == "skipped: needs a locale with a region (e.g. en-US, not en)"  # fmt: skip


def test_empty_and_blank_drafts_do_not_call_the_server(stub: Stub) -> None:
    linter = linter_for(stub.url)
    for text in ("", "   \n"):
        assert not lt_findings(linter.lint(text))
    assert stub.checks() == []


def test_huge_message_is_not_sent_but_noted(stub: Stub) -> None:
    linter = linter_for(stub.url)
    report = linter.lint("I has sent it. " * 2000)
    assert stub.checks() == []
    assert report.skipped == [
        f"grammar: LanguageTool at {stub.url} was not asked (the message is longer than "
        "20,000 characters); grammar was skipped"
    ]
    # No back-off: the next, normal message is checked.
    assert [f.match for f in lt_findings(linter.lint("I has sent it."))] == ["has"]


# -- a total deadline, whatever the server does ---------------------------------


@pytest.mark.parametrize("mode", ["drip-headers", "drip-body"])
def test_a_dripping_server_cannot_stretch_the_timeout(stub: Stub, mode: str) -> None:
    # A byte every 20 ms never lets a per-read timeout expire; the total one does.
    client = LanguageToolClient(stub.url, timeout_ms=60_000)
    client.language_for("en-US")  # cached from now on
    client.timeout_ms = 300  # only now: a busy machine must not time out the warm-up
    stub.mode = mode
    with pytest.raises(LanguageToolUnavailable, match="did not answer within 300 ms"):
        client.check("I has sent it.", "en-US")
    # The client gave up while the stand-in was still answering.
    assert stub.dripping.is_set() and not stub.drip_done.is_set()
    # The configured timeout marks the server down: the next message does not connect.
    before = stub.connections
    with pytest.raises(LanguageToolUnavailable, match="did not answer within 300 ms"):
        client.check("We was late.", "en-US")
    assert stub.connections == before


def test_https_dripping_server_cannot_stretch_the_timeout(
    tls_stub: Stub, trusting: ssl.SSLContext
) -> None:
    client = LanguageToolClient(tls_stub.url, timeout_ms=60_000, ssl_context=trusting)
    assert [m.rule_id for m in client.check("I has sent it.", "en-US")] == ["BASE_FORM"]
    client.timeout_ms = 300
    tls_stub.mode = "drip-body"
    with pytest.raises(LanguageToolUnavailable, match="did not answer within 300 ms"):
        client.check("We was late.", "en-US")
    assert tls_stub.dripping.is_set() and not tls_stub.drip_done.is_set()


def test_https_untrusted_certificate_is_a_clear_note(tls_stub: Stub) -> None:
    with pytest.raises(
        LanguageToolUnavailable, match="unreachable \\(TLS certificate not accepted"
    ):
        LanguageToolClient(tls_stub.url).check("I has sent it.", "en-US")
    assert tls_stub.requests == []


def test_callers_deadline_bounds_the_call_without_marking_the_server_down(stub: Stub) -> None:
    client = LanguageToolClient(stub.url, timeout_ms=60_000)
    client.language_for("en-US")
    stub.mode = "drip-body"
    with pytest.raises(
        LanguageToolUnavailable, match="did not answer before the caller's deadline"
    ):
        client.check("I has sent it.", "en-US", deadline=time.monotonic() + 0.3)
    assert stub.dripping.is_set() and not stub.drip_done.is_set()
    # A hurried caller says nothing about the server: the next message is asked.
    stub.mode = "ok"
    assert [m.rule_id for m in client.check("I has sent it.", "en-US")] == ["BASE_FORM"]


def test_callers_deadline_bounds_the_language_list_too(stub: Stub) -> None:
    stub.languages_mode = "drip-headers"
    client = LanguageToolClient(stub.url, timeout_ms=60_000)
    with pytest.raises(LanguageToolUnavailable, match="before the caller's deadline"):
        client.check("I has sent it.", "en-US", deadline=time.monotonic() + 0.3)
    assert stub.dripping.is_set() and not stub.drip_done.is_set()
    assert stub.checks() == []


def test_a_deadline_already_passed_makes_no_request(stub: Stub) -> None:
    client = LanguageToolClient(stub.url)
    with pytest.raises(LanguageToolUnavailable, match="the caller's deadline had already passed"):
        client.check("I has sent it.", "en-US", deadline=time.monotonic() - 1)
    assert stub.connections == 0 and stub.requests == []


# -- bounded answers ------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"matches": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"matches": [' + "[" * 64 + "]" * 64 + "]}",  # parses, but 66 levels deep
    ],
    ids=["top-level", "in-matches", "just-over-the-limit"],
)
def test_deeply_nested_json_is_a_malformed_answer(stub: Stub, answer: str) -> None:
    stub.mode = "answer"
    stub.answer = answer
    client = LanguageToolClient(stub.url)
    with pytest.raises(LanguageToolUnavailable, match="malformed answer \\(JSON nested deeper"):
        client.check("I has sent it.", "en-US")


def test_nested_language_list_is_a_malformed_answer(stub: Stub) -> None:
    stub.languages_mode = "answer"
    stub.answer = "[" * 100_000 + "]" * 100_000
    report = linter_for(stub.url).lint(DRAFT)
    _other_rules_still_answer(report)
    (note,) = report.skipped
    assert "sent a malformed answer (JSON nested deeper than 64 levels)" in note


@pytest.mark.parametrize(
    ("mode", "answer", "what"),
    [
        (
            "verbatim",
            "SSH-2.0-OpenSSH_9.6\r\n",
            "sent a malformed answer (not HTTP (BadStatusLine))",
        ),
        (
            "verbatim",
            'HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\n{"matches": []}',
            "sent a malformed answer (cut short)",
        ),
        (
            "verbatim",
            "HTTP/1.0 200 OK\r\n" + "X-Header: x\r\n" * 200 + "\r\n",
            "sent a malformed answer (not HTTP (HTTPException))",
        ),
        (
            "verbatim",
            "HTTP/1.0 301 Moved\r\nLocation: https://lt.example.com/v2/check\r\n\r\n",
            "answered HTTP 301 (a redirect to https://lt.example.com/v2/check: "
            "set languagetool.url to that server)",
        ),
        (
            "answer",
            '{"matches": [{"offset": 1e999, "length": 1}]}',
            "sent a malformed answer (bad match: OverflowError",
        ),
        (
            "answer",
            '{"matches": [{"offset": ' + "9" * 5000 + ', "length": 1}]}',
            "sent a malformed answer (not JSON (ValueError))",
        ),
    ],
    ids=["not-http", "cut-short", "too-many-headers", "redirect", "infinite-offset", "huge-int"],
)
def test_broken_answers_are_notes_not_exceptions(
    stub: Stub, mode: str, answer: str, what: str
) -> None:
    # Each of these used to escape the client as an exception of its own type.
    client = LanguageToolClient(stub.url)
    client.language_for("en-US")
    stub.mode, stub.answer = mode, answer
    with pytest.raises(LanguageToolUnavailable) as caught:
        client.check("I has sent it.", "en-US")
    assert caught.value.what.startswith(what)


def test_brackets_inside_strings_do_not_count_as_nesting(stub: Stub) -> None:
    stub.mode = "answer"
    stub.answer = json.dumps({"matches": [], "note": "[" * 200 + "\\" + "{" * 200})
    assert LanguageToolClient(stub.url).check("I has sent it.", "en-US") == ()


@pytest.mark.parametrize("mode", ["huge", "huge-unsized"])
def test_huge_answer_is_refused_not_read_whole(stub: Stub, mode: str) -> None:
    # A valid answer, just over the limit: with or without a Content-Length.
    stub.mode = mode
    client = LanguageToolClient(stub.url)
    with pytest.raises(LanguageToolUnavailable, match="malformed answer \\(too large"):
        client.check("I has sent it.", "en-US")
    stub.mode = "ok"  # not a reason to back off
    assert [m.rule_id for m in client.check("I has sent it.", "en-US")] == ["BASE_FORM"]


# -- transport: proxies and clear text ---------------------------------------------


def test_environment_proxy_is_used_for_a_remote_server(
    stub: Stub, no_proxy_env: pytest.MonkeyPatch
) -> None:
    no_proxy_env.setenv("http_proxy", f"http://agent:p%40ss@127.0.0.1:{stub.port}")
    client = LanguageToolClient("http://lt.invalid:8081")  # never resolved: the proxy is
    assert [m.rule_id for m in client.check("I has sent it.", "en-US")] == ["BASE_FORM"]
    auth = "Basic " + base64.b64encode(b"agent:p@ss").decode()
    assert stub.proxied == [
        ("http://lt.invalid:8081/v2/languages", auth),
        ("http://lt.invalid:8081/v2/check", auth),
    ]


def test_environment_proxy_tunnels_https(
    stub: Stub, tls_stub: Stub, trusting: ssl.SSLContext, no_proxy_env: pytest.MonkeyPatch
) -> None:
    no_proxy_env.setenv("https_proxy", stub.url)
    # The stand-in proxy takes every host for 127.0.0.1; the certificate names lt.invalid.
    client = LanguageToolClient(f"https://lt.invalid:{tls_stub.port}", ssl_context=trusting)
    assert [m.rule_id for m in client.check("I has sent it.", "en-US")] == ["BASE_FORM"]
    assert stub.proxied == [(f"lt.invalid:{tls_stub.port}", None)] * 2
    assert [path for path, _ in tls_stub.requests] == ["/v2/languages", "/v2/check"]


def test_loopback_server_never_goes_through_a_proxy(
    stub: Stub, refused_url: str, no_proxy_env: pytest.MonkeyPatch
) -> None:
    no_proxy_env.setenv("http_proxy", refused_url)
    client = LanguageToolClient(stub.url)
    assert [m.rule_id for m in client.check("I has sent it.", "en-US")] == ["BASE_FORM"]
    assert stub.proxied == []


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://127.0.0.1:8081", False),
        ("http://127.3.2.1:8081/v2", False),
        ("http://localhost:8081", False),
        ("http://[::1]:8081", False),
        ("https://lt.example.com", False),
        ("https://10.0.0.5:8081", False),
        ("http://lt.example.com:8081", True),
        ("http://10.0.0.5:8081", True),
        ("http://localhost.example.com:8081", True),  # a name like any other
        ("http://127.0.0.1.nip.io:8081", True),
        ("localhost:8081", False),  # not a URL: normalize_url reports that
    ],
)
def test_transport_warning(url: str, warned: bool) -> None:
    assert (transport_warning(url) is not None) == warned


def test_transport_warning_text() -> None:
    assert transport_warning("http://lt.example.com:8081/v2/") == (
        "LanguageTool at http://lt.example.com:8081 is neither on this machine nor https: "
        "drafts (personal data masked) travel in clear; use https or a loopback address"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8081", "http://127.0.0.1:8081"),
        ("http://127.0.0.1:8081/", "http://127.0.0.1:8081"),
        ("https://lt.example.com/v2/", "https://lt.example.com"),
        ("http://lt.example.com/languagetool/v2", "http://lt.example.com/languagetool"),
    ],
)
def test_url_normalised(url: str, expected: str) -> None:
    assert LanguageToolClient(url).url == expected


@pytest.mark.parametrize("url", ["127.0.0.1:8081", "ftp://host", "http://", "http://h:99999"])
def test_bad_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(ChatwriterError, match="LanguageTool URL"):
        Linter(locale="en-US", languagetool_url=url)


# -- config and CLI -------------------------------------------------------------


def test_config_languagetool_block(tmp_path: Path, stub: Stub) -> None:
    path = tmp_path / ".chatwriter.yaml"
    path.write_text(
        f"languagetool:\n  url: {stub.url}\n  timeout_ms: 1500\n  disabled_rules: [BASE_FORM]\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.languagetool == LanguageToolConfig(stub.url, 1500, ["BASE_FORM"])
    linter = Linter(locale="en-US", config=config)
    assert [f.match for f in lt_findings(linter.lint("I has sent teh invoice."))] == ["teh"]
    # The flag overrides the config; '' turns the server off.
    off = Linter(locale="en-US", config=config, languagetool_url="")
    assert off.languagetool is None


def test_config_languagetool_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / ".chatwriter.yaml"
    path.write_text("locale: en-US\nlanguagetool:\n  url: localhost:8081\n  retries: 3\n")
    proc = run_cli("lint", "--config", str(path), "-", stdin="Hello.", cwd=tmp_path)
    assert proc.returncode == 2
    assert f"{path}:3:" in proc.stderr  # url: not an http(s) URL
    assert f"{path}:4:" in proc.stderr  # unknown key


def test_cli_server_down_still_reports_other_findings(tmp_path: Path, refused_url: str) -> None:
    proc = run_cli(
        "lint", "--locale", "en-US", "--languagetool-url", refused_url, "-",
        stdin=DRAFT, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 1  # the card number is an error, as without LanguageTool
    assert "common.pii.card-number" in proc.stdout
    assert "en.spelling-us.british-spelling" in proc.stdout
    assert proc.stderr.count("grammar was skipped") == 1
    assert f"note: grammar: LanguageTool at {refused_url} unreachable" in proc.stderr


def test_cli_notes_are_printed_once_for_many_messages(tmp_path: Path, refused_url: str) -> None:
    proc = run_cli(
        "lint", "--locale", "en-US", "--input", "lines", "--languagetool-url", refused_url, "-",
        stdin="I has sent it.\nWe was late.\nThanks for waiting.\n", cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0
    assert proc.stderr.count("grammar was skipped") == 1


def test_cli_env_variable_and_unsafe_fix(tmp_path: Path, stub: Stub, monkeypatch) -> None:
    monkeypatch.setenv("CHATWRITER_LANGUAGETOOL_URL", stub.url)
    proc = run_cli("lint", "--locale", "en-US", "-", stdin="I has sent it.", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "en.languagetool.grammar" in proc.stdout
    assert "'have' (unsafe)" in proc.stdout
    fixed = run_cli(
        "fix", "--unsafe", "--locale", "en-US", "-", stdin="I has sent it.", cwd=tmp_path
    )
    assert fixed.stdout == "I have sent it."


def test_doctor_shows_reachable_with_version(tmp_path: Path, stub: Stub) -> None:
    proc = run_cli("doctor", "--locale", "en-US", "--languagetool-url", stub.url, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"languagetool: {stub.url} reachable (LanguageTool 6.8-stub" in proc.stdout
    assert "en-US is checked as en-US" in proc.stdout
    assert "skipped en.languagetool" not in proc.stdout


def test_doctor_shows_unreachable_and_skipped_rules(tmp_path: Path, refused_url: str) -> None:
    proc = run_cli("doctor", "--locale", "en-US", "--languagetool-url", refused_url, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"languagetool: {refused_url} unreachable (connection refused)" in proc.stdout
    assert (
        f"skipped en.languagetool.grammar: LanguageTool at {refused_url} unreachable" in proc.stdout
    )


def test_doctor_without_server_says_how_to_configure_one(tmp_path: Path) -> None:
    proc = run_cli("doctor", "--locale", "en-US", "--isolated", cwd=tmp_path)
    assert "languagetool: not configured" in proc.stdout
    assert "skipped en.languagetool.grammar: needs a LanguageTool server" in proc.stdout


# -- personal data never reaches the server -------------------------------------------------
def test_personal_data_is_masked_before_the_text_is_sent(stub: Stub) -> None:
    draft = "Your card 4111 1111 1111 1111 and anna.berg@example.com are noted."
    report = linter_for(stub.url).lint(draft)
    (sent,) = stub.checks()
    assert sent["text"] == "Your card 0000 0000 0000 0000 and xxxx.xxxx@xxxxxxx.xxx are noted."
    assert len(sent["text"]) == len(draft)  # offsets from the server still fit the draft
    assert {"common.pii.card-number", "common.pii.email-address"} <= {
        f.rule for f in report.findings
    }


def test_masking_can_be_turned_off(stub: Stub) -> None:
    lt = LanguageToolConfig(url=stub.url, mask_personal_data=False)
    Linter(locale="en-US", config=Config(languagetool=lt)).lint("Card 4111 1111 1111 1111 ok.")
    assert stub.checks()[0]["text"] == "Card 4111 1111 1111 1111 ok."


def test_commands_warn_at_start_about_plain_http_to_another_host(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from chatwriter.cli import make_linter

    # Building the client connects nowhere; the warning comes before any draft is sent.
    make_linter("en-US", None, isolated=True, languagetool_url="http://lt.example:8081")
    assert "warning: LanguageTool at http://lt.example:8081 is neither" in capsys.readouterr().err
    make_linter("en-US", None, isolated=True, languagetool_url="https://lt.example")
    make_linter("en-US", None, isolated=True, languagetool_url="http://127.0.0.1:8081")
    assert capsys.readouterr().err == ""
