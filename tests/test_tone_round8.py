"""Tone kinds from the eighth development round: variants the guide examples do not
spell out.

Each bad text is another wording, inflection or word order of a construction the
round-8 additions model (blame with the customer's own act, condescension by comparison
or ease, sarcastic thanks and pointed asides, hand-offs, impatience); each good text is
a near miss that must stay clean. Written for this test.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

BAD = [
    ("en-GB", "You cannot hold the hotel liable for that.", "blame-back"),
    ("en-US", "It was always your decision, not ours.", "blame-back"),
    ("en-AU", "That's what happens when you ignore the low-battery warning.", "blame-back"),
    ("en-CA", "Even my mom figured it out.", "talking-down"),
    ("en-US", "Nearly all users work it out at the first attempt.", "talking-down"),
    ("en-GB", "Okay, I'll go right from the top, nice and slowly.", "talking-down"),
    ("en-AU", "Good to see the penny's finally dropped.", "sarcastic-aside"),
    ("en-US", "The clause is plainly written in the lease that you agreed to.", "sarcastic-aside"),
    ("en-CA", "That's something between you and the airline. Ring them.", "redirect"),
    ("en-GB", "I've got more than just you to look after.", "impatience"),
    ("de-DE", "Das war halt Ihre Entscheidung.", "blame-back"),
    ("de-AT", "Du brauchst dich also nicht zu beschweren.", "blame-back"),
    ("de-CH", "Das verstehen sogar unsere Kinder.", "talking-down"),
    ("de-DE", "Das ist doch keine Hexerei und auch keine Atomphysik.", "talking-down"),
    ("de-AT", "Schön, dass du es nun endlich kapiert hast.", "sarcastic-aside"),
    ("de-CH", "Das ist eine Angelegenheit zwischen Ihnen und der Versicherung.", "redirect"),
    ("de-DE", "Möchten Sie den Gutschein, ja oder nein?", "impatience"),
    ("fr-FR", "C'était à vous de faire attention.", "blame-back"),
    ("fr-CA", "Tu ne peux pas me tenir responsable.", "blame-back"),
    ("fr-FR", "Même mes enfants s'en sortent.", "talking-down"),
    ("fr-CA", "Ravie que le message soit finalement passé.", "sarcastic-aside"),
    ("fr-FR", "Ça reste entre vous et votre propriétaire.", "redirect"),
    ("es-ES", "No te puedes quejar ahora.", "blame-back"),
    ("es-MX", "Casi todo el mundo lo logra a la primera.", "talking-down"),
    ("es-ES", "Menos mal que por fin le quedó claro.", "sarcastic-aside"),
    ("es-MX", "¿Quieres el cambio, sí o no?", "impatience"),
    ("pt-BR", "Foi decisão sua.", "blame-back"),
    ("pt-PT", "Até os nossos filhos percebem.", "talking-down"),
    ("pt-BR", "Que bom que agora entendeu.", "sarcastic-aside"),
    ("it-IT", "Non potete ritenerci responsabili.", "blame-back"),
    ("it-IT", "Perfino i miei genitori ci arrivano.", "talking-down"),
    ("it-IT", "Non sono mica affari miei.", "redirect"),
    ("nl-NL", "Dat was gewoon je eigen beslissing.", "blame-back"),
    ("nl-NL", "Zelfs mijn ouders kunnen dat.", "talking-down"),
    ("nl-NL", "Het kwartje valt.", "sarcastic-aside"),
    ("nl-NL", "We doen daar gewoon niets mee.", "redirect"),
]

GOOD = [
    ("en-US", "It was your decision to upgrade, and I've applied the discount to it."),
    ("en-GB", "Most guests get the code on the first day of their stay."),
    ("en-AU", "I'll start from the beginning of the statement so we can check each line."),
    ("en-CA", "That's between you and the seller, so I've opened a claim on your behalf."),
    ("en-US", "You're not the only customer affected, and the fix goes live tonight."),
    ("de-DE", "Die Entscheidung liegt bei Ihnen, beide Tarife sind möglich."),
    ("de-AT", "Unsere Kinder lieben die neue App."),
    ("fr-FR", "C'est à vous de choisir le créneau."),
    ("fr-CA", "Content que le colis soit finalement passé à la douane."),
    ("es-ES", "La mayoría de los clientes lo reciben al día siguiente."),
    ("pt-BR", "Que bom que a encomenda chegou."),
    ("it-IT", "Non si preoccupi, la scelta è sua e va benissimo."),
    ("nl-NL", "Mijn ouders gebruiken de app ook."),
    ("nl-NL", "Wij doen daar niets mee zonder uw toestemming."),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(languagetool_url="")


def _tone(linter: Linter, text: str, locale: str) -> list[str]:
    report = linter.lint(text, locale)
    return [f.rule.split(".", 2)[2] for f in report.findings if f.category == "tone"]


@pytest.mark.parametrize(("locale", "text", "rule"), BAD)
def test_variant_is_found(linter: Linter, locale: str, text: str, rule: str) -> None:
    assert rule in _tone(linter, text, locale)


@pytest.mark.parametrize(("locale", "text"), GOOD)
def test_near_miss_is_left_alone(linter: Linter, locale: str, text: str) -> None:
    assert _tone(linter, text, locale) == []
