"""Regional profanity the fourth blind round missed, each at its strength and in its region.

Swiss Gopfertami ("Gott verdamm mich", the Swiss goddammit) is strong swearing, an error
like goddamn; Swiss Seich (literally "piss", said of rubbish or nonsense) is mild, a
suggestion like Mist or crap; Québec "marde" is merde and as strong; Brazilian "uma bosta"
is coarse but milder than merda, a suggestion, and Brazil only.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

FOUND = [
    ("de-CH", "Gopfertami, die Zahlung ist schon wieder abgelehnt worden.", "Gopfertami", "error"),
    ("de-CH", "Gopferdammi, das Formular hängt wieder.", "Gopferdammi", "error"),
    (
        "de-CH",
        "Das neue Login ist ein rechter Seich, ich helfe Ihnen gerne.",
        "Seich",
        "suggestion",
    ),
    ("de-DE", "So ein Seich, das Paket ist wieder zurückgekommen.", "Seich", "suggestion"),
    (
        "fr-CA",
        "Leur application, c'est de la marde, je vous envoie le lien direct.",
        "marde",
        "error",
    ),
    ("fr-CA", "Marde, le terminal a encore planté.", "Marde", "error"),
    ("pt-BR", "O aplicativo tá uma bosta hoje, mas seu pedido entrou.", "bosta", "suggestion"),
    ("pt-BR", "Que bosta, o código expirou de novo.", "bosta", "suggestion"),
]

QUIET = [
    ("de-CH", "Der Teich ist an dieser Stelle recht seicht."),
    ("de-CH", "Die Seiche auf dem Zürichsee ist ein bekanntes Phänomen."),
    ("de-CH", "Gopfriedstutz ist ein Ausdruck, den wir in der Werbung nicht verwenden."),
    ("fr-CA", "Le technicien passe mardi matin."),
    ("fr-FR", "Votre dossier est complet."),
    ("pt-BR", "O adubo de bosta de vaca curtida chega na quinta-feira."),
    ("pt-PT", "O estrume é feito de bosta seca."),  # Brazil only
    ("fr-CA", "Le client a écrit « c'est de la marde » dans son avis."),  # quoted
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


@pytest.mark.parametrize(("locale", "text", "match", "severity"), FOUND)
def test_regional_profanity_is_found_at_its_strength(
    linter: Linter, locale: str, text: str, match: str, severity: str
) -> None:
    found = [f for f in linter.lint(text, locale).findings if f.category == "profanity"]
    assert [(f.match, f.severity.value) for f in found] == [(match, severity)]


@pytest.mark.parametrize(("locale", "text"), QUIET)
def test_look_alikes_and_other_regions_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    found = [f for f in linter.lint(text, locale).findings if f.category == "profanity"]
    assert found == [], [(f.rule, f.match) for f in found]
