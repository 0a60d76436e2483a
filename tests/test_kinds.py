"""Each rule kind on a guide written for the test, through the public Linter API."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwriter import Linter
from chatwriter.errors import ChatwriterError
from chatwriter.model import Applicability

GUIDE = """\
guide: acme.kinds
rules:
  - id: register
    kind: consistency
    category: formality
    message: "'{match}' is {group}; this conversation uses {expected}."
    skip_sentence_start: [Sie, Ihnen]
    prefer_setting: formality
    groups:
      formal: [Sie, Ihnen]
      informal: [du, dich, dir, Du, Dich, Dir]
  - id: spelling
    kind: consistency
    category: spelling-variant
    message: "'{match}' is {group}; write '{replacement}'."
    case_sensitive: false
    parallel: true
    prefer_setting: orthography
    groups:
      traditional: [connaître, boîte, événement]
      reformed: [connaitre, boite, évènement]
  - id: alternatives
    kind: substitute
    category: vocabulary-variant
    message: "Prefer '{replacement}'."
    swap:
      cell phone: [mobile, mobile phone]
      gizmo: gadget
  - id: order-ref
    kind: regex
    category: format
    message: "Write order numbers with the hash."
    pattern: '\\border (?P<num>\\d{5})\\b'
    group: num
    replace: '#\\g<num>'
    applicability: safe
  - id: hedge
    kind: phrase
    category: clarity
    message: "'{match}' hedges."
    phrases: [sort of, kind of]
    suggest: [""]
    applicability: display
  - id: promise
    kind: phrase
    category: commitment
    message: "'{match}' is a promise."
    phrases: [we guarantee]
    unless_after: [not, cannot, "can't"]
    window: 2
  - id: emoji
    kind: metric
    category: emoji
    message: "{value} emoji; limit {limit}."
    metric: emoji
    max: 5
    max_setting: emoji_limit
"""


def linter(tmp_path: Path, settings: str = "", guide: str = GUIDE) -> Linter:
    (tmp_path / "kinds.yaml").write_text(guide, encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(f"guides: [kinds.yaml]\n{settings}", encoding="utf-8")
    return Linter(locale="en-US", config=config)


def rule_findings(report, rule: str):
    return [f for f in report.findings if f.rule == f"acme.kinds.{rule}"]


def test_consistency_ambiguous_only_at_sentence_start(tmp_path: Path) -> None:
    lint = linter(tmp_path).lint
    # "Sie" opening a sentence is ambiguous (they/you) and ignored; "Du" there is not.
    assert not rule_findings(lint("Sie haben geschrieben. Kannst du das prüfen?"), "register")
    found = rule_findings(lint("Danke. Du kannst Ihnen schreiben, wenn Sie mögen."), "register")
    assert [f.match for f in found] == ["Ihnen", "Sie"]
    assert found[0].message == "'Ihnen' is formal; this conversation uses informal."


def test_consistency_prefers_the_locale_setting(tmp_path: Path) -> None:
    lint = linter(tmp_path, "settings: {formality: formal}\n").lint
    found = rule_findings(lint("Danke, kannst du das prüfen?"), "register")
    assert [f.match for f in found] == ["du"]


def test_consistency_setting_naming_no_group_prefers_nothing(tmp_path: Path) -> None:
    lint = linter(tmp_path, "settings: {formality: neutral}\n").lint
    assert not rule_findings(lint("Danke, kannst du das prüfen?"), "register")


def test_consistency_carries_the_conversation(tmp_path: Path) -> None:
    lint = linter(tmp_path).lint
    turns = [
        {"role": "agent", "text": "Gerne helfe ich Ihnen."},
        {"role": "customer", "text": "Danke!"},
    ]
    found = rule_findings(lint("Kannst du das prüfen?", conversation=turns), "register")
    assert [(f.match, f.message) for f in found] == [
        ("du", "'du' is informal; this conversation uses formal.")
    ]


def test_parallel_consistency_fixes_to_the_expected_spelling(tmp_path: Path) -> None:
    report = linter(tmp_path).lint("Pour connaître la date, regardez la Boite de réception.")
    (f,) = rule_findings(report, "spelling")
    assert f.match == "Boite" and f.message == "'Boite' is reformed; write 'Boîte'."
    assert f.suggestions[0].applicability is Applicability.SAFE
    assert report.fixed == "Pour connaître la date, regardez la Boîte de réception."


def test_parallel_consistency_follows_the_setting(tmp_path: Path) -> None:
    lint = linter(tmp_path, "settings: {orthography: reformed}\n").lint
    (f,) = rule_findings(lint("Un événement est prévu."), "spelling")
    assert f.suggestions[0].text == "évènement"


def test_parallel_groups_must_align(tmp_path: Path) -> None:
    bad = GUIDE.replace("reformed: [connaitre, boite, évènement]", "reformed: [connaitre]")
    with pytest.raises(ChatwriterError, match="'reformed' has 1 forms, 'traditional' has 3"):
        linter(tmp_path, guide=bad)


def test_substitute_alternatives_are_never_safe(tmp_path: Path) -> None:
    report = linter(tmp_path).lint("Your Cell phone and gizmo, please.")
    first, second = rule_findings(report, "alternatives")
    assert [s.text for s in first.suggestions] == ["Mobile", "Mobile phone"]
    assert {s.applicability for s in first.suggestions} == {Applicability.UNSAFE}
    assert second.suggestions[0].applicability is Applicability.SAFE
    assert report.fixed == "Your Cell phone and gadget, please."


def test_regex_group_and_replace(tmp_path: Path) -> None:
    report = linter(tmp_path).lint("Your order 12345 ships today.")
    (f,) = rule_findings(report, "order-ref")
    assert f.match == "12345" and f.suggestions[0].text == "#12345"
    assert report.fixed == "Your order #12345 ships today."


CUE_GUIDE = """\
guide: acme.kinds
rules:
  - id: member
    kind: regex
    category: pii
    message: "Member number."
    pattern: '(?:(?P<cue>member\\s+no\\.?)\\s*)?(?P<num>\\b\\d{8}\\b)'
    group: num
    cue: cue
    validator: luhn
"""


def test_regex_cue_waives_the_validator(tmp_path: Path) -> None:
    lint = linter(tmp_path, guide=CUE_GUIDE).lint
    # 41111111 fails Luhn; 41111113 passes it.
    assert not rule_findings(lint("Ticket 41111111 is closed."), "member")
    assert rule_findings(lint("Ticket 41111113 is closed."), "member")
    (f,) = rule_findings(lint("Your member no. 41111111 is active."), "member")
    assert f.match == "41111111"


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (("    validator: luhn\n", ""), "a cue only waives a validator"),
        (("    cue: cue\n", "    cue: hint\n"), "no group named 'hint'"),
    ],
)
def test_regex_cue_errors_name_the_fix(tmp_path: Path, change: tuple[str, str], error: str) -> None:
    with pytest.raises(ChatwriterError, match=error):
        linter(tmp_path, guide=CUE_GUIDE.replace(*change)).lint("member no. 41111111")


WORDS_GUIDE = """\
guide: acme.kinds
rules:
  - id: reminder
    kind: regex
    category: tone
    message: "Reminder."
    pattern: '(?i)\\bas I (?:said|told you)\\b'
    requires_words: [said, TOLD]
"""


def test_regex_requires_words_gates_on_whole_words(tmp_path: Path) -> None:
    lint = linter(tmp_path, guide=WORDS_GUIDE).lint
    (f,) = rule_findings(lint("As I SAID, it ships today."), "reminder")
    assert f.match == "As I SAID"
    assert rule_findings(lint("as i told you"), "reminder")
    assert not rule_findings(lint("Nothing was said here."), "reminder")


def test_regex_requires_words_and_requires_exclude_each_other(tmp_path: Path) -> None:
    guide = WORDS_GUIDE + "    requires: 'said'\n"
    with pytest.raises(ChatwriterError, match="not both"):
        linter(tmp_path, guide=guide).lint("as I said")


def test_display_suggestion_is_shown_not_applied(tmp_path: Path) -> None:
    lint = linter(tmp_path)
    report = lint.lint("It is sort of broken.")
    (f,) = rule_findings(report, "hedge")
    assert f.suggestions[0].applicability is Applicability.DISPLAY
    assert lint.fix("It is sort of broken.", unsafe=True) == "It is sort of broken."


@pytest.mark.parametrize(
    ("settings", "flagged"), [("", False), ("settings: {emoji_limit: 1}\n", True)]
)
def test_metric_limit_from_settings(tmp_path: Path, settings: str, flagged: bool) -> None:
    report = linter(tmp_path, settings).lint("Done 🎉👍🏽")
    assert bool(rule_findings(report, "emoji")) == flagged


def test_phrase_unless_after_a_negation(tmp_path: Path) -> None:
    lint = linter(tmp_path).lint
    assert rule_findings(lint("Yes, we guarantee delivery."), "promise")
    assert not rule_findings(lint("Sadly we cannot we guarantee nothing."), "promise")
    assert not rule_findings(lint("I'm afraid not we guarantee."), "promise")
    assert rule_findings(lint("Not today. We guarantee delivery tomorrow."), "promise")
    assert rule_findings(lint("Not in a month, but then we guarantee it."), "promise")


def test_names_follow_the_customer_spelling() -> None:
    linter = Linter(locale="en-GB")
    turns = [
        {"role": "customer", "text": "Hi, it's Seán Ó Briain here. My order is late."},
        {"role": "agent", "text": "Hello Sean, let me check."},  # agents' turns are no source
    ]
    report = linter.lint(
        "Thanks Sean, your order ships today. Regards, the Acme team", conversation=turns
    )
    (f,) = [f for f in report.findings if f.rule == "common.names.customer-name"]
    assert (f.match, f.suggestions[0].text) == ("Sean", "Seán")
    assert report.fixed.startswith("Thanks Seán,")
    # without the conversation there is nothing to compare with
    assert not [f for f in linter.lint("Thanks Sean.").findings if f.category == "spelling"]


def test_names_leave_ordinary_words_and_identical_nouns_alone() -> None:
    de = Linter(locale="de-DE")
    turns = [{"role": "customer", "text": "Mein Paket ist nicht angekommen, können Sie helfen?"}]
    assert not [
        f
        for f in de.lint("Ihr Paket kommt morgen.", conversation=turns).findings
        if f.rule == "common.names.customer-name"
    ]
    en = Linter(locale="en-US")
    turns = [{"role": "customer", "text": "I love the Rose garden tour, but my ticket is lost."}]
    report = en.lint("The rose garden tour ticket is re-sent.", conversation=turns)
    assert not [f for f in report.findings if f.rule == "common.names.customer-name"]


def test_builtin_patterns_compile_on_first_use_and_prepare_reports_errors() -> None:
    import spacy

    from chatwriter.model import Severity
    from chatwriter.rules.base import CompileEnv, RuleError, RuleSpec
    from chatwriter.rules.regexp import RegexKind

    def spec(pattern: str, builtin: bool) -> RuleSpec:
        return RuleSpec(
            id="acme.x.r",
            kind="regex",
            category="format",
            severity=Severity.WARNING,
            message="m",
            fields={"pattern": pattern, "group": "num"},
            guide="acme.x",
            builtin=builtin,
        )

    env = CompileEnv(nlp=spacy.blank("en"))
    with pytest.raises(RuleError, match="no group named 'num'"):
        RegexKind(spec(r"\d+", builtin=False), env)
    lazy = RegexKind(spec(r"\d+", builtin=True), env)  # a shipped guide: checked later
    with pytest.raises(RuleError, match="no group named 'num'"):
        lazy.prepare()
    good = RegexKind(spec(r"#(?P<num>\d+)", builtin=True), env)
    assert good._regex is None
    good.prepare()
    assert good.regex.pattern == r"#(?P<num>\d+)"


def test_greeting_name_compares_with_the_name_the_customer_gave() -> None:
    linter = Linter(locale="de-DE")

    def greeting(customer: str, reply: str) -> list[tuple[str, str]]:
        report = linter.lint(reply, conversation=[{"role": "customer", "text": customer}])
        return [
            (f.match, f.suggestions[0].text)
            for f in report.findings
            if f.rule == "common.names.greeting-name"
        ]

    intro = "Guten Tag, Anna Kowalski hier, meine Rechnung ist zu hoch."
    assert greeting(intro, "Hallo Frau Nowak, ich sehe nach.") == [("Nowak", "Kowalski")]
    assert greeting(intro, "Hallo Frau Kowalski, ich sehe nach.") == []
    assert greeting(intro, "Hallo Anna, ich sehe nach.") == []
    # a first name only: a surname after a title cannot be checked
    assert greeting("Wo ist mein Paket? Danke, Jana", "Hallo Frau Berger, es kommt.") == []
    assert greeting("Wo ist mein Paket? Danke, Jana", "Hallo Petra, es kommt.") == [
        ("Petra", "Jana")
    ]
    # no name shown by the customer: nothing to compare with
    assert greeting("Wo ist mein Paket?", "Hallo Petra, es kommt.") == []


@pytest.mark.parametrize(
    ("locale", "customer", "reply", "expected"),
    [
        # a full name closing the turn after a sentence's end
        (
            "fr-FR",
            "Ma facture est fausse. Hélène Marchand",
            "Bonjour Sophie, je regarde.",
            "Hélène",
        ),
        # "hier" where the turn opens, after a greeting
        (
            "de-CH",
            "Grüezi, hier Urs Meier. Die Lampe fehlt.",
            "Grüezi Herr Keller, ich prüfe.",
            "Meier",
        ),
        # Portuguese puts an article before the name
        (
            "pt-PT",
            "Olá, sou a Inês Moura e a fatura veio mal.",
            "Olá, Carla! Vou verificar.",
            "Inês",
        ),
        # Spanish writes the title in lower case inside a sentence
        ("es-MX", "Hola, soy Lucía Ramos.", "Buenas tardes, señora Ortega. Ya lo reviso.", "Ramos"),
        # French "c'est" where the turn opens
        (
            "fr-CA",
            "Allô, c'est Mélanie Roy, ma commande a un problème.",
            "Bonjour Julie, je vérifie.",
            "Mélanie",
        ),
    ],
)
def test_greeting_name_reads_more_ways_of_giving_a_name(
    locale: str, customer: str, reply: str, expected: str
) -> None:
    report = Linter(locale=locale).lint(reply, conversation=[("customer", customer)])
    found = [f for f in report.findings if f.rule == "common.names.greeting-name"]
    assert [f.suggestions[0].text for f in found] == [expected]


@pytest.mark.parametrize(
    "customer",
    [
        "I got a size L instead of M. How do I send it back?",  # "M." ends a sentence
        "Where is my refund? Many thanks. Kind Regards",  # a closing, not a name
        "Hallo, hier Ihre Kundennummer: 4711. Die Rechnung stimmt nicht.",  # a label
        "Sie finden hier Ihre Rechnung nicht? Mein Konto zeigt sie.",  # "hier" mid-turn
        "Bonjour, c'est Colissimo qui devait livrer hier.",  # c'est ... qui: not the writer
        "Hello, DHL Express qui a perdu mon colis.",  # French "qui" is no Italian "here"
    ],
)
def test_greeting_name_takes_no_name_from_ordinary_words(customer: str) -> None:
    report = Linter(locale="en-GB").lint(
        "Hi Tom, it is on its way.", conversation=[("customer", customer)]
    )
    assert [f for f in report.findings if f.rule == "common.names.greeting-name"] == []
