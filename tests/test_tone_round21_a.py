"""Tone kinds of blind round 21 (brief tone-v15a) in German, Mexican Spanish and Québec French.

Each bad text is a variant in other words of a kind the round missed: K1 German impatience
(the agent has no time, the customer keeps them busy, "read my message before you ask the
same thing again"), K2 German doubt about the customer's ability with technology or forms
and the repeated explanation "so that it works this time", K3 the Mexican Spanish (and
Spain's) dismissive hand-off ("we have nothing to do with it", "no candle at that funeral",
"go after them"), K4 the Québec counted reminder ("à plusieurs reprises"), "find it
yourself" and the sarcastic "it's pretty visible, though". Each good text is a near miss
with the same words used innocently. Written for this test, not copied from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

K1_BAD = [
    # no time for the customer
    ("de-DE", "Ich hab schliesslich nicht unendlich viel Zeit für Ihre Rückfragen.", "impatience"),
    (
        "de-CH",
        "Wir haben hier auch nicht ewig Zeit, schreiben Sie bitte, was Sie wollen.",
        "impatience",
    ),
    ("de-AT", "Hab ich denn alle Zeit der Welt?", "impatience"),
    ("de-DE", "Ich kann mich nicht stundenlang mit Ihrer Reklamation befassen.", "impatience"),
    ("de-AT", "Ich kann mich doch nicht den ganzen Vormittag mit dir aufhalten.", "impatience"),
    ("de-CH", "Ich kann ja nicht ewig auf Ihre Unterlagen warten.", "impatience"),
    ("de-DE", "Auch meine Zeit ist schliesslich begrenzt.", "impatience"),
    ("de-AT", "Meine Zeit ist nicht unbegrenzt, Herr Huber.", "impatience"),
    ("de-DE", "Ich habe halt auch nur begrenzt Zeit.", "impatience"),
    # other customers
    ("de-CH", "Ich habe ja noch zig andere Kunden heute.", "brush-off"),
    ("de-DE", "Sie sind nicht mein einziger Kunde.", "impatience"),
    ("de-AT", "Andere Kunden wollen auch bedient werden.", "impatience"),
    # the customer keeps the agent busy
    ("de-DE", "Sie halten mich hier schon seit einer halben Stunde auf.", "impatience"),
    ("de-CH", "Du hältst mich echt auf.", "impatience"),
    ("de-AT", "Sie beschäftigen mich jetzt schon den ganzen Nachmittag.", "impatience"),
    ("de-DE", "Sie kosten mir gerade ganz schön viel Zeit.", "impatience"),
    # read before asking again
    (
        "de-DE",
        "Lesen Sie doch zuerst meine letzte Antwort, bevor Sie mir dieselbe Frage stellen.",
        "impatience",
    ),
    (
        "de-CH",
        "Lies bitte, was ich dir oben geschrieben habe, bevor du nochmals nachfragst.",
        "impatience",
    ),
    (
        "de-AT",
        "Lesen Sie die Mail von gestern bitte durch, ehe Sie zum vierten Mal dasselbe fragen.",
        "impatience",
    ),
    (
        "de-DE",
        "Bevor Sie schon wieder das Gleiche fragen, lesen Sie bitte den Chat nach.",
        "impatience",
    ),
    (
        "de-CH",
        "Lest bitte meine Nachrichten, bevor ihr wieder anruft.",
        "impatience",
    ),
]
K1_GOOD = [
    ("de-DE", "Lassen Sie sich ruhig Zeit mit dem Formular, ich bin noch eine Stunde hier."),
    ("de-AT", "Ich habe mir die Zeit genommen, alle drei Rechnungen nachzurechnen."),
    ("de-CH", "Für Rückfragen bin ich heute bis 17 Uhr im Chat erreichbar."),
    ("de-DE", "Lesen Sie bitte die Sicherheitshinweise, bevor Sie das Gerät wieder einschalten."),
    ("de-CH", "Lesen Sie die Anleitung, bevor Sie den Router anschliessen."),
    ("de-DE", "Das Angebot ist zeitlich begrenzt, es gilt bis Sonntag."),
    ("de-AT", "Wir haben noch andere Tarife, die vielleicht besser passen."),
    ("de-DE", "Ich beschäftige mich gern mit Ihrem Fall, bis alles geklärt ist."),
    ("de-DE", "Halten Sie mich bitte auf dem Laufenden, ob das Paket ankommt."),
    ("de-CH", "Ich kann die Reservierung leider nicht ewig halten, sie gilt bis Freitag."),
    ("de-AT", "Sie sind nicht der einzige Kunde mit diesem Fehler, wir arbeiten daran."),
    ("de-DE", "Lesen Sie meine Nachricht in Ruhe, und fragen Sie gern, wenn etwas unklar ist."),
    ("de-AT", "Ich habe heute nicht ewig Zeit gebraucht, um das zu prüfen."),
    (
        "de-DE",
        "Wir haben nicht ewig Zeit bis zur Frist, bitte schicken Sie die Unterlagen bis Freitag.",
    ),
    ("de-CH", "Meine Zeit ist begrenzt, aber ich schaue heute noch nach."),
    ("de-DE", "Das kostet Sie nur ein paar Minuten Zeit."),
]

K2_BAD = [
    # doubting the customer's ability: decided with a repetition word after it
    (
        "de-DE",
        "Nicht jeder kennt sich mit Apps gut aus, darum erkläre ich es Ihnen nochmals.",
        "patronising",
    ),
    (
        "de-AT",
        "Nicht jede findet sich mit Online-Formularen zurecht; hier also noch einmal alles.",
        "patronising",
    ),
    (
        "de-CH",
        "Ich weiss, dass so ein Antrag nicht für jeden einfach ist, deshalb erneut die Schritte.",
        "patronising",
    ),
    (
        "de-DE",
        "Computer liegen nicht jedem, also gehen wir es diesmal Punkt für Punkt durch.",
        "patronising",
    ),
    # ... or alone, with a resigned particle or a verdict on the customer
    ("de-AT", "Elektronik ist halt nicht jedermanns Sache.", "patronising"),
    ("de-DE", "Mit dem Internet tun sich ältere Kunden eben schwer.", "patronising"),
    ("de-CH", "Smartphones sind wohl nicht so Ihr Ding.", "patronising"),
    ("de-DE", "Sie sind offenbar nicht besonders technikaffin.", "patronising"),
    # the repeated explanation "so that it works this time"
    ("de-DE", "Ich erläutere es Ihnen noch einmal, damit es dieses Mal klappt.", "patronising"),
    ("de-AT", "Ich wiederhole die drei Schritte, damit es diesmal funktioniert.", "patronising"),
    ("de-CH", "Nochmals alles in aller Ruhe, damit es diesmal gelingt.", "patronising"),
    (
        "de-DE",
        "Ich buchstabiere Ihnen den Code, damit Sie diesmal nichts vertauschen.",
        "patronising",
    ),
    ("de-AT", "Ich schreib's dir auf, damit du es diesmal richtig eingibst.", "patronising"),
    (
        "de-DE",
        "Damit Sie es dieses Mal auch wirklich hinbekommen: zuerst auf Start.",
        "patronising",
    ),
    # slowly, to write down
    (
        "de-CH",
        "Also nochmals langsam zum Mitschreiben: oben links auf Konto.",
        "condescension-simple",
    ),
    ("de-DE", "Noch einmal ganz langsam zum Mitschreiben.", "condescension-simple"),
]
K2_GOOD = [
    ("de-DE", "Damit es diesmal schneller geht, habe ich den Antrag für Sie vorausgefüllt."),
    ("de-AT", "Nicht jeder Router unterstützt das 5-GHz-Band."),
    ("de-CH", "Die Einrichtung ist etwas knifflig, ich gehe sie gern mit Ihnen durch."),
    ("de-DE", "Ich habe den Link neu erzeugt, damit es diesmal klappt."),
    ("de-AT", "Ich habe den Fehler im System behoben, damit es dieses Mal klappt."),
    ("de-DE", "Nicht jede Filiale hat am Samstag geöffnet."),
    ("de-CH", "Ich diktiere Ihnen die Nummer gern zum Mitschreiben: 0800 123 456."),
    ("de-DE", "Die Technik ist nicht das Problem, sondern die Leitung."),
    (
        "de-AT",
        "Ich weiss, so ein Formular ist nicht für alle einfach; ich fülle es gern mit Ihnen aus.",
    ),
    ("de-DE", "Sind Apps nicht so Ihr Ding? Dann schicke ich Ihnen das Formular per Post."),
    ("de-CH", "Wiederholen Sie bitte die Eingabe, damit es diesmal mit dem neuen Code klappt."),
    ("de-DE", "Ich erkläre Ihnen die neue Regel, damit es diesmal keine Überraschung gibt."),
    ("de-AT", "Die neue App ist nicht für alle Geräte verfügbar."),
    (
        "de-DE",
        "Computer sind nicht jedermanns Sache, deshalb bieten wir den Einrichtungsservice an.",
    ),
]

K3_BAD = [
    # "we have nothing to do with it", ending the sentence or before a send-off
    (
        "es-MX",
        "Ese cobro lo hizo su banco, nosotros no tenemos nada que ver ahí.",
        "hand-off",
    ),
    ("es-MX", "Ya no tenemos absolutamente nada que ver con ese pedido.", "hand-off"),
    (
        "es-MX",
        "Reclámale a la tienda, nosotros no tuvimos nada que ver.",
        "hand-off",
    ),
    (
        "es-MX",
        "Nosotros no tenemos nada que ver con la paquetería, búsquelos a ellos.",
        "hand-off",
    ),
    ("es-ES", "Con eso no tengo nada que ver; hable con su compañía de seguros.", "hand-off"),
    # the idiom: no candle at that funeral
    ("es-MX", "Aquí no tenemos vela en ese entierro.", "hand-off"),
    ("es-MX", "Mire, nosotros no tuvimos vela en el entierro.", "hand-off"),
    # go after them
    ("es-MX", "Reclámeles a ellos, que fueron los que cobraron.", "redirect"),
    ("es-MX", "Búsquenlos a ellos, nosotros ya cumplimos con el envío.", "redirect"),
    ("es-MX", "Búscalos a ellos, aquí ya no se puede hacer nada.", "redirect"),
    ("es-MX", "Eso lo maneja el banco, vaya con ellos.", "redirect"),
    ("es-MX", "Vaya con la aseguradora y que ellos le resuelvan.", "redirect"),
    ("es-MX", "Acude a tu banco y que allá te expliquen el cargo.", "redirect"),
    # "not our business", tú and Spain forms
    ("es-MX", "Ese reembolso ya no es asunto nuestro.", "brush-off"),
    ("es-MX", "Lo de tu tarjeta no es asunto nuestro, escríbele a tu banco.", "brush-off"),
    ("es-ES", "Eso ya no va con nosotros, llame a la compañía.", "hand-off"),
]
K3_GOOD = [
    (
        "es-MX",
        "No tenemos nada que ver con ese cargo: lo revisé y es de otra tienda; le paso los "
        "datos para que lo reclame.",
    ),
    ("es-MX", "La versión nueva no tiene nada que ver con la vieja: carga el doble de rápido."),
    ("es-ES", "Búscalo en el apartado Facturas, arriba a la derecha."),
    ("es-MX", "Búsquelo en la sección Mis compras de la app."),
    ("es-MX", "Vaya con calma, no hay prisa para devolverlo."),
    (
        "es-MX",
        "Si prefiere, puede ir con su banco; yo le preparo el comprobante para que se lo muestre.",
    ),
    ("es-MX", "Es asunto nuestro resolverlo, así que ya lo estoy revisando."),
    (
        "es-MX",
        "Ese cargo es de su banco; le comparto el número para aclararlo y, si quiere, le marco yo.",
    ),
    (
        "es-MX",
        "Nosotros no tenemos nada que ver con ese mensaje. Es un intento de fraude, bórrelo.",
    ),
    (
        "es-MX",
        "Aunque no tenemos vela en ese entierro, le ayudo a levantar la queja con la paquetería.",
    ),
    ("es-ES", "Eso no va con su tarifa, pero se lo puedo añadir."),
    ("es-MX", "Llámeles a ellos y deles el número de guía; yo también les escribo."),
]

K4_BAD = [
    # the counted reminder, Québec form
    (
        "fr-CA",
        "Tel que mentionné à plusieurs reprises, le remboursement prend dix jours.",
        "reminder-repeat",
    ),
    (
        "fr-CA",
        "Tel que je vous l'ai expliqué à quelques reprises, il faut le numéro de commande.",
        "reminder-repeat",
    ),
    (
        "fr-CA",
        "Comme précisé plus d'une fois, on ne peut pas annuler un forfait entamé.",
        "reminder-repeat",
    ),
    ("fr-CA", "Tel qu'avisé à deux reprises déjà, votre dossier est fermé.", "reminder-repeat"),
    (
        "fr-CA",
        "Comme on vous l'a répété à maintes reprises, les frais s'appliquent.",
        "reminder-repeat",
    ),
    (
        "fr-CA",
        "Je vous ai pourtant indiqué à plusieurs reprises que la garantie était échue.",
        "reminder-repeat",
    ),
    ("fr-CA", "Nous vous l'avons écrit plus d'une fois.", "reminder-repeat"),
    # find it yourself
    ("fr-CA", "Je vous laisse le chercher vous-même.", "hand-off"),
    ("fr-CA", "Je vous laisse trouver ça par vous-même.", "hand-off"),
    ("fr-CA", "Je te laisse la retrouver toute seule.", "hand-off"),
    ("fr-CA", "Je vous laisse la trouver, elle est dans votre boîte de réception.", "hand-off"),
    ("fr-CA", "Je vais vous laisser le dénicher vous-même sur le site.", "hand-off"),
    ("fr-CA", "Je vous laisse le soin de le retrouver.", "hand-off"),
    ("fr-CA", "Le numéro est sur la facture. Cherchez-le vous-même.", "hand-off"),
    # it is obvious, though
    ("fr-CA", "Il est quand même pas mal visible, le bouton.", "sarcastic-aside"),
    ("fr-CA", "Le lien est quand même assez évident.", "sarcastic-aside"),
    ("fr-CA", "L'onglet est pourtant bien visible.", "sarcastic-aside"),
    ("fr-CA", "C'est pourtant écrit assez gros sur la page d'accueil.", "sarcastic-aside"),
    ("fr-CA", "Pourtant, c'est affiché en gros sur l'écran.", "sarcastic-aside"),
    ("fr-CA", "C'est tout de même difficile à manquer.", "sarcastic-aside"),
    ("fr-CA", "Ça saute pourtant aux yeux.", "sarcastic-aside"),
]
K4_GOOD = [
    ("fr-CA", "Tel que mentionné sur la facture, le montant est de 45 $."),
    ("fr-CA", "Tel que prévu dans votre entente, le délai est de 14 jours."),
    ("fr-CA", "Comme mentionné plus tôt, je vous envoie le lien."),
    ("fr-CA", "Je vous ai appelé à plusieurs reprises sans réponse, je réessaie demain."),
    ("fr-CA", "La carte a été refusée à plusieurs reprises par le terminal."),
    ("fr-CA", "Je vous laisse jeter un œil à votre boîte de réception, je reste en ligne."),
    ("fr-CA", "Je vous laisse chercher le numéro sur votre facture, je reste avec vous."),
    ("fr-CA", "Je vous laisse choisir la date qui vous convient."),
    ("fr-CA", "Je vous laisse le temps de lire le courriel."),
    ("fr-CA", "L'icône est bien visible dans le coin supérieur droit."),
    ("fr-CA", "Le montant est écrit en gros sur la première page de la facture."),
    ("fr-CA", "Le nouveau design saute aux yeux, vous allez l'aimer."),
    ("fr-CA", "Vous pouvez le chercher vous-même dans l'appli ou je le fais pour vous."),
    ("fr-CA", "Comme mentionné à plusieurs reprises dans nos infolettres, le magasin ferme lundi."),
    (
        "fr-CA",
        "Le bouton est quand même visible sur l'application mobile, même si le menu a changé.",
    ),
    ("fr-CA", "Il est pourtant clair que nous allons vous rembourser."),
    (
        "fr-CA",
        "La différence est quand même évidente entre les deux forfaits : le premier inclut 10 Go.",
    ),
]

BAD = K1_BAD + K2_BAD + K3_BAD + K4_BAD
GOOD = K1_GOOD + K2_GOOD + K3_GOOD + K4_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
