"""Near misses and misses for the salutation and profanity guides of en, de, fr, es, pt, it, nl.

The rules' own examples test each rule alone; these cases run all salutation and profanity
rules of a locale together on one reply and compare the categories found, so a correct
reply that one rule of the two guides would flag (a group word inside a sentence, a
dictionary word that contains a swear word, a title in quotes) fails here.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter
from chatwriter.model import Message

S, P, N = "salutation", "profanity", None

CASES = [
    # en good
    ("en-GB", "All of you who booked before May get a refund.", N),
    ("en-GB", "Hi, all your tickets are in the app.", N),
    ("en-GB", "Hello, everyone in your party needs a ticket.", N),
    ("en-GB", "Thanks, all sorted now!", N),
    ("en-US", "Good morning! Everyone at the front desk knows about your late check-in.", N),
    ("en-US", "Hey, all good? The order is on its way.", N),
    ("en-US", "The team will be in touch, kind regards to your family.", N),
    ("en-US", "We assessed the claim and the class action is separate.", N),
    ("en-US", "Our shop is near Scunthorpe and Penistone.", N),
    ("en-US", "The Hell or High Water screening starts at 8.", N),
    ("en-US", "I can play What the Hell by Avril Lavigne.", N),
    ("en-US", "The restaurant Hell's Kitchen is open until 11.", N),
    ("en-US", "Bloody Mary is the most popular brunch drink there.", N),
    ("en-GB", "She had a bloody nose after the fall at the store.", N),
    ("en-US", "The film is quite bloody, so it is rated R.", N),
    ("en-US", "The album DAMN. by Kendrick Lamar is available.", N),
    ("en-US", "The report was damning, so we changed supplier.", N),
    ("en-US", "Please screw the cap on tightly.", N),
    ("en-US", "We cocked the hat display up on the shelf.", N),
    ("en-US", "The Cockburn branch opens at nine.", N),
    ("en-US", "Pass the shitake? No, shiitake mushrooms are sold out.", N),
    ("en-US", "Hi Sam,\nthe order shipped.\nBest,\nTom", N),
    ("en-US", "Hi Sam, the order shipped. Best of luck with the move!", N),
    ("en-US", "Regards the refund, it is on its way.", N),
    ("en-US", "The Kick-Ass screening is at 7 pm.", N),
    ("en-US", "He is a real pain in the neck, but the order is fine.", N),
    ("en-US", "Respectfully, I disagree with the courier's report, so I have opened a claim.", N),
    ("en-US", "Sincerely, I think the new plan suits you better.", N),
    # en bad
    ("en-US", "Hey guys, the app is back.", S),
    ("en-US", "Morning all! The app is back.", S),
    ("en-US", "Hi team,\nthe invoice is attached.", S),
    ("en-US", "That update was a real clusterfuck, sorry.", P),
    ("en-GB", "The courier made a right cock-up, sorry.", P),
    ("en-AU", "The bloody app crashed again.", P),
    ("en-US", "We really screwed up this time.", P),
    ("en-US", "Damned printer, it jammed again.", P),
    ("en-US", "The order is sorted.\nKind regards,\nAcme Support Team", S),
    ("en-US", "The order is sorted.\n\nYours faithfully,\nJ. Smith\nCustomer Relations", S),
    # de good
    ("de-DE", "Hallo Frau Berger, alle Unterlagen sind da.", N),
    ("de-DE", "Wir haben alle zusammen geprüft.", N),
    ("de-DE", "Ich gebe Ihnen Bescheid, sobald die Ersatzscheibe da ist.", N),
    ("de-DE", "Die Kutsche und der Kutter sind Modelle aus Holz.", N),
    ("de-AT", "Das Schaschlik ist heute im Angebot.", N),
    ("de-DE", "Das Hurenkind in der Broschüre haben wir korrigiert.", N),
    ("de-DE", "Der Misthaufen wird am Montag abgeholt.", N),
    ("de-DE", "Das Projekt war von Anfang an zum Scheitern verdammt.", N),
    ("de-DE", "Die Kakerlakenfalle ist wieder lieferbar.", N),
    ("de-DE", "Schöne Grüße an Ihr Team!", N),
    ("de-DE", "Viele Grüße aus Hamburg\nJonas", N),
    ("de-CH", "Freundliche Grüsse an Ihre Familie und bis bald.", N),
    ("de-DE", "Wir teilen Ihnen mit, sobald die Ware da ist.", N),
    ("de-DE", "Wir haben Ihnen das Paket mit DHL geschickt.", N),
    ("de-DE", "Der Marschall-Tisch ist ausverkauft.", N),
    # de bad
    ("de-DE", "Das Scheißteil funktioniert wieder.", P),
    ("de-CH", "Der Drucker ist huere kompliziert.", P),
    ("de-AT", "Das ist ein Oasch, sorry.", P),
    ("de-DE", "Verdammt, der Server ist wieder down.", P),
    ("de-DE", "Mist, die Zahlung ist fehlgeschlagen.", P),
    ("de-DE", "Die verarschen uns, aber ich kläre das.", P),
    ("de-DE", "Hallo zusammen!", S),
    ("de-DE", "Moin zusammen, das Paket ist da.", S),
    ("de-CH", "Die Rechnung ist unterwegs.\nFreundliche Grüsse\nIhr Kundenservice", S),
    ("de-CH", "Die Rechnung ist unterwegs.\nFreundliche Grüsse\nNadia", S),
    ("de-DE", "Die Rechnung ist unterwegs.\nMit freundlichen Grüßen\n\nIhr Team von Acme", S),
    (
        "de-DE",
        "Bezugnehmend auf Ihre Anfrage teile ich Ihnen mit, dass die Ware versandt wurde.",
        S,
    ),
    # fr good
    ("fr-FR", "Bonjour, tous vos colis sont arrivés.", N),
    ("fr-FR", "Le remboursement concerne tous les clients.", N),
    ("fr-FR", "La dispute avec le transporteur est réglée, c'est un vendeur réputé.", N),
    ("fr-FR", "Les pneus crissent un peu au démarrage, c'est normal.", N),
    ("fr-FR", "Le Chianti et le bordelais sont livrés demain.", N),
    ("fr-FR", "Ce parcours a été un vrai calvaire, je suis désolée.", N),
    ("fr-FR", "Ils sont fous de ce modèle, il est en rupture.", N),
    ("fr-FR", "Cordialement accueillis, nos clients sont ravis.", N),
    ("fr-FR", "Votre colis est parti.\nBonne journée,\nJulie", N),
    ("fr-CA", "La neige crisse sous les pas, les livraisons prennent du retard.", N),
    ("fr-CA", "Le sacrement de confirmation a lieu dimanche, la salle est réservée.", N),
    # fr bad
    ("fr-FR", "Ce site est merdique, désolé.", P),
    ("fr-FR", "Le paiement a encore merdé.", P),
    ("fr-FR", "C'est le bordel au dépôt aujourd'hui.", P),
    ("fr-FR", "Ça me fait chier pour vous.", P),
    ("fr-CA", "C'est lent en câlisse aujourd'hui.", P),
    ("fr-CA", "Esti que c'est long.", P),
    ("fr-CA", "Le colis a pris un temps fou en crisse.", P),
    ("fr-FR", "Bonjour à toutes et à tous, le site est rétabli.", S),
    ("fr-FR", "Madame, Monsieur,\nvotre commande est expédiée.", S),
    ("fr-FR", "Votre commande est expédiée.\nCordialement,\nLe service client", S),
    # es good
    ("es-ES", "Hola, todos los pedidos han salido hoy.", N),
    ("es-ES", "El vehículo y el artículo llegan mañana; el cálculo es correcto.", N),
    ("es-ES", "Pinche en el enlace y siga los pasos.", N),
    ("es-ES", "He revisado atentamente su caso y ya está solucionado.", N),
    ("es-MX", "Le pido que pinche aquí para confirmar.", N),
    ("es-MX", "La caguama y el chicharrón están en oferta.", N),
    ("es-ES", "Su computadora es un modelo muy reputado; la disputa está cerrada.", N),
    ("es-ES", "Un saludo, Laura", N),
    # es bad
    ("es-ES", "Joder, otra vez se ha caído.", P),
    ("es-ES", "La app va como el culo, lo siento.", P),
    ("es-ES", "Menuda putada, lo siento.", P),
    ("es-ES", "Es un coñazo, lo sé.", P),
    ("es-MX", "Este pinche sistema no sirve.", P),
    ("es-MX", "Ya valió madre el envío, me vale madre.", P),
    ("es-MX", "Hay un chingo de pedidos hoy.", P),
    ("es-ES", "Hola a todos, el sistema ya funciona.", S),
    ("es-ES", "Su pedido salió.\nAtentamente,\nEl equipo de Atención al Cliente", S),
    ("es-MX", "Estimado(a) cliente, su pedido ya salió.", S),
    # pt good
    ("pt-BR", "Oi, a gente já enviou o código.", N),
    ("pt-PT", "Olá, todos os pedidos saíram.", N),
    ("pt-PT", "O novo modelo é porreiro.", N),
    ("pt-PT", "Fomos recebidos cordialmente pela equipa.", N),
    ("pt-PT", "O pão cacete e o queijo de cabra chegam amanhã.", N),
    # pt bad
    ("pt-BR", "Que porra é essa, o sistema caiu.", P),
    ("pt-PT", "Foda-se, caiu outra vez.", P),
    ("pt-BR", "Tá fodido, mas já resolvo.", P),
    ("pt-BR", "Oi gente, o sistema voltou.", S),
    ("pt-PT", "Olá malta, já está resolvido.", S),
    ("pt-BR", "O pedido saiu.\nAtenciosamente,\nEquipe de Atendimento", S),
    # it good
    ("it-IT", "Buongiorno, tutti i pacchi sono partiti.", N),
    ("it-IT", "Le palle di Natale e la cazzuola arrivano domani.", N),
    ("it-IT", "Il nostro casinò partner offre uno sconto.", N),
    ("it-IT", "La gita a Troia parte alle nove.", N),
    ("it-IT", "Che palle da tennis preferisce?", N),
    ("it-IT", "Il cazzotto? No, intendevo il pacco.", N),
    # it bad
    ("it-IT", "Che cazzo, il sistema è di nuovo giù.", P),
    ("it-IT", "Mi rompe le palle questo errore.", P),
    ("it-IT", "Il corriere è un coglione.", P),
    ("it-IT", "Ciao a tutti, il sistema funziona.", S),
    ("it-IT", "Il pacco è partito.\nDistinti saluti,\nServizio Clienti", S),
    # nl good
    ("nl-NL", "Hallo, iedereen die vandaag bestelt krijgt korting.", N),
    ("nl-NL", "Voor kankerpatiënten hebben we een speciaal tarief.", N),
    ("nl-NL", "Hoera, uw pakket is bezorgd!", N),
    ("nl-NL", "De kleren komen morgen.", N),
    ("nl-NL", "Lulu heeft uw bestelling ingepakt.", N),
    ("nl-NL", "Het is een godvergeten uithoek, maar we bezorgen er wel.", N),
    ("nl-NL", "Uw vlucht landt op Kloten.", N),
    # nl bad
    ("nl-NL", "Kutsituatie, sorry daarvoor.", P),
    ("nl-NL", "Die klote-update ook.", P),
    ("nl-NL", "Wat een teringzooi, sorry.", P),
    ("nl-NL", "Verdomme, weer een storing.", P),
    ("nl-NL", "Hallo allemaal, de storing is voorbij.", S),
    ("nl-NL", "Uw pakket is onderweg.\nMet vriendelijke groet,\nKlantenservice", S),
    # closings: a signature block may follow, a sentence may not
    (
        "pt-BR",
        "O pedido saiu.\nAtenciosamente,\nMarta Silva\nEquipe de Atendimento ao Cliente - Loja Central\nSão Paulo",
        S,
    ),
    ("en-US", "Sincerely, I think the new plan suits you better.", N),
    ("en-US", "The refund is done.\nKind regards,\nTom", S),
    ("en-US", "The refund is done.\nKind regards, Tom from the Acme support team", S),
    (
        "de-CH",
        "Die Gutschrift ist veranlasst.\nFreundliche Grüsse aus Zürich sendet Ihnen das ganze Team, wir freuen uns auf Ihren nächsten Besuch bei uns.",
        N,
    ),
    # quoted names are left alone
    ("en-US", 'You asked about the game "Shit Happens": it is back in stock.', N),
    ("de-DE", "Das Brettspiel „Kacke am Dampfen“ ist wieder lieferbar.", N),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


@pytest.mark.parametrize(("locale", "text", "expected"), CASES)
def test_salutation_and_profanity(linter: Linter, locale: str, text: str, expected) -> None:
    compiled = linter.compiled(locale)
    only = frozenset(r.id for r in compiled.rules if ".salutation." in r.id or ".profanity" in r.id)
    found, _ = compiled.check(compiled.parse(text), Message(text, compiled.tag), only=only)
    got = {f.category for f in found}
    assert got == ({expected} if expected else set()), [(f.rule, f.match) for f in found]
