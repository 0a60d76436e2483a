"""Portuguese: the registers differ by region.

- **Portugal**: informal is *tu* (*te, ti, contigo, teu, tua*, 2nd-person verbs: *podes,
  tens, envia-me*); formal is *o senhor / a senhora*, *você*, *si / consigo*, and the
  3rd-person verb of a request (*Pode enviar...?*, *envie-me*, *não se preocupe*).
- **Brazil**: the everyday register is *você* (informal here), with *te* and *teu* in
  speech and regional *tu*; formal is *o senhor / a senhora*. A 3rd-person verb or
  imperative serves both, so it is no evidence there.

Everywhere, *seu, sua, lhe* are weak (most often they are about someone else). Enclitics
are written with a hyphen (*envia-me*) and split here. In Portugal a 3rd-person request
or question (*pode enviar*, *Já recebeu a fatura?*) is the reader's only when no one else
is at hand (:mod:`chatwriter.register.subjects`: *pode demorar*, *a encomenda saiu e
pode chegar*), and so is a condition's verb when the sentence tells the reader to act
(:mod:`chatwriter.register.conditions`: *se precisar de ajuda, liga-me*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.conditions import (
    condition_evidence,
    condition_verb,
    elliptic_condition,
    promote,
)
from chatwriter.register.context import (
    CLAUSE_PUNCT,
    Quotes,
    following,
    in_question,
    looks_infinitive,
    name_like,
    opens_clause,
    previous,
    scan,
    skip_back,
    starts_sentence,
    verb_words,
    verbs,
)
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight
from chatwriter.register.pt_idioms import ATTENTION, WITH_US, having, seu_weight
from chatwriter.register.subjects import (
    no_imperative_here,
    noun_subject,
    reader_marked,
    thing_does,
    thing_verb,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_INFORMAL = {
    "tu": "pronoun",
    "te": "pronoun",
    "ti": "pronoun",
    "contigo": "pronoun",
    **dict.fromkeys(("teu", "tua", "teus", "tuas"), "possessive"),
}
_SENHOR = frozenset({"senhor", "senhora", "senhores", "senhoras"})
_CLITICS = frozenset({"me", "te", "se", "nos", "vos", "lhe", "lhes", "o", "a", "os", "as"})
_SUBJECTS = frozenset({"eu", "ele", "ela", "nós", "eles", "elas", "você", "o", "a"})
_LEAD = frozenset({"por", "favor", "não", "e", "então", "depois", "também", "já"})
_SUBORDINATORS = frozenset({"que", "quando", "se", "para", "embora", "até", "caso", "logo"})
_INFINITIVE = ("ar", "er", "ir", "ôr", "or")
#: Oaths shaped like a 3rd-person command with "se" ("foda-se"): no address.
_OATHS = frozenset({"foda-se", "dane-se", "lixe-se", "fodasse"})
_OBJECT_START = frozenset(
    {"o", "a", "os", "as", "um", "uma", "uns", "umas", "o seu", "este", "esta", "esse", "essa",
     "isto", "isso", "todo", "toda", "todos", "todas", "outro", "outra", "que", "de",
     "tranquilo", "tranquila", "à"}
)  # fmt: skip


def evidence(doc: Doc, region: str | None) -> list[Evidence]:
    brazil = region == "BR"
    table = verbs("pt")
    out: list[Evidence] = []
    words = verb_words("pt", _worth_a_look, _WORDS)
    for tok, low in scan(doc, words, Quotes("«“", "»”"), _hyphen_or_past):
        kind = _INFORMAL.get(low)
        if kind is not None:
            if not (tok.text.isupper() and len(tok.text) > 1):  # TI: information technology
                out.append(_found(tok, INFORMAL, Weight.CERTAIN, kind))
            continue
        if low in ("você", "vocês"):
            if low == "você":
                out.append(_found(tok, INFORMAL if brazil else FORMAL, _voce(brazil), "pronoun"))
            continue
        if low in _SENHOR:
            found = _senhor(doc, tok)
            if found is not None:
                out.append(found)
            continue
        if low in ("si", "consigo") and not brazil:
            found = _si(doc, tok)
            if found is not None:
                out.append(found)
            continue
        if low == "lhe":
            out.append(_lhe(doc, tok, table, brazil))
            continue
        if low in ("seu", "sua", "seus", "suas"):
            if not brazil:
                out.append(_found(tok, FORMAL, seu_weight(doc, tok), "possessive"))
            continue
        if "-" in low.strip("-"):
            found = _hyphenated(doc, tok, table, brazil)
        else:
            codes = table.get(low) or _past(doc, tok, brazil)
            found = _verb(doc, tok, codes, brazil) if codes is not None else None
        if found is not None:
            out.append(found)
    return promote(doc, out)


_WORDS = frozenset(
    {*_INFORMAL, *_SENHOR, "você", "vocês", "si", "consigo", "lhe", "seu", "sua", "seus", "suas"}
)


def _worth_a_look(codes: frozenset[str]) -> bool:
    heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    return bool(heads - {"1s", "1p", "1p!"})


def _hyphen_or_past(low: str) -> bool:
    return "-" in low or (low.endswith("ou") and len(low) > 5)


def _past(doc: Doc, tok: Token, brazil: bool) -> frozenset[str] | None:
    """A preterite in -ou the table lacks (reiniciou), asked after *já* in Portugal: the
    3rd person (Já reiniciou o router?)."""
    before = previous(doc, tok.i)
    if brazil or before is None or before.lower_ != "já" or not tok.is_alpha:
        return None
    return frozenset({"3s"}) if tok.lower_.endswith("ou") else None


def _voce(brazil: bool) -> Weight:
    # In Brazil você is the informal register itself; in Portugal it is the polite one, but
    # some readers find it curt, so it is likely rather than certain there.
    return Weight.CERTAIN if brazil else Weight.LIKELY


def _senhor(doc: Doc, tok: Token) -> Evidence | None:
    """*o senhor / a senhora* addressing the reader, or *senhor* as a vocative
    (*Peço desculpa, senhor.*, *Senhor Marcos, ...*); not "the lady who...", nor "o senhor
    Silva" (a third person)."""
    before = previous(doc, tok.i)
    nxt = following(doc, tok.i)
    if before is not None and before.lower_ in ("o", "a", "os", "as", "ao", "à", "do", "da"):
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in ("que", "do", "da")):
            return None  # o senhor Silva, a senhora que atendeu
        return _found(tok, FORMAL, Weight.LIKELY, "pronoun")
    vocative_before = before is None or before.text in (",", ".", "!", "?", ";", ":")
    name_after = nxt is not None and nxt.text[:1].isupper()
    vocative_after = nxt is None or nxt.text in (",", ".", "!", "?", ";") or name_after
    if vocative_before and vocative_after:
        return _found(tok, FORMAL, Weight.LIKELY, "pronoun")
    return None


def _lhe(doc: Doc, tok: Token, table: dict[str, frozenset[str]], brazil: bool) -> Evidence:
    """*lhe* before a verb of the 1st person (já lhe enviei) is "to you" in Portugal; in
    Brazil it serves você as well, so it stays weak there."""
    nxt = following(doc, tok.i)
    codes = table.get(nxt.lower_, frozenset()) if nxt is not None else frozenset()
    heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    if not brazil and heads and heads <= {"1s", "1p", "1p!"}:
        return _found(tok, FORMAL, Weight.LIKELY, "pronoun")
    return _found(tok, FORMAL, Weight.WEAK, "pronoun")


def _si(doc: Doc, tok: Token) -> Evidence | None:
    """Portugal's *para si, consigo* (with you); *consigo* + infinitive is "I manage"."""
    nxt = following(doc, tok.i)
    if tok.lower_ == "consigo":
        if nxt is not None and (
            looks_infinitive(nxt.text, _INFINITIVE) or nxt.lower_ in ("o", "a")
        ):
            return None
        return _found(tok, FORMAL, Weight.LIKELY, "pronoun")
    before = previous(doc, tok.i)
    if before is not None and before.lower_ in ("para", "a", "de", "por", "sobre", "entre"):
        return _found(tok, FORMAL, Weight.LIKELY, "pronoun")
    return None


def _hyphenated(
    doc: Doc, tok: Token, table: dict[str, frozenset[str]], brazil: bool
) -> Evidence | None:
    """envia-me, envie-me, inscreve-te: the verb and its enclitic pronouns."""
    if tok.lower_ in _OATHS:
        return None  # Foda-se, Dane-se: an oath, nobody is addressed
    verb, *clitics = tok.lower_.split("-")
    if not clitics or not all(
        c in _CLITICS or c in ("lo", "la", "los", "las", "no", "na") for c in clitics
    ):
        return None
    if "te" in clitics:
        return _found(tok, INFORMAL, Weight.CERTAIN, "clitic")
    codes = table.get(verb, frozenset())
    heads = {r.partition("+")[0] for r in codes} - {"o", "m"}
    if heads and heads <= {"2s", "2s!"} and "2s" in heads:
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")  # envias-me, podes-me
    if "lhe" in clitics and not brazil and _after_first_person(doc, tok, table, heads):
        return _found(tok, FORMAL, Weight.LIKELY, "clitic")  # podemos ligar-lhe, envio-lhe
    if "3s!" in heads and "2s!" not in heads:
        if brazil:
            return None
        return _found(tok, FORMAL, Weight.CERTAIN, "imperative")  # envie-me
    if "2s!" in heads and "3s!" not in heads and _opens(doc, tok):
        if "3s" in heads and in_question(doc, tok.i):
            return None  # Dá-lhe jeito terça? (it suits you): a question, no command
        nxt = following(doc, tok.i)
        if "3s" in heads and nxt is not None and looks_infinitive(nxt.text, _INFINITIVE):
            return None  # cumpre-nos informar, apraz-me comunicar: impersonal, "it falls to us"
        return _found(tok, INFORMAL, Weight.LIKELY, "imperative")  # envia-me
    modal = "3s" in heads and "m" in codes and not brazil and "se" not in clitics
    if modal and _subjectless(doc, tok):  # pode-se: impersonal
        return _found(tok, FORMAL, Weight.LIKELY, "verb")  # pode-me dizer
    return None


def _after_first_person(
    doc: Doc, tok: Token, table: dict[str, frozenset[str]], heads: set[str]
) -> bool:
    """The verb is of the 1st person, or an infinitive after one (vou ligar-lhe)."""
    if heads and heads <= {"1s", "1p", "1p!"}:
        return True
    before = previous(doc, tok.i)
    if before is None:
        return False
    codes = table.get(before.lower_, frozenset())
    before_heads = {r.partition("+")[0] for r in codes} - {"o", "m", "v"}
    return bool(before_heads) and before_heads <= {"1s", "1p", "1p!"}


#: Prepositions that are also verb forms (para: parar; entre: entrar; sobre: sobrar):
#: the preposition is what a reply means, far more often than not.
_PREPOSITIONS = frozenset({"para", "como", "sobre", "entre", "contra"})


def _verb(doc: Doc, tok: Token, codes: frozenset[str], brazil: bool) -> Evidence | None:
    if tok.lower_ in _PREPOSITIONS:
        return None
    heads = {r.partition("+")[0] for r in codes} - {"o", "m"}
    only_you = "o" not in codes and heads and heads <= {"2s", "2s!", "2p", "2p!"}
    if name_like(doc, tok):
        return None  # a name: "Sr. Gomes", "D. Fernanda"
    if only_you and (heads & {"2s", "2p"} or len(heads) == 1):  # podes, tens, recebeste
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")
    nxt = following(doc, tok.i)
    if nxt is not None and nxt.lower_ in _SUBJECTS - {"o", "a"}:
        return None
    question = in_question(doc, tok.i)
    if not brazil and _modal_request(doc, tok, codes, heads, nxt, question):
        return _found(tok, FORMAL, Weight.LIKELY, "verb")  # pode enviar
    if not brazil and question and "3s" in heads and _subjectless(doc, tok) and nxt is not None:
        after = following(doc, nxt.i) if nxt.lower_ == "a" else nxt
        if after is not None and looks_infinitive(after.text.split("-")[0], _INFINITIVE):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # está a referir-se...?
        if _asks(doc, tok, nxt):
            return _found(tok, FORMAL, Weight.LIKELY, "verb")  # Já recebeu a fatura?
    if not _opens(doc, tok):
        if not brazil and condition_verb(doc, tok, "pt", heads):
            return condition_evidence(tok)  # se precisar de ajuda: the reader, if told to act
        return None
    object_next = nxt is not None and (nxt.lower_ in _OBJECT_START or nxt.lower_ in WITH_US)
    if nxt is not None and nxt.lower_ == "a":
        after = following(doc, nxt.i)
        if after is not None and looks_infinitive(after.text.split("-")[0], _INFINITIVE):
            return None  # estive a ver, está a tratar: the progressive, not an imperative
    # after a preposition, a determiner or a clitic no negation leads (Brazil puts them
    # first: me chama), no imperative: por conta, uma pena
    command = not question and not no_imperative_here(doc, tok, "pt", proclitics_ok=brazil)
    said = ATTENTION.get(tok.lower_) if command and not brazil else None
    if said is not None and starts_sentence(doc, tok.i) and nxt is not None and nxt.text in ",!":
        return _found(tok, said, Weight.LIKELY, "imperative")  # Olha, ...; Olhe, ...
    if command and "3s!" in heads and "2s!" not in heads and not brazil:
        if "o" in codes and not object_next:
            return None
        return _found(tok, FORMAL, Weight.LIKELY, "imperative")  # envie, não se preocupe
    if command and "2s!" in heads and "3s!" not in heads and object_next:
        if "o" in codes and nxt.lower_ not in WITH_US:
            return None  # para isso: the preposition
        if "3s" in heads and not starts_sentence(doc, tok.i) and not _after_condition(doc, tok):
            return None  # ..., serve a presente: after a comma the statement is likelier
        if tok.lower_ == "tem" and having(doc, nxt):
            return None  # Tem toda a razão, Tem direito a, Tem de: (você) tem, a statement
        return _found(tok, INFORMAL, Weight.LIKELY, "imperative")  # envia a fatura
    if not brazil and condition_verb(doc, tok, "pt", heads):
        return condition_evidence(tok)  # quando for confirmado, receberá um e-mail
    return None


def _after_condition(doc: Doc, tok: Token) -> bool:
    """The verb opens the main clause after a condition (Se não, pede outro)."""
    before = previous(doc, tok.i)
    return before is not None and before.text == "," and elliptic_condition(doc, before.i, "pt")


def _asks(doc: Doc, tok: Token, nxt: Token) -> bool:
    """Portugal: a question opening with a 3rd-person verb and its object (Já recebeu o
    código?) asks the reader, unless a thing does the verb or a noun is its subject."""
    before, _ = skip_back(doc, tok.i, _CLITICS | {"não", "já", "ainda"})
    if before is not None and before.text not in ("?", ",", ";", ".", "!"):
        return False
    if nxt.lower_ not in _OBJECT_START - {"de", "que", "à"}:
        return False
    return not thing_verb("pt", tok.lower_) and not noun_subject(doc, tok, "pt")


def _modal_request(
    doc: Doc, tok: Token, codes: frozenset[str], heads: set[str], nxt: Token | None, question: bool
) -> bool:
    """A 3rd-person modal with an infinitive and no subject (pode enviar, gostaria de).
    gostaria, poderia are also "I would", and deve + infinitive is as often about a thing
    (deve chegar amanhã): those count only in a question."""
    if "3s" not in heads or "m" not in codes or nxt is None or not _subjectless(doc, tok):
        return False
    if not (looks_infinitive(nxt.text, _INFINITIVE) or nxt.lower_ == "de"):
        return False
    if nxt.lower_ != "de" and thing_does(doc, nxt, "pt"):
        return False  # pode demorar, pode haver, pode levar uns dias: a thing
    if noun_subject(doc, tok, "pt", described=False) and not reader_marked(doc, tok, nxt, "pt"):
        return False  # a encomenda saiu e pode...: the noun
    return question or not (tok.lower_.endswith("ia") or tok.lower_.startswith("dev"))


def _opens(doc: Doc, tok: Token) -> bool:
    before, i = skip_back(doc, tok.i, _CLITICS | {"não"})
    if before is not None and before.lower_ in _SUBORDINATORS:
        return False
    return opens_clause(doc, i, _LEAD)


def _subjectless(doc: Doc, tok: Token) -> bool:
    before = previous(doc, tok.i)
    if before is not None and before.lower_ == "se":
        return False  # pode-se, se pode: impersonal
    before, _ = skip_back(doc, tok.i, _CLITICS | {"não", "já", "também", "se"})
    return before is None or before.text in CLAUSE_PUNCT or before.lower_ in _LEAD


def _found(tok: Token, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
