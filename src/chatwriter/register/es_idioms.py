"""Spanish idioms whose verb forms address nobody: the reduplicated subjunctive (*cueste
lo que cueste*), Mexican interjections (*órale*, *no manches*), and modals before a verb
of time or happening (*puede tardar*), for the register analyser (es.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import CLAUSE_PUNCT, following, previous

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
