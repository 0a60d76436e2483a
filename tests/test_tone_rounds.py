"""Tone kinds from the fourth, fifth, seventh and eighth development rounds: variants the
guide examples do not spell out.

Each bad text is another inflection, word order or inserted word of a construction the
tone guides model; each good text is a near miss that must stay clean. Written for this
test. Round 4: impatience, sarcasm, reminders with a sneer, hand-offs, condescension,
office formulas. Round 5: blame pushed back, "X thing, not us", "if you don't like it,
switch", "I already said so", talking down, sarcastic "yet again", faceless forwarding
formulas. Round 7: talking-down, redirect, blame-back, sarcastic-aside, shut-down,
receipt-formula. Round 8: the same ids widened (blame with the customer's own act,
comparisons, sarcastic thanks, hand-offs, impatience). Rounds 12-14: counting the times,
sarcastic patience, simplification, certain blame, curt pointers, ultimatums. Round 15:
French negation without "ne", simplifying "for you", counted reminders, bare hand-offs,
the lecture after a mistake, more office formulas (nl, pt).
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


ROUND7_BAD = [
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

ROUND7_GOOD = [
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

ROUND8_BAD = [
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

ROUND8_GOOD = [
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

# Round 12 (tests/blind-dev lines 441-480): Tone kinds from the twelfth development round: variants the guide examples do not spell out.
ROUND12_BAD = [
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

ROUND12_GOOD = [
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

# Rounds 12-14 (tests/blind-dev lines 441-560): kinds the round-12 rules still missed:
# counting the times, sarcastic thanks and patience, talking down by simplification, blame
# stated as certain, a curt pointer elsewhere, impatience and ultimatums, formula-only replies.
ROUND14_BAD = [
    # 1. counting the times
    ("en-GB", "How many more times do I need to explain the refund policy?", "reminder-repeat"),
    ("en-US", "You've sent us nine emails now.", "reminder-repeat"),
    ("de-AT", "Wir haben Ihnen das jetzt schon mehrmals erklärt.", "reminder-repeat"),
    (
        "de-CH",
        "Ich muss Sie leider zum wiederholten Mal bitten, die Quittung zu schicken.",
        "reminder-repeat",
    ),
    ("de-DE", "Wie oft muss ich es dir denn noch erklären?", "reminder-repeat"),
    ("fr-FR", "Ça fait déjà trois fois que je vous le dis.", "reminder-repeat"),
    ("fr-CA", "Vous nous avez écrit cinq courriels aujourd'hui.", "reminder-repeat"),
    ("es-MX", "Es la tercera vez que se lo explico.", "reminder-repeat"),
    ("es-ES", "¿Cuántas veces más tengo que decírtelo?", "reminder-repeat"),
    ("pt-BR", "Já é a terceira vez que te peço o comprovante.", "reminder-repeat"),
    ("pt-PT", "Quantas vezes mais tenho de lhe explicar?", "reminder-repeat"),
    ("it-IT", "Questa è la quarta volta che glielo ripeto.", "reminder-repeat"),
    ("nl-NL", "Hoe vaak moeten we het nou nog uitleggen?", "reminder-repeat"),
    # 2. sarcastic thanks and patience
    ("en-CA", "If you ever get around to it, send the photos.", "sarcastic-aside"),
    ("en-AU", "Yeah, of course, it's always our fault.", "sarcastic-aside"),
    ("de-DE", "Schön, dass du uns endlich die Rechnung geschickt hast.", "sarcastic-aside"),
    ("de-AT", "Natürlich sind wieder einmal wir schuld.", "sarcastic-aside"),
    ("fr-FR", "Merci d'avoir quand même fini par répondre.", "sarcastic-aside"),
    ("es-ES", "Claro, la culpa otra vez es nuestra.", "sarcastic-aside"),
    ("pt-BR", "Com certeza, a culpa é sempre nossa.", "sarcastic-aside"),
    ("it-IT", "Grazie per aver risposto finalmente.", "sarcastic-aside"),
    ("nl-NL", "Natuurlijk, het is altijd onze fout.", "sarcastic-aside"),
    # 3. talking down by simplification
    ("en-US", "Let's go back to the basics.", "talking-down"),
    ("en-GB", "Maybe get a family member who is good with computers to help.", "talking-down"),
    ("de-CH", "Weisst du überhaupt, was ein Router ist?", "talking-down"),
    ("fr-CA", "Je vais tenter de vous l'expliquer de façon plus simple.", "talking-down"),
    ("es-MX", "Pregúntele a alguien que sepa de computación.", "talking-down"),
    ("pt-BR", "Peça ajuda aos seus netos que entendam de tecnologia.", "talking-down"),
    ("it-IT", "Si faccia aiutare da un parente che se ne intenda.", "talking-down"),
    ("nl-NL", "Laten we even terug naar de basis gaan.", "talking-down"),
    # 4. blame with certainty
    ("en-CA", "The issue is definitely on your side.", "blame-back"),
    ("en-GB", "You obviously never opened the parcel properly.", "blame-back"),
    ("de-AT", "Da haben Sie die Packung wohl fallen lassen.", "blame-back"),
    ("de-DE", "Wir können doch nicht hellsehen.", "blame-back"),
    ("fr-FR", "Vous avez visiblement mal branché le câble.", "blame-back"),
    ("es-ES", "Seguro que lo rompiste al montarlo.", "blame-back"),
    ("pt-PT", "Não somos bruxos.", "blame-back"),
    ("it-IT", "Il guasto è evidentemente dalla sua parte.", "blame-back"),
    ("nl-NL", "Je hebt het zelf verkeerd ingevuld.", "blame-back"),
    # 5. curt pointer
    ("en-AU", "Can't help with that here. You'll have to contact your bank.", "hand-off"),
    ("de-DE", "Dafür sind wir nicht zuständig. Fragen Sie beim Vermieter.", "redirect"),
    ("fr-FR", "Ce n'est pas notre domaine. Voyez avec votre banque.", "redirect"),
    ("es-MX", "No le podemos ayudar con eso, llame a su banco. Suerte.", "redirect"),
    ("nl-NL", "Daar kan ik niets mee, daar moet u bij uw bank voor zijn.", "redirect"),
    # 6. impatience and ultimatums
    ("en-US", "I won't wait on this chat all day.", "impatience"),
    ("de-AT", "Ich habe jetzt wirklich keine Zeit, Ihnen das nochmal zu erklären.", "impatience"),
    ("fr-CA", "Je ne vais pas y passer la journée.", "impatience"),
    ("es-ES", "No puedo quedarme aquí toda la tarde.", "impatience"),
    ("pt-BR", "Não posso ficar aqui o dia inteiro.", "impatience"),
    ("it-IT", "O mi invia la ricevuta o chiudo la conversazione.", "impatience"),
    ("nl-NL", "Ik heb echt geen tijd om het allemaal weer uit te leggen.", "impatience"),
    # 7. a reply of stock formulas only
    (
        "es-MX",
        "Le informamos que su caso fue registrado. Gracias por su confianza. Quedamos a su disposición.",
        "form-letter",
    ),
    (
        "pt-BR",
        "Informamos que sua solicitação foi registrada. Agradecemos a sua confiança. Há mais alguma coisa em que possamos ajudar?",
        "form-letter",
    ),
]

ROUND14_GOOD = [
    ("en-US", "I'll explain it step by step, so you have it all in one place."),
    ("en-GB", "You should have received the refund by Friday."),
    ("en-AU", "Yes, anyone can do that, as long as they bring the code."),
    ("en-CA", "Sure, anyone can collect it."),
    ("en-US", "Whenever you get round to it is fine, there's no rush at all."),
    (
        "en-GB",
        "If I don't hear back, I'll close the chat in ten minutes; you can always start a new one.",
    ),
    ("en-US", "Don't forget to call the hotel to confirm the late check-in. Good luck!"),
    ("de-DE", "Ich erkläre es Ihnen gern Schritt für Schritt."),
    ("de-AT", "Ja, das kann jeder mit dem Abholcode."),
    (
        "de-CH",
        "Wir haben Ihnen bereits zwei Mails geschickt; ich schicke die Rechnung gern nochmals.",
    ),
    ("de-DE", "Haben Sie die PIN vielleicht falsch eingegeben?"),
    ("fr-FR", "Nous vous rappelons une nouvelle fois que notre service reste à votre disposition."),
    ("fr-CA", "Oui, n'importe qui peut le faire."),
    ("fr-FR", "Prenons les choses dans l'ordre : d'abord, redémarrez le modem."),
    ("es-MX", "Sí, cualquiera lo puede hacer."),
    ("es-ES", "Seguramente el transportista lo dejó en conserjería."),
    ("pt-BR", "Lembro-lhe mais uma vez que pode contactar-nos a qualquer hora."),
    ("it-IT", "Le ricordo ancora una volta che può contattarci in qualsiasi momento."),
    ("it-IT", "Chiunque può farlo, basta il codice."),
    ("nl-NL", "Vergeet niet de bon mee te nemen als u naar de winkel gaat. Succes!"),
    ("nl-NL", "Ja, dat kan iedereen."),
    ("nl-NL", "U hebt het formulier zelf ingevuld, dus de gegevens kloppen."),
]


# Round 15: each kind written in other words before the rule (other verbs, word orders,
# registers); the round-15 drafts themselves are not repeated here.
ROUND15_BAD = [
    # French negation without "ne", in every construction that has "ne ... pas"
    ("fr-FR", "C'est pas notre problème, franchement.", "brush-off"),
    ("fr-CA", "On peut rien y faire.", "brush-off"),
    ("fr-FR", "Ça dépend pas de nous, voyez avec la Poste.", "hand-off"),
    ("fr-CA", "On s'occupe pas de ça ici.", "hand-off"),
    ("fr-FR", "Je sais pas comment vous l'expliquer plus simplement.", "talking-down"),
    ("fr-CA", "Ça nous regarde pas.", "redirect"),
    ("fr-CA", "C'est pas de notre faute si vous étiez absent.", "fault"),
    # simplification and "everyone knows" as condescension
    ("en-GB", "I'll explain it as simply as I possibly can for you.", "talking-down"),
    ("en-US", "Let me break it down as simply as possible for you.", "talking-down"),
    ("en-AU", "Right, I'll spell it out.", "talking-down"),
    ("en-CA", "I'm going to spell this out, okay?", "talking-down"),
    ("en-US", "Most of our customers figure it out on their own.", "condescension-simple"),
    ("en-GB", "Most users work this out without calling us.", "condescension-simple"),
    ("en-AU", "Is that simple enough this time?", "patronising"),
    ("en-US", "Hope that's clearer for you this time.", "patronising"),
    ("de-DE", "Das sollte man heutzutage schon wissen.", "talking-down"),
    ("de-AT", "Eine PDF öffnen müssten Sie eigentlich können.", "talking-down"),
    ("de-CH", "Das sollten Sie mittlerweile wirklich wissen.", "talking-down"),
    ("de-DE", "Man sollte doch eigentlich wissen, wie ein Browser funktioniert.", "talking-down"),
    ("de-AT", "Eine Mail abrufen kann heutzutage eigentlich jeder.", "talking-down"),
    ("de-CH", "Das weisst du ja bestimmt längst.", "sarcastic-aside"),
    ("de-DE", "Aber das wissen Sie ja eh.", "sarcastic-aside"),
    ("de-AT", "Das ist dir ja sicher schon bekannt.", "sarcastic-aside"),
    # reminders that count or stress
    (
        "en-GB",
        "Just reminding you, for the second time, that the form is due Friday.",
        "reminder-repeat",
    ),
    ("en-US", "I'm asking you for the third time to send the photos.", "reminder-repeat"),
    ("en-AU", "This is already my second reminder about the invoice.", "reminder-repeat"),
    ("en-CA", "Reminder no. 4: the meter reading is still missing.", "reminder-repeat"),
    (
        "en-US",
        "Quick reminder, and it's for the fifth time, that payment is overdue.",
        "reminder-repeat",
    ),
    (
        "de-DE",
        "Darf ich Sie abermals höflich daran erinnern, dass die Rechnung offen ist?",
        "reminder-repeat",
    ),
    (
        "de-CH",
        "Wir möchten Sie erneut freundlich daran erinnern, dass die Frist läuft.",
        "reminder-repeat",
    ),
    (
        "de-AT",
        "Ich erinnere Sie hiermit nochmals ausdrücklich daran, dass wir den Zählerstand brauchen.",
        "reminder-repeat",
    ),
    ("de-DE", "Ich erinnere dich schon wieder an die fehlenden Fotos.", "reminder-repeat"),
    (
        "de-CH",
        "Leider muss ich Sie jetzt wieder daran erinnern, dass der Ausweis fehlt.",
        "reminder-repeat",
    ),
    # hand-offs with no help
    ("en-GB", "Nothing to do with us, I'm afraid. Contact the seller.", "hand-off"),
    ("en-US", "That has absolutely nothing to do with our company.", "hand-off"),
    ("en-AU", "Mate, that's nothing to do with me - ring Optus.", "hand-off"),
    (
        "en-CA",
        "This is nothing to do with our store; you should call the manufacturer.",
        "hand-off",
    ),
    ("en-US", "The billing error is nothing to do with us!", "hand-off"),
    ("de-DE", "Dazu kann ich nichts sagen. Fragen Sie am besten beim Vermieter.", "hand-off"),
    ("de-AT", "Da kann ich dir leider nicht helfen, frag halt die Post.", "hand-off"),
    ("de-CH", "Darüber weiss ich nichts, wenden Sie sich an die Gemeinde.", "hand-off"),
    (
        "de-DE",
        "Hierzu kann ich Ihnen von hier aus nichts sagen. Rufen Sie bitte den Hersteller an.",
        "hand-off",
    ),
    ("de-AT", "Da kann ich nichts machen. Melden Sie sich beim Verkäufer.", "hand-off"),
    ("fr-FR", "Ce n'est pas chez nous, adressez-vous à votre assureur.", "redirect"),
    ("fr-CA", "Ça se passe pas chez nous.", "redirect"),
    ("fr-FR", "Ce n'est pas nous qu'il faut contacter, c'est le vendeur.", "redirect"),
    ("fr-CA", "Voyez ça avec votre fournisseur. C'est tout ?", "redirect"),
    ("fr-FR", "C'est le livreur qui l'a cassé, contactez-le directement.", "redirect"),
    ("fr-CA", "C'est votre banque qui a refusé le paiement. Appelez-la.", "redirect"),
    ("it-IT", "Non è di nostra competenza, deve chiamare la banca.", "hand-off"),
    ("it-IT", "Non compete a noi, senta il corriere.", "hand-off"),
    ("it-IT", "La questione non è competenza mia.", "hand-off"),
    ("it-IT", "Non spetta a me: contatti il venditore.", "hand-off"),
    ("it-IT", "Non me ne occupo io, scriva all'amministrazione.", "hand-off"),
    ("nl-NL", "Vraag het bij de gemeente na, daar zitten ze voor.", "redirect"),
    ("nl-NL", "Neem contact op met uw bank, daar zijn die voor.", "redirect"),
    ("nl-NL", "Stuur de fabrikant een mail, daar is hij toch voor.", "redirect"),
    ("nl-NL", "Bel ze maar, daar zijn ze voor.", "redirect"),
    ("nl-NL", "Daar zitten ze nou eenmaal voor.", "redirect"),
    # the lecture after a mistake
    ("en-US", "You honestly need to read the terms properly before you buy.", "hindsight"),
    ("en-GB", "Seriously, you must double-check your order before paying.", "hindsight"),
    ("en-AU", "You really ought to check your details before you confirm.", "hindsight"),
    ("en-CA", "From now on, please double-check the address.", "hindsight"),
    ("en-US", "You should really proofread before you send anything.", "hindsight"),
    # replies made of stock formulas (three or more)
    (
        "nl-NL",
        "Dank u wel voor uw vraag. Wij streven ernaar binnen twee dagen te reageren. "
        "Mocht u nog vragen hebben, dan horen wij het graag.",
        "form-letter",
    ),
    ("nl-NL", "Uw tevredenheid is bij ons altijd onze hoogste prioriteit.", "form-letter"),
    (
        "nl-NL",
        "Wij hopen u hiermee van dienst te zijn geweest. Voor eventuele vragen kunt u "
        "contact met ons opnemen. Wij wensen u een prettig weekend.",
        "form-letter",
    ),
    (
        "nl-NL",
        "Hartelijk dank voor uw geduld. Uw tevredenheid staat voorop. "
        "Wij wensen u nog een fijne avond.",
        "form-letter",
    ),
    (
        "nl-NL",
        "Bedankt voor uw e-mail. Wij streven ernaar iedere klant snel te helpen. "
        "Wij hopen u hiermee voldoende te hebben geïnformeerd.",
        "form-letter",
    ),
    (
        "pt-PT",
        "Obrigado por nos ter contactado. O cancelamento será efectuado no prazo de 15 dias. "
        "Desejamos-lhe um bom dia.",
        "form-letter",
    ),
    (
        "pt-BR",
        "Obrigada pelo seu contato. Sua solicitação será analisada em até 5 dias úteis. "
        "Para mais informações, visite nosso site.",
        "form-letter",
    ),
    (
        "pt-PT",
        "Preencha o formulário disponível na área de cliente. O pedido será tratado "
        "com a máxima brevidade. Obrigado pela sua confiança.",
        "form-letter",
    ),
    (
        "pt-BR",
        "Para quaisquer dúvidas, contate a central. Seu reembolso será processado nos "
        "próximos dias. Agradecemos a sua compreensão.",
        "form-letter",
    ),
    (
        "pt-PT",
        "Agradecemos a sua mensagem. Para esclarecimentos adicionais, consulte as nossas "
        "perguntas frequentes. Votos de um excelente dia.",
        "form-letter",
    ),
    # the same kinds in the other languages
    ("fr-FR", "Les autres clients s'en sortent très bien tout seuls.", "condescension-simple"),
    ("fr-CA", "Beaucoup de gens le font sans nous appeler.", "condescension-simple"),
    ("fr-FR", "Vous devriez quand même savoir faire ça de nos jours.", "condescension-simple"),
    ("es-ES", "La mayoría de la gente lo saca sola.", "condescension-simple"),
    ("es-MX", "Casi todos los clientes lo logran sin ayuda.", "condescension-simple"),
    ("es-MX", "Eso debería saberlo cualquiera a estas alturas.", "condescension-simple"),
    ("pt-BR", "A maioria dos usuários descobre isso sozinha.", "condescension-simple"),
    ("pt-PT", "A maior parte das pessoas resolve isto por conta própria.", "condescension-simple"),
    ("pt-BR", "Hoje em dia todo mundo sabe baixar um aplicativo.", "condescension-simple"),
    ("it-IT", "La maggior parte della gente lo risolve da sola.", "condescension-simple"),
    ("it-IT", "Quasi tutti lo fanno tranquillamente in autonomia.", "condescension-simple"),
    ("it-IT", "Al giorno d'oggi dovrebbe saperlo chiunque.", "condescension-simple"),
    ("nl-NL", "De meeste gebruikers zoeken het gewoon zelf uit.", "condescension-simple"),
    ("nl-NL", "Tegenwoordig weet toch iedereen dat.", "condescension-simple"),
    ("nl-NL", "Zoiets zou je tegenwoordig echt moeten kunnen.", "condescension-simple"),
    (
        "fr-FR",
        "Je vous rappelle, et c'est pour la troisième fois, que le dossier est incomplet.",
        "reminder-repeat",
    ),
    ("fr-CA", "Voici notre quatrième relance concernant la facture.", "reminder-repeat"),
    ("fr-FR", "Une relance de plus, pour la cinquième fois : le RIB manque.", "reminder-repeat"),
    (
        "es-MX",
        "Le escribo para recordarle, por cuarta vez, que falta el comprobante.",
        "reminder-repeat",
    ),
    ("es-ES", "Es el tercer aviso que le mandamos.", "reminder-repeat"),
    ("es-MX", "Ya es mi cuarto recordatorio sobre el pago.", "reminder-repeat"),
    (
        "pt-BR",
        "Venho lembrar, pela quarta vez, que o comprovante está em falta.",
        "reminder-repeat",
    ),
    ("pt-PT", "É o terceiro lembrete que lhe envio.", "reminder-repeat"),
    ("pt-BR", "Já é o meu quarto aviso sobre o pagamento.", "reminder-repeat"),
    (
        "it-IT",
        "Le scrivo per ricordarle, per la quarta volta, che manca la ricevuta.",
        "reminder-repeat",
    ),
    ("it-IT", "Questo è il secondo promemoria che le mandiamo.", "reminder-repeat"),
    ("it-IT", "È già il mio quarto sollecito sul pagamento.", "reminder-repeat"),
    ("nl-NL", "Het is al de derde herinnering die we sturen.", "reminder-repeat"),
    ("nl-NL", "Klein geheugensteuntje, voor de tweede keer: de meterstand.", "reminder-repeat"),
    ("es-ES", "Esto no va con nosotros.", "hand-off"),
    ("es-MX", "No es asunto nuestro, hable con la paquetería.", "brush-off"),
    ("es-ES", "No nos toca, consulte con su seguro.", "hand-off"),
    ("pt-PT", "Não é problema nosso, ligue para a transportadora.", "brush-off"),
    ("pt-BR", "Isso não tem nada a ver conosco.", "hand-off"),
    ("pt-BR", "Não nos compete, procure o fabricante.", "hand-off"),
]

ROUND15_GOOD = [
    ("fr-FR", "C'est pas grave, je m'en occupe tout de suite."),
    ("fr-CA", "On peut rien faire de plus ce soir, mais je relance le dépôt demain matin."),
    ("fr-FR", "Je sais pas encore, je vérifie et je reviens vers vous."),
    (
        "fr-FR",
        "Ce n'est pas chez nous que le colis s'est perdu, mais je lance l'enquête avec le transporteur.",
    ),
    ("fr-CA", "C'est Postes Canada qui a perdu le colis ; je vous en renvoie un aujourd'hui."),
    (
        "fr-FR",
        "Pour le prélèvement, voyez avec votre banque au 01 23 45 67 89 ; je reste disponible.",
    ),
    ("en-GB", "I'll make it as easy as possible for you: the courier collects it from your door."),
    ("en-US", "Let me spell out the three options so you can choose."),
    ("en-AU", "Could you spell that out for me?"),
    ("en-CA", "Most customers get their refund within five days."),
    ("en-US", "Your parcel was delayed for the third time, and I'm so sorry about that."),
    ("en-GB", "Just a reminder that the store closes early on Friday."),
    ("en-AU", "This charge has nothing to do with us, so I've asked the bank to reverse it."),
    ("en-US", "Before you submit, double-check the IBAN; I'll confirm once it arrives."),
    ("en-CA", "Hopefully that's clearer now; shout if anything is missing."),
    ("en-GB", "Most people sort it out by themselves, but I'm happy to do it with you now."),
    ("de-DE", "Die Antwort sollten Sie eigentlich bis Freitag bekommen."),
    ("de-AT", "Das kann jeder Kunde selbst im Portal ändern."),
    ("de-CH", "Wir erinnern Sie gern nochmals per Mail, sobald das Paket da ist."),
    ("de-DE", "Dazu kann ich leider nichts sagen, aber ich frage beim Lager nach und melde mich."),
    (
        "de-AT",
        "Da kann ich leider nichts machen. Schreiben Sie dem Verkäufer an service@example.ch, "
        "der tauscht das Gerät sofort.",
    ),
    ("de-CH", "Das wissen Sie ja noch nicht: der Termin wurde verschoben."),
    ("it-IT", "Non spetta a noi decidere, ma sollecito subito il venditore."),
    ("it-IT", "Non è competenza nostra, ma ho già girato la sua richiesta al corriere."),
    ("nl-NL", "Bel gerust de klantenservice, daar zijn ze voor!"),
    ("nl-NL", "De monteurs zijn daar speciaal voor opgeleid."),
    ("nl-NL", "Bedankt voor uw bericht! Ik heb het bedrag vandaag teruggestort. Fijne dag!"),
    ("pt-PT", "Obrigado pelo contacto! O reembolso sai hoje e eu confirmo na sexta."),
    ("pt-BR", "Seu pedido será processado no prazo de 2 dias; te aviso assim que sair."),
    ("es-MX", "Hoy en día casi todo el mundo paga con tarjeta, pero también aceptamos efectivo."),
    ("nl-NL", "De meeste klanten komen er zelf wel uit, maar ik loop het graag met u door."),
    ("it-IT", "Il suo pacco è in ritardo per la seconda volta, mi dispiace davvero."),
    (
        "pt-PT",
        "Isso não tem nada a ver connosco, mas já falei com a transportadora e amanhã tem novidades.",
    ),
    (
        "es-ES",
        "Eso no va con nosotros directamente, pero le paso el caso a la aseguradora hoy mismo.",
    ),
]


BAD = ROUND4_BAD + ROUND5_BAD + ROUND7_BAD + ROUND8_BAD + ROUND12_BAD + ROUND14_BAD + ROUND15_BAD
GOOD = (
    ROUND4_GOOD
    + ROUND5_GOOD
    + ROUND7_GOOD
    + ROUND8_GOOD
    + ROUND12_GOOD
    + ROUND14_GOOD
    + ROUND15_GOOD
)


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
