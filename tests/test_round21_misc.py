"""Kinds of the twenty-first misc brief, each written as variants in other words and near
misses (no draft copied): a German delivery or repair date promised as certain, a group
greeting or group address to one customer, the customer thanked or addressed by another
first name, a gendered pronoun for a person known only by a role noun, and the two
findings "Hi guys" gets (one warning, one suggestion)."""

from __future__ import annotations

import pytest

from chatwriter import Linter
from tests.helpers import rule_ids


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(languagetool_url="")


rules = rule_ids


# -- 1. German: a date promised with garantiert / ganz sicher / hundertprozentig --
DE_CERTAIN_DATE = [
    ("de-DE", "Bis Donnerstag haben Sie Ihren Kühlschrank garantiert wieder zurück."),
    ("de-DE", "Übermorgen ist die Reparatur ganz sicher abgeschlossen."),
    ("de-DE", "Spätestens am Mittwoch ist die Monteurin ganz bestimmt bei Ihnen."),
    ("de-DE", "Die neue Matratze liegt hundertprozentig bis Samstag bei Ihnen im Flur."),
    ("de-DE", "Am Montag funktioniert Ihr Anschluss zu hundert Prozent wieder."),
    ("de-DE", "Nächste Woche halten Sie die Ersatzkarte ganz sicher in der Hand."),
    ("de-DE", "Das erledigen wir hundertprozentig bis morgen Mittag."),
    ("de-DE", "Ihr Laptop kommt ganz gewiss noch diese Woche repariert zurück."),
    ("de-CH", "Die Offerte ist ganz sicher bis Ende Woche in Ihrem Postfach."),
    ("de-CH", "Bis Freitag ist Ihr Velo garantiert geflickt."),
    ("de-CH", "Morgen um 10 Uhr steht der Servicetechniker ganz sicher vor der Tür."),
    ("de-AT", "Das Packerl ist morgen in der Früh ganz sicher bei Ihnen."),
    ("de-AT", "Bis zum 15. Jänner ist die Gutschrift ganz gewiss auf Ihrem Konto."),
    ("de-AT", "Bis Monatsende ist der Zähler mit Sicherheit getauscht."),
]
DE_CERTAIN_QUIET = [
    ("de-DE", "Die Garantie auf die Waschmaschine gilt drei Jahre ab Kauf."),
    ("de-DE", "Unser Bergkäse ist garantiert laktosefrei und ohne Zusatzstoffe."),
    ("de-DE", "Die Erdbeeren sind garantiert frisch vom Feld."),
    ("de-DE", "Das Leder dieser Tasche ist garantiert echt."),
    ("de-DE", "Das Sofa wird voraussichtlich bis Freitag geliefert."),
    ("de-DE", "Das ist sicher ärgerlich, gerade so kurz vor dem Urlaub."),
    ("de-DE", "Das war für Sie sicher ein langer Tag."),
    # the refund the law grants, restated: not the agent's own promise
    (
        "de-CH",
        "Gemäss Widerrufsrecht garantieren wir Ihnen die Rückzahlung des vollen Kaufpreises.",
    ),
    (
        "de-DE",
        "Wir garantieren Ihnen die Erstattung des Kaufpreises, so will es das Widerrufsrecht.",
    ),
    ("de-DE", "Ob das Paket bis Freitag ankommt, kann ich leider nicht garantieren."),
    ("de-DE", "Ich bin mir nicht ganz sicher, ob der Techniker am Montag kommen kann."),
    ("de-AT", "Kommt das Packerl morgen ganz sicher an?"),
    ("de-DE", "Bis Freitag ist das ganz sicher erledigt, wenn die Teile rechtzeitig kommen."),
    ("de-DE", "Der Hersteller garantiert die Ersatzteile zehn Jahre lang."),
]

# -- 2. A group greeting or group address to one customer --
EN_GROUP = [
    ("Hey there, folks! The replacement card is in the post.", "folks"),
    ("Hi there, everyone. I've moved the delivery to Friday.", "everyone"),
    ("Hello and welcome, everybody! What can I sort out for you?", "everybody"),
    ("Morning, y'all! Your booking is confirmed.", "y'all"),
    ("Thanks so much, guys! The address is updated.", "guys"),
    ("How can we help you all this afternoon?", "you all"),
    ("What can I do for you guys today?", "you guys"),
    ("Is there anything else I can help you folks with?", "you folks"),
    ("Sorry for the wait. Hi all, I've found the order.", "all"),
    ("Your voucher is active now. Have a lovely evening, everyone!", "everyone"),
    ("Thank you for your patience, folks.", "folks"),
    ("Okay guys, I've reset both passwords.", "guys"),
    ("Welcome back, everybody! The shop is open again.", "everybody"),
    ("Hey you lot, the parcel has been delivered.", "you lot"),
]
EN_GROUP_QUIET = [
    # a wish for the customer's party or household: left alone
    "I hope you all have a wonderful time at the lake.",
    "A big thank-you to everyone on our warehouse team for the quick fix.",
    'Your email said: "Hi all, please cancel order 5512." I\'ve cancelled it.',
    "You forwarded this:\n> Hi all, the order never came.\nI've opened a claim.",
    "Many folks ask about this, so here's the guide.",
    "Everyone in the household can use the same login.",
    "Thanks, everybody's seats are together now.",
    "I can help you all the way through the returns form.",
    "The new price applies to everyone, including existing members.",
    "Hi Dana, thanks for waiting.",
]
OTHER_GROUP = [
    ("de-DE", "Hallo in die Runde, ich sehe mir die Rechnung an.", "Hallo in die Runde"),
    ("de-AT", "Guten Morgen in die Runde! Der Techniker kommt am Montag.", "in die Runde"),
    ("de-DE", "Hallo ihr Lieben, die Gutschrift ist unterwegs.", "Hallo ihr Lieben"),
    ("de-CH", "Danke für die Geduld, Leute!", "Leute"),
    ("fr-FR", "Salut tout le monde, je regarde la commande.", "Salut tout le monde"),
    ("fr-CA", "Merci de votre patience, tout le monde!", "tout le monde"),
    ("es-ES", "Hola chicas, el reembolso ya está hecho.", "Hola chicas"),
    ("es-MX", "¡Gracias por la paciencia, chicos!", "chicos"),
    ("pt-BR", "Oi, pessoal! A troca já foi aprovada.", "Oi, pessoal"),
    ("pt-PT", "Obrigado pela paciência, pessoal.", "pessoal"),
    ("nl-NL", "Hoi allemaal, de factuur is aangepast.", "Hoi allemaal"),
    ("nl-BE", "Bedankt voor het wachten, jongens!", "jongens"),
    ("it-IT", "Salve a tutti, il reso è registrato.", "Salve a tutti"),
    ("it-IT", "Grazie per l'attesa, ragazzi!", "ragazzi"),
]
OTHER_GROUP_QUIET = [
    ("de-DE", "Vielen Dank an das ganze Team in der Buchhaltung."),
    ("de-DE", "Wir haben alle zusammen noch einmal geprüft."),
    ("de-DE", "Das betrifft in der Runde der Vertragskunden nur Sie."),
    ("fr-FR", "Bonjour, tous les frais vous seront remboursés."),
    ("fr-FR", "Merci à toute l'équipe du service client pour sa réactivité."),
    ("es-ES", "Hola, todos los pedidos salieron ayer."),
    ("es-ES", "Gracias a los chicos del almacén, su pedido salió hoy."),
    ("pt-BR", "Olá, todos os itens foram enviados."),
    ("nl-NL", "Bedankt, alle pakketten zijn onderweg."),
    ("it-IT", "Grazie, tutti i pacchi sono partiti."),
]

# -- 3. The customer thanked or addressed by another first name --
CUST_EN = "Hi, this is Megan Ross. My order hasn't arrived."
NAME_IN_THANKS = [
    ("en-US", CUST_EN, "Thanks, Laura, I've found the parcel at the depot.", "Megan"),
    ("en-US", CUST_EN, "Thank you Laura, the parcel is at the depot.", "Megan"),
    ("en-GB", CUST_EN, "Thanks so much, Laura! The parcel is at the depot.", "Megan"),
    ("en-AU", CUST_EN, "Sure, Laura, I can move it to Friday.", "Megan"),
    ("en-CA", CUST_EN, "Of course, Laura! Let me look at the tracking.", "Megan"),
    (
        "de-DE",
        "Hallo, ich bin Miriam Lang, meine Lieferung fehlt.",
        "Danke, Katrin, ich sehe mir die Lieferung an.",
        "Miriam",
    ),
    (
        "de-AT",
        "Hallo, ich bin Miriam Lang, meine Lieferung fehlt.",
        "Vielen Dank, Katrin, ich kümmere mich darum.",
        "Miriam",
    ),
    (
        "de-CH",
        "Hallo, ich bin Miriam Lang, meine Lieferung fehlt.",
        "Merci, Katrin, ich prüfe das gleich.",
        "Miriam",
    ),
    (
        "fr-FR",
        "Bonjour, je m'appelle Chloé Dubois, ma commande est bloquée.",
        "Merci Léa, je regarde votre commande.",
        "Chloé",
    ),
    (
        "fr-CA",
        "Bonjour, je m'appelle Chloé Dubois, ma commande est bloquée.",
        "D'accord, Léa, je m'en occupe tout de suite.",
        "Chloé",
    ),
    (
        "es-ES",
        "Hola, me llamo Lucía Gómez y no me llega el pedido.",
        "Gracias, Marta, ya reviso el pedido.",
        "Lucía",
    ),
    (
        "es-MX",
        "Hola, me llamo Lucía Gómez y no me llega el pedido.",
        "Claro, Marta, ahorita lo reviso.",
        "Lucía",
    ),
    (
        "pt-BR",
        "Olá, meu nome é Tiago Lopes, a fatura veio errada.",
        "Obrigado, Bruno, vou verificar a fatura.",
        "Tiago",
    ),
    (
        "pt-PT",
        "Olá, meu nome é Tiago Lopes, a fatura veio errada.",
        "Muito obrigada, Bruno! Vou já ver isso.",
        "Tiago",
    ),
    (
        "nl-NL",
        "Hoi, ik ben Femke de Boer, mijn pakket is zoek.",
        "Bedankt, Lotte, ik zoek het pakket op.",
        "Femke",
    ),
    (
        "nl-BE",
        "Hoi, ik ben Femke de Boer, mijn pakket is zoek.",
        "Dank u wel, Lotte, ik kijk het meteen na.",
        "Femke",
    ),
    (
        "it-IT",
        "Buongiorno, mi chiamo Chiara Russo, il reso non è arrivato.",
        "Grazie Giulia, controllo subito il reso.",
        "Chiara",
    ),
    (
        "it-IT",
        "Buongiorno, mi chiamo Chiara Russo, il reso non è arrivato.",
        "Certo, Giulia, ci penso io.",
        "Chiara",
    ),
]
NAME_IN_THANKS_QUIET = [
    ("en-US", CUST_EN, "Thanks, Megan, I've found the parcel at the depot."),
    ("en-US", CUST_EN, "Thanks to Laura in our billing team, the refund went out today."),
    ("en-GB", CUST_EN, "Your parcel is at the depot.\nThanks,\nLaura"),
    ("en-US", CUST_EN, "Thank you, Ms Ross, I've found the parcel."),
    ("en-US", CUST_EN, "Sure, PayPal, Visa and Amex all work for the new order."),
    ("en-US", CUST_EN, "Sure, Monday works for the redelivery."),
    ("en-US", "My parcel never came.", "Thanks, Laura, I've found it."),
    (
        "de-DE",
        "Hallo, ich bin Miriam Lang, meine Lieferung fehlt.",
        "Danke, Frau Lang, ich prüfe das.",
    ),
    (
        "de-DE",
        "Hallo, ich bin Miriam Lang, meine Lieferung fehlt.",
        "Danke an Katrin aus der Buchhaltung, die Gutschrift ist raus.",
    ),
    (
        "fr-FR",
        "Bonjour, je m'appelle Chloé Dubois, ma commande est bloquée.",
        "Merci à Léa du service facturation, le remboursement est parti.",
    ),
    (
        "es-ES",
        "Hola, me llamo Lucía Gómez y no me llega el pedido.",
        "Gracias a Marta, de facturación, ya tiene el reembolso.",
    ),
    (
        "it-IT",
        "Buongiorno, mi chiamo Chiara Russo, il reso non è arrivato.",
        "Grazie Chiara, controllo subito.",
    ),
]

# -- 4. A gendered pronoun for a person known only by a role noun --
EN_GENERIC_PRONOUN = [
    (
        "Please have the account holder ring us from his registered mobile so we can verify him.",
        "his",
    ),
    ("The cardholder needs to confirm the charge in his banking app first.", "his"),
    ("Ask your manager to email us; once he approves it, the order goes out.", "he"),
    ("The recipient can collect the parcel if she brings photo ID.", "she"),
    ("If the policyholder wants to add a driver, he has to sign the form.", "he"),
    ("Each user can reset his own password from the login page.", "his"),
    ("The owner of the account must log in and confirm it himself.", "himself"),
    ("Only the customer who placed the order can cancel it. He'll find the button there.", "He"),
    ("The subscriber will get a text once her line is active.", "her"),
    ("The main driver must show his licence at the desk.", "his"),
]
EN_GENERIC_QUIET = [
    "Mr Okafor, the account holder, can call us from his own number.",
    "The cardholder, Anita Shah, has to approve it in her app.",
    "Please ask the account holder to call us; we'll verify their identity first.",
    "Priya from billing said she'll call you back this afternoon.",
    "The recipient can collect it with his or her photo ID.",
    "Your husband, as the account holder, can confirm it from his phone.",
    # the company's own staff on a job: a person the agent has on record
    "Our driver couldn't get in, so he took the parcel back to the depot.",
    "The engineer rang the bell twice, but he couldn't reach you.",
    "The store manager called me back and she approved the refund.",
    "The customer service team will email you once the refund is through.",
]
# the customer said whose the role is: the agent's pronoun follows what they were told
EN_GENERIC_CONTEXT_QUIET = [
    (
        "My wife is the account holder but she's abroad this month.",
        "Please ask the account holder to call us from her registered number.",
    ),
    (
        "My dad's card was charged twice.",
        "The cardholder can dispute it in his banking app.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), DE_CERTAIN_DATE)
def test_de_certain_date(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "de.commitment."), text


@pytest.mark.parametrize(("locale", "text"), DE_CERTAIN_QUIET)
def test_de_certain_date_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "de.commitment.") == [], text


@pytest.mark.parametrize(("text", "word"), EN_GROUP)
def test_en_group_address(linter: Linter, text: str, word: str) -> None:
    found = [f.match for f in linter.lint(text, "en-US").findings if f.category == "salutation"]
    assert found and word in found[0], (text, found)


@pytest.mark.parametrize("text", EN_GROUP_QUIET)
def test_en_group_words_elsewhere(linter: Linter, text: str) -> None:
    assert rules(linter, text, "en-US", "salutation.group-greeting") == [], text


@pytest.mark.parametrize(("locale", "text", "word"), OTHER_GROUP)
def test_group_address_other_languages(linter: Linter, locale: str, text: str, word: str) -> None:
    found = [f.match for f in linter.lint(text, locale).findings if f.category == "salutation"]
    assert found and word in found[0], (text, found)


@pytest.mark.parametrize(("locale", "text"), OTHER_GROUP_QUIET)
def test_group_words_elsewhere_other_languages(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "salutation.group-greeting") == [], text


@pytest.mark.parametrize(("locale", "customer", "reply", "expected"), NAME_IN_THANKS)
def test_thanks_to_another_name(
    linter: Linter, locale: str, customer: str, reply: str, expected: str
) -> None:
    report = linter.lint(reply, locale, conversation=[("customer", customer)])
    found = [f for f in report.findings if f.rule == "common.names.greeting-name"]
    assert [f.suggestions[0].text for f in found] == [expected], reply


@pytest.mark.parametrize(("locale", "customer", "reply"), NAME_IN_THANKS_QUIET)
def test_thanks_name_near_misses(linter: Linter, locale: str, customer: str, reply: str) -> None:
    assert rules(linter, reply, locale, "common.names.", [("customer", customer)]) == []


def test_thanks_with_the_other_title(linter: Linter) -> None:
    report = linter.lint(
        "Danke, Herr Lang, ich prüfe das.",
        "de-DE",
        conversation=[("customer", "Hallo, ich bin Miriam Lang, meine Lieferung fehlt.")],
    )
    found = [f.match for f in report.findings if f.rule == "common.names.greeting-title"]
    assert found == ["Herr"]


@pytest.mark.parametrize(("text", "word"), EN_GENERIC_PRONOUN)
def test_generic_pronoun_for_a_role(linter: Linter, text: str, word: str) -> None:
    found = [
        f for f in linter.lint(text, "en-US").findings if f.rule == "en.inclusive.generic-pronoun"
    ]
    assert [f.match for f in found][:1] == [word], text
    assert {s.text for s in found[0].suggestions} == {"they", "them", "their"}
    assert all(s.applicability.value == "display" for s in found[0].suggestions)


@pytest.mark.parametrize("text", EN_GENERIC_QUIET)
def test_generic_pronoun_near_misses(linter: Linter, text: str) -> None:
    assert rules(linter, text, "en-US", "generic-pronoun") == [], text


@pytest.mark.parametrize(("customer", "reply"), EN_GENERIC_CONTEXT_QUIET)
def test_generic_pronoun_named_by_the_customer(linter: Linter, customer: str, reply: str) -> None:
    assert rules(linter, reply, "en-US", "generic-pronoun", [("customer", customer)]) == []
    # without that turn, the same reply is flagged
    assert rules(linter, reply, "en-US", "generic-pronoun")


# -- 5. "Hi guys": one warning (salutation) and the inclusive angle as a suggestion --
@pytest.mark.parametrize(
    "text",
    [
        "Hi guys, both tickets are in your inbox.",
        "Hey guys! Let me check the booking.",
        "Thanks guys, the refund is done.",
        "Sorry about that. Okay guys, the card is unblocked.",
    ],
)
def test_guys_greeting_reported_once_as_a_warning(linter: Linter, text: str) -> None:
    found = {f.rule: f.severity.name for f in linter.lint(text, "en-US").findings}
    assert found.get("en.salutation.group-greeting") == "WARNING", found
    assert found.get("en.inclusive.guys-greeting") == "SUGGESTION", found
