"""Tone kinds of blind round 20 (brief tone-v14a) in German (Germany, Austria, Switzerland).

Each bad text is a variant in other words of a kind the round missed: K1 blame by a
conditional with a resigned particle ("wenn Sie ... nicht ..., können wir halt nichts
...") and "it's written clearly in the terms" ("steht eh / klar und deutlich ..."), K2 the
commanding lecture opener ("jetzt hören Sie mir mal zu") and the complaint belittled as
noise or as pointless ("Ihr Gejammer", "daran ändert Ihr Ärger nichts", "die Gebühr ist,
wie sie ist"), K3 "not our problem" ("nicht unser Bier", "das ist Ihr Problem."), K4 the
canned process reply ("wird gemäss unseren internen Vorgaben bearbeitet", closed with a
thank-you for understanding and nothing concrete), K5 "anyone can do that" ("das sollte
eigentlich jeder hinbekommen", "das ist kinderleicht."), K6 the dismissive hand-off to a
third party ("zuständig ist Ihre Bank, nicht wir", "klären Sie das direkt mit denen").
Each good text is a near miss with the same words used innocently. Written for this test,
not copied from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

K1_BAD = [
    # the conditional with a resigned particle (or a flat "nichts machen")
    (
        "de-DE",
        "Solange Sie uns den Kaufbeleg nicht nachreichen, können wir halt nichts erstatten.",
        "fault",
    ),
    (
        "de-AT",
        "Wenn Sie die Zählernummer nicht angeben, können wir eben nicht weitermachen.",
        "fault",
    ),
    (
        "de-CH",
        "Falls du das Formular nicht ausfüllst, können wir nun mal nichts für dich tun.",
        "fault",
    ),
    (
        "de-DE",
        "Wenn ihr die Fotos nicht mitschickt, kann ich die Reklamation halt nicht bearbeiten.",
        "fault",
    ),
    ("de-AT", "Ohne die Seriennummer können wir halt nichts machen.", "fault"),
    (
        "de-CH",
        "Wenn Sie uns die IBAN nicht mitteilen, dann können wir das Geld nunmal nicht überweisen.",
        "fault",
    ),
    ("de-DE", "Wenn Sie die Unterlagen nicht einreichen, können wir nichts machen.", "fault"),
    (
        "de-AT",
        "Wenn du uns nicht sagst, welches Gerät es ist, können wir eh nichts tun.",
        "fault",
    ),
    (
        "de-CH",
        "Ohne Ihre Unterschrift kann ich den Auftrag eben nicht freigeben.",
        "fault",
    ),
    # "it's written there (clearly)"
    ("de-AT", "Das steht eh klar auf unserer Homepage.", "sarcastic-aside"),
    ("de-DE", "Die Gebühr steht übrigens klar und deutlich in den AGB.", "sarcastic-aside"),
    ("de-CH", "Das steht ausdrücklich in Ihrem Vertrag.", "sarcastic-aside"),
    ("de-DE", "Steht ja alles auf der Rechnung.", "sarcastic-aside"),
    ("de-AT", "Auf der Website steht das eh.", "sarcastic-aside"),
    ("de-CH", "In den Geschäftsbedingungen steht das klar und deutlich.", "sarcastic-aside"),
    ("de-DE", "Das steht schwarz auf weiß in der Auftragsbestätigung.", "sarcastic-aside"),
    ("de-CH", "Das können Sie ja alles auf unserer Webseite nachlesen.", "sarcastic-aside"),
    ("de-AT", "Die Frist steht sowieso auf jeder Rechnung.", "sarcastic-aside"),
    ("de-AT", "Ohne Foto geht das halt nicht.", "fault"),
    ("de-CH", "Ohne Quittung läuft da eben nichts.", "fault"),
    ("de-DE", "Das stand doch auch klar in der Bestätigung.", "sarcastic-aside"),
]
K1_GOOD = [
    ("de-DE", "Wenn Sie mir die Bestellnummer schicken, kann ich das gleich prüfen."),
    ("de-AT", "Die Details stehen auf der Website unter Tarife; ich schicke Ihnen den Link."),
    ("de-CH", "Wenn Sie die Nummer nicht finden, kann ich sie Ihnen halt schnell heraussuchen."),
    ("de-DE", "Wenn Sie nicht zu Hause sind, können wir das Paket auch beim Nachbarn abgeben."),
    (
        "de-AT",
        "Ohne Kaufbeleg können wir leider keine Garantie gewähren, aber ich prüfe die "
        "Seriennummer.",
    ),
    (
        "de-DE",
        "Wenn Sie keine Rechnung haben, können wir das trotzdem über die Seriennummer lösen.",
    ),
    ("de-CH", "Die Kündigungsfrist steht in Ihrem Vertrag auf Seite 2."),
    ("de-DE", "Auf der Rechnung steht die Kundennummer oben rechts."),
    ("de-AT", "Das steht eh schon fest: Ihr Termin ist am Montag."),
    (
        "de-DE",
        "In der Mail steht klar beschrieben, wie Sie das Gerät zurückschicken; ich schicke "
        "sie Ihnen gern noch einmal.",
    ),
    (
        "de-CH",
        "Wenn Sie die Unterlagen nicht einreichen können, schicke ich Ihnen einen Rückumschlag.",
    ),
    (
        "de-DE",
        "Wenn Sie die Nummer nicht angeben, können wir den Antrag nicht bearbeiten; "
        "Sie finden sie oben auf dem Brief.",
    ),
    ("de-AT", "Das können Sie jederzeit in den AGB nachlesen, ich schicke Ihnen den Link."),
    ("de-DE", "Die Gebühr steht ja auf der Rechnung, die ich Ihnen gerade geschickt habe."),
    ("de-DE", "Die Gutschrift steht eindeutig auf Ihrer Rechnung, Sie müssen nichts tun."),
    (
        "de-AT",
        "Wenn Sie kein Konto haben, können wir Ihnen halt keinen Link schicken, aber ich "
        "schicke ihn per Post.",
    ),
    ("de-DE", "Ohne Anmeldung geht es eben nicht schneller, aber ich helfe Ihnen gern."),
    ("de-CH", "Ohne Foto geht das leider nicht, schicken Sie es mir bitte."),
]

K2_BAD = [
    # the lecture opener
    ("de-DE", "Jetzt hören Sie mir mal zu.", "talking-down"),
    ("de-AT", "Hören Sie mir bitte einmal genau zu: Die Frist ist vorbei.", "talking-down"),
    ("de-CH", "Hör mir jetzt gut zu.", "talking-down"),
    ("de-DE", "Nun hören Sie mal gut zu, ich erkläre das nur einmal.", "talking-down"),
    ("de-AT", "Jetzt passen Sie einmal gut auf.", "talking-down"),
    ("de-CH", "Hören Sie mal, so läuft das bei uns nicht.", "talking-down"),
    # the complaint as noise
    ("de-DE", "Ihr Gejammer ändert nichts an der Rechnung.", "talking-down"),
    ("de-AT", "Ihr ewiges Gesudere bringt uns nicht weiter.", "talking-down"),
    ("de-CH", "Dein Gemotze hilft hier niemandem.", "talking-down"),
    ("de-DE", "Das ganze Geschimpfe nützt Ihnen gar nichts.", "talking-down"),
    ("de-DE", "Hören Sie bitte auf herumzujammern.", "talking-down"),
    ("de-CH", "Mit Ihrem Gezeter erreichen Sie gar nichts.", "talking-down"),
    ("de-AT", "Ihr Getue wegen der paar Euro verstehe ich nicht.", "talking-down"),
    ("de-DE", "Meckern hilft Ihnen da auch nicht weiter.", "talking-down"),
    # the complaint as pointless; "it is what it is"
    ("de-DE", "Daran ändert auch Ihre Aufregung nichts.", "shut-down"),
    ("de-AT", "Ihr Ärger ändert leider nichts an der Gebühr.", "shut-down"),
    ("de-CH", "Sich aufzuregen bringt da gar nichts.", "shut-down"),
    ("de-DE", "Die Gebühr ist, wie sie ist.", "shut-down"),
    ("de-AT", "Die Regeln sind nun mal, wie sie sind.", "shut-down"),
    ("de-CH", "Der Preis ist halt so.", "shut-down"),
    ("de-DE", "Das ist nun mal so.", "shut-down"),
    ("de-CH", "Sie können sich noch so beschweren, die Frist bleibt.", "shut-down"),
    ("de-AT", "Da kannst du noch so schimpfen, an der Rechnung ändert das nichts.", "shut-down"),
    ("de-AT", "Jetzt hör mal gut zu.", "talking-down"),
]
K2_GOOD = [
    ("de-DE", "Ich höre Ihnen zu, erzählen Sie mir bitte, was passiert ist."),
    ("de-AT", "Danke, dass Sie mir so geduldig zugehört haben."),
    ("de-CH", "Ihr Ärger ist verständlich, ich kümmere mich sofort darum."),
    ("de-DE", "Hören Sie bitte die Ansage bis zum Ende an."),
    ("de-AT", "Passen Sie bitte auf, dass der Stecker fest sitzt."),
    ("de-DE", "Ihr Tarif bleibt, wie er ist, bis Sie ihn selbst ändern."),
    ("de-CH", "Ich verstehe Ihren Ärger über die Gebühr; ich habe sie gestrichen."),
    ("de-DE", "Ihre Beschwerde hat etwas bewirkt: wir haben den Ablauf geändert."),
    ("de-DE", "Hören Sie die Sprachnachricht ab, die wir Ihnen geschickt haben."),
    ("de-CH", "Es ist, wie es ist – ich schaue trotzdem, was ich für Sie tun kann."),
    ("de-DE", "Das ist nun mal so geregelt, aber ich kann Ihnen eine Ausnahme anbieten."),
    ("de-AT", "Ihr Ärger ändert natürlich etwas: wir prüfen die Gebühr noch einmal."),
    ("de-DE", "Der Router ist halt so eingestellt; ich ändere das gleich für Sie."),
    ("de-CH", "Hören Sie mal in die Mailbox rein, dort ist die Nachricht des Technikers."),
    ("de-DE", "Hören Sie gut zu, was der Techniker sagt, und notieren Sie die Nummer."),
    ("de-AT", "Passen Sie gut auf sich auf!"),
]

K3_BAD = [
    ("de-AT", "Das ist echt nicht unser Bier.", "brush-off"),
    ("de-CH", "Das ist nicht mein Bier, da müssen Sie die Bank fragen.", "brush-off"),
    ("de-DE", "Das ist aber nicht unser Problem, sondern Ihres.", "brush-off"),
    ("de-DE", "Tja, das ist Ihr Problem.", "blame-back"),
    ("de-CH", "Das ist Ihr Problem, nicht unseres.", "blame-back"),
    ("de-AT", "Das ist schließlich dein Problem.", "blame-back"),
    ("de-AT", "Ihr Problem, nicht unseres.", "blame-back"),
    ("de-DE", "Dafür kann ich ja nichts.", "blame-back"),
    ("de-CH", "Da können wir doch nix dafür, wenn Sie Ihr Passwort vergessen.", "blame-back"),
    ("de-DE", "Das ist und bleibt Ihr Problem.", "blame-back"),
    ("de-CH", "Das ist nicht unser Bier, sondern das der Post.", "brush-off"),
]
K3_GOOD = [
    ("de-DE", "Das Problem liegt nicht bei Ihnen, sondern bei uns; ich korrigiere das."),
    ("de-AT", "Kein Problem!"),
    ("de-CH", "Das ist nicht Ihr Fehler, der Link war defekt."),
    ("de-DE", "Das ist nicht Ihr Problem, darum kümmern wir uns."),
    ("de-AT", "Das ist unser Problem, nicht Ihres – ich buche die Gebühr zurück."),
    ("de-DE", "Ist das Ihr Problem mit der Rechnung vom Mai?"),
    ("de-CH", "Das Bier ist im Menüpreis nicht enthalten."),
    ("de-DE", "Das ist Ihr Problem von gestern, richtig?"),
    ("de-AT", "Das ist Ihr Problem? Dann schauen wir uns das gleich an."),
]

K4_BAD = [
    (
        "de-DE",
        "Ihr Anliegen wird entsprechend unseren internen Richtlinien bearbeitet. "
        "Wir danken Ihnen für Ihr Verständnis.",
        "form-letter",
    ),
    (
        "de-CH",
        "Ihre Reklamation wird gemäss den internen Vorgaben geprüft. Besten Dank für Ihr "
        "Verständnis.",
        "form-letter",
    ),
    ("de-AT", "Wir bearbeiten Ihre Beschwerde im Rahmen unserer üblichen Abläufe.", "form-letter"),
    (
        "de-DE",
        "Die Prüfung Ihres Antrags erfolgt nach unseren hausinternen Prozessen.",
        "form-letter",
    ),
    ("de-CH", "Ihr Fall wird im Rahmen der bestehenden Prozesse weiterbearbeitet.", "form-letter"),
    (
        "de-AT",
        "Ihr Anliegen befindet sich in Bearbeitung. Wir danken für Ihr Verständnis.",
        "form-letter",
    ),
    ("de-DE", "Ihre Anfrage wird derzeit geprüft. Vielen Dank für Ihr Verständnis.", "form-letter"),
    (
        "de-CH",
        "Gemäss unseren Prozessen wird Ihr Anliegen an die zuständige Stelle weitergeleitet.",
        "form-letter",
    ),
]
K4_GOOD = [
    ("de-DE", "Ich bearbeite Ihr Anliegen heute bis 17 Uhr und melde mich dann."),
    (
        "de-AT",
        "Es tut mir leid, dass die Rechnung falsch war. Ich habe sie korrigiert und Ihnen "
        "15 Euro gutgeschrieben. Danke für Ihr Verständnis.",
    ),
    (
        "de-CH",
        "Ihre Reklamation wird gemäss unseren Richtlinien geprüft; ich melde mich bis "
        "Donnerstag bei Ihnen.",
    ),
    ("de-DE", "Ihre Daten werden gemäß unserer Datenschutzerklärung verarbeitet."),
    ("de-AT", "Ihre Anfrage wird gerade geprüft, meine Kollegin ruft Sie morgen an."),
    (
        "de-DE",
        "Gemäß unseren Richtlinien erstatten wir den vollen Betrag; das Geld ist in drei "
        "Tagen auf Ihrem Konto.",
    ),
    ("de-CH", "Danke für Ihr Verständnis und Ihre Geduld!"),
    (
        "de-DE",
        "Ihr Antrag wird nach unseren internen Abläufen geprüft, das dauert etwa zwei Werktage.",
    ),
    (
        "de-DE",
        "Wir bearbeiten Ihre Anfrage gemäß unseren Richtlinien und melden uns dann bei Ihnen.",
    ),
]

K5_BAD = [
    ("de-DE", "Das sollte eigentlich jeder hinbekommen.", "condescension-simple"),
    ("de-AT", "Das müsste doch wirklich jeder schaffen.", "condescension-simple"),
    ("de-CH", "So etwas kriegt wirklich jeder hin.", "condescension-simple"),
    ("de-DE", "Das ist kinderleicht.", "condescension-simple"),
    ("de-AT", "Das Formular ist echt ein Klacks.", "condescension-simple"),
    ("de-CH", "Das dürfte jeder können.", "condescension-simple"),
    ("de-DE", "Das kann eigentlich jeder.", "condescension-simple"),
    ("de-CH", "Das ist wirklich pipileicht.", "condescension-simple"),
    ("de-DE", "Das packt jeder Anfänger.", "condescension-simple"),
    ("de-AT", "Das schafft doch jeder im Schlaf.", "condescension-simple"),
    ("de-DE", "Das schafft jeder in zwei Minuten.", "condescension-simple"),
]
K5_GOOD = [
    # "Das können alle" is talking down only when it ends there: with more after it, it
    # says who may use something
    ("de-DE", "Das können alle Kunden ab Montag in der App nutzen."),
    ("de-AT", "Das können alle Mitglieder ab 1. März buchen."),
    ("de-DE", "Jeder Kunde kann bis zu drei Geräte anmelden."),
    ("de-AT", "Das schafft jeder in zwei Minuten – ich zeige Ihnen gern, wie."),
    ("de-CH", "Die Einrichtung ist kinderleicht, ich begleite Sie Schritt für Schritt."),
    ("de-DE", "Das sollte jeder Haushalt bis Freitag per Post bekommen."),
    ("de-AT", "Das Spiel ist kinderleicht zu lernen und macht Spass."),
    ("de-DE", "Das kann jeder Mitbewohner mit seinem eigenen Login nutzen."),
    ("de-CH", "Das kann jeder mit einem Kundenkonto tun."),
    ("de-DE", "Das ist kinderleicht. Ich zeige es Ihnen gleich Schritt für Schritt."),
]

K6_BAD = [
    ("de-DE", "Für die Zustellung ist der Paketdienst zuständig, nicht wir.", "redirect"),
    ("de-AT", "Zuständig ist da Ihre Bank, nicht wir.", "redirect"),
    ("de-CH", "Klären Sie das bitte direkt mit denen.", "redirect"),
    ("de-DE", "Da müssen Sie sich an die Post wenden, wir können da nichts machen.", "redirect"),
    ("de-AT", "Wenden Sie sich an die Post, wir können da nichts tun.", "redirect"),
    ("de-DE", "Dafür ist die Bank verantwortlich und nicht wir.", "redirect"),
    ("de-AT", "Melden Sie sich bitte dort, wir können Ihnen da nicht helfen.", "redirect"),
    ("de-CH", "Klär das am besten direkt mit dem Vermieter.", "redirect"),
    ("de-DE", "Das klären Sie bitte direkt mit der Spedition.", "redirect"),
    ("de-CH", "Da ist die Post zuständig und nicht wir.", "redirect"),
    ("de-DE", "Dafür ist die Post zuständig. Wir können da nichts tun.", "redirect"),
    ("de-AT", "Wenden Sie sich an die Post. Wir können da nichts tun.", "redirect"),
]
K6_GOOD = [
    (
        "de-DE",
        "Zuständig ist die Post; ich habe dort schon einen Nachforschungsauftrag gestellt "
        "und melde mich bis Freitag.",
    ),
    (
        "de-AT",
        "Die Post ist für die Zustellung zuständig, wir für die Erstattung – die habe ich "
        "veranlasst.",
    ),
    (
        "de-CH",
        "Für die Zustellung ist die Post zuständig, nicht wir, aber ich habe dort schon angerufen.",
    ),
    ("de-DE", "Klären Sie das gern mit Ihrer Familie, das Angebot gilt noch bis Sonntag."),
    (
        "de-AT",
        "Wenden Sie sich an die Post unter 0800 010 100; ich bleibe gern im Chat, bis Sie "
        "durch sind.",
    ),
    ("de-DE", "Wir können da nichts falsch machen, der Betrag ist schon gutgeschrieben."),
    ("de-CH", "Das klären wir direkt mit der Spedition, Sie müssen nichts tun."),
    ("de-DE", "Wenden Sie sich bitte an Ihre Bank, wir können da leider nichts machen."),
    ("de-CH", "Die Kollegin klärt das mit der Post."),
    ("de-AT", "Wir können da nichts machen, wenden Sie sich bitte an die Post unter 0800 010 100."),
    ("de-DE", "Zuständig ist die Post; ich habe dort angerufen. Wir können sonst nichts tun."),
]

BAD = K1_BAD + K2_BAD + K3_BAD + K4_BAD + K5_BAD + K6_BAD
GOOD = K1_GOOD + K2_GOOD + K3_GOOD + K4_GOOD + K5_GOOD + K6_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
