"""Tone kinds of blind round 18 (brief tone-v11) in French, Spanish, Portuguese and Italian.

Each bad text is a variant in other words of a kind the round showed: R1 counterfactual
blame ("had you read it, we wouldn't be here"), R2 "the problem is that you ...", R3 the
sarcastic offer to repeat it a third time, R4 reminders that list the earlier messages
(es, pt), R8 the doubled "yes yes, I understood", R10 sarcasm about finally hearing back.
R5, R6, R7, R9 and the rest of R4 are in tests/test_tone_round18_c.py. Each good text is
a near miss with the same words used innocently. Written for this test, not copied from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

R1_BAD = [
    ("fr-FR", "Si vous aviez suivi la notice, ça ne serait jamais arrivé.", "hindsight"),
    ("fr-CA", "Si t'avais entré le bon code postal, on serait pas rendus là.", "hindsight"),
    ("fr-FR", "Si vous aviez bien relu votre commande, nous n'en serions pas là.", "hindsight"),
    ("fr-FR", "Ça ne serait pas arrivé si vous aviez indiqué le bon étage.", "hindsight"),
    ("fr-CA", "Si vous aviez choisi la bonne taille, vous n'auriez pas ce problème.", "hindsight"),
    ("fr-FR", "Si tu n'avais pas cliqué sur ce lien, ça ne se serait pas produit.", "hindsight"),
    ("es-ES", "Si hubiera leído el manual, esto no habría pasado.", "blame"),
    ("es-MX", "Si hubieras puesto bien la dirección, no estaríamos con este problema.", "blame"),
    ("es-ES", "Si usted hubiese comprobado el número, no estaríamos aquí.", "blame"),
    ("es-MX", "Esto no habría ocurrido si hubiera seguido las instrucciones.", "blame"),
    ("es-ES", "De haber revisado el pedido, nada de esto habría sucedido.", "blame"),
    ("pt-BR", "Se você tivesse lido o manual, isso não teria acontecido.", "blame"),
    ("pt-PT", "Se tivesse verificado a morada, não estávamos agora com este problema.", "blame"),
    ("pt-BR", "Se o senhor tivesse seguido as instruções, a gente não estaria aqui.", "blame"),
    ("pt-PT", "Isto não teria acontecido se tivesse escolhido o tamanho certo.", "blame"),
    ("pt-BR", "Se tivesse digitado a senha certa, não teria esse problema.", "blame"),
    ("it-IT", "Se avesse letto le istruzioni, questo non sarebbe successo.", "hindsight"),
    ("it-IT", "Se avessi controllato l'indirizzo, non saremmo qui a parlarne.", "hindsight"),
    (
        "it-IT",
        "Se lei avesse inserito il codice giusto, non ci troveremmo in questa situazione.",
        "hindsight",
    ),
    ("it-IT", "Non sarebbe successo niente se avesse seguito la guida.", "hindsight"),
    ("it-IT", "Se avesse scelto la taglia giusta, non avrebbe questo problema.", "hindsight"),
]

R1_GOOD = [
    (
        "fr-FR",
        "Si vous nous aviez prévenus plus tôt, on aurait pu le modifier sans frais, "
        "mais je vais quand même essayer.",
    ),
    ("fr-CA", "Si le colis était arrivé, vous auriez reçu un texto."),
    ("fr-FR", "Si vous aviez reçu le code, vous n'auriez pas eu ce message ; je vous le renvoie."),
    ("es-ES", "Si nos hubiera avisado antes, lo habríamos cambiado gratis; aun así lo intento."),
    ("es-MX", "Si el paquete hubiera llegado, le habría llegado un SMS."),
    ("pt-BR", "Se tivesse nos avisado antes, daria para trocar sem custo; mesmo assim vou tentar."),
    ("pt-PT", "Se a encomenda tivesse chegado, teria recebido um SMS."),
    ("it-IT", "Se ci avesse avvisato prima, avremmo potuto cambiarlo gratis; provo comunque."),
    ("it-IT", "Se il pacco fosse arrivato, avrebbe ricevuto un SMS."),
]

R2_BAD = [
    ("fr-FR", "Le problème, c'est que vous avez tapé le mauvais code.", "blame-back"),
    ("fr-CA", "Le souci, c'est que t'as pas lu le courriel.", "blame-back"),
    ("fr-FR", "Le problème est tout simplement que vous n'avez pas activé la carte.", "blame-back"),
    ("fr-FR", "Le vrai problème, c'est que vous avez oublié de valider.", "blame-back"),
    ("fr-CA", "Le problème vient de votre propre routeur, pas de nous.", "blame-back"),
    ("fr-FR", "Le souci se trouve chez vous, pas chez nous.", "blame-back"),
    ("es-ES", "El problema es que usted puso mal el código.", "blame-back"),
    ("es-MX", "El problema es simplemente que no revisaste tu correo.", "blame-back"),
    ("es-ES", "El verdadero problema es que usted eligió la opción equivocada.", "blame-back"),
    ("es-MX", "El problema aquí es que tú no activaste la tarjeta.", "blame-back"),
    ("es-ES", "El problema está en su propio router, no en nosotros.", "blame-back"),
    ("pt-BR", "O problema é que o senhor digitou o código errado.", "blame-back"),
    ("pt-PT", "O problema é simplesmente que você não leu o email.", "blame-back"),
    ("pt-BR", "O problema é que você esqueceu de ativar o cartão.", "blame-back"),
    ("pt-PT", "O verdadeiro problema é que a senhora escolheu a opção errada.", "blame-back"),
    ("pt-PT", "O problema está no seu próprio router, não em nós.", "blame-back"),
    ("it-IT", "Il problema è che Lei ha scritto il numero civico sbagliato.", "blame-back"),
    ("it-IT", "Il problema è semplicemente che non hai letto la mail.", "blame-back"),
    ("it-IT", "Il vero problema è che lei non ha attivato la carta.", "blame-back"),
    ("it-IT", "Il problema sta nel suo router, non in noi.", "blame-back"),
    ("it-IT", "Il problema è nel suo stesso modem, non da parte nostra.", "blame-back"),
]

R2_GOOD = [
    ("fr-FR", "Le problème, c'est que le transporteur l'a perdu."),
    ("fr-CA", "Le problème, c'est que vous avez été débité deux fois : je vous rembourse."),
    ("es-ES", "El problema es que el mensajero lo perdió."),
    ("es-MX", "El problema es que el sistema no guardó su pago."),
    ("es-ES", "El problema es que a usted le cobraron dos veces; ya se lo devuelvo."),
    ("pt-BR", "O problema é que a transportadora perdeu o pacote."),
    ("pt-PT", "O problema é que o senhor foi cobrado duas vezes; vou reembolsar já."),
    ("it-IT", "Il problema è che il corriere l'ha perso."),
    ("it-IT", "Il problema è che lei ha ricevuto due addebiti: glieli rimborso subito."),
]

R3_BAD = [
    (
        "fr-FR",
        "Je veux bien vous le répéter une troisième fois : le code est au dos.",
        "reminder-repeat",
    ),
    ("fr-CA", "Avec plaisir, je te le redis pour la quatrième fois.", "reminder-repeat"),
    ("fr-FR", "Je vous réexplique avec joie, pour la troisième fois.", "reminder-repeat"),
    ("fr-FR", "Je vous le redis bien volontiers une troisième fois :", "reminder-repeat"),
    (
        "fr-CA",
        "Bien sûr, je peux vous le réexpliquer, comme indiqué dans notre courriel "
        "et dans mon dernier message.",
        "reminder",
    ),
    ("es-ES", "Con mucho gusto se lo explico una cuarta vez:", "reminder-repeat"),
    ("es-MX", "Te lo repito con gusto por tercera vez.", "reminder-repeat"),
    ("es-ES", "Se lo vuelvo a explicar, encantada, por tercera vez.", "reminder-repeat"),
    ("es-MX", "No me cuesta nada repetírselo una tercera vez:", "reminder-repeat"),
    (
        "es-ES",
        "Claro, se lo puedo explicar otra vez, como ya le indicamos en el correo "
        "y en mi último mensaje.",
        "reminder",
    ),
    ("pt-BR", "Explico com muito prazer pela terceira vez:", "reminder-repeat"),
    ("pt-PT", "Repito-lhe de bom grado uma quarta vez:", "reminder-repeat"),
    ("pt-BR", "Tudo bem, eu repito com todo o prazer pela terceira vez.", "reminder-repeat"),
    ("pt-PT", "Não me custa nada repetir pela terceira vez:", "reminder-repeat"),
    (
        "pt-BR",
        "Claro, posso explicar de novo, como já dissemos no e-mail e na minha última mensagem.",
        "reminder",
    ),
    ("it-IT", "Le rispiego con piacere per la terza volta:", "reminder-repeat"),
    ("it-IT", "Te lo ripeto volentieri una quarta volta.", "reminder-repeat"),
    ("it-IT", "Nessun problema, glielo ridico con piacere per la terza volta.", "reminder-repeat"),
    ("it-IT", "Glielo rispiego ben volentieri, per la terza volta:", "reminder-repeat"),
    (
        "it-IT",
        "Certo, posso spiegarglielo di nuovo, come già scritto nella mail "
        "e nel mio ultimo messaggio.",
        "reminder",
    ),
]

R3_GOOD = [
    ("fr-FR", "Je vous répète volontiers les étapes : 1. ouvrez l'appli ; 2. touchez Profil."),
    ("fr-CA", "Je peux vous l'expliquer de nouveau si ça vous aide."),
    ("es-ES", "Con gusto le repito los pasos: 1. abra la app; 2. pulse Perfil."),
    ("es-MX", "Puedo explicárselo otra vez si le sirve."),
    ("pt-BR", "Repito com prazer os passos: 1. abra o app; 2. toque em Perfil."),
    ("pt-PT", "Posso explicar outra vez, se ajudar."),
    ("it-IT", "Le ripeto volentieri i passaggi: 1. apra l'app; 2. tocchi Profilo."),
    ("it-IT", "Posso rispiegarglielo se le è utile."),
]

R4_BAD = [
    (
        "es-ES",
        "Como ya le indicamos en el correo y en mi último mensaje, el plazo es de 14 días.",
        "reminder",
    ),
    (
        "es-MX",
        "Tal como le expliqué en el email y también en mis mensajes anteriores, "
        "la tarjeta está bloqueada.",
        "reminder",
    ),
    (
        "es-ES",
        "Como ya te comenté en el mail del lunes y luego en mis dos últimos mensajes, "
        "el cupón caducó.",
        "reminder",
    ),
    (
        "pt-PT",
        "Como já referi no email e na minha última mensagem, o prazo é de 14 dias.",
        "reminder",
    ),
    (
        "pt-PT",
        "Tal como informámos no email e também nas mensagens anteriores, o cartão está bloqueado.",
        "reminder",
    ),
    (
        "pt-BR",
        "Conforme já te disse no e-mail de ontem e depois nas últimas mensagens, o cupom venceu.",
        "reminder",
    ),
]

R4_GOOD = [
    ("es-ES", "Como le indicamos en el correo, su plan se renueva el día 1."),
    ("es-MX", "Quedo a la espera de su respuesta, sin prisa."),
    ("pt-PT", "Como indicado no email que enviámos, o seu plano renova no dia 1."),
    ("pt-BR", "Fico aguardando sua resposta, sem pressa."),
    ("fr-CA", "J'attends votre réponse, prenez tout votre temps."),
    ("it-IT", "Resto in attesa di sue notizie."),
]

R8_BAD = [
    ("fr-FR", "Oui oui, j'ai bien compris.", "impatience"),
    ("fr-CA", "Oui, oui, je l'ai lu.", "impatience"),
    ("fr-FR", "Ouais ouais, j'ai compris, merci.", "impatience"),
    ("fr-CA", "Oui oui, c'est bon, j'ai saisi.", "impatience"),
    ("fr-FR", "Oui, oui, j'avais compris la première fois.", "impatience"),
    ("es-ES", "Sí sí, ya lo he leído.", "impatience"),
    ("es-MX", "Sí, sí, ya entendí, gracias.", "impatience"),
    ("es-ES", "Que sí, que sí, ya lo he entendido.", "impatience"),
    ("es-MX", "Sí, sí, eso ya lo leí.", "impatience"),
    ("es-ES", "Sí sí, ya me quedó claro.", "impatience"),
    ("pt-BR", "Sim sim, já entendi.", "impatience"),
    ("pt-PT", "Sim, sim, já li isso.", "impatience"),
    ("pt-BR", "Tá, tá, já entendi.", "impatience"),
    ("pt-PT", "Sim, sim, eu percebi à primeira.", "impatience"),
    ("pt-PT", "Sim, sim, já vi.", "impatience"),
    ("it-IT", "Sì, sì, l'ho letto.", "impatience"),
    ("it-IT", "Sì sì, ho già capito, grazie.", "impatience"),
    ("it-IT", "Sì, sì, ho inteso.", "impatience"),
    ("it-IT", "Sì sì, ho capito benissimo.", "impatience"),
    ("it-IT", "Sì sì, l'ho capito al primo messaggio.", "impatience"),
]

R8_GOOD = [
    ("fr-FR", "Oui, j'ai bien compris, je corrige tout de suite."),
    ("fr-CA", "Oui, oui, c'est bien ça, votre colis est parti !"),
    ("es-ES", "Sí, entendido: lo corrijo ahora."),
    ("es-MX", "Sí, sí, su pedido ya salió."),
    ("pt-BR", "Sim, entendi — vou corrigir agora."),
    ("pt-PT", "Sim, sim, a encomenda já saiu."),
    ("it-IT", "Sì, capito: lo sistemo subito."),
    ("it-IT", "Sì, sì, il pacco è già partito."),
]

R10_BAD = [
    ("fr-FR", "Content que vous donniez enfin signe de vie.", "sarcasm"),
    ("fr-CA", "Sympa de votre part de vous manifester aussi maintenant.", "sarcasm"),
    ("fr-FR", "Ravi que vous nous répondiez, enfin.", "sarcasm"),
    ("fr-FR", "Tiens, c'est gentil de répondre enfin.", "sarcasm"),
    ("fr-CA", "Contente que tu te manifestes enfin.", "sarcasm"),
    ("es-ES", "Qué bien que ahora también se comunique con nosotros.", "sarcasm"),
    ("es-MX", "Me alegra que por fin dé señales de vida.", "sarcasm"),
    ("es-ES", "Qué bueno que por fin nos escribe.", "sarcasm"),
    ("es-MX", "Genial que ahora sí contestes.", "sarcasm"),
    ("es-ES", "Muy amable por su parte aparecer también ahora.", "sarcasm"),
    ("pt-PT", "Que bom que agora também resolveu falar connosco.", "sarcasm"),
    ("pt-BR", "Ainda bem que finalmente deu sinal de vida.", "sarcasm"),
    ("pt-PT", "Que simpático aparecer finalmente.", "sarcasm"),
    ("pt-BR", "Que bom que você resolveu responder, enfim.", "sarcasm"),
    ("pt-BR", "Olha só, até que enfim respondeu.", "sarcasm"),
    ("it-IT", "Che bello che ora si faccia sentire anche lei.", "sarcasm"),
    ("it-IT", "Bene che finalmente si sia fatto vivo.", "sarcasm"),
    ("it-IT", "Gentile da parte sua rispondere, finalmente.", "sarcasm"),
    ("it-IT", "Meno male che adesso si fa sentire anche lei.", "sarcasm"),
    ("it-IT", "Ah, finalmente si fa vivo!", "sarcasm"),
]

R10_GOOD = [
    ("fr-FR", "Contente que vous nous écriviez : comment puis-je vous aider ?"),
    ("fr-CA", "Merci de votre réponse, je regarde ça."),
    ("es-ES", "Qué bien que nos escribe: ¿en qué le ayudo?"),
    ("es-MX", "Gracias por su respuesta, lo reviso."),
    ("pt-BR", "Que bom que entrou em contato — como posso ajudar?"),
    ("pt-PT", "Obrigada pela resposta, vou verificar."),
    ("it-IT", "Che bello sentirla: come posso aiutarla?"),
    ("it-IT", "Grazie della risposta, controllo subito."),
]

BAD = R1_BAD + R2_BAD + R3_BAD + R4_BAD + R8_BAD + R10_BAD
GOOD = R1_GOOD + R2_GOOD + R3_GOOD + R4_GOOD + R8_GOOD + R10_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
