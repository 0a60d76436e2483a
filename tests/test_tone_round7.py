"""Tone kinds from the seventh development round: variants the guide examples do not
spell out.

Each bad text is another inflection, word order or inserted word of a construction the
round-7 rules model (talking-down, redirect, blame-back, sarcastic-aside, shut-down,
receipt-formula); each good text is a near miss that must stay clean. Written for this
test.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

BAD = [
    ("en-GB", "Let me say it once more, really simply, so it sinks in.", "talking-down"),
    ("en-US", "Any kid could figure that out.", "talking-down"),
    ("en-AU", "That's none of our business, mate.", "redirect"),
    ("en-CA", "It's a matter for the city, not for us.", "redirect"),
    ("en-GB", "If you had taken the trouble to check, you'd have seen it.", "blame-back"),
    ("en-US", "It bounced since you forgot to update the card.", "blame-back"),
    ("en-AU", "Kind of you to finally call.", "sarcastic-aside"),
    ("en-GB", "Sticky note on the fridge, perhaps?", "sarcastic-aside"),
    ("en-US", "There is nothing else to discuss.", "shut-down"),
    ("en-GB", "Your complaint is of the utmost importance to us.", "receipt-formula"),
    ("de-DE", "Ich sag es noch mal extra langsam.", "talking-down"),
    (
        "de-CH",
        "Das bekommt sogar unser Enkel hin, aber das kriegt auch mein Neffe.",
        "talking-down",
    ),
    ("de-AT", "Das geht uns nun mal nichts an.", "redirect"),
    ("de-DE", "Das bleibt halt Ihr Problem.", "blame-back"),
    ("de-CH", "Hätten Sie sich nur die Mühe gemacht, die Mail zu öffnen.", "blame-back"),
    ("de-DE", "Schön, dass du endlich zahlst.", "sarcastic-aside"),
    ("de-AT", "Dazu gibt es wirklich nichts mehr zu sagen.", "shut-down"),
    ("de-DE", "Ihre Rückmeldung ist uns äußerst wichtig.", "receipt-formula"),
    ("fr-FR", "Je vous réexplique tout simplement, pour que vous compreniez.", "talking-down"),
    ("fr-CA", "Cela ne me regarde absolument pas.", "redirect"),
    ("fr-FR", "Si tu avais pris le temps de lire, tu le saurais.", "blame-back"),
    ("fr-CA", "Merci d'avoir enfin payé la facture.", "sarcastic-aside"),
    ("fr-FR", "Il n'y a plus rien à discuter.", "shut-down"),
    ("fr-CA", "Votre appel revêt une grande importance.", "receipt-formula"),
    ("es-ES", "Se lo explico de nuevo porque veo que no lo ha entendido.", "talking-down"),
    ("es-MX", "Eso no nos concierne.", "redirect"),
    ("es-ES", "Habría bastado con mirar el correo.", "blame-back"),
    ("es-MX", "Gracias por contestar por fin.", "sarcastic-aside"),
    ("es-ES", "No hay nada más que discutir.", "shut-down"),
    ("es-MX", "Su solicitud fue recibida con éxito.", "receipt-formula"),
    ("pt-BR", "Vou repetir outra vez para que a senhora entenda.", "talking-down"),
    ("pt-PT", "Isso não nos compete.", "redirect"),
    ("pt-BR", "Bastava conferir o e-mail.", "blame-back"),
    ("pt-PT", "Os demais clientes conseguem.", "sarcastic-aside"),
    ("pt-BR", "Não tem mais o que discutir.", "shut-down"),
    ("pt-BR", "O seu contato é de suma importância para nós.", "receipt-formula"),
    ("it-IT", "Glielo rispiego, perché forse questa volta lo capisce.", "talking-down"),
    ("it-IT", "È una questione della banca, non nostra.", "redirect"),
    ("it-IT", "Sono affari suoi.", "blame-back"),
    ("it-IT", "Grazie di averci finalmente risposto.", "sarcastic-aside"),
    ("it-IT", "Non c'è più niente da dire.", "shut-down"),
    ("it-IT", "Il suo reclamo è stato ricevuto con successo.", "receipt-formula"),
    ("nl-NL", "Het is toch helemaal niet ingewikkeld.", "talking-down"),
    ("nl-NL", "Dat is gewoon niet onze zorg.", "redirect"),
    ("nl-NL", "Dat is nu eenmaal je eigen pech.", "blame-back"),
    ("nl-NL", "Dank je dat je eindelijk betaalt.", "sarcastic-aside"),
    ("nl-NL", "Er valt niks meer te bespreken.", "shut-down"),
    ("nl-NL", "We streven naar een reactie binnen drie werkdagen.", "receipt-formula"),
]

GOOD = [
    ("en-US", "I'll explain it again with screenshots, so you have it in writing."),
    ("en-GB", "That's a question for the council, so I've emailed them for you."),
    ("en-AU", "Because you never got the code, I've sent a new one."),
    ("en-CA", "Thanks for sending the receipt so quickly."),
    ("en-US", "There's nothing more to pay, your order is complete."),
    ("de-DE", "Ich schicke Ihnen eine Anleitung, damit Sie alles in Ruhe nachlesen können."),
    ("de-AT", "Das ist eine Frage für die Bank, deshalb habe ich dort schon angerufen."),
    ("de-CH", "Danke, dass Sie die Unterlagen geschickt haben."),
    ("fr-FR", "Je vous explique simplement la démarche : tout se fait en ligne."),
    ("fr-CA", "Ce n'est pas nous qui fixons le prix, mais j'ai écrit au fournisseur."),
    ("es-ES", "Le explico de nuevo el proceso con capturas, para que lo tenga por escrito."),
    ("es-MX", "Gracias por enviarnos las fotos, ya abrí el reclamo."),
    ("pt-BR", "É só ler o código no verso e digitar aqui."),
    ("pt-PT", "Obrigado por esperar, a encomenda já saiu."),
    ("it-IT", "Le mando le istruzioni, così ha tutto per iscritto."),
    ("it-IT", "Non c'è altro da fare, l'ordine è confermato."),
    ("nl-NL", "Dat is een vraag voor de bank, dus ik heb ze gemaild."),
    ("nl-NL", "Mijn collega kan dat voor u regelen, ik zet u door."),
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
