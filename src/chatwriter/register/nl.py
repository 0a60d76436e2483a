"""Dutch: *je/jij* (informal) and *u* (formal).

Pronouns decide in Dutch: the verb of *jij* is also the verb of *u* (*werkt*), and a bare
imperative (*Stuur ons een foto*) is normal in both registers.

- *jij, jou, jouw* are informal, *u, uw* formal, in any position; *jullie*, the plural of
  *jij*, is likely informal (*u* serves one person and several).
- *je* is likely informal; as the generic "one" (*Bij een automaat krijg je altijd...*)
  it is weak.
- The few verbs whose inverted *je* form differs from the *u* form are informal before
  *u* (*Kun u...?* for *Kunt u...?*), but only where *u* is their subject: not after
  *ik* (*Ik heb u een mail gestuurd*, *u* the object), and *wil* and *zal*, which are also
  the third person (*De monteur zal u bellen*), only at the head of a clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import CLAUSE_PUNCT, Quotes, previous, scan
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_INFORMAL = {
    "jij": "pronoun",
    "jou": "pronoun",
    "jouw": "possessive",
    "jouwe": "possessive",
}
_FORMAL = {"u": "pronoun", "uw": "possessive", "uwe": "possessive"}
#: Words that make *je* the generic "one" in their clause.
_GENERIC = frozenset(
    {"altijd", "meestal", "vaak", "soms", "nooit", "normaal", "zo'n", "zo’n", "men"}
)
_CLAUSE_END = frozenset({".", "!", "?", ";", ":", ",", "…"})
#: Verbs whose form after an inverted *je* (kun je) differs from the one after *u* (kunt u):
#: before *u* they are the informal form.
_JE_INVERSION = frozenset({"heb", "kun", "wil", "zal", "ben", "word", "vind", "hoef", "krijg"})
#: Of those, the ones that are also the third person singular (*de monteur zal u bellen*):
#: *u* is their subject only when they open the clause (*Zal u ...?*).
_ALSO_THIRD = frozenset({"wil", "zal"})


def evidence(doc: Doc, region: str | None) -> list[Evidence]:
    out: list[Evidence] = []
    for tok, low in scan(doc, _WORDS, Quotes("„“‘", "”’")):
        kind = _INFORMAL.get(low)
        if kind is not None:
            out.append(_found(tok, INFORMAL, Weight.CERTAIN, kind))
        elif low in _FORMAL:
            if low == "u" and _letter(doc, tok):
                continue
            out.append(_found(tok, FORMAL, Weight.CERTAIN, _FORMAL[low]))
        elif low == "jullie":  # the plural of jij (u is both); some use it politely
            out.append(_found(tok, INFORMAL, Weight.LIKELY, "pronoun"))
        elif low == "je":
            weight = Weight.WEAK if _generic(doc, tok) else Weight.LIKELY
            out.append(_found(tok, INFORMAL, weight, "pronoun"))
        elif low in _JE_INVERSION and _inverted_before_u(doc, tok, low):
            out.append(_found(tok, INFORMAL, Weight.LIKELY, "verb"))  # Kun u...? (Kunt u)
    return out


def _inverted_before_u(doc: Doc, tok: Token, low: str) -> bool:
    """*Heb u ...?*, *Morgen heb u ...*: the verb before *u* with *u* as its subject. With
    a subject before the verb, *u* is its object (*Ik heb u gemaild*, *De monteur zal u
    bellen*)."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "u":
        return False
    before = previous(doc, tok.i)
    if before is None or before.text in CLAUSE_PUNCT:
        return True  # the verb opens the clause: Heb u de mail ontvangen?
    return low not in _ALSO_THIRD and before.lower_ != "ik"


_WORDS = frozenset({*_INFORMAL, *_FORMAL, "je", "jullie", *_JE_INVERSION})


def _letter(doc: Doc, tok: Token) -> bool:
    """*de letter u*, *het woord u*: the letter, not the pronoun."""
    before = previous(doc, tok.i)
    return before is not None and before.lower_ in ("letter", "woord", "een", "de", "het")


def _generic(doc: Doc, tok: Token) -> bool:
    i = tok.i
    while i > 0 and doc[i - 1].text not in _CLAUSE_END:
        i -= 1
    while i < len(doc) and doc[i].text not in _CLAUSE_END:
        if doc[i].lower_ in _GENERIC:
            return True
        i += 1
    return False


def _found(tok: Token, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
