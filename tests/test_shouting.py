"""Shouting inside a message: common.shouting.caps-words in every built-in language.

The guide's own examples run in every locale, so they can only be runs; the single words
and pairs that need a language's function words are checked here, per locale, together
with the acronyms, codes and names that must stay quiet. See docs/shouting.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwriter import Linter
from chatwriter.errors import ChatwriterError
from chatwriter.model import Applicability
from chatwriter.rule_examples import check_examples
from chatwriter.rules import shouting

RULE = "common.shouting.caps-words"

# (locale, draft, the words the finding names)
SHOUTING = [
    ("en-US", "Please do NOT unplug the modem while it updates.", "NOT"),
    ("en-GB", "You DON'T need to send the receipt again.", "DON'T"),
    ("en-AU", "You DON’T need to send the receipt again.", "DON’T"),
    ("en-US", "Your replacement is ON ITS WAY and should arrive Friday.", "ON ITS WAY"),
    (
        "en-CA",
        "YOUR REFUND HAS BEEN APPROVED. It will show on your card in three days.",
        "YOUR REFUND HAS BEEN APPROVED",
    ),
    ("en-US", "Please keep the ORIGINAL PACKAGING until the return is processed.", None),
    ("en-US", "I am SO sorry about the mix-up.", "SO"),
    ("en-GB", "This voucher can ONLY be used once.", "ONLY"),
    ("en-US", "Thanks, Anna. NEVER share your password with anyone.", "NEVER"),
    ("en-US", "I AM SO SORRY about the delay.", "AM SO SORRY"),
    ("en-US", "DO NOT DO THAT", "DO NOT DO THAT"),  # too short for caps-ratio
    ("de-DE", "Sie müssen das Formular NICHT erneut ausfüllen.", "NICHT"),
    ("de-AT", "Das Gerät darf AUF KEINEN FALL nass werden.", "AUF KEINEN FALL"),
    ("de-CH", "Die Rückgabe ist NUR mit Kassenbon möglich.", "NUR"),
    # Nouns on one side only: in German that is no name.
    ("de-DE", "Bitte senden Sie das Gerät NICHT ohne Zubehör zurück.", "NICHT"),
    ("de-DE", "Ihre Bestellung IST UNTERWEGS und kommt morgen.", "IST UNTERWEGS"),
    ("fr-FR", "Il ne faut SURTOUT PAS débrancher la box.", "SURTOUT PAS"),
    ("fr-CA", "Vous n'avez RIEN à payer.", "RIEN"),
    ("fr-FR", "N'OUBLIEZ PAS le bon de retour.", "N'OUBLIEZ PAS"),
    ("fr-FR", "Le remboursement sera fait TRÈS RAPIDEMENT.", "TRÈS RAPIDEMENT"),
    ("es-ES", "El paquete NO se ha perdido.", "NO"),
    ("es-MX", "NUNCA le pediremos su contraseña.", "NUNCA"),
    ("es-ES", "Es MUY IMPORTANTE que conserve la caja.", "MUY IMPORTANTE"),
    ("es-MX", "Debe enviarlo CON TODAS LAS PIEZAS.", "CON TODAS LAS PIEZAS"),
    ("pt-BR", "Você NÃO precisa pagar o frete.", "NÃO"),
    ("pt-PT", "Use SEMPRE o mesmo cartão.", "SEMPRE"),
    ("pt-BR", "O pagamento é feito no MESMO dia.", "MESMO"),
    ("pt-BR", "Devolva o aparelho NA CAIXA ORIGINAL.", "NA CAIXA ORIGINAL"),
    ("it-IT", "NON spenga il modem durante l'aggiornamento.", "NON"),
    ("it-IT", "Il tecnico NON può venire domani.", "NON"),
    ("it-IT", "Deve SEMPRE indicare il numero d'ordine.", "SEMPRE"),
    ("nl-NL", "Gooi de verpakking NIET weg.", "NIET"),
    ("nl-NL", "U hoeft ECHT niets te doen.", "ECHT"),
    ("nl-NL", "Verstuur het ALSTUBLIEFT NIET zonder bon.", "ALSTUBLIEFT NIET"),
    ("nl-NL", "We komen ZO SNEL MOGELIJK langs.", "ZO SNEL MOGELIJK"),
    # the deictic adverbs (now, today, here) in a run; "immediately" stressed alone
    ("en-CA", "The balance is due. Please SETTLE NOW to keep the line.", "SETTLE NOW"),
    ("en-US", "Call us back IMMEDIATELY.", "IMMEDIATELY"),
    ("de-AT", "Bitte HEUTE NOCH überweisen.", "HEUTE NOCH"),
    ("fr-FR", "Merci de régler AUJOURD'HUI MÊME.", "AUJOURD'HUI MÊME"),
    ("pt-BR", "Pague AGORA MESMO para evitar o corte.", "AGORA MESMO"),
    ("nl-NL", "Betaal NU DIRECT om afsluiting te voorkomen.", "NU DIRECT"),
]

QUIET = [
    # an unstressed word beside an acronym is a name
    ("en-GB", "The match is on NOW TV and the highlights on BBC later."),
    ("en-US", "Open THE PDF we sent, the form is on page 2."),
    ("en-US", "Please send the PDF of your VAT invoice by SMS or email."),
    ("en-US", "Your IBAN and the PIN for the ATM are never shared with our IT team."),
    ("en-GB", "The KB-2210 and the A4 folders ship with DHL or UPS from the EU to the USA."),
    ("en-US", "IKEA and H&M deliver within the US at 9 AM CET."),
    ("en-US", "OK, the order is confirmed."),
    ("en-US", "OK!"),
    ("en-US", "Click “SUBMIT” and then the button labelled 'DO NOT SHOW AGAIN'."),
    ("en-US", 'The error says "PAYMENT NOT AUTHORISED", so the bank declined it.'),
    ("en-US", "Press [SAVE ALL] at the bottom of the page."),
    ("en-US", "IS there anything else I can help with?"),  # the shift key held
    ("en-US", "Henry VIII and Louis XIV are both on the tour; see World War II."),
    ("en-US", "Your room at the AC Hotel BY Marriott is booked."),
    ("en-US", "Your table at THE GRAND Hotel is booked for eight."),
    ("en-US", "Tickets for the show Let It BE Tonight are sold out."),
    ("en-US", "The office in Portland, OR opens at 8 am."),
    ("en-US", "Dr. Anthony K. Boyce, DO and Maria Lopez, MD are both available."),
    ("en-US", "Your appointment with Ana Diaz D DO is at noon."),
    ("en-CA", "PS: your ID card number is not needed."),
    ("en-CA", "Your SIN 123-456-782 is saved, and so is the (SIN) field."),
    ("en-US", "Please see the FAQ, section III."),
    ("en-US", "Please send the IBAN, BIC and SWIFT code of the account."),
    ("en-US", "Your payment to AT&T on 12 MAY was received."),
    ("en-US", "Choose PLAN A OR PLAN B, both work."),
    ("en-US", "Press the ON button for three seconds, then OK."),
    ("en-US", "Flight BA 2490 leaves LHR at 10:05 for JFK."),
    ("de-DE", "Die AGB und die MwSt finden Sie in der PDF-Datei."),
    ("de-DE", "Wir liefern mit DHL, UPS oder GLS innerhalb der EU."),
    ("de-AT", "Unser Büro in Wien (AT) ist geschlossen."),
    ("de-DE", "Spotify AB bucht den Betrag ab, Ihr Lkw von MAN wird geprüft."),
    ("de-DE", "Buchen Sie die Reise bei DER Touristik."),
    ("de-DE", "Bitte klicken Sie auf „JETZT BESTELLEN“ oder ‚NICHT SPEICHERN‘."),
    ("de-DE", "Die Band Wir SIND Helden spielt im Mai in Köln."),  # a name on both sides
    ("de-CH", "Die SIM-Karte kommt per Post, die PIN per Brief."),
    ("fr-FR", "La TVA et le SIRET figurent sur la facture en PDF."),
    ("fr-FR", "Le produit porte le marquage CE, Renault SA a confirmé."),
    ("fr-FR", "Le rendez-vous est à 14 h CET."),
    ("fr-CA", "Le bureau ouvre à 9 h EST; votre NAS est confidentiel."),
    ("fr-FR", "Votre abonnement PLUS inclut la livraison chez LA POSTE."),
    ("fr-FR", "Cliquez sur « VALIDER MA COMMANDE »."),
    ("es-ES", "Su NIF y el IBAN aparecen en la factura."),
    ("es-MX", "Su CURP y su RFC están registrados en el SAT."),
    ("es-ES", "La oficina de Madrid (ES) abre a las 9; enviamos con SEUR a toda la UE."),
    ("pt-BR", "Seu CPF e o CNPJ da loja estão na nota fiscal."),
    ("pt-BR", "Troque o chip SIM pelo novo."),
    ("pt-PT", "A NOS e a MEO cobrem a sua zona; o seu NAS está ligado."),
    ("it-IT", "Il ritiro è a Milano (MI), via Roma 5."),
    ("it-IT", "Spediamo con SDA o BRT; la PEC e lo SPID sono nel PDF."),
    ("nl-NL", "Uw IBAN en het BTW-nummer staan op de factuur."),
    ("nl-NL", "De levering gaat via PostNL of DHL binnen de EU; uw BSN is niet nodig."),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


def caps_words(linter: Linter, text: str, locale: str):
    return [f for f in linter.lint(text, locale).findings if f.rule == RULE]


@pytest.mark.parametrize(("locale", "text", "match"), SHOUTING)
def test_shouting_is_found(linter: Linter, locale: str, text: str, match: str | None) -> None:
    found = caps_words(linter, text, locale)
    assert len(found) == 1, found
    if match is not None:
        assert found[0].match == match
    assert found[0].severity.value == "warning" and found[0].category == "shouting"


@pytest.mark.parametrize(("locale", "text"), QUIET)
def test_acronyms_codes_and_names_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    assert caps_words(linter, text, locale) == []


def test_message_names_the_words_and_suggests_lower_case_unsafely(linter: Linter) -> None:
    (f,) = caps_words(linter, "Please do NOT send the PDF again.", "en-US")
    assert "'NOT'" in f.message and "'not'" in f.message
    (s,) = f.suggestions
    assert s.text == "not" and s.applicability is Applicability.UNSAFE
    # A run that opens a sentence keeps its first capital; acronyms without a vowel stay.
    (f,) = caps_words(linter, "PLEASE SEND THE PDF TODAY. Thanks, Tom", "en-US")
    assert f.suggestions[0].text == "Please send the PDF today"
    # English I stays a capital in the middle of a run.
    (f,) = caps_words(linter, "Sorry, WE KNOW I WAS WRONG about it.", "en-US")
    assert f.suggestions[0].text == "we know I was wrong"


def test_german_nouns_are_left_to_a_human(linter: Linter) -> None:
    text = "Leider IST IHRE BESTELLUNG noch nicht da."
    (f,) = caps_words(linter, text, "de-DE")
    assert f.suggestions[0].text == "ist ihre bestellung"  # Bestellung needs its capital
    assert f.suggestions[0].applicability is Applicability.UNSAFE
    assert linter.fix(text, "de-DE") == text  # safe fixes never touch it


def test_a_message_all_in_capitals_is_left_to_caps_ratio(linter: Linter) -> None:
    rules = [f.rule for f in linter.lint("PLEASE READ THE INSTRUCTIONS AGAIN", "en-US").findings]
    assert "common.shouting.caps" in rules and RULE not in rules
    # One shouted sentence among ordinary ones: the ratio may miss it, caps-words does not.
    text = "YOUR ORDER HAS BEEN DISPATCHED. You should receive it on Monday or Tuesday."
    rules = [f.rule for f in linter.lint(text, "en-US").findings]
    assert RULE in rules and "common.shouting.caps" not in rules


def test_existing_shouting_rules_keep_their_ids(linter: Linter) -> None:
    ids = {r.id for r in linter.compiled("en-US").rules}
    assert {RULE, "common.shouting.caps", "common.shouting.repeated-punctuation"} <= ids


def test_without_word_lists_only_runs_of_three_count() -> None:
    # The common locale stands for a language chatwriter has no word lists for.
    linter = Linter(locale="common")
    assert caps_words(linter, "Please do NOT unplug it, it is VERY IMPORTANT.", "common") == []
    (f,) = caps_words(linter, "The courier is DEFINITELY COMING TOMORROW.", "common")
    assert f.match == "DEFINITELY COMING TOMORROW"
    count, failures = check_examples(linter, "common")
    assert count and not [x for x in failures if x.rule == RULE]


def test_a_draft_without_two_capitals_in_a_row_is_never_read(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The engine searches the rule's 'requires' (two capitals in a row) once per draft;
    # without it the rule is not called at all.
    rule = next(r for r in linter.compiled("en-US").rules if r.id == RULE)
    assert rule.requires is shouting.PRECHECK

    def boom(text: str):
        raise AssertionError("read a draft without capitals")

    monkeypatch.setattr(shouting, "_caps_words", boom)
    report = linter.lint("Hello Anna, your refund of 42.50 was sent today. Best, Tom", "en-US")
    assert RULE not in [f.rule for f in report.findings]


ADVERSARIAL = [
    "A" * 5000,
    "AB " * 2500,
    "AB, " * 2000 + "x",
    "A-" * 2500,
    "'" + "AB '" * 1500,
    '"' + "AB " * 1500,
    "“" * 2000 + "AB",
    "(AB" * 1500,
    "[" + "AB " * 1500,
    "D. " * 2000 + "Boyce, DO x",
    "NOT " * 1500 + "x",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_patterns_do_not_backtrack(text: str) -> None:
    for pattern in (shouting._QUOTED, shouting._TOKEN, shouting.PRECHECK):
        for _ in pattern.finditer(text, timeout=5.0):
            pass
    shouting._GAP.fullmatch(text, timeout=5.0)
    shouting._TOKEN_BEFORE.search(text, timeout=5.0)


def test_adversarial_drafts_lint_to_exact_spans(linter: Linter) -> None:
    # the time they take is a benchmark's business (benchmarks/run.py, growth_message_length);
    # here: they lint, and every finding points inside the draft at capitals
    for text in ADVERSARIAL:
        draft = text + " and some lower case"
        for f in caps_words(linter, draft, "en-US"):
            assert 0 <= f.start < f.end <= len(draft), text[:20]
            assert draft[f.start : f.end].strip()[:1].isupper(), text[:20]


def test_word_lists_must_be_lower_case(tmp_path: Path) -> None:
    guide = tmp_path / "shout.yaml"
    guide.write_text(
        "guide: acme.shout\nrules:\n  - id: caps\n    kind: caps-words\n"
        "    category: shouting\n    message: \"'{match}' shouts; write '{lower}'.\"\n"
        "    stress_words: {sv: [inte, INTE]}\n",
        encoding="utf-8",
    )
    config = tmp_path / "config.yaml"
    config.write_text("guides: [shout.yaml]\n", encoding="utf-8")
    with pytest.raises(ChatwriterError, match="write 'INTE' in lower case"):
        Linter(locale="en-US", config=config)


def test_a_company_guide_brings_its_own_words(tmp_path: Path) -> None:
    guide = tmp_path / "shout.yaml"
    guide.write_text(
        "guide: acme.shout\nrules:\n  - id: caps\n    kind: caps-words\n"
        "    category: shouting\n    message: \"'{match}' shouts; write '{lower}'.\"\n"
        "    stress_words: {en: [tomorrow]}\n",
        encoding="utf-8",
    )
    config = tmp_path / "config.yaml"
    config.write_text("guides: [shout.yaml]\n", encoding="utf-8")
    report = Linter(locale="en-US", config=config).lint("It arrives TOMORROW, I promise.")
    (f,) = [f for f in report.findings if f.rule == "acme.shout.caps"]
    assert f.message == "'TOMORROW' shouts; write 'tomorrow'."


# Two ordinary words in capitals apart in one message: a habit of stressing, both found.
SCATTERED = [
    ("en-GB", "Unplug the router FIRST and plug it back in THEN, not before.", ["FIRST", "THEN"]),
    (
        "de-DE",
        "HINWEIS: Die Frist endet morgen, bitte schicken Sie das Formular DRINGEND zurück.",
        ["HINWEIS", "DRINGEND"],
    ),
    (
        "es-MX",
        "Es OBLIGATORIO presentar la identificación ORIGINAL al recoger el paquete.",
        ["OBLIGATORIO", "ORIGINAL"],
    ),
    (
        "pt-BR",
        "O comprovante é INDISPENSÁVEL. Envie ele ATÉ sexta, por favor.",
        ["INDISPENSÁVEL", "ATÉ"],
    ),
    # A stress word found alone does not make a lone brand beside it shouting.
    ("en-US", "Your SAMSUNG tablet is covered; the charger is NOT.", ["NOT"]),
]

# One lone content word, or nouns after an article or preposition (an agency or a brand).
NOT_SCATTERED = [
    ("de-DE", "Die Auskunft kommt von der SCHUFA, die Erklärung geht über ELSTER."),
    ("en-US", "Your SAMSUNG warranty is valid for two years."),
    ("fr-FR", "Votre attestation de l'URSSAF est disponible dans votre espace."),
    ("en-GB", "To confirm the switch, reply VALIDATE to 80880 from your mobile."),
]


@pytest.mark.parametrize(("locale", "text", "words"), SCATTERED)
def test_scattered_capitals_are_shouting(
    linter: Linter, locale: str, text: str, words: list[str]
) -> None:
    found = [text[f.start : f.end] for f in caps_words(linter, text, locale)]
    assert found == words


@pytest.mark.parametrize(("locale", "text"), NOT_SCATTERED)
def test_lone_or_named_capitals_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    shouting = [f for f in linter.lint(text, locale).findings if f.category == "shouting"]
    assert shouting == []
