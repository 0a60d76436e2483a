"""Tone kinds of blind round 18 (brief tone-v11) in French, Spanish, Portuguese and Italian.

Each bad text is a variant in other words of a kind the round showed: R1 counterfactual
blame ("had you read it, we wouldn't be here"), R2 "the problem is that you ...", R3 the
sarcastic offer to repeat it a third time, R4 reminders that list the earlier messages
and sarcastic patience, R5 "as you surely know" before a basic fact and "did you even
check ...?", R6 patronising checks ("think you'll manage?", "try to remember it this
time", explaining a basic word), R7 "a grandchild can surely help", R8 the doubled "yes
yes, I understood", R9 hand-offs that only say "they'll tell you there" and "not handled
in this chat", R10 sarcasm about finally hearing back. Each good text is a near miss
with the same words used innocently. Written for this test, not copied from any draft.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

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
        "fr-FR",
        "Comme déjà précisé dans notre courriel et dans mon message précédent, "
        "le délai est de 14 jours.",
        "reminder",
    ),
    (
        "fr-CA",
        "Comme indiqué à la fois dans notre mail et dans mes deux derniers messages, "
        "la carte est bloquée.",
        "reminder",
    ),
    (
        "fr-FR",
        "Ainsi que je l'ai écrit dans le mail de confirmation puis dans mon dernier message, "
        "le colis part lundi.",
        "reminder",
    ),
    ("fr-FR", "J'attends, quand vous aurez un moment.", "sarcastic-aside"),
    ("fr-CA", "Je t'attends, hein, quand t'auras le temps.", "sarcastic-aside"),
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
        "Como ya se hizo en los mensajes anteriores, le envío de nuevo el enlace.",
        "reminder",
    ),
    ("es-MX", "Aquí espero, cuando tenga un rato.", "sarcastic-aside"),
    ("es-ES", "Yo espero, cuando usted pueda.", "sarcastic-aside"),
    (
        "pt-PT",
        "Como já referi no email e na minha última mensagem, o prazo é de 14 dias.",
        "reminder",
    ),
    (
        "pt-BR",
        "Conforme já feito nas mensagens anteriores, reenvio o link.",
        "reminder",
    ),
    (
        "pt-PT",
        "Tal como informámos no email e também nas mensagens anteriores, o cartão está bloqueado.",
        "reminder",
    ),
    ("pt-PT", "Fico à espera, quando tiver tempo.", "sarcastic-aside"),
    ("pt-BR", "Eu aguardo, quando o senhor puder.", "sarcastic-aside"),
    (
        "it-IT",
        "Come già indicato nella mail e nel mio ultimo messaggio, il termine è di 14 giorni.",
        "reminder",
    ),
    (
        "it-IT",
        "Come già spiegato nei miei precedenti messaggi e nella mail, la carta è bloccata.",
        "reminder",
    ),
    (
        "it-IT",
        "Come le ho scritto sia nella mail sia nell'ultimo messaggio, il pacco parte lunedì.",
        "reminder",
    ),
    ("it-IT", "Resto in attesa, quando avrà un momento.", "sarcastic-aside"),
    ("it-IT", "Aspetto, quando le fa comodo.", "sarcastic-aside"),
]

R4_GOOD = [
    (
        "fr-FR",
        "Comme indiqué dans le mail que nous vous avons envoyé, votre abonnement se renouvelle le 1er.",
    ),
    ("fr-CA", "J'attends votre réponse, prenez tout votre temps."),
    ("es-ES", "Como le indicamos en el correo, su plan se renueva el día 1."),
    ("es-MX", "Quedo a la espera de su respuesta, sin prisa."),
    ("pt-PT", "Como indicado no email que enviámos, o seu plano renova no dia 1."),
    ("pt-BR", "Fico aguardando sua resposta, sem pressa."),
    ("it-IT", "Come indicato nella mail che le abbiamo inviato, il suo piano si rinnova il 1°."),
    ("it-IT", "Resto in attesa di sue notizie."),
]

R5_BAD = [
    ("fr-FR", "Comme vous le savez sûrement, une box a besoin d'électricité.", "talking-down"),
    (
        "fr-CA",
        "Comme tu le sais sans doute, il faut internet pour que l'appli marche.",
        "talking-down",
    ),
    (
        "fr-FR",
        "Vous savez sûrement qu'un modem doit être branché pour fonctionner.",
        "talking-down",
    ),
    ("fr-FR", "Avez-vous seulement vérifié que l'appareil était branché ?", "talking-down"),
    ("fr-CA", "Est-ce que vous avez au moins regardé si la prise fonctionne ?", "talking-down"),
    ("es-ES", "Como seguramente sabe, el router necesita corriente.", "talking-down"),
    ("es-MX", "Como ya sabrás, sin internet la app no funciona.", "talking-down"),
    ("es-ES", "Como sin duda sabe, la impresora tiene que estar enchufada.", "talking-down"),
    ("es-MX", "¿De verdad comprobó que estaba enchufado?", "talking-down"),
    ("es-ES", "¿Al menos revisó si el móvil tenía batería?", "talking-down"),
    ("pt-PT", "Como certamente sabe, o router precisa de eletricidade.", "talking-down"),
    (
        "pt-BR",
        "Como você com certeza sabe, sem internet o aplicativo não funciona.",
        "talking-down",
    ),
    ("pt-PT", "Como deve saber, o modem tem de estar ligado à tomada.", "talking-down"),
    ("pt-PT", "Chegou sequer a verificar se estava ligado?", "talking-down"),
    ("pt-BR", "O senhor ao menos conferiu se a senha estava certa?", "talking-down"),
    ("it-IT", "Come sicuramente saprà, il modem ha bisogno di corrente.", "talking-down"),
    ("it-IT", "Come di certo sai, senza internet l'app non funziona.", "talking-down"),
    (
        "it-IT",
        "Come lei certamente sa, la stampante deve essere collegata alla presa.",
        "talking-down",
    ),
    ("it-IT", "Ha almeno controllato che fosse acceso?", "talking-down"),
    ("it-IT", "Ma ha davvero verificato che la spina fosse inserita?", "talking-down"),
]

R5_GOOD = [
    ("fr-FR", "Comme vous le savez peut-être, nos horaires d'ouverture ont changé."),
    ("fr-CA", "Avez-vous vérifié le dossier des courriels indésirables ?"),
    ("es-ES", "Como quizá sepa, cambiamos el horario de atención."),
    ("es-MX", "¿Revisó la carpeta de spam?"),
    ("pt-PT", "Como talvez saiba, mudámos o horário de atendimento."),
    ("pt-BR", "Verificou a pasta de spam?"),
    ("it-IT", "Come forse saprà, abbiamo cambiato gli orari di apertura."),
    ("it-IT", "Ha controllato la cartella spam?"),
]

R6_BAD = [
    ("fr-FR", "Vous pensez pouvoir vous en sortir ?", "patronising"),
    ("fr-CA", "Tu penses y arriver tout seul ?", "patronising"),
    ("fr-FR", "Vous croyez que vous allez y arriver ?", "patronising"),
    ("fr-FR", "Essayez de vous en souvenir cette fois, d'accord ?", "patronising"),
    ("fr-CA", "Tâchez de retenir ça cette fois-ci.", "patronising"),
    (
        "fr-FR",
        "Alors, un « navigateur », c'est le programme qui vous sert à ouvrir les sites.",
        "patronising",
    ),
    ("es-ES", "¿Cree que podrá con eso?", "patronising"),
    ("es-MX", "¿Crees que lo vas a lograr?", "patronising"),
    ("es-ES", "Intente acordarse esta vez, ¿vale?", "patronising"),
    ("es-MX", "Procura recordarlo esta vez.", "patronising"),
    (
        "es-ES",
        "Una «contraseña» es la palabra secreta que usted escribe para entrar.",
        "patronising",
    ),
    ("pt-BR", "Acha que dá conta?", "patronising"),
    ("pt-PT", "Acha que consegue fazer isso sozinho?", "patronising"),
    ("pt-BR", "Você acha que vai conseguir?", "patronising"),
    ("pt-PT", "Tente lembrar-se disso desta vez, está bem?", "patronising"),
    ("pt-BR", "Procure não esquecer desta vez, ok?", "patronising"),
    (
        "pt-BR",
        'Uma "senha" é a palavra secreta que o senhor digita para entrar.',
        "patronising",
    ),
    ("it-IT", "Crede di farcela da solo?", "patronising"),
    ("it-IT", "Pensi di potercela fare?", "patronising"),
    ("it-IT", "Cerchi di ricordarselo questa volta, va bene?", "patronising"),
    ("it-IT", "Provi a tenerlo a mente stavolta, ok?", "patronising"),
    ("it-IT", "Una «password» è la parola segreta che lei digita per entrare.", "patronising"),
]

R6_GOOD = [
    ("fr-FR", "Vous pouvez faire les étapes seul, ou je reste en ligne avec vous ?"),
    ("fr-CA", "Pensez à apporter votre pièce d'identité cette fois."),
    ("fr-FR", "Vous pensez pouvoir passer en agence avant vendredi ?"),
    ("es-ES", "¿Puede hacer los pasos solo o prefiere que me quede en el chat?"),
    ("es-MX", "Recuerde traer su identificación esta vez."),
    ("pt-BR", "Consegue fazer os passos sozinho ou prefere que eu fique no chat?"),
    ("pt-PT", "Lembre-se de trazer o documento desta vez."),
    ("it-IT", "Riesce a fare i passaggi da solo o preferisce che resti in chat?"),
    ("it-IT", "Si ricordi di portare il documento questa volta."),
    ("it-IT", "Pensa di riuscire a passare in negozio entro venerdì?"),
]

R7_BAD = [
    (
        "fr-FR",
        "Si c'est trop compliqué, un petit-enfant pourra sûrement vous aider.",
        "talking-down",
    ),
    ("fr-CA", "Demandez à vos petits-enfants, ils sauront faire.", "talking-down"),
    ("fr-FR", "Votre petit-fils pourra sans doute vous montrer.", "talking-down"),
    ("fr-FR", "Vos enfants pourront certainement vous aider avec ça.", "talking-down"),
    ("fr-CA", "Peut-être que votre petite-fille peut vous aider.", "talking-down"),
    (
        "es-ES",
        "Si le resulta difícil, seguro que algún nieto le puede echar una mano.",
        "talking-down",
    ),
    ("es-MX", "Pídale ayuda a un nieto, ellos saben de esto.", "talking-down"),
    ("es-ES", "Quizá su nieta pueda ayudarle.", "talking-down"),
    ("es-MX", "Seguramente sus hijos le pueden ayudar con esto.", "talking-down"),
    ("es-ES", "Algún nieto le configura el móvil en un minuto.", "talking-down"),
    ("pt-PT", "Se achar difícil, de certeza que um neto o ajuda.", "talking-down"),
    ("pt-BR", "Peça ajuda a um neto, eles entendem disso.", "talking-down"),
    ("pt-PT", "Talvez a sua neta possa ajudar.", "talking-down"),
    ("pt-BR", "Os seus filhos com certeza conseguem ajudar o senhor.", "talking-down"),
    ("pt-BR", "Um netinho resolve isso em dois minutos.", "talking-down"),
    ("it-IT", "Magari un nipote può darle una mano.", "talking-down"),
    ("it-IT", "Chieda a un nipote, loro queste cose le sanno fare.", "talking-down"),
    ("it-IT", "Sicuramente i suoi figli possono aiutarla.", "talking-down"),
    ("it-IT", "Forse sua nipote riesce a sistemarglielo.", "talking-down"),
    ("it-IT", "Un nipotino glielo configura in due minuti.", "talking-down"),
]

R7_GOOD = [
    (
        "fr-FR",
        "Un membre de votre famille peut aussi nous appeler à votre place si vous donnez votre accord.",
    ),
    ("fr-CA", "Votre petit-fils peut retirer le colis avec une procuration signée."),
    ("es-ES", "Un familiar también puede llamarnos en su nombre si usted lo autoriza."),
    ("es-MX", "Su nieto puede recoger el paquete con una autorización firmada."),
    ("pt-PT", "Um familiar pode também ligar-nos em seu nome, se nos der autorização."),
    ("pt-BR", "O seu neto pode retirar a encomenda com uma autorização assinada."),
    ("it-IT", "Un familiare può anche chiamarci a suo nome se ci dà il consenso."),
    ("it-IT", "Suo nipote può ritirare il pacco con una delega firmata."),
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

R9_BAD = [
    ("fr-FR", "Passez en boutique, on vous expliquera sur place.", "hand-off"),
    ("fr-CA", "Rendez-vous en succursale, ils vous le diront.", "hand-off"),
    ("fr-FR", "Voyez en magasin, là-bas ils sauront vous répondre.", "hand-off"),
    ("fr-FR", "Ce sujet ne se traite pas par ce chat.", "hand-off"),
    ("fr-CA", "Ça se règle pas ici, par clavardage.", "hand-off"),
    ("es-ES", "Acérquese a una oficina y que ahí le expliquen.", "hand-off"),
    ("es-MX", "Pase a la sucursal, allá le informan.", "hand-off"),
    ("es-ES", "Vaya a una tienda, allí se lo dirán.", "hand-off"),
    ("es-ES", "Ese asunto no se trata por este chat.", "hand-off"),
    ("es-MX", "Eso no se ve por aquí.", "hand-off"),
    (
        "pt-BR",
        "Isso aí é com a operadora. Não tem nada que eu possa fazer, liga pra eles.",
        "hand-off",
    ),
    (
        "pt-BR",
        "Liga pra transportadora, isso aí é com eles, não tem nada que a gente possa fazer.",
        "hand-off",
    ),
    ("pt-PT", "Vá a uma loja e lá explicam-lhe.", "hand-off"),
    ("pt-PT", "Dirija-se a um balcão, lá dizem-lhe tudo.", "hand-off"),
    ("pt-PT", "Esse assunto não se trata por este chat.", "hand-off"),
    ("it-IT", "Passi in negozio, là le spiegheranno.", "hand-off"),
    ("it-IT", "Si rechi in agenzia, glielo diranno lì.", "hand-off"),
    ("it-IT", "Vada allo sportello, sapranno dirglielo loro.", "hand-off"),
    ("it-IT", "Questa cosa non si gestisce in questa chat.", "hand-off"),
    ("it-IT", "Sono questioni che non si trattano via chat.", "hand-off"),
]

R9_GOOD = [
    ("fr-FR", "L'agence peut vous l'imprimer aujourd'hui ; voici l'adresse."),
    ("fr-CA", "Passez en succursale avec une pièce d'identité, ils vous remettront la carte."),
    ("es-ES", "En la sucursal se lo pueden imprimir hoy; le paso la dirección."),
    ("es-MX", "Ese tema lo ve la operadora, pero le abro el reclamo yo mismo."),
    ("pt-BR", "Isso é com a transportadora, mas eu mesmo abro a reclamação para você."),
    ("pt-PT", "A loja pode imprimir hoje; aqui está a morada."),
    ("it-IT", "In filiale possono stamparglielo oggi; ecco l'indirizzo."),
    ("it-IT", "Passi in filiale con un documento, le consegneranno la carta."),
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

BAD = R1_BAD + R2_BAD + R3_BAD + R4_BAD + R5_BAD + R6_BAD + R7_BAD + R8_BAD + R9_BAD + R10_BAD
GOOD = (
    R1_GOOD
    + R2_GOOD
    + R3_GOOD
    + R4_GOOD
    + R5_GOOD
    + R6_GOOD
    + R7_GOOD
    + R8_GOOD
    + R9_GOOD
    + R10_GOOD
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
