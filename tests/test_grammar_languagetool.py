"""The grammar rules against a real LanguageTool server, with drafts in all seven languages.

The server's URL comes from ``CHATWRITER_TEST_LANGUAGETOOL_URL``; ``.ci/run`` starts one
with ``.ci/languagetool.sh`` (tools/languagetool/run.sh fetches it from Maven). Without the
variable these tests are skipped on a developer's machine, and fail in CI (``CI=true``):
a missing server must never look like a pass.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
import yaml

from chatwriter import Linter
from chatwriter.guide.loader import Config, LanguageToolConfig
from chatwriter.rule_examples import check_examples
from tests.helpers import REPO, run_cli

ENV = "CHATWRITER_TEST_LANGUAGETOOL_URL"
#: Generous: the first check of a language variant loads its dictionaries on the server.
TIMEOUT_MS = 120_000
LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en", "de-DE", "de-AT", "de-CH", "de"]
LOCALES += ["fr-FR", "fr-CA", "fr", "es-ES", "es-MX", "es", "pt-BR", "pt-PT", "pt"]
LOCALES += ["nl-NL", "nl", "it-IT", "it"]
#: One locale per language runs in the 3-minute suite; the other variants (their first
#: check loads a dictionary on the server) run with ``pytest -m slow``.
FIRST = frozenset({"en-US", "de-DE", "fr-FR", "es-ES", "pt-BR", "nl-NL", "it-IT"})
LOCALE_PARAMS = [
    pytest.param(loc, marks=() if loc in FIRST else pytest.mark.slow) for loc in LOCALES
]


@pytest.fixture(scope="module")
def lt_url() -> str:
    url = os.environ.get(ENV, "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(
                f"CI=true but {ENV} is not set: .ci/run must start LanguageTool "
                "(.ci/languagetool.sh start) and export its URL"
            )
        pytest.skip(
            f"{ENV} is not set; start a server with `tools/languagetool/run.sh fetch && "
            f"tools/languagetool/run.sh start 8081` and export {ENV}=http://127.0.0.1:8081"
        )
    return url


@pytest.fixture(scope="module")
def linter(lt_url: str) -> Linter:
    lt = LanguageToolConfig(url=lt_url, timeout_ms=TIMEOUT_MS)
    linter = Linter(locale="en-US", config=Config(languagetool=lt))
    info = linter.languagetool.info("en-US")  # fails loudly if the server does not answer
    assert info.version, "the server answered without a version"
    return linter


def lt_findings(report) -> list:
    assert report.skipped == [], report.skipped
    return [f for f in report.findings if ".languagetool." in f.rule]


@pytest.mark.parametrize(
    ("locale", "text", "rule", "match", "suggestion"),
    [
        ("en-US", "I has sent the invoice yesterday.", "grammar", "has", "have"),
        ("en-GB", "We was not able to reach you by phone.", "grammar", "was", "were"),
        ("en-US", "We recieved your message and will reply today.", "spelling", "recieved", "received"),
        # your/you're and its/it's: LanguageTool files them under TYPOS; a reader sees grammar
        ("en-GB", "Thanks for waiting, your all set for Monday.", "confusion", "your", "you're"),
        ("en-AU", "Its been a long wait, sorry about that.", "confusion", "Its", "It's"),
        ("de-DE", "Wir hat Ihre Bestellung heute verschickt.", "grammar", "Wir hat", "Wir haben"),
        ("de-AT", "Vielen Dank für Ihre Gedult.", "spelling", "Gedult", "Geduld"),
        ("fr-FR", "Nous avons envoyer la facture hier.", "grammar", "envoyer", "envoyé"),
        ("fr-CA", "Votre commande sont en route.", "grammar", "sont", "est"),
        ("fr-FR", "Merci pour votre pacience.", "spelling", "pacience", "patience"),
        ("es-ES", "Nosotros ha enviado la factura esta mañana.", "grammar", "ha", "hemos"),
        ("es-MX", "Los pedido ya salieron del almacén.", "grammar", "Los pedido", "Los pedidos"),
        ("es-ES", "Vamos haber si el pedido llega mañana.", "confusion", "Vamos haber", "Vamos a ver"),
        ("es-MX", "Le e enviado un correo con el enlace.", "confusion", "e", "he"),
        ("es-ES", "Tu cuenta esta activa desde hoy.", "confusion", "esta", "está"),
        ("es-MX", "Gracias por su paciensia.", "spelling", "paciensia", "paciencia"),
        ("pt-BR", "Precisamos de mas informações para continuar.", "grammar", "mas", "mais"),
        ("pt-PT", "Enviámos a fatura ontem, mais ainda não chegou.", "grammar", "mais", "mas"),
        ("pt-BR", "Houveram problemas na entrega.", "grammar", "Houveram", "Houve"),
        ("pt-PT", "A sua encomenda esta a caminho.", "grammar", "esta", "está"),
        ("pt-BR", "Agradecemos a sua pasciência.", "spelling", "pasciência", "paciência"),
        ("nl-NL", "Hij antwoord morgen op uw vraag.", "grammar", "Hij antwoord", "Hij antwoordt"),
        ("nl-NL", "Uw bestelling word vandaag verstuurd.", "confusion", "word", "wordt"),
        ("nl", "Ik wordt morgen gebeld door de monteur.", "confusion", "Ik wordt", "Ik word"),
        ("nl-NL", "Bedankt voor uw gedult.", "spelling", "gedult", "geduld"),
        ("it-IT", "Il tecnico a risolto il problema ieri sera.", "grammar", "a risolto", "ha risolto"),
        ("it", "I colleghi anno controllato l'ordine.", "grammar", "anno controllato", "hanno controllato"),
        ("it-IT", "Grazie per la sua pazenza.", "spelling", "pazenza", "pazienza"),
    ],
)  # fmt: skip
def test_real_drafts_get_findings_with_unsafe_suggestions(
    linter: Linter, locale: str, text: str, rule: str, match: str, suggestion: str
) -> None:
    report = linter.lint(text, locale=locale)
    language = locale.split("-")[0]
    found = [f for f in lt_findings(report) if f.rule == f"{language}.languagetool.{rule}"]
    assert [f.match for f in found] == [match], report.findings
    (finding,) = found
    # Confusions LanguageTool files as typos (haber/a ver, word/wordt) are grammar to a reader.
    assert finding.category == ("grammar" if rule == "confusion" else rule)
    # One finding per slip: the rules of a guide take disjoint parts of LanguageTool's matches.
    same_span = [f for f in lt_findings(report) if (f.start, f.end) == (finding.start, finding.end)]
    assert same_span == [finding], report.findings
    assert text[finding.start : finding.end] == match
    assert suggestion in [s.text for s in finding.suggestions]
    assert {s.applicability.value for s in finding.suggestions} == {"unsafe"}
    assert finding.message  # LanguageTool's own explanation


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Thanks for waiting! I have refunded the $25 fee, and it should reach you by Friday."),
        ("en-GB", "I've cancelled the order and the refund will reach your account within five days."),
        ("de-DE", "Vielen Dank für Ihre Nachricht. Wir haben die Rechnung heute noch einmal verschickt."),
        ("de-CH", "Wir haben Ihre Bestellung erhalten und senden sie morgen an Ihre Adresse."),
        ("fr-FR", "Merci pour votre patience. Nous avons envoyé le remboursement ce matin."),
        ("fr-CA", "Votre commande est partie ce matin et devrait arriver jeudi."),
        ("es-ES", "A ver, déjame comprobar el envío: ya ha salido y llegará el jueves."),
        ("es-MX", "Con mucho gusto. Su reembolso ya fue procesado; espere tantito el correo."),
        ("es", "Sí, esta semana hay entregas el sábado; te he enviado el enlace."),
        ("pt-BR", "Precisamos de mais alguns dados, mas vamos resolver isso o quanto antes."),
        ("pt-PT", "Há três dias que a transportadora tem a encomenda; estamos a tratar disso."),
        ("pt", "Houve um problema na entrega, mas o pedido já está a caminho."),
        ("nl-NL", "Uw pakket wordt morgen bezorgd. Word je liever gebeld? Dat geldt ook voor mij."),
        ("nl", "Hij antwoordt uiterlijk morgen; het geld staat dan al op uw rekening."),
        ("it-IT", "Il corriere ha consegnato il pacco stamattina: a breve riceverà una email."),
        ("it", "Hai ricevuto il rimborso? Provi a svuotare la cache e a controllare lo spam."),
    ],
)  # fmt: skip
def test_correct_replies_get_no_languagetool_finding(
    linter: Linter, locale: str, text: str
) -> None:
    assert lt_findings(linter.lint(text, locale=locale)) == []


def test_emoji_before_the_error_keeps_offsets_right(linter: Linter) -> None:
    text = "Hi 👋🏽 sorry 😀😀 I has sent the invoice yesterday 🎉"
    (finding,) = lt_findings(linter.lint(text, locale="en-US"))
    assert finding.match == "has"
    assert (finding.start, finding.end) == (text.index("has"), text.index("has") + 3)


def test_unsafe_fix_applies_languagetool_replacement(linter: Linter) -> None:
    text = "I has sent the invoice yesterday."
    assert linter.fix(text, locale="en-US") == text  # unsafe: not applied by a plain fix
    assert linter.fix(text, locale="en-US", unsafe=True) == "I have sent the invoice yesterday."


def test_config_disabled_rules_switch_languagetool_rules_off(lt_url: str) -> None:
    text = "I has sent the invoice yesterday."
    plain = Linter(
        locale="en-US", config=Config(languagetool=LanguageToolConfig(lt_url, TIMEOUT_MS))
    )
    ids = {m.rule_id for m in plain.languagetool.check(text, "en-US")}
    assert ids, "LanguageTool flagged nothing; the test needs a match to switch off"
    off = LanguageToolConfig(lt_url, TIMEOUT_MS, disabled_rules=sorted(ids))
    linter = Linter(locale="en-US", config=Config(languagetool=off))
    assert lt_findings(linter.lint(text)) == []


@pytest.mark.parametrize("locale", LOCALE_PARAMS)
def test_languagetool_guide_examples_pass_against_the_real_server(
    linter: Linter, locale: str
) -> None:
    _count, failures = check_examples(linter, locale)
    ours = [f for f in failures if ".languagetool." in f.rule]
    assert not ours, "\n".join(str(f) for f in ours)
    ran = [r for r in linter.compiled(locale).rules if ".languagetool." in r.id]
    assert ran, f"no languagetool rule is active in {locale}"


def test_cli_acceptance_grammar_finding_with_suggestion(lt_url: str, tmp_path: Path) -> None:
    proc = run_cli(
        "lint", "--locale", "en-US", "--languagetool-url", lt_url, "-",
        stdin="I has sent the invoice yesterday.", cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "warning en.languagetool.grammar" in proc.stdout
    assert "-> 'have' (unsafe)" in proc.stdout
    assert "grammar was skipped" not in proc.stderr


def test_cli_doctor_shows_the_server_version(lt_url: str, tmp_path: Path) -> None:
    proc = run_cli("doctor", "--locale", "de-CH", "--languagetool-url", lt_url, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "reachable (LanguageTool " in proc.stdout
    assert "de-CH is checked as de-CH" in proc.stdout


def test_dutch_typos_go_to_exactly_one_rule() -> None:
    """nl.languagetool splits LanguageTool's TYPOS category by rule id: the verb-form rules
    (word/wordt) are confusions, reported as grammar, the rest spelling. A rule id missing
    from both lists would be reported twice, so a new LanguageTool version must be sorted."""
    jars = sorted((REPO / "tools" / "languagetool" / "lib").glob("language-nl-*.jar"))
    if not jars:
        pytest.skip("no language-nl jar; run tools/languagetool/run.sh fetch")
    with zipfile.ZipFile(jars[-1]) as jar:
        xml = jar.read("org/languagetool/rules/nl/grammar.xml").decode("utf-8")
    start = xml.index('<category id="TYPOS"')
    typos = set(
        re.findall(
            r'<rule(?:group)?\b[^>]*\bid="([^"]+)"', xml[start : xml.index("</category>", start)]
        )
    )
    guide = yaml.safe_load((REPO / "rules" / "nl" / "languagetool.yaml").read_text("utf-8"))
    disabled = {r["id"]: set(r.get("disabled_rules", ())) for r in guide["rules"]}
    confusion, spelling = disabled["confusion"] & typos, disabled["spelling"] & typos
    assert typos, "no TYPOS rule found in grammar.xml"
    assert not confusion & spelling, sorted(confusion & spelling)
    assert confusion | spelling == typos, sorted(typos - confusion - spelling)
