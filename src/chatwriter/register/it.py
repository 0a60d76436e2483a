"""Italian: *tu* (informal) and *Lei* (formal).

- *tu, te, ti, tuo, tua, tuoi, tue* (and plural *voi, vostro*) are informal anywhere.
- The courtesy forms *Lei, La, Le, Suo, Sua* with a capital inside a sentence are formal;
  at the start of a sentence *La/Le* are formal only before a verb (*La ringrazio*, not
  *La fattura*), *Lei* is likely formal, *Suo* weak. Lower-case *lei, la, le, suo* are weak
  (she, her, his), but *le* before a verb of the 1st person (*le invio*) is likely "to you".
- Verbs: a form whose every reading is 2nd singular (*puoi, hai, riceverai*) or that
  carries *ti* (*preoccuparti*), and a tu-imperative with an enclitic (*mandami, fammi*)
  are informal. The Lei imperative is the 3rd-person subjunctive (*scriva, faccia*):
  likely formal when it opens a clause; for -are verbs it reads the same as the tu
  present (*mandi, trovi*), so there only *si* before it (*si registri*) or *pure* after
  it (*mi mandi pure*) decides.
  A 3rd-person modal with an infinitive and no subject (*può inviarmi*, *potrebbe
  controllare*) and a question opening with a 3rd-person verb and a participle (*Ha
  ricevuto...?*) address the reader as Lei.
- A reply that greets the reader by title and name (*Buongiorno signora Ferri,*) speaks to
  that one person: the title is no third person for *le* to stand for, and a lower-case
  *suo, sua* with nobody else introduced between the greeting and it (*ho controllato la
  sua pratica*) is likely "your" (Lei). Anyone named first (*il tecnico ... il suo
  furgone*) leaves it weak.
- A word that is also a noun or adjective read as an imperative with an enclitic
  (*portale* "porta+le", *segnale*, *originali*) counts only when it opens a clause; no
  imperative after a preposition or a determiner (*per causa di*).
- A 3rd-person modal is the reader's only when no one else is at hand
  (:mod:`chatwriter.register.subjects`: *può volerci*, *il pacco è partito e può
  arrivare*); a condition's verb is when the sentence tells the reader to act
  (:mod:`chatwriter.register.conditions`: *se ha ancora la ricevuta, mandami...*), and
  a 3rd-person condition makes *controlli* after it the Lei imperative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.conditions import (
    condition_evidence,
    condition_verb,
    elliptic_condition,
    fronted_condition,
    promote,
    third_person_condition,
)
from chatwriter.register.context import (
    CLAUSE_PUNCT,
    Quotes,
    following,
    in_question,
    looks_infinitive,
    opens_clause,
    previous,
    registers_of,
    scan,
    skip_back,
    starts_sentence,
    verb_words,
    verbs,
)
from chatwriter.register.it_idioms import (
    at_your_service,
    attention,
    greeted_reader,
    nobody_before,
    with_us,
    yours,
)
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight
from chatwriter.register.subjects import (
    happened,
    no_imperative_here,
    noun_subject,
    reader_marked,
    thing_does,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_INFORMAL = {
    "tu": "pronoun",
    "te": "pronoun",
    "ti": "pronoun",
    "voi": "pronoun",
    **dict.fromkeys(("tuo", "tua", "tuoi", "tue"), "possessive"),
    **dict.fromkeys(("vostro", "vostra", "vostri", "vostre"), "possessive"),
}
_COURTESY = {
    "Lei": "pronoun",
    "La": "pronoun",
    "Le": "pronoun",
    "Gliela": "pronoun",
    "Glielo": "pronoun",
    **dict.fromkeys(("Suo", "Sua", "Suoi", "Sue"), "possessive"),
}
_PROCLITICS = frozenset({"mi", "ci", "si", "gli", "le", "la", "lo", "li", "ne", "me", "ce", "se"})
_SUBJECTS = frozenset({"io", "lui", "lei", "noi", "loro", "Lei", "tu"})
_LEAD = frozenset({"per", "favore", "non", "e", "poi", "quindi", "allora", "intanto", "pure"})
_SUBORDINATORS = frozenset({"che", "quando", "se", "perché", "affinché", "finché", "appena"})
_INFINITIVE = ("are", "ere", "ire", "arre", "orre", "urre")
_CLIPPED = ("ar", "er", "ir", "r")  # inviar-mi, far-le
_ENCLITICS = ("glielo", "gliela", "gliene", "mele", "melo", "mi", "ti", "ci", "vi", "si",
              "lo", "la", "li", "le", "gli", "ne")  # fmt: skip
#: Endings of a verb of the 1st person the table may lack (ricontatteremo, inviamo).
_FIRST_PERSON_TAILS = ("iamo", "remo", "rò", "erò", "irò")
_OBJECT_START = frozenset(
    {"il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "un'", "questo",
     "questa", "quel", "quella", "tutto", "tutti", "tutta", "pure", "subito", "di", "che"}
)  # fmt: skip


def evidence(doc: Doc, region: str | None) -> list[Evidence]:
    table = verbs("it")
    out: list[Evidence] = []
    vocative: tuple[int, int] | None = None  # token range of "signora Ferri" in a greeting
    vocative_known = False
    words = verb_words("it", _worth_a_look, _WORDS)
    for tok, low in scan(doc, words, Quotes("«“", "»”"), _maybe_enclitic):
        kind = _INFORMAL.get(low)
        if kind is not None:
            if not (tok.text.isupper() and len(tok.text) > 1):  # TI: information technology
                out.append(_found(tok, INFORMAL, Weight.CERTAIN, kind))
            continue
        kind = _COURTESY.get(tok.text)
        if kind is not None:
            found = _courtesy(doc, tok, kind, table)
            if found is not None:
                out.append(found)
            continue
        if low in ("lei", "suo", "sua", "suoi", "sue"):
            if not vocative_known:
                vocative, vocative_known = greeted_reader(doc), True
            weight = Weight.WEAK
            if low != "lei" and vocative is not None and yours(doc, tok, vocative):
                weight = Weight.LIKELY  # Buongiorno signora Ferri, ho controllato la sua pratica
            elif low != "lei" and at_your_service(doc, tok) and nobody_before(doc, tok):
                weight = Weight.LIKELY  # a sua disposizione, grazie per la sua pazienza
            out.append(_found(tok, FORMAL, weight, "possessive" if low != "lei" else "pronoun"))
            continue
        if low in ("le", "la"):
            if not vocative_known:
                vocative, vocative_known = greeted_reader(doc), True
            found = _clitic(doc, tok, table, vocative)
            if found is not None:
                out.append(found)
            continue
        codes = table.get(low)
        if codes is None and low.endswith(_ENCLITICS) and len(low) > 5:
            codes = _enclitic(low, table)  # from the ending: maybe a participle (stimati)
            codes = codes | {"o"} if codes is not None else None
        if codes is not None:
            found = _verb(doc, tok, codes)
            if found is not None:
                out.append(found)
        elif low == "non":
            found = _negative_imperative(doc, tok)
            if found is not None:
                out.append(found)
    return promote(doc, out)


_WORDS = frozenset(
    {*_INFORMAL, *(w.lower() for w in _COURTESY), "lei", "suo", "sua", "suoi", "sue", "le",
     "la", "non"}
)  # fmt: skip


def _worth_a_look(codes: frozenset[str]) -> bool:
    heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    return bool(heads - {"1s", "1p", "1p!"}) or any("+" in r for r in codes)


def _maybe_enclitic(low: str) -> bool:
    return len(low) > 5 and low.endswith(_ENCLITICS)


def _courtesy(doc: Doc, tok: Token, kind: str, table: dict[str, frozenset[str]]) -> Evidence | None:
    if not starts_sentence(doc, tok.i):
        return _found(tok, FORMAL, Weight.CERTAIN, kind)
    if tok.text == "Lei":
        return _found(tok, FORMAL, Weight.LIKELY, kind)
    if tok.text in ("La", "Le"):
        nxt = following(doc, tok.i)
        codes = table.get(nxt.lower_, frozenset()) if nxt is not None else frozenset()
        if codes and "o" not in codes and "v" not in codes:  # La ringrazio, Le invio
            return _found(tok, FORMAL, Weight.LIKELY, kind)
        if not codes and nxt is not None and nxt.lower_.endswith(_FIRST_PERSON_TAILS):
            return _found(tok, FORMAL, Weight.LIKELY, kind)  # La ricontatteremo
        return None  # La fattura, Le istruzioni: the article
    return _found(tok, FORMAL, Weight.WEAK, kind)


#: Clitics that come first in a cluster; a "le" after them is the object ("them").
_CLUSTER_FIRST = frozenset({"me", "te", "ce", "ve", "se"})


def _clitic(
    doc: Doc, tok: Token, table: dict[str, frozenset[str]], vocative: tuple[int, int] | None
) -> Evidence | None:
    """Lower-case *le/la* before a verb of the 1st person: "to you / you" (le invio il
    modulo), unless the sentence has named a woman it could be (the reader greeted by
    title, *Buongiorno signora Conti, le confermo...*, is no such woman)."""
    nxt = following(doc, tok.i)
    codes = table.get(nxt.lower_, frozenset()) if nxt is not None else frozenset()
    heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    if not heads or not heads <= {"1s", "1p", "1p!"}:
        return None
    before = previous(doc, tok.i)
    if before is not None and before.lower_ in _CLUSTER_FIRST:
        return None  # te le ho accreditate, me le mandi: "le" is "them" after another clitic
    j = tok.i - 1
    while j >= 0 and doc[j].text not in (".", "?", "!"):
        if vocative is not None and vocative[0] <= j < vocative[1]:
            j -= 1
            continue
        if doc[j].lower_ in ("la", "lei", "signora", "sua", "collega") and j != tok.i:
            return _found(tok, FORMAL, Weight.WEAK, "pronoun")
        j -= 1
    return _found(tok, FORMAL, Weight.LIKELY, "pronoun")


def _enclitic(low: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """A tu-imperative or infinitive with enclitics the table lacks (inseriscilo): the
    base's imperative readings, each marked with the clitic."""
    for ending in _ENCLITICS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            codes = table.get(stem)
            if codes is None:
                continue
            person = "+c2s" if ending == "ti" else "+c2p" if ending == "vi" else "+c3"
            found = {r + person for r in codes if r in ("2s!", "2p!")}
            if found:
                return frozenset(found)
    return None


#: Verbs whose 3rd person says where the customer finds a thing (Trova il PDF nell'app).
_FIND = frozenset({"trova", "ritrova"})


def _verb(doc: Doc, tok: Token, codes: frozenset[str]) -> Evidence | None:
    readings = codes - {"o", "m"}
    heads = {r.partition("+")[0] for r in readings}
    registers = registers_of(codes)
    enclitic = bool(readings) and all("+" in r for r in readings)
    if enclitic and "o" in codes and not _opens(doc, tok):
        return None  # il portale, un segnale: the noun, not porta+le
    if enclitic and INFORMAL in registers and FORMAL not in registers:
        return _found(tok, INFORMAL, Weight.CERTAIN, "imperative")  # mandami, preoccuparti
    if "o" not in codes and heads and heads <= {"2s", "2ss", "2s!"} and heads & {"2s", "2ss"}:
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")  # puoi, hai, riceverai
    if tok.text[:1].isupper() and not starts_sentence(doc, tok.i):
        return None  # a name
    nxt = following(doc, tok.i)
    if nxt is not None and nxt.text in _SUBJECTS:
        return None
    question = in_question(doc, tok.i)
    modal = "3s" in heads and "m" in codes and nxt is not None and _subjectless(doc, tok)
    # dovrebbe/deve + infinitive is as often about a thing (dovrebbe funzionare)
    if (
        modal
        and looks_infinitive(nxt.text, _INFINITIVE, _CLIPPED)
        and (question or not _is_dovere(tok))
        and not thing_does(doc, nxt, "it")
        and (
            not noun_subject(doc, tok, "it", described=False) or reader_marked(doc, tok, nxt, "it")
        )
    ):
        return _found(tok, FORMAL, Weight.LIKELY, "verb")  # può inviarmi
    if not _opens(doc, tok):
        if condition_verb(doc, tok, "it", heads):
            return condition_evidence(tok)  # se ha ancora la ricevuta: the reader, if told
        return None
    before = previous(doc, tok.i)
    proclitic = before.lower_ if before is not None and before.lower_ in _PROCLITICS else None
    after_condition = _after_condition(doc, tok)
    if question:
        return _question(doc, tok, heads, nxt)
    if no_imperative_here(doc, tok, "it", proclitics_ok=True):
        return None  # per causa, una pena, la conta: a noun
    said = attention(doc, tok)
    if said is not None:
        return _found(tok, said, Weight.LIKELY, "imperative")  # Guarda, ...; Senta, ...
    if "3ss" in heads:
        # mandi, trovi: the Lei imperative or the tu present ("la trovi nella tua area"):
        # only si, the softener pure, non before a infinitive (non esiti a scriverci) or a
        # condition in the 3rd person before it (se non la trova, controlli) makes it the
        # imperative.
        told = after_condition and third_person_condition(doc, tok, "it")
        imperative = "2s" not in heads or proclitic == "si" or told
        imperative = imperative or (nxt is not None and nxt.lower_ == "pure" and proclitic)
        negated = proclitic or (before is not None and before.lower_ == "non" and _to_do(doc, nxt))
        if imperative and ("o" not in codes or proclitic or told):
            return _found(tok, FORMAL, Weight.LIKELY, "imperative")  # scriva, mi faccia
        if negated and "2s" in heads and not proclitic:
            return _found(tok, FORMAL, Weight.LIKELY, "imperative")  # non esiti a
    object_next = nxt is not None and (nxt.lower_ in _OBJECT_START or with_us(doc, nxt))
    bare = "2s!" in heads and "3ss" not in heads and not proclitic
    bare = bare and ("o" not in codes or with_us(doc, nxt))
    if tok.lower_ in _FIND and "3s" in heads:
        # "Trova la nuova carta nell'app": the Lei present "you'll find", the formula that
        # says where a thing is, as often as the tu imperative "find it": no evidence
        return None
    first = _first_in_sentence(doc, tok) or (after_condition and _elliptic(doc, tok))
    if bare and object_next and ("3s" not in heads or first):
        # after a comma "risulta tutto regolare" states: the tu imperative of -are verbs
        # reads like the 3rd person, so only a sentence's first word counts
        return _found(tok, INFORMAL, Weight.LIKELY, "imperative")  # controlla la rete
    return None


def _question(doc: Doc, tok: Token, heads: set[str], nxt: Token | None) -> Evidence | None:
    """Ha (già) ricevuto...?, Può...?: a question opening with a 3rd-person verb and a
    participle or an infinitive asks the reader."""
    if "3s" not in heads or nxt is None or not _subjectless(doc, tok):
        return None
    while nxt is not None and nxt.lower_ in ("già", "ancora", "mai", "anche", "pure"):
        nxt = following(doc, nxt.i)
    if nxt is None or happened(doc, nxt, "it"):
        return None  # È arrivato il tecnico?: the noun
    if nxt.lower_.endswith(("ato", "ata", "uto", "uta", "ito", "ita")) or looks_infinitive(
        nxt.text, _INFINITIVE, _CLIPPED
    ):
        return _found(tok, FORMAL, Weight.LIKELY, "verb")  # Ha (già) ricevuto...?
    return None


def _to_do(doc: Doc, nxt: Token | None) -> bool:
    """*a* or *di* and an infinitive after the verb (non esiti a scriverci)."""
    if nxt is None or nxt.lower_ not in ("a", "di"):
        return False
    after = following(doc, nxt.i)
    return after is not None and looks_infinitive(after.text, _INFINITIVE, _CLIPPED)


def _after_condition(doc: Doc, tok: Token) -> bool:
    """The verb opens the main clause after a condition or a time clause (Se non la
    trova, controlli...; Quando arriva, controlla...)."""
    before, _ = skip_back(doc, tok.i, _PROCLITICS)
    return before is not None and before.text == "," and fronted_condition(doc, before.i, "it")


def _elliptic(doc: Doc, tok: Token) -> bool:
    before, _ = skip_back(doc, tok.i, _PROCLITICS)
    return before is not None and elliptic_condition(doc, before.i, "it")


def _first_in_sentence(doc: Doc, tok: Token) -> bool:
    """First word of its sentence, after *per favore, allora, quindi* and a comma if any."""
    _, i = skip_back(doc, tok.i, _LEAD | {","})
    return starts_sentence(doc, i)


def _is_dovere(tok: Token) -> bool:
    return tok.lower_.startswith(("dev", "dov"))


def _negative_imperative(doc: Doc, tok: Token) -> Evidence | None:
    """*Non* + infinitive opening a clause is the tu imperative (non dimenticare di...)."""
    nxt = following(doc, tok.i)
    if nxt is None or not opens_clause(doc, tok.i, _LEAD):
        return None
    if nxt.lower_.endswith(_INFINITIVE) and not in_question(doc, tok.i):
        return Evidence(
            tok.idx,
            nxt.idx + len(nxt.text),
            doc.text[tok.idx : nxt.idx + len(nxt.text)],
            INFORMAL,
            Weight.LIKELY,
            "imperative",
        )
    return None


def _opens(doc: Doc, tok: Token) -> bool:
    # "se" before the verb and its clitics is "if" (se non la trova), not the clitic
    before, i = skip_back(doc, tok.i, (_PROCLITICS - {"se"}) | {"non"})
    if before is not None and before.lower_ in _SUBORDINATORS:
        return False
    return opens_clause(doc, i, _LEAD)


def _subjectless(doc: Doc, tok: Token) -> bool:
    before = previous(doc, tok.i)
    if before is not None and before.lower_ == "si":
        return False  # si può: impersonal
    before, _ = skip_back(doc, tok.i, _PROCLITICS | {"non", "già", "anche"})
    return before is None or before.text in CLAUSE_PUNCT or before.lower_ in _LEAD


def _found(tok: Token, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
