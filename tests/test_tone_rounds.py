"""Tone kinds from the fourth and fifth development rounds: variants the guide examples
do not spell out.

Each bad text is another inflection, word order or inserted word of a construction the
tone guides model; each good text is a near miss that must stay clean. Written for this
test. Round 4: impatience, sarcasm, reminders with a sneer, hand-offs, condescension,
office formulas. Round 5: blame pushed back, "X thing, not us", "if you don't like it,
switch", "I already said so", talking down, sarcastic "yet again", faceless forwarding
formulas.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

ROUND4_BAD = [
    ("en-GB", "I haven't got all day, you know.", "impatience"),
    ("en-US", "Yeah, you told me that already.", "impatience"),
    ("en-AU", "What do you even want?", "impatience"),
    ("en-GB", "No doubt you had your reasons.", "sarcasm"),
    ("en-US", "Kind of you to finally deign to reply.", "sarcasm"),
    ("en-GB", "As we've already mentioned twice, the fee stays.", "reminder"),
    ("en-US", "Just checking in, per my last two emails.", "reminder-repeat"),
    ("en-CA", "That's not something this team deals with.", "hand-off"),
    ("en-AU", "The late fee is on you.", "fault"),
    ("en-US", "It's really not that complicated.", "condescension-simple"),
    ("en-CA", "I'll take it slowly, so you can keep up.", "patronising"),
    ("en-GB", "Hopefully this will make sense this time.", "patronising"),
    ("de-DE", "Ich hab doch nicht den ganzen Tag Zeit.", "impatience"),
    ("de-AT", "Das sagten Sie bereits.", "impatience"),
    ("de-DE", "Sie hatten bestimmt Ihre Gründe.", "sarcasm"),
    ("de-CH", "Schön, dass du dich auch mal meldest.", "sarcasm"),
    ("de-DE", "Das ist halt nicht mein Problem.", "brush-off"),
    ("de-AT", "Die Gebühr ging dann voll auf Ihre Kappe.", "fault"),
    ("de-CH", "Selbst meine Tochter versteht das.", "patronising"),
    ("de-DE", "Das liegt nun mal nicht in unserer Hand.", "hand-off"),
    ("fr-FR", "On n'a pas toute la journée.", "impatience"),
    ("fr-CA", "Que voulez-vous à la fin ?", "impatience"),
    ("fr-FR", "Ravi que vous daigniez enfin répondre.", "sarcasm"),
    ("fr-FR", "Ce n'est plus notre problème.", "brush-off"),
    ("fr-CA", "Ça ne dépend pas de moi, contactez la banque.", "hand-off"),
    ("fr-FR", "Même mon fils y arriverait.", "patronising"),
    ("fr-CA", "Je répète pour que vous compreniez enfin.", "patronising"),
    ("es-MX", "No tenemos todo el día.", "impatience"),
    ("es-ES", "Ya me lo dijiste.", "impatience"),
    ("es-MX", "Supongo que tendrá sus razones.", "sarcasm"),
    ("es-ES", "Gracias por dignarte a responder.", "sarcasm"),
    ("es-MX", "Ya no depende de mí, consulte con su banco.", "hand-off"),
    ("es-ES", "A ver si ahora lo entiende.", "patronising"),
    ("es-MX", "Conforme ya le informé, no hay reembolso.", "reminder"),
    ("pt-BR", "Não temos o dia inteiro.", "impatience"),
    ("pt-BR", "Isso você já me disse.", "impatience"),
    ("pt-BR", "Você certamente teve os seus motivos.", "sarcasm"),
    ("pt-BR", "Não depende de nós, fale com o banco.", "hand-off"),
    ("pt-BR", "Até meu filho consegue.", "patronising"),
    ("pt-BR", "Conforme informado anteriormente, não há estorno.", "reminder"),
    ("it-IT", "Non abbiamo tutta la giornata.", "impatience"),
    ("it-IT", "Di sicuro aveva i suoi motivi.", "sarcasm"),
    ("it-IT", "Non dipende da noi, chiami la banca.", "hand-off"),
    ("it-IT", "Lo sa fare persino mio figlio.", "patronising"),
    ("it-IT", "Come già comunicato nella mia precedente mail, è chiuso.", "reminder"),
    ("nl-NL", "We hebben niet de hele dag.", "impatience"),
    ("nl-NL", "Wat wil je nou eigenlijk?", "impatience"),
    ("nl-NL", "Leuk dat je eindelijk eens terugschrijft.", "sarcasm"),
    ("nl-NL", "Dat is echt niet ons probleem.", "brush-off"),
    ("nl-NL", "Het was echt niet mijn fout.", "fault"),
    ("nl-NL", "Zelfs mijn zoon snapt het.", "patronising"),
]

ROUND4_GOOD = [
    ("en-GB", "I don't have all the details yet, but I'll call you back today."),
    ("en-US", "Other customers have reported the same fault, so our engineers are on it."),
    ("en-US", "What do you want to do with the old phone?"),
    ("en-GB", "You already paid for this, so I've cancelled the second charge."),
    ("en-AU", "It's honestly not a problem, I'll rebook it."),
    ("en-US", "Let me make it easy for you: I've prefilled the form."),
    ("en-US", "We value your feedback and have changed the checkout page because of it."),
    ("en-GB", "Thanks for sending the photos, now I can start the claim."),
    ("en-CA", "Can you see the blue icon in the top corner?"),
    ("en-US", "That's out of our hands, but I've asked the courier to call you."),
    ("en-GB", "I'm sure you have your reasons for cancelling, and that's absolutely fine."),
    ("de-DE", "Wir haben den ganzen Tag für Sie geöffnet."),
    ("de-DE", "Das liegt nicht in unserer Hand, aber ich frage beim Zusteller nach."),
    ("de-AT", "Wenn Sie nicht zu Hause sind, hinterlässt der Fahrer eine Karte."),
    ("de-CH", "Sogar meine Kollegin war überrascht, wie schnell das ging."),
    ("de-DE", "Diesmal sollte es klappen, ich habe den Code neu erzeugt."),
    ("de-DE", "Das ist dann Ihr neuer Tarif ab Mai."),
    ("fr-FR", "Cela ne dépend pas de nous, mais je relance le transporteur."),
    ("fr-CA", "Vous l'avez déjà dit, et je l'ai bien noté dans le dossier."),
    ("fr-FR", "Comme indiqué sur le site, la livraison est gratuite."),
    ("es-ES", "Según le indiqué por teléfono, aquí tiene el enlace."),
    ("es-MX", "Eso ya lo ha pagado, así que le devuelvo el segundo cargo."),
    ("pt-PT", "Com certeza que já recebeu o e-mail de confirmação?"),
    ("pt-BR", "Conforme informado anteriormente pela transportadora, a entrega atrasou."),
    ("pt-BR", "Você com certeza vai receber o código em alguns minutos."),
    ("it-IT", "Come indicato nella conferma d'ordine, il corriere passa lunedì."),
    ("it-IT", "Bene, il pacco è finalmente arrivato."),
    ("nl-NL", "Het ligt niet aan ons netwerk."),
    ("nl-NL", "Ik stuur een foto mee, zodat u het ook kunt zien."),
    ("nl-NL", "Het weer hebben we niet in de hand, maar ik plan de monteur in."),
]

ROUND5_BAD = [
    ("en-GB", "Sadly that's on your end, not on ours.", "fault"),
    ("en-US", "If you forgot to cancel, it's nothing we can do anything about.", "fault"),
    ("en-AU", "It's a Medicare question, not us.", "brush-off"),
    ("en-CA", "If you do not like that, you could always cancel.", "brush-off"),
    ("en-GB", "Cannot help with this, you'll have to phone the council.", "hand-off"),
    ("en-US", "I do not know what else I can tell you.", "impatience"),
    ("en-GB", "OK, let me explain it once more, nice and slowly.", "patronising"),
    ("en-AU", "That's pretty basic stuff, honestly.", "condescension-simple"),
    ("en-GB", "I suppose the letter got lost yet again.", "sarcasm"),
    ("de-DE", "Da musst du halt besser aufpassen.", "fault"),
    ("de-AT", "Das habe ich dir doch schon gesagt.", "impatience"),
    ("de-CH", "Genauer geht's nicht.", "impatience"),
    ("de-DE", "Das schafft eigentlich jede.", "condescension-simple"),
    ("de-AT", "Bestimmt ist die Überweisung ja wieder mal verloren gegangen.", "sarcasm"),
    ("fr-FR", "C'est vous qui avez donné un numéro erroné.", "fault"),
    ("fr-CA", "On ne s'occupe pas de ce genre de demande ici.", "hand-off"),
    ("fr-FR", "Si ça ne vous plaît pas, vous pouvez toujours aller ailleurs.", "brush-off"),
    ("es-MX", "Es asunto de la aseguradora, no de nosotros.", "brush-off"),
    ("es-ES", "Su queja fue trasladada al área competente.", "form-letter"),
    ("pt-PT", "É questão dos CTT, não minha.", "brush-off"),
    ("pt-BR", "Manda isso de uma vez.", "impatience"),
    ("it-IT", "Te l'ho già scritto due volte.", "reminder"),
    ("it-IT", "Se non vi sta bene, potete sempre recedere.", "brush-off"),
    ("nl-NL", "Dat vertelde ik u daarnet al.", "impatience"),
    ("nl-NL", "Kun je nou gewoon de bon sturen?", "impatience"),
]

ROUND5_GOOD = [
    ("en-US", "Please check the settings on your end, and I'll check ours."),
    ("en-GB", "If you weren't home, the parcel is at the depot and you can pick it up."),
    ("en-CA", "That's a Rogers thing, so I've asked them to call you back."),
    ("en-US", "I don't know what time the engineer arrives yet, I'll text you."),
    ("en-AU", "Surely is the name of the café on the receipt."),
    ("de-DE", "Wir sollten da besser aufpassen, das tut mir leid."),
    ("de-AT", "Ich habe Ihnen gerade die Rechnung geschickt."),
    ("de-CH", "Das bekommt jeder Neukunde als Willkommensgeschenk."),
    ("fr-FR", "C'est vous qui décidez de la date de livraison."),
    ("fr-CA", "On ne s'occupe pas de ça ici, mais je vous transfère tout de suite."),
    ("es-ES", "Sin el número de pedido no podemos hacer nada más, ¿me lo indica?"),
    ("es-MX", "Es cosa del banco, así que ya les escribí por usted."),
    ("pt-BR", "Envie todos os documentos de uma vez, assim resolvo hoje."),
    ("it-IT", "Gliel'ho inviato stamattina per e-mail."),
    ("nl-NL", "Kunt u nu de app opnieuw openen?"),
]

BAD = ROUND4_BAD + ROUND5_BAD
GOOD = ROUND4_GOOD + ROUND5_GOOD


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
