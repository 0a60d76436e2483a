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
  it or an infinitive after it (*¿Me confirma...?*, *¿Puede enviarme...?*) addresses the
  reader as usted.
- No address: the reduplicated subjunctive (*cueste lo que cueste, sea como sea, pase lo
  que pase*: 3rd person, nobody's act; *digas lo que digas* keeps its 2nd person); a
  word that is also a noun read as an imperative with an enclitic (*correos* "corred+os",
  *tomate*) unless it opens a clause (*los tres correos* is the noun); Mexican
  interjections that are verb forms (*no manches, no mames* standing alone, *órale,
  ándale*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import (
    CLAUSE_PUNCT,
    Quotes,
    following,
    in_question,
    looks_infinitive,
    name_like,
    opens_clause,
    previous,
    registers_of,
    scan,
    skip_back,
    starts_sentence,
    verb_words,
    verbs,
)
from chatwriter.register.es_idioms import happens, interjection, reduplicated
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight

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
_CLITICS = frozenset({"me", "te", "se", "nos", "os", "le", "les", "lo", "la", "los", "las"})
_SUBJECTS = frozenset({"yo", "él", "ella", "usted", "ustedes", "nosotros", "ellos", "ellas"})
#: Words after which a verb still opens its clause.
_LEAD = frozenset({"por", "favor", "no", "y", "o", "pero", "entonces", "luego", "también"})
_INFINITIVE = ("ar", "er", "ir", "ár", "ér", "ír")
#: Words that start the object of an imperative (revisa la caché, manda una foto).
_OBJECT_START = frozenset(
    {"el", "la", "los", "las", "un", "una", "unos", "unas", "tu", "tus", "su", "sus", "este",
     "esta", "estos", "estas", "ese", "esa", "esos", "esas", "nuestro", "nuestra", "todo",
     "toda", "todos", "todas", "otro", "otra", "que"}
)  # fmt: skip
#: Enclitic pronouns, longest first (mándamelo = manda + me + lo).
_ENCLITICS = ("nos", "los", "las", "les", "os", "me", "te", "se", "lo", "la", "le")
_UNACCENT = str.maketrans("áéíóú", "aeiou")
#: Subordinators after which a subjunctive is no imperative (cuando lo reciba).
_SUBORDINATORS = frozenset({"que", "cuando", "si", "para", "aunque", "hasta", "mientras"})


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
            out.append(_found(tok, FORMAL, Weight.WEAK, kind))
            continue
        codes = table.get(low)
        if codes is None and low.endswith(_ENCLITICS) and len(low) > 5:
            codes = _enclitic(low, table)  # from the ending: maybe an adjective (originales)
            codes = codes | {"o"} if codes is not None else None
        if codes is not None:
            found = _verb(doc, tok, codes, region)
            if found is not None:
                out.append(found)
    return out


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
        if "o" in codes and not _opens(doc, tok):
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
    if _only_you(codes, heads):  # tienes, recibiste, tenéis, haz, ven
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")
    nxt = following(doc, tok.i)
    if nxt is not None and nxt.lower_ in _SUBJECTS - {"usted"}:
        return None
    question = in_question(doc, tok.i)
    if "3s" in heads and "m" in codes and _subjectless(doc, tok):
        # debe/debería + infinitive is as often about a thing (debería llegar mañana), and
        # so is any modal before a verb of time or happening (puede tardar 24 horas); a
        # modal whose clause takes the reader as object (no podrá ver tu perfil) has
        # someone else as subject
        must = (tok.lower_.startswith("deb") and not question) or happens(nxt)
        must = must or _reader_as_object(doc, tok)
        if (
            nxt is not None
            and not must
            and (looks_infinitive(nxt.text, _INFINITIVE) or nxt.lower_ == "que")
        ):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # puede indicarnos
        if _after_si(doc, tok):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # si lo prefiere, si gusta
    if not _opens(doc, tok):
        return None
    if (
        tok.lower_ in ("suele", "suelen")
        and nxt is not None
        and looks_infinitive(nxt.text, _INFINITIVE)
    ):
        return None  # soler + infinitive (suele resolverse), not "suele" of solar
    object_next = nxt is not None and (nxt.lower_ in _OBJECT_START or _a_infinitive(doc, nxt))
    if "3s!" in heads and "2s!" not in heads and not question:
        if "o" in codes and not object_next:
            return None  # una disculpa
        return _found(tok, FORMAL, Weight.LIKELY, "imperative")  # mande, confirme
    if "2s!" in heads and "3s!" not in heads and not question and object_next:
        return _found(tok, INFORMAL, Weight.LIKELY, "imperative")  # revisa la caché
    if "3s" in heads and question and _addresses(doc, tok, nxt):
        return _found(tok, FORMAL, Weight.LIKELY, "verb")  # ¿Me confirma...? ¿Ha recibido...?
    return None


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


def _subjectless(doc: Doc, tok: Token) -> bool:
    before = previous(doc, tok.i)
    if before is not None and before.lower_ == "se":
        return False  # se puede: impersonal
    before, _ = skip_back(doc, tok.i, _CLITICS | {"no", "ya", "también", "si"})
    return before is None or before.text in CLAUSE_PUNCT or before.lower_ in _LEAD


def _reader_as_object(doc: Doc, tok: Token) -> bool:
    """A verb that goes on a coordinated clause (bloqueamos al usuario y no podrá ver tu
    perfil) with the tú reader as object or owner has a third person as subject, not
    usted. Opening a sentence (Puede revisar tu correo) it is still read as usted."""
    before, _ = skip_back(doc, tok.i, _CLITICS | {"no", "ya", "también"})
    if before is None or before.lower_ not in ("y", "e", "ni", "pero", "o"):
        return False
    for j in range(tok.i + 1, min(tok.i + 10, len(doc))):
        word = doc[j]
        if word.text in CLAUSE_PUNCT:
            return False
        low = word.lower_
        if low in ("te", "ti", "tu", "tus", "contigo"):
            return True
        if low.endswith("te") and looks_infinitive(low, _INFINITIVE):
            return True
    return False


def _thanks_for(doc: Doc, tok: Token) -> bool:
    """gracias por + infinitive: the infinitive's subject is the reader."""
    before = previous(doc, tok.i)
    if before is None or before.lower_ != "por":
        return False
    thanks = previous(doc, before.i)
    return thanks is not None and thanks.lower_ in ("gracias", "agradecemos", "agradezco")


def _after_si(doc: Doc, tok: Token) -> bool:
    before, _ = skip_back(doc, tok.i, _CLITICS | {"no"})
    return before is not None and before.lower_ == "si"


def _a_infinitive(doc: Doc, nxt: Token) -> bool:
    """*a* + infinitive after the verb (vuelve a solicitarlo), not *a nombre de*."""
    if nxt.lower_ != "a":
        return False
    after = following(doc, nxt.i)
    return after is not None and looks_infinitive(after.text, _INFINITIVE)


def _opens(doc: Doc, tok: Token) -> bool:
    """The verb opens its clause, after *no* and clitics if any; not after *que*, *si*."""
    before, i = skip_back(doc, tok.i, _CLITICS | {"no"})
    if before is not None and before.lower_ in _SUBORDINATORS:
        return False
    return opens_clause(doc, i, _LEAD)


def _addresses(doc: Doc, tok: Token, nxt: Token | None) -> bool:
    """A question verb aimed at the reader: a clitic before it (¿Me confirma...?), an
    infinitive or a participle after it (¿Puede enviar...?, ¿Ha recibido...?)."""
    before = previous(doc, tok.i)
    if before is not None and before.lower_ in ("me", "nos", "lo", "la"):
        return True
    if nxt is None:
        return False
    return looks_infinitive(nxt.text, _INFINITIVE) or nxt.lower_.endswith(("ado", "ido"))


def _found(tok: Token, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
