"""Italian: *tu* <-> *Lei*, with the courtesy capitals (*Lei, La, Le, Suo*) of the locale.

To *Lei*: *tu -> Lei*, *te* after a preposition *-> Lei*, *tuo -> Suo* (*da parte tua ->
da parte Sua*), *te lo, te l', te ne -> glielo, gliel', gliene*. *ti* is *si* as the
reflexive of a verb of the reader (*ti sei registrato -> si è registrato*), *Le* as an
indirect object (a verb with its object after it, *ti mando il link*; one that takes an
indirect object, *ti va bene, ti serve*; a passive, *ti è stato addebitato*; after
*che*, *il codice che ti ho mandato*), else *La* (*ti chiamo -> La chiamo*). Verbs of the
2nd person take the 3rd; the tu imperative becomes the Lei imperative (the present
subjunctive) with its pronouns before it (*mandami -> mi mandi*, *fammi sapere -> mi
faccia sapere*, *non preoccuparti -> non si preoccupi*, *registrati -> si registri*).

To *tu*: the reverse (see :mod:`it_informal`).

Both Italian locales (it-IT, it-CH) write the courtesy capitals (``COURTESY_CAPITALS``):
*La ringrazio, richiamarLa, il Suo ordine*.
"""

from __future__ import annotations

from chatwriter.register.convert import romance
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok, cap
from chatwriter.register.convert.it_words import enclitic, lemma_of, proclitic, split
from chatwriter.register.convert.tables import verbs
from chatwriter.register.convert.words import IT as LEX

#: Regions whose convention writes the courtesy forms with a capital (None: no region).
COURTESY_CAPITALS = {"IT": True, "CH": True, "SM": True, "VA": True, None: True}
_TUO = {"tuo": "Suo", "tua": "Sua", "tuoi": "Suoi", "tue": "Sue"}
#: Verbs whose person is an indirect object (Le): ti va bene, ti serve, ti arriva.
DATIVE = frozenset(
    {"andare", "servire", "piacere", "sembrare", "parere", "mancare", "convenire", "bastare",
     "dispiacere", "capitare", "succedere", "accadere", "arrivare", "restare", "rimanere",
     "spettare", "importare", "occorrere", "dire", "dare", "mandare", "inviare", "spedire",
     "scrivere", "rispondere", "telefonare", "chiedere", "domandare", "consigliare",
     "suggerire", "raccomandare", "confermare", "garantire", "offrire", "mostrare", "spiegare",
     "augurare", "rimborsare", "restituire", "rimandare", "inoltrare", "addebitare"}
)  # fmt: skip
FINITE = ("ip", "ii", "is", "if", "cp", "sp", "si")
_NO_IMPERATIVE = frozenset({"potere", "volere", "dovere", "sapere", "avere", "essere"})


def convert(ctx: Context) -> None:
    """To the formal register (the informal direction is it_informal's)."""
    _to_lei(ctx)


def courtesy(ctx: Context, word: str) -> str:
    """*lei, la, le, suo...* with the capital of the locale's convention."""
    return cap(word) if COURTESY_CAPITALS.get(ctx.region, True) else word


def finite(low: str, person: str) -> bool:
    return any(s[2:] == person and s[:2] in FINITE for s in verbs("it").slots(low))


# -- to Lei ------------------------------------------------------------------------------------
def _to_lei(ctx: Context) -> None:
    table = verbs("it")
    last: dict[int, bool] = {}
    for tok in ctx.tokens:
        low = tok.low
        if low == "tu":
            ctx.replace(tok, courtesy(ctx, "lei"))
        elif low in _TUO:
            ctx.replace(tok, courtesy(ctx, _TUO[low].lower()))
        elif low == "te":
            _te(ctx, tok)
        elif low == "ti" and not _negative_imperative(ctx, tok):
            _ti(ctx, tok, _verb_after(ctx, tok))
    for tok in ctx.tokens:
        if ctx.edited(tok) or not tok.is_word or romance.noun_here(ctx, tok, LEX):
            continue
        low = tok.low
        if low == "non":
            _negative(ctx, tok, last)
        elif finite(low, "2s") and not _imperative(ctx, tok, last):
            if _third_person(ctx, tok) or _lei_imperative(ctx, tok, last):
                continue  # che la spia diventi; mi mandi, non clicchi: not a tu verb
            found = table.shift(low, {"2s": "3s"}, FINITE, ("ip", "is", "if", "sp", "cp"))
            ctx.put(tok, found)
        elif "mp2s" in table.slots(_apostrophe(ctx, tok)) and _imperative(ctx, tok, last):
            _formal_imperative(ctx, tok, _apostrophe(ctx, tok), [], last)
        elif len(low) > 3 and (parts := split(low, table)) is not None:
            _enclitic(ctx, tok, parts, last)


def _apostrophe(ctx: Context, tok: Tok) -> str:
    """*Fa' attenzione*: the apostrophe is a token of its own here."""
    nxt = ctx.at(tok.i + 1)
    if nxt is not None and nxt.text in ("'", "’") and nxt.start == tok.end:
        return tok.low + "'"
    return tok.low


def _negative_imperative(ctx: Context, tok: Tok) -> bool:
    """*Non ti preoccupare*: the pronoun of a negative imperative (handled with it)."""
    before, verb = ctx.prev(tok), _verb_after(ctx, tok)
    return (
        before is not None
        and before.low == "non"
        and verb is not None
        and verbs("it").known(verb.low)
    )


def _third_person(ctx: Context, tok: Tok) -> bool:
    """A form of the 2nd person that is also another person's subjunctive, where that
    other person is meant: a subject before it (che la spia diventi), or *ti* before it
    after *che* (vuoi che ti invii: I send)."""
    slots = verbs("it").main_slots(tok.low)
    if not slots & {"sp1s", "sp3s"}:
        return False
    if romance.subject_before(ctx, tok, LEX):
        return True
    nxt = ctx.next(tok)
    if (nxt is not None and nxt.low in ("io", "noi", "lui", "loro")) or (
        nxt is not None and nxt.text == "lei"
    ):
        return True  # che La richiami io
    before = ctx.prev(tok)
    two = ctx.prev(before) if before is not None else None
    return before is not None and before.low == "ti" and two is not None and two.low == "che"


def _lei_imperative(ctx: Context, tok: Tok, last: dict[int, bool]) -> bool:
    """*Mi mandi, Non clicchi, Si registri*: the Lei imperative already (a tu imperative
    takes its pronouns after it, and *non* + infinitive). Opening a clause with nothing
    before it (*Controlli la cartella*) it may also be *tu controlli*: reported."""
    if "sp3s" not in verbs("it").main_slots(tok.low) or ctx.question(tok):
        return False
    before = ctx.prev(tok)
    while before is not None and before.low in LEX.proclitics - {"ti", "te"}:
        clitic = before
        before = ctx.prev(before)
        if romance.opens(ctx, clitic, LEX) or (before is not None and before.low == "non"):
            last[ctx.sentence(tok)[0]] = True
            return True
    if before is not None and before.low == "non" and romance.opens(ctx, before, LEX):
        last[ctx.sentence(tok)[0]] = True
        return True
    key = ctx.sentence(tok)[0]
    conjunct = before is not None and before.low in LEX.coordinators and last.get(key)
    if (romance.opens(ctx, tok, LEX) or conjunct) and romance.subordinate(ctx, tok, LEX) is None:
        if not conjunct:
            ctx.leave(
                tok,
                "imperative-or-statement",
                f"'{tok.text}' may be the Lei imperative or 'tu {tok.low}'",
            )
        last[key] = True
        return True
    return False


def _verb_after(ctx: Context, tok: Tok) -> Tok | None:
    nxt = ctx.next(tok)
    while nxt is not None and nxt.low in LEX.proclitics:
        nxt = ctx.next(nxt)
    return nxt


def _te(ctx: Context, tok: Tok) -> None:
    """*te l'ho -> gliel'ho*, *te la -> gliela*; *per te -> per Lei*."""
    nxt = ctx.next(tok)
    if nxt is not None and nxt.low in ("l'", "l’", "lo", "la", "li", "le", "ne"):
        cluster = (
            "gliel'" if nxt.low.startswith("l'") or nxt.low.startswith("l’") else "glie" + nxt.low
        )
        ctx.replace(tok, cluster, nxt)
        return
    ctx.replace(tok, courtesy(ctx, "lei"))


def _ti(ctx: Context, tok: Tok, verb: Tok | None, infinitive: str | None = None) -> str:
    """Which formal pronoun a *ti* is: *si* (reflexive), *Le* (indirect), *La*."""
    new = object_pronoun(ctx, tok, verb, infinitive)
    if infinitive is None:
        ctx.replace(tok, new if new == "si" else courtesy(ctx, new))
    return new


def object_pronoun(ctx: Context, tok: Tok, verb: Tok | None, infinitive: str | None) -> str:
    table = verbs("it")
    if verb is None:
        return "le"
    low = verb.low
    if (finite(low, "2s") and not _third_person(ctx, verb)) or (
        infinitive is not None and _reader_governs(ctx, tok)
    ):
        return "si"
    lemmas = {lem for lem, _ in table.readings(low)} | ({infinitive} if infinitive else set())
    participle = ctx.next(verb)
    if lemmas & {"essere", "venire"}:
        return "le"  # ti è stato addebitato, ti verrà chiesto: a passive
    if lemmas & {"avere"} and participle is not None:
        inner = romance.participle_lemma(participle, LEX)
        if inner is not None:
            lemmas, verb = {inner}, participle
    before = ctx.prev(tok)
    if lemmas & DATIVE or (before is not None and before.low == "che" and _relative(ctx, before)):
        return "le"
    return "le" if _object_follows(ctx, verb) else "la"


def _relative(ctx: Context, che: Tok) -> bool:
    before = ctx.prev(che)
    return before is not None and before.is_word and not verbs("it").readings(before.low)


def _object_follows(ctx: Context, verb: Tok) -> bool:
    """A direct object in the clause after the verb: a noun phrase no preposition governs,
    *di* + infinitive, *che*."""
    _, b = ctx.clause(verb)
    for t in ctx.tokens[verb.i + 1 : b]:
        before = ctx.prev(t)
        if t.low in ("che", "di") and before is not None and before.i == verb.i:
            return True
        determiner = t.low in LEX.determiners or t.low in ("l'", "l’", "un'", "un’")
        governed = before is not None and before.low in LEX.prepositions
        if determiner and t.low not in LEX.third and not governed:
            return True
    return False


def _reader_governs(ctx: Context, tok: Tok) -> bool:
    """An infinitive with *-ti* whose subject is the reader: after a verb of the 2nd
    person (puoi registrarti), in a negative imperative (non preoccuparti), or opening a
    clause."""
    before = ctx.prev(tok)
    while before is not None and before.low in ("di", "a", "per"):
        before = ctx.prev(before)
    if before is None or before.text in CLAUSE_END or before.low == "non":
        return True
    return finite(before.low, "2s")


def _imperative(ctx: Context, tok: Tok, last: dict[int, bool]) -> bool:
    """A tu imperative: opening its clause (or joined by *e* to one), asking nothing."""
    table = verbs("it")
    low = _apostrophe(ctx, tok)
    if "mp2s" not in table.slots(low):
        return False
    key = ctx.sentence(tok)[0]
    before = ctx.prev(tok)
    conjunct = before is not None and before.low in LEX.coordinators and last.get(key)
    if not (romance.opens(ctx, tok, LEX) or conjunct) or ctx.question(tok):
        return False
    if romance.modal_use(ctx, tok, LEX):
        return False
    nxt = ctx.next(tok)
    if nxt is not None and nxt.low in ("tu", "io", "lui", "lei", "noi"):
        return False
    if before is not None and before.low in LEX.proclitics:
        return False  # ci aiuta: an imperative takes its pronouns after it (aiutaci)
    lemmas = {lem for lem, s in table.readings(low) if s == "mp2s"}
    if lemmas & _NO_IMPERATIVE and "ip2s" in table.slots(low):
        return False  # puoi, vuoi, hai, sei: a statement (the imperatives are abbi, sii)
    only = not (table.slots(low) - {"mp2s", "ip2s"})
    if only or conjunct or low.endswith("'"):
        return True
    return _object_next(ctx, tok) or romance.addressed(ctx, tok, LEX, False) == romance.YES


def _object_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    if nxt is None:
        return False
    if nxt.text in ("«", "“", '"'):
        return True
    return (
        nxt.low in LEX.determiners
        or nxt.low in LEX.objects
        or nxt.low in ("su", "in", "nella", "nel")
    )


def _formal_imperative(
    ctx: Context, tok: Tok, low: str, clitics: list[str], last: dict[int, bool]
) -> None:
    """*manda* -> *mandi*; with pronouns: *mandami -> mi mandi* (ti -> si)."""
    table = verbs("it")
    lemma = (
        lemma_of(low.rstrip("'"), table)
        if low.rstrip("'") in ("fa", "da", "di", "sta", "va")
        else None
    )
    lemmas = {lemma} if lemma else {lem for lem, s in table.readings(low) if s == "mp2s"}
    found = sorted({table.form(lem, "sp3s") for lem in lemmas} - {None})
    if len(found) != 1:
        ctx.leave(tok, "unknown-verb", f"no Lei imperative of '{tok.text}' in the tables")
        return
    last[ctx.sentence(tok)[0]] = True
    new = found[0]
    if clitics:
        new = proclitic([_formal_clitic(ctx, c) for c in clitics]) + " " + new
    end = tok.end + 1 if low.endswith("'") and not tok.low.endswith("'") else None
    ctx.replace(tok, new, end=end)


def _formal_clitic(ctx: Context, clitic: str) -> str:
    return {"ti": "si", "te": "si"}.get(clitic, clitic)


def _enclitic(ctx: Context, tok: Tok, parts: tuple[str, list[str]], last: dict[int, bool]) -> None:
    base, clitics = parts
    table = verbs("it")
    if "mp2s" in table.slots(base) or base in ("fa", "da", "di", "sta", "va"):
        if _imperative_position(ctx, tok, last):
            _formal_imperative(ctx, tok, base, clitics, last)
        return
    if table.known(base) and "ti" in clitics:
        if len(clitics) == 2:  # mandartelo -> mandarglielo
            new = ["si" if _reader_governs(ctx, tok) else "gli", clitics[1]]
        else:
            pronoun = object_pronoun(ctx, tok, tok, base)
            new = [pronoun if pronoun == "si" else courtesy(ctx, pronoun)]
        ctx.replace(tok, enclitic(base, new))


def _imperative_position(ctx: Context, tok: Tok, last: dict[int, bool]) -> bool:
    key = ctx.sentence(tok)[0]
    before = ctx.prev(tok)
    conjunct = before is not None and before.low in LEX.coordinators and last.get(key)
    return (romance.opens(ctx, tok, LEX) or bool(conjunct)) and not ctx.question(tok)


def _negative(ctx: Context, tok: Tok, last: dict[int, bool]) -> None:
    """*Non preoccuparti -> Non si preoccupi*, *non esitare -> non esiti*, *Non ti
    preoccupare -> Non si preoccupi*: the negative imperative is *non* + the infinitive."""
    if not romance.opens(ctx, tok, LEX) or ctx.question(tok):
        return
    table = verbs("it")
    nxt = ctx.next(tok)
    clitics: list[Tok] = []
    while nxt is not None and nxt.low in (
        "ti",
        "mi",
        "ci",
        "lo",
        "la",
        "li",
        "le",
        "ne",
        "me",
        "te",
        "ce",
    ):
        clitics.append(nxt)
        nxt = ctx.next(nxt)
    if nxt is None:
        return
    parts = split(nxt.low, table) if not table.known(nxt.low) else (nxt.low, [])
    if parts is None or not table.known(parts[0]):
        if nxt.low.endswith(("are", "ere", "ire", "arti", "erti", "irti", "armi", "ermi", "irmi")):
            ctx.leave(nxt, "unknown-verb", f"'{nxt.text}' is not in the tables")
        return
    lemma, after = parts
    names = [c.low for c in clitics] + after
    formal = table.form(lemma, "sp3s")
    if formal is None:
        ctx.leave(nxt, "unknown-verb", f"no Lei imperative of '{lemma}' in the tables")
        return
    last[ctx.sentence(tok)[0]] = True
    pronouns = proclitic([_formal_clitic(ctx, c) for c in names])
    first = clitics[0] if clitics else nxt
    ctx.replace(first, (pronouns + " " if names else "") + formal, nxt)
