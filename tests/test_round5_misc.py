"""Kinds the fifth blind round missed: certain times and pledged compensation
(commitment), pet names after a greeting (salutation), one inflected word in capitals
(shouting). Sentences are written for these tests; the drafts are not copied."""

from __future__ import annotations

import pytest

from chatwriter import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def rules_of(linter: Linter, text: str, locale: str) -> set[str]:
    return {f.rule for f in linter.lint(text, locale).findings}


FOUND = [
    ("de-AT", "Der Monteur kommt ganz sicher übermorgen um 7 Uhr.", "de.commitment.certain-time"),
    ("de-DE", "Die Lieferung ist definitiv bis Mittwoch da.", "de.commitment.certain-time"),
    ("de-AT", "Den Rabatt kann ich Ihnen heute schon fix zusagen.", "de.commitment.promise"),
    ("de-CH", "Eine solche Panne wird bei Ihnen nie mehr vorkommen.", "de.commitment.promise"),
    ("en-US", "Your package will definitely arrive by Thursday.", "en.commitment.certain-time"),
    (
        "en-AU",
        "There's a $30 credit coming your way, I'll make sure of it.",
        "en.commitment.compensation-pledge",
    ),
    ("en-CA", "Hey bud! I've updated the address.", "en.salutation.endearment"),
    ("it-IT", "Buonasera caro, il reso è stato accettato.", "it.salutation.endearment"),
    ("pt-BR", "Olá, gatinha! O boleto já foi gerado.", "pt.salutation.endearment"),
    ("es-MX", "¡Hola, preciosa! Tu reembolso ya salió.", "es.salutation.endearment"),
    (
        "en-GB",
        "The parcel was RETURNED to our depot yesterday.",
        "common.shouting.caps-content-word",
    ),
    (
        "de-CH",
        "Bitte senden Sie das Formular UNTERSCHRIEBEN und PERSÖNLICH zurück.",
        "common.shouting.caps-content-word",
    ),
    ("fr-FR", "Le paiement sera REFUSÉ sans justificatif.", "common.shouting.caps-content-word"),
]

QUIET = [
    ("de-DE", "Der Techniker kommt voraussichtlich morgen zwischen 8 und 12 Uhr.", "de.commitment"),
    ("de-DE", "Ich schaue fix nach, ob das Paket heute rausgeht.", "de.commitment"),
    ("de-AT", "Ob wir den Termin halten, kann ich Ihnen noch nicht zusagen.", "de.commitment"),
    ("en-US", "I'll definitely call the depot tomorrow.", "en.commitment.certain-time"),
    ("en-US", "Your refund will probably arrive by Friday.", "en.commitment.certain-time"),
    (
        "en-US",
        "Your refund of $40 is on its way, I'll make sure of it.",
        "en.commitment.compensation-pledge",
    ),
    ("en-CA", "The tulips were shipped in bud.", "en.salutation.endearment"),
    ("it-IT", "Cara Anna, la spedizione è partita.", "it.salutation.endearment"),
    ("pt-BR", "O gato derrubou o roteador, por isso ele quebrou.", "pt.salutation.endearment"),
    (
        "en-GB",
        "Please send the PDF of your NHS letter and your PIN by SMS or USB.",
        "common.shouting",
    ),
    ("en-US", "IMPORTANT: the store is closed on Monday.", "common.shouting.caps-content-word"),
    ("en-US", "You can book with UNITED Airlines directly.", "common.shouting.caps-content-word"),
]


@pytest.mark.parametrize(("locale", "text", "rule"), FOUND)
def test_found(linter: Linter, locale: str, text: str, rule: str) -> None:
    assert rule in rules_of(linter, text, locale)


@pytest.mark.parametrize(("locale", "text", "prefix"), QUIET)
def test_quiet(linter: Linter, locale: str, text: str, prefix: str) -> None:
    assert not [r for r in rules_of(linter, text, locale) if r.startswith(prefix)]
