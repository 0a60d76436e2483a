"""fr.spelling: traditional and 1990 spellings must not mix (rules/fr/spelling.yaml)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from chatwriter import Linter
from chatwriter.model import Applicability

RULE = "fr.spelling.orthography"
REPO = Path(__file__).resolve().parents[1]
GUIDE = REPO / "rules" / "fr" / "spelling.yaml"


@pytest.fixture(scope="module")
def fr_fr() -> Linter:
    return Linter(locale="fr-FR")


@pytest.fixture(scope="module")
def fr_ca() -> Linter:
    return Linter(locale="fr-CA")


def company(tmp_path: Path, orthography: str) -> Linter:
    config = tmp_path / ".chatwriter.yaml"
    config.write_text(f"settings:\n  orthography: {orthography}\n", encoding="utf-8")
    return Linter(locale="fr-FR", config=config)


def found(report) -> list[tuple[str, str]]:
    """(match, suggested text) of each finding of the rule."""
    return [(f.match, f.suggestions[0].text) for f in report.findings if f.rule == RULE]


def test_a_mixed_reply_keeps_to_the_first_system(fr_fr: Linter) -> None:
    report = fr_fr.lint("Le coût est remboursé et le technicien connait déjà la date.")
    assert found(report) == [("connait", "connaît")]
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.severity.value == "suggestion"
    assert finding.category == "spelling-variant"
    assert finding.suggestions[0].applicability is Applicability.SAFE
    assert finding.message == (
        "'connait' is the reformed spelling; keep to the traditional spelling: write 'connaît'."
    )
    assert report.fixed == "Le coût est remboursé et le technicien connaît déjà la date."


def test_the_first_system_can_be_the_reformed_one(fr_ca: Linter) -> None:
    report = fr_ca.lint("Le cout de la réparation est offert. Le week-end, le magasin est fermé.")
    assert found(report) == [("week-end", "weekend")]
    assert report.fixed == "Le cout de la réparation est offert. Le weekend, le magasin est fermé."


def test_consistent_replies_in_either_system_are_clean(fr_fr: Linter, fr_ca: Linter) -> None:
    for lint in (fr_fr.lint, fr_ca.lint):
        assert found(lint("S'il vous plaît, le coût apparaîtra sur votre facture en août.")) == []
        assert found(lint("S'il vous plait, le cout apparaitra sur votre facture en aout.")) == []


def test_the_company_setting_forces_a_system(tmp_path: Path) -> None:
    reformed = company(tmp_path, "reformed")
    report = reformed.lint("Le coût sera remboursé, s'il vous plaît patientez.")
    assert found(report) == [("coût", "cout"), ("plaît", "plait")]
    assert report.fixed == "Le cout sera remboursé, s'il vous plait patientez."
    traditional = company(tmp_path, "traditional")
    assert found(traditional.lint("Nous procèderons au remboursement.")) == [
        ("procèderons", "procéderons")
    ]


def test_homographs_of_another_word_are_never_flagged(tmp_path: Path, fr_fr: Linter) -> None:
    # "boite" is also "il boite" (boiter) and "parait" also "il parait" (parer): neither
    # is listed alone, whatever the expected system.
    text = "Le coût des soins est remboursé, même si votre chien boite encore."
    assert found(fr_fr.lint(text)) == []
    assert found(company(tmp_path, "traditional").lint("Il boite et tu boites aussi.")) == []
    assert found(company(tmp_path, "traditional").lint("Il parait le coup.")) == []
    # The noun after a determiner is listed, with its capital at a sentence start.
    report = fr_fr.lint("Le coût est remboursé. Une boite vous attend au point relais.")
    assert found(report) == [("Une boite", "Une boîte")]
    report = fr_fr.lint("Le coût est remboursé, voyez votre boite de réception.")
    assert found(report) == [("boite de réception", "boîte de réception")]


def test_the_system_carries_over_from_the_agents_earlier_turn(fr_fr: Linter) -> None:
    turns = [
        {"role": "agent", "text": "Le cout de la livraison est offert."},
        {"role": "customer", "text": "Merci, et le coût du retour ?"},
    ]
    report = fr_fr.lint("Le coût du retour est aussi offert.", conversation=turns)
    assert found(report) == [("coût", "cout")]
    # A customer's spelling does not set the system.
    turns = [{"role": "customer", "text": "Vous connaissez le cout ?"}]
    assert found(fr_fr.lint("Oui, le coût est offert.", conversation=turns)) == []


def test_all_caps_words_mark_no_system(fr_fr: Linter) -> None:
    # Capitals often lose their accent in traditional writing: "COUT" is not reformed.
    assert found(fr_fr.lint("COUT TOTAL : le coût est offert.")) == []
    assert found(fr_fr.lint("Coût total : 0 €. Le cout est offert.")) == [("cout", "coût")]


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_fr_spelling", REPO / "tools" / "build_fr_spelling.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_pair_spells_one_word() -> None:
    """The groups are parallel, and each pair differs only where the 1990 rules differ."""
    key = _builder().key
    (rule,) = yaml.safe_load(GUIDE.read_text(encoding="utf-8"))["rules"]
    traditional, reformed = rule["groups"]["traditional"], rule["groups"]["reformed"]
    assert len(traditional) == len(reformed) < 3000
    for t, r in zip(traditional, reformed, strict=True):
        assert t != r and key(t) == key(r), (t, r)
        assert not t.isupper() and not r.isupper()
    assert {"connaît", "plaît", "coût", "août", "week-end"} <= set(traditional)
    assert not {"boîte", "paraît", "événement", "île"} & set(traditional)
