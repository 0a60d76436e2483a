"""Commitment kinds the fourth blind round missed, in every language where they exist.

A personal pledge sealing a promise ("darauf gebe ich Ihnen mein Wort", "eso se lo aseguro
yo"), a closing ", guaranteed." after a date or an amount, "never again" with its adverbs
and clitics ("so etwas wird bei uns sicher nie wieder vorkommen"), and a promised
compensation amount ("I'll make sure you get £100 compensation"). Each list holds the near
misses the rules must leave alone: hopes, our own effort, conditions, negations and money
that someone else pays.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

FOUND = [
    # personal pledges
    (
        "de-AT",
        "Die Gutschrift kommt morgen, darauf gebe ich Ihnen mein Wort.",
        "de.commitment.promise",
    ),
    ("de-CH", "Die Karte ist am Montag bei Ihnen, mein Wort darauf.", "de.commitment.promise"),
    ("de-DE", "Die Lieferung kommt am Montag, Ehrenwort!", "de.commitment.promise"),
    (
        "en-GB",
        "I'll give you my word that the engineer comes on Monday.",
        "en.commitment.guarantee",
    ),
    ("fr-FR", "La carte arrive lundi, je vous en donne ma parole.", "fr.commitment.promise"),
    (
        "es-MX",
        "El técnico llega el martes a primera hora, eso se lo aseguro yo.",
        "es.commitment.promise",
    ),
    ("es-ES", "La devolución llega el viernes, se lo aseguro.", "es.commitment.promise"),
    ("pt-BR", "A troca chega na quinta-feira, isso eu te asseguro.", "pt.commitment.promise"),
    ("it-IT", "Il tecnico passa lunedì mattina, glielo assicuro.", "it.commitment.promise"),
    ("nl-NL", "Het pakket komt dinsdag, daar geef ik u mijn woord op.", "nl.commitment.promise"),
    # a closing "guaranteed"
    (
        "en-CA",
        "Your new modem will be there Friday before noon, guaranteed.",
        "en.commitment.guarantee",
    ),
    ("en-US", "Your refund lands on Monday – guaranteed!", "en.commitment.guarantee"),
    ("fr-CA", "Votre nouvelle carte arrive jeudi, garantie.", "fr.commitment.promise"),
    ("es-ES", "El reembolso llega el lunes, garantizado.", "es.commitment.promise"),
    ("pt-BR", "O estorno cai na segunda-feira, garantido.", "pt.commitment.promise"),
    ("it-IT", "La sostituzione arriva mercoledì, garantito.", "it.commitment.promise"),
    # never again
    ("de-AT", "Das wird bei uns bestimmt nie wieder vorkommen.", "de.commitment.promise"),
    ("de-DE", "Das passiert Ihnen nicht noch einmal.", "de.commitment.promise"),
    ("de-CH", "Bei uns wird so etwas nie wieder vorkommen.", "de.commitment.promise"),
    ("en-GB", "That will definitely never happen to you again.", "en.commitment.guarantee"),
    ("en-US", "It's not going to happen again.", "en.commitment.guarantee"),
    ("fr-FR", "Cela ne se reproduira certainement plus.", "fr.commitment.promise"),
    ("fr-CA", "Ça ne vous arrivera plus jamais.", "fr.commitment.promise"),
    ("es-MX", "Esto seguro que no le vuelve a pasar.", "es.commitment.promise"),
    ("es-ES", "Eso no se va a repetir.", "es.commitment.promise"),
    ("pt-BR", "Isso com certeza não vai acontecer de novo.", "pt.commitment.promise"),
    ("pt-PT", "Isto não vai voltar a acontecer.", "pt.commitment.promise"),
    ("it-IT", "Non Le capiterà sicuramente più.", "it.commitment.promise"),
    ("nl-NL", "Dit zal zeker nooit meer gebeuren.", "nl.commitment.promise"),
    ("nl-NL", "Dat overkomt u echt niet nog een keer.", "nl.commitment.promise"),
    # promised compensation amounts
    (
        "en-GB",
        "Three missed visits is too many, so I'll make sure you get £120 compensation.",
        "en.commitment.compensation-amount",
    ),
    ("en-AU", "We're going to pay you $150 in compensation.", "en.commitment.compensation-amount"),
    (
        "de-DE",
        "Wir überweisen Ihnen eine Entschädigung von 70 Euro.",
        "de.commitment.compensation-amount",
    ),
    (
        "de-CH",
        "Sie bekommen von uns 40 Franken Entschädigung.",
        "de.commitment.compensation-amount",
    ),
    (
        "fr-CA",
        "Je vais vous verser un dédommagement de 75 $ cette semaine.",
        "fr.commitment.compensation-amount",
    ),
    (
        "es-MX",
        "Por el retraso le vamos a depositar una compensación de $2,500.",
        "es.commitment.compensation-amount",
    ),
    (
        "pt-BR",
        "Vou te transferir uma indenização de R$ 350 hoje.",
        "pt.commitment.compensation-amount",
    ),
    ("it-IT", "Le riconosciamo un indennizzo di 60 euro.", "it.commitment.compensation-amount"),
    (
        "nl-NL",
        "Wij maken een compensatie van € 45 aan u over.",
        "nl.commitment.compensation-amount",
    ),
]

QUIET = [
    # hopes, our own effort, conditions and questions
    ("de-DE", "Ich hoffe, das wird nicht wieder vorkommen."),
    ("de-DE", "Ich sorge dafür, dass das nicht wieder passiert."),
    ("de-DE", "Das wird nicht wieder vorkommen, wenn Sie das Update installieren."),
    ("de-DE", "Haben Sie mein Wort falsch verstanden?"),
    ("en-US", "Hopefully this won't happen again."),
    ("en-US", "I'll make sure it doesn't happen again."),
    ("en-US", "Delivery dates are estimated, not guaranteed."),
    ("fr-FR", "J'espère que cela ne se reproduira pas."),
    ("fr-FR", "Le délai est indicatif, non garanti."),
    ("es-ES", "Estamos haciendo todo lo posible, se lo aseguro."),
    ("es-ES", "Espero que esto no vuelva a pasar."),
    ("es-MX", "Si esto no vuelve a pasar en una semana, cerramos el reporte."),
    ("pt-BR", "Isso não vai acontecer, o sistema bloqueia pagamentos em dobro."),
    ("pt-BR", "Estamos fazendo o possível, te asseguro."),
    ("it-IT", "Spero che non succeda più."),
    ("it-IT", "L'addebito non si ripeterà il mese prossimo."),
    ("nl-NL", "Dit zal hopelijk niet meer gebeuren."),
    # compensation someone else pays, may pay, or will decide on
    (
        "en-GB",
        "If your flight was delayed over three hours, you may be eligible for €250 compensation.",
    ),
    ("en-GB", "You'll receive an email about the £100 compensation the airline owes you."),
    ("en-GB", "We'll pay the £30 compensation once the claims team approves it."),
    ("en-GB", "I can't offer £100 compensation, but I've escalated your complaint."),
    ("de-DE", "Ich prüfe, ob wir Ihnen eine Entschädigung von 50 € zahlen können."),
    ("de-DE", "Die Airline wird Ihnen eine Entschädigung von 250 € zahlen."),
    (
        "fr-FR",
        "Si votre vol a plus de trois heures de retard, vous pouvez réclamer une indemnisation de 250 €.",
    ),
    ("es-MX", "Voy a consultar si procede una compensación de $1,000."),
    ("pt-BR", "Vamos depositar a compensação de R$ 200 assim que o setor responsável aprovar."),
    ("it-IT", "Se il volo ha oltre tre ore di ritardo, può richiedere un indennizzo di 250 €."),
    ("nl-NL", "U ontvangt de vergoeding van € 4,95 voor het retourlabel terug."),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


@pytest.mark.parametrize(("locale", "text", "rule"), FOUND)
def test_pledge_kinds_are_found(linter: Linter, locale: str, text: str, rule: str) -> None:
    rules = {f.rule for f in linter.lint(text, locale).findings if f.category == "commitment"}
    assert rule in rules, rules


@pytest.mark.parametrize(("locale", "text"), QUIET)
def test_near_misses_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    found = [f for f in linter.lint(text, locale).findings if f.category == "commitment"]
    assert found == [], [(f.rule, f.match) for f in found]


def test_compensation_amount_is_a_warning_naming_the_amount(linter: Linter) -> None:
    text = "So sorry, I'll make sure you get £100 compensation."
    found = [f for f in linter.lint(text, "en-GB").findings if f.category == "commitment"]
    assert [(f.rule, f.match, f.severity.value) for f in found] == [
        ("en.commitment.compensation-amount", "£100 compensation", "warning")
    ]
