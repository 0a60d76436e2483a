"""Conditions and time clauses in Spanish, Portuguese and Italian, for the register
analysers: who the 3rd-person verb of *cuando lo reciba*, *se precisar de ajuda*, *se ha
ancora lo scontrino* is.

Such a verb reads as the writer (*reciba*: 1st or 3rd person), someone else, or the
reader (usted, você, Lei). The model: it is the reader when the same sentence tells the
reader to act with an informal imperative or verb (*cuando lo tenga, revisa...*): the
one told to act is the one who receives, and the reply has switched registers. It is not
the reader when a clitic makes the reader its object (*si no te conecta*), with *se*
(*cuando se active*), when a thing may do it (*si no llega*, *si sigue fallando*), when a
noun opening this sentence or the one before can be its subject (*El control es
compatible. Si no lo detecta...*), or when the condition itself speaks to the reader
informally (*si vas a..., no hace falta*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import SENTENCE_END, following, previous, verbs
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight
from chatwriter.register.subjects import (
    LEXICONS,
    SENTENCE,
    noun_subject,
    thing_participle,
    thing_verb,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def promote(doc: Doc, out: list[Evidence]) -> list[Evidence]:
    """Evidence of kind ``condition`` (a 3rd-person verb in a condition or a time clause,
    or opening the main clause after one: *cuando lo reciba*, *se precisar*, *se ha
    ancora*) is the reader's when the same sentence addresses the reader with an
    informal imperative or verb (*..., revisa*; *..., diz-me*; *..., scrivimi*): the one
    told to act is the one who receives. Then it is likely formal; otherwise weak."""
    if not any(e.kind == "condition" for e in out):
        return out
    sentence = _sentences(doc)
    told = {
        sentence[e.start]
        for e in out
        if e.register == INFORMAL and e.weight >= Weight.LIKELY and e.kind in ("verb", "imperative")
    }
    return [
        Evidence(e.start, e.end, e.text, e.register, Weight.LIKELY, "verb")
        if e.kind == "condition" and sentence[e.start] in told
        else e
        for e in out
    ]


def _sentences(doc: Doc) -> dict[int, int]:
    """The sentence number of every token's start offset."""
    found: dict[int, int] = {}
    n = 0
    for tok in doc:
        found[tok.idx] = n
        if tok.text in SENTENCE_END or "\n" in tok.whitespace_ or "\n" in tok.text:
            n += 1
    return found


#: Words that open a condition or a time clause (si, cuando, en cuanto; se, quando,
#: assim que; se, quando, appena). A "que" counts after assim, logo, vez (una vez que).
_CONDITIONS = {
    "es": frozenset({"si", "cuando", "cuanto", "apenas"}),
    "pt": frozenset({"se", "quando", "caso", "enquanto"}),
    "it": frozenset({"se", "quando", "appena", "qualora"}),
}
_QUE_AFTER = frozenset({"assim", "logo", "vez", "sempre"})


def condition_verb(doc: Doc, tok: Token, lang: str, heads: set[str]) -> bool:
    """A 3rd-person verb with an object and no subject of its own, in a condition or a
    time clause (*cuando lo reciba*, *se precisar de ajuda*, *se ha ancora lo
    scontrino*) or opening the main clause after one (*quando o pagamento for
    confirmado, receberá um e-mail*); not a verb a thing does (*si no llega*)."""
    if not heads & {"3s", "3ss"} or heads & {"2s", "1p", "3p"}:
        return False
    if thing_verb(lang, tok.lower_) and not _perfect(doc, tok, lang):
        return False  # si no llega, si hay algún problema; not si ya lo ha recibido
    lex = LEXICONS[lang]
    opener = _CONDITIONS[lang]
    clitic = False
    j = previous(doc, tok.i)
    while (
        j is not None
        and j.lower_ not in opener
        and (j.lower_ in lex.proclitics or j.lower_ in lex.negation or j.lower_ in lex.adverbs)
    ):
        if j.lower_ in _NOT_THE_SUBJECT or j.lower_ == lex.reflexive:
            return False  # si no te conecta, cuando le llegue, cuando se active: not the reader
        article = j.lower_ in lex.determiners and tok.lower_ not in _AUXILIARY
        if article and "o" in verbs(lang).get(tok.lower_, ()):
            return False  # quando a encomenda chegar: the article and a noun
        if j.lower_ == "ci" and tok.lower_.startswith(("mett", "vuol")):
            return False  # se ci mette una settimana: it takes
        clitic = clitic or j.lower_ in lex.proclitics
        j = previous(doc, j.i)
    if j is None or not (clitic or _object(doc, tok, lang)):
        return False
    if noun_subject(doc, tok, lang, sentences=2):
        return False  # El control es compatible. Si no lo detecta...: the noun
    if _opener(doc, j, lang):
        return True
    if heads & {"2s!", "3s!"} or j.text != "," or clitic:
        return False  # opening a main clause, the imperative is likelier (..., revisa)
    return fronted_condition(doc, j.i, lang) and not _addressed(doc, j.i, lang)


#: Clitics that make the reader the object (te, le, lhe), so someone else the subject.
_NOT_THE_SUBJECT = frozenset({"te", "ti", "os", "vos", "le", "les", "lhe", "lhes", "gli"})
#: Words of the informal reader.
_YOU = frozenset({"tú", "tu", "te", "ti", "tus", "teu", "tua", "teus", "tuas", "tuo", "tuoi"})


def _addressed(doc: Doc, comma: int, lang: str) -> bool:
    """The clause before the comma speaks to the reader informally (Si vas a coger el
    vuelo, no hace falta...): the main clause's 3rd person is someone else then."""
    table = verbs(lang)
    j = comma - 1
    while j >= 0 and doc[j].text not in SENTENCE and doc[j].text != ",":
        low = doc[j].lower_
        if low in _YOU or any(r[:2] == "2s" and r[2:3] != "!" for r in table.get(low, ())):
            return True
        j -= 1
    return False


def elliptic_condition(doc: Doc, comma: int, lang: str) -> bool:
    """A condition before the comma that is only *si no, se sim, se no, caso contrário*, or
    that speaks to the reader informally: the main clause after it is an imperative
    (Se não, pede outro; Se non lo trovi, guarda...)."""
    if not fronted_condition(doc, comma, lang):
        return False
    words = 0
    j = comma - 1
    while j >= 0 and doc[j].text not in SENTENCE and doc[j].text != ",":
        words += not doc[j].is_space and doc[j].text not in ("¿", "¡")
        j -= 1
    return words <= 2 or _addressed(doc, comma, lang)


_AUXILIARY = frozenset({"ha", "haya", "hubiera", "hubiese"})


def _perfect(doc: Doc, tok: Token, lang: str) -> bool:
    """*ha* + the participle of a verb people do (si ya lo ha recibido)."""
    if tok.lower_ not in _AUXILIARY:
        return False
    nxt = following(doc, tok.i)
    while nxt is not None and nxt.lower_ in LEXICONS[lang].adverbs:
        nxt = following(doc, nxt.i)
    low = nxt.lower_ if nxt is not None else ""
    participle = any(low.endswith(end) for end, _ in LEXICONS[lang].participles)
    return participle and not thing_participle(lang, low)


def _opener(doc: Doc, j: Token, lang: str) -> bool:
    if j.lower_ in _CONDITIONS[lang]:
        return True
    before = previous(doc, j.i)
    return j.lower_ == "que" and before is not None and before.lower_ in _QUE_AFTER


def _object(doc: Doc, tok: Token, lang: str) -> bool:
    """Something the verb takes follows it: not a full stop, nor a preposition (but *de,
    di*: *precisar de ajuda*), nor a subject pronoun."""
    nxt = following(doc, tok.i)
    if nxt is None or not nxt.is_alpha:
        return False
    lex = LEXICONS[lang]
    low = nxt.lower_
    if low in lex.third or low in lex.coordinators or low in lex.subordinators:
        return False
    if low.endswith(("ando", "iendo", "endo", "indo")):
        return False  # a gerund: sigue fallando
    return low not in lex.prepositions or (lang != "es" and low in ("de", "di"))


def fronted_condition(doc: Doc, comma: int, lang: str) -> bool:
    """The clause before the comma at ``comma`` is a condition or a time clause that opens
    its sentence (*Si no lo encuentra, ...*, *Quando o receber, ...*)."""
    j = comma - 1
    while j > 0 and doc[j - 1].text not in SENTENCE and doc[j - 1].text != ",":
        if "\n" in doc[j - 1].whitespace_:
            break
        j -= 1
    while j < comma and (doc[j].text in ("¿", "¡", '"', "«", "(") or doc[j].is_space):
        j += 1
    if j >= comma:
        return False
    first = doc[j]
    if first.lower_ in _CONDITIONS[lang]:
        return True
    nxt = following(doc, j)
    if nxt is None:
        return False
    return (nxt.lower_ == "que" and first.lower_ in _QUE_AFTER) or (
        first.lower_ == "en" and nxt.lower_ == "cuanto"
    )


def condition_evidence(tok: Token) -> Evidence:
    """A verb for :func:`promote` to decide: weak until an informal imperative joins it."""
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, FORMAL, Weight.WEAK, "condition")


def third_person_condition(doc: Doc, tok: Token, lang: str) -> bool:
    """The condition before the verb's clause has a verb of the 3rd person and none of the
    2nd (se non la trova, controlli: Lei; se non la trovi, controlli: tu)."""
    table = verbs(lang)
    third = False
    j = tok.i - 1
    while j >= 0 and doc[j].text not in SENTENCE:
        heads = {r.partition("+")[0] for r in table.get(doc[j].lower_, ())}
        if heads & {"2s", "2ss"}:
            return False
        third = third or "3s" in heads
        j -= 1
    return third
