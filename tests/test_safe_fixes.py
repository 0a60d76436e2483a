"""A safe fix never changes a clean draft.

``chatwriter fix`` and the hook's ``fix: true`` apply safe suggestions without asking
anyone, so a safe fix that fires on correct text would rewrite a good reply before it is
sent. Every draft that its writers marked clean (``"expect": []``), in every locale and
every set (written with the rules, and written blind), must come back unchanged.

The main tier reads the labelled and held-out drafts and the newest blind-dev rounds; the
slow tier (``.ci/run``) reads every blind-dev draft, over 5,000 clean ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatwriter import Linter
from chatwriter.model import Message, Turn
from tests.helpers import REPO

SETS = ("labelled", "blind-dev", "heldout")
#: Lines at the end of each blind-dev file the main tier reads (the last two rounds).
NEWEST = 80


def _clean_drafts() -> list[tuple[str, str, Message, bool]]:
    """(where, locale, message, whether the main tier reads it) for every clean draft."""
    out = []
    for name in SETS:
        for path in sorted((REPO / "tests" / name).glob("*.jsonl")):
            locale = path.stem
            lines = path.read_text(encoding="utf-8").splitlines()
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                draft = json.loads(line)
                if draft["expect"]:
                    continue
                turns = tuple(Turn(t["role"], t["text"]) for t in draft.get("conversation") or ())
                out.append(
                    (
                        f"{name}/{locale}:{n}",
                        locale,
                        Message(draft["text"], locale, conversation=turns),
                        name != "blind-dev" or n > len(lines) - NEWEST,
                    )
                )
    return out


DRAFTS = _clean_drafts()


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


#: tests/heldout is empty between two blind rounds (its README says so).
ALWAYS = ("labelled", "blind-dev")


def test_there_are_clean_drafts_in_every_set() -> None:
    sets = {where.split("/")[0] for where, _, _, _ in DRAFTS}
    assert set(ALWAYS) <= sets <= set(SETS)
    assert len(DRAFTS) > 600


LOCALES = sorted({locale for _, locale, _, _ in DRAFTS})


def _changed(linter: Linter, locale: str, every: bool) -> list[str]:
    changed = []
    for where, tag, message, main in DRAFTS:
        if tag != locale or not (every or main):
            continue
        fixed = linter.fix_message(message)
        if fixed != message.text:
            changed.append(f"{where}: {message.text!r}\n    -> {fixed!r}")
    return changed


@pytest.mark.parametrize("locale", LOCALES)
def test_safe_fixes_leave_clean_drafts_alone(linter: Linter, locale: str) -> None:
    changed = _changed(linter, locale, every=False)
    assert not changed, "safe fixes changed clean drafts:\n" + "\n".join(changed)


@pytest.mark.slow
@pytest.mark.parametrize("locale", LOCALES)
def test_safe_fixes_leave_every_clean_blind_dev_draft_alone(linter: Linter, locale: str) -> None:
    changed = _changed(linter, locale, every=True)
    assert not changed, "safe fixes changed clean drafts:\n" + "\n".join(changed)


def test_a_mixed_run_of_marks_is_not_collapsed_safely(linter: Linter) -> None:
    # "!!!" -> "!" is safe; in "Shazam!?" the "!" belongs to the title.
    assert linter.fix("Your parcel has arrived!!!", "en-US") == "Your parcel has arrived!"
    assert linter.fix("Would you like to see Shazam!?", "en-US") == "Would you like to see Shazam!?"


def test_a_case_sensitive_swap_takes_its_replacement_as_written(linter: Linter) -> None:
    text = "Svp, envoyez-moi le numéro de commande."
    assert linter.fix(text, "fr-CA") == "S'il vous plaît, envoyez-moi le numéro de commande."
    # capital "SVP" is the dictionary abbreviation, not chat spelling
    assert linter.fix("Le code postal, SVP ?", "fr-CA") == "Le code postal, SVP ?"


def test_every_set_is_read_from_the_repository() -> None:
    for name in ALWAYS:
        assert any(Path(REPO / "tests" / name).glob("*.jsonl")), name
