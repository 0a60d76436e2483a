"""Round 3 of register conversion (convert-v2): Dutch silent misses, modelled by kind.

Hand-written variants (not from the pairs) plus near misses.
"""

from __future__ import annotations

import pytest

from chatwriter import convert_register


def _formal(text: str) -> str:
    return convert_register(text, "nl-NL", to="formal").text


# je after a preposition: the possessive before a noun (even one that reads as a verb form:
# buren, bericht, geduld), the object before a participle or infinitive ending the clause.
@pytest.mark.parametrize(
    ("informal", "formal"),
    [
        ("Het pakket ligt bij je buren op nummer 4.", "Het pakket ligt bij uw buren op nummer 4."),
        ("Ik heb het over je bericht gehad.", "Ik heb het over uw bericht gehad."),
        ("Bedankt voor je geduld!", "Bedankt voor uw geduld!"),
        ("Zij hebben het voor je aangenomen.", "Zij hebben het voor u aangenomen."),
        ("We hebben het gisteren naar je opgestuurd.", "We hebben het gisteren naar u opgestuurd."),
        ("Wij kunnen het voor je bestellen.", "Wij kunnen het voor u bestellen."),
        ("Er is een brief voor je verstuurd.", "Er is een brief voor u verstuurd."),
        # near misses: a noun after the preposition stays a possessive
        ("Dank voor je bericht.", "Dank voor uw bericht."),
        ("Kijk even bij je instellingen.", "Kijkt u even bij uw instellingen."),
    ],
)
def test_je_after_preposition(informal: str, formal: str) -> None:
    assert _formal(informal) == formal


# a verb in a relative or subordinate clause after the subject je is not je's verb
@pytest.mark.parametrize(
    ("informal", "formal"),
    [
        ("Jij bent de enige die het kan.", "U bent de enige die het kan."),
        ("Jij bent degene die de code kan aanvragen.", "U bent degene die de code kan aanvragen."),
        ("Jij bent de klant die het wil.", "U bent de klant die het wil."),
        ("Je bent de enige die het heeft.", "U bent de enige die het heeft."),
        ("Jij hebt een collega die het kan regelen.", "U heeft een collega die het kan regelen."),
        # near misses: je's own verb still agrees
        ("Je kan het zelf wijzigen.", "U kunt het zelf wijzigen."),
        ("Jij hebt het laatste woord.", "U heeft het laatste woord."),
        ("Je wil het vast snel weten.", "U wilt het vast snel weten."),
    ],
)
def test_relative_clause_verb(informal: str, formal: str) -> None:
    assert _formal(informal) == formal


# plural jullie -> u: the verb in the form of u, jullie before a noun -> uw
@pytest.mark.parametrize(
    ("informal", "formal"),
    [
        ("Jullie kunnen allebei inloggen.", "U kunt allebei inloggen."),
        ("Jullie hebben allebei een account.", "U heeft allebei een account."),
        ("Jullie krijgen elk een code.", "U krijgt elk een code."),
        ("Kunnen jullie allebei inloggen?", "Kunt u allebei inloggen?"),
        ("Ieder logt in met jullie eigen wachtwoord.", "Ieder logt in met uw eigen wachtwoord."),
        # near misses: singular je, third-person plural
        ("Je kunt inloggen.", "U kunt inloggen."),
        ("Zij kunnen allebei inloggen.", "Zij kunnen allebei inloggen."),
        ("De kinderen hebben allebei een account.", "De kinderen hebben allebei een account."),
    ],
)
def test_plural_jullie(informal: str, formal: str) -> None:
    assert _formal(informal) == formal


# a verb after a fronted subordinate clause is inverted, not an imperative; stress accents
@pytest.mark.parametrize(
    ("informal", "formal"),
    [
        ("Als je vóór 1 mei boekt, krijg je korting.", "Als u vóór 1 mei boekt, krijgt u korting."),
        ("Zodra je betaalt, krijg je een mail.", "Zodra u betaalt, krijgt u een mail."),
        ("Als je wilt, kun je het zelf doen.", "Als u wilt, kunt u het zelf doen."),
        ("Wanneer je inlogt, zie je je saldo.", "Wanneer u inlogt, ziet u uw saldo."),
        # near misses: the imperative after a subordinate clause, an opening imperative
        ("Als je vragen hebt, bel ons gerust.", "Als u vragen heeft, belt u ons gerust."),
        ("Meld je aan met je eigen account.", "Meldt u zich aan met uw eigen account."),
        ("Stuur je bon mee.", "Stuurt u uw bon mee."),
    ],
)
def test_inversion_after_subordinate_clause(informal: str, formal: str) -> None:
    assert _formal(informal) == formal
