"""The grammar kind against a local stand-in for LanguageTool: fast, and every error path.

The stand-in is a real HTTP server on 127.0.0.1 (random port, in a thread) that speaks
the part of LanguageTool's API chatwriter uses. It flags the word ``teh`` as a
misspelling and ``has`` after ``I`` as a grammar error, with offsets in UTF-16 code
units as LanguageTool (Java) counts them, and can be told to be slow, to fail with 500,
or to send malformed JSON. The real server is exercised in test_grammar_languagetool.py.
"""

from __future__ import annotations

import json
import re
import socket
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
from chatwriter.languagetool import LanguageToolClient, LanguageToolUnavailable, str_offsets
from tests.helpers import run_cli

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


class Stub:
    """A stand-in LanguageTool server; set ``mode`` to change how it answers /v2/check."""

    def __init__(self) -> None:
        self.mode = "ok"  # ok | slow | error500 | not-json | no-matches-key | bad-match
        self.delay = 1.0
        self.requests: list[tuple[str, dict[str, str]]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # http.server's naming
                stub.requests.append((self.path, {}))
                if self.path == "/v2/languages":
                    self._send(200, json.dumps(LANGUAGES))
                else:
                    self._send(404, "not found")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
                stub.requests.append((self.path, form))
                if self.path != "/v2/check":
                    self._send(404, "not found")
                    return
                if stub.mode == "slow":
                    time.sleep(stub.delay)
                if stub.mode == "error500":
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

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def checks(self) -> list[dict[str, str]]:
        return [form for path, form in self.requests if path == "/v2/check"]


@pytest.fixture
def stub() -> Iterator[Stub]:
    s = Stub()
    s.thread.start()
    try:
        yield s
    finally:
        s.server.shutdown()
        s.server.server_close()


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
    started = time.monotonic()
    report = linter.lint(DRAFT)
    assert time.monotonic() - started < stub.delay
    _other_rules_still_answer(report)
    (note,) = report.skipped
    assert "did not answer within 200 ms" in note and note.endswith("grammar was skipped")
    # While backing off, the next messages do not wait for the server again.
    before = len(stub.checks())
    started = time.monotonic()
    second = linter.lint("I has sent another one.")
    assert time.monotonic() - started < 0.2
    assert len(stub.checks()) == before
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
    assert report.skipped == []  # it-IT has no languagetool guide: nothing asks the server


def test_no_server_configured_skips_the_rules_at_compile_time() -> None:
    linter = Linter(locale="en-US")
    assert linter.languagetool is None
    skipped = {r.id: r.status for r in linter.rules() if ".languagetool." in r.id}
    assert set(skipped) == {"en.languagetool.grammar", "en.languagetool.spelling"}
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
