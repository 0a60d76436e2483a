"""The `language` kind and the detectors behind it, with real detectors and real guides."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chatwriter import Linter, langid
from chatwriter.errors import ConfigError
from tests.helpers import REPO

CORPUS = REPO.parent / "shared" / "corpora" / "sgd_system_10k.txt"
MESSAGES = REPO / "benchmarks" / "langid" / "messages.jsonl"
ENGLISH = "Thank you for your patience, we will get back to you shortly."
GERMAN_CUSTOMER = [
    {"role": "customer", "text": "Hallo, mein Paket ist nicht angekommen. Können Sie nachsehen?"}
]


FRENCH_CUSTOMER = "Bonjour, ma commande 5521 n'est toujours pas arrivée, vous pouvez vérifier ?"


def language_findings(report):
    return [f for f in report.findings if f.category == "language"]


@pytest.fixture(scope="module")
def fr() -> Linter:
    return Linter(locale="fr-FR")


@pytest.fixture(scope="module")
def gb() -> Linter:
    return Linter(locale="en-GB")


# -- the acceptance cases of issue 6 ------------------------------------------------
def test_english_reply_under_french_locale_is_a_finding(fr: Linter) -> None:
    found = language_findings(fr.lint(ENGLISH))
    assert [f.rule for f in found] == ["fr.language.wrong-language"]
    assert "English" in found[0].message and "French" in found[0].message
    assert found[0].match == ENGLISH


@pytest.mark.parametrize("text", ["Merci !", "OK 👍", "Thanks!", "Merci pour tout !"])
def test_short_replies_are_never_judged(fr: Linter, text: str) -> None:
    assert language_findings(fr.lint(text)) == []


def test_german_customer_answered_in_english(gb: Linter) -> None:
    report = gb.lint(
        "Thanks for getting in touch, I'll check the tracking for you now.",
        conversation=GERMAN_CUSTOMER,
    )
    found = language_findings(report)
    assert len(found) == 1
    assert found[0].message.startswith("The customer wrote in German")
    assert "English" in found[0].message


def test_german_customer_answered_in_german_is_fine(gb: Linter) -> None:
    # Under en-GB a German reply is otherwise a finding; the customer's language wins.
    text = "Danke für Ihre Nachricht, ich schaue sofort nach Ihrem Paket."
    assert language_findings(gb.lint(text)) != []
    assert language_findings(gb.lint(text, conversation=GERMAN_CUSTOMER)) == []


def test_customer_turn_skips_agent_turns_and_short_turns(gb: Linter) -> None:
    conversation = [
        *GERMAN_CUSTOMER,
        {"role": "agent", "text": "Hello! Let me have a look at your order for you."},
        {"role": "customer", "text": "Danke!"},
    ]
    report = gb.lint(
        "I'll check the tracking for you now and come back to you.", conversation=conversation
    )
    assert len(language_findings(report)) == 1


def test_english_customer_english_reply(gb: Linter) -> None:
    conversation = [
        {"role": "customer", "text": "Hi, my parcel hasn't arrived yet, can you check?"}
    ]
    report = gb.lint("Of course, I'll check the tracking for you now.", conversation=conversation)
    assert language_findings(report) == []


def test_a_reply_in_another_language_leaves_out_the_locale_language_rules(fr: Linter) -> None:
    english = "Hello, I checked order 5521: it left our warehouse on Monday. Sorry for the wait!"
    customer = [
        {"role": "customer", "text": "Hi, my order 5521 still hasn't arrived, can you check?"}
    ]
    # French spacing rules would flag ':' and '!' if the reply were French...
    french = fr.lint("Bonjour, j'ai vérifié la commande 5521: elle est partie lundi. Désolée!")
    assert {f.category for f in french.findings} >= {"typography"}
    # ...but an English reply to an English-writing customer is judged by none of them,
    accepted = fr.lint(english, conversation=customer)
    assert not [f for f in accepted.findings if f.rule.startswith("fr.")]
    # and one to a French-writing customer keeps only the language finding.
    flagged = fr.lint(english, conversation=[{"role": "customer", "text": FRENCH_CUSTOMER}])
    assert [f.category for f in flagged.findings if f.rule.startswith("fr.")] == ["language"]
    # Common guides (personal data) still apply to a reply in any language.
    card = fr.lint(english + " Card 4111 1111 1111 1111.", conversation=customer)
    assert any(f.category == "pii" for f in card.findings)


def test_service_language_setting_allows_english_replies(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("settings:\n  service_language: en\n", encoding="utf-8")
    linter = Linter(locale="en-GB", config=config)
    report = linter.lint(
        "Thanks for getting in touch, I'll check the tracking for you now.",
        conversation=GERMAN_CUSTOMER,
    )
    assert language_findings(report) == []
    # Nor under a locale of another language.
    french = Linter(locale="fr-FR", config=config)
    assert language_findings(french.lint(ENGLISH)) == []
    # The service language does not excuse a reply in a third language.
    report = linter.lint(
        "Merci pour votre message, je vérifie le suivi de votre colis tout de suite.",
        conversation=GERMAN_CUSTOMER,
    )
    assert [
        f.message.startswith("The customer wrote in German") for f in language_findings(report)
    ] == [True]


# -- sentences -------------------------------------------------------------------
def test_a_sentence_in_another_language_is_flagged_on_its_own() -> None:
    linter = Linter(locale="en-US")
    german = "Die Sendungsnummer schicken wir Ihnen gleich per E-Mail."
    text = f"Your order left our warehouse this morning. {german} Have a great day!"
    found = language_findings(linter.lint(text))
    assert len(found) == 1
    assert found[0].match == german
    assert found[0].message == "This sentence reads as German; write the whole reply in English."


def test_foreign_names_and_short_phrases_in_a_reply_are_fine() -> None:
    linter = Linter(locale="en-US")
    for text in (
        "Your table at Trattoria da Luigi is booked for eight o'clock.",
        "I found two places for you: La Taqueria and El Farolito, both in the Mission.",
        "Danke! Your parcel left our warehouse this morning.",
        "la pinata in pittsburg",
        # more English marker words than French ones around a French name
        "Sure, how about Cite de l'architecture et du patrimoine, a museum?",
    ):
        assert language_findings(linter.lint(text)) == [], text


# -- languages outside the seven ---------------------------------------------------
VIETNAMESE = "Dạ, em đã kiểm tra rồi, gói hàng của chị sẽ được giao vào thứ Sáu."
POLISH_CUSTOMER = [
    {"role": "customer", "text": "Dzień dobry, moje konto jest zablokowane, co mam zrobić?"}
]


def test_a_reply_in_a_language_outside_the_seven_is_named(gb: Linter) -> None:
    found = language_findings(gb.lint(VIETNAMESE))
    assert [f.message for f in found] == [
        "This reply reads as Vietnamese, but this locale's language is English."
    ]
    english = [{"role": "customer", "text": "Hi, could you check where my parcel is?"}]
    found = language_findings(gb.lint(VIETNAMESE, conversation=english))
    assert [f.message.split(";")[0] for f in found] == [
        "The customer wrote in English, but this reply reads as Vietnamese"
    ]
    # Answering in the customer's language is right, whatever the language.
    vietnamese = [{"role": "customer", "text": "Chào em, chị muốn hỏi đơn hàng của chị ở đâu?"}]
    assert language_findings(gb.lint(VIETNAMESE, conversation=vietnamese)) == []


def test_a_customer_writing_in_a_language_outside_the_seven(gb: Linter) -> None:
    reply = "Thanks for your message, your account is active again."
    found = language_findings(gb.lint(reply, conversation=POLISH_CUSTOMER))
    assert [f.message.split(",")[0] for f in found] == ["The customer wrote in Polish"]
    polish = "Dzień dobry, konto jest już odblokowane, można się zalogować."
    assert language_findings(gb.lint(polish, conversation=POLISH_CUSTOMER)) == []
    # Chinese puts no space around an order number: the turn is still read.
    chinese = [{"role": "customer", "text": "您好，我的退款什么时候到账？订单号12345。"}]
    found = language_findings(gb.lint("Thanks for your message.", conversation=chinese))
    assert [f.message.split(",")[0] for f in found] == ["The customer wrote in Chinese"]


@pytest.mark.parametrize(
    ("reply", "foreign", "language"),
    [
        (
            "Your replacement card is on its way. Sampai jumpa dan terima kasih banyak!",
            "Sampai jumpa dan terima kasih banyak!",
            "Indonesian",
        ),
        (
            "Your new router ships tomorrow. Z poważaniem, Dział Obsługi Klienta",
            "Z poważaniem, Dział Obsługi Klienta",
            "Polish",
        ),
        (
            "Thanks for waiting, your refund went through today. 我们已经为您办理退款，请留意银行通知。",
            "我们已经为您办理退款，请留意银行通知。",
            "Chinese",
        ),
    ],
)
def test_a_sign_off_or_sentence_outside_the_seven(
    gb: Linter, reply: str, foreign: str, language: str
) -> None:
    found = language_findings(gb.lint(reply))
    assert [(f.match, f.message.split(";")[0]) for f in found] == [
        (foreign, f"This sentence reads as {language}")
    ]


def test_another_script_is_named_when_the_language_is_not_clear(gb: Linter) -> None:
    found = language_findings(gb.lint("Ваш заказ уже отправлен, он придёт в пятницу."))
    assert len(found) == 1
    assert "Cyrillic" in found[0].message or "Russian" in found[0].message


def test_names_in_other_scripts_and_alphabets_are_fine(gb: Linter) -> None:
    for text in (
        "Your parcel is with the courier now. Have a lovely weekend, Łukasz!",
        "I've passed this to our colleague Małgorzata Wiśniewska in the Kraków office.",
        "Hi 王伟, your order AU-88120 left our Sydney warehouse this morning.",
    ):
        assert language_findings(gb.lint(text)) == [], text


# -- a stretch of another language inside a sentence --------------------------------
@pytest.mark.parametrize(
    ("locale", "reply", "stretch", "language"),
    [
        (
            "es-MX",
            "Listo, ya cancelé el cargo y the refund should show up in three days en su estado "
            "de cuenta.",
            "the refund should show up",
            "English",
        ),
        (
            "nl-NL",
            "Bedankt voor je geduld! Ik kijk even wat er misging, I'll be back in a minute.",
            "I'll be back",  # the marker words; the detector read them with "in a minute"
            "English",
        ),
        (
            "en-US",
            # not at the sentence's head: a head up to its first comma is judged as a clause
            "Thanks for waiting! Sorry, wir haben Ihre Bestellung storniert, and the refund follows.",
            "wir haben Ihre Bestellung",
            "German",
        ),
    ],
)
def test_a_stretch_in_another_language_inside_a_sentence(
    locale: str, reply: str, stretch: str, language: str
) -> None:
    found = language_findings(Linter(locale=locale).lint(reply))
    assert [f.match for f in found] == [stretch]
    assert found[0].message.startswith(f"'{stretch}' reads as {language}; write the whole reply")


@pytest.mark.parametrize(
    ("locale", "reply"),
    [
        # loan words, brands and button labels are no stretch
        ("nl-NL", "Thanks voor je geduld, we hebben je refund vandaag verwerkt."),
        ("nl-NL", "Je kunt inloggen via Sign in with Apple en daarna je e-mail bevestigen."),
        ("nl-NL", "Let me know: het ticket staat online in je account onder My orders."),
        ("de-DE", "Bitte klicken Sie auf Forgot your password und folgen Sie dem Link."),
        ("de-DE", "Ihr Paket ist jetzt out for delivery und kommt heute."),
        ("es-MX", "Puede entrar a la app y elegir la opción Pay with your card."),
        ("fr-FR", "Votre colis est en statut out for delivery, il arrive aujourd'hui."),
        # a quoted message, or one introduced as such, is someone else's words
        (
            "nl-NL",
            "Krijg je de melding ‘Your session has expired. Please log in again’? Log dan "
            "opnieuw in via de app.",
        ),
        (
            "es-MX",
            'Si le sale "Your session has expired, please log in again", vuelva a iniciar sesión.',
        ),
        (
            "de-DE",
            "Die Fehlermeldung Something went wrong, please try again later heißt, dass der "
            "Server kurz nicht erreichbar war.",
        ),
        ("en-GB", "The song Despacito by Luis Fonsi is now playing."),
        ("en-GB", "I've booked you into Hotel de la Paix for two nights."),
    ],
)
def test_loan_words_names_and_quotations_are_no_stretch(locale: str, reply: str) -> None:
    assert language_findings(Linter(locale=locale).lint(reply)) == [], reply


def test_foreign_spans_model() -> None:
    text = "Ya revisé su cuenta y el problema es que your card expired, so please update it."
    assert [(text[a:b], lang) for a, b, lang in langid.foreign_spans(text, "es")] == [
        ("your card expired, so please update it", "en")
    ]
    # two marker words are not enough; capitalised ones (names, titles) count only on top
    assert langid.foreign_spans("Klik op Forgot your password of Sign in with Apple.", "nl") == []
    assert langid.foreign_spans("Kijk de film The Lord of the Rings vanavond.", "nl") == []
    # a marker word of the expected language ends a stretch
    assert langid.foreign_spans("your order is voor de deur and the box", "nl") == []


def test_unquoted_blanks_quotations_but_not_apostrophes() -> None:
    text = 'Zie je ‘Payment can’t be processed’? Dan l\'app opnieuw openen, zegt "de helpdesk".'
    out = langid.unquoted(text)
    assert len(out) == len(text)
    assert "Payment" not in out and "helpdesk" not in out
    assert "l'app" in out and "Zie je ‘" in out
    assert langid.unquoted("It's Tom's order, isn't it?") == "It's Tom's order, isn't it?"


def test_evidence_finds_sentences_without_marker_words() -> None:
    plain = langid.Evidence("Your refund is done. Thanks for your patience!")
    assert plain.unmarked == 0
    signed = langid.Evidence("Your refund is done. Sampai jumpa dan terima kasih banyak!")
    assert signed.plainly("en") and signed.unmarked == 6
    # Chinese has no spaces: two letters count as a word
    assert langid.Evidence("我们已经为您办理退款，请留意银行通知。").words >= 8
    assert langid.outside("Sampai jumpa dan terima kasih banyak", signed) is None  # votes
    alone = langid.Evidence("Sampai jumpa dan terima kasih banyak")
    assert langid.outside("Sampai jumpa dan terima kasih banyak", alone) in ("id", "ms")
    english = "Golden Gate Park is a nice place to visit"
    assert langid.outside(english, langid.Evidence(english)) is None


# -- every language's guide ------------------------------------------------------
@pytest.mark.parametrize(
    ("locale", "own", "other"),
    [
        ("de-DE", "Vielen Dank für Ihre Geduld, wir melden uns in Kürze.", ENGLISH),
        ("es-ES", "Gracias por su paciencia, le responderemos lo antes posible.", ENGLISH),
        ("pt-BR", "Obrigado pela paciência, vamos responder o mais rápido possível.", ENGLISH),
        ("nl-NL", "Bedankt voor je geduld, we komen zo snel mogelijk bij je terug.", ENGLISH),
        ("it-IT", "Grazie per la pazienza, le risponderemo al più presto.", ENGLISH),
        ("en-US", ENGLISH, "Merci pour votre patience, nous revenons vers vous très vite."),
    ],
)
def test_each_language_locale(locale: str, own: str, other: str) -> None:
    linter = Linter(locale=locale)
    assert language_findings(linter.lint(own)) == []
    found = language_findings(linter.lint(other))
    assert len(found) == 1 and found[0].rule.endswith(".language.wrong-language")


def test_benchmark_messages_under_their_own_locale_give_no_finding() -> None:
    linter = Linter(locale="en")
    for item in map(json.loads, MESSAGES.read_text(encoding="utf-8").splitlines()):
        report = linter.lint(item["text"], locale=item["lang"])
        assert language_findings(report) == [], item


def _real_english_replies() -> list[str]:
    """The SGD corpus (beside the repository), or the benchmark's English replies."""
    if CORPUS.is_file():
        texts = [t for t in CORPUS.read_text(encoding="utf-8").splitlines() if t.strip()]
        assert len(texts) > 9000
        return texts
    return [  # a checkout without shared/
        json.loads(line)["text"]
        for line in MESSAGES.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["lang"] == "en"
    ]


def test_real_english_replies_give_no_language_findings() -> None:
    """The first 2,000 real replies as en-US: no language findings (all of them: slow tier)."""
    texts = _real_english_replies()[:2000]
    found = [
        (r.text, f.message)
        for r in Linter(locale="en-US").lint_many(texts)
        for f in language_findings(r)
    ]
    assert found == []


@pytest.mark.slow
def test_every_real_english_reply_gives_no_language_findings() -> None:
    texts = _real_english_replies()
    found = [
        (r.text, f.message)
        for r in Linter(locale="en-US").lint_many(texts)
        for f in language_findings(r)
    ]
    assert found == []


# -- rule options and errors -----------------------------------------------------
GUIDE = """\
guide: acme.lang
rules:
  - id: lang
    kind: language
    category: language
    message: "Reads as {detected}, expected {expected}."
"""


def custom(tmp_path: Path, extra: str, locale: str = "en-US") -> Linter:
    (tmp_path / "lang.yaml").write_text(GUIDE + extra, encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("guides: [lang.yaml]\ndisable: ['*.language.*']\n", encoding="utf-8")
    return Linter(locale=locale, config=config)


def test_langdetect_can_be_chosen_and_only_checks_run_that_are_listed(tmp_path: Path) -> None:
    linter = custom(tmp_path, "    detector: langdetect\n    checks: [message]\n")
    found = language_findings(
        linter.lint("Vielen Dank für Ihre Geduld, wir melden uns in Kürze bei Ihnen.")
    )
    assert [f.message for f in found] == ["Reads as German, expected English."]
    mixed = (
        "Your order left our warehouse this morning and should arrive on Friday, and I have "
        "added a small discount to your next order as well. "
        "Die Sendungsnummer schicken wir Ihnen gleich per E-Mail."
    )
    assert language_findings(linter.lint(mixed)) == []  # no sentence check
    assert len(language_findings(custom(tmp_path, "").lint(mixed))) == 1  # with it


def test_min_words_option(tmp_path: Path) -> None:
    text = "Vielen Dank für Ihre Geduld!"
    assert language_findings(custom(tmp_path, "    min_words: 4\n").lint(text)) != []
    assert language_findings(custom(tmp_path, "    min_words: 6\n").lint(text)) == []


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ("    detector: fasttext\n", "lang.yaml:7:"),
        ("    sentence_message: 'Oops {language}'\n", "lang.yaml:7:23: unknown placeholder"),
        ("    languages: [de, fr]\n", "locale's language 'en' is not among"),
        ("    min_confidence: 1.5\n", "lang.yaml:7:"),
    ],
)
def test_rule_errors_point_at_the_field(tmp_path: Path, extra: str, says: str) -> None:
    with pytest.raises(ConfigError) as info:
        custom(tmp_path, extra)
    assert says in str(info.value)


def test_locale_language_comes_from_settings() -> None:
    # The engine puts the locale's language into the settings the rule compiles with.
    assert Linter(locale="de-CH").compiled().settings["language"] == "de"
    assert Linter(locale="en-GB").compiled().settings["language"] == "en"


# -- detectors -------------------------------------------------------------------
SAMPLES = [
    ("en", "Could you send me a screenshot of the error message, please?"),
    ("de", "Könnten Sie mir bitte einen Screenshot der Fehlermeldung schicken?"),
    ("fr", "Pourriez-vous m'envoyer une capture d'écran du message d'erreur ?"),
    ("es", "¿Podría enviarme una captura de pantalla del mensaje de error?"),
    ("pt", "Você pode me mandar uma captura de tela da mensagem de erro?"),
    ("nl", "Kunt u mij een screenshot van de foutmelding sturen?"),
    ("it", "Potrebbe mandarmi uno screenshot del messaggio di errore?"),
]


@pytest.mark.parametrize("name", ["py3langid", "langdetect"])
def test_detectors_find_each_language(name: str) -> None:
    detector = langid.make_detector(name)
    assert isinstance(detector, langid.Detector)
    for lang, text in SAMPLES:
        found = detector.detect(text, langid.LANGUAGES)
        assert found is not None and found[0] == lang, (name, text, found)
        assert 0.0 < found[1] <= 1.0


@pytest.mark.parametrize("name", ["py3langid", "langdetect"])
def test_detectors_stay_within_the_candidates_and_refuse_short_texts(name: str) -> None:
    detector = langid.make_detector(name, min_words=3)
    found = detector.detect(SAMPLES[2][1], ("de", "nl"))
    assert found is not None and found[0] in ("de", "nl")
    assert detector.detect("Merci !", langid.LANGUAGES) is None
    assert detector.detect("OK 👍 https://example.com/a/b/c 12345", langid.LANGUAGES) is None
    with pytest.raises(ValueError):
        detector.detect(SAMPLES[0][1], ("en",))


def test_langdetect_is_deterministic_without_global_seed() -> None:
    from langdetect import DetectorFactory

    text = "Das Paket ist unterwegs und kommt morgen."
    answers = {langid.LangdetectDetector().detect(text, langid.LANGUAGES) for _ in range(5)}
    assert len(answers) == 1
    assert DetectorFactory.seed is None  # the process-wide seed was never touched


def test_unknown_detector_name() -> None:
    with pytest.raises(ValueError, match="unknown language detector"):
        langid.make_detector("nope")


def test_evidence_counts_marker_words() -> None:
    ev = langid.Evidence("Your table at Los Angeles is booked, thanks!")
    assert ev.words == 8
    assert ev.votes["en"] >= 3
    assert "es" in ev.votes and "es" not in ev.strict  # capitalised "Los" is a name
    assert ev.plainly("en")
    assert not langid.Evidence("Merci pour votre patience").plainly("en")


def test_importing_chatwriter_loads_no_detector() -> None:
    code = (
        "import sys\n"
        "from chatwriter import Linter\n"
        "linter = Linter(locale='en-US')\n"
        f"linter.lint({ENGLISH!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('langdetect', 'py3langid', 'lingua')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_benchmark_set_shape() -> None:
    by_lang: dict[str, int] = {}
    for line in MESSAGES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        assert 3 <= len(item["text"].split()) <= 30
        by_lang[item["lang"]] = by_lang.get(item["lang"], 0) + 1
    assert set(by_lang) == set(langid.LANGUAGES)
    assert min(by_lang.values()) >= 30


def test_a_detector_whose_library_is_missing_is_named_at_compile_time() -> None:
    class Missing(langid.Py3langidDetector):
        name = "missing"
        module = "chatwriter_no_such_module"
        distribution = "chatwriter-no-such-package"

    assert langid.missing_package(langid.make_detector("py3langid")) is None
    problem = langid.missing_package(Missing())
    assert problem is not None and "pip install chatwriter-no-such-package" in problem


def test_identify_answers_only_when_the_text_is_clear() -> None:
    from chatwriter import langid

    assert langid.identify("Merci pour votre message, nous vérifions cela.", ["en", "fr"]) == (
        "fr",
        1.0,
    )
    assert langid.identify("Ok", ["en", "fr"]) is None  # too short for any guess
    assert langid.identify("Ok", ["de"]) == ("de", 1.0)  # nothing to choose from
    assert langid.identify("Hello", ["xx", "yy"]) is None  # languages it cannot detect


def test_reply_in_the_customers_own_language_is_not_flagged_by_sentence() -> None:
    """A customer who wrote in Catalan, answered in Catalan under es-ES: no sentence is
    "not Spanish", and the Spanish typography rules (¿ ¡) do not apply to it. The same
    reply to a customer who wrote in Spanish is in the wrong language."""
    es = Linter(locale="es-ES")
    reply = (
        "Bon dia, Jordi! Us puc canviar la cita del gos al dimecres 14 a les 9:30 "
        "o al dijous 15 a les 17:00. Quina us va millor?"
    )
    catalan = [("customer", "Bon dia, voldria canviar la cita del meu gos perquè dilluns no puc.")]
    report = es.lint(reply, conversation=catalan)
    assert [f.category for f in report.findings if f.category in ("language", "typography")] == []
    alone = es.lint(reply)
    assert [f.category for f in alone.findings if f.category in ("language", "typography")] == [
        "language"
    ], "without the customer's turn it is a Catalan reply under es-ES, not bad Spanish"
    spanish = [("customer", "Hola, quería cambiar la cita de mi perro porque el lunes no puedo.")]
    report = es.lint(reply, conversation=spanish)
    assert [f.category for f in report.findings if f.category == "language"] == ["language"]


def test_a_sentence_after_a_time_abbreviation_is_judged_on_its_own(gb: Linter) -> None:
    """'10 a.m.' keeps its full stop inside one token, so the sentencizer alone would read
    "... at 10 a.m. Por favor llegue ..." as one English sentence."""
    spanish = "Por favor traiga su pasaporte y llegue quince minutos antes de la clase."
    text = f"Your lesson is confirmed for Sunday at 10 a.m. {spanish}"
    found = [f.match for f in gb.lint(text).findings if f.category == "language"]
    assert found == [spanish]
    assert language_findings(gb.lint("The shop opens at 9 a.m. Monday is the busiest day.")) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Bon dia, Marta. He enviat el rebut del mes de juliol al correu que ens vas donar.",
        "Hola Pere, el càrrec correspon a la quota de gener i ja està pagat.",
        "La comanda arribarà la setmana que ve, abans del 12 de desembre.",
        # the elided pronoun before haver (t'he, s'hi) and words such as vegades, alhora
        "Ja t'he canviat l'adreça; de vegades el sistema triga una mica a desar-la.",
    ],
)
def test_catalan_without_its_commonest_function_words_is_still_catalan(reply: str) -> None:
    """Short Catalan replies often hold none of amb/els/també: a month, a possessive or a
    spelling only Catalan has (càrrec, enviat) lets the all-languages model decide."""
    assert langid.catalan(reply)
    found = Linter(locale="es-ES").lint(reply).findings
    assert [f.category for f in found if f.category == "language"] == ["language"]


@pytest.mark.parametrize(
    ("locale", "reply", "stretch"),
    [
        (
            "en-GB",
            "Your seat is booked, 请在登机前两小时到达机场, and the gate opens at 9.",
            "请在登机前两小时到达机场",
        ),
        (
            "de-AT",
            "Danke, das Paket ist da. Спасибо за ваше терпение сегодня, bis bald!",
            "Спасибо за ваше терпение сегодня",
        ),
        (
            "fr-FR",
            "Votre commande part demain, 배송은 내일 출발합니다, merci !",
            "배송은 내일 출발합니다",
        ),
    ],
)
def test_a_stretch_in_another_script_is_another_language(
    locale: str, reply: str, stretch: str
) -> None:
    """The seven languages are written in Latin letters: a run of Han, Hangul or three
    Cyrillic words inside a reply is another language, whatever its marker words. It is
    flagged on its own, or inside the sentence flagged as a whole."""
    found = [f for f in Linter(locale=locale).lint(reply).findings if f.category == "language"]
    assert len(found) == 1
    assert stretch in reply[found[0].start : found[0].end]
    assert found[0].end - found[0].start < len(reply)


@pytest.mark.parametrize(
    ("locale", "reply"),
    [
        ("en-US", "Hi Дмитрий Иванов, your parcel is on its way."),
        ("en-GB", "The 東京 tote is back in stock in black and navy."),
        ("de-DE", "Die Bestellung für Frau 王芳 ist unterwegs."),
    ],
)
def test_a_name_in_its_own_script_is_no_stretch(locale: str, reply: str) -> None:
    found = [f for f in Linter(locale=locale).lint(reply).findings if f.category == "language"]
    assert found == []


def test_a_stretch_in_the_customers_own_script_is_not_flagged_apart() -> None:
    """To a customer who wrote in Chinese, the stretch in Chinese answers them: what is
    flagged is that the rest of the reply is not in their language."""
    reply = "Thank you for waiting. 您的退款已经处理好了, it shows in 3-5 days."
    chinese = [("customer", "你好，我的退款什么时候到账？我已经等了两个星期了。")]
    found = Linter(locale="en-US").lint(reply, conversation=chinese).findings
    spans = [(f.start, f.end) for f in found if f.category == "language"]
    assert spans == [(0, len(reply))]


def test_a_script_and_a_language_of_that_script_are_one_language() -> None:
    """The model may name the customer's turn only by its script ("a language in Han
    script") and the reply by its language ("Chinese"): written in one script, the reply
    answers the customer."""
    reply = "您好，李女士。您的包裹今天下午已经送到邮局，请带身份证去取。"
    customer = [("customer", "你好，我的包裹到哪里了？单号是AU-441208。")]
    found = Linter(locale="en-AU").lint(reply, conversation=customer).findings
    assert [f for f in found if f.category == "language"] == []
