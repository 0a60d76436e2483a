"""The words a Romance conversion reads: the closed classes of a language (a
:class:`Lexicon`) and what a form is (a verb, a noun where a noun stands, an infinitive,
a participle)."""

from __future__ import annotations

from dataclasses import dataclass

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert.core import Context, Tok
from chatwriter.register.convert.tables import verbs


@dataclass(frozen=True)
class Lexicon:
    lang: str
    negation: frozenset[str]
    proclitics: frozenset[str]
    subordinators: frozenset[str]
    lead: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    third: frozenset[str]  # third-person subject pronouns (él, ele, lui, esto...)
    reader: frozenset[str]  # the reader as subject (usted, você, Lei)
    reader_objects: frozenset[str]  # the reader as object (le, lhe, Le, La)
    unaccusative: frozenset[str]  # lemmas whose subject follows them and is a thing
    ergative: frozenset[str]  # lemmas with a thing or a person as subject (terminar)
    modals: frozenset[str]  # lemmas that take an infinitive (poder, ir a, tener que)
    wishes: frozenset[str]  # modals that stand alone after "if" (si quiere, si gusta)
    copulas: frozenset[str]  # ser, estar, essere
    interrogatives: frozenset[str]  # qué, cuál: a fronted object, not a subject
    coordinators: frozenset[str]  # y, o, pero: a new clause as far as subjects go
    auxiliaries: frozenset[str]  # haber, ter, avere: the participle after them decides
    adverbs: frozenset[str]  # ya, já, già: between an auxiliary and its participle
    participles: tuple[tuple[str, str], ...]  # (ending, infinitive ending): ado -> ar
    infinitive: tuple[str, ...]
    informal_objects: frozenset[str] = frozenset()  # te, ti, contigo: the reader, informally
    reflexive: str = "se"  # se, si: reflexive, or impersonal
    formulas: frozenset[str] = frozenset()  # imperatives that are formulas (perdona, scusa)
    objects: frozenset[str] = frozenset()  # other words an object starts with (isso, tutto)
    relative: str = "que"


def participle_lemma(tok: Tok, lex: Lexicon) -> str | None:
    """The lemma of a past participle (podido -> poder, mandato -> mandare)."""
    table = verbs(lex.lang)
    for ending, infinitive in lex.participles:
        if tok.low.endswith(ending):
            lemma = tok.low[: -len(ending)] + infinitive
            if table.known(lemma):
                return lemma
    return None


def infinitive_lemma(tok: Tok, lex: Lexicon) -> str | None:
    """The lemma of an infinitive (with enclitics: enviarme, inviarmi, enviar-me)."""
    low = tok.low.split("-")[0]
    table = verbs(lex.lang)
    for cut in range(0, 7):
        stem = low[: len(low) - cut] if cut else low
        if stem.endswith(lex.infinitive) and table.known(stem):
            return stem
        if lex.lang == "it" and table.known(stem + "e") and stem.endswith(("ar", "er", "ir")):
            return stem + "e"
    return None


def noun_here(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    """A word that is also a noun or adjective (la fecha, a escolha, leve), standing where
    a noun stands: after a determiner or a preposition."""
    if "o" not in readings_table(lex.lang).get(tok.low, ()):
        return False
    before = ctx.prev(tok)
    if before is None or not (before.low in lex.determiners or before.low in lex.prepositions):
        return False
    agree = AGREEMENT.get((lex.lang, before.low))
    return agree is None or tok.low.endswith(agree)  # lo colleghi: a pronoun, not "the"


#: Italian articles that are pronouns too: the endings of the nouns they go with.
AGREEMENT = {("it", "lo"): ("o", "e"), ("it", "la"): ("a", "e"), ("it", "le"): ("e", "i"),
              ("it", "li"): ("i",), ("it", "gli"): ("i",)}  # fmt: skip


def is_verb(lang: str, low: str) -> bool:
    """A verb form by the conjugation table or the analysis table (which also holds the
    1st persons: *recomiendo*)."""
    if verbs(lang).readings(low):
        return True
    codes = readings_table(lang).get(low, frozenset())
    return bool(codes) and "o" not in codes


#: Verbs with an infinitive that still make imperatives (vuelve a conectarlo).
_PERIPHRASES = frozenset({"volver", "voltar", "intentar", "tentar", "acabar", "tornare"})


def informal_present(ctx: Context, lex: Lexicon, words: frozenset[str]) -> bool:
    """The message already addresses the reader informally somewhere (``words``: tú, tu,
    te...; or a verb that is only of the 2nd person): then *su, le, lhe, seu* are more
    likely someone else's, and they are left alone and reported, not changed."""
    table = verbs(lex.lang)
    for tok in ctx.tokens:
        if ctx.quoted(tok):
            continue
        if tok.bare in words:
            return True
        slots = table.slots(tok.low)
        only_you = slots and all(s[2:] == "2s" and s[:2] != "mp" for s in slots)
        if only_you and "o" not in readings_table(lex.lang).get(tok.low, ()):
            return True
    return False


def modal_use(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    """A modal with its infinitive (puede pagar, vai receber, tem de validar): a
    statement or question, never an imperative."""
    lemmas = {lem for lem, _ in verbs(lex.lang).readings(verb.low)}
    if not lemmas & (lex.modals - lex.wishes - _PERIPHRASES):
        return False
    nxt = ctx.next(verb)
    while nxt is not None and (
        nxt.low in lex.adverbs or nxt.low in ("primeiro", "primero", "prima")
    ):
        nxt = ctx.next(nxt)
    if nxt is not None and nxt.low in ("a", "de", "que", "di"):
        nxt = ctx.next(nxt)
    return nxt is not None and infinitive_lemma(nxt, lex) is not None
