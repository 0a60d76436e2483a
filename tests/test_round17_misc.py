"""Kinds the seventeenth blind round missed: open-ended reimbursement of the customer's
consequential costs and a refund plus a compensation amount (commitment), and English
clauses or English content words inside replies in another language (language).
Sentences are written for these tests; the drafts are not copied."""

from __future__ import annotations

import pytest

from chatwriter import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def rules_of(linter: Linter, text: str, locale: str) -> set[str]:
    return {f.rule for f in linter.lint(text, locale).findings}


# C1: "we'll reimburse the hotel and the taxi, whatever they cost"
OPEN_ENDED = [
    ("en-US", "We'll reimburse you for the hotel and the taxi, whatever they cost."),
    ("en-GB", "We'll refund the concert tickets and your train fare, whatever the amount."),
    (
        "en-US",
        "I'll make sure we pay you back for the hotel room and the meals, no matter how much they cost.",
    ),
    ("en-AU", "We will cover your taxi and the new phone, whatever the cost."),
    ("en-US", "We're going to reimburse the hotel nights and the missed show, no matter how much."),
    ("en-CA", "We'll pay for the rental car and the hotel, regardless of the cost."),
    ("de-DE", "Wir erstatten Ihnen das Hotel und die Taxifahrt, egal was es gekostet hat."),
    (
        "de-DE",
        "Die Tickets und die Übernachtung zahlen wir Ihnen zurück, egal wie hoch der Betrag ist.",
    ),
    (
        "de-AT",
        "Wir übernehmen die Kosten für Hotel und Zugtickets, ganz egal, wie viel sie gekostet haben.",
    ),
    ("de-CH", "Wir ersetzen Ihnen das neue Handy und das Taxi, egal was die gekostet haben."),
    (
        "de-DE",
        "Ich erstatte Ihnen Hotel, Taxi und die verpassten Konzertkarten, unabhängig vom Betrag.",
    ),
    ("de-DE", "Wir kommen für Hotel und Flug auf, egal wie teuer das war."),
    ("fr-FR", "Nous vous rembourserons l'hôtel et le taxi, quel qu'en soit le montant."),
    ("fr-FR", "On vous rembourse les billets et la nuit d'hôtel, peu importe ce qu'ils ont coûté."),
    ("fr-CA", "Nous prendrons en charge l'hôtel et le train, quel que soit le prix."),
    (
        "fr-FR",
        "Je vous rembourse le nouveau téléphone et les frais de taxi, quoi qu'ils aient coûté.",
    ),
    (
        "fr-FR",
        "Nous vous remboursons l'hôtel, le taxi et les places du concert, quelle que soit la somme.",
    ),
    ("fr-BE", "Nous payerons vos frais d'hôtel et de transport, peu importe le montant."),
    ("es-ES", "Le reembolsamos el hotel y el taxi, cueste lo que cueste."),
    ("es-MX", "Te devolvemos lo que pagaste por las entradas y el hotel, sea cual sea el importe."),
    ("es-ES", "Vamos a pagarle el hotel y los billetes de tren, no importa cuánto hayan costado."),
    ("es-AR", "Le cubrimos el taxi y el teléfono nuevo, cuesten lo que cuesten."),
    (
        "es-MX",
        "Le reembolsaremos el hotel, las comidas y las entradas del partido, sin importar el monto.",
    ),
    ("pt-PT", "Vamos reembolsar o hotel e o táxi, seja qual for o valor."),
    ("pt-BR", "Nós pagamos os ingressos e a estadia, custe o que custar."),
    ("pt-BR", "Vamos reembolsar o celular novo e as passagens, não importa quanto custaram."),
    ("pt-PT", "Reembolsamos o hotel e as refeições, independentemente do valor."),
    ("pt-BR", "Vamos cobrir o táxi, o hotel e os ingressos do show, qualquer que seja o valor."),
    ("it-IT", "Le rimborseremo l'albergo e il taxi, qualunque sia l'importo."),
    ("it-IT", "Vi rimborsiamo i biglietti e l'hotel, costi quel che costi."),
    ("it-IT", "Pagheremo noi l'hotel e il treno, non importa quanto siano costati."),
    ("it-CH", "Le rimborsiamo il telefono nuovo e il taxi, qualsiasi sia la cifra."),
    (
        "it-IT",
        "Ci facciamo carico dell'albergo e dei biglietti del concerto, indipendentemente dall'importo.",
    ),
    ("nl-NL", "We vergoeden het hotel en de taxi, wat het ook kost."),
    ("nl-NL", "We betalen de tickets en de overnachting terug, wat ze ook gekost hebben."),
    ("nl-BE", "Wij vergoeden uw nieuwe telefoon en de taxirit, ongeacht het bedrag."),
    ("nl-NL", "We nemen het hotel en de treinkaartjes voor onze rekening, hoeveel het ook kost."),
    (
        "nl-NL",
        "We betalen het hotel, de taxi en de gemiste concertkaartjes, hoe hoog het bedrag ook is.",
    ),
]

OPEN_ENDED_QUIET = [
    ("en-US", "Whatever they cost, hotel rooms downtown are hard to find that weekend."),
    (
        "en-US",
        "Tell me what the hotel and the taxi cost and I'll pass the receipts to the claims team.",
    ),
    ("en-GB", "We'll refund the order, whatever payment method you used."),
    ("de-DE", "Wir erstatten den Bestellwert, egal welche Zahlungsart Sie gewählt haben."),
    ("de-DE", "Egal was die Tickets gekostet haben, schicken Sie mir bitte die Belege."),
    ("fr-FR", "Quel que soit le montant, le remboursement arrive sous cinq jours."),
    ("fr-FR", "Nous remboursons la commande, quel que soit le moyen de paiement utilisé."),
    ("es-ES", "Cueste lo que cueste el hotel, la tarifa del envío no cambia."),
    ("es-ES", "Le reembolsamos el pedido, sea cual sea el método de pago."),
    ("pt-BR", "Seja qual for o valor, o reembolso do pedido cai em cinco dias úteis."),
    ("pt-BR", "Reembolsamos o pedido, seja qual for a forma de pagamento."),
    ("it-IT", "Qualunque sia l'importo, il rimborso dell'ordine arriva in cinque giorni."),
    ("it-IT", "Le rimborsiamo l'ordine, qualunque sia il metodo di pagamento."),
    ("nl-NL", "Wat het ook kost, deze telefoon is een goede keuze."),
    ("nl-NL", "We betalen de bestelling terug, welke betaalmethode u ook gebruikte."),
]


@pytest.mark.parametrize(("locale", "text"), OPEN_ENDED)
def test_open_ended_reimbursement(linter: Linter, locale: str, text: str) -> None:
    rule = f"{locale[:2]}.commitment.whatever-it-costs"
    assert rule in rules_of(linter, text, locale)


@pytest.mark.parametrize(("locale", "text"), OPEN_ENDED_QUIET)
def test_open_ended_near_misses(linter: Linter, locale: str, text: str) -> None:
    rule = f"{locale[:2]}.commitment.whatever-it-costs"
    assert rule not in rules_of(linter, text, locale)


# C2: a firm refund plus a compensation amount, decided by the agent
REFUND_PLUS = [
    (
        "en-US",
        "I can confirm the refund of your whole order, and we'll add $150 compensation on top for the hassle.",
    ),
    (
        "en-GB",
        "We'll refund the ticket in full plus an extra £80 in compensation for the inconvenience.",
    ),
    (
        "en-US",
        "Your full refund is approved, and on top of that I'm giving you USD 200 as compensation.",
    ),
    (
        "en-IE",
        "I've decided to refund everything and pay you a compensation of €250 for the disruption.",
    ),
    ("en-GB", "We're refunding the booking in full, plus a €120 compensation payment."),
    ("en-US", "Consider it done: full refund, plus GBP 75 compensation for your trouble."),
    (
        "de-DE",
        "Ich bestätige Ihnen die volle Erstattung und zusätzlich 150 € Entschädigung für den Ärger.",
    ),
    (
        "de-DE",
        "Wir erstatten den kompletten Betrag und zahlen Ihnen obendrein eine Entschädigung von 200 Euro.",
    ),
    ("de-AT", "Sie bekommen den vollen Preis zurück, dazu noch 80 € Entschädigung."),
    (
        "de-DE",
        "Die Rückerstattung des Gesamtbetrags ist veranlasst, zusätzlich überweisen wir Ihnen EUR 100 Entschädigung.",
    ),
    (
        "de-CH",
        "Ich habe entschieden: Sie erhalten den vollen Betrag zurück plus eine Entschädigung von 60 Franken.",
    ),
    (
        "fr-FR",
        "Je vous confirme le remboursement complet, avec en plus un dédommagement de 150 € pour le dérangement.",
    ),
    (
        "fr-FR",
        "Nous remboursons la totalité de la commande et vous versons 80 € d'indemnité en plus.",
    ),
    (
        "fr-FR",
        "Le remboursement intégral est validé, et je vous accorde en plus une indemnisation de 100 euros.",
    ),
    ("fr-CA", "Nous vous remboursons le billet, plus 60 $ de compensation pour le retard."),
    (
        "fr-FR",
        "C'est décidé : remboursement total et une compensation de 200 € pour la gêne occasionnée.",
    ),
    (
        "es-ES",
        "Le confirmo el reembolso completo, y además una compensación de 200 euros por las molestias.",
    ),
    ("es-MX", "Le devolvemos todo el importe más 150 pesos de indemnización por el retraso."),
    (
        "es-ES",
        "Ya está aprobado el reembolso total y le damos una indemnización de 80 € adicional.",
    ),
    ("es-MX", "Te reembolsamos el pedido completo y te pagamos 300 pesos de compensación."),
    (
        "es-ES",
        "Queda decidido: reembolso íntegro y una compensación de 100 euros por el inconveniente.",
    ),
    ("pt-BR", "Confirmo o reembolso integral e ainda uma indenização de R$ 250 pelo transtorno."),
    ("pt-BR", "Vamos devolver o valor total, mais R$ 100 de compensação pelo atraso."),
    (
        "pt-PT",
        "O seu reembolso completo está aprovado, e pagamos-lhe uma indemnização de 80 € adicional.",
    ),
    ("pt-BR", "Reembolsamos a compra toda e depositamos R$ 300 de indenização na sua conta."),
    ("pt-BR", "Está decidido: reembolso total mais uma compensação de 150 reais."),
    (
        "it-IT",
        "Le confermo il rimborso completo e in più un risarcimento di 200 euro per il disagio.",
    ),
    ("it-IT", "Le rimborsiamo tutto l'importo, più 150 € di indennizzo per il ritardo."),
    ("it-IT", "Il rimborso totale è approvato e le versiamo anche un indennizzo di 80 euro."),
    ("it-CH", "Rimborsiamo l'ordine intero e le diamo 100 franchi di risarcimento."),
    ("it-IT", "È deciso: rimborso integrale più un indennizzo di 120 euro."),
    (
        "nl-NL",
        "Ik bevestig de volledige terugbetaling en daarbovenop een schadevergoeding van € 200 voor het ongemak.",
    ),
    ("nl-NL", "We betalen het hele bedrag terug, plus € 150 schadevergoeding voor de vertraging."),
    (
        "nl-BE",
        "Uw volledige terugbetaling is goedgekeurd en we maken ook een compensatie van 80 euro over.",
    ),
    ("nl-NL", "We storten het volledige bedrag terug en geven u € 100 extra als compensatie."),
    ("nl-NL", "Het is besloten: volledige terugbetaling plus een compensatie van 120 euro."),
]

REFUND_PLUS_QUIET = [
    ("en-US", "We've refunded the $39.90 for the missing item."),
    ("en-GB", "You're eligible for a 10% voucher under our delay policy."),
    ("de-DE", "Wir haben Ihnen die 39,90 € für den fehlenden Artikel erstattet."),
    ("de-DE", "Laut unserer Verspätungsregel haben Sie Anspruch auf einen Gutschein über 10 %."),
    ("fr-FR", "Nous vous avons remboursé les 39,90 € de l'article manquant."),
    ("fr-FR", "Selon notre politique de retard, vous avez droit à un bon de 10 %."),
    ("es-ES", "Le hemos reembolsado los 39,90 € del artículo que faltaba."),
    ("es-ES", "Según nuestra política de retrasos, tiene derecho a un cupón del 10 %."),
    ("pt-BR", "Já reembolsamos os R$ 39,90 do item que faltou."),
    ("pt-BR", "Pela nossa política de atrasos, você tem direito a um cupom de 10 %."),
    ("it-IT", "Le abbiamo rimborsato i 39,90 € dell'articolo mancante."),
    ("it-IT", "In base alla nostra politica sui ritardi, ha diritto a un buono del 10 %."),
    ("nl-NL", "We hebben de € 39,90 voor het ontbrekende artikel terugbetaald."),
    ("nl-NL", "Volgens ons vertragingsbeleid heeft u recht op een tegoedbon van 10 %."),
    ("en-US", "Once the claims team approves it, you'll get the refund plus $50 compensation."),
    ("de-DE", "Ob Sie zusätzlich 50 € Entschädigung bekommen, entscheidet die Schadenabteilung."),
]

C2_RULES = ("compensation-amount", "goodwill")


@pytest.mark.parametrize(("locale", "text"), REFUND_PLUS)
def test_refund_plus_compensation(linter: Linter, locale: str, text: str) -> None:
    found = rules_of(linter, text, locale)
    assert {f"{locale[:2]}.commitment.{r}" for r in C2_RULES} & found, found


@pytest.mark.parametrize(("locale", "text"), REFUND_PLUS_QUIET)
def test_refund_plus_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert not [r for r in rules_of(linter, text, locale) if ".commitment." in r]


# L1: an English clause (or one in another of the seven) after a colon or a dash
def language_findings(linter: Linter, text: str, locale: str) -> list[str]:
    return [
        f.match for f in linter.lint(text, locale, fix=False).findings if f.category == "language"
    ]


AFTER_COLON_OR_DASH = [
    (
        "it-IT",
        "Ho guardato la pratica: the replacement was shipped on Tuesday, quindi arriva a breve.",
    ),
    (
        "it-IT",
        "Ho verificato il pagamento – your card was charged twice by mistake, ma l'ho già stornato.",
    ),
    (
        "it-IT",
        "Le spiego la situazione: the warehouse is closed until Monday, poi la spedizione riparte.",
    ),
    ("it-IT", "Ho appena controllato — the voucher code expired at midnight, ne genero uno nuovo."),
    (
        "it-IT",
        "Ecco cosa è successo: the courier could not find your address, la riconsegna è domani.",
    ),
    ("es-ES", "He mirado su pedido: the parcel is waiting at the depot, puede recogerlo mañana."),
    ("es-MX", "Ya revisé – your payment was declined by the bank, intente con otra tarjeta."),
    (
        "es-ES",
        "Le cuento lo que pasó: the driver left the box at the wrong door, ya lo estamos recuperando.",
    ),
    ("es-MX", "Revisé su cuenta — the subscription will renew next week, no tiene que hacer nada."),
    (
        "es-ES",
        "Lo he comprobado: the technician is booked for Thursday morning, le llegará un SMS.",
    ),
    (
        "fr-FR",
        "J'ai regardé votre dossier : the replacement left our warehouse today, il arrive jeudi.",
    ),
    ("fr-FR", "J'ai vérifié – your refund was issued on Monday, comptez trois jours ouvrés."),
    (
        "fr-CA",
        "Voici ce qui s'est passé : the carrier lost track of the parcel, on vous en envoie un autre.",
    ),
    ("fr-FR", "Je viens de regarder — the discount only applies to new customers, désolé."),
    ("fr-FR", "Bonne nouvelle : your order has been upgraded to express shipping, sans frais."),
    ("pt-BR", "Olhei o seu pedido: the package is still at customs, deve ser liberado amanhã."),
    ("pt-PT", "Já confirmei – the technician will call you before he arrives, fique atento."),
    ("pt-BR", "Vou explicar o que houve: the system charged the shipping twice, já estornei."),
    (
        "pt-BR",
        "Verifiquei aqui — your account was locked after three failed attempts, já desbloqueei.",
    ),
    ("pt-PT", "Boa notícia: the missing item was found in our warehouse, segue hoje."),
    (
        "de-DE",
        "Ich habe nachgeschaut: the parcel is waiting at the post office, Sie können es abholen.",
    ),
    ("de-AT", "Ich habe es geprüft – your refund was sent on Monday, das dauert drei Werktage."),
    ("de-DE", "Kurz zur Erklärung: the courier could not find your door, er kommt morgen wieder."),
    ("de-CH", "Gute Nachricht — your order has been upgraded to express, ohne Aufpreis."),
    (
        "de-DE",
        "Ich habe Ihr Konto angesehen: your plan will renew automatically next month, Sie müssen nichts tun.",
    ),
    (
        "nl-NL",
        "Ik heb het nagekeken: your order left our warehouse yesterday, dus hij komt morgen.",
    ),
    ("nl-NL", "Ik heb gekeken – the courier could not find your address, hij komt morgen terug."),
    (
        "nl-BE",
        "Goed nieuws: your refund has been approved by the team, u ziet het binnen drie dagen.",
    ),
    (
        "nl-NL",
        "Even ter uitleg — the warehouse is closed until Monday, daarna gaat alles weer de deur uit.",
    ),
    (
        "nl-NL",
        "Ik heb uw account bekeken: your plan will renew automatically next month, u hoeft niets te doen.",
    ),
    (
        "en-US",
        "I've checked your order: le colis est parti hier matin, so it should arrive tomorrow.",
    ),
    (
        "en-GB",
        "I've looked into it – el repartidor no encontró la dirección, he'll try again on Monday.",
    ),
    (
        "en-US",
        "Good news: das Paket ist schon unterwegs zu Ihnen, and the tracking link is in your email.",
    ),
    (
        "en-AU",
        "I've had a look — il tecnico arriva domani mattina alle nove, so please keep your phone on.",
    ),
    (
        "en-CA",
        "Here's what happened: a encomenda ficou retida na alfândega, but it's been released now.",
    ),
]

COLON_OR_DASH_QUIET = [
    ("de-DE", "Hinweis: Bitte halten Sie Ihre Kundennummer bereit, wir rufen um 10:30 zurück."),
    ("es-ES", "Horario: de 9:00 a 18:00, de lunes a viernes – los sábados cerramos."),
    (
        "it-IT",
        "Il messaggio di errore: Payment declined by the issuing bank, quindi riprovi con un'altra carta.",
    ),
    ("fr-FR", "Statut : Out for delivery, votre colis arrive aujourd'hui entre 14 h et 18 h."),
    (
        "pt-BR",
        "O link é https://exemplo.com.br/rastreio - é só clicar e seguir as etapas até 10:30.",
    ),
    (
        "nl-NL",
        "Foutmelding: Something went wrong, dat betekent dat de server even onbereikbaar was.",
    ),
    ("de-DE", "Zur Info: Die Lieferung kommt zwischen 10–12 Uhr, der Fahrer ruft vorher an."),
    (
        "it-IT",
        "Le confermo due cose: il rimborso è partito ieri, e il follow-up arriva per e-mail.",
    ),
    ("en-US", "Quick update: your parcel left the depot at 10:30 – it should arrive by 5 pm."),
]


@pytest.mark.parametrize(("locale", "text"), AFTER_COLON_OR_DASH)
def test_a_clause_after_a_colon_or_dash(linter: Linter, locale: str, text: str) -> None:
    assert language_findings(linter, text, locale), text


@pytest.mark.parametrize(("locale", "text"), COLON_OR_DASH_QUIET)
def test_labels_times_links_and_quotations_stay_clean(
    linter: Linter, locale: str, text: str
) -> None:
    assert language_findings(linter, text, locale) == [], text


# L2: three or more English content words that are no established loan
CODE_SWITCH = [
    ("es-ES", "Ya mandé el request y el team de billing revisa tu invoice hoy."),
    ("es-MX", "El refund está pending, te aviso cuando el carrier confirme el return."),
    ("es-ES", "Abrí un issue con el support y te hago el follow-up mañana."),
    ("es-MX", "Tu order salió del warehouse pero el shipping tiene un delay de dos días."),
    ("es-ES", "Hice el escalation, el team lo tiene en schedule para el viernes."),
    ("pt-BR", "Já abri o request e o team de billing vai aprovar o refund."),
    ("pt-BR", "Sua order está pending no warehouse, te mando o follow-up amanhã."),
    ("pt-PT", "O carrier teve um delay, por isso o shipment chega na segunda."),
    ("pt-BR", "Fiz o escalation do issue e o support responde até sexta."),
    ("pt-BR", "O invoice foi gerado, o payment ficou pending e eu faço o follow-up."),
    ("it-IT", "Ho inviato la request, il billing approva il refund entro venerdì."),
    ("it-IT", "Il suo order è pending nel warehouse, le mando un reminder domani."),
    ("it-IT", "Ho fatto l'escalation dell'issue, il follow-up arriva in settimana."),
    ("it-IT", "Il carrier ha un delay, quindi lo shipment arriva lunedì."),
    ("it-IT", "Il payment risulta pending, controllo l'invoice e le faccio sapere."),
    ("fr-FR", "J'ai fait la request, le billing valide le refund cette semaine."),
    ("fr-FR", "Votre order est pending au warehouse, je vous fais un follow-up demain."),
    ("fr-CA", "Le carrier a un delay, donc le shipment arrive lundi."),
    ("fr-FR", "J'ai ouvert un issue, l'escalation est faite et je vous envoie un update."),
    ("fr-FR", "Le payment est pending, je vérifie l'invoice et je reviens vers vous."),
]

CODE_SWITCH_QUIET = [
    ("es-ES", "Le mando el link por email; entre en la app con su login y revise el chat."),
    ("es-MX", "Su ticket está abierto y el equipo de marketing le escribirá en línea, ok?"),
    ("pt-BR", "Mandei o link por e-mail; faça login no app e abra o chat com o suporte."),
    ("pt-BR", "O delivery chega hoje e o voucher já está na sua conta online."),
    ("it-IT", "Il team di supporto le ha mandato il link via email: faccia il login nell'app."),
    ("it-IT", "Il suo account è attivo, il voucher è online e il feedback è stato inviato."),
    ("fr-FR", "Je vous envoie le lien par mail ; connectez-vous à l'app et ouvrez le chat."),
    ("fr-FR", "Le logiciel est en ligne, votre ticket est ouvert et le PDF est dans votre espace."),
    ("es-ES", "Gracias por escribir a Team Billing Services; su pedido ya salió."),
]


@pytest.mark.parametrize(("locale", "text"), CODE_SWITCH)
def test_english_words_in_a_reply_are_found(linter: Linter, locale: str, text: str) -> None:
    found = [f for f in linter.lint(text, locale, fix=False).findings if f.category == "language"]
    assert found, text
    assert found[-1].message.startswith("English words in a"), found[-1].message


@pytest.mark.parametrize(("locale", "text"), CODE_SWITCH_QUIET)
def test_established_loans_and_names_are_no_switch(linter: Linter, locale: str, text: str) -> None:
    assert language_findings(linter, text, locale) == [], text
