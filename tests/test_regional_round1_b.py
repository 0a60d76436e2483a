"""Regional spelling and vocabulary, round 1 (b): kinds that blind drafts missed.

Each kind has variants written for this file (other words, persons, tenses, inflected
forms and compounds) and near misses (the same words used innocently). A case lists
the (rule, match) pairs it expects among the findings of the regional categories, or
nothing; ``fix`` cases give the text after the safe fixes.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

REGIONAL = {"vocabulary-variant", "spelling-variant"}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US", languagetool_url="")


def found(linter: Linter, locale: str, text: str) -> list[tuple[str, str]]:
    report = linter.lint(text, locale=locale)
    return [(f.rule, f.match) for f in report.findings if f.category in REGIONAL]


def fixed(linter: Linter, locale: str, text: str) -> str:
    return linter.fix(text, locale=locale)


# 1. Quoted text and names are cited, not written: no substitute rewrites inside them.

CITED = [
    ("de-DE", "Ihr „Velo Citybike 7“ ist seit gestern unterwegs."),
    ("de-DE", "Das Modell „Natel Easy“ wird nicht mehr verkauft."),
    ("de-DE", "Klicken Sie in der App auf „Strasse ändern“, dann speichern."),
    ("de-DE", "Sie haben das Velo Trekking 5 bestellt; es kommt am Montag."),
    ("de-DE", "Das Velo X9 ist leider ausverkauft."),
    ("de-DE", "Herr Gross hat den Auftrag bereits bestätigt."),
    ("de-AT", "Frau Weiss hat die Rechnung schon bezahlt."),
    ("en-GB", "In the app, tap 'Update zip code' and enter the new one."),
    ("en-GB", "The product page still calls it the “Trunk Organizer 2”."),
    ("es-ES", "Pulse el botón «Ver video» para empezar."),
    ("pt-PT", 'Escolha a opção "Baixar fatura" no menu.'),
]


@pytest.mark.parametrize(("locale", "text"), CITED)
def test_quoted_text_and_names_are_left_alone(linter: Linter, locale: str, text: str) -> None:
    assert found(linter, locale, text) == []
    assert fixed(linter, locale, text) == text


NOT_NAMES = [
    # a common noun before a number, a person's name or a pronoun is not a name
    ("de-DE", "Der Zug hält heute am Perron 4.", "de.vocabulary-not-ch.swiss-nouns", "Perron"),
    ("de-DE", "Freundliche Grüsse Anna Keller", "de.spelling-ss.swiss-ss", "Grüsse"),
    (
        "de-DE",
        "Bitte bringen Sie das Velo Ihrer Tochter mit.",
        "de.vocabulary-not-ch.swiss-nouns",
        "Velo",
    ),
    ("de-DE", "Die Lieferung geht an die Seestrasse 12.", "de.spelling-ss.swiss-ss", "Seestrasse"),
    ("en-GB", "Please enter your zip code below.", "en.vocabulary-gb.american-term", "zip code"),
]


@pytest.mark.parametrize(("locale", "text", "rule", "match"), NOT_NAMES)
def test_words_outside_quotes_and_names_still_count(
    linter: Linter, locale: str, text: str, rule: str, match: str
) -> None:
    assert (rule, match) in found(linter, locale, text)


# 2. German ss/ß: Swiss ss in de-DE and de-AT, the Austrian Geschoß in de-DE.

SS = "de.spelling-ss.swiss-ss"
SS_FIX = [
    ("Das Gerät ist grösser als das alte.", "Das Gerät ist größer als das alte."),
    ("Welche Grösse haben Sie bestellt?", "Welche Größe haben Sie bestellt?"),
    ("Wir liefern an die Bahnhofstrasse 3.", "Wir liefern an die Bahnhofstraße 3."),
    ("Die Strassenbahn fährt bis vor die Tür.", "Die Straßenbahn fährt bis vor die Tür."),
    ("Wir schliessen den Fall heute ab.", "Wir schließen den Fall heute ab."),
    (
        "Die Filiale schloss nicht, sie schliesst erst um 20 Uhr.",
        "Die Filiale schloss nicht, sie schließt erst um 20 Uhr.",
    ),
    ("Das ist ausschliesslich online möglich.", "Das ist ausschließlich online möglich."),
    ("Ich weiss, dass das ärgerlich ist.", "Ich weiß, dass das ärgerlich ist."),
    ("Wie heisst das Produkt genau?", "Wie heißt das Produkt genau?"),
    ("Die Rate wird regelmässig abgebucht.", "Die Rate wird regelmäßig abgebucht."),
    ("Gemäss Vertrag gilt eine Frist von 30 Tagen.", "Gemäß Vertrag gilt eine Frist von 30 Tagen."),
    ("Wir haben Massnahmen ergriffen.", "Wir haben Maßnahmen ergriffen."),
    ("Ausserdem erhalten Sie eine Gutschrift.", "Außerdem erhalten Sie eine Gutschrift."),
    ("Unser Aussendienst meldet sich.", "Unser Außendienst meldet sich."),
    ("Viel Spass mit dem neuen Gerät!", "Viel Spaß mit dem neuen Gerät!"),
    ("Die Süssigkeiten sind leider ausverkauft.", "Die Süßigkeiten sind leider ausverkauft."),
    ("Er liess das Paket beim Nachbarn.", "Er ließ das Paket beim Nachbarn."),
    ("Herzliche Grüsse aus Köln", "Herzliche Grüße aus Köln"),
    ("Der Reissverschluss ist defekt.", "Der Reißverschluss ist defekt."),
    ("Der Fussboden wurde neu verlegt.", "Der Fußboden wurde neu verlegt."),
]


@pytest.mark.parametrize(("text", "want"), SS_FIX)
@pytest.mark.parametrize("locale", ["de-DE", "de-AT"])
def test_swiss_ss_is_written_with_eszett(linter: Linter, locale: str, text: str, want: str) -> None:
    assert any(rule == SS for rule, _ in found(linter, locale, text))
    assert fixed(linter, locale, text) == want


SS_NEAR = [
    "Die Masse der Anfragen war am Montag sehr gross."[:-7] + "hoch.",  # Masse: ss is right
    "Die Busse fahren ab 6 Uhr.",
    "Der Grossist liefert direkt an Sie.",
    "Der Reissack ist im Lager.",
    "Die Preissenkung gilt ab Juli.",
    "Das Beweisstück liegt uns vor.",
    "Wir werden die Ware aussenden, sobald sie da ist.",
    "Die Klasse, die Kasse und das Schloss sind richtig geschrieben, dass wissen Sie.",
    "Bitte geben Sie Ihre STRASSE in Grossbuchstaben ein."[:32] + ".",
    "Der Fussel auf dem Pullover ist kein Mangel.",
]


@pytest.mark.parametrize("text", SS_NEAR)
def test_ss_where_germany_writes_ss_is_left_alone(linter: Linter, text: str) -> None:
    assert [r for r in found(linter, "de-DE", text) if r[0] == SS] == []


def test_swiss_ss_stays_right_in_switzerland(linter: Linter) -> None:
    text = "Ausserdem ist die Grösse an der Hauptstrasse gross genug."
    assert found(linter, "de-CH", text) == []


GESCHOSS = [
    ("Die Paketboxen stehen im Erdgeschoß.", "Die Paketboxen stehen im Erdgeschoss."),
    ("Das Büro ist im Untergeschoß links.", "Das Büro ist im Untergeschoss links."),
    ("Im dritten Geschoß gibt es keinen Lift.", "Im dritten Geschoss gibt es keinen Lift."),
    ("Die Dachgeschoßwohnung ist vermietet.", "Die Dachgeschosswohnung ist vermietet."),
    (
        "Die Kosten des Obergeschoßes teilen sich alle.",
        "Die Kosten des Obergeschosses teilen sich alle.",
    ),
]


@pytest.mark.parametrize(("text", "want"), GESCHOSS)
def test_austrian_geschoss_in_germany(linter: Linter, text: str, want: str) -> None:
    assert any(r == "de.vocabulary-not-at.geschoss" for r, _ in found(linter, "de-DE", text))
    assert fixed(linter, "de-DE", text) == want


def test_austrian_geschoss_is_right_in_austria(linter: Linter) -> None:
    assert found(linter, "de-AT", "Die Paketboxen stehen im Erdgeschoß.") == []
    # de-CH writes ss for every ß through its own eszett rule, once
    rules = [r for r, _ in found(linter, "de-CH", "Die Paketboxen stehen im Erdgeschoß.")]
    assert rules == ["de.switzerland.eszett"]


# 3. Spanish stress and accent marks: Spain and Mexico, both directions.

ES = [
    ("es-ES", "Le mando un video corto con los pasos.", "Le mando un vídeo corto con los pasos."),
    (
        "es-ES",
        "Los videos del tutorial están en la web.",
        "Los vídeos del tutorial están en la web.",
    ),
    ("es-ES", "Nuestro chofer le avisará al llegar.", "Nuestro chófer le avisará al llegar."),
    ("es-ES", "Incluye un coctel de bienvenida.", "Incluye un cóctel de bienvenida."),
    ("es-ES", "Toca los íconos de la parte superior.", "Toca los iconos de la parte superior."),
    (
        "es-ES",
        "El partido de futbol empieza a las nueve.",
        "El partido de fútbol empieza a las nueve.",
    ),
    ("es-MX", "Le envío un vídeo corto con los pasos.", "Le envío un video corto con los pasos."),
    ("es-MX", "Los chóferes llegan a las ocho.", "Los choferes llegan a las ocho."),
    ("es-MX", "Incluye dos cócteles de bienvenida.", "Incluye dos cocteles de bienvenida."),
    ("es-MX", "Dé clic en el icono del carrito.", "Dé clic en el ícono del carrito."),
    (
        "es-MX",
        "Las camisetas de béisbol llegan el lunes.",
        "Las camisetas de beisbol llegan el lunes.",
    ),
]


@pytest.mark.parametrize(("locale", "text", "want"), ES)
def test_spanish_accent_variants(linter: Linter, locale: str, text: str, want: str) -> None:
    assert any(rule.endswith("-accents") for rule, _ in found(linter, locale, text))
    assert fixed(linter, locale, text) == want


ES_NEAR = [
    ("es-ES", "Ya puede ver la serie en Prime Video."),
    ("es-ES", "La videollamada empieza a las cinco."),
    ("es-MX", "La videollamada empieza a las cinco."),
    ("es-MX", "El cupón vale hasta el domingo."),
    ("es-MX", "Vale la pena esperar a la nueva versión."),
    ("es-ES", "Puede manejar la aplicación desde el móvil."),
]


@pytest.mark.parametrize(("locale", "text"), ES_NEAR)
def test_spanish_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert found(linter, locale, text) == []


# 4. English: cheque, tyre, boot, post, lift, engaged, current account, flat, ring, queue.

EN_FIX = [
    (
        "en-GB",
        "We'll post a check to you once the form is back.",
        "We'll post a cheque to you once the form is back.",
    ),
    (
        "en-GB",
        "Your refund checks were mailed last week.",
        "Your refund cheques were mailed last week.",
    ),
    ("en-GB", "Did you deposit the check we sent?", "Did you deposit the cheque we sent?"),
    ("en-AU", "You can pay by check or bank transfer.", "You can pay by cheque or bank transfer."),
    (
        "en-CA",
        "I've issued a check for $120 to your address.",
        "I've issued a cheque for $120 to your address.",
    ),
    ("en-CA", "The check was cashed on March 3.", "The cheque was cashed on March 3."),
    ("en-GB", "The front tires need replacing.", "The front tyres need replacing."),
    ("en-AU", "A new tire is on its way to the branch.", "A new tyre is on its way to the branch."),
    ("en-AU", "Please check the tire pressure weekly.", "Please check the tyre pressure weekly."),
    ("en-GB", "The jack is in the trunk of your car.", "The jack is in the boot of your car."),
    (
        "en-AU",
        "The rental has a small trunk, so pack light.",
        "The rental has a small boot, so pack light.",
    ),
    ("en-GB", "The replacement is already in the mail.", "The replacement is already in the post."),
    (
        "en-AU",
        "We mailed the card to your postal address.",
        "We posted the card to your postal address.",
    ),
    ("en-GB", "Take the elevator to level 2.", "Take the lift to level 2."),
    ("en-AU", "There's an elevator by the entrance.", "There's a lift by the entrance."),
    (
        "en-GB",
        "You won't have to wait in line at the counter.",
        "You won't have to queue at the counter.",
    ),
    (
        "en-US",
        "Your card is in the post and should arrive soon.",
        "Your card is in the mail and should arrive soon.",
    ),
    (
        "en-CA",
        "We posted the form to your home address.",
        "We mailed the form to your home address.",
    ),
    (
        "en-US",
        "Please take the lift to the fourth floor.",
        "Please take the elevator to the fourth floor.",
    ),
    ("en-CA", "The lifts are out of order today.", "The elevators are out of order today."),
    ("en-US", "Your number was engaged when I called.", "Your number was busy when I called."),
    (
        "en-CA",
        "The line's engaged, so I'll e-mail you instead.",
        "The line's busy, so I'll e-mail you instead.",
    ),
    ("en-US", "You can open a current account online.", "You can open a checking account online."),
    (
        "en-CA",
        "Joint current accounts have no monthly fee.",
        "Joint chequing accounts have no monthly fee.",
    ),
    (
        "en-US",
        "The courier knocked at the flat below.",
        "The courier knocked at the apartment below.",
    ),
    (
        "en-US",
        "The spare is under the floor of the boot of the car.",
        "The spare is under the floor of the trunk of the car.",
    ),
    ("en-US", "We'll ring you back within the hour.", "We'll call you back within the hour."),
    ("en-US", "Feel free to give us a ring anytime.", "Feel free to give us a call anytime."),
]


@pytest.mark.parametrize(("locale", "text", "want"), EN_FIX)
def test_english_regional_pairs(linter: Linter, locale: str, text: str, want: str) -> None:
    assert found(linter, locale, text) != []
    assert fixed(linter, locale, text) == want


EN_NEAR = [
    ("en-GB", "Please check your e-mail for the link."),
    ("en-GB", "We ran a check on the order and it's fine."),
    ("en-AU", "Your check-in time is 2 pm."),
    ("en-CA", "Let me check with the warehouse first."),
    ("en-GB", "Long queues can tire anyone out."),
    ("en-AU", "The tree trunk fell on the fence, not the house."),
    ("en-GB", "The link is in the mail I sent this morning."),
    ("en-GB", "Keep your elevator pitch short."),
    ("en-US", "The link is in the post above."),
    ("en-US", "Our driver can give you a lift to the station."),
    ("en-US", "The whole team is engaged in fixing it."),
    ("en-US", "Please confirm your current account number."),
    ("en-US", "We charge a flat fee for delivery."),
    ("en-US", "Put the scale on a flat surface."),
    ("en-US", "If the laptop won't boot, hold the power button."),
    ("en-US", "The doorbell will ring twice."),
    ("en-CA", "The parcel is in the mail."),
    ("en-CA", "There's an elevator by the entrance."),
]


@pytest.mark.parametrize(("locale", "text"), EN_NEAR)
def test_english_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert found(linter, locale, text) == []


# 5. Regional vocabulary by domain.

VOCAB = [
    ("de-DE", "Grüezi Herr Brunner, Ihr Paket ist da.", "Grüezi"),
    ("de-AT", "Merci vielmals für Ihre Geduld!", "Merci vielmals"),
    ("de-DE", "Der Bancomat am Bahnhof nimmt Ihre Karte.", "Bancomat"),
    ("de-DE", "Bitte zahlen Sie innert 30 Tagen.", "innert"),
    ("de-DE", "Wenn Sie in die neue Wohnung zügeln, ändern wir die Adresse.", "zügeln"),
    ("de-AT", "Den Zügeltermin können Sie online wählen.", "Zügeltermin"),
    ("it-IT", "Ci mandi una copia della licenza di condurre.", "licenza di condurre"),
    ("it-IT", "Il pacco è nella bucalettere.", "bucalettere"),
    ("it-IT", "Compili i formulari e li firmi.", "formulari"),
    ("it-IT", "Le riservazioni si fanno online.", "riservazioni"),
    ("it-IT", "Il caffè è in azione fino a domenica.", "in azione"),
    ("it-IT", "Metta i documenti in un classatore.", "classatore"),
    ("nl-NL", "De overschrijving is gisteren vertrokken.", "overschrijving"),
    ("nl-NL", "Houd uw kasticket bij.", "kasticket"),
    ("nl-NL", "Zet de frigo niet te koud.", "frigo"),
    ("nl-NL", "Neem uw valies mee naar de balie.", "valies"),
    ("nl-NL", "Stuur het terug in een gefrankeerde omslag.", "omslag"),
    ("nl-NL", "Uw garagist kan de band vervangen.", "garagist"),
    ("fr-FR", "Les pièces sont un peu dispendieuses.", "dispendieuses"),
    ("fr-FR", "Votre demande de soumission est bien reçue.", "demande de soumission"),
    ("fr-CA", "Nous vous enverrons un devis gratuit demain.", "un devis gratuit"),
    ("es-ES", "Puede escribirnos a nuestro apartado postal.", "apartado postal"),
    ("es-ES", "Es un departamento amueblado de dos recámaras.", "departamento amueblado"),
    ("es-ES", "No maneje el auto hasta cambiar la llanta.", "maneje"),
    ("es-MX", "Vale, ya le cambié la fecha.", "Vale"),
    ("es-MX", "Escríbanos a nuestro apartado de correos.", "apartado de correos"),
    ("pt-PT", "Pode baixar o comprovativo no site.", "baixar"),
    ("pt-PT", "Guarde-o e salve as alterações.", "salve"),
    ("pt-PT", "Envie o arquivo PDF por e-mail.", "arquivo PDF"),
    ("pt-PT", "Volte à tela inicial e toque em Definições.", "tela inicial"),
    ("pt-BR", "Descarreguei o boleto no site.", "Descarreguei"),
    ("pt-BR", "A ementa do restaurante mudou.", "ementa"),
    ("pt-BR", "Clique em OK para guardar as configurações.", "guardar"),
]


@pytest.mark.parametrize(("locale", "text", "match"), VOCAB)
def test_regional_vocabulary(linter: Linter, locale: str, text: str, match: str) -> None:
    assert match in [m for _, m in found(linter, locale, text)]


VOCAB_NEAR = [
    ("de-DE", "Bitte zügeln Sie Ihren Ton im Chat."),
    ("de-CH", "Grüezi Herr Brunner, merci vielmals für Ihre Geduld."),
    ("it-IT", "Il tecnico entrerà in azione appena arriva il pezzo."),
    ("it-IT", "Ha ricevuto la polizza dell'assicurazione?"),
    ("nl-NL", "De foto staat op de omslag van de brochure."),
    ("nl-NL", "De overboeking staat morgen op uw rekening."),
    ("fr-FR", "Votre devis gratuit est en pièce jointe."),
    ("pt-PT", "Vamos baixar o preço a partir de março."),
    ("pt-PT", "Salvo erro, a encomenda segue amanhã."),
    ("pt-BR", "A bateria descarrega rápido com o GPS ligado."),
    ("pt-BR", "A ementa da disciplina está no portal do aluno."),
    ("pt-BR", "Guarde o comprovante até a entrega."),
]


@pytest.mark.parametrize(("locale", "text"), VOCAB_NEAR)
def test_regional_vocabulary_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert found(linter, locale, text) == []
