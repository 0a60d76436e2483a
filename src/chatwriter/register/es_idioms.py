"""Spanish idioms for the register analyser (es.py).

Verb forms that address nobody: the reduplicated subjunctive (*cueste lo que cueste*),
Mexican interjections (*órale*, *no manches*), modals before a verb of time or happening
(*puede tardar*). Formulas that do address the reader: imperatives of attention standing
alone (*Mira, ...*, *Oiga, ...*), *contar con nosotros*, and *su* in the closing and
thanking formulas (*quedamos a sus órdenes*, *a su entera disposición*, *gracias por su
paciencia*), where *su* alone would be weak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import CLAUSE_PUNCT, following, previous, starts_sentence
from chatwriter.register.model import FORMAL, INFORMAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Between the two halves of a reduplicated subjunctive (cueste lo que cueste).
_REDUPLICATION = frozenset({"que", "como", "cual", "cuando", "donde", "quien", "cuanto"})
#: Interjections that are tú forms (Mexico): órale, ándale always; no manches, no mames
#: only standing alone ("No manches, ...", "¡No mames!").
_INTERJECTIONS = frozenset({"órale", "ándale"})
_NEGATED_INTERJECTIONS = frozenset({"manches", "mames"})

#: Verbs of time and happening: a thing does them, not the reader (tardar, demorar).
_HAPPENING = frozenset(
    [
        "tardar",
        "demorar",
        "durar",
        "ocurrir",
        "suceder",
        "variar",
        "aparecer",
        "reflejarse",
    ]
)


def happens(nxt: Token | None) -> bool:
    return nxt is not None and nxt.lower_ in _HAPPENING


def reduplicated(doc: Doc, tok: Token) -> bool:
    """The verb is one half of *cueste lo que cueste*, *sea como sea*, *pase lo que pase*:
    the same form again after *(lo) que / como / cual...*, within three words."""
    low = tok.lower_
    for step in (1, -1):
        j, seen = tok.i + step, 0
        while 0 <= j < len(doc) and seen < 3:
            word = doc[j].lower_
            if doc[j].is_space:
                j += step
                continue
            if word == low:
                return seen > 0 and _links(doc, tok.i, j)
            if word not in _REDUPLICATION and word != "lo":
                break
            seen += 1
            j += step
    return False


def _links(doc: Doc, a: int, b: int) -> bool:
    """Only *lo que*, *que*, *como*, *cual*... stand between the two halves."""
    lo, hi = min(a, b), max(a, b)
    middle = [t.lower_ for t in doc[lo + 1 : hi] if not t.is_space]
    return bool(middle) and middle[-1] in _REDUPLICATION and set(middle) <= _REDUPLICATION | {"lo"}


def interjection(doc: Doc, tok: Token) -> bool:
    """*órale*, *ándale*; *no manches* / *no mames* standing alone: no address."""
    low = tok.lower_
    if low in _INTERJECTIONS:
        return True
    if low not in _NEGATED_INTERJECTIONS:
        return False
    before, nxt = previous(doc, tok.i), following(doc, tok.i)
    return (
        before is not None
        and before.lower_ == "no"
        and (nxt is None or nxt.text in CLAUSE_PUNCT or nxt.text in ("»", "”"))
    )


#: Imperatives of attention, opening a sentence and standing alone before a comma or an
#: exclamation mark (Mira, ...; Oiga, ...): said to the reader, never a statement.
_ATTENTION = {
    **dict.fromkeys(("mira", "oye", "escucha", "perdona", "disculpa", "espera"), INFORMAL),
    **dict.fromkeys(("mire", "oiga", "escuche", "perdone", "espere"), FORMAL),
}


def discourse(doc: Doc, tok: Token) -> str | None:
    """The register of an imperative of attention standing alone (Mira, ...)."""
    found = _ATTENTION.get(tok.lower_)
    if found is None or not starts_sentence(doc, tok.i):
        return None
    nxt = following(doc, tok.i)
    return found if nxt is not None and nxt.text in (",", "!") else None


def with_us(doc: Doc, nxt: Token) -> bool:
    """*conmigo*, *con nosotros* after a verb: its complement (Cuenta con nosotros)."""
    if nxt.lower_ == "conmigo":
        return True
    after = following(doc, nxt.i)
    return nxt.lower_ == "con" and after is not None and after.lower_ in ("nosotros", "nosotras")


#: Nouns of the closing formulas: a sus órdenes, a su (entera) disposición, a su servicio.
_AT_YOUR = frozenset({"disposición", "órdenes", "orden", "servicio"})
_WHOLE = frozenset({"entera", "completa", "total", "plena", "absoluta"})
_THANKS = frozenset({"gracias", "agradecemos", "agradezco", "agradecerle", "agradecerles"})


def reader_possessive(doc: Doc, tok: Token) -> bool:
    """*su* in a formula said to the reader: *a su (entera) disposición, a sus órdenes*,
    and the object of the writer's thanks (*gracias por su paciencia, le agradecemos su
    mensaje*)."""
    before, nxt = previous(doc, tok.i), following(doc, tok.i)
    if before is None or nxt is None:
        return False
    if before.lower_ == "a":
        if nxt.lower_ in _WHOLE:
            nxt = following(doc, nxt.i)
        return nxt is not None and nxt.lower_ in _AT_YOUR
    if before.lower_ in ("toda", "todo"):
        before = previous(doc, before.i)  # gracias por toda su ayuda
    if before is None:
        return False
    if before.lower_ == "por":
        thanks = previous(doc, before.i)
        return thanks is not None and thanks.lower_ in _THANKS
    return before.lower_ in _THANKS
