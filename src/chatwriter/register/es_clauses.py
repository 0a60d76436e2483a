"""Spanish clauses for the register analyser (es.py): where a clause opens, whether a
3rd-person verb has a subject of its own, and whether a question or a request is put to
the reader (*¿Me confirma...?*, *¿Ya recibió el paquete?*, *puede indicarnos*), with the
third persons that rule it out (:mod:`chatwriter.register.subjects`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import (
    CLAUSE_PUNCT,
    following,
    looks_infinitive,
    opens_clause,
    previous,
    skip_back,
)
from chatwriter.register.subjects import (
    happened,
    noun_subject,
    reader_marked,
    thing_does,
    thing_verb,
    wish,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLITICS = frozenset({"me", "te", "se", "nos", "os", "le", "les", "lo", "la", "los", "las"})
#: Words after which a verb still opens its clause.
LEAD = frozenset({"por", "favor", "no", "y", "o", "pero", "entonces", "luego", "también"})
INFINITIVE = ("ar", "er", "ir", "ár", "ér", "ír")
#: Words that start the object of an imperative (revisa la caché, manda una foto).
OBJECT_START = frozenset(
    {"el", "la", "los", "las", "un", "una", "unos", "unas", "tu", "tus", "su", "sus", "este",
     "esta", "estos", "estas", "ese", "esa", "esos", "esas", "nuestro", "nuestra", "todo",
     "toda", "todos", "todas", "otro", "otra", "que"}
)  # fmt: skip
#: Subordinators after which a subjunctive is no imperative (cuando lo reciba).
SUBORDINATORS = frozenset({"que", "cuando", "si", "para", "aunque", "hasta", "mientras"})


def request(doc: Doc, tok: Token, nxt: Token) -> bool:
    """A modal said to the reader: *quiere que* (not *puede que*, "maybe"), or a modal
    before an infinitive that no thing does, with no noun subject at hand unless a
    1st-person clitic or the reader's condition marks it (puede enviarme)."""
    if nxt.lower_ == "que":
        return wish(tok)
    if not looks_infinitive(nxt.text, INFINITIVE) or thing_does(doc, nxt, "es"):
        return False
    return not noun_subject(doc, tok, "es", described=False) or reader_marked(doc, tok, nxt, "es")


def asks(doc: Doc, tok: Token, nxt: Token | None) -> bool:
    """A question opening with a 3rd-person verb and its object, after *ya, todavía, aún*
    if any (¿Ya recibió el paquete?, ¿Todavía tiene el ticket?): the reader is asked,
    unless the verb is one a thing does (¿Llegó el paquete?) or a noun is its subject."""
    before, _ = skip_back(doc, tok.i, CLITICS | {"no", "ya", "todavía", "aún"})
    if before is not None and before.text not in ("¿", ",", ";"):
        return False
    if nxt is None or not (nxt.lower_ in OBJECT_START or a_infinitive(doc, nxt)):
        return False
    return not thing_verb("es", tok.lower_) and not noun_subject(doc, tok, "es")


def subjectless(doc: Doc, tok: Token) -> bool:
    before = previous(doc, tok.i)
    if before is not None and before.lower_ == "se":
        return False  # se puede: impersonal
    before, _ = skip_back(doc, tok.i, CLITICS | {"no", "ya", "también", "si"})
    return before is None or before.text in CLAUSE_PUNCT or before.lower_ in LEAD


def reader_as_object(doc: Doc, tok: Token) -> bool:
    """A verb that goes on a coordinated clause (bloqueamos al usuario y no podrá ver tu
    perfil) with the tú reader as object or owner has a third person as subject, not
    usted. Opening a sentence (Puede revisar tu correo) it is still read as usted."""
    before, _ = skip_back(doc, tok.i, CLITICS | {"no", "ya", "también"})
    if before is None or before.lower_ not in ("y", "e", "ni", "pero", "o"):
        return False
    for j in range(tok.i + 1, min(tok.i + 10, len(doc))):
        word = doc[j]
        if word.text in CLAUSE_PUNCT:
            return False
        low = word.lower_
        if low in ("te", "ti", "tu", "tus", "contigo"):
            return True
        if low.endswith("te") and looks_infinitive(low, INFINITIVE):
            return True
    return False


def after_si(doc: Doc, tok: Token) -> bool:
    before, _ = skip_back(doc, tok.i, CLITICS | {"no"})
    return before is not None and before.lower_ == "si"


def a_infinitive(doc: Doc, nxt: Token) -> bool:
    """*a* + infinitive after the verb (vuelve a solicitarlo), not *a nombre de*."""
    if nxt.lower_ != "a":
        return False
    after = following(doc, nxt.i)
    return after is not None and looks_infinitive(after.text, INFINITIVE)


def opens(doc: Doc, tok: Token) -> bool:
    """The verb opens its clause, after *no* and clitics if any; not after *que*, *si*."""
    before, i = skip_back(doc, tok.i, CLITICS | {"no"})
    if before is not None and before.lower_ in SUBORDINATORS:
        return False
    return opens_clause(doc, i, LEAD)


def addresses(doc: Doc, tok: Token, nxt: Token | None) -> bool:
    """A question verb aimed at the reader: a clitic before it (¿Me confirma...?), an
    infinitive or a participle after it (¿Puede enviar...?, ¿Ha recibido...?)."""
    before = previous(doc, tok.i)
    if before is not None and before.lower_ in ("me", "nos", "lo", "la"):
        return True
    if nxt is None:
        return False
    if nxt.lower_.endswith(("ado", "ido")):
        return not happened(doc, nxt, "es")  # ¿Ha recibido...?, not ¿Ha llegado el paquete?
    return looks_infinitive(nxt.text, INFINITIVE)
