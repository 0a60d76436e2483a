"""Batch grammar: ``Linter.lint_many`` asks LanguageTool for a chunk's texts through a
bounded pool of connections, warms each language up first, retries a timeout once and
never turns grammar off for the rest of the run (docs/grammar-batch.md).

The error paths run against a small stand-in server on 127.0.0.1 that can be told to let
one text time out once, or always; the rest runs against the real server whose URL is in
``CHATWRITER_TEST_LANGUAGETOOL_URL`` (skipped without it, failing in CI as in
test_grammar_languagetool.py). No test measures time: concurrency is shown by a barrier
that only simultaneous requests can pass.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from chatwriter import Linter
from chatwriter.batch import grammar_unchecked, lint_all
from chatwriter.guide.loader import Config, LanguageToolConfig
from chatwriter.languagetool import LanguageToolClient
from chatwriter.languagetool.pool import WARMUP_TEXT
from chatwriter.model import Message
from tests.helpers import run_cli

ENV = "CHATWRITER_TEST_LANGUAGETOOL_URL"
LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]
#: Texts the stand-in answers late: the first time only, or every time.
SLOW_ONCE = "slowonce"
SLOW_ALWAYS = "slowalways"

EN = [
    "I has sent the replacement card to your address this morning.",
    "Thank you for waiting, the refund is on its way.",
    "We was not able to reach you by phone yesterday.",
    "Your order shipped today and should arrive on Friday.",
    "Could you send me a photo of the damaged box?",
    "I have checked your account and everything looks fine now.",
    "She have already cancelled the second subscription for you.",
    "The technician will call you before he arrives.",
    "Please restart the router and tell me if the light turns green.",
    "There is two charges on your statement, and I will reverse one.",
    "Your new password must have at least twelve characters.",
    "I am sorry for the delay, our warehouse was closed on Monday.",
    "He don't need to print the label, the driver brings one.",
    "You can change the delivery date in the app under Orders.",
    "We recieved your message and will reply today.",
    "I will add a note to your file so my colleagues see it.",
    "Your booking for two nights is confirmed.",
    "If the problem comes back, just reply to this message.",
    "Its a known issue and our team is fixing it.",
    "The voucher is valid until the end of next month.",
]
DE = [
    "Wir hat Ihre Bestellung heute verschickt.",
    "Vielen Dank für Ihre Geduld, die Erstattung ist unterwegs.",
    "Ich habe Ihr Konto geprüft und alles ist in Ordnung.",
    "Der Techniker kommen am Donnerstag zwischen acht und zwölf Uhr.",
    "Bitte starten Sie den Router neu und sagen Sie mir Bescheid.",
    "Ihre Rechnung finden Sie im Kundenkonto unter Dokumente.",
    "Die Paket wurde gestern an unser Lager zurückgeschickt.",
    "Es tut mir leid, dass Sie so lange warten mussten.",
    "Sie können den Liefertermin in der App ändern.",
    "Ich schicke Ihnen den Rücksendeschein noch einmal per E-Mail.",
    "Das neue Passwort muss mindestens zwölf Zeichen haben.",
    "Wir haben den doppelten Betrag bereits storniert.",
    "Ihr Gutschein ist bis Ende nächsten Monats gültig.",
    "Falls das Problem wieder auftritt, antworten Sie einfach auf diese Nachricht.",
    "Ich habe eine Notiz in Ihrer Akte hinterlassen.",
    "Vielen Dank für Ihre Gedult.",
    "Die Lieferung erfolgt innerhalb von drei Werktagen.",
    "Ihre Buchung für zwei Nächte ist bestätigt.",
    "Ich leite Ihre Anfrage an unsere Fachabteilung weiter.",
    "Wir melden uns morgen bei Ihnen.",
]


class Standin:
    """A stand-in LanguageTool: flags the word ``has`` and counts every check it gets."""

    def __init__(self) -> None:
        self.checks: list[dict[str, str]] = []
        self.release = threading.Event()  # set at the end: slow answers stop waiting
        self.lock = threading.Lock()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._send(json.dumps(LANGUAGES))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
                text = form.get("text", "")
                with standin.lock:
                    standin.checks.append(form)
                    asked = sum(c.get("text") == text for c in standin.checks)
                if SLOW_ALWAYS in text or (SLOW_ONCE in text and asked == 1):
                    standin.release.wait(30)  # far beyond the client's timeout
                start = text.find(" has ")
                matches = []
                if start >= 0:
                    matches.append(
                        {
                            "offset": start + 1,
                            "length": 3,
                            "message": "Use 'have'.",
                            "replacements": [{"value": "have"}],
                            "rule": {
                                "id": "HAS_HAVE",
                                "issueType": "grammar",
                                "category": {"id": "GRAMMAR"},
                            },
                        }
                    )
                self._send(json.dumps({"software": {"version": "9.9-standin"}, "matches": matches}))

            def _send(self, body: str) -> None:
                data = body.encode("utf-8")
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def asked(self) -> Counter[str]:
        """How often each text was checked (warm-ups included)."""
        with self.lock:
            return Counter(c.get("text", "") for c in self.checks)

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def standin() -> Iterator[Standin]:
    server = Standin()
    yield server
    server.stop()


def linter_for(url: str, timeout_ms: int) -> Linter:
    return Linter(
        locale="en-US",
        config=Config(languagetool=LanguageToolConfig(url=url, timeout_ms=timeout_ms)),
    )


def lt_findings(report: Any) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.rule) for f in report.findings if ".languagetool." in f.rule]


def drafts(count: int) -> list[str]:
    return [f"Hello, I has sent parcel number {i} today." for i in range(count)]


# -- the stand-in: timeouts, retries, counts ---------------------------------------------
def test_a_timeout_is_retried_once_and_the_message_is_checked(standin: Standin) -> None:
    linter = linter_for(standin.url, timeout_ms=1000)
    texts = [f"Hello, I has sent the {SLOW_ONCE} parcel today.", *drafts(12)]
    reports = list(linter.lint_many(texts))
    assert [r.skipped for r in reports] == [[]] * len(texts)
    assert all(lt_findings(r) for r in reports), "every message was checked"
    asked = standin.asked()
    assert asked[texts[0]] == 2  # timed out once, answered the second time
    assert all(asked[t] == 1 for t in texts[1:])
    assert asked[WARMUP_TEXT] == 1  # one warm-up for the one language


@pytest.mark.slow  # a fault test: it waits out a timeout (.ci/run runs the slow tier)
def test_one_text_that_always_times_out_leaves_the_rest_checked(standin: Standin) -> None:
    linter = linter_for(standin.url, timeout_ms=1000)
    # The slow one first: its timeouts must not make the client give up on the others.
    texts = [f"Hello, I has sent the {SLOW_ALWAYS} parcel today.", *drafts(12)]
    texts.append(texts[0])  # the same text twice: asked twice in all, not four times
    reports = lint_all(linter, [Message(t, "en-US") for t in texts])
    unchecked = [r for r in reports if grammar_unchecked(r)]
    assert len(unchecked) == 2 and unchecked[0].text == texts[0] == unchecked[1].text
    (note,) = unchecked[0].skipped
    assert "did not answer within 1000 ms, twice" in note and note.endswith("grammar was skipped")
    assert all(r.skipped == [] and lt_findings(r) for r in reports[1:-1])
    assert standin.asked()[texts[0]] == 2  # the rule did not try a third time
    # The client did not back off: a message linted afterwards is checked.
    assert lt_findings(linter.lint("Hello, I has sent it.")) != []


@pytest.mark.slow  # a fault test: it waits out a timeout (.ci/run runs the slow tier)
def test_the_cli_counts_the_drafts_grammar_did_not_check(standin: Standin, tmp_path: Path) -> None:
    texts = [f"Hello, I has sent the {SLOW_ALWAYS} parcel.", *drafts(5)]
    path = tmp_path / "drafts.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("languagetool:\n  timeout_ms: 1000\n")
    result = run_cli(
        "lint", "--config", str(config), "--input", "jsonl", "--locale", "en-US",
        "--languagetool-url", standin.url, "--grammar-connections", "2", str(path),
    )  # fmt: skip
    assert "note: grammar was not checked on 1 of 6 drafts" in result.stderr
    assert result.stderr.count("did not answer within 1000 ms, twice") == 1


def test_the_batch_sends_what_the_single_message_path_sends(standin: Standin) -> None:
    """Personal data is masked exactly as on the single-message path."""
    texts = [
        "Hi, I has sent the code to jane.doe@example.com and +44 20 7946 0958.",
        "Your card 4111 1111 1111 1111 has been blocked, I has told the bank.",
    ]
    single = linter_for(standin.url, timeout_ms=5000)
    for text in texts:
        single.lint(text)
    sent_single = [c["text"] for c in standin.checks if c["text"] != WARMUP_TEXT]
    standin.checks.clear()
    batch = linter_for(standin.url, timeout_ms=5000)
    list(batch.lint_many(texts))
    sent_batch = [c["text"] for c in standin.checks if c["text"] != WARMUP_TEXT]
    assert sorted(sent_batch) == sorted(sent_single)
    assert "jane.doe" not in "".join(sent_batch) and "4111" not in "".join(sent_batch)


def test_each_language_is_warmed_up_once_before_its_first_text(standin: Standin) -> None:
    linter = linter_for(standin.url, timeout_ms=5000)
    messages = [Message(t, "en-US") for t in drafts(3)] + [Message(t, "de-DE") for t in DE[:3]]
    list(linter.lint_many(messages))
    list(linter.lint_many([Message(t, "de-DE") for t in DE[3:6]]))
    warm = [c["language"] for c in standin.checks if c["text"] == WARMUP_TEXT]
    assert sorted(warm) == ["de-DE", "en-US"]
    for language in ("en-US", "de-DE"):
        first = next(c for c in standin.checks if c["language"] == language)
        assert first["text"] == WARMUP_TEXT


def test_a_batch_answer_outlives_the_lru_cache(standin: Standin) -> None:
    """The rules read a batch's answers even when the cache has evicted them."""
    client = LanguageToolClient(standin.url, cache_size=2)
    texts = [f"I has number {i}." for i in range(6)]
    with client.batch([(t, "en-US") for t in texts]) as stats:
        assert (stats.texts, stats.requests, stats.failed) == (6, 6, 0)
        before = len(standin.checks)
        assert all(len(client.check(t, "en-US")) == 1 for t in texts)
        assert len(standin.checks) == before
    assert stats.warmed == ["en-US"]


# -- the real server -------------------------------------------------------------------
@pytest.fixture(scope="module")
def lt_url() -> str:
    url = os.environ.get(ENV, "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {ENV} is not set")
        pytest.skip(f"{ENV} is not set (see test_grammar_languagetool.py)")
    return url


def mixed() -> list[Message]:
    return [Message(t, "en-US") for t in EN] + [Message(t, "de-DE") for t in DE]


@pytest.mark.slow
def test_real_server_batch_results_equal_the_sequential_ones(lt_url: str) -> None:
    messages = mixed()
    sequential = linter_for(lt_url, timeout_ms=120_000)
    expected = [sequential.lint_message(m) for m in messages]
    batch = linter_for(lt_url, timeout_ms=120_000)
    got = list(batch.lint_many(messages))
    assert [r.skipped for r in got] == [[]] * len(messages)
    assert [r.findings for r in got] == [r.findings for r in expected]
    assert sum(len(lt_findings(r)) for r in got) >= 8, "the drafts hold errors LT finds"


def test_real_server_requests_run_at_once_and_stay_bounded(lt_url: str) -> None:
    """A barrier lets the first requests through only when ``connections`` of them are in
    flight together: a sequential batch would break it (and fail) instead of passing."""
    linter = linter_for(lt_url, timeout_ms=120_000)
    client = linter.languagetool
    connections = 3
    barrier = threading.Barrier(connections, timeout=60)
    lock = threading.Lock()
    state = {"now": 0, "most": 0, "checks": 0}
    real = client._request

    def counted(path: str, form: Any, budget: Any, *, batch: bool = False) -> Any:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            if batch and form is not None and form["text"] != WARMUP_TEXT:
                state["checks"] += 1
                wait = state["checks"] <= connections  # the first checks of the batch
            else:
                wait = False
        try:
            if wait:
                barrier.wait()
            return real(path, form, budget, batch=batch)
        finally:
            with lock:
                state["now"] -= 1

    client._request = counted  # type: ignore[method-assign]
    reports = list(linter.lint_many(mixed(), grammar_connections=connections))
    assert all(r.skipped == [] for r in reports)
    assert not barrier.broken
    assert state["most"] == connections  # at once, and never more than asked
