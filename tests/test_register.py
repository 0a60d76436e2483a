"""The register analyser and the `register` rule kind.

Constructions per language (own sentences: pronouns, possessives, verb forms,
imperatives, enclitics, courtesy capitals, and the hard negatives), the rule's policies
(consistent, formal, informal, conversation), robustness, and a floor on the drafts
written blind (tests/register/, measured by tools/register_quality.py).
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from chatwriter import Linter
from chatwriter.guide.loader import Config
from chatwriter.nlp import BoundedTokenizer
from chatwriter.register import FORMAL, INFORMAL, analyse
from tests.helpers import REPO, register_of

_PIPES: dict[str, BoundedTokenizer] = {}
register = register_of


CASES = [
    # a courtesy title with a surname, said to the reader, is formal address
    ("it-IT", "Fatto, Sig.ra Bassi: se vuoi, puoi rinnovare dall'app.", "mixed"),
    ("de-DE", "Alles erledigt, Frau Keller! Schreib mir, wenn noch was fehlt.", "mixed"),
    ("fr-FR", "C'est noté, Mme Roy : tu recevras le reçu demain.", "mixed"),
    ("es-MX", "Listo, Sr. Ortega, ya puedes descargar tu factura.", "mixed"),
    ("pt-PT", "Está feito, Sr. Lopes: podes levantar a encomenda amanhã.", "mixed"),
    ("pt-BR", "Pronto, Sr. Lopes, você já pode retirar o pedido.", "informal"),
    ("de-DE", "Herr Keller ruft morgen an. Schreib mir, wenn es nicht klappt.", "informal"),
    # a mark inside a word starts no sentence (FRITZ!Box); a 3rd-person reading after a
    # comma is a statement (risulta, serve); a question commands nothing (Dá-lhe jeito?)
    ("de-DE", "Die FRITZ!Box ist eingerichtet, Sie können jetzt surfen.", "formal"),
    # a point after an abbreviation ends no sentence before a lower-case word; a word
    # after a house number and its comma is the kind of street
    ("de-DE", "Die Steuer-Nr. steht auf Seite 2, falls Sie sie brauchen.", "formal"),
    ("de-DE", "Die Lieferung dauert ca. drei Tage. Schreib mir, wenn was fehlt.", "informal"),
    ("fr-CA", "Vous le trouverez au 18, rue des Érables, dès lundi.", "formal"),
    ("fr-FR", "Le colis est prêt. Passe le chercher au 3, place du Marché.", "informal"),
    ("it-IT", "Ho visto la Sua pratica, risulta tutto regolare.", "formal"),
    ("pt-PT", "Exmo. Senhor, serve a presente para confirmar a consulta.", "formal"),
    ("pt-PT", "Bom dia, D. Lurdes. Dá-lhe jeito terça às 9h00 ou prefere sábado?", "none"),
    # a verb-first clause before a comma and a verb is a condition; "Ach du ..." exclaims;
    # a modal before a verb of time states; "cumpre-nos informar" is impersonal
    ("de-DE", "Passt der Termin nicht, schreiben Sie uns einfach.", "formal"),
    ("de-AT", "Ach du Schreck, Frau Moser, das tut uns leid. Wir schicken Ihnen Ersatz.", "formal"),
    ("es-MX", "Tu pago ya salió; puede tardar hasta 24 horas en verse.", "informal"),
    ("pt-PT", "Exmo. Senhor, cumpre-nos informar que a encomenda já seguiu.", "formal"),
    # a participle in -ati/-iti is no imperative + ti unless it opens its clause
    ("it-IT", "Buongiorno Sig. Galli, i 127,50 € verranno accreditati sul Suo conto.", "formal"),
    # German: pronouns, verbs, imperatives, the sentence-initial capital
    ("de-DE", "Kannst du mir die Nummer schicken?", "informal"),
    ("de-DE", "Schick uns bitte ein Foto vom Etikett.", "informal"),
    ("de-DE", "Könnten Sie mir die Nummer schicken?", "formal"),
    ("de-DE", "Sie erhalten morgen eine Bestätigung per Mail.", "formal"),
    ("de-DE", "Die Bestellung ist da. Sie wurde gestern geliefert.", "none"),
    ("de-DE", "Danke für Ihre Geduld. Melde dich, wenn etwas fehlt.", "mixed"),
    ("de-AT", "Ihr habt die Tickets schon, schaut einfach in euer Postfach.", "informal"),
    ("de-DE", "Im Formular steht „Geben Sie Ihre IBAN an“, du kannst es leer lassen.", "informal"),
    ("de-DE", "Melde mich morgen wieder, sobald ich mehr weiß.", "none"),
    # function words that the dictionary also lists as old imperatives; "es" dropped
    (
        "de-DE",
        "Das Paket kam zurück, weil die Adresse nicht stimmte. Sie erhalten es neu.",
        "formal",
    ),
    ("de-AT", "Tut mir leid, das hat länger gedauert. Ihre Karte ist unterwegs.", "formal"),
    ("de-DE", "Freut mich, dass es geklappt hat! Melden Sie sich gern wieder.", "formal"),
    ("de-DE", "Tut mir leid! Schreib mir einfach, wenn noch was fehlt.", "informal"),
    # Dutch
    ("nl-NL", "Kun je de bon nog een keer sturen?", "informal"),
    ("nl-NL", "Kunt u de bon nog een keer sturen?", "formal"),
    ("nl-NL", "Bedankt voor uw geduld, je pakket komt morgen.", "mixed"),
    ("nl-NL", "Stuur ons gerust een foto, dan kijken we mee.", "none"),
    # French
    ("fr-FR", "Réponds-moi quand tu peux.", "informal"),
    ("fr-FR", "Envoyez-nous une photo du reçu.", "formal"),
    ("fr-FR", "Merci de votre retour, écris-nous si besoin.", "mixed"),
    (
        "fr-CA",
        "Tu peux ajouter ta blonde ; vous pourrez vous connecter toutes les deux.",
        "informal",
    ),
    ("fr-FR", "Le rendez-vous est confirmé pour jeudi.", "none"),
    # Spanish
    ("es-ES", "Mándame una foto del ticket, porfa.", "informal"),
    ("es-MX", "Mándeme una foto del ticket, por favor.", "formal"),
    ("es-MX", "¿Me confirma su dirección? Así te envío el paquete.", "mixed"),
    ("es-ES", "No se preocupe, ya está resuelto.", "formal"),
    ("es-MX", "El técnico tiene su dirección y llega mañana.", "none"),
    ("es-ES", "Regístrate en la web y listo.", "informal"),
    # a participle in -dos is never the vosotros imperative + os (which drops the -d)
    ("es-MX", "Estimados clientes: le confirmamos que su pedido ya salió.", "none"),
    ("es-ES", "Sentaos donde queráis, la sala es vuestra.", "informal"),
    # an ending that looks like an enclitic after a noun is an adjective (originales)
    (
        "es-ES",
        "Necesito las facturas originales; quedo a la espera de que nos las haga llegar.",
        "none",
    ),
    # Portuguese
    ("pt-PT", "Podes enviar-me o número da encomenda?", "informal"),
    ("pt-PT", "Pode enviar-me o número da encomenda?", "formal"),
    ("pt-PT", "Já lhe enviei a fatura, diz-me se chegou.", "mixed"),
    # "tem" with razão, direito, de: (você) tem, a statement; "tem calma": the imperative
    ("pt-PT", "Tem toda a razão, Sr. Lopes, e peço-lhe desculpa pela demora.", "formal"),
    ("pt-PT", "Tem direito ao reembolso total; pode pedir o valor na loja.", "formal"),
    ("pt-PT", "Tem calma, que eu trato disso já e aviso-te.", "informal"),
    ("pt-BR", "Você pode me mandar o número do pedido?", "informal"),
    ("pt-BR", "O senhor pode me mandar o número do pedido?", "formal"),
    ("pt-BR", "Posso te ajudar? Você recebeu o código?", "informal"),
    # Italian
    ("it-IT", "Puoi mandarmi il numero d'ordine?", "informal"),
    ("it-IT", "Può mandarmi il numero d'ordine?", "formal"),
    ("it-IT", "La ringrazio. Fammi sapere se va bene.", "mixed"),
    ("it-IT", "La fattura è pronta nella tua area personale.", "informal"),
    ("it-IT", "Mi faccia sapere se il problema resta.", "formal"),
    ("it-IT", "Ho parlato con la tecnica, lei passerà domani.", "none"),
    # Words that look like address and are not (fourth blind round, by kind)
    # German: an impersonal verb standing alone, capitalised nouns that are verb forms too
    ("de-AT", "Passt, danke Ihnen! Sie hören morgen von uns.", "formal"),
    ("de-DE", "Stimmt, das Paket ist noch unterwegs. Schick uns einfach die Nummer.", "informal"),
    ("de-DE", "Passt schon. Schickt uns einfach ein Foto vom Etikett.", "informal"),
    ("de-CH", "Ihre Fahrt nach Zermatt ist gebucht, das Ticket liegt in Ihrem Konto.", "formal"),
    ("de-DE", "Der Rat unseres Technikers: Starten Sie den Router neu.", "formal"),
    ("de-DE", "Fahrt ihr morgen mit dem Zug, oder holt ihr das Paket ab?", "informal"),
    ("de-DE", "Wichtig: Schick uns das Formular bis Freitag.", "informal"),
    # Spanish: reduplicated subjunctives, nouns that read as verb + os, Mexican interjections
    ("es-ES", "Cueste lo que cueste, te mandamos otro hoy.", "informal"),
    ("es-ES", "Pase lo que pase, le confirmo el cambio hoy mismo.", "formal"),
    ("es-ES", "Digas lo que digas, te cambiamos la pieza.", "informal"),
    ("es-MX", "Le mando los tres correos anteriores con la factura.", "formal"),
    ("es-MX", "¡No manches! Ya quedó su pedido, se lo enviamos hoy.", "formal"),
    ("es-ES", "No manches la pantalla con alcohol, usa un paño seco.", "informal"),
    ("es-MX", "¡Órale! Ya quedó su pedido, ¿me confirma la dirección?", "formal"),
    # Portugal: o seu / a sua + a noun is the reader's, unless someone else was named
    ("pt-PT", "Já tens o reembolso; confirma os dados pela sua conta.", "mixed"),
    ("pt-PT", "Obrigado pela sua mensagem. Mandas-me o código?", "mixed"),
    ("pt-PT", "O teu irmão pode levantar a encomenda com o seu cartão.", "informal"),
    ("pt-PT", "Cada um entra com o seu código; tu recebes o teu por SMS.", "informal"),
    ("pt-BR", "Obrigado pela sua mensagem. Você recebe o código por SMS.", "informal"),
    # a modal on a coordinated clause with the tú reader as its object: a third person
    ("es-MX", "Ya suspendimos al vendedor y no podrá volver a escribirte.", "informal"),
    ("es-ES", "Dimos de baja la tarjeta y nadie podrá usar tus datos.", "informal"),
    ("es-MX", "Hola. Puede revisar tu correo para ver el enlace.", "mixed"),
    # a verb after a closing quote continues the sentence
    (
        "es-MX",
        'El aviso "Card declined" sale cuando el banco bloquea la compra; ¿puedes llamar a tu banco?',
        "informal",
    ),
    # French: a Quebec sacre standing alone
    ("fr-CA", "Crisse, désolé pour l'attente, je vérifie votre commande.", "formal"),
    # Italian: a reader greeted by title and name; nouns that read as verb + clitic
    ("it-IT", "Buongiorno signora Neri, ho letto la sua e-mail. Se vuoi ti richiamo io.", "mixed"),
    ("it-IT", "Buongiorno signora Neri, le confermo l'appuntamento. Ti mando i dettagli.", "mixed"),
    ("it-IT", "Gentile signor Bruni, la sua richiesta è stata registrata.", "formal"),
    (
        "it-IT",
        "Ciao Marco, il tecnico ha chiamato e il suo furgone è fermo. Ti avviso io.",
        "informal",
    ),
    ("it-IT", "Ciao Marta, ho visto la sua foto del pacco: il corriere la ritira domani.", "none"),
    ("it-IT", "Ho sentito la signora Bianchi: le invio il modulo oggi.", "none"),
    ("it-IT", "Può accedere al portale clienti con la password che Le abbiamo inviato.", "formal"),
    ("it-IT", "Il segnale in zona è debole: può riavviare il modem?", "formal"),
]


@pytest.mark.parametrize(("locale", "text", "expected"), CASES)
def test_constructions(locale: str, text: str, expected: str) -> None:
    assert register(text, locale) == expected


def test_english_has_no_register() -> None:
    assert register("Could you send me the number? Thanks, you're great.", "en-US") == "none"


def test_evidence_spans_are_exact_and_weighted() -> None:
    text = "Danke für Ihre Geduld. Sie wurde geprüft. Melde dich!"
    analysis = analyse(BoundedTokenizer(spacy.blank("de").tokenizer)(text), "de-DE")
    for e in analysis.evidence:
        assert text[e.start : e.end] == e.text
    strong = {(e.text, e.register) for e in analysis.strong}
    assert strong == {("Ihre", FORMAL), ("Melde", INFORMAL), ("dich", INFORMAL)}
    assert analysis.dominant() == INFORMAL


@settings(
    max_examples=60, deadline=None
)  # the slow fuzz (tests/test_reliability.py) runs 20,000 drafts
@given(
    st.sampled_from(["de-DE", "nl-NL", "fr-FR", "es-MX", "pt-PT", "pt-BR", "it-IT"]),
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(
                ["du", "Sie", "¿", "?", "-moi", "Mándame", "envia-me", "La", "u", "«", "»",
                 "„", "“", '"', "\n", ", ", ". ", "non", "se", "lhe", "Ihr"]
            ),
        ),
        max_size=30,
    ),
)  # fmt: skip
def test_never_raises_and_spans_are_exact(locale: str, parts: list[str]) -> None:
    text = " ".join(parts)
    lang = locale.split("-")[0]
    pipe = _PIPES.setdefault(lang, BoundedTokenizer(spacy.blank(lang).tokenizer))
    analysis = analyse(pipe(text), locale)
    for e in analysis.evidence:
        assert text[e.start : e.end] == e.text


# -- the rule: policies and conversation --------------------------------------------------
def _linter(settings_: dict[str, str] | None = None) -> Linter:
    return Linter(locale="de-DE", config=Config(settings=settings_ or {}))


def _formality(linter: Linter, text: str, locale: str = "de-DE", conversation=()) -> list:
    report = linter.lint(text, locale, conversation=conversation)
    return [f for f in report.findings if f.category == "formality"]


def test_consistent_informal_reply_is_fine_by_default() -> None:
    assert (
        _formality(_linter(), "Hallo Jonas, schick mir einfach ein Foto von deiner Rechnung.") == []
    )


def test_mixing_flags_the_minority_register_and_names_the_evidence() -> None:
    (finding,) = _formality(_linter(), "Vielen Dank für Ihre Geduld. Ruf uns einfach an.")
    assert finding.match == "Ruf" and finding.rule == "de.formality.du-sie"
    assert "with du" in finding.message and "'Ihre'" in finding.message


def test_brand_voice_flags_the_other_register() -> None:
    formal = _linter({"formality": "formal"})
    found = _formality(formal, "Kannst du mir die Nummer schicken?")
    assert [f.match for f in found] == ["Kannst", "du"]
    assert "your company writes with Sie" in found[0].message
    informal = _linter({"formality": "informal"})
    assert [f.match for f in _formality(informal, "Können Sie mir helfen?")] == ["Sie"]


def test_the_agents_earlier_turn_sets_the_register() -> None:
    earlier = [("agent", "Können Sie mir die Bestellnummer nennen?"), ("customer", "12345")]
    found = _formality(_linter(), "Danke dir, ich schaue nach.", conversation=earlier)
    assert [f.match for f in found] == ["dir"]
    assert "earlier in this conversation" in found[0].message


def test_the_customers_register_counts_only_with_follow_customer() -> None:
    turns = [("customer", "Kannst du mir helfen? Mein Paket fehlt.")]
    text = "Gerne helfe ich Ihnen."
    assert _formality(_linter(), text, conversation=turns) == []
    follow = _linter({"follow_customer": True})
    assert [f.match for f in _formality(follow, text, conversation=turns)] == ["Ihnen"]


# -- the blind drafts -------------------------------------------------------------------------
def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "chatwriter_register_quality", REPO / "tools" / "register_quality.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _load_tool()


@pytest.fixture(scope="module")
def results() -> dict:
    """The blind drafts measured once, when a test asks (not while collecting)."""
    return TOOL.measure()


#: What the held-out drafts gave when they were first measured (docs/register-quality.md):
#: a change may only improve on it. Mixed drafts found, and false alarms allowed.
HELDOUT_FLOOR = {
    "de": (10, 0),
    "nl": (10, 0),
    "fr": (9, 2),
    "es": (7, 1),
    "pt": (8, 0),
    "it": (6, 0),
}


@pytest.mark.parametrize("language", sorted(HELDOUT_FLOOR))
def test_heldout_drafts_do_not_get_worse(results: dict, language: str) -> None:
    found, false_alarms = HELDOUT_FLOOR[language]
    score = results["heldout"][language]
    assert score.confusion[("mixed", "mixed")] >= found
    assert score.false_alarms <= false_alarms


def test_quality_doc_is_current(results: dict) -> None:
    assert (REPO / "docs" / "register-quality.md").read_text(encoding="utf-8") == TOOL.render(
        results
    ), "run: python tools/register_quality.py"


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        # soler + infinitive says what usually happens ("suele" is also solar's command)
        ("es-ES", "Lo he revisado. Suele resolverse en una semana, te aviso por aquí.", "informal"),
        # "le" after another clitic is "them" (te le mando), not the courtesy Le
        ("it-IT", "Ciao Luca! Le cuffie sono arrivate? Te le ho spedite ieri.", "informal"),
        # an oath shaped like a command with "se" addresses nobody
        ("pt-PT", "Dane-se, o sistema caiu outra vez! Já te envio o link.", "informal"),
        # "siehe oben" is a reference formula, not a du imperative
        ("de-CH", "Die Offerte gilt 30 Tage (siehe Anhang). Melden Sie sich gern.", "formal"),
        # "Trova ... nell'app" says where the Lei customer finds it
        ("it-IT", "Il Suo rimborso è pronto. Trova la ricevuta nell'area clienti.", "formal"),
    ],
)
def test_words_that_look_like_address_and_are_not(locale: str, text: str, expected: str) -> None:
    assert register(text, locale) == expected
