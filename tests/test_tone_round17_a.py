"""Tone kinds of blind round 17 (brief tone-v10), in German, Dutch and English.

Each bad text is a variant in other words of a kind the round showed (blame as a general
truth, fault with a hedge, the over-polite or counted reminder, "asking again won't
help", sarcastic waiting, "a matter for X, not us", talking down about ease, cutting the
customer off); each good text is a near miss with the same words used innocently. Written
for this test, not copied from any draft.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

EN_BAD = [
    # K1 blame as a general truth (blame-back)
    ("en-GB", "Well, that's what happens when people don't read the instructions.", "blame-back"),
    (
        "en-US",
        "That's what tends to happen when you don't pay attention at checkout.",
        "blame-back",
    ),
    ("en-AU", "This is what happens when one isn't careful with passwords.", "blame-back"),
    ("en-CA", "That's what you get when you don't check the address before paying.", "blame-back"),
    ("en-US", "That is exactly what happens if you skip the setup guide.", "blame-back"),
    ("en-GB", "It's what happens when customers rush through the order form.", "blame-back"),
    # K2 fault with a hedge, and the pointed "does tell you"
    ("en-US", "So this one is kind of on you, I'm afraid.", "fault"),
    ("en-GB", "Honestly, that's a bit on you.", "fault"),
    ("en-AU", "I'd say this one is pretty much down to you.", "fault"),
    ("en-CA", "That part is sort of on you, to be fair.", "fault"),
    ("en-US", "The missed slot is kind of on you.", "fault"),
    ("en-GB", "Well, the website does tell you to confirm the date before paying.", "fault"),
    ("en-US", "To be fair, the form does ask you to double-check the postcode.", "fault"),
    ("en-AU", "But the checkout page did warn you to check the size before you paid.", "fault"),
    # K3 over-polite reminder, and "it was even in bold"
    ("en-GB", "I must once again point out that the returns window has closed.", "reminder-repeat"),
    ("en-US", "May I once more politely remind you that the deposit is due?", "reminder-repeat"),
    ("en-AU", "I have to point out again, politely, that we need the receipt.", "reminder-repeat"),
    ("en-CA", "Allow me to remind you once more that the form is unsigned.", "reminder-repeat"),
    (
        "en-GB",
        "We must again kindly draw your attention to the missing signature.",
        "reminder-repeat",
    ),
    ("en-US", "It was even in bold at the top of the email.", "sarcastic-aside"),
    ("en-GB", "It was right there in big letters on the confirmation.", "sarcastic-aside"),
    (
        "en-AU",
        "The date was literally in capital letters at the top of our message.",
        "sarcastic-aside",
    ),
    ("en-CA", "That was printed in bold on page one, by the way.", "sarcastic-aside"),
    ("en-US", "The deadline was even highlighted in red.", "sarcastic-aside"),
    # K4 counting the times at the start of a sentence
    ("en-GB", "For the third time: the code is on the back of the card.", "reminder-repeat"),
    ("en-US", "For the second time, I'm asking you for the order number.", "reminder-repeat"),
    ("en-AU", "For the fourth time now: we can't refund a used ticket.", "reminder-repeat"),
    ("en-CA", "For the third time, I need the photo of the label.", "reminder-repeat"),
    ("en-US", "Third time asking: what's the booking reference?", "reminder-repeat"),
    ("en-GB", "OK. For the last time - the store doesn't do repairs.", "reminder-repeat"),
    # K5 asking again won't help
    ("en-GB", "Asking again won't make it arrive any sooner.", "impatience"),
    ("en-US", "Messaging us every hour won't speed it up.", "impatience"),
    ("en-AU", "Chasing us again isn't going to make the refund any faster.", "impatience"),
    ("en-CA", "Asking over and over doesn't make it go quicker.", "impatience"),
    ("en-US", "Writing in again won't change the answer.", "impatience"),
    ("en-GB", "Sending more messages will not get it there faster.", "impatience"),
    # K6 sarcastic waiting / hoping; read to the end this time; ultimatum
    ("en-GB", "I'll just wait until you find the time to send it, then.", "sarcastic-aside"),
    ("en-US", "I'll wait here until you find a moment, shall I?", "sarcastic-aside"),
    ("en-AU", "We'll just sit and wait until you get the time to reply.", "sarcastic-aside"),
    ("en-CA", "Still no form. Maybe today's the day you send it!", "sarcastic-aside"),
    ("en-US", "Maybe read the messages to the end this time.", "sarcastic-aside"),
    ("en-GB", "Perhaps try reading the email all the way through this time.", "sarcastic-aside"),
    (
        "en-AU",
        "Without the photo I can't do anything. Do you want this sorted or not?",
        "impatience",
    ),
    ("en-US", "I've got a queue here. Do you want the refund or not?", "impatience"),
    # K7 third party, "not us"
    (
        "en-GB",
        "That's a matter for the post office; the rest is no longer our business.",
        "redirect",
    ),
    ("en-US", "That's between you and the bank now, not us. Call them.", "redirect"),
    ("en-AU", "It's up to your bank to sort that out, not us.", "redirect"),
    ("en-CA", "That's a problem with your card issuer, not with us. Ring them.", "redirect"),
    ("en-US", "You'll need to sort that with the courier, not with us.", "redirect"),
    ("en-GB", "That one's for your network provider, not for us.", "redirect"),
    # K8 talking down about ease
    ("en-US", "It's super easy, anyone can do it.", "talking-down"),
    ("en-GB", "Honestly, anybody could manage it.", "talking-down"),
    ("en-AU", "It's really very simple, you know.", "condescension-simple"),
    ("en-US", "I really don't see what's so hard about it.", "condescension-simple"),
    ("en-CA", "I don't understand what's so difficult about logging in.", "condescension-simple"),
    ("en-GB", "You don't need to be a rocket scientist to reset it.", "talking-down"),
    ("en-US", "You don't have to be an engineer for this.", "talking-down"),
    ("en-AU", "It's dead simple, any kid can do it.", "talking-down"),
    # K9 cutting the customer off
    ("en-GB", "Yes, I understood, no need to repeat it.", "impatience"),
    ("en-US", "I got it, you don't need to say it again.", "impatience"),
    ("en-AU", "Yes yes, understood, there's no need to keep repeating that.", "impatience"),
    ("en-CA", "Just give me the order number and that's it.", "impatience"),
    ("en-US", "Send me the photo and that's that.", "impatience"),
    ("en-GB", "Look, I've got a queue of customers waiting.", "impatience"),
    ("en-AU", "I have a whole queue of people here, mate.", "impatience"),
    # more word orders, particles and persons
    (
        "en-GB",
        "Well, that's what happens when you don't read the confirmation properly.",
        "blame-back",
    ),
    ("en-US", "That's what happens when folks don't double-check their orders.", "blame-back"),
    ("en-AU", "So yeah, this one's kinda on you.", "fault"),
    ("en-US", "I'm afraid that's a little bit on you.", "fault"),
    ("en-GB", "I must once more remind you that returns need a receipt.", "reminder-repeat"),
    ("en-US", "We would once again kindly remind you that payment is overdue.", "reminder-repeat"),
    ("en-GB", "It was right at the top of our email, in bold.", "sarcastic-aside"),
    ("en-US", "For the third time - I need the order number.", "reminder-repeat"),
    ("en-AU", "Messaging again won't make it arrive any faster.", "impatience"),
    ("en-US", "Asking me again doesn't change anything.", "impatience"),
    ("en-GB", "I'll just wait until you find the time then.", "sarcastic-aside"),
    ("en-US", "Fingers crossed today's the day you send it.", "sarcastic-aside"),
    ("en-GB", "That's a matter for the post office, not for us. Call them.", "redirect"),
    ("en-US", "You don't need to be a genius to click a link.", "talking-down"),
    ("en-GB", "I don't get what's so difficult about it.", "condescension-simple"),
    ("en-US", "Yep, got it, no need to say it again.", "impatience"),
    ("en-GB", "Look, I have a queue of people waiting.", "impatience"),
]
EN_GOOD = [
    (
        "en-GB",
        "That's what happens when the card expires: the payment bounces, so let's add the new one.",
    ),
    ("en-US", "This is what happens when the battery runs flat, and a reset fixes it."),
    ("en-AU", "That's what you get with the premium plan: free returns and priority support."),
    ("en-US", "The app tells you when the parcel is out for delivery."),
    ("en-GB", "The app does tell you when your driver is close, so keep notifications on."),
    ("en-CA", "This one is kind of on us, so the fee's refunded."),
    ("en-US", "I'd like to point out that the offer ends Friday."),
    ("en-GB", "In bold you'll find the new date."),
    ("en-AU", "The new date is in bold at the top of the email I just sent."),
    ("en-US", "I'd like to remind you once again that you can reach us any time."),
    ("en-GB", "For the third time this month your delivery was late, and I'm sorry."),
    ("en-US", "For the first time, you can pay in instalments."),
    ("en-CA", "For the second time this year, prices are going down."),
    ("en-GB", "Asking for a callback won't cost you anything."),
    ("en-US", "Ordering again won't be needed, the replacement is on its way."),
    ("en-GB", "I'll wait for your reply and then book it."),
    ("en-AU", "Take your time, I'll wait until you find the receipt."),
    ("en-US", "Hopefully today's the day your parcel arrives!"),
    ("en-CA", "Do you want the window seat or not? Both are free."),
    (
        "en-GB",
        "The bank handles that part, but I'll send you their direct number and stay on the chat.",
    ),
    ("en-US", "That's for the courier to confirm, so I've asked them and I'll update you."),
    ("en-US", "Setting it up is easy, and I'll walk you through it."),
    ("en-GB", "Anyone in your household can use the code."),
    ("en-AU", "You don't need an engineer visit, it's plug and play."),
    ("en-CA", "I can see what's so hard about it: the button moved in the last update."),
    ("en-US", "No need to repeat your card number, I have it on file."),
    ("en-GB", "Press the green button and that's it, you're done!"),
    ("en-AU", "There's no need to repeat the payment; it went through."),
    ("en-US", "There's a queue at the depot today, so the courier may be late."),
    ("en-CA", "No rush at all, I'll just wait until you have a moment to check."),
    ("en-GB", "I'll remind you again next week before the renewal."),
    ("en-US", "We would remind you that the store is closed on Monday."),
]
DE_BAD = [
    # K1
    ("de-DE", "Tja, das passiert halt, wenn man die Anleitung nicht liest.", "blame-back"),
    ("de-AT", "So etwas kommt davon, wenn man nicht aufpasst.", "blame-back"),
    ("de-CH", "Das hat man davon, wenn man die Bestätigung nicht genau durchliest.", "blame-back"),
    ("de-DE", "Das passiert nun mal, wenn Sie die Hinweise ignorieren.", "blame-back"),
    ("de-AT", "Das kommt davon, wenn du die Mails nicht liest.", "blame-back"),
    ("de-CH", "Sowas geschieht eben, wenn man nicht sorgfältig ist.", "blame-back"),
    # K2
    ("de-DE", "Das geht schon ein bisschen auf Ihre Kappe.", "fault"),
    ("de-AT", "Das geht wohl eher auf deine Kappe.", "fault"),
    ("de-CH", "Ehrlich gesagt liegt das schon ein Stück weit bei Ihnen.", "fault"),
    ("de-DE", "Das ist schon ein wenig Ihr Fehler.", "fault"),
    ("de-AT", "Da sind Sie schon auch ein bisschen selbst schuld.", "blame"),
    ("de-DE", "Die App sagt Ihnen doch, dass Sie vorher die Grösse prüfen sollen.", "fault"),
    (
        "de-CH",
        "Na ja, das steht doch da, dass man die Adresse vor dem Bezahlen kontrollieren soll.",
        "fault",
    ),
    # K3
    (
        "de-DE",
        "Ich darf Sie nochmals darauf hinweisen, dass die Frist abgelaufen ist.",
        "reminder-repeat",
    ),
    (
        "de-AT",
        "Wir müssen Sie erneut höflich darauf aufmerksam machen, dass der Beleg fehlt.",
        "reminder-repeat",
    ),
    (
        "de-CH",
        "Ich möchte Sie noch einmal freundlich darauf hinweisen, dass das Formular unvollständig ist.",
        "reminder-repeat",
    ),
    (
        "de-DE",
        "Erlauben Sie mir, Sie abermals darauf hinzuweisen, dass die Rate offen ist.",
        "reminder-repeat",
    ),
    (
        "de-AT",
        "Ich weise dich nochmals darauf hin, dass der Gutschein abgelaufen ist.",
        "reminder-repeat",
    ),
    ("de-DE", "Das stand übrigens fett gedruckt ganz oben in der Mail.", "sarcastic-aside"),
    ("de-AT", "Das war sogar fett markiert.", "sarcastic-aside"),
    ("de-CH", "Es stand doch in grossen Buchstaben auf der Bestätigung.", "sarcastic-aside"),
    ("de-DE", "Die Frist stand extra in Rot in unserem Schreiben.", "sarcastic-aside"),
    ("de-CH", "Das stand sogar in Grossbuchstaben oben auf der Rechnung.", "sarcastic-aside"),
    # K4
    ("de-DE", "Zum dritten Mal: Die Nummer steht auf der Rückseite.", "reminder-repeat"),
    ("de-AT", "Zum zweiten Mal frage ich Sie nach der Bestellnummer.", "reminder-repeat"),
    ("de-CH", "Zum vierten Mal jetzt: Wir erstatten keine benutzten Tickets.", "reminder-repeat"),
    ("de-DE", "Zum dritten Mal bitte ich dich um das Foto.", "reminder-repeat"),
    ("de-AT", "Also, zum x-ten Mal: Der Laden repariert nichts.", "reminder-repeat"),
    ("de-DE", "Okay. Zum letzten Mal: Ohne Beleg keine Erstattung.", "reminder-repeat"),
    # K5
    ("de-DE", "Öfter nachfragen macht es auch nicht schneller.", "impatience"),
    ("de-AT", "Wenn Sie ständig nachfragen, geht es auch nicht schneller.", "impatience"),
    ("de-CH", "Mehrmals anzurufen beschleunigt das nicht.", "impatience"),
    ("de-DE", "Nochmal fragen bringt nichts, das Paket kommt, wenn es kommt.", "impatience"),
    ("de-AT", "Dauernd zu schreiben ändert nichts an der Antwort.", "impatience"),
    ("de-DE", "Durch ständiges Nachfragen wird es nicht schneller.", "impatience"),
    # K6
    ("de-DE", "Ich warte dann einfach, bis Sie Zeit finden.", "sarcastic-aside"),
    ("de-AT", "Dann warte ich eben, bis du mal Zeit hast.", "sarcastic-aside"),
    ("de-CH", "Wir warten dann halt, bis Sie sich die Zeit nehmen.", "sarcastic-aside"),
    ("de-DE", "Vielleicht schaffen Sie es ja heute mal.", "sarcastic-aside"),
    ("de-DE", "Lesen Sie die Nachrichten vielleicht diesmal bis zum Ende.", "sarcastic-aside"),
    ("de-AT", "Vielleicht liest du die Mail dieses Mal bis zum Schluss.", "sarcastic-aside"),
    (
        "de-CH",
        "Ohne das Foto kann ich nichts machen. Wollen Sie das gelöst haben oder nicht?",
        "impatience",
    ),
    (
        "de-DE",
        "Ich habe hier eine Warteschlange. Wollen Sie die Erstattung oder nicht?",
        "impatience",
    ),
    # K7
    ("de-DE", "Das müssen Sie mit der Post klären, nicht mit uns.", "redirect"),
    ("de-AT", "Das ist Sache der Post, der Rest geht uns nichts mehr an.", "redirect"),
    ("de-CH", "Das klären Sie bitte direkt mit Ihrer Bank, wir sind da raus.", "redirect"),
    ("de-DE", "Das ist ein Problem mit Ihrer Bank, nicht mit uns. Rufen Sie dort an.", "redirect"),
    ("de-AT", "Da müssen Sie sich an Ihren Anbieter wenden, nicht an uns.", "redirect"),
    ("de-DE", "Das musst du mit DHL ausmachen. Ruf da an.", "redirect"),
    # K8
    ("de-DE", "Das ist super einfach, das kann jeder.", "condescension-simple"),
    ("de-AT", "Das ist total simpel, das schafft jeder.", "condescension-simple"),
    ("de-CH", "Das ist echt total einfach, wissen Sie.", "condescension-simple"),
    (
        "de-DE",
        "Ich verstehe ehrlich gesagt nicht, was daran so schwer ist.",
        "condescension-simple",
    ),
    ("de-AT", "Ich sehe nicht, was daran so kompliziert sein soll.", "condescension-simple"),
    ("de-DE", "Dafür muss man kein Ingenieur sein.", "talking-down"),
    ("de-CH", "Sie müssen kein Techniker sein, um das Passwort zu ändern.", "talking-down"),
    ("de-AT", "Dazu brauchst du kein Informatikstudium.", "talking-down"),
    # K9
    ("de-DE", "Ja, verstanden, Sie müssen das nicht wiederholen.", "impatience"),
    ("de-AT", "Hab ich verstanden, du brauchst es nicht noch mal zu sagen.", "impatience"),
    ("de-CH", "Ja doch, ich hab's kapiert, kein Grund, das zu wiederholen.", "impatience"),
    ("de-DE", "Geben Sie mir einfach die Bestellnummer und fertig.", "impatience"),
    ("de-AT", "Schick mir das Foto und fertig.", "impatience"),
    ("de-DE", "Schauen Sie, ich habe hier eine Warteschlange.", "impatience"),
    ("de-CH", "Ich hab eine ganze Schlange von Kunden, die warten.", "impatience"),
    # more word orders, particles and persons
    ("de-DE", "Das passiert eben, wenn man nicht richtig hinschaut.", "blame-back"),
    ("de-DE", "Das geht dann schon auch ein Stück weit auf Ihre Kappe.", "fault"),
    (
        "de-DE",
        "Wir dürfen Sie erneut freundlich darauf hinweisen, dass die Rechnung offen ist.",
        "reminder-repeat",
    ),
    ("de-DE", "Zum dritten Mal, ich brauche die Bestellnummer.", "reminder-repeat"),
    ("de-DE", "Das stand übrigens ganz oben fett gedruckt.", "sarcastic-aside"),
    ("de-DE", "Ständiges Nachfragen macht es nicht schneller.", "impatience"),
    ("de-DE", "Ich warte dann halt, bis du Zeit findest.", "sarcastic-aside"),
    ("de-DE", "Das müssen Sie schon mit Ihrer Bank klären.", "redirect"),
    ("de-DE", "Ich weiß echt nicht, was daran so schwierig ist.", "condescension-simple"),
    (
        "de-DE",
        "Ja, ich hab's verstanden, Sie brauchen das nicht dauernd zu wiederholen.",
        "impatience",
    ),
]
DE_GOOD = [
    ("de-DE", "Das passiert, wenn der Akku leer ist."),
    ("de-AT", "Das kommt davon, dass der Server überlastet war; jetzt läuft er wieder."),
    ("de-CH", "Das passiert automatisch, wenn Sie das Abo kündigen."),
    ("de-DE", "Die App zeigt Ihnen an, wann das Paket unterwegs ist."),
    ("de-AT", "Das geht auf unsere Kappe, die Gebühr erstatten wir."),
    ("de-DE", "Ich möchte Sie darauf hinweisen, dass das Angebot am Freitag endet."),
    ("de-CH", "Fett gedruckt finden Sie das neue Datum."),
    ("de-DE", "Das neue Datum steht fett gedruckt oben in der Mail."),
    ("de-DE", "Zum dritten Mal in Folge gewinnen Sie unseren Treuebonus."),
    ("de-AT", "Zum dritten Mal in diesem Monat kam Ihr Paket zu spät, das tut mir leid."),
    ("de-CH", "Zum ersten Mal können Sie in Raten zahlen."),
    ("de-DE", "Nachfragen kostet nichts, melden Sie sich gern."),
    ("de-AT", "Öfter neu starten hilft bei dem Gerät leider nicht, ich schicke Ihnen ein neues."),
    ("de-DE", "Ich warte auf Ihre Antwort und buche dann."),
    ("de-CH", "Nehmen Sie sich Zeit, ich warte, bis Sie den Beleg gefunden haben."),
    ("de-DE", "Möchten Sie die Versicherung oder nicht? Beides ist möglich."),
    ("de-DE", "Das klären wir mit der Post für Sie."),
    (
        "de-AT",
        "Die Bank regelt diesen Teil, aber ich schicke Ihnen die Direktnummer und bleibe im Chat.",
    ),
    ("de-DE", "Das Einrichten ist einfach, und ich führe Sie Schritt für Schritt durch."),
    ("de-CH", "Jeder in Ihrem Haushalt kann den Code nutzen."),
    ("de-DE", "Sie brauchen keinen Techniker-Termin, das Gerät ist sofort einsatzbereit."),
    ("de-AT", "Ich verstehe, was daran schwer ist: der Knopf ist gut versteckt."),
    ("de-DE", "Sie müssen Ihre Kartennummer nicht wiederholen, ich habe sie gespeichert."),
    ("de-CH", "Drücken Sie den grünen Knopf und fertig, schon sind Sie angemeldet!"),
    ("de-DE", "In der Filiale gibt es heute eine lange Warteschlange, planen Sie etwas Zeit ein."),
    ("de-AT", "Kein Stress, ich warte einfach, bis Sie Zeit haben."),
    ("de-DE", "Zum dritten Mal, ich freue mich sehr, dass Sie wieder bei uns buchen!"),
]
NL_BAD = [
    # K1
    ("nl-NL", "Dat krijg je ervan als je de handleiding niet leest.", "blame-back"),
    ("nl-NL", "Zo gaat het nou eenmaal als je niet goed oplet.", "blame-back"),
    ("nl-NL", "Dat gebeurt er als men niet zorgvuldig is.", "blame-back"),
    ("nl-NL", "Dat is nou wat er gebeurt als u de instructies negeert.", "blame-back"),
    ("nl-NL", "Tja, dat komt ervan als je de mail niet helemaal leest.", "blame-back"),
    ("nl-NL", "Dat heeft u ervan als u de bevestiging niet controleert.", "blame-back"),
    # K2
    ("nl-NL", "Dat ligt toch wel een beetje aan u.", "fault"),
    ("nl-NL", "Dit is eerlijk gezegd een beetje je eigen fout.", "fault"),
    ("nl-NL", "Die gemiste afspraak ligt eigenlijk een beetje bij jou.", "fault"),
    ("nl-NL", "Dat is deels uw eigen schuld, vrees ik.", "fault"),
    ("nl-NL", "Het lag grotendeels aan jullie.", "fault"),
    ("nl-NL", "De app zegt toch dat u eerst de maat moet controleren.", "fault"),
    ("nl-NL", "Er staat toch dat je vooraf het adres moet checken.", "fault"),
    # K3
    ("nl-NL", "Ik wijs u er nogmaals op dat de termijn verlopen is.", "reminder-repeat"),
    (
        "nl-NL",
        "Ik moet u er opnieuw vriendelijk op wijzen dat de bon ontbreekt.",
        "reminder-repeat",
    ),
    (
        "nl-NL",
        "Mag ik je er nog een keer beleefd aan herinneren dat de betaling openstaat?",
        "reminder-repeat",
    ),
    (
        "nl-NL",
        "Wij willen u er andermaal op attenderen dat het formulier niet is ondertekend.",
        "reminder-repeat",
    ),
    ("nl-NL", "Ik maak u er nogmaals op attent dat de voucher verlopen is.", "reminder-repeat"),
    ("nl-NL", "Dat stond er trouwens vetgedrukt bij.", "sarcastic-aside"),
    ("nl-NL", "Het stond zelfs in hoofdletters bovenaan de mail.", "sarcastic-aside"),
    ("nl-NL", "Het stond gewoon in grote letters op de bevestiging.", "sarcastic-aside"),
    ("nl-NL", "De deadline stond er nota bene in het rood bij.", "sarcastic-aside"),
    ("nl-NL", "Dat was zelfs vet gemarkeerd.", "sarcastic-aside"),
    # K4
    ("nl-NL", "Voor de derde keer: het nummer staat op de achterkant.", "reminder-repeat"),
    ("nl-NL", "Voor de tweede keer vraag ik u om het bestelnummer.", "reminder-repeat"),
    ("nl-NL", "Voor de vierde keer nu: wij vergoeden geen gebruikte tickets.", "reminder-repeat"),
    ("nl-NL", "Voor de derde keer vraag ik je om de foto.", "reminder-repeat"),
    ("nl-NL", "Oké. Voor de laatste keer: zonder bon geen terugbetaling.", "reminder-repeat"),
    # K5
    ("nl-NL", "Vaker vragen helpt niet.", "impatience"),
    ("nl-NL", "Steeds opnieuw vragen maakt het niet sneller.", "impatience"),
    ("nl-NL", "Als u blijft bellen, gaat het ook niet sneller.", "impatience"),
    ("nl-NL", "Nog een keer mailen verandert niets aan het antwoord.", "impatience"),
    ("nl-NL", "Telkens weer navragen versnelt het niet.", "impatience"),
    ("nl-NL", "Door steeds te bellen komt het pakket echt niet eerder.", "impatience"),
    # K6
    ("nl-NL", "Ik wacht wel tot u tijd heeft.", "sarcastic-aside"),
    ("nl-NL", "Dan wacht ik gewoon tot je eens tijd vindt.", "sarcastic-aside"),
    ("nl-NL", "Wij wachten dan maar tot u er tijd voor maakt.", "sarcastic-aside"),
    (
        "nl-NL",
        "Nog steeds geen formulier. Misschien is vandaag de dag dat u het stuurt!",
        "sarcastic-aside",
    ),
    ("nl-NL", "Lees de berichten misschien deze keer tot het eind.", "sarcastic-aside"),
    ("nl-NL", "Misschien lees je de mail dit keer helemaal door.", "sarcastic-aside"),
    (
        "nl-NL",
        "Zonder de foto kan ik niks doen. Wilt u het nou opgelost hebben of niet?",
        "impatience",
    ),
    ("nl-NL", "Ik heb hier een hele wachtrij. Wil je de terugbetaling of niet?", "impatience"),
    # K7
    ("nl-NL", "Dat moet u met PostNL regelen, niet met ons.", "redirect"),
    ("nl-NL", "Dat is een zaak van de bank, de rest is niet meer onze zaak.", "redirect"),
    ("nl-NL", "Dat is een probleem met uw bank, niet met ons. Bel hen maar.", "redirect"),
    ("nl-NL", "Daarvoor moet je bij je provider zijn, niet bij ons.", "redirect"),
    ("nl-NL", "Dat moet je met de bezorger uitzoeken. Bel ze maar.", "redirect"),
    ("nl-NL", "Dat moet u zelf met de bank oplossen.", "redirect"),
    # K8
    ("nl-NL", "Het is super makkelijk, iedereen kan het.", "talking-down"),
    ("nl-NL", "Het is echt heel simpel hoor.", "condescension-simple"),
    ("nl-NL", "Ik snap echt niet wat daar zo moeilijk aan is.", "condescension-simple"),
    ("nl-NL", "Ik zie niet wat er zo ingewikkeld aan is.", "condescension-simple"),
    ("nl-NL", "Je hoeft geen ingenieur te zijn om dit te doen.", "talking-down"),
    ("nl-NL", "Daar hoeft u echt geen computerexpert voor te zijn.", "talking-down"),
    # K9
    ("nl-NL", "Ja, begrepen, u hoeft het niet te herhalen.", "impatience"),
    ("nl-NL", "Ik snap het, je hoeft het niet nog een keer te zeggen.", "impatience"),
    ("nl-NL", "Ja ja, duidelijk, het is niet nodig om dat te herhalen.", "impatience"),
    ("nl-NL", "Geef me gewoon het bestelnummer en klaar.", "impatience"),
    ("nl-NL", "Stuur me de foto en klaar.", "impatience"),
    ("nl-NL", "Kijk, ik heb hier een hele rij klanten.", "impatience"),
    ("nl-NL", "Er staat een rij klanten op mij te wachten.", "impatience"),
    # more word orders, particles and persons
    ("nl-NL", "Dat krijg je nou eenmaal als je niet goed leest.", "blame-back"),
    ("nl-NL", "Dat ligt dan toch echt een beetje bij u.", "fault"),
    (
        "nl-NL",
        "Wij wijzen u er nogmaals vriendelijk op dat de factuur openstaat.",
        "reminder-repeat",
    ),
    ("nl-NL", "Voor de derde keer, ik heb het bestelnummer nodig.", "reminder-repeat"),
    ("nl-NL", "Steeds bellen maakt het niet sneller.", "impatience"),
    ("nl-NL", "Dat moet je zelf met de verhuurder regelen.", "redirect"),
    ("nl-NL", "Ik begrijp echt niet wat daar nou zo moeilijk aan is.", "condescension-simple"),
    ("nl-NL", "Ja, duidelijk, je hoeft het niet steeds te herhalen.", "impatience"),
    ("nl-NL", "Dat krijgt u als u de instructies negeert.", "blame-back"),
]
NL_GOOD = [
    ("nl-NL", "Dat gebeurt als de kaart verloopt."),
    ("nl-NL", "Dat gebeurt als de accu leeg is, dus laad hem even op."),
    ("nl-NL", "Dat gebeurt automatisch als u het abonnement opzegt."),
    ("nl-NL", "De app laat u weten wanneer het pakket onderweg is."),
    ("nl-NL", "Dat ligt een beetje aan uw internetverbinding, dus we testen die even."),
    ("nl-NL", "Dat ligt aan ons, we betalen het terug."),
    ("nl-NL", "Ik wil u erop wijzen dat de aanbieding vrijdag afloopt."),
    ("nl-NL", "Ik wijs u er nogmaals op dat u ons altijd kunt bereiken."),
    ("nl-NL", "Vetgedrukt vindt u de nieuwe datum."),
    ("nl-NL", "De nieuwe datum staat vetgedrukt bovenaan de mail."),
    ("nl-NL", "Dat was echt vet, dat u de actie heeft gewonnen!"),
    ("nl-NL", "Voor de derde keer op rij wint u onze klantenbonus."),
    ("nl-NL", "Voor de derde keer deze maand was uw pakket te laat, excuses daarvoor."),
    ("nl-NL", "Voor de eerste keer kunt u in termijnen betalen."),
    ("nl-NL", "Navragen kost niets, dus laat het gerust weten."),
    ("nl-NL", "Vaker opnieuw opstarten helpt bij dit model niet, ik stuur een nieuwe."),
    ("nl-NL", "Ik wacht op uw antwoord en boek het dan."),
    ("nl-NL", "Neem gerust de tijd, ik wacht tot u de bon gevonden heeft."),
    ("nl-NL", "Vandaag de dag betaalt bijna iedereen met de app."),
    ("nl-NL", "Wilt u de verzekering of niet? Beide kan."),
    ("nl-NL", "Dat regelen wij met PostNL voor u."),
    ("nl-NL", "De bank regelt dat deel, maar ik stuur u hun directe nummer en blijf in de chat."),
    ("nl-NL", "Dat hoeft u niet met PostNL te regelen, dat doen wij."),
    ("nl-NL", "Het instellen is makkelijk en ik loop het stap voor stap met u door."),
    ("nl-NL", "Iedereen in uw huishouden kan de code gebruiken."),
    ("nl-NL", "U hoeft geen monteur te laten komen, het werkt meteen."),
    ("nl-NL", "Ik snap wat daar moeilijk aan is: de knop zit verstopt."),
    ("nl-NL", "U hoeft uw kaartnummer niet te herhalen, ik heb het al."),
    ("nl-NL", "Druk op de groene knop en klaar, u bent ingelogd!"),
    ("nl-NL", "Bij het postkantoor staat vandaag een lange rij."),
    ("nl-NL", "Ik heb een rij stoelen vooraan voor u gereserveerd."),
    ("nl-NL", "Geen haast hoor, ik wacht wel tot u tijd heeft."),
    ("nl-NL", "Dat krijg je als je het premium abonnement neemt: gratis retour."),
]


BAD = EN_BAD + DE_BAD + NL_BAD
GOOD = EN_GOOD + DE_GOOD + NL_GOOD


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
