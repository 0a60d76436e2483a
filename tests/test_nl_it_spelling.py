"""spelling-variant for Dutch (superseded spellings) and Italian (accepted doublets)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from chatwriter import Linter
from chatwriter.model import Applicability

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nl() -> Linter:
    return Linter(locale="nl-NL")


@pytest.fixture(scope="module")
def it() -> Linter:
    return Linter(locale="it-IT")


def spelling(report, prefix: str):
    return [f for f in report.findings if f.rule.startswith(prefix)]


# Dutch


def test_dutch_superseded_spelling_is_fixed(nl: Linter) -> None:
    report = nl.lint("Uw faktuur en de kadobon zijn verstuurd naar uw e-mailadres.")
    first, second = spelling(report, "nl.spelling.")
    assert (first.match, first.suggestions[0].text) == ("faktuur", "factuur")
    assert (second.match, second.suggestions[0].text) == ("kadobon", "cadeaubon")
    assert first.category == "spelling-variant"
    assert str(first.severity.value) == "warning"
    assert first.suggestions[0].applicability is Applicability.SAFE
    assert report.fixed == "Uw factuur en de cadeaubon zijn verstuurd naar uw e-mailadres."


def test_dutch_keeps_case_and_handles_the_plural_apostrophe(nl: Linter) -> None:
    assert nl.lint("Kontakt kan ook via de chat.").fixed == "Contact kan ook via de chat."
    assert nl.lint("Mijn kollega’s bellen u terug.").fixed == "Mijn collega's bellen u terug."


def test_dutch_current_spelling_and_names_are_left_alone(nl: Linter) -> None:
    clean = "Mijn collega neemt direct contact met u op over het product."
    assert spelling(nl.lint(clean), "nl.spelling.") == []
    assert spelling(nl.lint("De zending gaat met Direkt Express."), "nl.spelling.") == []


# Italian


def test_italian_mixed_doublets_are_fixed_to_the_first_one(it: Linter) -> None:
    report = it.lint("Gli obbiettivi sono due: il primo obiettivo è la consegna entro venerdì.")
    (finding,) = spelling(report, "it.spelling-variant.")
    assert finding.rule == "it.spelling-variant.obiettivo"
    assert finding.match == "obiettivo"
    assert finding.message == (
        "Both 'obiettivo' and 'obbiettivo' are correct, but keep to one spelling: "
        "the variant one, 'obbiettivo'."
    )
    assert str(finding.severity.value) == "suggestion"
    assert report.fixed == (
        "Gli obbiettivi sono due: il primo obbiettivo è la consegna entro venerdì."
    )


def test_italian_multiword_forms_match_and_keep_case(it: Linter) -> None:
    report = it.lint("Ciò nonostante il pacco è partito. Ciononostante, Le scriviamo.")
    (finding,) = spelling(report, "it.spelling-variant.")
    assert finding.match == "Ciononostante"
    assert report.fixed == "Ciò nonostante il pacco è partito. Ciò nonostante, Le scriviamo."


def test_italian_earlier_agent_turn_decides(it: Linter) -> None:
    turns = [
        {"role": "agent", "text": "Se il buono è per sé stesso, lasci vuoto il campo."},
        {"role": "customer", "text": "È per mia moglie."},
    ]
    report = it.lint("Allora indichi il nome, perché non è per se stesso.", conversation=turns)
    (finding,) = spelling(report, "it.spelling-variant.")
    assert finding.match == "se stesso"
    assert finding.suggestions[0].text == "sé stesso"
    # The customer's spelling does not count: only agent turns decide.
    customer_only = [{"role": "customer", "text": "Lo compro per sé stesso."}]
    report = it.lint("Se è per se stesso, lasci vuoto il campo.", conversation=customer_only)
    assert spelling(report, "it.spelling-variant.") == []


def test_italian_consistent_reply_has_no_finding(it: Linter) -> None:
    for text in [
        "Innanzitutto mi scusi: il nostro obiettivo è consegnare perlomeno entro venerdì.",
        "Innanzi tutto mi scusi: l'obbiettivo è consegnare per lo meno entro venerdì.",
        # Different words may use different groups: each doublet has its own rule.
        "I Suoi famigliari possono ritirare il pacco; il nostro obiettivo è venerdì.",
    ]:
        assert spelling(it.lint(text), "it.spelling-variant.") == [], text


def test_italian_setting_picks_the_spelling(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("settings: {orthography: common}\n", encoding="utf-8")
    report = Linter(locale="it-IT", config=config).lint("L'obbiettivo è venerdì.")
    (finding,) = spelling(report, "it.spelling-variant.")
    assert report.fixed == "L'obiettivo è venerdì."
    assert finding.suggestions[0].applicability is Applicability.SAFE


# tools/verify_spelling_pairs.py


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "verify_spelling_pairs", ROOT / "tools" / "verify_spelling_pairs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GUIDE = """\
guide: acme.pairs
rules:
  - id: old
    kind: substitute
    swap:
      produkt: product
      kado: cadeau
      faktuur: rekening factuur
  - id: doublets
    kind: consistency
    parallel: true
    groups:
      common: [obiettivo, innanzitutto]
      variant: [obbiettivo, innanzi tutto]
"""


def test_verify_tool_reports_each_kind_of_failure(tmp_path: Path, capsys) -> None:
    tool = load_tool()
    guide = tmp_path / "pairs.yaml"
    guide.write_text(GUIDE, encoding="utf-8")
    words = tmp_path / "words.txt"
    words.write_text(
        "Product\nkado\ncadeau\nfactuur\nobiettivo\ninnanzitutto\ninnanzi\ntutto\n",
        encoding="utf-8",
    )
    failures, notes, checked = tool.verify(words, [guide])
    assert checked == 7
    assert failures == [
        f"{guide}: old: source 'kado' IS in the word list",
        f"{guide}: old: target 'rekening factuur' of 'faktuur' is not in the word list"
        " (missing: rekening)",
        f"{guide}: doublets: form 'obbiettivo' (variant) is not in the word list"
        " (missing: obbiettivo)",
    ]
    assert notes == [f"{guide}: doublets: 'innanzi tutto' (variant) checked word by word"]
    assert tool.main([str(words), str(guide)]) == 1
    assert "7 entries checked, 3 failure(s)" in capsys.readouterr().out


def test_verify_tool_passes_a_clean_guide(tmp_path: Path) -> None:
    tool = load_tool()
    guide = tmp_path / "pairs.yaml"
    guide.write_text(GUIDE.split("  - id: doublets")[0].replace("rekening ", ""), "utf-8")
    words = tmp_path / "words.txt"
    words.write_text("product\ncadeau\nfactuur\n", encoding="utf-8")
    assert tool.main([str(words), str(guide)]) == 0
