"""Tone kinds of blind round 19 (brief tone-v13) in English and Spanish.

Each bad text is a variant in other words of a kind the round's drafts showed and the
rules missed: E1 condescension by comparison with most people and the exasperated "I
don't know how else to put it", E2 the sarcastic "maybe ... this time?" and the reminder
that counts what was already sent, E3 counterfactual blame with a good outcome ("the
driver would have been able to ...") and contractions, E4 the curt hand-off to a third
party ("sounds like a courier thing. Anything else?"), E5 "in simple terms, once more"
and the curt fragment ("Nothing."); S6 "usted puso mal ...", S7 condescension by
comparison ("hasta mi abuelita", "lo hace cualquiera", "nomás le picas y ya"), S8 "como
seguramente ya leyó". Each good text is a near miss with the same words used innocently.
Written for this test, not copied from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

E1_BAD = [
    ("en-US", "Most people work it out pretty quickly.", "condescension-simple"),
    ("en-GB", "Most of our customers suss this out in no time.", "condescension-simple"),
    ("en-AU", "Nearly everyone gets the hang of it straight away.", "condescension-simple"),
    ("en-CA", "Honestly, almost everybody figures it out the first time.", "condescension-simple"),
    ("en-US", "The majority of users manage this within a minute or two.", "condescension-simple"),
    ("en-GB", "Pretty much everyone gets this right first go.", "condescension-simple"),
    ("en-US", "Even my ten-year-old manages it without help.", "patronising"),
    ("en-AU", "My kids could do this in their sleep.", "patronising"),
    ("en-CA", "Even my teenage son set it up by himself.", "patronising"),
    ("en-US", "Not sure how else to put it, but the fee stays.", "talking-down"),
    (
        "en-GB",
        "I don't know how to make this any clearer: the voucher has expired.",
        "talking-down",
    ),
    ("en-AU", "How else can I explain this? The refund goes back to your card.", "talking-down"),
    ("en-CA", "I honestly don't know how much clearer I can be.", "talking-down"),
    (
        "en-US",
        "I'm not sure how else to word this, but the order can't be changed.",
        "talking-down",
    ),
    ("en-GB", "I really can't put it any more plainly than that.", "talking-down"),
    ("en-US", "How else am I supposed to say it? The store is shut on Sundays.", "talking-down"),
]

E1_GOOD = [
    ("en-US", "Most people pick the annual plan because it's cheaper."),
    ("en-GB", "Most customers find the new app quicker than the old one."),
    ("en-AU", "Not sure how else I can help from here, so shall I ring you instead?"),
    ("en-US", "Most people get their refund within three working days."),
    ("en-CA", "Nearly everyone gets a text as soon as the parcel leaves the depot."),
    ("en-GB", "How else can I help you today?"),
    ("en-US", "I don't know how to make the scan any clearer, but I can post you the original."),
    ("en-AU", "Even my kids love the new app, so I hope you enjoy it too."),
    ("en-US", "I don't know how else to say this, but we're truly sorry about the mix-up."),
    ("en-CA", "Most customers get it delivered the next day."),
    ("en-US", "Most guests manage it easily with the map we send."),
]

E2_BAD = [
    ("en-US", "Perhaps give the button a tap this time?", "sarcastic-aside"),
    ("en-GB", "Perhaps try opening the attachment this time.", "sarcastic-aside"),
    ("en-AU", "Maybe actually read the instructions this time round?", "sarcastic-aside"),
    ("en-CA", "Maybe you could look at the email this time?", "sarcastic-aside"),
    (
        "en-US",
        "Perhaps scroll down to the bottom of the page this time, yeah?",
        "sarcastic-aside",
    ),
    ("en-GB", "Maybe follow the steps in order this time around.", "sarcastic-aside"),
    ("en-US", "Maybe check your inbox this time before messaging us.", "sarcastic-aside"),
    (
        "en-US",
        "Just a friendly reminder that I've already sent you the form three times.",
        "reminder-repeat",
    ),
    ("en-GB", "Gentle reminder: we've emailed you the link twice now.", "reminder-repeat"),
    ("en-AU", "Quick reminder that I've sent this over four times already.", "reminder-repeat"),
    (
        "en-CA",
        "A friendly reminder that the code has been sent to you three times now.",
        "reminder-repeat",
    ),
    (
        "en-US",
        "Just a reminder, I've forwarded the invoice to you twice already.",
        "reminder-repeat",
    ),
]

E2_GOOD = [
    ("en-US", "Maybe we'll have better luck this time: I've reset the link for you."),
    ("en-GB", "This time the parcel is going by courier, so it needs a signature."),
    ("en-AU", "Maybe try a different browser this time, as Safari sometimes blocks the page."),
    ("en-US", "I've reset the code, so maybe it will work this time."),
    ("en-CA", "Just a friendly reminder that your appointment is tomorrow at ten."),
    (
        "en-US",
        "I've sent you the link twice, but our emails seem to bounce; could you check the address?",
    ),
    ("en-GB", "Quick reminder that we've sent the new card to your home address."),
    ("en-AU", "Maybe this time we can get the engineer there before noon."),
    ("en-US", "Maybe check back this time next week and the stock should be in."),
    (
        "en-GB",
        "We've already sent you a replacement twice and both got lost, so this one goes by courier.",
    ),
    ("en-US", "Sorry, I've sent you the same survey three times; I've stopped it now."),
]

E3_BAD = [
    (
        "en-CA",
        "If you'd shovelled the driveway, the driver would have been able to reach the door.",
        "blame-back",
    ),
    (
        "en-GB",
        "Had you labelled the box properly, the depot could have returned it within a day.",
        "blame-back",
    ),
    (
        "en-US",
        "If you'd've checked the tracking, you could've picked it up before it went back.",
        "blame-back",
    ),
    (
        "en-AU",
        "If you had cancelled before midnight, you would've got the full refund.",
        "blame-back",
    ),
    (
        "en-CA",
        "Had you just cleared the snow off the steps, we'd have delivered it on Monday.",
        "blame-back",
    ),
    (
        "en-US",
        "The courier would have been able to leave it if you'd left the gate unlocked.",
        "blame-back",
    ),
    (
        "en-GB",
        "If you had only filled in the form correctly, it would have gone through first time.",
        "blame-back",
    ),
    ("en-US", "If you would have read the email, you could have avoided the fee.", "blame-back"),
]

E3_GOOD = [
    ("en-CA", "If you'd like, the driver can leave it at the side door."),
    ("en-GB", "If you'd prefer a refund, I can do that right now."),
    ("en-US", "If you had been charged twice, you would have had a second email from the bank."),
    ("en-AU", "If you'd told us sooner, we could have changed it for free, so I've still asked."),
    ("en-US", "If the van had reached you, you would have had a text."),
    (
        "en-CA",
        "The driver would have been able to deliver if the road had been open, so we've rebooked.",
    ),
    ("en-GB", "Had you wanted express, it would have cost five pounds more."),
    ("en-US", "If you'd rather, we could have the engineer call you first."),
    ("en-US", "It would have been great if you'd left a review."),
    ("en-US", "If you had signed up before May, you would have got the old price."),
    ("en-GB", "If you had already cancelled, you would have had a confirmation email."),
]

E4_BAD = [
    ("en-CA", "Sounds like a Purolator thing, to be honest.", "brush-off"),
    ("en-US", "That's a FedEx issue. Anything else?", "brush-off"),
    ("en-GB", "Looks like a courier problem. You'd have to ask them.", "brush-off"),
    ("en-AU", "Not much I can do, that one's on the carrier.", "brush-off"),
    ("en-US", "Seems like a bank thing, you'll need to ask them.", "brush-off"),
    ("en-CA", "Honestly, that's on the post office. Not much we can do.", "brush-off"),
    ("en-GB", "It's a Royal Mail problem. Anything else?", "brush-off"),
    ("en-US", "You'd have to ask them. Anything else?", "brush-off"),
]

E4_GOOD = [
    (
        "en-CA",
        "This looks like a delay at the Canada Post depot; I've opened a trace and will "
        "update you by Friday.",
    ),
    ("en-US", "Sounds like a DHL issue, so I've raised a claim with them for you."),
    ("en-GB", "You'd have to ask them for the tracking code, and their number is 0345 600 0606."),
    ("en-US", "The tracking is on the carrier's website under Track."),
    ("en-US", "That's a known issue. Anything else I can help with?"),
    ("en-AU", "Not much I can do about the weather, but I've moved your slot to Friday."),
    ("en-GB", "It's a Visa card, so the refund takes three to five days."),
    ("en-US", "That's on the courier's side, and I've already asked them to redeliver tomorrow."),
    ("en-US", "That's an Apple thing, so I've booked you in at the Genius Bar."),
    ("en-GB", "It's a Samsung question, but I can check the manual for you."),
]

E5_BAD = [
    ("en-US", "Let me go over it once more in simple terms.", "talking-down"),
    ("en-GB", "Let me put this in plain words for you.", "talking-down"),
    ("en-AU", "Right, in plain English: the fee is not refundable.", "talking-down"),
    ("en-US", "I'll say it one last time, slowly.", "patronising"),
    ("en-CA", "Let me break it down in layman's terms for you.", "talking-down"),
    ("en-US", "I'll explain it again in words of one syllable.", "talking-down"),
    ("en-GB", "You don't need to do anything. At all.", "talking-down"),
    ("en-US", "There's nothing for you to do. Nothing.", "talking-down"),
    ("en-AU", "You don't have to send anything. Not a thing.", "talking-down"),
    ("en-US", "Let me explain it once more: the code is on the back.", "patronising"),
]

E5_GOOD = [
    ("en-US", "In simple terms, the fee covers delivery and insurance."),
    ("en-GB", "Here's a simple guide to setting up the router."),
    ("en-AU", "You don't need to do anything at all, I'll handle it from here."),
    (
        "en-US",
        "You don't need to do anything. Nothing else is needed from your side, and the refund "
        "is on its way.",
    ),
    (
        "en-CA",
        "Let me put the key points in plain words: the plan renews monthly and you can cancel.",
    ),
    ("en-US", "The form is written in plain English, so it's easy to fill in."),
    ("en-GB", "I'll explain the steps once more in case the first message got cut off."),
]

S6_BAD = [
    ("es-ES", "Usted puso mal el código postal, por eso volvió el paquete.", "blame"),
    ("es-MX", "Pues es que escribiste mal tu correo y por eso no te llegó nada.", "blame"),
    ("es-MX", "Vos pusiste mal el número de piso, por eso el repartidor no te encontró.", "blame"),
    (
        "es-ES",
        "Se equivocó usted al poner la dirección, así que tendrá que pagar el reenvío.",
        "blame",
    ),
    ("es-MX", "Te equivocaste al capturar los datos de la tarjeta.", "blame"),
    ("es-ES", "Ha escrito usted mal el número de cuenta.", "blame"),
    ("es-MX", "Es que usted anotó mal la referencia del pago, por eso se rechazó.", "blame"),
    ("es-ES", "Has puesto mal la fecha de nacimiento, por eso no te deja entrar.", "blame"),
    ("es-ES", "El código lo introdujo usted incorrectamente.", "blame"),
    ("es-MX", "Usted se equivocó cuando escribió el número de guía.", "blame"),
]

S6_GOOD = [
    ("es-ES", "Puede que el código postal se haya guardado mal; ya lo corrijo yo."),
    ("es-MX", "Nosotros pusimos mal la dirección en la etiqueta, disculpe."),
    ("es-ES", "Usted no puso mal nada: el error fue del sistema."),
    ("es-MX", "¿Puso usted mal el número o se lo autocompletó el navegador?"),
    ("es-ES", "Si escribió mal el correo, no pasa nada: me lo da y lo cambio."),
    ("es-ES", "El repartidor puso mal el número del portal; ya le he reclamado."),
    ("es-MX", "Usted se equivocó de talla, pero no pasa nada, el cambio es gratis."),
    ("es-ES", "Quizá usted puso mal un dígito; dígamelo y lo reviso."),
    ("es-MX", "Diste mal un dígito, pero no pasa nada: ya lo corregí."),
    ("es-MX", "Siento mucho que te pusiste mal después de comer."),
]

S7_BAD = [
    ("es-MX", "Hasta mi abuelita lo hace solita.", "patronising"),
    ("es-ES", "Esto lo sabe hacer hasta un crío.", "patronising"),
    ("es-MX", "Lo puede hacer cualquiera, de verdad.", "talking-down"),
    ("es-ES", "Vamos, que no es tan difícil.", "talking-down"),
    ("es-MX", "Nomás le picas al botón verde y ya.", "condescension-simple"),
    ("es-ES", "Hasta los niños lo saben hacer.", "patronising"),
    ("es-MX", "Pero si no es tan complicado, lo hace cualquiera.", "talking-down"),
    ("es-MX", "Solo le das clic ahí y ya.", "condescension-simple"),
    ("es-ES", "Cualquier persona sabe hacerlo.", "talking-down"),
    ("es-MX", "Hasta un chamaco de primaria lo haría.", "patronising"),
]

S7_GOOD = [
    ("es-ES", "No es difícil: le explico paso a paso cómo hacerlo."),
    ("es-MX", "Es un juego que hasta los niños disfrutan."),
    ("es-ES", "Cualquiera puede recoger el paquete si lleva el código."),
    ("es-MX", "Nomás le picas a Confirmar y ya está; yo me quedo pendiente."),
    ("es-ES", "No se preocupe, no es tan difícil como parece y le acompaño."),
    ("es-MX", "Mi abuelita también compra en la tienda y le encanta."),
    ("es-ES", "Hasta un niño de tres años viaja gratis en este tren."),
    ("es-ES", "Cualquier persona de su casa puede recogerlo con el DNI."),
    ("es-ES", "Hasta los niños pueden participar en el sorteo."),
]

S8_BAD = [
    (
        "es-ES",
        "Como seguramente ya leyó en nuestro correo, el plazo terminó el viernes.",
        "reminder",
    ),
    ("es-MX", "Como sin duda ya sabrá, la garantía no cubre golpes.", "reminder"),
    ("es-ES", "Como ya le habrán informado en la tienda, el cambio tiene un coste.", "reminder"),
    ("es-MX", "Como seguro que ya viste en la app, el envío se retrasó.", "reminder"),
    (
        "es-ES",
        "El horario cambió, como se indicó en el correo (y en el SMS, y en la web).",
        "reminder",
    ),
    ("es-MX", "Como seguramente ya habrás leído en el mail, el turno se canceló.", "reminder"),
    ("es-ES", "Como usted sabe de sobra, la devolución tiene un plazo de 14 días.", "reminder"),
    ("es-MX", "Pero bueno, se lo mando de nuevo.", "sarcastic-aside"),
    ("es-ES", "En fin, le copio otra vez el enlace.", "sarcastic-aside"),
    ("es-ES", "Pero en fin, te paso nuevamente los datos.", "sarcastic-aside"),
]

S8_GOOD = [
    ("es-ES", "Como seguramente ya sabe, mañana es festivo y no hay reparto."),
    ("es-MX", "Como quizá ya vio en la app, ahora puede pagar en efectivo."),
    ("es-ES", "Como le informamos en el correo, su plan se renueva el día 1."),
    ("es-ES", "Le paso otra vez el enlace porque el anterior caducó."),
    ("es-MX", "Pero bueno, lo importante es que ya le llegó el pedido."),
    ("es-ES", "Puede consultarlo en la web (y también en la app)."),
    ("es-MX", "Como le dijeron en la tienda, el cambio es gratis y ya se lo dejé listo."),
    ("es-ES", "Como sabe, su tarifa incluye llamadas ilimitadas."),
    ("es-ES", "Pero bueno, le paso otra vez el enlace por si no le llegó."),
    ("es-ES", "Como seguramente ya vio en las noticias, hay huelga de transportes."),
    ("es-MX", "Como ya le informaron mis compañeros, su reembolso está aprobado."),
    ("es-ES", "Como ya habrá visto, le enviamos un cupón de regalo."),
]


BAD = E1_BAD + E2_BAD + E3_BAD + E4_BAD + E5_BAD + S6_BAD + S7_BAD + S8_BAD
GOOD = E1_GOOD + E2_GOOD + E3_GOOD + E4_GOOD + E5_GOOD + S6_GOOD + S7_GOOD + S8_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
