"""Regional vocabulary, inclusive wording and typography that depends on the region.

Each case names the rule it expects (or, for near misses and other regions, that the
rule stays silent), so a change to one model shows up as one failing case.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


def rules(linter: Linter, locale: str, text: str, prefix: str) -> list[tuple[str, str]]:
    report = linter.lint(text, locale=locale)
    return [(f.rule, f.match) for f in report.findings if f.rule.startswith(prefix)]


# German words in Austria and Switzerland: inflected forms and compounds count too.

AT = [
    ("Die Tüten aus Papier sind gratis.", [("de.austria.austrian-words", "Tüten")]),
    ("Der Preis des Brötchens ist gestiegen.", [("de.austria.broetchen", "Brötchens")]),
    ("Zum Kaffee gibt es Schlagsahne.", [("de.austria.austrian-compounds", "Schlagsahne")]),
    ("Die Plastik-Tüte kostet 20 Cent.", [("de.austria.austrian-compounds", "Plastik-Tüte")]),
    ("Der Quarkstrudel ist aus.", [("de.austria.austrian-compounds", "Quarkstrudel")]),
    ("Wir liefern auch sonnabends.", [("de.austria.samstag", "sonnabend")]),
    # near misses: Austrian usage, cones, canapés, the Austrian words themselves
    ("Zum Schulanfang gibt es die Schultüte und eine Eistüte gratis.", []),
    ("Für Ihre Feier liefern wir belegte Brötchen.", []),
    ("Ein Sackerl, zwei Semmeln, Schlagobers und Topfen, bitte.", []),
]


@pytest.mark.parametrize(("text", "expected"), AT)
def test_austria(linter: Linter, text: str, expected: list) -> None:
    found = rules(linter, "de-AT", text, "de.austria.")
    assert [f for f in found if f[0] != "de.austria.jaenner"] == expected


CH = [
    ("Zum Dessert gibt es Sahne.", [("de.switzerland.swiss-words", "Sahne")]),
    ("Ihre Fahrkarten liegen am Schalter.", [("de.switzerland.swiss-words", "Fahrkarten")]),
    ("Die Rückfahrkarte gilt 30 Tage.", [("de.switzerland.swiss-compounds", "Rückfahrkarte")]),
    (
        "Zeigen Sie Ihren Führerschein.",
        [("de.switzerland.swiss-words-same-gender", "Führerschein")],
    ),
    ("Das Billett, der Rahm und die Identitätskarte.", []),
]


@pytest.mark.parametrize(("text", "expected"), CH)
def test_switzerland(linter: Linter, text: str, expected: list) -> None:
    assert rules(linter, "de-CH", text, "de.switzerland.swiss-") == expected


def test_german_words_are_fine_in_germany(linter: Linter) -> None:
    text = "Die Tüte mit den Brötchens, die Sahne und die Fahrkarte liegen bereit."
    found = rules(linter, "de-DE", text, "de.")
    assert [f for f in found if f[0].split(".")[1] in {"austria", "switzerland"}] == []


def test_swiss_quotes_replace_german_quotes(linter: Linter) -> None:
    text = "Wählen Sie „Versand“ und dann “Express”."
    assert linter.fix(text, locale="de-CH") == "Wählen Sie «Versand» und dann «Express»."
    # Germany and Austria keep „…“
    assert rules(linter, "de-DE", "Wählen Sie „Versand“.", "de.quotes.") == []
    assert rules(linter, "de-AT", "Wählen Sie „Versand“.", "de.quotes.") == []


# "fall" for the season: British and Australian English say autumn; the US and Canada say fall.

FALL_SEASON = [
    "Our fall range arrives in September.",
    "We'll restock the blue jacket this fall.",
    "In the fall, deliveries take a day longer.",
    "The spring/fall timetable is online.",
    "Registration for fall 2026 opens in May.",
]
FALL_OTHER = [
    "Prices may fall again next week.",
    "Was anyone hurt in the fall?",
    "After the fall in prices we refunded the difference.",
    "Those orders fall outside the return window.",
    "Please don't let the parcel fall behind the door.",
    "Since his last fall he uses the lift.",
]


@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
@pytest.mark.parametrize("text", FALL_SEASON)
def test_fall_season_is_flagged_outside_north_america(linter: Linter, locale: str, text: str):
    found = rules(linter, locale, text, f"en.vocabulary-{locale[-2:].lower()}.fall-season")
    assert [m for _, m in found] == ["fall"]
    assert "autumn" in linter.fix(text, locale=locale)


@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
@pytest.mark.parametrize("text", FALL_OTHER)
def test_fall_verb_and_accident_are_left_alone(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, locale, text, "en.vocabulary-") == []


@pytest.mark.parametrize("locale", ["en-US", "en-CA"])
def test_fall_is_fine_in_north_america(linter: Linter, locale: str) -> None:
    for text in FALL_SEASON:
        assert [r for r, _ in rules(linter, locale, text, "en.") if "fall" in r] == []


def test_capital_fall_keeps_its_capital(linter: Linter) -> None:
    assert linter.fix("Our Fall Sale starts Monday.", locale="en-GB") == (
        "Our Autumn Sale starts Monday."
    )


# Québec


def test_quebec_phone_number_but_not_laptop(linter: Linter) -> None:
    text = "Confirmez votre numéro de portable; votre portable sera réparé vendredi."
    found = rules(linter, "fr-CA", text, "fr.vocabulary-ca.")
    assert [m for _, m in found] == ["numéro de portable"]
    assert rules(linter, "fr-FR", text, "fr.vocabulary-ca.") == []


# Inclusive wording


@pytest.mark.parametrize(
    ("locale", "text", "rule", "match"),
    [
        ("nl-NL", "Er komt morgen een vakman langs.", "nl.inclusive.gendered-job", "vakman"),
        ("nl-NL", "Onze vakmannen zijn er om 8 uur.", "nl.inclusive.gendered-job", "vakmannen"),
        ("pt-BR", "Há vagas para deficientes.", "pt.inclusive.disability-noun", "para deficientes"),
        (
            "pt-PT",
            "Os deficientes têm entrada livre.",
            "pt.inclusive.disability-noun",
            "Os deficientes",
        ),
        ("en-GB", "The workmen arrive at nine.", "en.inclusive.gendered-title", "workmen"),
        ("de-DE", "Ein Fachmann prüft das Gerät.", "de.inclusive.gendered-job", "Fachmann"),
        (
            "de-DE",
            "Der Eingang für Behinderte ist hinten.",
            "de.inclusive.person-first",
            "Behinderte",
        ),
    ],
)
def test_inclusive(linter: Linter, locale: str, text: str, rule: str, match: str) -> None:
    assert (rule, match) in rules(linter, locale, text, rule)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("nl-NL", "Dat is echt vakmanschap van onze vaklieden."),
        ("pt-PT", "Pedimos desculpa pelo deficiente funcionamento do sistema."),
        ("pt-BR", "O sinal está deficiente nesta zona."),
        ("de-DE", "Das wurde fachmännisch repariert."),
        ("de-DE", "Behinderte Menschen haben freien Eintritt."),
    ],
)
def test_inclusive_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, locale, text, locale[:2] + ".inclusive.") == []


# Italian accents typed as apostrophes


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("L'ordine e' gia' partito.", "L'ordine è già partito."),
        ("E' cosi' anche per i resi.", "È così anche per i resi."),
        ("Perche' non puo' pagare? C'e' un errore.", "Perché non può pagare? C'è un errore."),
        ("La citta' sara' servita piu' tardi.", "La città sarà servita più tardi."),
        # correct apostrophes stay
        (
            "Attenda un po', per favore: va' pure avanti.",
            "Attenda un po', per favore: va' pure avanti.",
        ),
        (
            "Clicchi su 'Conferma ordine' e poi su 'Paga'.",
            "Clicchi su 'Conferma ordine' e poi su 'Paga'.",
        ),
        ("Un'altra volta, quest'anno, dell'ordine.", "Un'altra volta, quest'anno, dell'ordine."),
    ],
)
def test_italian_accents(linter: Linter, text: str, fixed: str) -> None:
    assert linter.fix(text, locale="it-IT") == fixed
