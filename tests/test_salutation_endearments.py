"""Swiss German terms of endearment in a greeting, and the Swiss greetings that are fine.

"Hoi", "Salü", "Sali", "Grüessech" and "Ciao" are ordinary Swiss greetings; a diminutive
endearment after them ("Hoi Schätzli", "Salü Häsli") is over-familiar with a customer.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

RULE = "de.salutation.endearment"

FOUND = [
    ("de-CH", "Hoi Schätzli, die Gutschrift ist unterwegs.", "Schätzli"),
    ("de-CH", "Salü Schätzeli! Ich schaue mir das gleich an.", "Schätzeli"),
    ("de-CH", "Sali Häsli, die Karte ist wieder aktiv.", "Häsli"),
    ("de-CH", "Alles erledigt. Merci, Süsse!", "Süsse"),
    ("de-DE", "Hallo Liebes, Ihr Paket ist unterwegs.", "Liebes"),
]

QUIET = [
    ("de-CH", "Hoi Nina, die Gutschrift ist unterwegs."),
    ("de-CH", "Salü Herr Brunner, die Karte ist wieder aktiv."),
    ("de-CH", "Grüessech Frau Gerber, ich schaue mir das gleich an."),
    ("de-CH", "Danke, Schatzkiste und Rätselheft sind schon unterwegs."),
    ("de-DE", "Liebe Grüße aus dem Kundenservice"),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="de-CH")


@pytest.mark.parametrize(("locale", "text", "match"), FOUND)
def test_endearments_are_found(linter: Linter, locale: str, text: str, match: str) -> None:
    found = [f for f in linter.lint(text, locale).findings if f.rule == RULE]
    assert [f.match for f in found] == [match]


@pytest.mark.parametrize(("locale", "text"), QUIET)
def test_swiss_greetings_and_names_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    assert [f for f in linter.lint(text, locale).findings if f.rule == RULE] == []
