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
    ("en-US", "I'll make sure we pay you back for the hotel room and the meals, no matter how much they cost."),
    ("en-AU", "We will cover your taxi and the new phone, whatever the cost."),
    ("en-US", "We're going to reimburse the hotel nights and the missed show, no matter how much."),
    ("en-CA", "We'll pay for the rental car and the hotel, regardless of the cost."),
    ("de-DE", "Wir erstatten Ihnen das Hotel und die Taxifahrt, egal was es gekostet hat."),
    ("de-DE", "Die Tickets und die Übernachtung zahlen wir Ihnen zurück, egal wie hoch der Betrag ist."),
    ("de-AT", "Wir übernehmen die Kosten für Hotel und Zugtickets, ganz egal, wie viel sie gekostet haben."),
    ("de-CH", "Wir ersetzen Ihnen das neue Handy und das Taxi, egal was die gekostet haben."),
    ("de-DE", "Ich erstatte Ihnen Hotel, Taxi und die verpassten Konzertkarten, unabhängig vom Betrag."),
    ("de-DE", "Wir kommen für Hotel und Flug auf, egal wie teuer das war."),
    ("fr-FR", "Nous vous rembourserons l'hôtel et le taxi, quel qu'en soit le montant."),
    ("fr-FR", "On vous rembourse les billets et la nuit d'hôtel, peu importe ce qu'ils ont coûté."),
    ("fr-CA", "Nous prendrons en charge l'hôtel et le train, quel que soit le prix."),
    ("fr-FR", "Je vous rembourse le nouveau téléphone et les frais de taxi, quoi qu'ils aient coûté."),
    ("fr-FR", "Nous vous remboursons l'hôtel, le taxi et les places du concert, quelle que soit la somme."),
    ("fr-BE", "Nous payerons vos frais d'hôtel et de transport, peu importe le montant."),
    ("es-ES", "Le reembolsamos el hotel y el taxi, cueste lo que cueste."),
    ("es-MX", "Te devolvemos lo que pagaste por las entradas y el hotel, sea cual sea el importe."),
    ("es-ES", "Vamos a pagarle el hotel y los billetes de tren, no importa cuánto hayan costado."),
    ("es-AR", "Le cubrimos el taxi y el teléfono nuevo, cuesten lo que cuesten."),
    ("es-MX", "Le reembolsaremos el hotel, las comidas y las entradas del partido, sin importar el monto."),
    ("pt-PT", "Vamos reembolsar o hotel e o táxi, seja qual for o valor."),
    ("pt-BR", "Nós pagamos os ingressos e a estadia, custe o que custar."),
    ("pt-BR", "Vamos reembolsar o celular novo e as passagens, não importa quanto custaram."),
    ("pt-PT", "Reembolsamos o hotel e as refeições, independentemente do valor."),
    ("pt-BR", "Vamos cobrir o táxi, o hotel e os ingressos do show, qualquer que seja o valor."),
    ("it-IT", "Le rimborseremo l'albergo e il taxi, qualunque sia l'importo."),
    ("it-IT", "Vi rimborsiamo i biglietti e l'hotel, costi quel che costi."),
    ("it-IT", "Pagheremo noi l'hotel e il treno, non importa quanto siano costati."),
    ("it-CH", "Le rimborsiamo il telefono nuovo e il taxi, qualsiasi sia la cifra."),
    ("it-IT", "Ci facciamo carico dell'albergo e dei biglietti del concerto, indipendentemente dall'importo."),
    ("nl-NL", "We vergoeden het hotel en de taxi, wat het ook kost."),
    ("nl-NL", "We betalen de tickets en de overnachting terug, wat ze ook gekost hebben."),
    ("nl-BE", "Wij vergoeden uw nieuwe telefoon en de taxirit, ongeacht het bedrag."),
    ("nl-NL", "We nemen het hotel en de treinkaartjes voor onze rekening, hoeveel het ook kost."),
    ("nl-NL", "We betalen het hotel, de taxi en de gemiste concertkaartjes, hoe hoog het bedrag ook is."),
]

OPEN_ENDED_QUIET = [
    ("en-US", "Whatever they cost, hotel rooms downtown are hard to find that weekend."),
    ("en-US", "Tell me what the hotel and the taxi cost and I'll pass the receipts to the claims team."),
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
    ("en-US", "I can confirm the refund of your whole order, and we'll add $150 compensation on top for the hassle."),
    ("en-GB", "We'll refund the ticket in full plus an extra £80 in compensation for the inconvenience."),
    ("en-US", "Your full refund is approved, and on top of that I'm giving you USD 200 as compensation."),
    ("en-IE", "I've decided to refund everything and pay you a compensation of €250 for the disruption."),
    ("en-GB", "We're refunding the booking in full, plus a €120 compensation payment."),
    ("en-US", "Consider it done: full refund, plus GBP 75 compensation for your trouble."),
    ("de-DE", "Ich bestätige Ihnen die volle Erstattung und zusätzlich 150 € Entschädigung für den Ärger."),
    ("de-DE", "Wir erstatten den kompletten Betrag und zahlen Ihnen obendrein eine Entschädigung von 200 Euro."),
    ("de-AT", "Sie bekommen den vollen Preis zurück, dazu noch 80 € Entschädigung."),
    ("de-DE", "Die Rückerstattung des Gesamtbetrags ist veranlasst, zusätzlich überweisen wir Ihnen EUR 100 Entschädigung."),
    ("de-CH", "Ich habe entschieden: Sie erhalten den vollen Betrag zurück plus eine Entschädigung von 60 Franken."),
    ("fr-FR", "Je vous confirme le remboursement complet, avec en plus un dédommagement de 150 € pour le dérangement."),
    ("fr-FR", "Nous remboursons la totalité de la commande et vous versons 80 € d'indemnité en plus."),
    ("fr-FR", "Le remboursement intégral est validé, et je vous accorde en plus une indemnisation de 100 euros."),
    ("fr-CA", "Nous vous remboursons le billet, plus 60 $ de compensation pour le retard."),
    ("fr-FR", "C'est décidé : remboursement total et une compensation de 200 € pour la gêne occasionnée."),
    ("es-ES", "Le confirmo el reembolso completo, y además una compensación de 200 euros por las molestias."),
    ("es-MX", "Le devolvemos todo el importe más 150 pesos de indemnización por el retraso."),
    ("es-ES", "Ya está aprobado el reembolso total y le damos una indemnización de 80 € adicional."),
    ("es-MX", "Te reembolsamos el pedido completo y te pagamos 300 pesos de compensación."),
    ("es-ES", "Queda decidido: reembolso íntegro y una compensación de 100 euros por el inconveniente."),
    ("pt-BR", "Confirmo o reembolso integral e ainda uma indenização de R$ 250 pelo transtorno."),
    ("pt-BR", "Vamos devolver o valor total, mais R$ 100 de compensação pelo atraso."),
    ("pt-PT", "O seu reembolso completo está aprovado, e pagamos-lhe uma indemnização de 80 € adicional."),
    ("pt-BR", "Reembolsamos a compra toda e depositamos R$ 300 de indenização na sua conta."),
    ("pt-BR", "Está decidido: reembolso total mais uma compensação de 150 reais."),
    ("it-IT", "Le confermo il rimborso completo e in più un risarcimento di 200 euro per il disagio."),
    ("it-IT", "Le rimborsiamo tutto l'importo, più 150 € di indennizzo per il ritardo."),
    ("it-IT", "Il rimborso totale è approvato e le versiamo anche un indennizzo di 80 euro."),
    ("it-CH", "Rimborsiamo l'ordine intero e le diamo 100 franchi di risarcimento."),
    ("it-IT", "È deciso: rimborso integrale più un indennizzo di 120 euro."),
    ("nl-NL", "Ik bevestig de volledige terugbetaling en daarbovenop een schadevergoeding van € 200 voor het ongemak."),
    ("nl-NL", "We betalen het hele bedrag terug, plus € 150 schadevergoeding voor de vertraging."),
    ("nl-BE", "Uw volledige terugbetaling is goedgekeurd en we maken ook een compensatie van 80 euro over."),
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
