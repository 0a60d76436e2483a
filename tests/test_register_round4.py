"""Register analyser, fourth round: Spanish, Portuguese and Italian, by kind.

Own sentences for each kind (tests/register/ was studied, never copied), and the near
misses that must stay quiet:

1. a noun after a preposition or a determiner (*por desgracia*, *una pena*, *a la vista*)
   is no imperative; an imperative standing as a discourse marker (*Mira,*) or with its
   complement (*Cuenta con nosotros*) still is;
2. a third-person verb is the reader (usted, você, Lei) only when no third-person subject
   is at hand: a noun subject earlier in its sentence, a verb a thing does (*llegar*,
   *quedar*, *ser*), a passive (*verse reflejado*), a length of time (*puede llevar unos
   días*), the impersonal *puede que*; a 1st-person clitic (*puede enviarme*) or a
   condition of the reader's (*si lo desea*) keeps it the reader;
3. a third-person verb in a condition or a time clause (*cuando lo reciba*, *se precisar*,
   *se non la trova*), or a question to the reader (*¿Ya recibió...?*, *Já recebeu...?*),
   has the reader as subject when the same sentence or the next addresses the reader
   with an imperative; thanks for *su* X are the reader's;
4. closing formulas (*a sus órdenes*, *a sua disposizione*, *non esiti a*) carry the
   formal register although *su / sua* alone is weak;
5. Spain's plural: *vosotros* is the informal plural, *ustedes* (and its imperative,
   *recuerden*) the formal one, so a reply with both mixes registers; in the Americas
   *ustedes* is the only plural and carries no register.
"""

from __future__ import annotations

import pytest

from tests.helpers import register_of

register = register_of


# 1. A noun after a preposition or a determiner is no imperative.
NOUNS = [
    ("es-ES", "Por desgracia el envío se ha retrasado. Le pedimos disculpas.", "formal"),
    ("es-MX", "Por desgracia la sucursal ya cerró; le ofrecemos entregarlo mañana.", "formal"),
    ("es-ES", "Por causa del temporal su pedido va con retraso. Le pedimos disculpas.", "formal"),
    ("es-ES", "Es una pena que llegara roto; le enviamos otro hoy mismo.", "formal"),
    ("es-MX", "Con la vista puesta en el lunes, le ofrecemos otra cita.", "formal"),
    ("es-ES", "Por desgracia la tienda no tiene stock de esa talla.", "none"),
    ("es-ES", "Esta cuenta queda cerrada desde hoy.", "none"),
    ("pt-PT", "Por conta da greve a entrega atrasou; pedimos-lhe desculpa.", "formal"),
    ("pt-PT", "Por causa do feriado a loja abre mais tarde. Já lhe enviei o horário.", "formal"),
    ("pt-PT", "Por pena nossa a encomenda chegou danificada.", "none"),
    ("it-IT", "Per causa del maltempo la consegna slitta: La ricontatteremo domani.", "formal"),
    ("it-IT", "Dalla conta delle giacenze risulta un errore; Le chiediamo scusa.", "formal"),
    ("it-IT", "Per causa dello sciopero il treno è in ritardo.", "none"),
    # the real imperatives stay
    ("es-ES", "Cuenta con nosotras para lo que haga falta. Le enviamos la factura hoy.", "mixed"),
    ("es-MX", "Cuenta conmigo para lo que sea.", "informal"),
    ("es-ES", "Mira, ya lo he revisado y está todo correcto.", "informal"),
    ("es-MX", "Oye, ya quedó listo el cambio.", "informal"),
    ("es-ES", "Revisa la bandeja de spam, por favor.", "informal"),
    ("es-ES", "Por favor revisa la bandeja de spam.", "informal"),
    ("pt-PT", "Conta connosco para o que for preciso.", "informal"),
    ("pt-PT", "Olha, já tratei disso e ficou tudo certo.", "informal"),
    ("it-IT", "Conta su di noi per qualsiasi cosa.", "informal"),
    ("it-IT", "Guarda, ho già controllato ed è tutto a posto.", "informal"),
    ("it-IT", "Per favore controlla la cartella spam.", "informal"),
]

# 2. A third-person subject at hand: no usted / você / Lei.
THIRD_PERSONS = [
    (
        "es-MX",
        "Ya procesamos tu reembolso. Según tu banco, puede verse reflejado en 3 a 7 días.",
        "informal",
    ),
    (
        "es-ES",
        "El abono está en marcha y, según la entidad, puede tardar una semana. Te aviso.",
        "informal",
    ),
    (
        "es-ES",
        "La incidencia ya está abierta y pronto puede quedar resuelta; te escribo.",
        "informal",
    ),
    (
        "es-MX",
        "Tu paquete salió hoy de Monterrey y, con suerte, puede llegar el jueves.",
        "informal",
    ),
    ("es-ES", "Puede que tarde un poco más por el puente; te aviso cuando salga.", "informal"),
    ("es-ES", "Te he reactivado la línea. Puede llevar un par de horas.", "informal"),
    ("es-MX", "Tu cuenta se bloqueó; puede ser por varios intentos fallidos.", "informal"),
    ("es-ES", "Se puede cambiar la talla desde la app, te dejo el enlace.", "informal"),
    ("es-MX", "Su hija puede usar la misma cuenta familiar.", "none"),
    # the reader after all: a 1st-person clitic, the reader's own condition
    ("es-ES", "Tu reserva está confirmada; puede enviarme el DNI por aquí.", "mixed"),
    ("es-MX", "Tu pedido ya salió. Si lo desea, puede cambiar la dirección.", "mixed"),
    ("es-ES", "Si quiere, le escribo en cuanto salga.", "formal"),
    ("es-MX", "Puede descargar la factura desde su perfil.", "formal"),
    # a noun a copula describes leaves the next clause to the reader; a time is no subject
    ("es-ES", "El total de tu pedido es de 20 € y puede pagarlo en tienda.", "mixed"),
    ("es-ES", "Una vez guardado, podrá descargar la factura.", "formal"),
    ("es-MX", "El sistema detecta el cargo y puede bloquear la tarjeta; te aviso.", "informal"),
    ("pt-PT", "Pode ficar com o artigo, já lhe envio outro.", "formal"),
    (
        "pt-PT",
        "O reembolso já foi emitido e, consoante o banco, pode demorar dez dias. Diz-me algo.",
        "informal",
    ),
    ("pt-PT", "A tua encomenda saiu hoje e pode chegar amanhã.", "informal"),
    ("pt-PT", "Pode haver atrasos por causa da greve, mas eu aviso-te.", "informal"),
    ("pt-PT", "Já recebemos a devolução; pode levar uns dias. Qualquer coisa, diz-me.", "informal"),
    ("pt-PT", "A tua encomenda está pronta; pode enviar-me o código de levantamento?", "mixed"),
    (
        "it-IT",
        "Abbiamo avviato il rimborso; a seconda della banca, può richiedere cinque giorni. "
        "Ti aggiorno io.",
        "informal",
    ),
    ("it-IT", "La tua pratica è aperta e, tra pochi giorni, potrebbe essere chiusa.", "informal"),
    ("it-IT", "Il pacco è partito oggi e, se va bene, può arrivare domani. Ti scrivo.", "informal"),
    ("it-IT", "L'accredito è partito: può volerci qualche giorno, te lo confermo io.", "informal"),
    ("it-IT", "Il tuo ordine è pronto: può inviarmi una foto del documento?", "mixed"),
]

# 3. The reader of a condition, a time clause or a question, against a tú imperative.
READER_CLAUSES = [
    ("es-ES", "¿Ya recibió el paquete? Si no, vuelve a escribirnos mañana.", "mixed"),
    (
        "es-MX",
        "¿Recibió el correo de confirmación? Si no aparece, revisa la carpeta de spam.",
        "mixed",
    ),
    ("es-ES", "¿Todavía tiene el ticket? Mándame una foto.", "mixed"),
    ("es-ES", "Cuando lo tenga en casa, revisa que no falte ninguna pieza.", "mixed"),
    ("es-MX", "Si lo necesita, escríbeme por aquí.", "mixed"),
    ("es-ES", "En cuanto la reciba, mándame una foto del ticket.", "mixed"),
    ("es-MX", "Le envié el enlace; cuando te llegue, ábrelo desde el celular.", "mixed"),
    ("es-ES", "Gracias por su paciencia. ¿Me pasas el número de pedido?", "mixed"),
    ("es-MX", "Muchas gracias por su mensaje. ¿Me compartes una captura?", "mixed"),
    ("es-ES", "Le agradecemos su paciencia, ya está todo listo.", "formal"),
    # near misses: the writer's own clause, a thing, a named subject
    ("es-ES", "Cuando lo tenga listo, te aviso.", "informal"),
    ("es-MX", "Cuando el técnico lo revise, avísame.", "informal"),
    ("es-ES", "Si no llega mañana, escríbeme.", "informal"),
    ("es-ES", "Si sigue sin funcionar, borra la caché.", "informal"),
    ("es-ES", "¿Llegó el paquete? Si no, escríbeme.", "informal"),
    ("es-ES", "Las pasas del bizcocho van aparte.", "none"),
    ("es-ES", "Si ya lo ha recibido, revisa el precinto.", "mixed"),
    ("es-ES", "Si ha llegado roto, mándame una foto.", "informal"),
    ("es-MX", "Si hay algún problema, escríbeme.", "informal"),
    ("es-ES", "Cuando se active la línea, recibirás un SMS.", "informal"),
    ("es-ES", "Si no te conecta, reinicia el móvil.", "informal"),
    ("es-ES", "¿Ha llegado el paquete? Si no, escríbeme.", "informal"),
    ("es-ES", "Si vas a venir, no hace falta que traigas nada.", "informal"),
    ("es-MX", "El lector es compatible con tu equipo. Si no lo detecta, actualízalo.", "informal"),
    ("pt-PT", "Já recebeu o código? Se não, pede outro na app.", "mixed"),
    ("pt-PT", "Já reiniciou o modem? Se sim, manda-me uma foto das luzes.", "mixed"),
    ("pt-PT", "Se precisar de ajuda com a instalação, liga-me.", "mixed"),
    ("pt-PT", "Não hesites em escrever-nos se tiver mais alguma dúvida.", "mixed"),
    (
        "pt-PT",
        "Não te preocupes: quando o pagamento for confirmado, receberá uma fatura por e-mail.",
        "mixed",
    ),
    ("pt-PT", "Quando o técnico confirmar a data, eu aviso-te.", "informal"),
    ("pt-PT", "Se chegar partido, envia-me uma foto.", "informal"),
    ("pt-PT", "Quando tiver novidades, ligo-te.", "informal"),
    ("pt-PT", "A encomenda saiu ontem e chegará amanhã; aviso-te.", "informal"),
    ("pt-PT", "Se já o recebeu, diz-me.", "mixed"),
    ("pt-PT", "Quando a encomenda chegar, envia-me uma foto.", "informal"),
    ("pt-PT", "Se escolheres MB WAY, recebes um aviso no telemóvel.", "informal"),
    ("it-IT", "Se ha ancora lo scontrino, mandami una foto.", "mixed"),
    ("it-IT", "Hai visto la notifica? Se non la vede, controlli lo spam.", "mixed"),
    ("it-IT", "Se non lo trova, scrivimi pure.", "mixed"),
    ("it-IT", "Appena lo riceve, mandami una conferma.", "mixed"),
    ("it-IT", "Grazie per la sua pazienza: ti mando subito il link.", "mixed"),
    ("it-IT", "Se il corriere non lo trova, scrivimi.", "informal"),
    ("it-IT", "Se non arriva entro venerdì, scrivimi.", "informal"),
    ("it-IT", "Se ha bisogno, mi scriva pure.", "formal"),
    ("it-IT", "Se non la trova, controlli lo spam.", "formal"),
    ("it-IT", "È arrivato il tecnico? Se no, chiamami.", "informal"),
    ("it-IT", "Se ci mette più di una settimana, avvisami.", "informal"),
    ("it-IT", "Se non la trovi, controlla lo spam.", "informal"),
]

# 4. Closing formulas.
FORMULAS = [
    ("es-MX", "¡Gracias por tu pedido! Quedamos a sus órdenes.", "mixed"),
    ("es-ES", "Tu cita está confirmada. Quedo a su entera disposición.", "mixed"),
    ("es-MX", "Ya te mandé la guía; estamos a sus órdenes para cualquier duda.", "mixed"),
    ("es-ES", "Te he reenviado la factura. No dude en escribirnos si falta algo.", "mixed"),
    ("es-MX", "Listo, ya quedó tu cambio. Seguimos a su disposición.", "mixed"),
    ("es-ES", "Su pedido ha salido hoy. Quedamos a su disposición.", "formal"),
    ("es-ES", "Hablé con tu hermano y dejé el paquete a su disposición en tienda.", "informal"),
    ("pt-PT", "Obrigado pela tua compra! Ficamos à sua inteira disposição.", "mixed"),
    ("pt-PT", "Já te enviei o código. Não hesite em contactar-nos.", "mixed"),
    ("it-IT", "Grazie per il tuo ordine! Restiamo a sua completa disposizione.", "mixed"),
    ("it-IT", "Non esiti a ricontattarci se hai altre domande.", "mixed"),
    ("it-IT", "Ti ho spedito il codice. Non esiti a scriverci per qualsiasi dubbio.", "mixed"),
    ("it-IT", "Non esiti a contattarci, restiamo a sua disposizione.", "formal"),
    ("it-IT", "Capisco che esiti a cambiare piano: puoi provare quello base.", "informal"),
    ("it-IT", "Marco ha lasciato il pacco a sua disposizione in portineria.", "none"),
]

# 5. Spain's plural; the Americas have one.
PLURALS = [
    ("es-ES", "Vuestra reserva está confirmada. Recuerden traer los pasaportes.", "mixed"),
    ("es-ES", "Os hemos enviado las entradas. Presenten el código QR en la puerta.", "mixed"),
    ("es-ES", "Recuerden traer los pasaportes; su reserva está confirmada.", "formal"),
    ("es-ES", "Recordad traer los pasaportes, vuestra reserva está lista.", "informal"),
    ("es-MX", "Vuestra reservación está lista. Recuerden traer identificación.", "informal"),
    ("es-MX", "Su reservación está confirmada. Recuerden traer identificación.", "none"),
]

# Near misses of every kind: quoted labels, third persons, generic se.
QUIET = [
    ("es-ES", "Para canjearlo, pulse el botón «Reclama tu premio» en la app.", "formal"),
    ("pt-PT", "Escolha a opção «Renova o teu plano» no menu.", "formal"),
    ("es-ES", "Se puede pagar en efectivo o con tarjeta.", "none"),
    ("pt-PT", "Pode-se pagar em dinheiro ou com cartão.", "none"),
    ("it-IT", "Si può pagare anche in contanti.", "none"),
    ("it-IT", "Ho sentito la collega: lei la richiama domani.", "none"),
    ("es-MX", "El repartidor dejó el paquete con su vecina.", "none"),
]


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    NOUNS + THIRD_PERSONS + READER_CLAUSES + FORMULAS + PLURALS + QUIET,
)
def test_round4(locale: str, text: str, expected: str) -> None:
    assert register(text, locale) == expected
