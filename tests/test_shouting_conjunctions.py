"""Shouting decisions from the fourth blind round.

"and"/"or" in capitals mid-sentence ("your passport AND the ticket") is stress, so the
coordinating conjunction is a stress word wherever it has two letters or more and is no
code (English OR stays Oregon, French ET Eastern Time, Dutch EN a language code). A single
leading label in capitals ("WICHTIG:", "IMPORTANT:") is a notice convention and stays
quiet. "!!" stays a repeated-punctuation finding, with many emoji or without.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

CAPS = "common.shouting.caps-words"

FOUND = [
    ("de-CH", "Bitte bringen Sie den Pass UND die Buchungsbestätigung mit.", "UND"),
    ("de-DE", "Sie können per Karte ODER auf Rechnung zahlen, aber nicht beides.", "ODER"),
    ("en-US", "Please bring your passport AND your printed ticket.", "AND"),
    ("fr-FR", "Envoyez la facture OU le bon de livraison.", "OU"),
    ("pt-BR", "Envie a nota fiscal OU o comprovante de pagamento.", "OU"),
    ("it-IT", "Può pagare con carta OPPURE con bonifico.", "OPPURE"),
    ("nl-NL", "U kunt het pakket ophalen OF laten bezorgen.", "OF"),
]

QUIET = [
    ("de-CH", "WICHTIG: Bitte bringen Sie den Pass und die Buchungsbestätigung mit."),
    ("en-US", "IMPORTANT: your new card arrives on Monday."),
    ("fr-FR", "ATTENTION : le lien expire dans une heure."),
    ("de-DE", "Die Firma Müller UND Söhne liefert morgen."),  # a name on both sides
    ("en-US", "Your order from Black AND Decker ships today."),
    ("en-US", "Choose PLAN A OR PLAN B, both work."),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


@pytest.mark.parametrize(("locale", "text", "match"), FOUND)
def test_stressed_conjunctions_are_shouting(
    linter: Linter, locale: str, text: str, match: str
) -> None:
    found = [f for f in linter.lint(text, locale).findings if f.rule == CAPS]
    assert [f.match for f in found] == [match]


@pytest.mark.parametrize(("locale", "text"), QUIET)
def test_labels_and_names_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    assert [f for f in linter.lint(text, locale).findings if f.category == "shouting"] == []


def test_double_exclamation_stays_shouting_next_to_emoji(linter: Linter) -> None:
    text = "Good news!! 🎉🎉 Your card is on its way 🙌"
    rules = {f.rule for f in linter.lint(text, "en-CA").findings}
    assert "common.shouting.repeated-punctuation" in rules
