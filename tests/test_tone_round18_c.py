"""Tone kinds of blind round 18 (brief tone-v11), second part, in French, Spanish, Portuguese
and Italian.

Each bad text is a variant in other words of a kind the round showed: R4 (fr, it) reminders
that list the earlier messages and the sarcastic "I'll wait, whenever you have time"; R5
condescension about knowledge ("as you surely know, a router needs power", "have you even
checked ...?"); R6 patronising checks ("think you can manage?", "try to remember it this
time", explaining a basic word); R7 "a grandchild can surely help you"; R9 the hand-off
"go to a branch and let them tell you there" and "not handled in this chat.". Each good
text is a near miss with the same words used innocently. Written for this test, not copied
from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

R4_BAD = [
    (
        "fr-FR",
        "Comme indiqué dans notre courriel et dans mon dernier message, le délai est de 14 jours.",
        "reminder",
    ),
    (
        "fr-CA",
        "Tel que précisé dans le courriel, puis dans mes messages précédents, la carte est bloquée.",
        "reminder",
    ),
    (
        "fr-FR",
        "Comme déjà fait dans mes messages précédents, je vous rappelle que le code a expiré.",
        "reminder",
    ),
    ("fr-FR", "Je patiente, quand vous aurez un moment.", "sarcasm"),
    ("fr-FR", "Je reste en attente, quand vous aurez le temps bien sûr.", "sarcasm"),
    ("fr-CA", "J'attends, quand t'auras deux minutes.", "sarcasm"),
    ("fr-FR", "J'attends donc, quand ça vous arrangera.", "sarcasm"),
    (
        "it-IT",
        "Come indicato nella mail e nel mio ultimo messaggio, il termine è di 14 giorni.",
        "reminder",
    ),
    (
        "it-IT",
        "Come già fatto nei miei messaggi precedenti, le ricordo che la carta è bloccata.",
        "reminder",
    ),
    (
        "it-IT",
        "Come scritto nell'email e poi anche nei messaggi precedenti, il codice è scaduto.",
        "reminder",
    ),
    ("it-IT", "Resto in attesa, quando avrà un attimo.", "sarcasm"),
    ("it-IT", "Aspetto, quando ha tempo.", "sarcasm"),
    ("it-IT", "Attendo, quando le farà comodo.", "sarcasm"),
    ("it-IT", "Io resto qui in attesa, quando avrai tempo.", "sarcasm"),
]

R4_GOOD = [
    (
        "fr-FR",
        "Comme indiqué dans le courriel que nous vous avons envoyé, votre forfait se renouvelle "
        "le 1er.",
    ),
    ("fr-CA", "Comme indiqué dans notre mail, le retour est gratuit."),
    ("fr-FR", "Envoyez-moi la photo quand vous aurez le temps, je m'en occupe aussitôt."),
    ("fr-CA", "J'attends votre retour, prenez votre temps."),
    (
        "it-IT",
        "Come indicato nell'email che le abbiamo mandato, il piano si rinnova il giorno 1.",
    ),
    ("it-IT", "Come indicato nella mail di conferma, il corriere passa lunedì."),
    ("it-IT", "Mi mandi la foto quando ha tempo, poi la sistemo subito."),
    ("it-IT", "Resto in attesa della sua conferma."),
]

R5_BAD = [
    (
        "fr-FR",
        "Comme vous le savez sans doute, une box doit être branchée sur le secteur pour marcher.",
        "patronising",
    ),
    (
        "fr-CA",
        "Comme tu le sais sûrement, il faut une connexion Internet pour utiliser l'appli.",
        "patronising",
    ),
    (
        "fr-FR",
        "Comme vous devez le savoir, un mot de passe tient compte des majuscules.",
        "patronising",
    ),
    ("fr-FR", "Vous n'êtes pas sans savoir qu'un modem a besoin d'électricité.", "patronising"),
    ("fr-FR", "Vous avez au moins vérifié que la box est allumée ?", "patronising"),
    ("fr-CA", "Avez-vous seulement regardé si le câble est branché ?", "patronising"),
    ("es-ES", "Como seguramente sabrá, el módem tiene que estar enchufado.", "patronising"),
    ("es-MX", "Como ya sabes, sin internet la app no funciona.", "patronising"),
    (
        "es-ES",
        "Como usted bien sabe, la contraseña distingue entre mayúsculas y minúsculas.",
        "patronising",
    ),
    ("es-MX", "Como sabe de sobra, el cargador tiene que estar conectado.", "patronising"),
    ("es-ES", "¿De verdad comprobó que el cable estaba conectado?", "patronising"),
    ("es-MX", "¿Al menos revisaste si está prendido?", "patronising"),
    (
        "pt-PT",
        "Como certamente saberá, o router tem de estar ligado à corrente.",
        "patronising",
    ),
    (
        "pt-BR",
        "Como você com certeza sabe, o aparelho precisa de internet para funcionar.",
        "patronising",
    ),
    (
        "pt-PT",
        "Como sabe perfeitamente, a palavra-passe distingue maiúsculas de minúsculas.",
        "patronising",
    ),
    ("pt-BR", "Como o senhor deve saber, o carregador precisa estar na tomada.", "patronising"),
    ("pt-BR", "Você pelo menos verificou se o cabo está conectado?", "patronising"),
    ("pt-PT", "Chegou sequer a ver se o equipamento estava ligado?", "patronising"),
    (
        "it-IT",
        "Come sicuramente sa, il router deve essere collegato alla corrente.",
        "patronising",
    ),
    (
        "it-IT",
        "Come saprà di certo, senza connessione internet l'app non funziona.",
        "patronising",
    ),
    (
        "it-IT",
        "Come lei ben sa, la password distingue tra maiuscole e minuscole.",
        "patronising",
    ),
    ("it-IT", "Come dovrebbe sapere, il caricatore va attaccato alla presa.", "patronising"),
    ("it-IT", "Ha almeno controllato che il cavo sia collegato?", "patronising"),
    ("it-IT", "Ma ha davvero verificato che il modem fosse acceso?", "patronising"),
]

R5_GOOD = [
    ("fr-FR", "Comme vous le savez peut-être, nos horaires d'ouverture ont changé."),
    ("fr-CA", "Avez-vous vérifié le dossier des courriels indésirables ?"),
    ("fr-FR", "Comme vous le savez, votre forfait se renouvelle le 5."),
    ("es-ES", "Como quizá sepa, hemos cambiado el horario de atención."),
    ("es-MX", "¿Ya revisó la carpeta de spam?"),
    ("pt-PT", "Como talvez saiba, mudámos o horário das lojas."),
    ("pt-BR", "Você já verificou a pasta de spam?"),
    ("it-IT", "Come forse saprà, abbiamo cambiato gli orari del negozio."),
    ("it-IT", "Ha controllato la cartella spam?"),
]

R6_BAD = [
    ("fr-FR", "Vous croyez pouvoir y arriver ?", "patronising"),
    ("fr-CA", "Tu penses être capable de faire ça ?", "patronising"),
    ("fr-FR", "Pensez-vous vous en sortir tout seul ?", "patronising"),
    ("fr-FR", "Tâchez de le retenir cette fois-ci, d'accord ?", "patronising"),
    ("fr-CA", "Essaie de t'en rappeler cette fois.", "patronising"),
    (
        "fr-FR",
        "Un « navigateur », c'est le programme qui vous sert à aller sur Internet.",
        "patronising",
    ),
    ("es-ES", "¿Cree que podrá con eso?", "patronising"),
    ("es-MX", "¿Crees que vas a poder hacerlo solo?", "patronising"),
    ("es-ES", "¿Se ve capaz de hacerlo?", "patronising"),
    ("es-ES", "Intente acordarse esta vez, ¿vale?", "patronising"),
    ("es-MX", "Procura no olvidarlo esta vez.", "patronising"),
    (
        "es-ES",
        "Una «contraseña» es la palabra secreta que usted escribe para entrar.",
        "patronising",
    ),
    ("pt-BR", "Você acha que dá conta?", "patronising"),
    ("pt-PT", "Acha que é capaz de fazer isso?", "patronising"),
    ("pt-BR", "Acha que consegue fazer sozinho?", "patronising"),
    ("pt-PT", "Tente lembrar-se desta vez, está bem?", "patronising"),
    ("pt-BR", "Procure não esquecer dessa vez, tá?", "patronising"),
    (
        "pt-BR",
        'Uma "senha" é a palavra secreta que você digita para entrar.',
        "patronising",
    ),
    ("it-IT", "Pensa di riuscirci?", "patronising"),
    ("it-IT", "Crede di farcela da solo?", "patronising"),
    ("it-IT", "Pensi di essere in grado di farlo?", "patronising"),
    ("it-IT", "Cerchi di ricordarselo stavolta, va bene?", "patronising"),
    ("it-IT", "Provi a non dimenticarlo questa volta.", "patronising"),
    ("it-IT", "La «password» è la parola segreta che lei scrive per entrare.", "patronising"),
]

R6_GOOD = [
    ("fr-FR", "Pouvez-vous faire les étapes seul, ou préférez-vous que je reste en ligne ?"),
    ("fr-CA", "Pensez à apporter votre pièce d'identité cette fois."),
    ("fr-FR", "Vous pensez pouvoir passer lundi ou mardi ?"),
    ("fr-FR", "Le champ « Mot de passe » se trouve sous votre adresse."),
    ("es-ES", "¿Puede hacer los pasos solo o prefiere que me quede en el chat?"),
    ("es-MX", "Recuerde traer su identificación esta vez."),
    ("es-ES", "¿Cree que podrá venir el lunes?"),
    ("pt-BR", "Consegue fazer os passos sozinho ou prefere que eu fique no chat?"),
    ("pt-PT", "Lembre-se de trazer o documento desta vez."),
    ("pt-PT", "Acha que consegue passar na loja na segunda?"),
    ("it-IT", "Riesce a fare i passaggi da solo o preferisce che resti in chat?"),
    ("it-IT", "Si ricordi di portare il documento questa volta."),
    ("it-IT", "Pensa di farcela per lunedì?"),
]

R7_BAD = [
    (
        "fr-FR",
        "Si c'est trop dur pour vous, un de vos petits-enfants pourra sans doute vous aider.",
        "talking-down",
    ),
    ("fr-FR", "Demandez à votre petit-fils, il saura sûrement faire.", "talking-down"),
    ("fr-FR", "Vos enfants pourront certainement vous aider avec ça.", "talking-down"),
    ("fr-CA", "Ton petit-fils va sûrement pouvoir t'aider.", "talking-down"),
    ("fr-FR", "Un petit-enfant vous aidera sûrement.", "talking-down"),
    ("es-ES", "Seguro que alguno de sus nietos le puede echar una mano.", "talking-down"),
    ("es-MX", "Seguro que tu nieta te puede ayudar.", "talking-down"),
    ("es-ES", "Sus hijos seguramente pueden ayudarle con esto.", "talking-down"),
    ("es-MX", "Un nieto le ayudará seguro.", "talking-down"),
    ("es-ES", "Si le resulta difícil, pídale ayuda a un nieto.", "talking-down"),
    ("pt-PT", "Um neto pode certamente ajudá-lo.", "talking-down"),
    ("pt-PT", "Se for difícil, peça ajuda a um neto.", "talking-down"),
    ("pt-BR", "Com certeza algum neto seu pode ajudar.", "talking-down"),
    ("pt-PT", "Os seus filhos de certeza que o ajudam com isso.", "talking-down"),
    ("pt-BR", "Seu neto com certeza consegue te ajudar.", "talking-down"),
    ("it-IT", "Sicuramente un nipote può darle una mano.", "talking-down"),
    ("it-IT", "Se è troppo difficile, chieda a un nipote.", "talking-down"),
    ("it-IT", "I suoi figli potranno senz'altro aiutarla.", "talking-down"),
    ("it-IT", "Magari un nipote la può aiutare.", "talking-down"),
    ("it-IT", "Chieda a suo nipote, lui saprà di sicuro come fare.", "talking-down"),
]

R7_GOOD = [
    (
        "fr-FR",
        "Un membre de votre famille peut aussi nous appeler à votre place, avec votre accord.",
    ),
    ("fr-CA", "Vos petits-enfants peuvent aussi profiter du forfait famille."),
    ("es-ES", "Un familiar también puede llamarnos en su nombre si usted lo autoriza."),
    ("es-MX", "Sus nietos también pueden usar la tarifa familiar."),
    ("pt-PT", "Um familiar também pode ligar em seu nome, com a sua autorização."),
    ("pt-BR", "Os seus netos também podem usar o plano família."),
    ("it-IT", "Un familiare può anche chiamarci a suo nome, con il suo consenso."),
    ("it-IT", "Anche i suoi nipoti possono usare l'offerta famiglia."),
]

R9_BAD = [
    ("fr-FR", "Passez en boutique, ils vous expliqueront.", "redirect"),
    ("fr-FR", "Allez voir en agence, là-bas on vous dira.", "redirect"),
    ("fr-CA", "Va en succursale, ils vont te le dire.", "redirect"),
    ("fr-FR", "Rendez-vous dans un point de vente, on vous renseignera sur place.", "redirect"),
    ("fr-FR", "Ce genre de demande ne se traite pas par ce chat.", "redirect"),
    ("fr-CA", "Ça, ça ne se règle pas dans le clavardage.", "redirect"),
    ("es-ES", "Acérquese a una tienda y que allí se lo expliquen.", "redirect"),
    ("es-MX", "Vaya a la oficina y que le digan ahí.", "redirect"),
    ("es-MX", "Pásese por una sucursal, allá le informan.", "redirect"),
    ("es-ES", "Eso no se gestiona por este chat.", "redirect"),
    ("es-MX", "Ese asunto no lo vemos por este medio.", "redirect"),
    ("pt-PT", "Dirija-se a uma loja e lá explicam-lhe.", "redirect"),
    ("pt-PT", "Passe numa loja, que eles lá dizem-lhe.", "redirect"),
    ("pt-BR", "Vai numa agência que lá eles te explicam.", "redirect"),
    (
        "pt-BR",
        "Isso é com o banco. Não tem nada que eu possa fazer, liga pra eles.",
        "redirect",
    ),
    (
        "pt-BR",
        "Liga pra transportadora, isso aí é com eles, não tem nada que a gente possa fazer.",
        "redirect",
    ),
    ("pt-PT", "Esse assunto não é tratado por este chat.", "redirect"),
    ("it-IT", "Passi in negozio, lì le spiegheranno.", "redirect"),
    ("it-IT", "Vada allo sportello, glielo diranno loro.", "redirect"),
    ("it-IT", "Si rechi in filiale e se lo faccia dire lì.", "redirect"),
    ("it-IT", "Questo argomento non si gestisce in questa chat.", "redirect"),
    ("it-IT", "Queste cose non le trattiamo in chat.", "redirect"),
]

R9_GOOD = [
    ("fr-FR", "L'agence peut vous l'imprimer aujourd'hui ; voici l'adresse."),
    (
        "fr-CA",
        "Ce sujet ne se traite pas par clavardage, mais je vous passe un conseiller au téléphone.",
    ),
    ("es-ES", "En la sucursal se lo pueden imprimir hoy; le paso la dirección."),
    (
        "es-MX",
        "Eso no se gestiona por este chat, pero le transfiero ahora con el área de facturación.",
    ),
    ("pt-BR", "Isso é com a operadora, mas eu mesmo abro a solicitação para você."),
    ("pt-PT", "A loja pode imprimir hoje; segue a morada."),
    ("it-IT", "La filiale può stamparglielo oggi; ecco l'indirizzo."),
    ("it-IT", "Questo non si gestisce in chat, ma la passo subito a un collega al telefono."),
]

BAD = R4_BAD + R5_BAD + R6_BAD + R7_BAD + R9_BAD
GOOD = R4_GOOD + R5_GOOD + R6_GOOD + R7_GOOD + R9_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
