"""Who a Spanish, Portuguese or Italian verb is said of, for the register analysers.

The three languages leave the subject unsaid, so a 3rd-person verb (*puede, pode, può*)
is the reader (usted, você, Lei) only when no one else is at hand. What puts someone
else at hand, as a model:

- a verb a thing does (*llegar, quedar, ser*; *chegar*; *arrivare*: the unaccusatives of
  :mod:`chatwriter.register.convert.words` but the verbs of coming and going, which
  people do as often), a passive (*verse reflejado*), a length of time (*puede llevar
  unos días*, *può richiedere tre giorni*);
- a noun subject opening the verb's sentence or a main clause it continues after a comma
  or *y, e, pero* (*El abono está en marcha y, según el banco, puede tardar*); not one
  inside a condition, behind a preposition, or across a semicolon or a colon.

What keeps the reader, against a noun at hand: a 1st-person clitic (*puede enviarme*,
*me puede*) or the reader's own condition before it (*si lo desea, puede...*).

And where words are: a word right after a preposition or a determiner is no imperative
(*por desgracia, una pena, la cuenta*); nor, in Spanish and Portugal's Portuguese, one
right after a clitic unless a negation leads them (*no se preocupe*), and in Italian no
tu imperative after a clitic (the Lei imperative takes them: *mi scriva*).
"""

from __future__ import annotations

import gzip
import threading
from importlib import resources
from typing import TYPE_CHECKING

from chatwriter.register.context import following, previous, verbs
from chatwriter.register.convert.tables import Verbs
from chatwriter.register.convert.words import ES, IT, PT

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from chatwriter.register.convert.romance_forms import Lexicon

LEXICONS: dict[str, Lexicon] = {"es": ES, "pt": PT, "it": IT}

#: Unaccusatives that people do as often as things (puede venir, pode sair, può passare).
_MOVES = frozenset(
    {"venir", "salir", "volver", "entrar", "pasar", "ir", "vir", "sair", "voltar", "passar",
     "venire", "uscire", "andare", "tornare", "partire", "passare"}
)  # fmt: skip
#: Infinitives a thing is the subject of besides those (puede haber, può esserci).
_THING_INFINITIVES = frozenset(
    {"haber", "haver", "esserci", "volerci", "metterci", "verse", "ver-se", "vedersi"}
)
#: Verbs that take a length of time as object when a thing is their subject.
_TIME_VERBS = frozenset(
    {"tardar", "demorar", "durar", "llevar", "tomar", "requerir", "levar", "requerer",
     "richiedere", "impiegare", "durare", "prendere"}
)  # fmt: skip
_UNITS = frozenset(
    {"minuto", "minutos", "hora", "horas", "día", "días", "semana", "semanas", "mes", "meses",
     "dia", "dias", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane",
     "mese", "mesi", "momento", "rato"}
)  # fmt: skip
#: Adjectives that make estar / stare the reader's (puede estar tranquilo).
_AT_EASE = ("tranquil", "segur", "sicur", "descansad")
#: Clitics of the 1st person: a request to the writer (enviarme, inviarmi, enviar-me).
_FIRST = {"es": ("me", "nos"), "pt": ("me", "nos"), "it": ("mi", "ci", "ce", "me")}
_WISHES = ("quier", "dese", "prefier", "gust", "quer", "desej", "prefer", "vuol", "vuole",
           "desider", "preferisc")  # fmt: skip
SENTENCE = frozenset({".", "!", "?", "…", ";", ":"})
_LOCK = threading.Lock()
_THINGS: dict[str, Verbs] = {}


def things(lang: str) -> Verbs:
    """The finite forms of the verbs a thing may do (llegó, arriva, chegou; sigue, cambia,
    viene: the ergatives and the verbs of coming and going too, since a finite verb's
    subject may follow it), read once from the conjugation table: only those rows, so it
    costs a few milliseconds."""
    found = _THINGS.get(lang)
    if found is None:
        with _LOCK:
            found = _THINGS.get(lang)
            if found is None:
                lex = LEXICONS[lang]
                lemmas = lex.unaccusative | lex.ergative | lex.copulas | {"haber", "haver"}
                found = _THINGS[lang] = Verbs(_rows(lang, lemmas))
    return found


#: Per language, the infinitives a thing does: unaccusatives but the moves.
_THING_LEMMAS = {
    lang: (lex.unaccusative | {"haber", "haver"}) - _MOVES for lang, lex in LEXICONS.items()
}


def _rows(lang: str, lemmas: frozenset[str]) -> list[str]:
    path = resources.files("chatwriter.register").joinpath("data", f"{lang}.conj.tsv.gz")
    if not path.is_file():
        return []
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [r for r in text.splitlines() if r.split("\t", 1)[0] in lemmas or r[:6] == "lemma\t"]


def thing_verb(lang: str, low: str) -> bool:
    """A finite form of a verb a thing does (llega, funciona, arriva, chegou)."""
    return bool(things(lang).readings(low))


def happened(doc: Doc, participle: Token, lang: str) -> bool:
    """A participle of a verb a thing may do with its noun after it (¿Ha llegado el
    paquete?, È arrivato il tecnico?): the noun is the subject, not the reader."""
    nxt = following(doc, participle.i)
    if nxt is None or nxt.lower_ not in LEXICONS[lang].determiners:
        return False
    return thing_participle(lang, participle.lower_)


def thing_participle(lang: str, low: str) -> bool:
    """A participle of a verb a thing may do (llegado, arrivato, chegado)."""
    lex = LEXICONS[lang]
    lemmas = lex.unaccusative | lex.ergative | lex.copulas
    return any(
        low.endswith(end) and low[: -len(end)] + inf in lemmas for end, inf in lex.participles
    )


def infinitive_lemma(lang: str, low: str) -> tuple[str, str]:
    """The lemma of an infinitive and its enclitics (verse -> ver, se; inviarmi ->
    inviare, mi; enviar-me -> enviar, me)."""
    low = low.replace("-", "")
    ends = LEXICONS[lang].infinitive
    for cut in range(0, 7):
        stem, tail = (low[:-cut], low[-cut:]) if cut else (low, "")
        if lang == "it" and stem.endswith(("ar", "er", "ir")) and tail:
            return stem + "e", tail
        if stem.endswith(ends):
            return stem, tail
    return low, ""


def thing_does(doc: Doc, inf: Token, lang: str) -> bool:
    """The infinitive after a modal says what a thing does: a verb of happening (puede
    llegar, pode chegar, può arrivare), a passive (verse reflejado, ser procesado), a
    length of time (puede llevar unos días). *estar tranquilo* is the reader's."""
    low = inf.lower_
    if low in _THING_INFINITIVES:
        return True
    lemma, tail = infinitive_lemma(lang, low)
    nxt = following(doc, inf.i)
    if lemma in ("ser", "estar", "essere", "stare") and not tail:
        return nxt is None or not nxt.lower_.startswith(_AT_EASE)  # puede estar tranquilo
    if lemma in _THING_LEMMAS[lang] and not tail:
        return True
    if tail in ("se", "si") and nxt is not None and _participle(nxt.lower_, lang):
        return True  # reflejarse anulado, aggiornarsi
    if lemma in _TIME_VERBS:
        tok = nxt
        for _ in range(4):
            if tok is None or (not tok.is_alpha and not tok.like_num):
                return False
            if tok.lower_ in _UNITS:
                return True
            tok = following(doc, tok.i)
    return False


def _participle(low: str, lang: str) -> bool:
    return any(low.endswith(ending) for ending, _ in LEXICONS[lang].participles)


def noun_subject(
    doc: Doc, tok: Token, lang: str, sentences: int = 1, described: bool = True
) -> bool:
    """A noun subject opens the sentence of ``tok`` or a main clause it continues after a
    comma or a coordinator: a determiner or a 3rd-person pronoun first in that clause
    (after adverbs), not behind a preposition, not in a condition (*si el pedido no
    llega, puede...*), not a time (*una vez guardado, el lunes*). Semicolons and colons
    end a sentence here; with ``sentences=2`` the sentence before counts too (*El
    control es compatible. Si no lo detecta...*). With ``described=False`` a noun that a
    copula describes is no subject for the next clause (*El total es de 20 € y puede
    pagarlo...*: the reader pays)."""
    end = tok.i
    for _ in range(sentences):
        start = end - 1
        while start >= 0 and doc[start].text not in SENTENCE:
            if "\n" in doc[start].whitespace_:
                break
            start -= 1
        if _opens_with_noun(doc, start + 1, end, lang, described):
            return True
        if start < 0:
            break
        end = start
    return False


def _opens_with_noun(doc: Doc, start: int, end: int, lang: str, described: bool) -> bool:
    lex = LEXICONS[lang]
    clause_start, relative, subject = True, False, False
    for k in range(start, end):
        word = doc[k]
        low = word.lower_
        if word.is_space or low in ("¿", "¡", '"', "«", "(") or (clause_start and low in _ADVERBS):
            continue
        if low == "," or low in lex.coordinators:
            clause_start, relative = True, relative and low == ","
            continue
        if clause_start and (low in lex.third or (low in lex.determiners and _noun(doc, k, lang))):
            subject = True
            if described:
                return True
        elif subject and low == lex.relative:
            relative = True  # el técnico, que está de camino, ...: the copula is the relative's
        elif subject and low in _COPULAS and not relative:
            subject = False  # El total es de 20 €, y puede pagarlo: described, not acting
        clause_start = False
    return subject


_COPULAS = frozenset(
    {"es", "son", "está", "están", "fue", "era", "estaba", "será", "estará", "sido", "queda",
     "quedó", "é", "são", "estão", "foi", "estava", "fica", "ficou", "è", "sono", "sarà",
     "stato", "stata", "resta", "risulta", "resulta"}
)  # fmt: skip
#: Nouns of time: a determiner before them makes an adverbial (una vez, el lunes).
_TIMES = frozenset(
    {"vez", "veces", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
     "próxima", "próximo", "mañana", "tarde", "noche", "altura", "volta", "vezes",
     "segunda", "terça", "quarta", "quinta", "sexta", "manhã", "lunedì", "martedì",
     "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "prossima", "prossimo",
     "mattina", "sera", "settimana"}
    | _UNITS
)  # fmt: skip


_ADVERBS = frozenset(
    {"ya", "además", "también", "hoy", "ahora", "normalmente", "já", "também", "hoje",
     "agora", "già", "anche", "oggi", "ora", "solo", "só"}
)  # fmt: skip


def _noun(doc: Doc, k: int, lang: str) -> bool:
    """The word after a determiner is a noun, not the verb of a clitic (la hemos enviado)."""
    nxt = following(doc, k)
    if nxt is None or not nxt.is_alpha or nxt.lower_ in _AUXILIARIES or nxt.lower_ in _TIMES:
        return False
    codes = verbs(lang).get(nxt.lower_)
    return codes is None or "o" in codes


_AUXILIARIES = frozenset(
    {"he", "ha", "has", "hemos", "han", "ho", "hai", "abbiamo", "hanno", "tenho", "tem",
     "temos", "têm", "hei", "há"}
)  # fmt: skip


def reader_marked(doc: Doc, tok: Token, inf: Token | None, lang: str) -> bool:
    """The modal is said to the reader whatever else is at hand: a 1st-person clitic on
    the infinitive or before the modal (puede enviarme, me puede, può inviarmi), or the
    reader's condition right before (si lo desea, puede...; se vuole, può...)."""
    first = _FIRST[lang]
    if inf is not None and infinitive_lemma(lang, inf.lower_)[1].startswith(first):
        return True
    before = previous(doc, tok.i)
    if before is not None and before.lower_ in first:
        return True
    if before is None or before.text != ",":
        return False
    j, seen = before.i - 1, 0
    while j >= 0 and seen < 4 and doc[j].text not in SENTENCE and doc[j].text != ",":
        if doc[j].lower_.startswith(_WISHES):
            k = j - 1
            while k >= 0 and doc[k].lower_ in LEXICONS[lang].proclitics:
                k -= 1
            return k >= 0 and doc[k].lower_ in ("si", "se")
        j, seen = j - 1, seen + 1
    return False


def wish(tok: Token) -> bool:
    """A verb of wishing (quiere, desea, prefiere, quer, vuole): *quiere que* is the reader's
    wish; *puede que* is "maybe"."""
    return tok.lower_.startswith(_WISHES)


def no_imperative_here(doc: Doc, tok: Token, lang: str, proclitics_ok: bool = False) -> bool:
    """The word before rules out an imperative: a preposition or a determiner (por
    desgracia, una pena, la cuenta), or a clitic with no negation leading it (lo revisa
    el técnico), unless ``proclitics_ok`` (the Italian Lei imperative: mi scriva)."""
    lex = LEXICONS[lang]
    before = previous(doc, tok.i)
    if before is None:
        return False
    low = before.lower_
    if low in lex.proclitics:
        if proclitics_ok:
            return False
        j = before
        while j is not None and j.lower_ in lex.proclitics:
            j = previous(doc, j.i)
        return j is None or j.lower_ not in lex.negation
    return low in lex.prepositions or low in lex.determiners
