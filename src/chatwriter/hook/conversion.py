"""Register conversion in the hook's and the rewrite's answers.

A request's ``register`` (``"formal"`` or ``"informal"``) asks for
:func:`chatwriter.register.convert.convert_register` of the reply. The conversion is the
last edit made to the text, so its edits are plain data that say exactly how offsets
move: the remarks it makes (words left alone, notes on words it chose) are given in the
converted text, and so are the hook's findings when the answer's text is the converted
one (the decision itself is made before the conversion, on the draft: docs/hook.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from chatwriter.hook.schema import REGISTERS
from chatwriter.model import Finding, utf16_offset
from chatwriter.privacy import Masker
from chatwriter.register.convert import Conversion, Edit, convert_register

__all__ = ["REGISTERS", "conversion_json", "convert_register", "moved", "shifted", "warm"]

#: One reply per language with words of both registers (pronouns, possessives, a verb, an
#: imperative), converted both ways by :func:`warm` so the conversion's tables and
#: tokenizer are loaded before the first request (and before worker processes fork).
_WARM_UP = {
    "de": "Kannst du mir deine Nummer schicken? Melden Sie sich bitte bei uns.",
    "nl": "Kun je mij je nummer sturen? Belt u ons gerust.",
    "fr": "Peux-tu m'envoyer ton numéro ? Envoyez-moi votre adresse.",
    "es": "¿Puedes enviarme tu número? Confírmeme su dirección.",
    "pt": "Podes enviar-me o teu número? Você pode me enviar o seu endereço.",
    "it": "Puoi mandarmi il tuo numero? Mi mandi il Suo indirizzo.",
}


def warm(locales: Iterable[str]) -> None:
    """Convert a sample of each language of ``locales`` both ways (once per language)."""
    seen = set()
    for tag in locales:
        language = tag.partition("-")[0].lower()
        sample = _WARM_UP.get(language)
        if sample is None or language in seen:
            continue
        seen.add(language)
        for to in REGISTERS:
            convert_register(sample, tag, to)


# -- offsets -----------------------------------------------------------------------------
def moved(edits: Sequence[Edit], start: int, end: int) -> tuple[int, int]:
    """The span ``start:end`` of the conversion's input, in its output.

    Edits do not overlap and come in text order. A span that begins or ends inside an
    edited word grows to the whole new word; an insertion at ``start`` lands before the
    span, one at ``end`` after it.
    """
    new_start = _position(edits, start, ending=False)
    return new_start, max(new_start, _position(edits, end, ending=True))


def _position(edits: Sequence[Edit], p: int, *, ending: bool) -> int:
    shift = 0
    for e in edits:
        if e.start < p < e.end:  # inside an edited word: to its start, or its new end
            return e.start + shift + (len(e.new) if ending else 0)
        if e.end < p or (e.end == p and (e.start < p or not ending)):
            shift += len(e.new) - (e.end - e.start)
            continue
        break
    return p + shift


def shifted(findings: Iterable[Finding], conversion: Conversion) -> list[Finding]:
    """``findings`` of the conversion's input, moved into its output (``match``, line and
    column follow; the message still quotes the draft)."""
    edits = conversion.edits
    text = conversion.text
    if not edits:
        return list(findings)
    out = []
    for f in findings:
        start, end = moved(edits, f.start, f.end)
        line_start = text.rfind("\n", 0, start) + 1
        out.append(
            replace(
                f,
                start=start,
                end=end,
                match=text[start:end],
                line=text.count("\n", 0, start) + 1,
                column=start - line_start + 1,
            )
        )
    return out


# -- as JSON -----------------------------------------------------------------------------
def conversion_json(
    conversion: Conversion,
    *,
    utf16: bool = False,
    masker: Masker | None = None,
    block: bool = False,
) -> dict[str, Any]:
    """The ``register`` object of an answer (``chatwriter.hook.schema.conversion_schema``).

    ``masker``: the personal data of the converted text; it is masked in the remarks'
    words and reasons, and in the text too when the draft is ``block``-ed.
    """
    text = conversion.text
    remarks = sorted(
        [(r, True) for r in conversion.left] + [(r, False) for r in conversion.notes],
        key=lambda pair: (pair[0].start, pair[0].end),
    )
    out = []
    for remark, left in remarks:
        start, end = moved(conversion.edits, remark.start, remark.end)
        word, reason = text[start:end], remark.reason
        if masker is not None:
            word, reason = masker.string(word), masker.string(reason)
        if utf16:
            start, end = utf16_offset(text, start), utf16_offset(text, end)
        out.append(
            {
                "start": start,
                "end": end,
                "text": word,
                "kind": remark.kind,
                "reason": reason,
                "left": left,
            }
        )
    shown = masker.masked_text() if block and masker is not None else text
    return {"to": conversion.to, "text": shown, "changed": conversion.changed, "remarks": out}
