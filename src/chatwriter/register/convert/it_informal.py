"""Italian to *tu* (see :mod:`chatwriter.register.convert.it`).

*Lei -> tu* (*te* after a preposition), the courtesy *La, Le* (and *-La, -Le* after an
infinitive) *-> ti*, *Gliel'/Gliela/Gliene* opening a sentence *-> Te l'/Te la/Te ne*,
*Suo -> tuo*. The Lei imperative opening a clause (the present subjunctive) becomes the
tu imperative with its pronouns after it (*Mi mandi -> Mandami*, *Mi faccia sapere ->
Fammi sapere*, *Si registri -> Registrati*, *Non si preoccupi -> Non preoccuparti*); a
verb of the 3rd person whose subject is the reader takes the 2nd (see :mod:`romance`),
and its *si* is *ti*. Lower-case *lei, la, le, suo* are third persons and stay.
"""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert import romance
from chatwriter.register.convert.core import Context, Tok, cap
from chatwriter.register.convert.it import FINITE
from chatwriter.register.convert.it_words import enclitic, imperative, split
from chatwriter.register.convert.romance import MAYBE, YES
from chatwriter.register.convert.tables import verbs
from chatwriter.register.convert.words import IT as LEX

_SUO = {"Suo": "tuo", "Sua": "tua", "Suoi": "tuoi", "Sue": "tue"}
_GLIE = {"gliel'": "te l'", "gliel’": "te l’", "glielo": "te lo", "gliela": "te la", "glieli": "te li",
         "gliele": "te le", "gliene": "te ne"}  # fmt: skip
_PRONOUNS = frozenset({"mi", "ti", "ci", "vi", "si", "lo", "la", "li", "le", "gli", "ne", "me", "te",
                       "ce", "ve", "se", "La", "Le"})  # fmt: skip


def to_tu(ctx: Context) -> None:
    table = verbs("it")
    for tok in ctx.tokens:
        text = tok.text
        if text == "Lei":
            before = ctx.prev(tok)
            prep = before is not None and before.low in LEX.prepositions
            ctx.replace(tok, "te" if prep else "tu")
        elif text in ("La", "Le") and _courtesy_object(ctx, tok):
            ctx.replace(tok, "ti")
        elif text in _SUO and (not ctx.starts_sentence(tok) or _noun_next(ctx, tok)):
            ctx.replace(tok, _SUO[text])
        elif tok.low in _GLIE and ctx.starts_sentence(tok):
            ctx.replace(tok, _GLIE[tok.low])
        elif text.endswith(("La", "Le")) and len(text) > 4 and text[:-2].islower():
            base = text[:-2].lower()
            if table.known(base + "e") or table.known(base + "re"):
                ctx.replace(tok, tok.text[:-2] + "ti")  # richiamarLa -> richiamarti
    last: dict[int, bool] = {}
    for tok in ctx.tokens:
        if (
            ctx.edited(tok)
            or not tok.is_word
            or tok.low in _PRONOUNS
            or romance.noun_here(ctx, tok, LEX)
        ):
            continue
        if tok.low in LEX.third | {"io", "noi", "voi", "tu"} or tok.low in LEX.prepositions:
            continue
        if any(s.endswith("3s") for s in table.slots(tok.low)) and romance.verb_position(
            ctx, tok, LEX
        ):
            _verb(ctx, tok, last)
        elif (parts := split(tok.low, table)) and "mp2s" in table.slots(parts[0]):
            if romance.opens(ctx, tok, LEX):
                last[ctx.sentence(tok)[0]] = True  # collegalo e aspetta: tu imperatives
        elif not table.slots(tok.low) and _unknown_imperative(ctx, tok):
            ctx.leave(
                tok, "unknown-verb", f"'{tok.text}' looks like a Lei imperative the tables lack"
            )


def _unknown_imperative(ctx: Context, tok: Tok) -> bool:
    """*Non si disconnetta*: a word the tables lack after *(non) si* opening a clause."""
    before = ctx.prev(tok)
    if before is None or before.low != "si" or not tok.low.endswith(("a", "i")):
        return False
    return romance.opens(ctx, tok, LEX) and not verbs("it").known(tok.low)


def _after_preposition(ctx: Context, tok: Tok) -> bool:
    before = ctx.prev(tok)
    return before is not None and before.low in LEX.prepositions


def _courtesy_object(ctx: Context, tok: Tok) -> bool:
    """*La, Le* with a capital: the reader inside a sentence; at its start only before a
    verb (*La ringrazio*, not *La fattura*)."""
    if not ctx.starts_sentence(tok):
        return True
    nxt = ctx.next(tok)
    while nxt is not None and nxt.low in ("ne", "si"):
        nxt = ctx.next(nxt)
    if nxt is None:
        return False
    persons = {s[2:] for s in verbs("it").slots(nxt.low)}
    if persons & {"1s", "1p"}:
        return True  # La ringrazio, Le consiglio
    # Le è arrivato: a verb that is no noun too (not La fattura, Le istruzioni)
    return bool(persons) and "o" not in readings_table("it").get(nxt.low, ())


def _noun_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    return nxt is not None and nxt.is_word and not verbs("it").slots(nxt.low)


def _clitics_before(ctx: Context, tok: Tok) -> list[Tok]:
    out = []
    before = ctx.prev(tok)
    while before is not None and before.low in _PRONOUNS:
        out.insert(0, before)
        before = ctx.prev(before)
    return out


def _verb(ctx: Context, tok: Tok, last: dict[int, bool]) -> None:
    table = verbs("it")
    if romance.informal_imperative(ctx, tok, LEX, last):
        return  # controlla, clicca su: a tu imperative already
    slots = table.main_slots(tok.low)
    key = ctx.sentence(tok)[0]
    clitics = _clitics_before(ctx, tok)
    first = clitics[0] if clitics else tok
    before = ctx.prev(first)
    conjunct = before is not None and before.low in LEX.coordinators and last.get(key)
    negative = before is not None and before.low == "non"
    opens = romance.opens(ctx, tok, LEX) or conjunct
    subjunctive_first = "sp3s" in slots and not slots & {"ip3s", "ii3s", "is3s", "if3s", "cp3s"}
    if (
        subjunctive_first
        and opens
        and not ctx.question(tok)
        and romance.subordinate(ctx, tok, LEX) is None
    ):
        last[key] = True
        _imperative(ctx, tok, clitics, negative)
        return
    reader_object = any(c.text in ("La", "Le") for c in clitics) or _reader_object(ctx, tok)
    verdict = romance.addressed(ctx, tok, LEX, reader_object)
    if verdict == YES:
        found = table.shift(tok.low, {"3s": "2s"}, FINITE, ("ip", "is", "if", "sp", "cp"))
        if ctx.put(tok, found):
            for c in clitics:
                if c.low == "si":
                    ctx.replace(c, "ti")
    elif verdict == MAYBE:
        ctx.leave(tok, "third-person", f"the subject of '{tok.text}' may be the reader or a thing")


def _reader_object(ctx: Context, tok: Tok) -> bool:
    """*a Lei, per Lei* in the clause: the reader is no subject there."""
    a, b = ctx.clause(tok)
    return any(t.text == "Lei" and _after_preposition(ctx, t) for t in ctx.tokens[a:b])


def _imperative(ctx: Context, tok: Tok, clitics: list[Tok], negative: bool) -> None:
    """*Mi mandi -> Mandami*, *Non si preoccupi -> Non preoccuparti*, *Stia tranquillo ->
    Stai tranquillo*."""
    table = verbs("it")
    lemmas = {lem for lem, s in table.readings(tok.low) if s == "sp3s"}
    if len(lemmas) != 1:
        ctx.leave(tok, "ambiguous-verb", f"'{tok.text}' is the imperative of more than one verb")
        return
    lemma = lemmas.pop()
    names = []
    for c in clitics:
        low = c.low
        names.extend(_split_cluster(low))
    names = ["ti" if n == "si" else n for n in names]
    if negative:
        new = enclitic(lemma, names)
    else:
        form = imperative(table, lemma, joined=bool(names))
        if form is None:
            ctx.leave(tok, "unknown-verb", f"no tu imperative of '{lemma}' in the tables")
            return
        new = enclitic(form, names)
    first = clitics[0] if clitics else tok
    if ctx.starts_sentence(first):
        new = cap(new)
    ctx.replace(first, new, tok, exact=True)


def _split_cluster(low: str) -> list[str]:
    """*me* (of *me lo*) -> mi; *glie-* clusters stay whole."""
    return [{"me": "mi", "te": "ti", "ce": "ci", "ve": "vi", "se": "si"}.get(low, low)]


def convert(ctx: Context) -> None:
    """To the informal register."""
    to_tu(ctx)
