"""Tone kinds from the fifth development round: variants the guide examples do not spell out.

Each bad text is another inflection, word order or inserted word of a construction the
tone guides model (blame pushed back, "X thing, not us", "if you don't like it, switch",
"I already said so", talking down, sarcastic "yet again", faceless forwarding formulas);
each good text is a near miss that must stay clean. Written for this test.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter

BAD = [
    ("en-GB", "Sadly that's on your end, not on ours.", "fault"),
    ("en-US", "If you forgot to cancel, it's nothing we can do anything about.", "fault"),
    ("en-AU", "It's a Medicare question, not us.", "brush-off"),
    ("en-CA", "If you do not like that, you could always cancel.", "brush-off"),
    ("en-GB", "Cannot help with this, you'll have to phone the council.", "hand-off"),
    ("en-US", "I do not know what else I can tell you.", "impatience"),
    ("en-GB", "OK, let me explain it once more, nice and slowly.", "patronising"),
    ("en-AU", "That's pretty basic stuff, honestly.", "condescension-simple"),
    ("en-GB", "I suppose the letter got lost yet again.", "sarcasm"),
    ("de-DE", "Da musst du halt besser aufpassen.", "fault"),
    ("de-AT", "Das habe ich dir doch schon gesagt.", "impatience"),
    ("de-CH", "Genauer geht's nicht.", "impatience"),
    ("de-DE", "Das schafft eigentlich jede.", "condescension-simple"),
    ("de-AT", "Bestimmt ist die Überweisung ja wieder mal verloren gegangen.", "sarcasm"),
    ("fr-FR", "C'est vous qui avez donné un numéro erroné.", "fault"),
    ("fr-CA", "On ne s'occupe pas de ce genre de demande ici.", "hand-off"),
    ("fr-FR", "Si ça ne vous plaît pas, vous pouvez toujours aller ailleurs.", "brush-off"),
    ("es-MX", "Es asunto de la aseguradora, no de nosotros.", "brush-off"),
    ("es-ES", "Su queja fue trasladada al área competente.", "form-letter"),
    ("pt-PT", "É questão dos CTT, não minha.", "brush-off"),
    ("pt-BR", "Manda isso de uma vez.", "impatience"),
    ("it-IT", "Te l'ho già scritto due volte.", "reminder"),
    ("it-IT", "Se non vi sta bene, potete sempre recedere.", "brush-off"),
    ("nl-NL", "Dat vertelde ik u daarnet al.", "impatience"),
    ("nl-NL", "Kun je nou gewoon de bon sturen?", "impatience"),
]

GOOD = [
    ("en-US", "Please check the settings on your end, and I'll check ours."),
    ("en-GB", "If you weren't home, the parcel is at the depot and you can pick it up."),
    ("en-CA", "That's a Rogers thing, so I've asked them to call you back."),
    ("en-US", "I don't know what time the engineer arrives yet, I'll text you."),
    ("en-AU", "Surely is the name of the café on the receipt."),
    ("de-DE", "Wir sollten da besser aufpassen, das tut mir leid."),
    ("de-AT", "Ich habe Ihnen gerade die Rechnung geschickt."),
    ("de-CH", "Das bekommt jeder Neukunde als Willkommensgeschenk."),
    ("fr-FR", "C'est vous qui décidez de la date de livraison."),
    ("fr-CA", "On ne s'occupe pas de ça ici, mais je vous transfère tout de suite."),
    ("es-ES", "Sin el número de pedido no podemos hacer nada más, ¿me lo indica?"),
    ("es-MX", "Es cosa del banco, así que ya les escribí por usted."),
    ("pt-BR", "Envie todos os documentos de uma vez, assim resolvo hoje."),
    ("it-IT", "Gliel'ho inviato stamattina per e-mail."),
    ("nl-NL", "Kunt u nu de app opnieuw openen?"),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(languagetool_url="")


def _tone(linter: Linter, text: str, locale: str) -> list[str]:
    report = linter.lint(text, locale)
    return [f.rule.split(".", 2)[2] for f in report.findings if f.category == "tone"]


@pytest.mark.parametrize(("locale", "text", "rule"), BAD)
def test_variant_is_found(linter: Linter, locale: str, text: str, rule: str) -> None:
    assert rule in _tone(linter, text, locale)


@pytest.mark.parametrize(("locale", "text"), GOOD)
def test_near_miss_is_left_alone(linter: Linter, locale: str, text: str) -> None:
    assert _tone(linter, text, locale) == []
