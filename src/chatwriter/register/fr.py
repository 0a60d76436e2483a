"""French: *tu* (informal) and *vous* (formal, or plural).

- *tu, te, t', toi, ton, ta, tes* (and *le tien*...) are informal wherever they are.
- *vous, votre, vos* are likely formal: *vous* may address several people, so it is never
  certain, and *vous ... tous les deux* is left alone.
- A verb opening a clause without a subject is an imperative (French needs a subject
  otherwise): *réponds, envoie* are likely informal, *répondez, envoyez, veuillez* likely
  formal; with an enclitic pronoun (*réponds-moi, envoyez-nous, connecte-toi*) it is
  certain (the *-vous* of a plural imperative still only likely).
- A verb whose every reading is 2nd person singular (*pourras, vas*) is informal; one
  whose every reading is 2nd plural (*pouvez, avez*) likely formal.
- A Quebec sacre that is also a verb form (*crisse, câlisse, sacre*) standing alone
  (*Crisse, le système...*) is an interjection, not an imperative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import (
    Quotes,
    following,
    opens_clause,
    previous,
    scan,
    verb_words,
    verbs,
)
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_INFORMAL = {
    "tu": "pronoun",
    "te": "pronoun",
    "t'": "pronoun",
    "t’": "pronoun",
    "toi": "pronoun",
    "ton": "possessive",
    "ta": "possessive",
    "tes": "possessive",
    "tien": "possessive",
    "tienne": "possessive",
    "tiennes": "possessive",
}
_FORMAL = {"vous": "pronoun", "votre": "possessive", "vos": "possessive", "vôtre": "possessive"}
#: "ton" after these is the noun (le ton, un ton plus calme).
_DETERMINERS = frozenset({"le", "un", "ce", "du", "de", "au", "quel", "mon", "son", "même"})
#: Pronouns written after an imperative with a hyphen (envoie-moi, envoyez-le-nous).
_ENCLITICS = frozenset({"moi", "nous", "le", "la", "les", "lui", "leur", "en", "y", "toi", "vous"})
_SUBJECTS = frozenset(
    {"je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "c'",
     "c’", "ça", "cela", "qui"}
)  # fmt: skip
#: Words after which an imperative still opens its clause (not "et" or "puis": after
#: them French drops a repeated subject, "je vérifie et reviens vers vous").
_LEAD = frozenset({"alors", "sinon"})
#: Hyphenated nouns that end like an imperative with a pronoun.
_NOUNS = frozenset({"rendez-vous", "laissez-passer", "va-et-vient", "prête-nom"})
_CLAUSE_END = frozenset({".", "!", "?", ";", ":", ",", "…"})
#: Sacres that are also imperatives; followed by punctuation they are interjections.
_SACRES = frozenset({"crisse", "câlisse", "calisse", "sacre"})
#: What follows an imperative that is also a noun or a preposition (Clique sur le lien).
_AFTER_IMPERATIVE = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "moi", "nous", "lui", "leur",
     "y", "en", "ton", "ta", "tes", "votre", "vos", "ce", "cette", "ces", "bien", "simplement",
     "juste", "vite", "pas", "sur", "dans", "à", "au", "aux", "ici", "là", "vers"}
)  # fmt: skip


def evidence(doc: Doc, region: str | None) -> list[Evidence]:
    table = verbs("fr")
    out: list[Evidence] = []
    words = verb_words("fr", _worth_a_look, _WORDS)
    for tok, low in scan(doc, words, Quotes("«“", "»”"), _hyphen):
        kind = _INFORMAL.get(low)
        if kind is not None:
            if low == "ton" and _after(doc, tok, _DETERMINERS):
                continue
            if kind == "possessive" and low.startswith("tien") and not _after_article(doc, tok):
                continue
            out.append(_found(tok, INFORMAL, Weight.CERTAIN, kind))
            continue
        kind = _FORMAL.get(low)
        if kind is not None:
            if not _plural(doc, tok):
                out.append(_found(tok, FORMAL, Weight.LIKELY, kind))
            continue
        if low.startswith("-") and low[1:] in ("toi", "te"):
            out.append(_found(tok, INFORMAL, Weight.CERTAIN, "pronoun"))
            continue
        if low.startswith("-") and low[1:] == "vous":
            if not _plural(doc, tok):
                out.append(_found(tok, FORMAL, Weight.LIKELY, "pronoun"))
            continue
        if "-" in low.strip("-"):
            if low not in _NOUNS:
                out.extend(_hyphenated(doc, tok, table))
            continue
        codes = table.get(low)
        if codes is not None:
            found = _verb(doc, tok, codes)
            if found is not None:
                out.append(found)
    return out


_WORDS = frozenset({*_INFORMAL, *_FORMAL})


def _worth_a_look(codes: frozenset[str]) -> bool:
    return bool(codes & {"2s", "2s!", "2p", "2p!"})


def _hyphen(low: str) -> bool:
    return "-" in low


def _verb(doc: Doc, tok: Token, codes: frozenset[str]) -> Evidence | None:
    persons = codes - {"o", "v"}
    if "o" not in codes and persons <= {"2s", "2s!"} and "2s" in persons:
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")
    if "o" not in codes and persons and persons <= {"2p", "2p!"} and "2p" in persons:
        return None if _plural(doc, tok) else _found(tok, FORMAL, Weight.LIKELY, "verb")
    if not codes & {"2s!", "2p!"} or not opens_clause(doc, tok.i, _LEAD) or _street(doc, tok):
        return None
    nxt = following(doc, tok.i)
    if nxt is not None and nxt.lower_ in _SUBJECTS:
        return None
    if tok.lower_ in _SACRES and (nxt is None or nxt.text in _CLAUSE_END):
        return None  # Crisse, le système a planté: an oath, not "crisse!"
    if nxt is not None and nxt.text in (":", "-", "–"):
        return None  # a label (Note : ..., Remarque - ...)
    enclitic = nxt is not None and nxt.lower_.startswith("-") and nxt.lower_[1:] in _ENCLITICS
    if "o" in codes and not enclitic and (nxt is None or nxt.lower_ not in _AFTER_IMPERATIVE):
        return None  # also a noun or preposition (entre 8 h et midi, modèle SKU...)
    if "2s!" in codes:
        return _found(tok, INFORMAL, Weight.CERTAIN if enclitic else Weight.LIKELY, "imperative")
    if _plural(doc, tok):
        return None
    return _found(tok, FORMAL, Weight.LIKELY, "imperative")


def _hyphenated(doc: Doc, tok: Token, table: dict[str, frozenset[str]]) -> list[Evidence]:
    """envoie-le-moi, connecte-toi, envoyez-nous: the verb and its pronouns in one token."""
    parts = tok.lower_.split("-")
    verb, clitics = parts[0], parts[1:]
    if not clitics or not set(clitics) <= _ENCLITICS | {"t"}:
        return []
    if "toi" in clitics or "te" in clitics:
        return [_found(tok, INFORMAL, Weight.CERTAIN, "clitic")]
    codes = table.get(verb, frozenset())
    if "2s!" in codes:
        return [_found(tok, INFORMAL, Weight.CERTAIN, "imperative")]
    if "2p!" in codes or "vous" in clitics:
        return [_found(tok, FORMAL, Weight.LIKELY, "imperative")]
    return []


def _street(doc: Doc, tok: Token) -> bool:
    """A word after a house number and its comma is the street's kind, not an imperative:
    "245, rue du Calvaire", "12, place de la Gare"."""
    comma = previous(doc, tok.i)
    if comma is None or comma.text != ",":
        return False
    number = previous(doc, comma.i)
    return number is not None and number.text[:1].isdigit()


def _plural(doc: Doc, tok: Token) -> bool:
    """A clause that says *tous*, *toutes* or *(les) deux*: vous addresses several people."""
    i = tok.i
    while i > 0 and doc[i - 1].text not in _CLAUSE_END:
        i -= 1
    while i < len(doc) and doc[i].text not in _CLAUSE_END:
        if doc[i].lower_ in ("tous", "toutes", "deux"):
            return True
        i += 1
    return False


def _after(doc: Doc, tok: Token, words: frozenset[str]) -> bool:
    before = previous(doc, tok.i)
    return before is not None and before.lower_ in words


def _after_article(doc: Doc, tok: Token) -> bool:
    return _after(doc, tok, frozenset({"le", "la", "les", "au", "aux", "du", "des"}))


def _found(tok: Token, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
