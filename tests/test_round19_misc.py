"""Kinds the nineteenth blind round missed, and three kinds of false alarm, each written as
variants in other words and near misses (the drafts are not copied): commitment (es, nl,
pt), a password in brackets or quotes, a customer's line and home address read back,
German letter salutations with an academic title or "verbleiben", a closing sentence in
another language, "crap" as a verb, Spanish "clave" as a reference, Dutch "ik heb u", and
small goodwill gestures already given (docs/decisions.md 95)."""

from __future__ import annotations

import pytest

from chatwriter import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(languagetool_url="")


def rules(linter: Linter, text: str, locale: str, part: str) -> list[str]:
    return [f.rule for f in linter.lint(text, locale).findings if part in f.rule]


# -- 1. Spanish: paying for or replacing whatever the customer lost; authorising alone --
ES_WHATEVER_LOST = [
    ("es-MX", "Le vamos a reponer todo lo que se le descompuso con el apagón."),
    ("es-MX", "Te voy a pagar lo que perdiste en el viaje, no te preocupes."),
    ("es-ES", "Nosotros le reponemos todo, faltaría más."),
    ("es-ES", "Le repondremos todo lo que se estropeó en la nevera."),
    ("es-MX", "Le pago yo todo lo que se le arruinó en la mudanza."),
    ("es-ES", "Vamos a pagarle lo que se le rompió durante la instalación."),
    ("es-MX", "Les vamos a reponer lo que se les pudrió en el refri."),
]
ES_AUTHORISE = [
    ("es-MX", "No se preocupe, yo le autorizo el reembolso ahorita."),
    ("es-ES", "Le autorizo yo el abono de la reparación."),
    ("es-MX", "Tranquilo, se lo apruebo yo."),
    ("es-ES", "Voy a autorizarle el pago sin esperar a reclamaciones."),
    ("es-MX", "Te apruebo el descuento ahora mismo."),
]
ES_QUIET = [
    ("es-MX", "Vamos a reponer la licuadora en cuanto llegue el nuevo lote al almacén."),
    ("es-ES", "El departamento de reclamaciones decidirá si corresponde un reembolso."),
    ("es-MX", "Su supervisor le autoriza el reembolso cuando revise las fotos."),
    ("es-MX", "¿Me autoriza el cargo de 150 pesos a su tarjeta?"),
    ("es-ES", "Le pago la diferencia del envío exprés, como indica la política."),
    ("es-ES", "No le autorizo el reembolso sin el ticket de compra."),
]

# -- 2. Dutch: fault acknowledged with "erkennen"; the repair paid for --
NL_ACKNOWLEDGED = [
    ("nl-NL", "Wij erkennen dat onze monteur de tegels in uw badkamer heeft beschadigd."),
    ("nl-NL", "We erkennen volmondig dat onze chauffeur het hek heeft geraakt en kapotgemaakt."),
    ("nl-NL", "Ik erken dat wij bij de installatie een fout hebben gemaakt."),
    ("nl-NL", "Wij erkennen de fout en bieden onze excuses aan."),
    ("nl-NL", "Hierbij erkennen wij dat de lekkage door ons is veroorzaakt."),
]
NL_REPAIR_PAID = [
    ("nl-NL", "Wij vergoeden uiteraard de reparatie van uw voordeur."),
    ("nl-NL", "We betalen natuurlijk de kosten van het herstel."),
    ("nl-NL", "Wij vergoeden de reparatiekosten van uw auto."),
    ("nl-NL", "De herstelkosten vergoeden wij volledig."),
    ("nl-NL", "Wij betalen het herstel van de muur."),
]
NL_QUIET = [
    ("nl-NL", "Wij erkennen dat het lange wachten vervelend voor u was."),
    ("nl-NL", "We erkennen uw klacht en zoeken het voor u uit."),
    ("nl-NL", "Wij erkennen dat u door de storm schade heeft geleden."),
    # shipping paid under the return terms is policy, not a pledge
    ("nl-NL", "Wij vergoeden de verzendkosten volgens de retourvoorwaarden op onze site."),
    ("nl-NL", "Uw verzekering vergoedt de reparatie van de auto."),
    ("nl-NL", "Wij vergoeden de reparatie niet, want de garantie is verlopen."),
]

# -- 3. Portuguese: a new sum the agent will credit; the promise sealed --
PT_CREDIT = [
    ("pt-PT", "Vou creditar-lhe 40 € na próxima fatura."),
    ("pt-PT", "Creditar-lhe-emos 25 € no próximo mês."),
    ("pt-PT", "Creditar-lhe-ei já 15 euros na conta."),
    ("pt-BR", "Vou te creditar 60 reais ainda hoje."),
    ("pt-BR", "Vamos creditar R$ 80 na sua conta."),
    ("pt-BR", "Vou creditar na sua fatura R$ 35."),
]
PT_PROMISED = [
    ("pt-PT", "O técnico passa aí na quinta de manhã, fica prometido."),
    ("pt-PT", "Fica desde já prometido."),
    ("pt-BR", "A troca sai amanhã, tá prometido!"),
    ("pt-BR", "O reembolso cai até sexta, é promessa."),
    ("pt-PT", "Fica então prometido: ligo-lhe amanhã às dez."),
]
PT_QUIET = [
    ("pt-PT", "O crédito de 60 € aprovado pela equipa de reclamações aparece na próxima fatura."),
    ("pt-PT", "Vou creditar os 12 € cobrados a mais na próxima fatura."),
    ("pt-BR", "Não vou creditar R$ 50 sem a aprovação do setor."),
    ("pt-BR", "O desconto já está prometido pela loja desde ontem."),
    ("pt-BR", "Fica prometido?"),
]

# -- 4. A password in brackets or quotes after its cue --
PASSWORD = [
    ("es-MX", "Entré con la contraseña que me mandaste (Cactus#2291) y ya quedó."),
    ("en-US", "I signed in with your password (Maple$77) and fixed the setting."),
    ("pt-BR", "Usei a senha que você me passou, «Coqueiro2024!», para entrar."),
    ("en-GB", 'I tried the password you sent over "Kestrel44" and it worked.'),
    ("de-DE", "Ich habe mich mit dem Passwort aus Ihrer Mail (Tanne!2024) angemeldet."),
    ("fr-FR", "J'ai testé le mot de passe que vous m'avez donné « Soleil88 » sans succès."),
    ("it-IT", "Ho usato la password che mi ha scritto (Gatto_2019) ed è entrata."),
    ("nl-NL", "Ik heb ingelogd met het wachtwoord dat u stuurde (Molen#12)."),
]
PASSWORD_QUIET = [
    ("es-ES", "La contraseña nueva (mínimo 8 caracteres) debe llevar un número."),
    ("es-ES", "Escriba la contraseña (la que usa para entrar al banco) de nuevo."),
    ("en-US", "Your password (case-sensitive) must include a number."),
    ("en-US", "Open the password manager (v2.3) and click Export."),
    ("en-US", "Use the password reset page (step 2) to choose a new one."),
]

# -- 5. The customer's line and home address read back --
PHONE_READ_BACK = [
    ("pt-BR", "Atualizei o seu telefone para (31) 99876-1234, como pediu."),
    ("pt-BR", "Confirmei o telefone (21) 98877-6655 e o e-mail."),
    ("pt-BR", "Seu cadastro está assim: telefone (11) 97654-3210 e e-mail no fim."),
    ("pt-BR", "O telefone cadastrado é (41) 99123-4567, certo?"),
    ("pt-PT", "No seu registo consta o telefone 912 345 678."),
    ("es-MX", "Confirmé su teléfono: 55 4123 9876."),
    ("fr-FR", "J'ai mis à jour le téléphone : 06 12 34 56 78."),
]
HOME_ADDRESS = [
    (
        "pt-BR",
        "Confirmei seu cadastro: Rua das Acácias, 210, apto 52, Jardim Europa, Campinas – SP, CEP 13092-150.",
    ),
    ("pt-BR", "A entrega vai para Av. Brasil, 1500, ap. 31, bloco B, Centro, CEP 20040-002."),
    ("pt-PT", "A encomenda segue para a Rua do Sol, 14, 2.º Esq., 4000-123 Porto."),
    ("es-ES", "He actualizado la dirección: calle del Olmo 7, 4.º B, 28004 Madrid."),
    (
        "es-MX",
        "Le enviamos la tarjeta a Av. Insurgentes Sur 1450, depto. 3, Col. Del Valle, C.P. 03100.",
    ),
    ("it-IT", "Ho aggiornato l'indirizzo in via Po 3, int. 8, 10124 Torino."),
    ("fr-FR", "J'ai noté votre adresse : 12 rue des Lilas, appartement 4, 69003 Lyon."),
]
PHONE_ADDRESS_QUIET = [
    ("pt-BR", "Confirmei o telefone da loja: (21) 3456-7890, atende até as 18h."),
    ("pt-BR", "Ligue para o nosso SAC no 0800 723 4455, de segunda a sábado."),
    ("es-MX", "Confirmé el teléfono de la sucursal: 55 5123 4567."),
    ("pt-BR", "Pode retirar na nossa loja da Rua Augusta, 1500, loja 12, CEP 01304-001."),
    ("pt-BR", "O escritório fica na Av. Paulista, 1000, 3.º andar, CEP 01310-100."),
    ("es-ES", "Puede recoger el paquete en la tienda de calle Mayor 10, 2.º B, 28013 Madrid."),
    ("es-ES", "Su pedido llega a la calle del Olmo 7 el martes."),
    ("fr-FR", "L'agence est au 12 rue des Lilas, 69003 Lyon."),
]

# -- 6. German letter salutations: a title before the name; "verbleiben" --
DE_TITLE_GREETING = [
    ("de-DE", "Sehr geehrter Herr Dr. Brandt, Vielen Dank für Ihre Geduld."),
    ("de-DE", "Sehr geehrte Frau Prof. Dr. Sommer, Wir haben Ihr Paket verschickt."),
    ("de-AT", "Sehr geehrter Herr Dipl.-Ing. Gruber, Leider ist das Ersatzteil noch nicht da."),
    ("de-AT", "Guten Tag Frau Mag.a Pichler, Gerne helfe ich Ihnen weiter."),
    ("de-CH", "Guten Tag Herr Dr. med. Frei, Ich habe den Termin verschoben."),
]
DE_LETTER_CLOSING = [
    ("de-DE", "Ihr Paket ist unterwegs. Wir verbleiben mit vorzüglicher Hochachtung."),
    (
        "de-DE",
        "Der Techniker kommt am Montag. Bis dahin verbleiben wir mit freundlichen Grüßen und wünschen einen schönen Tag.",
    ),
    ("de-CH", "Bis zur Lieferung verbleibe ich mit besten Grüssen, Ihre Sandra Keller."),
    ("de-DE", "Wir danken für Ihr Vertrauen und verbleiben mit freundlichen Grüßen."),
    ("de-AT", "Wir bedanken uns und grüßen Sie mit vorzüglicher Hochachtung."),
]
DE_SALUTATION_QUIET = [
    ("de-DE", "Sehr geehrter Herr Dr. Brandt, vielen Dank für Ihre Geduld."),
    ("de-DE", "Die Daten verbleiben bei uns und werden nach 30 Tagen gelöscht."),
    ("de-DE", "Das Leihgerät verbleibt mit allen Kabeln bei Ihnen."),
    ("de-DE", "Ich habe größte Hochachtung vor Ihrer Geduld."),
]

# -- 7. A closing sentence in another language at the end of an English reply --
FOREIGN_CLOSING = [
    ("en-US", "Your order has shipped and arrives on Friday. Grazie mille e a presto!"),
    (
        "en-US",
        "I've reset the router remotely and it is back online. Grazie ancora e buona serata!",
    ),
    ("en-GB", "The refund is on its way to your card. Muito obrigado e até breve!"),
    (
        "en-US",
        "The technician comes on Tuesday between nine and twelve and brings the new meter. Hartelijk dank en tot ziens!",
    ),
    ("en-US", "Everything is sorted on our side now. Merci beaucoup et au revoir !"),
    ("en-AU", "Everything is sorted on our side now. Danke schön und auf Wiedersehen!"),
    ("en-CA", "Your booking is confirmed for two nights. Muchas gracias y hasta luego!"),
]
FOREIGN_CLOSING_QUIET = [
    ("en-AU", "Enjoy the trip. Ciao for now!"),
    ("en-US", "Your table is ready at eight. Bon appétit!"),
    ("en-US", "Happy to help. Gracias, Maria!"),
    ("en-US", 'The "Dolce Vita e Amore" set is back in stock.'),
    ("en-US", "Sadly the flight is full. C'est la vie, unfortunately."),
    ("en-US", "Your parcel is with the courier. Ciao e grazie, and have a lovely weekend!"),
]

# -- 8. "crap" as a verb --
CRAP_VERB = [
    ("en-US", "The printer crapped out again right after the update."),
    ("en-US", "Sorry it keeps crapping out on you."),
    ("en-US", "The app craps out whenever you open settings."),
    ("en-CA", "Crapped out again, I know, I'm sorry."),
    ("en-GB", "The courier ballsed it up completely, I'm afraid."),
]
CRAP_QUIET = [
    ("en-US", "The casino has craps and roulette tables."),
    ("en-US", "He shoots craps out on the riverboat every Friday."),
    ("en-US", "Craps is played with two dice."),
]

# -- 9. Spanish "clave" before a reference's noun is no password --
CLAVE_REFERENCE = [
    ("es-MX", "Tu clave de reservación es KX72PA."),
    ("es-MX", "La clave de rastreo es MX99887766 y la paquetería es Estafeta."),
    ("es-MX", "La clave de confirmación es HT29KQ y el vuelo sale a las 9."),
    ("es-MX", "La clave del producto es SKU-88231."),
    ("es-ES", "La clave de seguimiento: 7712AB99."),
    ("es-MX", "Su clave de reserva es Q7R2ZP."),
]
CLAVE_SECRET = [
    ("es-MX", "Tu clave de acceso es Pato1234, cámbiala al entrar."),
    ("es-MX", "Tu clave es Nopal2231."),
    ("es-ES", "La clave secreta es Tigre2020."),
    ("es-MX", "La clave de tu cuenta es Luna#2211."),
    ("es-MX", "La clave del wifi es Casa2020abc."),
]

# -- 10. Dutch: "ik heb u", "de monteur zal u": u is the object --
NL_OBJECT_U = [
    "Ik heb u zojuist een e-mail gestuurd met de factuur.",
    "Ik wil u graag helpen met uw bestelling.",
    "De monteur zal u morgen tussen negen en twaalf bellen.",
    "Ik zal u morgen terugbellen over uw factuur.",
    "Ik ben u nog een antwoord verschuldigd over uw retour.",
    "Onze collega wil u graag spreken over uw contract.",
]
NL_INVERTED_JE = [
    "Heb u de mail ontvangen? Uw bestelling is onderweg.",
    "Kun u mij uw ordernummer sturen?",
    "Wil u uw adres nog even controleren?",
    "Morgen heb u uw pakket in huis.",
    "Heb je de mail ontvangen? Uw bestelling is onderweg.",
]

# -- 11. Goodwill: a small gesture already given vs an offer, a promise, a large sum --
GOODWILL_GIVEN = [
    ("en-US", "I've added 300 bonus coins to your account as a goodwill gesture."),
    ("en-GB", "As a small apology, we've waived this month's delivery fee."),
    ("en-US", "To make up for the wait, I added a $5 credit to your account."),
    ("de-DE", "Als kleine Entschuldigung habe ich Ihnen die Liefergebühr gutgeschrieben."),
    ("de-DE", "Als kleines Trostpflaster liegen 200 Credits in deinem Postfach."),
    ("de-CH", "Als kleine Entschuldigung haben wir Ihnen einen Gutschein über CHF 8.– hinterlegt."),
    ("es-ES", "Como compensación, le hemos abonado los gastos de envío."),
    ("es-MX", "Como disculpa ya tiene un cupón de 50 pesos en su cuenta."),
    ("pt-BR", "Como compensação, já te creditei o valor do frete."),
    ("fr-FR", "À titre de geste commercial, je vous ai ajouté un avoir de 10 € sur votre compte."),
    ("it-IT", "Come piccolo risarcimento Le ho accreditato 10 € sul conto."),
    ("nl-NL", "Als compensatie heb ik u een tegoed van 10 euro gegeven."),
]
GOODWILL_STILL_FLAGGED = [
    ("en-US", "We'll give you a free month as a goodwill gesture."),
    ("en-US", "As a goodwill gesture, I can offer you two months free."),
    ("en-US", "I've added a $300 credit to your account as a goodwill gesture."),
    ("en-US", "I've personally added a $20 credit to your account as a goodwill gesture."),
    ("de-DE", "Als Entschuldigung schreiben wir Ihnen 50 € gut."),
    ("de-DE", "Als Entschuldigung werden wir Ihnen einen Gratismonat gutschreiben."),
    ("de-DE", "Als Entschädigung habe ich Ihnen 250 € gutgeschrieben."),
    ("es-ES", "Como compensación, le vamos a regalar un mes de suscripción."),
    ("pt-PT", "Como compensação, vamos oferecer-lhe um mês de assinatura."),
    ("fr-FR", "En compensation, je vais vous offrir un mois d'abonnement."),
    ("it-IT", "Come risarcimento Le accrediterò un mese di abbonamento."),
    ("nl-NL", "Als compensatie zal ik u een maand gratis geven."),
]


@pytest.mark.parametrize(
    ("locale", "text"), ES_WHATEVER_LOST + NL_REPAIR_PAID, ids=lambda v: str(v)[:40]
)
def test_compensation(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".commitment.compensation"), text


@pytest.mark.parametrize(("locale", "text"), ES_AUTHORISE + PT_CREDIT)
def test_granted_on_own_authority(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".commitment.goodwill"), text


@pytest.mark.parametrize(("locale", "text"), NL_ACKNOWLEDGED)
def test_fault_acknowledged(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "nl.commitment.liability"), text


@pytest.mark.parametrize(("locale", "text"), PT_PROMISED)
def test_promise_sealed(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "pt.commitment.promise"), text


@pytest.mark.parametrize(("locale", "text"), ES_QUIET + NL_QUIET + PT_QUIET + GOODWILL_GIVEN)
def test_commitment_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".commitment.") == [], text


@pytest.mark.parametrize(("locale", "text"), GOODWILL_STILL_FLAGGED)
def test_goodwill_offers_promises_and_large_sums(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".commitment.goodwill"), text


@pytest.mark.parametrize(("locale", "text"), PASSWORD + CLAVE_SECRET)
def test_password(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.password"), text


@pytest.mark.parametrize(("locale", "text"), PASSWORD_QUIET + CLAVE_REFERENCE)
def test_no_password(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.password") == [], text


@pytest.mark.parametrize(("locale", "text"), PHONE_READ_BACK)
def test_customer_line_read_back(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.phone-number"), text


@pytest.mark.parametrize(("locale", "text"), HOME_ADDRESS)
def test_home_address(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.home-address"), text


@pytest.mark.parametrize(("locale", "text"), PHONE_ADDRESS_QUIET)
def test_business_line_and_address(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "common.pii.") == [], text


def test_phone_and_address_together(linter: Linter) -> None:
    text = (
        "Confirmei seu cadastro: telefone (21) 98765-4321, Rua das Acácias, 210, apto 52, "
        "Jardim Europa, Campinas – SP, CEP 13092-150."
    )
    assert set(rules(linter, text, "pt-BR", "common.pii.")) == {
        "common.pii.phone-number",
        "common.pii.home-address",
    }


@pytest.mark.parametrize(("locale", "text"), DE_TITLE_GREETING)
def test_title_before_the_name(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "de.salutation.capital-after-greeting"), text


@pytest.mark.parametrize(("locale", "text"), DE_LETTER_CLOSING)
def test_letter_closing_inside_a_sentence(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "de.salutation.letter-closing"), text


@pytest.mark.parametrize(("locale", "text"), DE_SALUTATION_QUIET)
def test_salutation_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".salutation.") == [], text


@pytest.mark.parametrize(("locale", "text"), FOREIGN_CLOSING)
def test_closing_in_another_language(linter: Linter, locale: str, text: str) -> None:
    found = [f for f in linter.lint(text, locale).findings if ".language." in f.rule]
    assert found, text
    assert text.endswith(found[-1].match), found[-1].match


@pytest.mark.parametrize(("locale", "text"), FOREIGN_CLOSING_QUIET)
def test_loans_in_an_english_reply(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, ".language.") == [], text


@pytest.mark.parametrize(("locale", "text"), CRAP_VERB)
def test_mild_swearing_as_a_verb(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "en.profanity.mild"), text


@pytest.mark.parametrize(("locale", "text"), CRAP_QUIET)
def test_the_dice_game(linter: Linter, locale: str, text: str) -> None:
    assert rules(linter, text, locale, "en.profanity.") == [], text


@pytest.mark.parametrize("text", NL_OBJECT_U)
def test_u_as_object_is_no_je_verb(linter: Linter, text: str) -> None:
    assert rules(linter, text, "nl-NL", "nl.formality.") == [], text


@pytest.mark.parametrize("text", NL_INVERTED_JE)
def test_inverted_je_verb_still_flagged(linter: Linter, text: str) -> None:
    assert rules(linter, text, "nl-NL", "nl.formality.je-u"), text
