"""Kinds of the twentieth misc brief, each written as variants in other words and near
misses (no draft copied): Dutch and Italian admissions of liability, pet names as the
customer's address, the customer's self-introduction and signature read for the greeting,
Canadian home addresses, a sentence in a language outside the seven, and two kinds of
false alarm (German first person with "ich" dropped, typography inside personal data)."""

from __future__ import annotations

import pytest

from chatwriter import Linter
from tests.helpers import rule_ids


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(languagetool_url="")


rules = rule_ids


# -- 1. Dutch: liability admitted with adverbs, in a dat-clause; the costs paid after "en" --
NL_LIABLE = [
    "Wij geven ruiterlijk toe dat wij voor de lekkage in uw keuken aansprakelijk zijn.",
    "Ik erken namens ons bedrijf dat we aansprakelijk zijn voor de kapotte ruit.",
    "We zijn in dit geval zonder meer aansprakelijk voor de deuk in uw auto.",
    "Uiteraard houden wij ons aansprakelijk voor de schade aan het parket.",
    "Wij stellen ons hiervoor volledig aansprakelijk.",
    "We zijn er helemaal zelf verantwoordelijk voor, excuses.",
    "Wij erkennen dat we verantwoordelijk zijn geweest voor de waterschade.",
]
NL_PAID_AFTER_EN = [
    "Onze monteur heeft de leiding geraakt; wij zijn aansprakelijk en vergoeden uw kosten.",
    "We erkennen de fout en nemen alle herstelkosten op ons.",
    "Wij zijn er verantwoordelijk voor en betalen natuurlijk de reparatie.",
    "We hebben de vaas gebroken en vergoeden uiteraard alles.",
    "Wij hebben uw hek beschadigd en zullen de schade vergoeden.",
]
NL_QUIET = [
    # the terms quoted: a refusal, another kind
    'Artikel 7 van onze voorwaarden zegt: "Wij zijn niet aansprakelijk voor gevolgschade."',
    "DHL is hiervoor aansprakelijk; ik heb de schadeclaim bij hen ingediend.",
    "U vraagt of wij aansprakelijk zijn; dat beoordeelt de schadeafdeling.",
    "Wij zijn alleen aansprakelijk voor schade die tijdens het transport ontstaat.",
    "Wij zijn aansprakelijk tot een maximum van 250 euro per zending.",
    "Wij zijn er verantwoordelijk voor dat uw bestelling veilig aankomt.",
    "We sturen een nieuwe lamp en vergoeden de retourkosten.",
    "We hebben het bedrag gecorrigeerd en betalen het verschil terug.",
]

# -- 2. Italian: the responsibility named as ours; a third party's bill refunded --
IT_LIABLE = [
    "La responsabilità di quanto è successo al Suo divano è interamente nostra.",
    "La responsabilità per la perdita del pacco è tutta nostra.",
    "Me ne assumo io la piena responsabilità.",
    "Ce ne assumiamo pienamente la responsabilità, ci dispiace.",
    "È tutta nostra la colpa: il montatore ha sbagliato.",
    "Ammettiamo la nostra responsabilità per il guasto.",
    "Siamo noi i responsabili del graffio sulla porta.",
]
IT_THIRD_PARTY = [
    "Le rimborseremo anche la parcella del Suo avvocato.",
    "Il danno è colpa nostra, Le paghiamo noi anche l'idraulico.",
    "Ci faremo carico pure della fattura del carrozziere.",
    "Le rimborsiamo volentieri l'uscita del fabbro.",
    "Le rimborseremo anche le spese, ovviamente.",
]
IT_QUIET = [
    "La responsabilità del vettore cessa con la firma del destinatario.",
    # an apology for a mistake and the order's normal refund already sent: no pledge
    "Ci scusiamo, l'errore è nostro: il rimborso del Suo ordine è già stato emesso.",
    "La responsabilità di imballare bene i resi è nostra, per questo usiamo scatole doppie.",
    "La responsabilità non è nostra, ma abbiamo aperto un reclamo con il corriere.",
    "Le rimborseremo anche le spese di spedizione del reso.",
    "Non rimborsiamo il costo del tecnico esterno, come da condizioni.",
]

# -- 3. Pet names as the customer's address --
ENDEARMENT = [
    ("es-ES", "¡Buenas tardes, guapo! Ya le he cambiado la cita.", "guapo"),
    ("es-ES", "Perfecto, maja, ya tiene el reembolso.", "maja"),
    ("es-ES", "Le he mandado la factura por correo, cielo.", "cielo"),
    ("es-ES", "Claro, corazón, ahora lo miro.", "corazón"),
    ("es-MX", "Ya quedó tu recarga, güerita.", "güerita"),
    ("es-MX", "Sale, reina, mañana te llega.", "reina"),
    ("es-MX", "Hola cariño, ya revisé tu pedido.", "cariño"),
    ("pt-BR", "Prontinho, fofa, o estorno já caiu.", "fofa"),
    ("pt-BR", "Combinado, linda! A troca sai amanhã.", "linda"),
    ("pt-BR", "Já mandei o código por SMS, amor.", "amor"),
    ("pt-PT", "Olá, querida, a fatura já foi corrigida.", "querida"),
    ("it-IT", "Certamente, caro, controllo subito.", "caro"),
    ("it-IT", "Grazie tesoro, il reso è registrato.", "tesoro"),
    ("fr-FR", "Merci ma chérie, le colis part ce soir.", "ma chérie"),
    ("fr-CA", "C'est réglé, mon chou.", "mon chou"),
    ("en-GB", "Ta love, that's all sorted now.", "love"),
    ("en-US", "No problem, sweetie, the refund is on its way.", "sweetie"),
    ("en-AU", "All done, babe, enjoy the weekend.", "babe"),
]
ENDEARMENT_QUIET = [
    ("es-ES", "Guapísima la foto que nos mandó, se ve bien el roce."),
    ("es-ES", "La funda viene en negro, gris, cielo."),
    ("es-ES", "La dependienta fue muy maja con usted, nos alegra."),
    ("es-MX", "Claro, Reina Sofía es la calle correcta."),
    ("pt-BR", "A manta é macia, fofa e lavável."),
    ("pt-BR", "Cada peça é embalada com amor."),
    ("it-IT", "Sì, cara ma resistente: la valigia dura anni."),
    ("it-IT", "Cara Giulia, il rimborso è partito."),
    ("fr-FR", "Ma belle-mère a reçu le colis hier."),
    ("en-GB", "I'd love to sort this out for you."),
    ("en-US", "Our Sweetie Pie candles are back in stock."),
]

# -- 4. The name the customer gave, read from more introductions and sign-offs --
NAME_GIVEN = [
    (
        "de-DE",
        "Guten Tag, hier schreibt Jonas Becker. Mein Router blinkt.",
        "Hallo Lukas, ich prüfe das.",
        "Jonas",
    ),
    (
        "de-AT",
        "Servus, es schreibt Ihnen Jonas Becker. Mein Router blinkt.",
        "Hallo Lukas, ich prüfe das.",
        "Jonas",
    ),
    (
        "de-DE",
        "Mein Router blinkt seit gestern. MfG Jonas Becker",
        "Hallo Lukas, ich prüfe das.",
        "Jonas",
    ),
    (
        "de-CH",
        "Mein Router blinkt seit gestern!\nBeste Grüsse Jonas Becker",
        "Hallo Lukas, ich prüfe das.",
        "Jonas",
    ),
    ("en-GB", "My router keeps dropping. Regards Jonas", "Hi Luke, I'll check.", "Jonas"),
    (
        "fr-FR",
        "Bonjour, Élodie Marchand à l'appareil. Ma box ne marche plus.",
        "Bonjour Camille, je regarde.",
        "Élodie",
    ),
    (
        "fr-CA",
        "Ma box ne marche plus. Cordialement Élodie Marchand",
        "Bonjour Camille, je regarde.",
        "Élodie",
    ),
    (
        "es-ES",
        "Hola, le escribe Íñigo Sanz porque no me llega la factura.",
        "Hola Pablo, lo reviso.",
        "Íñigo",
    ),
    ("es-MX", "No me llega la factura. Saludos Íñigo", "Hola Pablo, lo reviso.", "Íñigo"),
    (
        "pt-BR",
        "Oi, aqui é Joana Prado, minha fatura veio errada.",
        "Olá Carla, vou verificar.",
        "Joana",
    ),
    (
        "pt-PT",
        "A minha fatura veio errada. Cumprimentos Joana Prado",
        "Olá Carla, vou verificar.",
        "Joana",
    ),
    (
        "nl-NL",
        "Goedemorgen, u spreekt met Sanne Visser. Mijn bon klopt niet.",
        "Hallo Eva, ik kijk het na.",
        "Sanne",
    ),
    ("nl-BE", "Hallo, hier is Sanne. Mijn bon klopt niet.", "Hallo Eva, ik kijk het na.", "Sanne"),
    ("nl-NL", "Mijn bon klopt niet. Groetjes Sanne", "Hallo Eva, ik kijk het na.", "Sanne"),
    (
        "it-IT",
        "Buongiorno, vi scrive Matteo Greco: la bolletta è sbagliata.",
        "Buongiorno Luca, controllo.",
        "Matteo",
    ),
    (
        "it-IT",
        "La bolletta è sbagliata. Cordiali saluti Matteo Greco",
        "Buongiorno Luca, controllo.",
        "Matteo",
    ),
]
TITLE_AGAINST_FIRST_NAME = [
    (
        "de-DE",
        "Guten Tag, hier schreibt Jonas Becker. Mein Router blinkt.",
        "Hallo Frau Becker, ich prüfe das.",
        "Frau",
    ),
    (
        "de-DE",
        "Mein Router blinkt. MfG Jonas Becker",
        "Guten Tag Frau Becker, ich prüfe das.",
        "Frau",
    ),
    (
        "fr-FR",
        "Bonjour, Élodie Marchand à l'appareil.",
        "Bonjour Monsieur Marchand, je regarde.",
        "Monsieur",
    ),
    ("it-IT", "Salve, vi scrive Matteo Greco.", "Buongiorno signora Greco, controllo.", "signora"),
    (
        "nl-NL",
        "Goedemiddag, u spreekt met Sanne Visser.",
        "Goedemiddag meneer Visser, ik kijk.",
        "meneer",
    ),
]
NAME_QUIET = [
    # the customer names someone else: no name of theirs to compare with
    (
        "de-DE",
        "Meine Frau Katrin hat das Gerät bestellt, es kam nie an.",
        "Hallo Herr Wolf, ich prüfe das.",
    ),
    (
        "de-DE",
        "Meine Frau Katrin hat das Gerät bestellt, es kam nie an.",
        "Hallo Frau Wolf, ich prüfe das.",
    ),
    (
        "es-ES",
        "Mi señora Lucía hizo el pedido y no llegó. Saludos, Íñigo Sanz",
        "Hola señor Sanz, lo reviso.",
    ),
    # the agent greets by the surname of the full name given
    (
        "de-DE",
        "Hier schreibt Jonas Becker, mein Router blinkt.",
        "Guten Tag Herr Becker, ich prüfe das.",
    ),
    ("it-IT", "Salve, vi scrive Matteo Greco.", "Buongiorno signor Greco, controllo."),
    # thanks without a comma as often thank the agent
    ("en-US", "That fixed it, thanks Luke", "Hi Luke, glad it works."),
    # a firm after the verb of writing, not where the turn opens
    ("de-DE", "Wie Amazon schreibt, ist das Paket zugestellt.", "Hallo Lukas, ich prüfe das."),
]

# -- 5. A Canadian home address, French or English order --
CA_ADDRESS = [
    (
        "fr-CA",
        "J'ai bien noté votre adresse : 4410, rue De Lorimier, app. 2, Montréal (Québec) H2H 2A9.",
    ),
    (
        "fr-CA",
        "La carte partira à l'adresse de votre dossier, 915, boulevard Charest Est, Québec (Québec) G1K 3J5.",
    ),
    ("fr-CA", "Votre nouvelle adresse est le 60 chemin des Pins, Gatineau QC J9H 3R1."),
    (
        "en-CA",
        "I've changed your delivery address to 27 Birch Crescent, Unit 6, Winnipeg, MB R3T 2N2.",
    ),
    ("en-CA", "The new router goes to 8-1220 Robson Street, Vancouver, BC V6E 1C1 on Monday."),
    ("en-CA", "Your file shows 145 Lakeshore Road East, Mississauga ON L5G 1E5."),
]
CA_ADDRESS_QUIET = [
    (
        "fr-CA",
        "Renvoyez l'appareil à notre entrepôt : 2500, rue Guénette, Saint-Laurent (Québec) H4R 2H2.",
    ),
    ("fr-CA", "Le secteur H2H est desservi par notre transporteur le samedi."),
    ("en-CA", "Our head office is at 300 Front Street West, Toronto, ON M5V 0E9."),
    ("en-CA", "Pick it up at the depot, 75 Industrial Drive, Halifax NS B3B 1L6."),
    ("en-CA", "Postal code T2P 4K9 is inside our same-day zone."),
    ("en-CA", "Your parcel is at 12 Main Street with the neighbour."),
    # a hotel's or a shop's address, without a unit or "your address"
    ("en-CA", "The hotel is at 212 Wellington Street, Ottawa, ON K1A 0A9 and has parking."),
    ("fr-CA", "La boulangerie est au 4200, rue Saint-Denis, Montréal (Québec) H2J 2K8."),
]

# -- 6. A sentence in a language outside the seven inside an English reply --
OUTSIDE_SEVEN = [
    "Your refund went through this morning. Salamat po, ingat po kayo!",
    "Salamat po sa pasensya, Ate Liza. The replacement ships on Monday.",
    "The booking is confirmed for two nights. Dziękujemy bardzo za zamówienie!",
    "I've unlocked the account for you. Çok teşekkürler, iyi akşamlar dileriz!",
    "Your card has been replaced. Vă mulțumim mult și o seară bună!",
    "The technician comes on Thursday. Terima kasih dan sampai jumpa!",
]
OUTSIDE_SEVEN_QUIET = [
    "Your refund went through this morning. Salamat po!",
    "Your table at Kusina ni Lola in Quezon City is booked for seven.",
    'The "Mabuhay Salamat Po" gift box is back in stock.',
    "Your flight to Kraków via Istanbul leaves at nine.",
]

# -- 7. German: "ich" dropped before a verb that is also a du imperative --
DE_FIRST_PERSON = [
    "Guten Tag Frau Yilmaz, hab eben nachgesehen: Ihre Karte ist unterwegs.",
    "Schau sofort nach, ob Ihre Überweisung da ist, Herr Brandt.",
    "Hab’s an unsere Technik weitergegeben, Sie bekommen morgen Bescheid.",
    "Habe Ihren Tarif gerade umgestellt, Sie sehen das in der App.",
    "Frag gleich in der Buchhaltung nach und melde mich bei Ihnen.",
    "Hab Ihre Adresse im Kundenkonto korrigiert, danke für den Hinweis.",
]
DE_DU_IMPERATIVE = [
    "Schau mal in dein Kundenkonto, Sie finden die Rechnung dort.",
    "Schick mir die Kundennummer, dann prüfe ich Ihren Vertrag.",
    "Hab Geduld, Ihre Karte kommt morgen.",
    "Klick auf den Link, dann sehen Sie Ihre Rechnung.",
    "Ruf einfach bei der Hotline an, Ihre Nummer haben wir.",
]

# -- 8. Typography inside personal data, a link or an e-mail address --
TYPOGRAPHY_QUIET = [
    ("fr-FR", "Votre mot de passe provisoire est Cerise2026! — changez-le dès ce soir."),
    ("fr-FR", "Le mot de passe temporaire, Cerise2026!, expire demain."),
    ("fr-FR", "Votre mot de passe est désormais Cerise2026? et il expire demain."),
    ("es-ES", "Su contraseña temporal es Cereza2026? y caduca mañana."),
    ("fr-FR", "Le guide est sur https://aide.exemple.fr/faq?q=colis;mode=court pour la suite."),
]
TYPOGRAPHY_FLAGGED = [
    ("fr-FR", "Le colis part demain. Bonne soirée!"),
    ("fr-FR", "Écrivez-nous à service@exemple.fr! Nous répondons sous 24 heures."),
    ("fr-FR", "Votre mot de passe temporaire est Cerise2026! Changez-le en vous connectant."),
]


@pytest.mark.parametrize("text", NL_LIABLE)
def test_nl_liability(linter: Linter, text: str) -> None:
    assert rules(linter, text, "nl-NL", "nl.commitment.liability"), text


@pytest.mark.parametrize("text", NL_PAID_AFTER_EN)
def test_nl_costs_paid_after_en(linter: Linter, text: str) -> None:
    assert rules(linter, text, "nl-NL", "nl.commitment.compensation"), text


@pytest.mark.parametrize("text", NL_QUIET)
def test_nl_commitment_near_misses(linter: Linter, text: str) -> None:
    assert rules(linter, text, "nl-NL", ".commitment.") == [], text


@pytest.mark.parametrize("text", IT_LIABLE)
def test_it_liability(linter: Linter, text: str) -> None:
    assert rules(linter, text, "it-IT", "it.commitment.liability"), text


@pytest.mark.parametrize("text", IT_THIRD_PARTY)
def test_it_third_party_costs(linter: Linter, text: str) -> None:
    assert rules(linter, text, "it-IT", "it.commitment.compensation"), text


@pytest.mark.parametrize("text", IT_QUIET)
def test_it_commitment_near_misses(linter: Linter, text: str) -> None:
    assert rules(linter, text, "it-IT", ".commitment.") == [], text


@pytest.mark.parametrize(("locale", "text", "match"), ENDEARMENT)
def test_pet_name_as_address(linter: Linter, locale: str, text: str, match: str) -> None:
    found = [f.match for f in linter.lint(text, locale).findings if f.category == "salutation"]
    assert match in found, (text, found)


@pytest.mark.parametrize(("locale", "text"), ENDEARMENT_QUIET)
def test_pet_name_words_not_in_address(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".salutation.") == [], text


@pytest.mark.parametrize(("locale", "customer", "reply", "expected"), NAME_GIVEN)
def test_greeting_against_the_name_given(
    linter: Linter, locale: str, customer: str, reply: str, expected: str
) -> None:
    report = linter.lint(reply, locale, conversation=[("customer", customer)])
    found = [f for f in report.findings if f.rule == "common.names.greeting-name"]
    assert [f.suggestions[0].text for f in found] == [expected]


@pytest.mark.parametrize(("locale", "customer", "reply", "title"), TITLE_AGAINST_FIRST_NAME)
def test_title_against_the_first_name_given(
    linter: Linter, locale: str, customer: str, reply: str, title: str
) -> None:
    report = linter.lint(reply, locale, conversation=[("customer", customer)])
    found = [f.match for f in report.findings if f.rule == "common.names.greeting-title"]
    assert found == [title]


@pytest.mark.parametrize(("locale", "customer", "reply"), NAME_QUIET)
def test_greeting_name_near_misses(linter: Linter, locale: str, customer: str, reply: str) -> None:
    assert rules(linter, reply, locale, "common.names.", [("customer", customer)]) == []


def test_a_closing_word_is_no_name(linter: Linter) -> None:
    """'MfG' and 'Groetjes' before the signature were once read as the customer's name."""
    for locale, customer, reply in (
        ("de-DE", "Die Rechnung ist falsch. MfG Jonas Becker", "Hallo Lukas, ich prüfe das."),
        ("nl-NL", "De bon klopt niet. Groetjes Sanne", "Hallo Eva, ik kijk het na."),
    ):
        report = linter.lint(reply, locale, conversation=[("customer", customer)])
        suggested = [f.suggestions[0].text for f in report.findings if "names" in f.rule]
        assert suggested and suggested[0] not in ("MfG", "Groetjes"), suggested


@pytest.mark.parametrize(("locale", "text"), CA_ADDRESS)
def test_canadian_home_address(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.home-address"), text


@pytest.mark.parametrize(("locale", "text"), CA_ADDRESS_QUIET)
def test_canadian_business_address_and_code_alone(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.home-address") == [], text


@pytest.mark.parametrize("text", OUTSIDE_SEVEN)
def test_sentence_in_a_language_outside_the_seven(linter: Linter, text: str) -> None:
    found = [
        f for f in linter.lint(text, "en-US").findings if f.rule == "en.language.wrong-language"
    ]
    assert found, text
    assert found[0].match != text  # the sentence, not the reply


@pytest.mark.parametrize("text", OUTSIDE_SEVEN_QUIET)
def test_short_greetings_and_names_stay_quiet(linter: Linter, text: str) -> None:
    assert rules(linter, text, "en-US", ".language.") == [], text


@pytest.mark.parametrize("text", DE_FIRST_PERSON)
def test_first_person_without_ich_in_a_sie_reply(linter: Linter, text: str) -> None:
    assert rules(linter, text, "de-DE", "de.formality.") == [], text


@pytest.mark.parametrize("text", DE_DU_IMPERATIVE)
def test_du_imperative_in_a_sie_reply(linter: Linter, text: str) -> None:
    assert rules(linter, text, "de-DE", "de.formality.du-sie"), text


@pytest.mark.parametrize(("locale", "text"), TYPOGRAPHY_QUIET)
def test_no_typography_inside_personal_data(linter: Linter, locale: str, text: str) -> None:
    report = linter.lint(text, locale)
    assert [f.rule for f in report.findings if f.category == "typography"] == [], text


@pytest.mark.parametrize(("locale", "text"), TYPOGRAPHY_FLAGGED)
def test_typography_after_the_data(linter: Linter, locale: str, text: str) -> None:
    report = linter.lint(text, locale)
    assert [f.match for f in report.findings if f.category == "typography"] == ["!"], text


def test_password_keeps_its_own_mark(linter: Linter) -> None:
    text = "Votre mot de passe provisoire est Cerise2026! — changez-le dès ce soir."
    found = [
        f.match for f in linter.lint(text, "fr-FR").findings if f.rule == "common.pii.password"
    ]
    assert found == ["Cerise2026!"]
