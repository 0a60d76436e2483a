"""Spanish: *tú*/*vosotros* (informal) and *usted* (formal).

- *tú, ti, te, contigo, tu, tus, tuyo*, and Spain's *vosotros, os, vuestro* are informal.
- *usted* is formal; *ustedes* is formal in Spain (where *vosotros* is the informal
  plural) and no evidence in Mexico (the only plural there). *su, le, lo, la* are weak:
  most often they are about someone else.
- Verbs: a form whose every reading is 2nd person (*tienes, puedes, recibiste, tenéis*)
  is informal; an imperative with an enclitic pronoun is certain either way (*mándame,
  regístrate* informal; *mándeme, regístrese* formal). A bare usted imperative (*mande,
  confirme*, the 3rd-person subjunctive) opening a clause, after *no* and clitics if any
  (*no se preocupe*), is likely formal. A bare *tú* imperative (*manda, revisa*) reads the
  same as a 3rd-person statement (*llega mañana*), so it counts only when it has no other
  reading (*haz, ven, pon, di*). A 3rd-person verb opening a question with a clitic before
  it, an infinitive after it or its object (*¿Me confirma...?*, *¿Puede enviarme...?*,
  *¿Ya recibió el paquete?*) addresses the reader as usted, unless someone else is at
  hand (:mod:`chatwriter.register.subjects`: *puede tardar*, *el sistema ... puede
  bloquear*); so does a condition's verb when the sentence tells the reader to act
  (:mod:`chatwriter.register.conditions`: *cuando lo tenga, revisa...*). No imperative
  after a preposition, a determiner or a clitic without *no* (*por desgracia*). Spain's
  *ustedes* imperative (*recuerden*) is formal; *su* in formulas is likely (es_idioms).
- No address: the reduplicated subjunctive (*cueste lo que cueste, sea como sea, pase lo
  que pase*: 3rd person, nobody's act; *digas lo que digas* keeps its 2nd person); a
  word that is also a noun read as an imperative with an enclitic (*correos* "corred+os",
  *tomate*) unless it opens a clause (*los tres correos* is the noun); Mexican
  interjections that are verb forms (*no manches, no mames* standing alone, *órale,
  ándale*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.conditions import (
    condition_evidence,
    condition_verb,
    promote,
)
from chatwriter.register.context import (
    Quotes,
    following,
    in_question,
    looks_infinitive,
    name_like,
    previous,
    registers_of,
    scan,
    starts_sentence,
    verb_words,
    verbs,
)
from chatwriter.register.es_clauses import (
    INFINITIVE,
    OBJECT_START,
    a_infinitive,
    addresses,
    after_si,
    asks,
    opens,
    reader_as_object,
    request,
    subjectless,
)
from chatwriter.register.es_idioms import (
    discourse,
    happens,
    interjection,
    reader_possessive,
    reduplicated,
    with_us,
)
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight
from chatwriter.register.subjects import (
    no_imperative_here,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_INFORMAL = {
    "tú": "pronoun",
    "ti": "pronoun",
    "te": "pronoun",
    "contigo": "pronoun",
    "vos": "pronoun",
    "vosotros": "pronoun",
    "vosotras": "pronoun",
    "tu": "possessive",
    "tus": "possessive",
    **dict.fromkeys(("tuyo", "tuya", "tuyos", "tuyas"), "possessive"),
    **dict.fromkeys(("vuestro", "vuestra", "vuestros", "vuestras"), "possessive"),
}
_FORMAL = {"usted": "pronoun", "ud.": "pronoun", "vd.": "pronoun", "ud": "pronoun"}
_PLURAL_FORMAL = {"ustedes": "pronoun", "uds.": "pronoun", "vds.": "pronoun"}
_WEAK_FORMAL = {
    "su": "possessive",
    "sus": "possessive",
    "suyo": "possessive",
    "suya": "possessive",
    "le": "pronoun",
}
_SUBJECTS = frozenset({"yo", "él", "ella", "usted", "ustedes", "nosotros", "ellos", "ellas"})
#: Enclitic pronouns, longest first (mándamelo = manda + me + lo).
_ENCLITICS = ("nos", "los", "las", "les", "os", "me", "te", "se", "lo", "la", "le")
_UNACCENT = str.maketrans("áéíóú", "aeiou")


def evidence(doc: Doc, region: str | None) -> list[Evidence]:
    table = verbs("es")
    out: list[Evidence] = []
    words = verb_words("es", _worth_a_look, _WORDS)
    for tok, low in scan(doc, words, Quotes("«“", "»”"), _maybe_enclitic):
        kind = _INFORMAL.get(low)
        if kind is not None:
            if low == "os" and tok.text == "OS":
                continue  # the operating system
            out.append(_found(tok, INFORMAL, Weight.CERTAIN, kind))
            continue
        if low == "os":
            out.append(_found(tok, INFORMAL, Weight.CERTAIN, "pronoun"))
            continue
        kind = _FORMAL.get(low)
        if kind is not None:
            out.append(_found(tok, FORMAL, Weight.CERTAIN, kind))
            continue
        kind = _PLURAL_FORMAL.get(low)
        if kind is not None:
            if region != "MX" and region not in _AMERICAS:
                out.append(_found(tok, FORMAL, Weight.LIKELY, kind))
            continue
        if low in ("le", "les"):
            out.append(_le(doc, tok, table))
            continue
        if low == "se":
            found = _se(doc, tok, table)
            if found is not None:
                out.append(found)
            continue
        if low.endswith(("arse", "erse", "irse")) and _thanks_for(doc, tok):
            out.append(_found(tok, FORMAL, Weight.LIKELY, "clitic"))  # gracias por comunicarse
            continue
        kind = _WEAK_FORMAL.get(low)
        if kind is not None:
            yours = (
                kind == "possessive"
                and reader_possessive(doc, tok)
                and not _names_someone(doc, tok)
            )
            out.append(_found(tok, FORMAL, Weight.LIKELY if yours else Weight.WEAK, kind))
            continue
        codes = table.get(low)
        if codes is None and low.endswith(_ENCLITICS) and len(low) > 5:
            codes = _enclitic(low, table)  # from the ending: maybe an adjective (originales)
            codes = codes | {"o"} if codes is not None else None
        if codes is not None:
            found = _verb(doc, tok, codes, region)
            if found is not None:
                out.append(found)
    return promote(doc, out)


_WORDS = frozenset({*_INFORMAL, *_FORMAL, *_PLURAL_FORMAL, *_WEAK_FORMAL, "os", "les", "se"})


def _worth_a_look(codes: frozenset[str]) -> bool:
    """Any reading but a plain 1st person (those matter only after *le*, looked up there)."""
    heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    return bool(heads - {"1s", "1p", "1p!"}) or any("+" in r for r in codes)


def _maybe_enclitic(low: str) -> bool:
    return len(low) > 5 and low.endswith(_ENCLITICS)


def _enclitic(low: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """A verb with enclitics that the table lacks (aprovéchela, llámennos): its imperative
    readings, each with the clitic, found by taking the pronouns off and the accent they
    added away (aprovéche-la -> aproveche)."""
    stem, clitic = low, ""
    for _ in range(2):
        for ending in _ENCLITICS:
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                stem, clitic = stem[: -len(ending)], ending + clitic
                break
        else:
            break
    if not clitic:
        return None
    for base in (stem, stem.translate(_UNACCENT)):
        codes = table.get(base)
        if codes is None:
            continue
        first = next(c for c in _ENCLITICS if clitic.startswith(c))
        if first == "os" and base.endswith("d") and base != "id":
            continue  # -d drops before os (sentaos): estimados is a participle
        person = {"te": "+c2s", "os": "+c2p", "me": "+c1", "nos": "+c1"}.get(first, "+c3")
        imperatives = {r + person for r in codes if r in ("2s!", "2p!", "3s!", "3p!")}
        if imperatives:
            return frozenset(imperatives)
    return None


#: Regions where ustedes is the only plural (no evidence of register).
_AMERICAS = frozenset(
    {"MX", "US", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "NI", "PA", "PE",
     "PR", "PY", "SV", "UY", "VE", "419"}
)  # fmt: skip


#: Prepositions that are also verb forms (para: parar; entre: entrar; sobre: sobrar):
#: the preposition is what a reply means, far more often than not.
_PREPOSITIONS = frozenset({"para", "como", "sobre", "entre", "bajo", "contra"})


def _verb(doc: Doc, tok: Token, codes: frozenset[str], region: str | None) -> Evidence | None:
    if tok.lower_ in _PREPOSITIONS or interjection(doc, tok):
        return None
    if reduplicated(doc, tok):
        codes = codes - {"3s!", "3p!", "1s", "3s", "3p"}  # cueste lo que cueste: nobody
        if not codes - {"o", "m"}:
            return None
    readings = codes - {"o", "m"}
    heads = {r.partition("+")[0] for r in readings}
    registers = registers_of(codes)
    if readings and all("+" in r for r in readings) and None not in registers:
        if "o" in codes and not opens(doc, tok):
            return None  # los tres correos: the noun, not "corred" + os
        if registers == {INFORMAL}:  # mándame, regístrate, preocuparte
            return _found(tok, INFORMAL, Weight.CERTAIN, "imperative")
        if registers == {FORMAL}:  # mándeme, regístrese, escríbanos
            if heads <= {"3p!"} and region in _AMERICAS:
                return None
            return _found(tok, FORMAL, Weight.CERTAIN, "imperative")
        return None
    if name_like(doc, tok):
        return None  # a name (Correos, Vuelve a Casa, Sr. Gomes)
    if _only_you(codes - _noun_out(doc, tok), heads):  # tienes, recibiste, ¿me pasas?
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")
    nxt = following(doc, tok.i)
    if nxt is not None and nxt.lower_ in _SUBJECTS - {"usted"}:
        return None
    question = in_question(doc, tok.i)
    if "3s" in heads and "m" in codes and subjectless(doc, tok):
        # debe/debería + infinitive is as often about a thing (debería llegar mañana), and
        # so is any modal before a verb of time or happening (puede tardar 24 horas); a
        # modal whose clause takes the reader as object (no podrá ver tu perfil) has
        # someone else as subject
        must = (tok.lower_.startswith("deb") and not question) or happens(nxt)
        must = must or reader_as_object(doc, tok)
        if nxt is not None and not must and request(doc, tok, nxt):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # puede indicarnos
        if after_si(doc, tok):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # si lo prefiere, si gusta
    if not opens(doc, tok):
        if condition_verb(doc, tok, "es", heads):
            return condition_evidence(tok)  # cuando lo reciba: the reader, if told to act
        if question and "3s" in heads and asks(doc, tok, nxt):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # ¿Ya recibió el paquete?
        return None
    if (
        tok.lower_ in ("suele", "suelen")
        and nxt is not None
        and looks_infinitive(nxt.text, INFINITIVE)
    ):
        return None  # soler + infinitive (suele resolverse), not "suele" of solar
    # after a preposition, a determiner or a clitic no negation leads, no imperative:
    # por desgracia, una pena, la cuenta (a noun); lo revisa el técnico (a statement)
    command = not question and not no_imperative_here(doc, tok, "es")
    said = discourse(doc, tok) if command else None
    if said is not None:
        return _found(tok, said, Weight.LIKELY, "imperative")  # Mira, ...; Oiga, ...
    object_next = nxt is not None and (
        nxt.lower_ in OBJECT_START or a_infinitive(doc, nxt) or with_us(doc, nxt)
    )
    if command and "3s!" in heads and "2s!" not in heads:
        if "o" in codes and not object_next:
            return None  # una disculpa
        return _found(tok, FORMAL, Weight.LIKELY, "imperative")  # mande, confirme
    if command and "2s!" in heads and "3s!" not in heads and object_next:
        return _found(tok, INFORMAL, Weight.LIKELY, "imperative")  # revisa la caché
    plural = command and heads == {"3p", "3p!"} and region not in _AMERICAS and nxt is not None
    if plural and (object_next or looks_infinitive(nxt.text, INFINITIVE)):
        return _found(tok, FORMAL, Weight.LIKELY, "imperative")  # Spain: recuerden traer
    if "3s" in heads and question and (addresses(doc, tok, nxt) or asks(doc, tok, nxt)):
        return _found(tok, FORMAL, Weight.LIKELY, "verb")  # ¿Me confirma...? ¿Ha recibido...?
    if condition_verb(doc, tok, "es", heads):
        return condition_evidence(tok)  # Cuando se confirme, recibirá un correo
    return None


def _noun_out(doc: Doc, tok: Token) -> frozenset[str]:
    """A clitic right before a word rules out its noun reading (¿me pasas...? is no
    raisins): {"o"} then, to take away."""
    before = previous(doc, tok.i)
    if before is not None and before.lower_ in ("me", "te", "nos", "os", "se"):
        return frozenset({"o"})
    return frozenset()


def _only_you(codes: frozenset[str], heads: set[str]) -> bool:
    """Every reading is of the 2nd person: finite (tienes) or an imperative with no other
    reading (haz)."""
    if "o" in codes or not heads or not heads <= {"2s", "2s!", "2p", "2p!"}:
        return False
    return bool(heads & {"2s", "2p"}) or len(heads) == 1


def _le(doc: Doc, tok: Token, table: dict[str, frozenset[str]]) -> Evidence:
    """*le*, or *se* before *lo/la* (the form *le* takes there), before a verb of the 1st
    person (le confirmo, le ofrecemos, se lo enviamos) is "to you" — unless the sentence
    has named someone it could be (hablé con el repartidor y le pedí...)."""
    nxt = following(doc, tok.i)
    if tok.lower_ == "se" and nxt is not None and nxt.lower_ in ("lo", "la", "los", "las"):
        nxt = following(doc, nxt.i)
    codes = table.get(nxt.lower_, frozenset()) if nxt is not None else frozenset()
    heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    if heads and heads <= {"1s", "1p", "1p!"} and not _names_someone(doc, tok):
        return _found(tok, FORMAL, Weight.LIKELY, "pronoun")
    return _found(tok, FORMAL, Weight.WEAK, "pronoun")


def _names_someone(doc: Doc, tok: Token) -> bool:
    """Someone else in the sentence the pronoun could stand for: *al técnico* after it,
    *el repartidor* before it."""
    for j in range(tok.i + 1, min(tok.i + 8, len(doc))):
        text = doc[j].lower_
        if text in (".", ";", "?", "!"):
            break
        if text in ("a", "al"):
            return True
    j = tok.i - 1
    while j >= 0 and doc[j].text not in (".", "?", "!", "¿", "¡", ",", ";"):
        word = doc[j].lower_
        if word in ("el", "al", "del", "ella", "él") and not starts_sentence(doc, j):
            return True
        if word == "la" and j > 0 and doc[j - 1].lower_ in ("con", "a", "de", "para", "por"):
            return True  # con la repartidora
        j -= 1
    return False


def _se(doc: Doc, tok: Token, table: dict[str, frozenset[str]]) -> Evidence | None:
    """*se lo/la* + a 1st-person verb (se la haremos llegar) is *le*: to you."""
    nxt = following(doc, tok.i)
    if nxt is None or nxt.lower_ not in ("lo", "la", "los", "las"):
        return None
    found = _le(doc, tok, table)
    return found if found.weight >= Weight.LIKELY else None


def _thanks_for(doc: Doc, tok: Token) -> bool:
    """gracias por + infinitive: the infinitive's subject is the reader."""
    before = previous(doc, tok.i)
    if before is None or before.lower_ != "por":
        return False
    thanks = previous(doc, before.i)
    return thanks is not None and thanks.lower_ in ("gracias", "agradecemos", "agradezco")


def _found(tok: Token, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
