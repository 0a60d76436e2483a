"""Tone kinds of blind round 19 (brief tone-v12) in German, Dutch, French and Portuguese.

Each bad text is a variant in other words of a kind the round missed: K1 "even a
schoolchild / my grandma manages that", K2 "that should be manageable even for you", K3
"you should know that" and "the terms you did accept", K4 the reminder "in case it got
lost" and "as it said in all our letters", K5 "we don't do that here in the chat", K6 "please
refrain from further enquiries", K7 Dutch counterfactual blame, K8 "c'est pas nous autres",
K9 Portuguese "it's nothing complicated, just press the button, that's all". Each good text
is a near miss with the same words used innocently. Written for this test, not copied from
any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

DE_BAD = [
    # K1 condescension by comparison
    ("de-DE", "Das ist wirklich simpel, das schaffen sogar Schulkinder.", "patronising"),
    ("de-AT", "Das ist ganz leicht, das kriegen selbst Volksschulkinder hin.", "patronising"),
    ("de-CH", "Das bekommt jeder Primarschüler hin.", "patronising"),
    ("de-DE", "Sogar meine Großmutter würde das hinbekommen.", "patronising"),
    ("de-AT", "Das kann jedes Kindergartenkind.", "patronising"),
    ("de-DE", "Selbst ein Erstklässler versteht das auf Anhieb.", "patronising"),
    ("de-CH", "So etwas kriegt sogar meine Omi hin.", "patronising"),
    ("de-DE", "Das ist kinderleicht, das packen selbst Grundschüler.", "patronising"),
    # K2 "should be manageable even for you"
    (
        "de-DE",
        "Technik liegt nicht jedem, aber das sollte eigentlich auch Ihnen gelingen.",
        "patronising",
    ),
    ("de-AT", "Die paar Klicks sollten sogar Sie hinbekommen.", "patronising"),
    ("de-CH", "Ein Passwort zurücksetzen, das schaffst sogar du.", "patronising"),
    ("de-DE", "Das dürften eigentlich auch Sie hinkriegen.", "patronising"),
    ("de-AT", "So schwer ist das nicht, das müssten doch selbst Sie schaffen.", "patronising"),
    ("de-DE", "Keine Sorge, das wirst sogar du hinkriegen.", "patronising"),
    (
        "de-CH",
        "Das sollte auch dir gelingen, wenn du dich ein bisschen konzentrierst.",
        "patronising",
    ),
    # K3 "you should know that"; the terms you did accept
    ("de-DE", "Das sollten Sie ja wissen.", "talking-down"),
    ("de-AT", "Das sollten Sie als langjähriger Kunde eigentlich wissen.", "talking-down"),
    ("de-CH", "Das müsstest du nach drei Jahren bei uns schon wissen.", "talking-down"),
    ("de-DE", "Sie sollten ja längst wissen, dass die Frist 14 Tage beträgt.", "talking-down"),
    ("de-AT", "Das sollte Ihnen eigentlich bekannt sein.", "talking-down"),
    (
        "de-DE",
        "Das steht in den Bedingungen, denen Sie ja zugestimmt haben.",
        "sarcastic-aside",
    ),
    ("de-CH", "Die AGB haben Sie ja bei der Bestellung akzeptiert.", "sarcastic-aside"),
    ("de-AT", "Sie haben den Vertragsbedingungen ja selbst zugestimmt.", "sarcastic-aside"),
    ("de-DE", "Beim Abschluss hast du die Nutzungsbedingungen ja bestätigt.", "sarcastic-aside"),
    # K4 "in case it got lost"; "as it said in all our letters"
    (
        "de-DE",
        "Nur zur Erinnerung, falls es untergegangen ist: die Zahlung ist seit Montag fällig.",
        "reminder-repeat",
    ),
    (
        "de-AT",
        "Kleine Erinnerung, falls Sie es übersehen haben: Ihr Abo endet morgen.",
        "reminder-repeat",
    ),
    (
        "de-CH",
        "Zur Erinnerung, falls das bei dir untergegangen sein sollte: die Frist ist um.",
        "reminder-repeat",
    ),
    (
        "de-DE",
        "Noch einmal zur Erinnerung, falls Sie es überlesen haben: wir brauchen den Beleg.",
        "reminder-repeat",
    ),
    (
        "de-DE",
        "Wie in jedem unserer Schreiben stand, endet der Vertrag im Mai.",
        "reminder-repeat",
    ),
    ("de-CH", "Wie es in all unseren E-Mails steht, ist die Gebühr fällig.", "reminder-repeat"),
    (
        "de-AT",
        "Wie in all unseren Mails gestanden ist, läuft das Angebot aus.",
        "reminder-repeat",
    ),
    ("de-DE", "Das stand übrigens in jeder unserer Nachrichten.", "reminder-repeat"),
    (
        "de-CH",
        "Wie in sämtlichen Briefen von uns zu lesen war, gilt die Frist.",
        "reminder-repeat",
    ),
    # K5 "we don't do that here in the chat"
    ("de-DE", "Im Chat machen wir so etwas nicht, da müssen Sie schon anrufen.", "redirect"),
    ("de-AT", "So was machen wir hier nicht. Rufen Sie die Hotline an.", "redirect"),
    ("de-CH", "Über den Chat erledigen wir sowas nicht.", "redirect"),
    ("de-DE", "Dafür ist der Chat nicht da, da musst du in die Filiale.", "redirect"),
    ("de-AT", "Solche Sachen bearbeiten wir im Chat nicht.", "redirect"),
    ("de-DE", "Dafür sind wir hier im Chat nicht zuständig.", "hand-off"),
    ("de-CH", "Für Vertragsänderungen sind wir im Chat nicht zuständig.", "hand-off"),
    # K6 "please refrain from further enquiries"
    ("de-DE", "Bitte sehen Sie von weiteren Nachfragen ab.", "shut-down"),
    ("de-AT", "Wir bitten Sie, von erneuten Anfragen abzusehen.", "shut-down"),
    ("de-CH", "Von weiteren Rückfragen bitten wir abzusehen.", "shut-down"),
    (
        "de-DE",
        "Weitere Anfragen zu diesem Thema können nicht beantwortet werden.",
        "shut-down",
    ),
    ("de-AT", "Wir ersuchen Sie, von weiteren Urgenzen Abstand zu nehmen.", "shut-down"),
    ("de-CH", "Sieh bitte von weiteren Nachrichten ab.", "shut-down"),
    (
        "de-DE",
        "Bitte unterlassen Sie weitere Rückfragen, Ihr Anliegen wird bearbeitet.",
        "shut-down",
    ),
    ("de-AT", "Zusätzliche Nachfragen werden nicht mehr bearbeitet.", "shut-down"),
    (
        "de-CH",
        "Ihr Anliegen wird gemäss Eingangsreihenfolge bearbeitet.",
        "form-letter",
    ),
    ("de-DE", "Die Bearbeitung geschieht nach Eingangsreihenfolge.", "form-letter"),
]
DE_GOOD = [
    # K1
    ("de-DE", "Die Lernuhr ist für Schulkinder ab sechs Jahren gedacht."),
    ("de-AT", "Die App ist auch für Kinder geeignet."),
    ("de-CH", "Sogar Kinder unter zwei Jahren reisen bei uns gratis."),
    ("de-DE", "Die Uhr können sogar Kleinkinder bedienen, sie hat nur zwei Tasten."),
    ("de-AT", "Jedes Kind bis sechs Jahre fährt kostenlos mit."),
    ("de-CH", "Sogar Schulkinder können das Ticket online kaufen."),
    # K2
    ("de-DE", "Das schaffen Sie bestimmt, ich bleibe so lange im Chat."),
    ("de-AT", "Mit der neuen App gelingt das auch Ihnen in wenigen Minuten."),
    ("de-CH", "Mit dem neuen Link sollte es Ihnen gelingen."),
    ("de-DE", "Auch Sie bekommen die Gutschrift automatisch."),
    ("de-AT", "Diesmal bekommen sogar Sie als Neukundin den Treuerabatt."),
    # K3
    ("de-DE", "Das sollten Sie wissen: Ab Montag gilt der neue Tarif."),
    ("de-CH", "Was sollten Sie vor der Buchung wissen? Hier die wichtigsten Punkte."),
    ("de-AT", "Sie haben die neuen Bedingungen am Montag akzeptiert; die Änderung gilt ab Juni."),
    ("de-DE", "Die Bedingungen, denen Sie zugestimmt haben, finden Sie im Kundenkonto."),
    ("de-CH", "Sie sollten wissen, dass wir Ihre Daten nie weitergeben."),
    # K4
    ("de-DE", "Nur zur Erinnerung: Ihr Termin ist morgen um 10 Uhr."),
    ("de-AT", "Falls Sie die Mail übersehen haben, schicke ich sie Ihnen gern noch einmal."),
    ("de-CH", "In allen unseren Mails finden Sie unten den Abmeldelink."),
    ("de-DE", "Die Rechnungsnummer steht in jedem unserer Schreiben oben rechts."),
    ("de-AT", "Zur Erinnerung schicken wir Ihnen einen Tag vorher eine SMS."),
    # K5
    (
        "de-DE",
        "Kündigungen können wir aus Sicherheitsgründen nur telefonisch annehmen; "
        "die Nummer ist 0800 123 456.",
    ),
    (
        "de-AT",
        "Im Chat machen wir das nicht, aber ich verbinde Sie gleich mit den Kollegen am Telefon.",
    ),
    ("de-CH", "Dafür ist der Chat leider nicht ausgelegt, aber ich schicke Ihnen das Formular."),
    ("de-DE", "So was machen wir hier gern für Sie, schicken Sie mir einfach die Nummer."),
    ("de-AT", "Wir sind hier im Chat für alle Fragen zu Ihrem Vertrag zuständig."),
    # K6
    ("de-DE", "Sie müssen nichts weiter tun, wir melden uns bei Ihnen."),
    ("de-CH", "Bitte sehen Sie von einer Überweisung ab, wir buchen den Betrag selbst ab."),
    ("de-AT", "Von weiteren Mahnungen sehen wir ab, bis der Fall geklärt ist."),
    ("de-DE", "Weitere Fragen beantworte ich gern."),
    ("de-CH", "Weitere Anfragen können Sie jederzeit über das Formular stellen."),
    ("de-DE", "Bitte sehen Sie von weiteren Zahlungen ab, bis die Gutschrift da ist."),
    ("de-AT", "Das schaffen Sie selbst, Sie müssen nur auf Speichern klicken."),
    ("de-CH", "Das sollten Sie wissen, bevor Sie kündigen: die Frist beträgt drei Monate."),
    ("de-DE", "Sie sollten ja inzwischen eine E-Mail von uns bekommen haben."),
]
NL_BAD = [
    # K7 counterfactual blame
    ("nl-NL", "Als u de meterstand op tijd had doorgegeven, was dit niet gebeurd.", "blame-back"),
    (
        "nl-NL",
        "Had u de rekening op tijd betaald, dan had u deze aanmaning niet gekregen.",
        "blame-back",
    ),
    (
        "nl-NL",
        "Tja, als je je adres had aangepast, was het pakket gewoon aangekomen.",
        "blame-back",
    ),
    ("nl-NL", "Had je de bevestiging maar gelezen.", "blame-back"),
    ("nl-NL", "Als jij de code goed had ingevuld, hadden we nu geen gedoe gehad.", "blame-back"),
    (
        "nl-NL",
        "Als u op tijd had opgezegd, had u deze kosten niet hoeven te betalen.",
        "blame-back",
    ),
    ("nl-NL", "Had u maar even gebeld voordat u het terugstuurde.", "blame-back"),
    (
        "nl-NL",
        "Tja, als u de bon had bewaard, hadden we iets kunnen doen.",
        "blame-back",
    ),
    (
        "nl-BE",
        "Als ge de bestelling had nagekeken, zat ge nu niet met dit probleem.",
        "blame-back",
    ),
    ("nl-NL", "Had je nou gewoon de handleiding gevolgd.", "blame-back"),
]
NL_GOOD = [
    ("nl-NL", "Als u de meterstand nog niet heeft doorgegeven, kunt u dat hier doen."),
    ("nl-NL", "Als wij dat eerder hadden gezien, was het pakket niet zoekgeraakt."),
    ("nl-NL", "Had u de bevestiging al ontvangen?"),
    (
        "nl-NL",
        "Als u eerder had gebeld, hadden we het kosteloos kunnen omzetten; ik probeer het nu alsnog.",
    ),
    ("nl-NL", "Als de bezorger had aangebeld, had u een kaartje gekregen."),
    ("nl-NL", "Had u nog een vraag over de factuur?"),
    ("nl-NL", "Tja, dat is vervelend. Ik stuur u meteen een nieuw exemplaar."),
    ("nl-NL", "Tja, als u dat wilt, kan ik het pakket ook laten ophalen."),
    ("nl-NL", "Had u nou de rode of de blauwe variant besteld?"),
]
FR_BAD = [
    # K8 "c'est pas nous (autres)"
    ("fr-CA", "C'est pas nous autres, ça. Voyez avec Postes Canada.", "redirect"),
    ("fr-CA", "Ça nous regarde pas, faut voir avec votre banque. Autre chose?", "redirect"),
    ("fr-CA", "Ça, faut voir avec le fabricant. Autre chose?", "redirect"),
    ("fr-FR", "Ce n'est pas nous, voyez ça avec le transporteur.", "redirect"),
    ("fr-CA", "C'est pas nous qui gérons ça, faut appeler Hydro-Québec.", "redirect"),
    ("fr-FR", "Cela ne nous regarde pas.", "redirect"),
    (
        "fr-CA",
        "C'est pas nous autres qui l'avons perdu, arrangez-vous avec le livreur.",
        "redirect",
    ),
    ("fr-FR", "Ce n'est pas de notre ressort, voyez ça avec eux.", "hand-off"),
    ("fr-CA", "Nous autres, on a rien à voir là-dedans. Appelez la SAQ.", "redirect"),
]
FR_GOOD = [
    (
        "fr-CA",
        "Ce n'est pas nous qui fixons ce tarif, mais je peux vous transmettre "
        "le contact du distributeur.",
    ),
    ("fr-FR", "Ça nous regarde aussi : je m'en occupe tout de suite."),
    ("fr-CA", "C'est nous qui avons fait l'erreur, désolé. Je corrige ça."),
    (
        "fr-FR",
        "Voyez ça avec votre conseiller jeudi, je lui ai déjà transmis votre dossier.",
    ),
    ("fr-CA", "C'est pas nous autres qui livrons, mais je vais appeler le livreur pour vous."),
    ("fr-CA", "C'est pas nous qui livrons, c'est Purolator, mais je les appelle tout de suite."),
    (
        "fr-FR",
        "Ce n'est pas nous qui avons envoyé ce SMS : c'est une tentative de fraude, ne cliquez pas.",
    ),
]
PT_BAD = [
    # K9 "nothing complicated", "just press it, that's all", "let's go slowly"
    ("pt-PT", "Isto não é nada complicado, é só carregar no botão verde.", "condescension-simple"),
    ("pt-PT", "Não tem nada que saber: abre a aplicação e entra.", "condescension-simple"),
    ("pt-PT", "É só carregar em Enviar, mais nada.", "condescension-simple"),
    ("pt-PT", "Vamos lá com calma: primeiro ligue o router.", "condescension-simple"),
    ("pt-BR", "Não tem segredo nenhum, é só clicar em Salvar.", "condescension-simple"),
    ("pt-BR", "É só clicar ali no botão, pronto.", "condescension-simple"),
    ("pt-BR", "Isso não tem mistério nenhum.", "condescension-simple"),
    ("pt-PT", "Não há nada que perceber, basta seguir os passos.", "condescension-simple"),
    ("pt-BR", "Não é nada difícil, você só precisa digitar o código.", "condescension-simple"),
    ("pt-PT", "Vamos lá outra vez, com calma.", "condescension-simple"),
    ("pt-BR", "Vamos com calma, de novo: clique em Entrar.", "condescension-simple"),
]
PT_GOOD = [
    ("pt-PT", "Não se preocupe, o processo não é complicado e eu acompanho consigo."),
    ("pt-PT", "Não é nada complicado, e eu faço os passos consigo agora."),
    ("pt-BR", "É só clicar em Confirmar e o pedido fica registrado."),
    ("pt-BR", "Não tem nada que pagar, a troca é gratuita."),
    ("pt-PT", "Vamos lá com calma, que eu ajudo em tudo o que precisar."),
    ("pt-BR", "Não tem segredo, mas eu te mando o passo a passo agora."),
    ("pt-PT", "Mais nada a pagar: o reembolso já foi feito."),
    ("pt-PT", "Não é nada complicado: envio-lhe já o link e fazemos juntos."),
    ("pt-BR", "É só clicar em Salvar e pronto!"),
    ("pt-BR", "Vamos com calma, eu sei que é frustrante e vou resolver isso."),
]

BAD = DE_BAD + NL_BAD + FR_BAD + PT_BAD
GOOD = DE_GOOD + NL_GOOD + FR_GOOD + PT_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
