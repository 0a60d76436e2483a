"""Italian formulas for the register analyser (it.py): the greeting by title and name
(*Buongiorno signora Ferri,*) and whose a lower-case *suo, sua* is after it; imperatives
of attention standing alone (*Guarda, ...*, *Senta, ...*); *contare su di noi*; and a
lower-case *suo, sua* in the closing and thanking formulas (*a sua completa
disposizione*, *grazie per la sua pazienza*), where it alone would be weak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import following, previous, starts_sentence
from chatwriter.register.model import FORMAL, INFORMAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ATTENTION = {
    **dict.fromkeys(("guarda", "senti", "ascolta", "scusa", "aspetta"), INFORMAL),
    **dict.fromkeys(("guardi", "senta", "ascolti", "scusi", "aspetti"), FORMAL),
}


def attention(doc: Doc, tok: Token) -> str | None:
    """The register of an imperative of attention opening a sentence before a comma or an
    exclamation mark (Guarda, ...; Senta, ...)."""
    found = _ATTENTION.get(tok.lower_)
    if found is None or not starts_sentence(doc, tok.i):
        return None
    nxt = following(doc, tok.i)
    return found if nxt is not None and nxt.text in (",", "!") else None


def with_us(doc: Doc, nxt: Token | None) -> bool:
    """*su di noi*, *su di me* after a verb: its complement (Conta su di noi)."""
    if nxt is None or nxt.lower_ != "su":
        return False
    di = following(doc, nxt.i)
    us = following(doc, di.i) if di is not None and di.lower_ == "di" else None
    return us is not None and us.lower_ in ("noi", "me")


_WHOLE = frozenset({"completa", "totale", "piena", "intera", "più"})
_THANKS = frozenset({"grazie", "ringrazio", "ringraziamo", "ringraziarla"})


def at_your_service(doc: Doc, tok: Token) -> bool:
    """*sua* in *a sua (completa) disposizione*, and *suo, sua* in the object of the
    writer's thanks (*grazie per la sua pazienza*, *la ringrazio per il suo messaggio*)."""
    before, nxt = previous(doc, tok.i), following(doc, tok.i)
    if before is None or nxt is None:
        return False
    if before.lower_ == "a":
        while nxt is not None and nxt.lower_ in _WHOLE:
            nxt = following(doc, nxt.i)
        return nxt is not None and nxt.lower_ == "disposizione"
    if before.lower_ not in ("la", "il", "i", "le"):
        return False
    per = previous(doc, before.i)
    thanks = previous(doc, per.i) if per is not None and per.lower_ == "per" else None
    return thanks is not None and thanks.lower_ in _THANKS


#: Titles before a name in a greeting (Buongiorno signora Ferri,).
_TITLES = frozenset(
    {"signora", "signor", "signore", "signorina", "sig", "sig.", "sig.ra", "dottore", "dottor",
     "dottoressa", "dott", "dott.", "dott.ssa", "avvocato", "avv.", "ingegnere", "ing.",
     "professore", "professoressa", "prof.", "geometra", "geom."}
)  # fmt: skip
#: Words a greeting to a named person opens with.
_GREETINGS = frozenset(
    {"buongiorno", "buonasera", "salve", "gentile", "gentilissima", "gentilissimo", "egregio",
     "egregia", "egr", "gent", "ciao", "grazie", "cara", "caro", "spettabile", "buon",
     "pomeriggio", "giorno"}
)  # fmt: skip
#: Words that introduce someone or something a *suo/sua* could belong to.
_POSSESSORS = frozenset(
    {"il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "un'", "un’", "del",
     "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle",
     "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli",
     "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "col", "coi", "questo",
     "questa", "questi", "queste", "quel", "quello", "quella", "quei", "quegli", "quelle",
     "lui", "lei", "loro", "suo", "sua", "suoi", "sue", "chi", "qualcuno", "ognuno"}
)  # fmt: skip


def greeted_reader(doc: Doc) -> tuple[int, int] | None:
    """The token range of a title and name the reply greets its reader with: at the start,
    after greeting words only (*Buongiorno signora Ferri,*, *Gentile dott.ssa Neri!*)."""
    i = 0
    while i < len(doc) and (
        doc[i].is_space
        or doc[i].lower_ in _GREETINGS
        or (doc[i].text == "." and i and doc[i - 1].lower_ in ("egr", "gent"))
    ):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _TITLES:
        return None
    start = i
    i += 1
    if i < len(doc) and doc[i].text == "." and doc[i - 1].lower_ in ("sig", "dott"):
        i += 1  # "sig ." tokenised apart
    names = 0
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
        names += 1
        i += 1
    if not names:
        return None
    if i < len(doc) and doc[i].text not in (",", "!", ".") and "\n" not in doc[i - 1].whitespace_:
        return None
    return start, i


def yours(doc: Doc, tok: Token, vocative: tuple[int, int]) -> bool:
    """*suo/sua* after the greeting to a named reader, with nobody else introduced between
    the greeting and it: the reader's own (Lei). Its own article (*la sua*) is no one
    else; anything a noun could follow (*il tecnico*, *al corriere*, *Marco*) is."""
    if tok.i < vocative[1]:
        return False
    own = previous(doc, tok.i)
    for j in range(tok.i - 1, vocative[1] - 1, -1):
        word = doc[j]
        if own is not None and j == own.i and word.lower_ in _POSSESSORS - _PRONOUN_OWNERS:
            continue
        if word.lower_ in _POSSESSORS or (word.text[:1].isupper() and not starts_sentence(doc, j)):
            return False  # il tecnico ... il suo furgone; Marco ... la sua richiesta
    return True


#: Possessors that are people themselves, never the article of the su- word.
_PRONOUN_OWNERS = frozenset({"lui", "lei", "loro", "suo", "sua", "suoi", "sue", "chi"})


def nobody_before(doc: Doc, tok: Token) -> bool:
    """Nobody a *suo, sua* could belong to is introduced earlier in its sentence (Marco ha
    lasciato il pacco a sua disposizione): its own article aside."""
    own = previous(doc, tok.i)
    j = tok.i - 1
    while j >= 0 and doc[j].text not in (".", "!", "?", ";", ":"):
        word = doc[j]
        if own is not None and j == own.i and word.lower_ in _POSSESSORS - _PRONOUN_OWNERS:
            j -= 1
            continue
        if word.lower_ in _POSSESSORS or (word.text[:1].isupper() and not starts_sentence(doc, j)):
            return False
        j -= 1
    return True
