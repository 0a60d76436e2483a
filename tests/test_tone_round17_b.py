"""Tone kinds of blind round 17 in French, Spanish, Portuguese and Italian: variants the
guide examples do not spell out, and near misses that must stay clean.

Written for this test, in other words than the brief and the drafts: K1 blame as a
general truth ("that's what happens when one doesn't ..."), K2 fault with a hedge ("a bit
your fault") and the pointed "the app does tell you", K3 the over-polite "once again"
reminder and "it was even in bold", K4 counting the times at the start of a sentence, K5
"asking again won't make it faster", K6 sarcastic waiting, "read it to the end this time"
and the pressured ultimatum, K7 "a matter for X, not us", K8 talking down about ease, K9
cutting the customer off.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

K1_BAD = [
    ("fr-FR", "Voilà ce qui arrive quand on ne lit pas les conditions.", "blame-back"),
    ("fr-CA", "C'est ce qui se passe quand on fait pas attention.", "blame-back"),
    ("fr-FR", "C'est ce qui arrive lorsqu'on ne vérifie pas son adresse.", "blame-back"),
    ("fr-CA", "Ben oui, c'est ça qui arrive quand on n'est pas prudent.", "blame-back"),
    ("fr-FR", "Voilà ce qui se produit quand vous ne suivez pas la notice.", "blame-back"),
    ("es-ES", "Es lo que pasa cuando uno no lee las instrucciones.", "blame-back"),
    ("es-MX", "Eso es lo que ocurre cuando no se revisan los datos antes de pagar.", "blame-back"),
    ("es-ES", "Esto pasa por no fijarse en la talla.", "blame-back"),
    ("es-MX", "Pues es lo que sucede cuando uno no presta atención.", "blame-back"),
    ("es-ES", "Eso le pasa por no leer el correo completo.", "blame-back"),
    ("es-MX", "Es lo que pasa cuando no lees bien las condiciones.", "blame-back"),
    ("pt-BR", "É o que acontece quando a gente não lê as instruções.", "blame-back"),
    ("pt-PT", "Isso é o que acontece quando não se confere a morada.", "blame-back"),
    ("pt-PT", "É isso que dá não ler o contrato até ao fim.", "blame-back"),
    ("pt-PT", "Pois, é no que dá não prestar atenção.", "blame-back"),
    ("pt-BR", "É o que acontece quando você não confere o endereço.", "blame-back"),
    ("pt-BR", "Dá nisso quando não se tem cuidado com a senha.", "blame-back"),
    ("it-IT", "È quello che succede quando non si leggono le istruzioni.", "blame-back"),
    ("it-IT", "Ecco cosa capita quando uno non fa attenzione.", "blame-back"),
    ("it-IT", "Ecco cosa succede a non controllare l'indirizzo.", "blame-back"),
    ("it-IT", "Questo è ciò che accade se non si sta attenti.", "blame-back"),
    ("it-IT", "È quello che succede quando lei non legge le condizioni.", "blame-back"),
    ("it-IT", "È quello che capita a chi non legge le mail fino in fondo.", "blame-back"),
]

K1_GOOD = [
    ("fr-FR", "C'est ce qui arrive quand la carte expire : le paiement est refusé."),
    ("fr-CA", "C'est ce qui se passe quand on ne reçoit pas le code : on en redemande un."),
    ("es-ES", "Es lo que pasa cuando la tarjeta caduca: el banco rechaza el cargo."),
    ("es-MX", "Esto pasa por no haber stock en el almacén; ya pedimos más."),
    ("pt-BR", "É o que acontece quando o cartão vence: o pagamento é recusado."),
    ("pt-PT", "É isso que dá direito ao desconto de fidelização."),
    ("it-IT", "È quello che succede quando la carta scade: il pagamento viene rifiutato."),
    ("it-IT", "Ecco cosa succede quando non si riceve il codice: basta richiederne uno."),
]

K2_BAD = [
    ("fr-FR", "Là, c'est quand même un peu de votre faute.", "fault"),
    ("fr-CA", "Disons que c'est en partie votre responsabilité.", "fault"),
    ("fr-CA", "Ça, c'est un peu sur vous.", "fault"),
    ("fr-FR", "Sur ce coup, c'est plutôt de ta faute.", "fault"),
    ("fr-FR", "L'application vous demande pourtant de vérifier l'adresse avant de payer.", "fault"),
    ("fr-CA", "Le site te dit pourtant bien de choisir ta taille avant de commander.", "fault"),
    ("es-ES", "Esto es un poco culpa suya, la verdad.", "fault"),
    ("es-MX", "Siendo sinceros, es bastante culpa tuya.", "fault"),
    ("es-ES", "En parte, la responsabilidad es suya.", "fault"),
    ("es-MX", "Me temo que esto corre un poco por su cuenta.", "fault"),
    ("es-ES", "La app ya le avisa de que revise la dirección antes de pagar.", "fault"),
    ("es-MX", "Pero si la página ya te pide que confirmes los datos antes de pagar.", "fault"),
    ("pt-BR", "Isso aí é meio culpa sua, né.", "fault"),
    ("pt-PT", "A culpa é um bocado sua, sinceramente.", "fault"),
    ("pt-BR", "Nesse caso a responsabilidade é em parte do senhor.", "fault"),
    ("pt-PT", "Isto fica um pouco por sua conta.", "fault"),
    ("pt-BR", "O aplicativo já avisa para conferir o endereço antes de pagar.", "fault"),
    ("pt-PT", "Mas a app até diz para verificar a morada antes de pagar.", "fault"),
    ("it-IT", "Diciamo che è un po' colpa sua.", "fault"),
    ("it-IT", "Qui la colpa è un pochino tua.", "fault"),
    ("it-IT", "In parte la responsabilità è sua, mi spiace.", "fault"),
    ("it-IT", "È più che altro colpa sua, in questo caso.", "fault"),
    ("it-IT", "L'app le dice pure di controllare l'indirizzo prima di pagare.", "fault"),
    ("it-IT", "Eppure il sito ti avvisa di verificare la taglia prima dell'ordine.", "fault"),
]

K2_GOOD = [
    ("fr-FR", "L'application vous indique quand le colis est en cours de livraison."),
    ("fr-CA", "Ce n'est pas du tout votre faute, c'est un peu notre erreur."),
    ("es-ES", "La app le avisa cuando el pedido sale a reparto."),
    ("es-MX", "No es culpa suya en absoluto; el fallo es nuestro."),
    ("pt-BR", "O aplicativo avisa quando o pedido sai para entrega."),
    ("pt-PT", "Não é culpa sua, o erro foi um pouco do nosso sistema."),
    ("it-IT", "L'app le dice quando il pacco è in consegna."),
    ("it-IT", "Non è affatto colpa sua, è un errore nostro."),
]

K3_BAD = [
    (
        "fr-FR",
        "Je me permets de vous rappeler encore une fois que le délai est dépassé.",
        "reminder-repeat",
    ),
    (
        "fr-CA",
        "Je dois à nouveau vous signaler que la garantie ne couvre pas la casse.",
        "reminder-repeat",
    ),
    (
        "fr-FR",
        "Permettez-moi de vous rappeler, une fois de plus, que le paiement est dû.",
        "reminder-repeat",
    ),
    ("fr-CA", "Je te rappelle de nouveau, poliment, que l'offre a expiré.", "reminder-repeat"),
    ("fr-FR", "C'était pourtant écrit en gras dans le mail de confirmation.", "sarcastic-aside"),
    (
        "fr-CA",
        "C'était même indiqué en gros caractères en haut de notre courriel.",
        "sarcastic-aside",
    ),
    ("es-ES", "Le recuerdo nuevamente que el plazo ya venció.", "reminder-repeat"),
    ("es-MX", "Debo señalarle otra vez que la garantía no cubre golpes.", "reminder-repeat"),
    (
        "es-ES",
        "Me permito recordarte de nuevo, amablemente, que la oferta terminó.",
        "reminder-repeat",
    ),
    ("es-MX", "Vuelvo a recordarle que el pago sigue pendiente.", "reminder-repeat"),
    ("es-ES", "Estaba incluso en negrita en el correo de confirmación.", "sarcastic-aside"),
    ("es-MX", "Y eso venía hasta en letras grandes arriba del correo.", "sarcastic-aside"),
    ("pt-PT", "Volto a lembrar que o prazo já terminou.", "reminder-repeat"),
    ("pt-BR", "Devo lembrá-lo novamente de que a garantia não cobre quedas.", "reminder-repeat"),
    ("pt-BR", "Reforço de novo que o pagamento está em atraso.", "reminder-repeat"),
    ("pt-PT", "Permita-me relembrar, outra vez, que a oferta acabou.", "reminder-repeat"),
    ("pt-BR", "Estava até em negrito no e-mail de confirmação.", "sarcastic-aside"),
    ("pt-PT", "Isso vinha escrito em letras garrafais logo no topo do e-mail.", "sarcastic-aside"),
    (
        "it-IT",
        "Mi permetto di ricordarle di nuovo che la garanzia non copre i danni.",
        "reminder-repeat",
    ),
    ("it-IT", "Devo segnalarle nuovamente che il pagamento è in ritardo.", "reminder-repeat"),
    ("it-IT", "Torno a ricordarle che l'offerta è terminata.", "reminder-repeat"),
    (
        "it-IT",
        "Ti ricordo ancora una volta, gentilmente, che il termine è scaduto.",
        "reminder-repeat",
    ),
    ("it-IT", "Era persino scritto in grassetto nella mail di conferma.", "sarcastic-aside"),
    ("it-IT", "C'era scritto a caratteri cubitali in cima alla nostra email.", "sarcastic-aside"),
]

K3_GOOD = [
    ("fr-FR", "Je me permets de vous rappeler que l'offre se termine vendredi."),
    ("fr-CA", "Vous trouverez en gras la nouvelle date de livraison."),
    (
        "fr-FR",
        "Je me permets de vous rappeler encore une fois que vous pouvez nous joindre 7 jours sur 7.",
    ),
    ("es-ES", "Le recuerdo que la promoción termina el viernes."),
    ("es-MX", "En negrita verá la nueva fecha de entrega."),
    ("es-ES", "Le recuerdo nuevamente que puede escribirnos cuando quiera."),
    ("pt-BR", "Lembro que a promoção termina na sexta-feira."),
    ("pt-PT", "Em negrito vai encontrar a nova data de entrega."),
    ("pt-PT", "Volto a lembrar que pode contactar-nos a qualquer hora."),
    ("it-IT", "Le ricordo che l'offerta termina venerdì."),
    ("it-IT", "In grassetto trova la nuova data di consegna."),
    ("it-IT", "Le ricordo ancora una volta che può contattarci quando vuole."),
]

K4_BAD = [
    (
        "fr-FR",
        "Pour la troisième fois, je vous demande votre numéro de commande.",
        "reminder-repeat",
    ),
    ("fr-CA", "Pour la deuxième fois : il faut joindre la facture.", "reminder-repeat"),
    (
        "fr-FR",
        "Pour la quatrième fois je te pose la question : quel est ton code postal ?",
        "reminder-repeat",
    ),
    ("fr-CA", "Pour la troisième fois, merci de m'envoyer la photo.", "reminder-repeat"),
    ("fr-FR", "Pour la seconde fois, je vous rappelle que le colis est livré.", "reminder-repeat"),
    ("es-ES", "Por tercera vez le pido el número de pedido.", "reminder-repeat"),
    ("es-MX", "Por segunda vez: necesito la foto del producto.", "reminder-repeat"),
    ("es-ES", "Por cuarta vez le solicito la factura.", "reminder-repeat"),
    ("es-MX", "Por tercera vez te digo que no hay reembolso.", "reminder-repeat"),
    ("es-ES", "Por quinta vez, ¿me puede dar su dirección?", "reminder-repeat"),
    ("pt-PT", "Pela terceira vez peço o número da encomenda.", "reminder-repeat"),
    ("pt-BR", "Pela segunda vez: preciso da nota fiscal.", "reminder-repeat"),
    ("pt-PT", "Pela terceira vez lhe pergunto qual é o seu e-mail.", "reminder-repeat"),
    ("pt-BR", "Pela quarta vez te digo que não tem estorno.", "reminder-repeat"),
    ("pt-PT", "Pela quinta vez, envie o comprovativo, por favor.", "reminder-repeat"),
    ("it-IT", "Per la terza volta Le chiedo il numero d'ordine.", "reminder-repeat"),
    ("it-IT", "Per la seconda volta: mi serve la foto dello scontrino.", "reminder-repeat"),
    ("it-IT", "Per la quarta volta le domando la ricevuta.", "reminder-repeat"),
    ("it-IT", "Per la terza volta ti ripeto che il rimborso non è previsto.", "reminder-repeat"),
    ("it-IT", "Per la quinta volta, mi mandi la fattura.", "reminder-repeat"),
]

K4_GOOD = [
    (
        "fr-FR",
        "Pour la troisième fois ce mois-ci, votre livraison a pris du retard, et j'en suis désolée.",
    ),
    ("fr-CA", "Pour la deuxième fois, vous remportez notre concours : bravo !"),
    ("es-ES", "Por tercera vez este mes su entrega llegó tarde, y lo siento mucho."),
    ("es-MX", "Por segunda vez consecutiva gana usted nuestro sorteo."),
    ("pt-PT", "Pela terceira vez este mês a sua entrega atrasou, e peço desculpa."),
    ("pt-BR", "Pela segunda vez seguida, você ganhou o nosso sorteio!"),
    ("it-IT", "Per la terza volta questo mese la consegna è arrivata in ritardo, e me ne scuso."),
    ("it-IT", "Per la seconda volta di fila vince il nostro concorso!"),
]

K5_BAD = [
    ("fr-FR", "Relancer ne changera rien au délai.", "impatience"),
    ("fr-CA", "Me redemander ne fera pas arriver le colis plus vite.", "impatience"),
    ("fr-FR", "Ça ne sert à rien de nous réécrire toutes les heures.", "impatience"),
    ("fr-CA", "Poser la question encore une fois ne va pas accélérer les choses.", "impatience"),
    ("fr-FR", "Vous pouvez relancer autant que vous voulez, ça n'ira pas plus vite.", "impatience"),
    ("fr-CA", "C'est pas en redemandant que ça va aller plus vite.", "impatience"),
    ("es-ES", "Preguntar más no hace que llegue antes.", "impatience"),
    ("es-MX", "Por mucho que vuelva a escribir, no va a ir más rápido.", "impatience"),
    ("es-ES", "No sirve de nada que nos escriba cada hora.", "impatience"),
    ("es-MX", "Insistir no va a acelerar el envío.", "impatience"),
    ("es-ES", "Volver a preguntar no cambia nada.", "impatience"),
    ("pt-BR", "Perguntar de novo não adianta.", "impatience"),
    ("pt-BR", "Não adianta mandar mensagem toda hora, não vai chegar mais rápido.", "impatience"),
    ("pt-PT", "Insistir não faz a encomenda chegar mais depressa.", "impatience"),
    ("pt-PT", "Voltar a perguntar não muda nada.", "impatience"),
    ("pt-BR", "Por mais que pergunte, não vai ser mais rápido.", "impatience"),
    ("it-IT", "Chiedere di nuovo non serve.", "impatience"),
    ("it-IT", "Scriverci ogni ora non fa arrivare il pacco prima.", "impatience"),
    ("it-IT", "Insistere non velocizza la pratica.", "impatience"),
    ("it-IT", "Anche se me lo richiedi, non arriva più in fretta.", "impatience"),
    ("it-IT", "Non serve a niente sollecitarci ogni giorno.", "impatience"),
]

K5_GOOD = [
    ("fr-FR", "Relancer le transporteur ne coûte rien, je le fais tout de suite."),
    ("fr-CA", "N'hésitez pas à me redemander si quelque chose n'est pas clair."),
    ("es-ES", "Preguntar no cuesta nada: escríbame cuando quiera."),
    ("es-MX", "Si vuelve a escribir, le atiende cualquier compañero."),
    ("pt-BR", "Perguntar não custa nada, estou aqui para isso."),
    ("pt-PT", "Se voltar a perguntar amanhã, já terei a resposta da transportadora."),
    ("it-IT", "Chiedere non costa nulla: scriva pure quando vuole."),
    ("it-IT", "Se me lo richiede domani, avrò l'aggiornamento del corriere."),
]

K6_BAD = [
    ("fr-FR", "J'attendrai donc que vous trouviez le temps de l'envoyer.", "sarcastic-aside"),
    ("fr-CA", "Bon, j'attends que tu trouves un moment pour le faire.", "sarcastic-aside"),
    ("fr-FR", "Espérons que ce soit le bon jour !", "sarcastic-aside"),
    ("fr-FR", "Lisez peut-être les messages jusqu'au bout, cette fois.", "fault"),
    ("fr-CA", "Cette fois, lisez le courriel jusqu'au bout, s'il vous plaît.", "fault"),
    ("fr-FR", "Sans ce numéro, je ne peux rien faire. C'est vous qui voyez.", "impatience"),
    (
        "fr-CA",
        "J'ai une file d'attente, alors dites-moi si vous voulez régler ça ou pas.",
        "impatience",
    ),
    ("es-ES", "Esperaré a que encuentre un momento para mandarlo.", "sarcastic-aside"),
    ("es-MX", "Pues aquí espero a que saques un ratito para enviarlo.", "sarcastic-aside"),
    ("es-ES", "¡A ver si hoy es el día!", "sarcastic-aside"),
    ("es-MX", "Lea los mensajes hasta el final esta vez, por favor.", "fault"),
    ("es-ES", "Esta vez léalo hasta el final.", "fault"),
    (
        "es-MX",
        "Sin ese dato no puedo hacer nada; tú dime si lo quieres resolver o no.",
        "impatience",
    ),
    (
        "es-ES",
        "Tengo una cola de clientes, así que dígame si quiere solucionarlo o no.",
        "impatience",
    ),
    ("pt-PT", "Fico à espera que arranje tempo para enviar.", "sarcastic-aside"),
    ("pt-BR", "Vou esperando até você achar um tempinho pra mandar.", "sarcastic-aside"),
    ("pt-BR", "Quem sabe hoje é o dia!", "sarcastic-aside"),
    ("pt-PT", "Desta vez leia a mensagem até ao fim.", "fault"),
    ("pt-BR", "Leia até o final desta vez, por favor.", "fault"),
    ("pt-PT", "Sem isso não consigo fazer nada. O senhor é que sabe.", "impatience"),
    ("pt-BR", "Sem o número não posso fazer nada, me diga se quer resolver ou não.", "impatience"),
    ("it-IT", "Aspetterò che trovi il tempo di mandarlo.", "sarcastic-aside"),
    ("it-IT", "Attendo che Lei trovi un momento per inviarlo.", "sarcastic-aside"),
    ("it-IT", "Magari oggi è la volta buona!", "sarcastic-aside"),
    ("it-IT", "Stavolta legga i messaggi fino in fondo.", "fault"),
    ("it-IT", "Legga fino in fondo, questa volta.", "fault"),
    ("it-IT", "Senza il numero non posso fare niente. Veda lei.", "impatience"),
    ("it-IT", "Ho una coda di clienti: mi dica se vuole risolvere o no.", "impatience"),
]

K6_GOOD = [
    ("fr-FR", "J'attends votre réponse et je réserve aussitôt."),
    (
        "fr-CA",
        "Le livreur repasse aujourd'hui : espérons que ce soit le bon jour pour votre colis !",
    ),
    ("fr-FR", "C'est vous qui voyez : point relais ou domicile, les deux sont gratuits."),
    ("es-ES", "Espero su respuesta y lo reservo enseguida."),
    ("es-MX", "¡Ojalá hoy sea el día en que llegue su paquete!"),
    ("es-ES", "Dígame si quiere el envío urgente o no."),
    ("pt-PT", "Fico à espera da sua resposta para fazer a reserva."),
    ("pt-BR", "Quem sabe hoje é o dia em que a encomenda chega!"),
    ("pt-BR", "Você é que sabe: prefere entrega em casa ou retirada na loja?"),
    ("it-IT", "Aspetto la sua risposta e poi prenoto."),
    ("it-IT", "Speriamo che oggi sia la volta buona per la consegna del suo pacco!"),
    ("it-IT", "Veda lei: consegna a domicilio o ritiro in negozio, sono entrambe gratuite."),
]

K7_BAD = [
    ("fr-FR", "C'est un problème avec La Poste, pas avec nous.", "redirect"),
    ("fr-CA", "Ça, c'est l'affaire de votre banque, pas la nôtre.", "redirect"),
    ("fr-FR", "Le souci vient de votre opérateur, pas de nous. Appelez-les.", "redirect"),
    ("fr-CA", "Voyez ça avec le transporteur, le reste ne nous concerne plus.", "redirect"),
    ("fr-FR", "C'est la banque qui gère ça, pas nous.", "redirect"),
    ("es-ES", "Ese tema lo ve su banco, no nosotros.", "redirect"),
    ("es-MX", "Eso es cosa de la paquetería, ya no nuestra.", "redirect"),
    ("es-ES", "Es un problema con Correos, no con nosotros. Comuníquese con ellos.", "redirect"),
    ("es-MX", "Lo demás ya no es asunto nuestro; hable con el transportista.", "redirect"),
    ("es-ES", "Eso lo lleva la operadora, no nosotros, así que llámelos.", "redirect"),
    ("pt-BR", "Isso aí é com a operadora, não tem nada que eu possa fazer.", "redirect"),
    ("pt-PT", "Isso é com os CTT, não connosco.", "redirect"),
    ("pt-BR", "O problema é da transportadora, não nosso. Liga pra eles.", "redirect"),
    ("pt-PT", "O resto já não é da nossa conta, fale com o banco.", "redirect"),
    ("pt-BR", "Isso quem resolve é o banco, não a gente.", "redirect"),
    ("it-IT", "È una questione della banca, non nostra.", "redirect"),
    ("it-IT", "Il problema è del corriere, non nostro. Li chiami.", "redirect"),
    ("it-IT", "Se ne occupa Poste Italiane, non noi.", "redirect"),
    ("it-IT", "Il resto non è più affar nostro, contatti la banca.", "redirect"),
    ("it-IT", "Quella è roba dell'operatore, non nostra: li contatti lei.", "redirect"),
]

K7_GOOD = [
    (
        "fr-FR",
        "C'est la banque qui gère cette partie, mais je vous envoie leur numéro direct et je reste en ligne.",
    ),
    ("fr-CA", "Le problème vient du transporteur, pas de vous : je m'en occupe avec eux."),
    (
        "es-ES",
        "Esa parte la lleva el banco, pero le paso su teléfono directo y sigo aquí con usted.",
    ),
    ("es-MX", "Ese tema lo vemos nosotros con la paquetería, no se preocupe."),
    ("pt-BR", "Essa parte é com o banco, mas eu te passo o telefone direto deles e continuo aqui."),
    ("pt-PT", "Isso é connosco: já abri o pedido de reembolso."),
    (
        "it-IT",
        "Quella parte la gestisce la banca, ma le mando il loro numero diretto e resto in chat.",
    ),
    ("it-IT", "È una questione che risolviamo noi con il corriere, non si preoccupi."),
]

K8_BAD = [
    ("fr-FR", "C'est super simple, n'importe qui peut le faire.", "talking-down"),
    ("fr-CA", "C'est vraiment très simple, quoi.", "talking-down"),
    ("fr-FR", "Je ne vois vraiment pas ce qu'il y a de si compliqué.", "talking-down"),
    ("fr-CA", "Pas besoin d'être ingénieur pour ça.", "talking-down"),
    ("fr-FR", "Franchement, je vois pas ce qui est si difficile là-dedans.", "talking-down"),
    ("fr-CA", "Il ne faut pas être un génie pour cocher une case.", "talking-down"),
    ("es-ES", "Es facilísimo, cualquiera puede hacerlo.", "talking-down"),
    ("es-MX", "Es muy sencillo, eh.", "talking-down"),
    ("es-ES", "La verdad, no sé qué tiene de difícil.", "talking-down"),
    ("es-MX", "No hace falta ser ingeniero para esto.", "talking-down"),
    ("es-ES", "No entiendo qué es lo complicado de rellenar un formulario.", "talking-down"),
    ("es-MX", "Tampoco hay que ser un genio para cambiar la contraseña.", "talking-down"),
    ("pt-BR", "É superfácil, qualquer um consegue.", "talking-down"),
    ("pt-PT", "É mesmo muito simples, pá.", "talking-down"),
    ("pt-PT", "Sinceramente, não sei o que é que tem de difícil.", "talking-down"),
    ("pt-PT", "Não é preciso ser engenheiro para isto.", "talking-down"),
    ("pt-BR", "Não precisa ser nenhum gênio pra trocar a senha.", "talking-down"),
    ("it-IT", "È facilissimo, lo sa fare chiunque.", "talking-down"),
    ("it-IT", "Davvero non capisco cosa ci sia di difficile.", "talking-down"),
    ("it-IT", "Non serve essere un genio per farlo.", "talking-down"),
    ("it-IT", "Non ci vuole un ingegnere per cambiare la password.", "talking-down"),
    ("it-IT", "È semplicissimo, eh.", "talking-down"),
]

K8_GOOD = [
    ("fr-FR", "C'est simple, et je vous guide pas à pas."),
    ("fr-CA", "N'importe qui dans votre foyer peut utiliser le code."),
    ("fr-FR", "Pas besoin de la visite d'un technicien, l'appareil est prêt à l'emploi."),
    ("es-ES", "Es fácil, y le acompaño paso a paso."),
    ("es-MX", "Cualquier persona de su casa puede usar el código."),
    ("es-ES", "No hace falta que venga un técnico; el equipo se instala solo."),
    ("pt-BR", "É fácil, e eu vou te guiando passo a passo."),
    ("pt-PT", "Qualquer pessoa da sua casa pode usar o código."),
    ("pt-PT", "Não é preciso a visita de um técnico: o aparelho já vem configurado."),
    ("it-IT", "È facile, e la accompagno passo passo."),
    ("it-IT", "Chiunque in famiglia può usare il codice."),
    ("it-IT", "Non serve l'intervento di un tecnico: il modem si configura da solo."),
]

K9_BAD = [
    ("fr-FR", "Oui, j'ai compris, pas besoin de répéter.", "impatience"),
    ("fr-CA", "Inutile de me le répéter, j'ai bien lu.", "impatience"),
    ("fr-FR", "Vous n'avez pas besoin de le redire.", "impatience"),
    ("fr-CA", "Donnez-moi le numéro de commande et c'est tout.", "impatience"),
    ("fr-FR", "Écoute, j'ai du monde qui attend.", "impatience"),
    ("es-ES", "Sí, ya lo entendí, no hace falta que lo repita.", "impatience"),
    ("es-MX", "No hace falta que me lo repitas.", "impatience"),
    ("es-ES", "No necesita repetírmelo.", "impatience"),
    ("es-MX", "Deme el número de pedido y ya.", "impatience"),
    ("es-ES", "Mire, tengo una cola de gente esperando.", "impatience"),
    ("pt-BR", "Sim, já entendi, não precisa repetir.", "impatience"),
    ("pt-PT", "Não precisa de repetir isso.", "impatience"),
    ("pt-PT", "Escusa de repetir, já percebi.", "impatience"),
    ("pt-BR", "Mande o número do pedido e pronto.", "impatience"),
    ("pt-PT", "Olhe, tenho uma fila de clientes à espera.", "impatience"),
    ("it-IT", "Sì, ho capito, non serve ripeterlo.", "impatience"),
    ("it-IT", "Non c'è bisogno che me lo ripeta.", "impatience"),
    ("it-IT", "Mi dia il numero d'ordine e basta.", "impatience"),
    ("it-IT", "Guardi, ho una fila di clienti che aspettano.", "impatience"),
    ("it-IT", "Non serve che lo ripeti, ho letto.", "impatience"),
]

K9_GOOD = [
    ("fr-FR", "Pas besoin de répéter votre numéro de carte, je l'ai déjà dans votre dossier."),
    ("fr-CA", "Appuyez sur le bouton vert et c'est tout, vous avez terminé !"),
    ("es-ES", "No hace falta que repita el número de tarjeta, ya lo tengo en su ficha."),
    ("es-MX", "Pulse el botón verde y ya, ¡listo!"),
    ("pt-BR", "Não precisa repetir o número do cartão, já está no seu cadastro."),
    ("pt-PT", "Carregue no botão verde e pronto, já está!"),
    ("it-IT", "Non serve ripetere il numero della carta, lo abbiamo già in archivio."),
    ("it-IT", "Prema il tasto verde e basta, ha finito!"),
]

BAD = K1_BAD + K2_BAD + K3_BAD + K4_BAD + K5_BAD + K6_BAD + K7_BAD + K8_BAD + K9_BAD
GOOD = K1_GOOD + K2_GOOD + K3_GOOD + K4_GOOD + K5_GOOD + K6_GOOD + K7_GOOD + K8_GOOD + K9_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
