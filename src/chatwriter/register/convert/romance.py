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

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok
from chatwriter.register.convert.periphrasis import going_on
from chatwriter.register.convert.romance_forms import (
    AGREEMENT,
    Lexicon,
    infinitive_lemma,
    informal_present,
    is_verb,
    modal_use,
    noun_here,
    participle_lemma,
)
from chatwriter.register.convert.tables import verbs

__all__ = ["MAYBE", "NO", "YES", "Lexicon", "addressed", "infinitive_lemma",
           "informal_imperative", "informal_present", "is_verb", "modal_use", "noun_here",
           "opens", "participle_lemma", "verb_position"]  # fmt: skip

YES, NO, MAYBE = "yes", "no", "maybe"


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
    if tok.low in lex.proclitics and tok.low in lex.determiners:
        nxt = ctx.next(tok)
        before = ctx.prev(tok)
        if lex.lang == "pt" and not (before is not None and before.low in _PT_ATTRACTORS):
            pass  # o desconto: in Portugal a pronoun comes first only after não, que, se...
        elif nxt is not None and is_verb(lex.lang, nxt.low) and not noun_here(ctx, nxt, lex):
            return False  # la aiuto, le ho mandato, lo reviso: a pronoun before its verb
    if tok.low in lex.determiners or tok.low in lex.third:
        return True
    return tok.text[:1].isupper() and not ctx.starts_sentence(tok) and not is_reader(tok, lex)


_PT_ATTRACTORS = frozenset(
    {"não", "nunca", "que", "se", "já", "também", "só", "ainda", "quando", "me", "te"}
)


def is_reader(tok: Tok | None, lex: Lexicon) -> bool:
    """*usted, você, Lei* (Italian only with its capital: lower-case *lei* is *she*)."""
    if tok is None:
        return False
    return tok.text in lex.reader or (lex.lang != "it" and tok.low in lex.reader)


def subject_before(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    """A noun phrase in the clause before the verb that no preposition governs."""
    a, _ = ctx.clause(verb)
    j = verb.i - 1
    while j >= a and (ctx.tokens[j].low in lex.proclitics or ctx.tokens[j].low in lex.negation):
        t = ctx.tokens[j]
        if t.low in lex.subordinators and (lex.lang != "pt" or not attracted(ctx, t)):
            break  # se o devolver: "se" is "if" here
        j -= 1  # the pronouns before the verb are no noun phrase
    while j >= a:
        t = ctx.tokens[j]
        if t.low == lex.relative and _after_noun(ctx, t, lex):
            inside = ctx.tokens[t.i + 1 : verb.i]
            if not any(w.is_word and is_verb(lex.lang, w.low) for w in inside):
                break  # the verb of the relative clause itself: see _relative
            j -= 1  # el cargo que ves ... es: the relative clause stands between
            continue
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


def _after_noun(ctx: Context, que: Tok, lex: Lexicon) -> bool:
    """*que/che* right after a noun (or *lo*): a relative pronoun, not a conjunction."""
    noun = ctx.prev(que)
    if noun is None or not noun.is_word or noun.low in lex.prepositions | lex.subordinators:
        return False
    if noun.low in ("lo", "o", "ciò", "quello") or not is_verb(lex.lang, noun.low):
        return True
    return "o" in readings_table(lex.lang).get(noun.low, ())  # el cargo que: a noun too


def earlier_subject(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    """An earlier clause of the sentence (before a comma or semicolon, not a colon) opens
    with a noun phrase: a subject the verb may share (*Tu hermana puede recogerlo; solo
    necesita...*). With a pronoun of the 1st person before the verb (*ci aiuta, me
    ayudaría*), a noun phrase that the clause just before ends with counts too: *Lasciaci
    una recensione, ci aiuta a migliorare* (the review helps)."""
    s, _ = ctx.sentence(verb)
    a, _ = ctx.clause(verb)
    before = ctx.prev(verb)
    us = before is not None and before.low in ("me", "nos", "ci", "mi", "ce")
    j, nearest = a - 1, True
    while j > s:
        mark = ctx.tokens[j]
        if mark.text == ":":
            return False
        if mark.text not in (",", ";"):
            j -= 1
            continue
        start, end = ctx.clause(ctx.tokens[j - 1])
        first = ctx.tokens[start]
        if first.low not in lex.subordinators:
            if noun_phrase_at(ctx, first, lex) and first.low not in lex.interrogatives:
                return True
            if us and nearest and _object_in(ctx, start + 1, end, lex):
                return True
        nearest = False
        j = start - 1
    return False


def _object_in(ctx: Context, a: int, b: int, lex: Lexicon) -> bool:
    """A noun phrase no preposition governs among tokens [a, b)."""
    return any(
        t.low in lex.determiners and not _governed(ctx, t, lex) and t.low not in lex.proclitics
        for t in ctx.tokens[a:b]
    )


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


def addressed(ctx: Context, verb: Tok, lex: Lexicon, reader_object: bool) -> str:
    """Whether a verb of the 3rd person singular has the reader as its subject: YES, NO
    or MAYBE (``reader_object``: the reader is named as an object in the clause)."""
    table = verbs(lex.lang)
    readings = table.readings(verb.low)
    if not any(slot.endswith("3s") for _, slot in readings):
        return NO
    before, nxt = ctx.prev(verb), ctx.next(verb)
    if (is_reader(before, lex) and not _governed(ctx, before, lex)) or is_reader(nxt, lex):
        return YES
    if (before is not None and before.low in lex.third) or (
        nxt is not None and nxt.low in lex.third
    ):
        return NO
    clitics = _proclitic_run(ctx, verb, lex)
    if reader_object or any(
        c.low in lex.informal_objects or c.text in ("Le", "La") for c in clitics
    ):
        return NO  # te llega, ti va bene, Le serve: the reader is the object
    if subject_before(ctx, verb, lex):
        return NO
    if _third_pronoun_before(ctx, verb, lex):
        return MAYBE  # Él ya sabe lo que tiene que hacer
    lemma_set = {lem for lem, slot in readings if slot.endswith("3s")}
    reflexive = any(c.low == lex.reflexive for c in clitics)
    if reflexive and not ctx.question(verb) and not _imperative_position(ctx, verb, lex):
        return MAYBE  # se arregla, si paga: impersonal or the reader's
    if lemma_set & lex.auxiliaries:
        participle = nxt
        while participle is not None and participle.low in lex.adverbs:
            participle = ctx.next(participle)
        inner = participle_lemma(participle, lex) if participle is not None else None
        if inner is not None:
            lemma_set, verb, nxt = {inner}, participle, ctx.next(participle)
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
            if inner in lex.unaccusative or earlier_subject(ctx, verb, lex):
                return MAYBE
            return YES
    if lemma_set & lex.copulas:
        if _relative(ctx, verb, lex):
            return NO
        if ctx.question(verb):
            return MAYBE if object_after(ctx, verb, lex) is not None else YES
        participle = nxt is not None and nxt.low.endswith(_PARTICIPLE_ENDINGS)
        return YES if subordinate(ctx, verb, lex) and not participle else MAYBE
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
    if (going := going_on(ctx, verb, lemma_set, lex)) is not None:
        return going  # si sigue fallando (a thing's verb), se continua a bloccarsi
    if lemma_set & lex.ergative and follows is not None:
        return MAYBE  # hasta que termine la descarga
    if earlier_subject(ctx, verb, lex):
        return MAYBE
    return YES


#: Endings of past participles: after a copula in a subordinate clause they say what
#: happened to a thing as often as to the reader (en cuanto esté hecho).
_PARTICIPLE_ENDINGS = ("ado", "ada", "ido", "ida", "ato", "ata", "ito", "ita", "uto", "uta",
                       "cho", "cha", "tto", "tta", "eito", "eita")  # fmt: skip


def _third_pronoun_before(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    """*él, ella, ele, lui* earlier in the sentence: a third person under discussion."""
    s, _ = ctx.sentence(verb)
    personal = {"él", "ella", "ele", "ela", "lui", "eles", "elas", "ellos", "ellas", "loro"}
    return any(t.low in personal and t.low in lex.third for t in ctx.tokens[s : verb.i])


def verb_position(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    """A word that is also a noun, adverb or adjective (tardes, desculpa, ancora, fa) is the
    verb only where a verb stands: opening its clause, after a pronoun, *no/não/non*, a
    subject pronoun or *y/e*, or before an infinitive or participle; never as a name
    (a capital inside a sentence)."""
    if tok.text[:1].isupper() and not ctx.starts_sentence(tok):
        return False
    if "o" not in readings_table(lex.lang).get(tok.low, ()):
        return True
    before, nxt = ctx.prev(tok), ctx.next(tok)
    if before is None or not before.is_word:
        return True
    if before.low in lex.determiners:
        agree = AGREEMENT.get((lex.lang, before.low))
        return agree is not None and not tok.low.endswith(agree)  # la compra; lo colleghi
    if before.low in lex.proclitics | lex.negation | lex.coordinators | lex.third | lex.reader:
        return True
    if before.low in lex.adverbs:
        return True  # já tinha, ya pagó
    return nxt is not None and bool(
        nxt.joined or infinitive_lemma(nxt, lex) or participle_lemma(nxt, lex)
    )


def _proclitic_run(ctx: Context, verb: Tok, lex: Lexicon) -> list[Tok]:
    out = []
    before = ctx.prev(verb)
    while before is not None and before.low in lex.proclitics:
        if lex.lang == "pt" and before.low == "se" and not attracted(ctx, before):
            break  # Se preferir, verifique se recebeu: the conjunction
        out.append(before)
        before = ctx.prev(before)
    return out


def attracted(ctx: Context, tok: Tok) -> bool:
    """A Portuguese pronoun before its verb needs a word that draws it there (não se
    preocupe, que se registe); otherwise *se* is the conjunction."""
    before = ctx.prev(tok)
    return before is not None and before.low in _PT_ATTRACTORS - {"se"}


def _clause_initial(ctx: Context, tok: Tok, lex: Lexicon) -> bool:
    before = ctx.prev(tok)
    return before is None or before.text in CLAUSE_END or before.low in lex.coordinators


def _imperative_position(ctx: Context, verb: Tok, lex: Lexicon) -> bool:
    return opens(ctx, verb, lex) and subordinate(ctx, verb, lex) is None


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


def informal_imperative(ctx: Context, tok: Tok, lex: Lexicon, last: dict[int, bool]) -> bool:
    """A tu imperative already (revisa, entra en, Perdona,): opening its clause or joined
    by *y/e* to one, asking nothing, with no pronoun before it and no infinitive after a
    modal. Converting a reply to the informal register leaves it alone."""
    if "mp2s" not in verbs(lex.lang).main_slots(tok.low) or modal_use(ctx, tok, lex):
        return False
    if {lem for lem, _ in verbs(lex.lang).readings(tok.low)} & lex.unaccusative:
        return False  # llega: an imperative or a statement; the subject model decides
    key = ctx.sentence(tok)[0]
    before = ctx.prev(tok)
    conjunct = before is not None and before.low in lex.coordinators and last.get(key)
    if (
        before is not None
        and before.low in lex.proclitics
        and not (lex.lang == "pt" and ctx.region == "BR")
    ):
        return False
    formula = bool({lem for lem, _ in verbs(lex.lang).readings(tok.low)} & lex.formulas)
    asking = ctx.question(tok) and not formula
    if ((opens(ctx, tok, lex) and subordinate(ctx, tok, lex) is None) or conjunct) and not asking:
        last[key] = True
        return True
    return False
