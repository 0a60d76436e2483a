"""What Spanish, Portuguese and Italian share: a verb's subject may go unsaid.

In a formal reply *puede*, *pode*, *può* may address the reader (usted, você, Lei) or
say something of a third person. The model here reads the clause around the verb:

- an explicit subject decides (*usted puede* yes; *el pedido puede*, *él puede* no); so
  does a noun phrase before the verb that no preposition governs;
- the reader named as an object in the clause (*le/lhe/Le*, *con usted*) is no subject;
- a verb opening its clause in the subjunctive is the formal imperative (*envíe*, *mi
  mandi*): the reader;
- a verb that happens to a thing (an *unaccusative*: arrive, leave, expire, work...) with
  a noun phrase after it has that noun phrase as subject (*llega el paquete*); with none,
  it may be either (*llega mañana*): left alone and reported;
- any other verb with no subject before it is the reader's (*recibirá la factura*: the
  noun phrase after it is its object); after a relative *que* it is the reader's only if
  nothing follows that could be the object (*el correo que usó* yes; *alguien que diga
  ser*: no);
- a modal with an infinitive (*puede enviar*, *va a recibir*) follows the infinitive.

Each language gives its words in a :class:`Lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok
from chatwriter.register.convert.tables import verbs

YES, NO, MAYBE = "yes", "no", "maybe"


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
    formulas: frozenset[str] = frozenset()  # imperatives that are formulas (perdona, scusa)
    objects: frozenset[str] = frozenset()  # other words an object starts with (isso, tutto)
    relative: str = "que"


def opens(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    """The verb opens its clause, past negation and clitics: after a mark, at the start,
    or after a lead word (*y, por favor, pero*); not after a subordinator."""
    before = ctx.prev(tok)
    while before is not None and (before.low in lex.proclitics or before.low in lex.negation):
        before = ctx.prev(before)
    while before is not None and before.low in lex.lead:
        if before.low in lex.subordinators:
            return False
        before = ctx.prev(before)
    if before is not None and before.low in lex.subordinators:
        return False
    return before is None or before.text in CLAUSE_END or ctx.newline_before(tok)


def negated(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    before = ctx.prev(tok)
    while before is not None and before.low in lex.proclitics:
        before = ctx.prev(before)
    return before is not None and before.low in lex.negation


def subordinate(ctx: Context, tok: Tok, lex: Lexicon) -> Tok | None:
    """The subordinator that opens the verb's clause (si, cuando, que...), if any."""
    a, _ = ctx.clause(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if t.low in lex.subordinators:
            return t
    return None


def noun_phrase_at(ctx: Context, tok: Tok | None, lex: Lexicon) -> bool:
    """A noun phrase starts here: a determiner, a third-person pronoun or a name."""
    if tok is None or not tok.is_word:
        return False
    if tok.low in lex.determiners or tok.low in lex.third:
        return True
    return tok.text[:1].isupper() and not ctx.starts_sentence(tok) and tok.low not in lex.reader


def subject_before(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    """A noun phrase in the clause before the verb that no preposition governs."""
    a, _ = ctx.clause(verb)
    j = verb.i - 1
    while (
        j >= a
        and ctx.tokens[j].low not in lex.subordinators
        and (ctx.tokens[j].low in lex.proclitics or ctx.tokens[j].low in lex.negation)
    ):
        j -= 1  # se o devolver: the pronouns before the verb are no noun phrase
    while j >= a:
        t = ctx.tokens[j]
        if t.low in lex.subordinators or t.low in lex.coordinators:
            break
        asking = ctx.question(verb)
        if t.low in lex.interrogatives and asking:
            j -= 1
            continue
        if noun_phrase_at(ctx, t, lex) and not _governed(ctx, t, lex):
            before = ctx.prev(t)
            if not (before is not None and before.low in lex.interrogatives and asking):
                return True
        j -= 1
    return False


def _governed(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    before = ctx.prev(tok)
    return before is not None and (
        before.low in lex.prepositions or before.low.endswith(("'", "’"))
    )


def object_after(ctx: Context, verb: Tok, lex: Lexicon) -> Tok | None:
    """What stands right after the verb if it can be its object or subject: a noun
    phrase, a number, a quoted label; None for a preposition, an adverb, a mark."""
    nxt = ctx.next(verb)
    if nxt is None:
        return None
    if noun_phrase_at(ctx, nxt, lex) or nxt.text[:1].isdigit() or nxt.text in ("«", "“", '"'):
        return nxt
    return None


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


def addressed(ctx: Context, verb: Tok, lex: Lexicon, reader_object: bool) -> str:
    """Whether a verb of the 3rd person singular has the reader as its subject: YES, NO
    or MAYBE (``reader_object``: the reader is named as an object in the clause)."""
    table = verbs(lex.lang)
    readings = table.readings(verb.low)
    if not any(slot.endswith("3s") for _, slot in readings):
        return NO
    before, nxt = ctx.prev(verb), ctx.next(verb)
    if (before is not None and before.low in lex.reader and not _governed(ctx, before, lex)) or (
        nxt is not None and nxt.low in lex.reader
    ):
        return YES
    if (before is not None and before.low in lex.third) or (
        nxt is not None and nxt.low in lex.third
    ):
        return NO
    if reader_object:
        return NO
    if subject_before(ctx, verb, lex):
        return NO
    lemma_set = {lem for lem, slot in readings if slot.endswith("3s")}
    if lemma_set & lex.auxiliaries:
        participle = nxt
        while participle is not None and participle.low in lex.adverbs:
            participle = ctx.next(participle)
        inner = participle_lemma(participle, lex) if participle is not None else None
        if inner is not None:
            lemma_set, verb, nxt = {inner}, participle, ctx.next(participle)
    if lemma_set & lex.copulas:
        if _relative(ctx, verb, lex):
            return NO
        return YES if ctx.question(verb) or subordinate(ctx, verb, lex) else MAYBE
    if lemma_set & lex.wishes and (nxt is None or not nxt.is_word) and subordinate(ctx, verb, lex):
        return YES  # si quiere, si gusta
    after = nxt
    if after is not None and after.low == "a" and lex.lang in ("es", "pt"):
        after = ctx.next(after)  # va a recibir, está a tratar
    elif after is not None and after.low in ("de", "que") and lemma_set & lex.modals:
        after = ctx.next(after)  # tiene que verificar, ho bisogno di
    if lemma_set & lex.modals and after is not None:
        inner = infinitive_lemma(after, lex)
        if inner is not None:
            return MAYBE if inner in lex.unaccusative else YES
    unaccusative = bool(lemma_set & lex.unaccusative)
    if (
        before is not None
        and before.low in lex.interrogatives
        and ctx.question(verb)
        and lemma_set & (lex.unaccusative | lex.ergative)
    ):
        return NO  # qué pasó: the question word is the subject
    follows = object_after(ctx, verb, lex)
    if _relative(ctx, verb, lex):
        if (
            unaccusative
            or follows is not None
            or (after is not None and infinitive_lemma(after, lex))
        ):
            return NO  # el código que aparece; alguien que diga ser del banco
        return YES  # el correo que usó en la compra
    if unaccusative:
        return NO if follows is not None else MAYBE
    if lemma_set & lex.ergative and follows is not None:
        return MAYBE  # hasta que termine la descarga
    return YES


def _relative(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    """The verb comes right after a relative *que/che* that follows a noun (not *de que,
    para que*, nor *que* after a verb)."""
    before = ctx.prev(verb)
    while before is not None and before.low in lex.proclitics | lex.negation:
        before = ctx.prev(before)
    if before is None or before.low != lex.relative:
        return False
    noun = ctx.prev(before)
    while noun is not None and noun.joined:
        noun = ctx.prev(noun)  # recomendo-lhe que: the verb before its pronoun
    if noun is not None and noun.text == ",":
        return True  # la app, que es más rápida
    if noun is None or not noun.is_word or noun.low in lex.prepositions | lex.subordinators:
        return False
    return not is_verb(lex.lang, noun.low)


def noun_here(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    """A word that is also a noun or adjective (la fecha, a escolha, leve), standing where
    a noun stands: after a determiner or a preposition."""
    if "o" not in readings_table(lex.lang).get(tok.low, ()):
        return False
    before = ctx.prev(tok)
    if before is None or not (before.low in lex.determiners or before.low in lex.prepositions):
        return False
    agree = _AGREEMENT.get((lex.lang, before.low))
    return agree is None or tok.low.endswith(agree)  # lo colleghi: a pronoun, not "the"


#: Italian articles that are pronouns too: the endings of the nouns they go with.
_AGREEMENT = {("it", "lo"): ("o", "e"), ("it", "la"): ("a", "e"), ("it", "le"): ("e", "i"),
              ("it", "li"): ("i",), ("it", "gli"): ("i",)}  # fmt: skip


def is_verb(lang: str, low: str) -> bool:
    """A verb form by the conjugation table or the analysis table (which also holds the
    1st persons: *recomiendo*)."""
    if verbs(lang).readings(low):
        return True
    codes = readings_table(lang).get(low, frozenset())
    return bool(codes) and "o" not in codes
