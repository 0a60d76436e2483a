"""Tone kinds from the twelfth development round: variants the guide examples do not spell out.

Each bad text is another inflection, word order or inserted word of a construction the
tone guides model; each good text is a near miss that must stay clean. Written for this
test. Kinds: the customer's own act plus a disclaimer ("dafür können wir nichts", "on n'y
est pour rien"), hindsight with clitics in Spanish and Portuguese, condescension by ease,
curt send-offs ("not something I can help with. Try X."), reminders with particles and
"in all three emails", closing the chat ("anything else, or can we wrap up?"), and
replies made of three or more stock formulas.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

BAD = [
    # 1. disclaimer after the customer's own act, lecture about next time, hindsight
    ("de-DE", "Dafür kann ich ehrlich gesagt nichts.", "blame-back"),
    ("de-AT", "Da kann ich wirklich nix dafür.", "blame-back"),
    (
        "de-CH",
        "Es läuft nicht, weil Sie die App offenbar nicht korrekt installiert haben.",
        "blame-back",
    ),
    ("fr-CA", "Moi, j'y suis pour rien.", "blame-back"),
    ("nl-NL", "Daar kan ik nu eenmaal niets aan doen.", "blame-back"),
    ("en-US", "Sorry, but that isn't really down to us.", "blame-back"),
    ("es-ES", "Te lo tenías que haber mirado antes.", "blame"),
    ("es-MX", "Deberías haberlo anotado bien.", "blame"),
    ("pt-BR", "Você tinha que ter lido o contrato.", "blame"),
    ("pt-PT", "A senhora devia pelo menos ter conferido a morada.", "blame"),
    ("it-IT", "Il difetto deriva dal fatto che lei non ha montato il filtro.", "blame-back"),
    # 2. condescension by ease
    ("en-GB", "I'll talk a little slower for you.", "patronising"),
    ("en-AU", "There's honestly nothing to it.", "condescension-simple"),
    ("de-DE", "Das ist doch echt keine Hexerei.", "condescension-simple"),
    ("fr-FR", "Ce n'est pas si sorcier, voyons.", "condescension-simple"),
    ("pt-BR", "Até criança sabe fazer isso.", "patronising"),
    ("es-ES", "Esto es súper básico, hombre.", "condescension-simple"),
    ("nl-NL", "Het is echt een kinderspel.", "condescension-simple"),
    # 3. curt send-offs
    ("en-AU", "Not something we can assist with. Ring your bank.", "redirect"),
    ("de-AT", "Damit können wir nicht helfen. Rufen Sie die Versicherung an.", "redirect"),
    ("fr-FR", "C'est pas nous, c'est le transporteur. Appelez-les.", "redirect"),
    ("es-MX", "No podemos ayudar con eso. Llame a su banco.", "redirect"),
    ("it-IT", "Non siamo stati noi, è stata la banca. Chiami loro.", "redirect"),
    # 4. reminders that rub it in
    ("de-DE", "Ich habe Ihnen das doch schon erklärt.", "reminder"),
    ("nl-NL", "Dit heb ik je ook al twee keer uitgelegd.", "reminder"),
    ("pt-PT", "Eu já lhe expliquei que não é possível.", "reminder"),
    ("en-CA", "This was mentioned in all four of our emails.", "reminder-repeat"),
    ("es-ES", "Estaba indicado en todos los correos.", "reminder-repeat"),
    # 5. impatience, closing the chat
    ("en-US", "Is that it, or can we be done?", "shut-down"),
    ("fr-CA", "Ce sera tout, ou on peut clore?", "shut-down"),
    ("pt-BR", "Mais algo ou posso finalizar?", "shut-down"),
    ("it-IT", "Può soltanto rispondere alla domanda?", "impatience"),
    ("nl-NL", "Ja ja, ik begrijp het.", "impatience"),
    # 6. stock formulas only
    (
        "en-GB",
        "Thank you for your enquiry. Your query has been logged. Please don't hesitate to contact us.",
        "form-letter",
    ),
    (
        "nl-NL",
        "Dank u wel voor uw mail. Uw verzoek is geregistreerd. Onze excuses voor het ongemak.",
        "form-letter",
    ),
]

GOOD = [
    ("de-DE", "Dafür können wir nichts berechnen, die Reparatur ist Garantie."),
    ("de-DE", "Weil sie es nicht richtig zugestellt haben, schickt der Paketdienst es neu."),
    ("fr-FR", "Ce n'est pour rien au monde que nous voudrions vous perdre."),
    ("nl-NL", "Daar kunnen we echt niets aan doen zonder uw toestemming; zal ik die vragen?"),
    ("en-US", "That's not down to us to decide, so I've asked your landlord."),
    ("es-ES", "Tendría que haberlo comprobado yo, lo siento."),
    ("pt-BR", "Você devia ter recebido o código ontem; vou reenviar."),
    ("en-GB", "The app may run slower for you on older phones."),
    ("fr-FR", "Ce n'est pas très compliqué : je vous envoie le guide pas à pas."),
    (
        "en-US",
        "I'm afraid it's not something we can help with; please contact the airline, and I've sent you their number.",
    ),
    ("de-DE", "Leider kann ich Ihnen dabei nicht helfen, bitte wenden Sie sich an die Bank."),
    ("pt-PT", "Já lhe enviei o recibo por e-mail."),
    ("en-CA", "The code is in all three emails, so any of them works."),
    ("en-US", "Anything else I can help you with today?"),
    ("it-IT", "Sì, ho capito il problema e lo risolvo subito."),
    ("en-GB", "Thank you for your message! The engineer comes on Monday between 8 and 12."),
    ("nl-NL", "Bedankt voor uw bericht. Uw pakket is vandaag verzonden."),
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
