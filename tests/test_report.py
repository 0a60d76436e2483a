"""``chatwriter report``: transcripts in, aggregates per operator, team and week out.

The aggregates are checked against a hand count: a seeded generator builds
conversations from a small pool of replies whose findings are known (and checked on
their own first, so a rule change points at the pool, not at the counting).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chatwriter import Linter
from chatwriter.cli import main
from chatwriter.errors import ChatwriterError
from chatwriter.model import Severity
from chatwriter.report import Options, aggregate, read_transcripts
from chatwriter.report.aggregate import pearson
from chatwriter.report.html import render
from chatwriter.report.pseudonyms import KEY_VARIABLE, pseudonymizer
from chatwriter.report.transcripts import TranscriptError, html_to_text, parse_map, parse_time
from tests.helpers import REPO

CARD = "4111 1111 1111 1111"
PASSWORD = "Tulip-88-river"
#: en-US agent replies and the categories of their findings at warning or error.
POOL: list[tuple[str, dict[str, int]]] = [
    ("Thanks for waiting, I've checked your order and it ships tomorrow.", {}),
    ("I've sent the return label to your inbox; let me know if it doesn't arrive.", {}),
    ("Your refund was approved this morning and should reach your account in a few days.", {}),
    ("Please send the receipt, it is VERY IMPORTANT for the claim.", {"shouting": 1}),
    (f"The card {CARD} is still on your account.", {"pii": 1}),
    ("As I already told you, the refund takes five days.", {"tone": 1}),
    ("As I already told you, PLEASE READ THE EMAIL.", {"tone": 1, "shouting": 1}),
    (f"Hi Sam, your new password is {PASSWORD}, please change it after you log in.", {"pii": 1}),
    ("Thx, I'll check ur order now.", {"textspeak": 2}),
]
OPERATORS = {"Ana Ruiz": "Tier 1", "Ben Okafor": "Tier 1", "Chloé Martin": "Tier 2"}
START = datetime(2026, 9, 28, 8, 0, tzinfo=timezone.utc)  # Monday of ISO week 40


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


def test_the_pool_has_the_findings_it_is_labelled_with(linter: Linter) -> None:
    for text, expected in POOL:
        loud = [f for f in linter.lint(text).findings if f.severity.rank >= Severity.WARNING.rank]
        assert Counter(f.category for f in loud) == Counter(expected), text


def seeded_conversations(seed: int, count: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Conversations in the canonical shape, and the counts a hand tally gives."""
    rng = random.Random(seed)
    conversations = []
    want: dict[str, Any] = {
        "ops": {
            n: {"msgs": 0, "by": Counter(), "conv": 0, "csat": [], "resp": []} for n in OPERATORS
        },
        "weeks": Counter(),
        "findings": 0,
    }
    for i in range(count):
        author = rng.choice(sorted(OPERATORS))
        csat = rng.choice([None, 1, 2, 3, 4, 5])
        at = START + timedelta(days=rng.randrange(21), minutes=rng.randrange(600))
        messages = []
        for _ in range(rng.randint(1, 3)):
            messages.append({"role": "customer", "text": "Any news on my order?", "at": _iso(at)})
            wait = rng.randrange(30, 900)
            at += timedelta(seconds=wait)
            text, labels = rng.choice(POOL)
            messages.append({"role": "agent", "author": author, "text": text, "at": _iso(at)})
            op = want["ops"][author]
            op["msgs"] += 1
            op["by"].update(labels)
            op["resp"].append(wait)
            want["findings"] += sum(labels.values())
            want["weeks"][(f"{at.isocalendar()[0]}-W{at.isocalendar()[1]:02d}", author)] += 1
            at += timedelta(seconds=rng.randrange(10, 120))
        op = want["ops"][author]
        op["conv"] += 1
        if csat is not None:
            op["csat"].append(csat)
        conversations.append(
            {
                "id": f"c-{i}",
                "locale": "en-US",
                "team": OPERATORS[author],
                "csat": csat,
                "messages": messages,
            }
        )
    return conversations, want


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.mark.parametrize("seed", [1, 2])
def test_aggregates_match_a_hand_count(linter: Linter, tmp_path: Path, seed: int) -> None:
    import statistics

    conversations, want = seeded_conversations(seed, 40)
    path = _write_jsonl(tmp_path / "t.jsonl", conversations)
    data = aggregate(linter, read_transcripts(path))

    assert data["totals"] == {
        "conversations": 40,
        "agent_messages": sum(o["msgs"] for o in want["ops"].values()),
        "findings": want["findings"],
    }
    rows = {row["author"]: row for row in data["operators"]}
    for name, op in want["ops"].items():
        row = rows[name]
        assert row["team"] == OPERATORS[name]
        assert row["agent_messages"] == op["msgs"]
        assert row["conversations"] == op["conv"]
        assert row["by_category"] == dict(op["by"])
        assert row["findings"] == sum(op["by"].values())
        assert row["median_response_s"] == statistics.median(op["resp"])
        expected_csat = round(statistics.fmean(op["csat"]), 2) if op["csat"] else None
        assert row["csat_mean"] == expected_csat
    teams = {row["team"]: row for row in data["teams"]}
    assert teams["Tier 1"]["agent_messages"] == sum(
        want["ops"][n]["msgs"] for n, t in OPERATORS.items() if t == "Tier 1"
    )
    weeks = {(w["week"], w["author"]): w["agent_messages"] for w in data["weeks"]}
    assert weeks == dict(want["weeks"])


def test_the_period_filters_by_message_time(linter: Linter, tmp_path: Path) -> None:
    conversations, _ = seeded_conversations(3, 30)
    path = _write_jsonl(tmp_path / "t.jsonl", conversations)
    since, until = date(2026, 10, 5), date(2026, 10, 11)
    data = aggregate(linter, read_transcripts(path), Options(since=since, until=until))
    in_period = sum(
        1
        for c in conversations
        for m in c["messages"]
        if m["role"] == "agent" and since <= parse_time(m["at"]).date() <= until
    )
    assert 0 < data["totals"]["agent_messages"] == in_period < 60
    assert data["period"] == {"from": "2026-10-05", "to": "2026-10-11"}
    assert {w["week"] for w in data["weeks"]} == {"2026-W41"}


def test_response_time_runs_from_the_first_unanswered_customer_turn(
    linter: Linter, tmp_path: Path
) -> None:
    turns = [
        ("customer", "09:00:00"),
        ("customer", "09:01:00"),  # still waiting since 09:00
        ("agent", "09:05:00"),  # 300 s
        ("agent", "09:06:00"),  # no new customer turn: no response time
        ("customer", "09:10:00"),
        ("agent", "09:10:40"),  # 40 s
    ]
    conv = {
        "id": "r-1",
        "messages": [
            {"role": role, "author": "Ana", "text": "Thanks, I'll check.", "at": f"2026-10-01T{t}Z"}
            for role, t in turns
        ],
    }
    row = aggregate(linter, read_transcripts(_write_jsonl(tmp_path / "r.jsonl", [conv])))[
        "operators"
    ][0]
    assert row["agent_messages"] == 3
    assert row["median_response_s"] == 170.0  # median of 300 and 40


def test_customer_turns_are_context_never_linted(linter: Linter, tmp_path: Path) -> None:
    conv = {
        "id": "x",
        "messages": [
            {"role": "customer", "text": f"MY CARD IS {CARD} FIX IT NOW!!!"},
            {"role": "agent", "author": "Ana", "text": "Thanks for waiting, I've checked it."},
        ],
    }
    data = aggregate(linter, read_transcripts(_write_jsonl(tmp_path / "c.jsonl", [conv])))
    assert data["totals"] == {"conversations": 1, "agent_messages": 1, "findings": 0}


def test_personal_data_never_reaches_json_or_html(linter: Linter, tmp_path: Path) -> None:
    conversations, _ = seeded_conversations(4, 60)
    data = aggregate(linter, read_transcripts(_write_jsonl(tmp_path / "t.jsonl", conversations)))
    examples = [
        ex for row in data["operators"] for top in row["top_rules"] for ex in top["examples"]
    ]
    assert any(ex["match"] == "**** **** **** ****" for ex in examples)
    for text in (json.dumps(data, ensure_ascii=False), render(data)):
        assert CARD not in text and PASSWORD not in text
        assert CARD.replace(" ", "") not in text


def test_pseudonyms_are_stable_keyed_and_hide_names_in_excerpts(
    linter: Linter, tmp_path: Path
) -> None:
    conv = {
        "id": "p",
        "messages": [
            {"role": "customer", "text": "Hello?"},
            {"role": "agent", "author": "Ben Okafor", "text": "PLEASE WAIT, Ben here, checking."},
        ],
    }
    path = _write_jsonl(tmp_path / "p.jsonl", [conv])
    key = "k" * 24
    outputs = []
    for _ in range(2):
        data = aggregate(linter, read_transcripts(path), Options(pseudonym=pseudonymizer(key)))
        outputs.append(json.dumps(data, ensure_ascii=False))
    assert outputs[0] == outputs[1]
    assert "Ben" not in outputs[0] and "Okafor" not in outputs[0]
    name = json.loads(outputs[0])["operators"][0]["author"]
    assert name.startswith("op-") and name in outputs[0]
    assert pseudonymizer("z" * 24)("Ben Okafor") != name
    assert pseudonymizer(key)("  ben   OKAFOR ") == name


def test_pseudonyms_need_a_real_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    with pytest.raises(ChatwriterError, match=KEY_VARIABLE):
        pseudonymizer()
    with pytest.raises(ChatwriterError, match="at least 16"):
        pseudonymizer("short")


# -- input shapes -------------------------------------------------------------------------


def test_rows_with_a_column_map_group_consecutive_rows(tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(
        "ticket_id,agent,author_role,body,created_at,score\n"
        "T1,,end-user,Where is my parcel?,2026-10-01T10:00:00Z,\n"
        "T1,Ana,agent,It ships today.,2026-10-01T10:02:00Z,4\n"
        'T2,Ben,agent,"Hello, thanks for waiting.",2026-10-02T11:00:00+02:00,\n',
        "utf-8",
    )
    mapping = parse_map(
        "conversation=ticket_id,author=agent,role=author_role,text=body,at=created_at,csat=score"
    )
    convs = list(read_transcripts(path, mapping=mapping))
    assert [c.id for c in convs] == ["T1", "T2"]
    assert [t.role for t in convs[0].turns] == ["customer", "agent"]
    assert convs[0].csat == 4.0
    assert convs[1].turns[0].at == datetime(2026, 10, 2, 9, 0, tzinfo=timezone.utc)
    assert convs[1].turns[0].text == "Hello, thanks for waiting."


def test_rows_without_a_role_column_are_agent_replies(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "rows.jsonl", [{"conv": "a", "body": "Hi", "who": "Ana"}])
    (conv,) = read_transcripts(path, "rows", parse_map("conversation=conv,text=body,author=who"))
    assert conv.turns[0].is_agent and conv.turns[0].author == "Ana"


def test_intercom_conversations(tmp_path: Path) -> None:
    data = {
        "type": "conversation",
        "id": "215",
        "created_at": 1759312800,
        "source": {
            "type": "conversation",
            "body": "<p>My order is late</p>",
            "author": {"type": "user", "id": "u1", "name": "Dana"},
        },
        "conversation_rating": {"rating": 4},
        "conversation_parts": {
            "type": "conversation_part.list",
            "conversation_parts": [
                {
                    "part_type": "comment",
                    "body": "<p>Hi Dana,</p><p>it ships today &amp; arrives Friday.</p>",
                    "created_at": 1759312920,
                    "author": {"type": "admin", "id": "a7", "name": "Ana Ruiz"},
                },
                {
                    "part_type": "note",
                    "body": "<p>internal: customer is VIP</p>",
                    "created_at": 1759312930,
                    "author": {"type": "admin", "id": "a7", "name": "Ana Ruiz"},
                },
                {
                    "part_type": "comment",
                    "body": "<p>Rate us!</p>",
                    "created_at": 1759312940,
                    "author": {"type": "bot", "id": "b1", "name": "Operator"},
                },
            ],
        },
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps([data], indent=2), "utf-8")
    (conv,) = read_transcripts(path)
    assert conv.id == "215" and conv.csat == 4.0
    assert [(t.role, t.text) for t in conv.turns] == [
        ("customer", "My order is late"),
        ("agent", "Hi Dana,\nit ships today & arrives Friday."),
        ("bot", "Rate us!"),
    ]
    assert conv.turns[1].author == "Ana Ruiz"
    assert (conv.turns[1].at - conv.turns[0].at).total_seconds() == 120


def test_html_bodies_become_text() -> None:
    assert html_to_text("<div>a<br>b</div>") == "a\nb"
    assert html_to_text("plain &lt;3") == "plain <3"


@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        ('{"id": 1, "messages": [{"text": "hi"}]}\n{"id": 2}\n', ":2:", "messages"),
        ('{"id": 1, "messages": []}\nnot json\n', ":2:", "not JSON"),
        ('{"id": 1, "messages": [{"text": "hi", "at": "yesterday"}]}\n', ":1:", "ISO 8601"),
        ('{"id": 1, "csat": "great", "messages": []}\n', ":1:", "csat"),
    ],
)
def test_bad_lines_are_named(tmp_path: Path, content: str, where: str, what: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(TranscriptError) as info:
        list(read_transcripts(path))
    assert f"bad.jsonl{where}" in str(info.value) and what in str(info.value)


def test_a_bad_map_says_what_fields_exist() -> None:
    with pytest.raises(TranscriptError, match="fields are conversation"):
        parse_map("ticket=ticket_id")
    with pytest.raises(TranscriptError, match="field=column"):
        parse_map("conversation")


def test_pearson() -> None:
    assert pearson([(1, 2), (2, 4), (3, 6)]) == pytest.approx(1.0)
    assert pearson([(1, 5), (2, 5), (3, 5)]) is None


# -- the command ----------------------------------------------------------------------------


def test_cli_writes_html_and_json(tmp_path: Path) -> None:
    sample = REPO / "examples" / "report" / "transcripts.jsonl"
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(main, ["report", str(sample), "--out", str(out), "--isolated"])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert (
        page.startswith("<!DOCTYPE html>")
        and "<svg" in page
        and "http" not in page.split("<body>")[1].replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    assert "report: 4 conversations, 5 agent messages" in result.output
    result = runner.invoke(main, ["report", str(sample), "--format", "json", "-q", "--isolated"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["version"] == 1 and data["totals"]["agent_messages"] == 5


def test_cli_names_a_bad_file_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "messages": "hello"}\n', "utf-8")
    result = CliRunner().invoke(main, ["report", str(bad), "--isolated"])
    assert result.exit_code == 2
    assert "bad.jsonl:1:" in result.output and "messages" in result.output


def test_cli_rejects_an_unknown_locale_by_conversation(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "t.jsonl",
        [{"id": "z-9", "locale": "xx-YY", "messages": [{"role": "agent", "text": "Hi"}]}],
    )
    result = CliRunner().invoke(main, ["report", str(path), "--isolated"])
    assert result.exit_code == 2 and "conversation z-9" in result.output


def test_the_documented_vendor_examples_read_as_documented(linter: Linter) -> None:
    """docs/report.md's Zendesk mapping and Intercom export, on the files in examples/."""
    zendesk = REPO / "examples" / "report" / "zendesk-comments.csv"
    mapping = parse_map(
        "conversation=ticket_id,author=author_name,role=author_role,public=public,"
        "at=created_at,text=plain_body"
    )
    convs = list(read_transcripts(zendesk, mapping=mapping))
    assert [len(c.turns) for c in convs] == [2, 2]  # the private note is skipped
    data = aggregate(linter, convs)
    rows = {row["author"]: row for row in data["operators"]}
    assert rows["Jonas Weber"]["findings"] == 0
    assert set(rows["Ola Berg"]["by_category"]) == {"textspeak", "tone"}
    assert rows["Jonas Weber"]["median_response_s"] == 220.0
    intercom = aggregate(linter, read_transcripts(REPO / "examples" / "report" / "intercom.json"))
    (row,) = intercom["operators"]
    assert (row["author"], row["csat_mean"], row["median_response_s"]) == ("Aiko Tanaka", 5.0, 90.0)


def test_the_median_of_counted_values_is_the_median_of_the_values() -> None:
    import statistics

    from chatwriter.report.aggregate import median

    rng = random.Random(5)
    for n in range(1, 120):
        values = [rng.choice([1.0, 2.0, 30.0, 61.5, rng.random() * 600]) for _ in range(n)]
        assert median(Counter(values)) == statistics.median(values)
