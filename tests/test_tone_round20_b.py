"""Tone kinds of blind round 20 (brief tone-v14b) in English, Spanish, French, Portuguese.

Each bad text is a variant in other words of a kind the round's drafts showed and the
rules missed: E1 condescension about the customer's inexperience ("since this is clearly
all new to you", "for someone who isn't very technical", a basic word in scare quotes),
E2 blame for an absence or a missed pick-up plus a dismissal ("if no one was in, that's
not something we can sort out"), E3 talking down by pace ("let me go slowly this time")
and the curt fragment ("You tap it. That's it."); S4 the Spanish counted reminder ("como
ya le he comentado en varias ocasiones") and the sarcastic hope ("ojalá esta vez sí lo
lea"); F5 French blame for the customer's input with a disclaimer ("vous avez saisi le
mauvais numéro, ce n'est pas une erreur de notre part"), F6 take it or leave it ("libre
à vous d'aller voir ailleurs"); P7 European Portuguese blame for an absence plus a
disclaimer ("a culpa não é nossa"), P8 ease as a reproach ("é facílimo", "nem era
preciso contactar-nos", "bastava ter lido o e-mail"). Each good text is a near miss with
the same words used innocently. Written for this test, not copied from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

E1_BAD = [
    (
        "en-US",
        "I realise all of this is pretty new to you, so I'll explain what a browser actually is.",
        "patronising",
    ),
    (
        "en-GB",
        "I understand this is all very new for you, so let me tell you what an app does.",
        "patronising",
    ),
    ("en-AU", "Since this is obviously new to you, I'll start with the basics.", "patronising"),
    ("en-CA", "As this is clearly all new to you, I'll keep things simple.", "patronising"),
    (
        "en-US",
        "I appreciate that this stuff is new to you, so here's what a 'link' means.",
        "patronising",
    ),
    (
        "en-GB",
        "For someone who isn't very technical, the settings page can look scary.",
        "patronising",
    ),
    ("en-US", "For a person who's not very tech-savvy, I'll go one step at a time.", "patronising"),
    ("en-AU", "For somebody who's not great with computers, this may take a while.", "patronising"),
    ("en-US", "First, let me explain what a 'browser' does.", "patronising"),
    ("en-CA", "OK, so I'll tell you what an 'email address' is.", "patronising"),
    (
        "en-GB",
        "Seeing as you're clearly not used to this, I'll walk you through what a password is.",
        "patronising",
    ),
]

E1_GOOD = [
    ("en-US", "If online banking is new to you, we have a short video guide on the website."),
    ("en-GB", "New to our website? Take the two-minute tour from the home page."),
    ("en-AU", "The app is new to us too, so bear with us while we learn it."),
    ("en-US", "For someone who travels a lot, the annual plan works out cheaper."),
    ("en-CA", "Let me explain what 'Pending' means: the bank hasn't confirmed it yet."),
    ("en-US", "The 'Pay now' button is at the bottom of the page."),
    ("en-GB", "Since the service is new, a few features are still missing."),
    ("en-US", "I know this is all new, so take your time and message me whenever you like."),
    ("en-AU", "Since this is your first order, here's a ten percent code."),
    ("en-US", "For someone who isn't home during the day, a locker is the easiest option."),
    ("en-GB", "I understand this is all new to you, so let me explain what the fees are."),
    ("en-CA", "For customers who aren't tech-savvy, we offer a free setup visit."),
    ("en-US", "It's clearly all new to you, and that's completely fine: I'll stay on the chat."),
]

E2_BAD = [
    (
        "en-US",
        "If nobody was at home to sign, that's really not something we can fix.",
        "fault",
    ),
    (
        "en-GB",
        "If no one answered the door, that isn't something we can do anything about.",
        "fault",
    ),
    (
        "en-AU",
        "If you didn't collect it from the depot in time, we can't do anything about that.",
        "fault",
    ),
    (
        "en-CA",
        "If you weren't in when the driver came, that's not something we're able to help with.",
        "fault",
    ),
    ("en-US", "Nobody was home, so that's not something we can sort out.", "fault"),
    (
        "en-GB",
        "If you were out when they called, well, that's not really our problem to solve.",
        "fault",
    ),
    (
        "en-US",
        "If you never picked it up from the locker, that's something you'll have to live with.",
        "fault",
    ),
    (
        "en-AU",
        "You weren't in when the courier knocked, and there's not a lot we can do about that.",
        "fault",
    ),
    ("en-US", "If no one was around to take it, that one's on you.", "fault"),
]

E2_GOOD = [
    (
        "en-US",
        "If no one's in, the courier leaves a note and comes back the next working day.",
    ),
    (
        "en-GB",
        "That isn't something I can change from here, but I've asked the depot to call you "
        "by Thursday.",
    ),
    (
        "en-AU",
        "If nobody was in, don't worry: it's at the post office until Friday.",
    ),
    ("en-US", "If you didn't get the card, there's nothing you need to do; we'll send another."),
    (
        "en-CA",
        "If you weren't home, we can book a new slot; that's something we can sort out today.",
    ),
    (
        "en-US",
        "The storm isn't something we can fix, so I've moved your delivery to Monday for free.",
    ),
    ("en-GB", "If you missed the driver, that's fine: I've rebooked it for tomorrow."),
    ("en-US", "If nobody was home, the parcel goes to the nearest pickup point."),
    (
        "en-AU",
        "If you missed the delivery, that's not something we can change, but I've booked a "
        "redelivery for Monday.",
    ),
]

E3_BAD = [
    ("en-US", "Let me go slowly this time.", "patronising"),
    ("en-GB", "Right, I'll go really slowly this time, okay?", "patronising"),
    ("en-AU", "I'll take you through it step by step, nice and slowly.", "talking-down"),
    ("en-CA", "Let's go through it one step at a time, slowly.", "patronising"),
    ("en-US", "Okay, once more, slowly: open the app.", "patronising"),
    ("en-GB", "Let's do this again, slowly this time.", "patronising"),
    ("en-US", "We'll go slowly, step by step.", "patronising"),
    ("en-US", "You press the button. That's it. Nothing else.", "talking-down"),
    ("en-AU", "You tap it. That's all.", "talking-down"),
    ("en-CA", "You type the code in. That's it.", "talking-down"),
    ("en-GB", "That's all. Nothing more.", "talking-down"),
    ("en-US", "You click Save. Done. That's it.", "talking-down"),
]

E3_GOOD = [
    # a bare imperative before "That's it." is often friendly: left alone
    ("en-CA", "Type the code. That's it."),
    ("en-US", "I'll take you through each step, one at a time."),
    ("en-GB", "That's it, you're all set for Friday!"),
    ("en-AU", "That's all done now — enjoy your trip!"),
    ("en-US", "You click Confirm, and that's it: the booking is made."),
    ("en-CA", "That's all from me, have a great day."),
    ("en-US", "The page loads slowly at peak times, so give it a moment."),
    ("en-GB", "Let me walk you through it step by step."),
    ("en-US", "That's it from our side. Enjoy the new phone!"),
    ("en-AU", "Drive slowly on the gravel road to the depot."),
    ("en-US", "That's all we need. Thanks so much for the photos!"),
    ("en-US", "Is that all? Nothing else I can help with?"),
]

S4_BAD = [
    (
        "es-ES",
        "Como ya le he explicado en varias ocasiones, la garantía no cubre ese golpe.",
        "reminder",
    ),
    ("es-MX", "Tal como le comenté ya dos veces, el plazo ya venció.", "reminder"),
    ("es-ES", "Se lo he dicho ya tres veces: no hay reembolso.", "reminder-repeat"),
    (
        "es-MX",
        "Como te expliqué ya en repetidas ocasiones, el cargo es correcto.",
        "reminder",
    ),
    (
        "es-ES",
        "Ya le he comentado varias veces que el técnico no va los sábados.",
        "reminder-repeat",
    ),
    ("es-MX", "Como le indiqué en más de una ocasión, necesitamos el ticket.", "reminder"),
    ("es-ES", "Ojalá esta vez sí lo lea con atención.", "sarcastic-aside"),
    ("es-MX", "A ver si esta vez sí queda claro.", "sarcastic-aside"),
    ("es-ES", "Ojalá que ahora sí le funcione, por su parte.", "sarcastic-aside"),
    ("es-MX", "Esperemos que esta vez sí lo entienda.", "sarcastic-aside"),
    ("es-ES", "Ojalá esta vez sí me mande la foto correcta.", "sarcastic-aside"),
]

S4_GOOD = [
    ("es-ES", "Como le comenté ayer, el técnico pasa el martes por la mañana."),
    ("es-MX", "Ojalá esta vez el paquete llegue a tiempo; lo mandé por envío urgente."),
    ("es-ES", "Como le comenté por teléfono, su devolución ya está aprobada."),
    ("es-MX", "Le he llamado ya dos veces, pero no contesta; le dejo un mensaje de voz."),
    ("es-ES", "Ojalá le guste el regalo que le hemos preparado."),
    ("es-ES", "Esta vez sí le hemos enviado la talla correcta, disculpe lo de antes."),
    ("es-MX", "Esperemos que esta vez el repartidor encuentre la dirección sin problemas."),
    ("es-ES", "Como le dije por teléfono, el cambio es gratuito y ya lo he tramitado."),
    ("es-MX", "Espero que ahora le quede más claro con el dibujo que le adjunto."),
    ("es-ES", "Ojalá esta vez sí llegue el repartidor a su hora; lo he pedido expresamente."),
]

F5_BAD = [
    (
        "fr-CA",
        "Vous avez saisi le mauvais numéro de carte, ce n'est pas une erreur de notre part.",
        "blame-back",
    ),
    (
        "fr-FR",
        "C'est vous qui avez mis le mauvais code postal, on n'y est pour rien.",
        "blame-back",
    ),
    ("fr-CA", "Le souci vient du fait que vous avez tapé une mauvaise adresse.", "blame-back"),
    (
        "fr-FR",
        "Vous avez indiqué la mauvaise date de naissance ; ce n'est pas de notre faute.",
        "blame-back",
    ),
    ("fr-CA", "Le problème, c'est que vous avez entré le mauvais courriel.", "blame-back"),
    ("fr-FR", "Ce n'est pas notre faute si vous avez mal écrit votre adresse.", "fault"),
    (
        "fr-CA",
        "Nous n'y sommes pour rien, c'est vous qui avez choisi la mauvaise taille.",
        "blame-back",
    ),
    (
        "fr-CA",
        "Vous avez rentré le mauvais numéro d'appartement, c'est pas de notre faute.",
        "blame-back",
    ),
    ("fr-FR", "Ce n'est pas une erreur de notre part.", "fault"),
]

F5_GOOD = [
    ("fr-CA", "On dirait que le code postal au dossier est erroné ; je le modifie tout de suite."),
    ("fr-FR", "L'erreur vient de chez nous, toutes nos excuses."),
    ("fr-CA", "Si vous avez entré le mauvais numéro, pas de souci : je le change."),
    ("fr-FR", "Vous avez peut-être saisi un ancien code ; je vous en envoie un nouveau."),
    ("fr-CA", "Le problème vient du fait que le transporteur a mal lu l'étiquette."),
    ("fr-FR", "Ce n'est pas de votre faute, le formulaire était mal conçu."),
    ("fr-CA", "Vous avez entré le bon numéro, c'est notre système qui a bogué."),
    ("fr-FR", "C'est bien une erreur de notre part, je rembourse les frais."),
    ("fr-CA", "Vous avez choisi la mauvaise taille, je vous envoie l'étiquette d'échange."),
]

F6_BAD = [
    (
        "fr-CA",
        "Si ça vous convient pas, rien ne vous empêche d'aller chez la compétition.",
        "brush-off",
    ),
    ("fr-CA", "Si vous êtes pas content, vous êtes libre de magasiner ailleurs.", "brush-off"),
    ("fr-FR", "Libre à vous de changer d'opérateur si vous n'êtes pas satisfait.", "brush-off"),
    ("fr-FR", "Personne ne vous force à garder votre abonnement.", "brush-off"),
    ("fr-CA", "Si l'offre fait pas votre affaire, allez voir ailleurs.", "brush-off"),
    (
        "fr-FR",
        "Vous pouvez toujours aller voir la concurrence si vous trouvez mieux.",
        "brush-off",
    ),
    ("fr-CA", "Personne ne vous oblige à rester chez nous.", "brush-off"),
    ("fr-FR", "Si le prix ne vous plaît pas, il y a d'autres magasins.", "brush-off"),
]

F6_GOOD = [
    ("fr-CA", "Si ce forfait ne vous convient pas, je peux vous en montrer un moins cher."),
    ("fr-FR", "Vous avez le droit d'annuler sans pénalité pendant 14 jours."),
    ("fr-CA", "Vous êtes libre de choisir la date de livraison qui vous convient."),
    ("fr-FR", "Personne ne vous oblige à payer maintenant : vous pouvez régler en trois fois."),
    ("fr-CA", "Nos concurrents offrent parfois ce service, et nous l'offrons maintenant aussi."),
    ("fr-FR", "Vous pouvez aller en magasin si vous préférez essayer la taille."),
    ("fr-CA", "Si vous trouvez moins cher ailleurs, on vous rembourse la différence."),
    ("fr-FR", "Personne ne vous oblige à rester en ligne : je vous rappelle dans dix minutes."),
]

P7_BAD = [
    (
        "pt-PT",
        "A encomenda voltou porque não estava ninguém em casa e o senhor também não a foi buscar.",
        "blame",
    ),
    (
        "pt-PT",
        "Como a senhora não foi levantar a encomenda a tempo, isso já não é responsabilidade nossa.",
        "fault",
    ),
    ("pt-PT", "Isso não é da nossa responsabilidade.", "hand-off"),
    (
        "pt-PT",
        "Como o senhor não estava em casa e nem foi levantar o pacote ao ponto de recolha, "
        "ele voltou para trás.",
        "blame",
    ),
    (
        "pt-PT",
        "Visto que a senhora não esteve presente e também não levantou a encomenda na loja, "
        "ela regressou ao remetente.",
        "blame",
    ),
    ("pt-PT", "O senhor é que não estava em casa quando o estafeta passou.", "blame"),
    (
        "pt-PT",
        "Já que você não estava em casa e tampouco foi buscar a encomenda, foi devolvida.",
        "blame",
    ),
    ("pt-PT", "A culpa não é nossa, o senhor é que não estava em casa.", "fault"),
    (
        "pt-PT",
        "Não nos podemos responsabilizar por isso, visto que não esteve presente na entrega.",
        "fault",
    ),
    (
        "pt-PT",
        "Não podemos ser responsabilizados pelo facto de não ter levantado o pacote.",
        "fault",
    ),
    ("pt-PT", "Não temos culpa nenhuma de o senhor não estar em casa.", "blame-back"),
    (
        "pt-PT",
        "Você não estava em casa e não levantou o pacote, por isso a responsabilidade não é nossa.",
        "fault",
    ),
]

P7_GOOD = [
    ("pt-PT", "A falha foi nossa, por isso reenviamos a encomenda sem custos."),
    (
        "pt-PT",
        "Uma vez que não havia ninguém em casa, o pacote ficou na loja CTT até dia 12.",
    ),
    ("pt-PT", "Não é culpa sua, o estafeta não tocou à campainha."),
    ("pt-PT", "A responsabilidade é nossa e vamos reenviar hoje mesmo."),
    ("pt-PT", "Não se preocupe, a culpa não é sua."),
    ("pt-PT", "Como não estava em casa, deixámos um aviso e voltamos amanhã."),
    (
        "pt-PT",
        "Como não estava em casa e também não conseguimos ligar-lhe, guardámos a encomenda "
        "na loja até sexta.",
    ),
    ("pt-PT", "Responsabilizamo-nos pelo atraso e enviamos-lhe um vale de desconto."),
    ("pt-PT", "Assumimos a responsabilidade pelo atraso e devolvemos os portes."),
]

P8_BAD = [
    ("pt-PT", "Olhe, isto é mesmo muito fácil.", "condescension-simple"),
    ("pt-PT", "Repare que é simplíssimo.", "condescension-simple"),
    ("pt-PT", "É facílimo, a sério.", "condescension-simple"),
    ("pt-PT", "Nem precisava de nos ter contactado por causa disto.", "talking-down"),
    ("pt-PT", "Isto qualquer pessoa faz.", "condescension-simple"),
    ("pt-PT", "Bastava ter lido o e-mail que lhe enviámos.", "blame-back"),
    ("pt-PT", "Era só ler a mensagem com atenção.", "blame-back"),
    ("pt-PT", "Não era preciso ligar para a linha de apoio por uma coisa destas.", "talking-down"),
    ("pt-PT", "Qualquer um consegue fazer isto sozinho.", "condescension-simple"),
]

P8_GOOD = [
    ("pt-PT", "É rápido e eu acompanho-a em cada passo."),
    ("pt-PT", "Não é necessário ligar-nos: o recibo é enviado automaticamente."),
    ("pt-PT", "Não precisa de contactar o apoio: a fatura chega por e-mail."),
    ("pt-PT", "Qualquer pessoa pode levantar a encomenda com o código."),
    ("pt-PT", "Basta ler o código QR na loja e o cacifo abre."),
    ("pt-PT", "O processo é muito simples e eu fico consigo até ao fim."),
    ("pt-PT", "É facílimo de montar e traz as instruções em português."),
    ("pt-PT", "É simples: eu explico-lhe passo a passo."),
]


BAD = E1_BAD + E2_BAD + E3_BAD + S4_BAD + F5_BAD + F6_BAD + P7_BAD + P8_BAD
GOOD = E1_GOOD + E2_GOOD + E3_GOOD + S4_GOOD + F5_GOOD + F6_GOOD + P7_GOOD + P8_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
