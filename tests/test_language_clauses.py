"""The `language` kind on switches that hide from the sentence check: a clause after a
semicolon, a closing in a language outside the seven whose words look like marker words
of one of them, and a short sentence of another of the seven with no marker word of its
old lists."""

from __future__ import annotations

import pytest

from chatwriter import Linter, langid


def language_findings(linter: Linter, text: str, locale: str) -> list[str]:
    report = linter.lint(text, locale, fix=False)
    return [f.match for f in report.findings if f.category == "language"]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("locale", "reply", "flagged"),
    [
        # a clause after a semicolon
        (
            "pt-PT",
            "Olá, Rui. A sua devolução foi registada; vous recevrez un courriel de "
            "confirmation demain.",
            "vous recevrez un courriel de confirmation demain.",
        ),
        (
            "es-ES",
            "Hola, Marta. Ya he cambiado la dirección; the courier will deliver it on Monday.",
            "the courier will deliver it on Monday.",
        ),
        # a closing in Polish: its "i" is an English marker word
        (
            "en-GB",
            "Your meter reading has been updated. Dziękujemy za cierpliwość i miłego wieczoru!",
            "Dziękujemy za cierpliwość i miłego wieczoru!",
        ),
        # a German sentence of fewer than eight words in a Dutch reply
        (
            "nl-NL",
            "Je pakket is vandaag verstuurd. Die Lieferung erfolgt innerhalb von zwei Tagen.",
            "Die Lieferung erfolgt innerhalb von zwei Tagen.",
        ),
    ],
)
def test_switches_inside_a_reply_are_flagged(
    linter: Linter, locale: str, reply: str, flagged: str
) -> None:
    assert language_findings(linter, reply, locale) == [flagged]


@pytest.mark.parametrize(
    ("locale", "reply"),
    [
        ("en-GB", "Thanks, Wojciech! Your parcel from Gdańsk arrives on Thursday."),
        ("en-US", "Your rental from Brno hlavní nádraží is confirmed; pick-up is at nine."),
        ("en-US", "I've reserved a table at the Gasthaus zur Post; it's for two at 7 pm."),
        ("en-GB", "We deliver to Sweden, Norway and Türkiye; customs fees may apply."),
        ("nl-NL", "Bedankt voor je geduld; ik heb de factuur opnieuw verstuurd."),
        ("pt-PT", "A sua reserva no Hôtel du Lac está confirmada; o check-in é às 15h."),
        ("fr-FR", "Votre colis est parti ; vous recevrez le suivi par e-mail ce soir."),
        ("de-DE", "Die Gutschrift erfolgt innerhalb von drei Werktagen; Sie erhalten eine E-Mail."),
    ],
)
def test_names_and_same_language_clauses_are_fine(linter: Linter, locale: str, reply: str) -> None:
    assert language_findings(linter, reply, locale) == []


def test_foreign_letters() -> None:
    assert langid.foreign_letters("Dziękuję")
    assert langid.foreign_letters("Dvořák")
    # letters the seven write: German, French, Spanish, Portuguese, Dutch, Italian
    assert not langid.foreign_letters("Straße, garçon, mañana, não, coördinatie, città")
    assert not langid.foreign_letters("plain ASCII")


def test_a_clause_without_marker_words_counts_as_unmarked() -> None:
    evidence = langid.Evidence("Your parcel is on its way; terima kasih dan selamat siang.")
    assert evidence.unmarked >= 4
