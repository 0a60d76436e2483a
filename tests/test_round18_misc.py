"""Kinds the eighteenth blind round missed: an admission of fault with the whole damage
taken on, an admission of negligence with a new device paid for, and a refund of the
whole of something "in any case" (commitment); an English sentence head that switches
back to the reply's language after its first comma (language). Sentences are written for
these tests; the drafts are not copied."""

from __future__ import annotations

import pytest

from chatwriter import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def commitment(linter: Linter, text: str, locale: str) -> list[str]:
    return [f.rule for f in linter.lint(text, locale).findings if ".commitment." in f.rule]


def language(linter: Linter, text: str, locale: str) -> list[str]:
    return [f.rule for f in linter.lint(text, locale).findings if ".language." in f.rule]


# C3: fault admitted and the whole damage taken on ("für X aufkommen" in German)
WHOLE_DAMAGE = [
    (
        "en-US",
        "That was clearly our fault, and we will of course cover all the water damage in your kitchen.",
    ),
    (
        "en-GB",
        "Our engineer got it wrong, so we'll cover the full cost of the damage to your floor.",
    ),
    ("en-US", "This was our error; we will pay for all of the damage to your car."),
    ("en-US", "We will take care of the entire damage to your ceiling, that's on us."),
    ("en-GB", "We'll cover the whole of the water damage in your bathroom, naturally."),
    (
        "de-DE",
        "Das war eindeutig unser Fehler, wir kommen selbstverständlich für den gesamten Wasserschaden in Ihrer Küche auf.",
    ),
    ("de-DE", "Wir kommen natürlich für alle Schäden an Ihrem Parkett auf."),
    (
        "de-DE",
        "Für die entstandenen Schäden am Auto kommen wir selbstverständlich in voller Höhe auf.",
    ),
    ("de-DE", "Selbstverständlich kommen wir für den kompletten Schaden an Ihrer Wohnung auf."),
    ("de-AT", "Wir werden für den ganzen Schaden aufkommen."),
    ("de-CH", "Natürlich kommen wir für die Kosten des Wasserschadens auf."),
    (
        "fr-FR",
        "C'était clairement notre erreur, nous prendrons en charge l'intégralité des dégâts dans votre cuisine.",
    ),
    ("fr-FR", "Nous prenons en charge la totalité des dommages causés à votre parquet."),
    ("fr-FR", "Nous allons prendre en charge tous les dégâts des eaux dans la salle de bain."),
    ("fr-CA", "Nous couvrirons l'ensemble des dommages subis par votre voiture."),
    ("fr-FR", "Les dégâts seront entièrement à notre charge."),
    (
        "es-ES",
        "Fue claramente un error nuestro, nos hacemos cargo de todos los daños en su cocina.",
    ),
    ("es-ES", "Asumimos el coste de todos los daños en el coche."),
    ("es-ES", "Ha sido un fallo nuestro y vamos a hacernos cargo de todos los daños del techo."),
    ("es-MX", "Fue error nuestro; nos hacemos cargo del total de los daños en su sala."),
    ("es-ES", "Cubrimos todos los daños de su cocina, faltaría más."),
    ("pt-PT", "Foi claramente um erro nosso, assumimos todos os danos na sua cozinha."),
    ("pt-BR", "Vamos assumir a totalidade dos prejuízos no seu banheiro."),
    ("pt-PT", "Foi falha nossa e assumimos a totalidade dos danos no teto."),
    ("pt-BR", "Vamos cobrir todos os prejuízos causados pelo vazamento."),
    ("pt-BR", "Vamos arcar com todos os danos do seu piso."),
    (
        "it-IT",
        "È stato chiaramente un nostro errore, ci faremo carico di tutti i danni nella sua cucina.",
    ),
    ("it-IT", "Ci facciamo carico dell'intero danno al suo bagno."),
    ("it-IT", "Copriremo tutti i danni al pavimento."),
    ("it-IT", "Ci faremo carico dell'intero danno causato dalla perdita d'acqua."),
    ("it-IT", "Rimborseremo integralmente i danni alla sua auto."),
    ("nl-NL", "Dat was duidelijk onze fout, wij vergoeden alle schade in uw keuken."),
    ("nl-NL", "We vergoeden de volledige waterschade in uw badkamer."),
    ("nl-NL", "Wij vergoeden uiteraard de volledige schade aan uw plafond."),
    ("nl-NL", "We betalen alle schade aan uw parket, dat spreekt vanzelf."),
    ("nl-NL", "Wij betalen alle schade aan uw auto."),
]
WHOLE_DAMAGE_QUIET = [
    ("en-US", "The insurer covers water damage under your policy."),
    ("en-US", "Your home insurance normally pays for damage caused by a burst pipe."),
    ("de-DE", "Wir kommen morgen zur Reparatur vorbei."),
    ("de-DE", "Ihre Hausratversicherung kommt in der Regel für Wasserschäden auf."),
    ("de-DE", "Wir kommen für den Schaden am Auto leider nicht auf."),
    ("fr-FR", "Votre assurance habitation prend en charge les dégâts des eaux."),
    ("es-ES", "Su seguro de hogar cubre los daños por agua."),
    ("pt-PT", "O seu seguro cobre os danos causados pela água."),
    ("it-IT", "La sua assicurazione copre i danni da acqua."),
    ("nl-NL", "Uw inboedelverzekering vergoedt waterschade."),
]

# C4: negligence admitted in the agent's own voice; a new device paid for
NEGLIGENCE_NEW_DEVICE = [
    (
        "en-US",
        "It was negligence on our part, so we'll pay for a new phone and something for the trouble.",
    ),
    ("en-US", "I admit it was negligence by our technician."),
    ("en-US", "We'll pay for a brand-new phone for you."),
    ("en-GB", "That was our negligence; we'll buy you a new laptop."),
    (
        "en-US",
        "This happened through our own negligence, and we will pay for a replacement tablet.",
    ),
    ("de-DE", "Das war Fahrlässigkeit unsererseits, wir bezahlen Ihnen ein neues Handy."),
    ("de-DE", "Es war eine grobe Fahrlässigkeit von uns, dafür entschuldige ich mich."),
    ("de-DE", "Durch unsere Fahrlässigkeit ist das Gerät kaputtgegangen."),
    ("de-DE", "Wir bezahlen Ihnen ein neues Smartphone und eine kleine Entschädigung."),
    ("de-AT", "Wir kaufen Ihnen ein neues Tablet."),
    ("fr-FR", "C'était une négligence de notre part, nous vous payons un nouveau téléphone."),
    ("fr-FR", "Il s'agit d'une négligence de notre part, je vous présente nos excuses."),
    ("fr-FR", "Notre négligence a causé la panne de votre ordinateur."),
    ("fr-FR", "Nous allons vous payer un nouvel ordinateur portable."),
    ("fr-CA", "On vous rachète une tablette neuve."),
    ("es-ES", "Fue una negligencia nuestra, así que le pagamos un móvil nuevo."),
    ("es-MX", "Ha sido negligencia de nuestra parte, le vamos a comprar una laptop nueva."),
    ("es-ES", "Por negligencia nuestra se rompió su tableta."),
    ("es-ES", "Le vamos a pagar un teléfono nuevo."),
    ("es-MX", "Le compramos un celular nuevo y una compensación por las molestias."),
    ("pt-PT", "Foi uma negligência da nossa parte, vamos pagar-lhe um portátil novo."),
    ("pt-BR", "Houve negligência nossa, vamos comprar um celular novo para você."),
    ("pt-BR", "Por negligência nossa o seu tablet foi danificado."),
    ("pt-PT", "Pagamos-lhe um telemóvel novo."),
    ("pt-BR", "Vamos pagar um notebook novo para a senhora."),
    ("it-IT", "È stata una negligenza da parte nostra, le paghiamo un telefono nuovo."),
    ("it-IT", "Si è trattato di una nostra negligenza, ci scusiamo."),
    ("it-IT", "Per nostra negligenza il suo tablet si è rotto."),
    ("it-IT", "Le compriamo un portatile nuovo."),
    ("it-IT", "Le pagheremo uno smartphone nuovo e un indennizzo per il disagio."),
    ("nl-NL", "Het was nalatigheid van onze kant, we betalen een nieuwe telefoon voor u."),
    ("nl-NL", "Door onze nalatigheid is uw laptop kapotgegaan."),
    ("nl-NL", "Dat was een nalatigheid van ons, excuses daarvoor."),
    ("nl-NL", "Wij betalen een nieuwe tablet voor u."),
    ("nl-NL", "We kopen een nieuwe telefoon voor u."),
]
NEGLIGENCE_QUIET = [
    ("en-US", "To avoid any negligence on your account, change the password."),
    ("en-US", "We'll send a new phone under warranty."),
    ("de-DE", "Um Fahrlässigkeit auf Ihrem Konto zu vermeiden, ändern Sie bitte Ihr Passwort."),
    ("de-DE", "Wir schicken Ihnen im Rahmen der Garantie ein neues Handy."),
    ("fr-FR", "Pour éviter toute négligence sur votre compte, changez votre mot de passe."),
    ("fr-FR", "Nous vous envoyons un nouveau téléphone au titre de la garantie."),
    ("es-ES", "Para evitar cualquier negligencia en su cuenta, cambie la contraseña."),
    ("es-ES", "Le enviamos un móvil nuevo por garantía."),
    ("pt-PT", "Para evitar qualquer negligência na sua conta, altere a palavra-passe."),
    ("pt-BR", "Enviamos um celular novo pela garantia."),
    ("it-IT", "Per evitare qualsiasi negligenza sul suo account, cambi la password."),
    ("it-IT", "Le mandiamo un telefono nuovo in garanzia."),
    ("nl-NL", "Om nalatigheid op uw account te voorkomen, wijzig uw wachtwoord."),
    ("nl-NL", "We sturen u onder garantie een nieuwe telefoon."),
]

# C5: the whole of something reimbursed "in any case"
REIMBURSE_ANYWAY = [
    (
        "en-US",
        "We'll reimburse the full contents of your fridge in any case, just send a list with the prices.",
    ),
    ("en-GB", "Either way, we will refund everything that was in the freezer."),
    ("en-US", "We'll reimburse the entire contents of the parcel no matter what."),
    ("en-US", "In any case we're refunding all the food that spoiled."),
    ("en-AU", "Regardless, we'll pay you back for the whole contents of the box."),
    ("de-DE", "Wir ersetzen Ihnen auf jeden Fall den gesamten Inhalt Ihrer Tiefkühltruhe."),
    ("de-DE", "Den kompletten Inhalt des Kühlschranks erstatten wir Ihnen sowieso."),
    ("de-DE", "Wir erstatten Ihnen in jedem Fall den ganzen Inhalt des Pakets."),
    ("de-CH", "Wir vergüten Ihnen ohnehin alle verdorbenen Lebensmittel."),
    ("de-AT", "Auf jeden Fall ersetzen wir Ihnen alles, was im Gefrierschrank war."),
    ("fr-FR", "Nous vous remboursons de toute façon tout le contenu de votre congélateur."),
    ("fr-FR", "Quoi qu'il arrive, nous vous rembourserons l'intégralité du contenu du colis."),
    ("fr-FR", "Dans tous les cas, on vous rembourse tout ce qu'il y avait dans le frigo."),
    ("fr-FR", "Nous remboursons en tout cas la totalité des aliments perdus."),
    ("fr-CA", "Nous allons vous rembourser dans tous les cas l'ensemble du contenu."),
    ("es-ES", "Le reembolsamos de todas formas todo el contenido de su nevera."),
    ("es-ES", "Pase lo que pase, le devolvemos el importe de todo el contenido del paquete."),
    ("es-MX", "De todos modos le reembolsaremos toda la comida que se echó a perder."),
    ("es-ES", "En cualquier caso le pagamos todo lo que había en el congelador."),
    ("es-MX", "Le vamos a reembolsar igualmente el contenido completo de la heladera."),
    ("pt-PT", "Reembolsamos em qualquer caso todo o conteúdo da sua arca congeladora."),
    ("pt-BR", "De qualquer jeito, vamos reembolsar todo o conteúdo da encomenda."),
    ("pt-PT", "De qualquer maneira, devolvemos o valor de todos os alimentos estragados."),
    ("pt-BR", "Vamos reembolsar de todo modo o conteúdo inteiro da geladeira."),
    ("pt-PT", "Em todo o caso reembolsamos tudo o que estava no frigorífico."),
    ("it-IT", "Le rimborsiamo in ogni caso tutto il contenuto del frigorifero."),
    ("it-IT", "In ogni caso le rimborseremo l'intero contenuto del pacco."),
    ("it-IT", "Le rimborsiamo comunque tutti gli alimenti andati a male."),
    ("it-IT", "Le rimborseremo a prescindere tutto quello che c'era nel congelatore."),
    ("it-IT", "Comunque vada, le rimborsiamo l'intero contenuto della spedizione."),
    ("nl-NL", "Wij vergoeden in elk geval de hele inhoud van het pakket."),
    ("nl-NL", "Hoe dan ook betalen wij de complete inhoud van uw koelkast terug."),
    ("nl-NL", "We vergoeden in ieder geval alle bedorven levensmiddelen."),
    ("nl-NL", "We betalen u sowieso alles terug wat in de diepvriezer zat."),
    ("nl-NL", "De volledige inhoud van de vriezer vergoeden we hoe dan ook."),
]
REIMBURSE_ANYWAY_QUIET = [
    ("en-US", "We reimburse the contents up to 150 € once the insurer has confirmed."),
    ("en-US", "In any case, please keep the receipts for the contents."),
    ("de-DE", "Wir erstatten den Inhalt bis 150 €, sobald die Versicherung zugestimmt hat."),
    ("de-DE", "Bewahren Sie auf jeden Fall die Belege für den Inhalt auf."),
    ("fr-FR", "Nous remboursons le contenu jusqu'à 150 € une fois que l'assureur a confirmé."),
    ("es-ES", "Reembolsamos el contenido hasta 150 € cuando la aseguradora lo confirme."),
    ("pt-PT", "Reembolsamos o conteúdo até 150 € depois de a seguradora confirmar."),
    ("it-IT", "Rimborsiamo il contenuto fino a 150 € quando l'assicurazione avrà confermato."),
    ("nl-NL", "We vergoeden de inhoud tot 150 € zodra de verzekeraar heeft bevestigd."),
]


@pytest.mark.parametrize(
    ("locale", "text"), WHOLE_DAMAGE + NEGLIGENCE_NEW_DEVICE + REIMBURSE_ANYWAY
)
def test_commitment_kinds(linter: Linter, locale: str, text: str) -> None:
    assert commitment(linter, text, locale), text


@pytest.mark.parametrize(
    ("locale", "text"), WHOLE_DAMAGE_QUIET + NEGLIGENCE_QUIET + REIMBURSE_ANYWAY_QUIET
)
def test_commitment_near_misses(linter: Linter, locale: str, text: str) -> None:
    assert commitment(linter, text, locale) == [], text


def test_negligence_is_liability_and_a_new_device_compensation(linter: Linter) -> None:
    text = "Das war Fahrlässigkeit unsererseits, wir bezahlen Ihnen ein neues Handy."
    assert set(commitment(linter, text, "de-DE")) == {
        "de.commitment.liability",
        "de.commitment.replacement-pledge",
    }


# L3: an English sentence head before the first comma, then the reply's language again
ENGLISH_HEAD = [
    (
        "es-MX",
        "Listo. The new plan starts tomorrow, así que a partir de mañana verá el cambio en la factura del mes.",
    ),
    (
        "pt-BR",
        "Pronto, já está feito. Your new card will arrive by mail next week, e enquanto isso você pode usar o cartão virtual.",
    ),
    (
        "pt-PT",
        "Feito. The refund takes three days, e depois o valor aparece automaticamente na sua conta bancária habitual.",
    ),
    (
        "it-IT",
        "Fatto. Your parcel left this morning, e domani riceverà una mail con il codice per seguire la spedizione.",
    ),
    (
        "nl-NL",
        "Prima, het is geregeld. Your replacement will be delivered on Thursday, u krijgt vooraf een bericht.",
    ),
    (
        "nl-NL",
        "Geregeld. The invoice is ready now, u vindt hem in uw account onder het kopje facturen en betalingen.",
    ),
    (
        "es-ES",
        "Perfecto, ya lo he tramitado. The replacement card should reach you within five days, y mientras tanto puede usar la tarjeta virtual.",
    ),
    (
        "fr-FR",
        "Merci pour votre patience. The refund was processed this morning, il apparaîtra sur votre compte sous trois jours.",
    ),
    (
        "de-DE",
        "Danke für die Geduld. We have checked your account carefully, es ist alles in Ordnung.",
    ),
]
ENGLISH_HEAD_QUIET = [
    (
        "es-ES",
        "Perfecto, ya está. «Payment declined» aparece cuando la tarjeta no tiene saldo, pruebe con otra.",
    ),
    ("es-ES", "Gracias por escribir. Black Friday, como sabe, tiene descuentos hasta el domingo."),
    ("es-ES", "Claro que sí. OK, le envío ahora mismo el enlace de descarga."),
    ("fr-FR", "Merci beaucoup. Apple Music, comme vous le savez, est inclus dans votre forfait."),
    ("de-DE", "Danke für Ihre Nachricht. Okay, ich schaue mir das gleich an."),
    ("pt-BR", "Obrigado pelo contato. Prime Video, como você sabe, está incluído no plano."),
    (
        "it-IT",
        'Grazie mille. "Connection timed out", significa che il router non risponde, lo riavvii.',
    ),
    ("nl-NL", "Dank u wel. Google Pay, zoals u weet, werkt ook met deze kaart."),
    (
        "es-ES",
        "Muy bien, lo reviso. Cyber Monday Week, como cada año, trae ofertas en todos los móviles.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), ENGLISH_HEAD)
def test_an_english_head_before_the_first_comma(linter: Linter, locale: str, text: str) -> None:
    assert language(linter, text, locale), text


def test_a_head_in_another_of_the_seven_is_flagged_whole() -> None:
    text = "Thanks for waiting! Wir haben Ihre Bestellung storniert, and the refund follows."
    found = [f for f in Linter(locale="en-US").lint(text).findings if ".language." in f.rule]
    assert [f.match for f in found] == ["Wir haben Ihre Bestellung storniert"]


@pytest.mark.parametrize(("locale", "text"), ENGLISH_HEAD_QUIET)
def test_names_loans_and_quotations_at_a_sentence_start(
    linter: Linter, locale: str, text: str
) -> None:
    assert language(linter, text, locale) == [], text
