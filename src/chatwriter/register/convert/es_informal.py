"""Spanish to *tú* (see :mod:`chatwriter.register.convert.es`)."""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert import romance
from chatwriter.register.convert.core import Context, Tok
from chatwriter.register.convert.es import (
    ACCUSATIVE,
    AMERICAS,
    PEOPLE,
    PERSON_VERBS,
    USTED,
    closed,
    conjunct,
    noun_here,
    verb_context,
)
from chatwriter.register.convert.es_words import ENCLITICS, attach, split
from chatwriter.register.convert.romance import MAYBE, YES
from chatwriter.register.convert.tables import verbs
from chatwriter.register.convert.words import ES as LEX


def to_tu(ctx: Context) -> None:
    table = verbs("es")
    mixed = romance.informal_present(ctx, LEX, _INFORMAL_WORDS)
    for tok in ctx.tokens:
        low = tok.low
        if low in LEX.reader:
            before = ctx.prev(tok)
            if before is not None and before.low == "con":
                ctx.replace(before, "contigo", tok)
            elif before is not None and before.low in LEX.prepositions:
                ctx.replace(tok, "ti")
            else:
                ctx.replace(tok, "tú")
        elif low in ("ustedes", "uds.", "vds.") and ctx.region not in AMERICAS:
            ctx.leave(
                tok, "plural", "'ustedes' addresses several people: vosotros is not written for you"
            )
        elif low in USTED or (low == "le" and mixed):
            if mixed or _thing_pronoun(ctx, tok):
                why = "someone else's (the reply says tú elsewhere)" if mixed else "a thing's"
                ctx.leave(tok, "third-person", f"'{tok.text}' may be the reader's or {why}")
            else:
                ctx.replace(tok, USTED[low])
        elif low == "le":
            _le(ctx, tok)
        elif low == "se" and _to_reader(ctx, tok):
            ctx.replace(tok, "te")  # se lo cambio: le lo, to you
        elif low in ("lo", "la") and _proclitic(ctx, tok):
            verb = ctx.next(tok)
            lemmas = {lem for lem, _ in verbs("es").readings(verb.low)} if verb else set()
            if lemmas & PERSON_VERBS:
                ctx.leave(
                    tok,
                    "gender",
                    f"'{tok.text}' may be the reader: te (the formal lo/la depends on who reads)",
                )
    last: dict[int, bool] = {}
    for tok in ctx.tokens:
        if ctx.edited(tok) or not tok.is_word or closed(ctx, tok):
            continue
        noun = not romance.verb_position(ctx, tok, LEX) and not verb_context(ctx, tok)
        if noun and not _imperative_shape(ctx, tok):
            continue
        if any(s.endswith("3s") for s in table.slots(tok.low)):
            _verb_to_tu(ctx, tok, last)
        elif tok.low.endswith(ENCLITICS) and len(tok.low) > 3:
            _enclitic_to_tu(ctx, tok, table, last)


_INFORMAL_WORDS = frozenset(
    {"tú", "ti", "contigo", "tu", "tus", "tuyo", "tuya", "tuyos", "tuyas", "te"}
)


def _thing_pronoun(ctx: Context, tok: Tok) -> bool:
    """A pronoun of a thing before *su* in its clause (me lo devuelve en su caja): the
    thing may be the owner."""
    a, _ = ctx.clause(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if t.low in LEX.subordinators:
            return False
        if t.low in ACCUSATIVE and _proclitic(ctx, t):
            return True
    return False


def _proclitic(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    while nxt is not None and nxt.low in LEX.proclitics:
        nxt = ctx.next(nxt)
    return nxt is not None and bool(verbs("es").slots(nxt.low)) and not noun_here(ctx, nxt)


def _le(ctx: Context, tok: Tok, new: str = "te", last: Tok | None = None) -> bool:
    """*le* (or an enclitic -le) is the reader unless someone else is named: doubled after
    it (*le dé ... a nadie*) or named before it in the sentence (*el transportista ... le*)."""
    _, b = ctx.clause(tok)
    for t in ctx.tokens[tok.i + 1 : b]:
        nxt = ctx.next(t)
        if t.low == "a" and nxt is not None and nxt.low in PEOPLE:
            return False  # doubled: no le dé su NIP a nadie
        if t.low in ("a", "al") and nxt is not None and (_person(nxt) or _person(ctx.next(nxt))):
            ctx.leave(tok, "third-person", f"'{tok.text}' may stand for the person named after it")
            return False
    s, _ = ctx.sentence(tok)
    for t in ctx.tokens[s : tok.i]:
        if t.low in ("él", "ella", "ellos", "ellas") or (
            t.low in ("el", "la", "al", "del", "un", "una") and _person(ctx.next(t))
        ):
            ctx.leave(tok, "third-person", f"'{tok.text}' may stand for someone named before it")
            return False
    ctx.replace(tok, new, last)
    return True


#: Endings of nouns for people (el transportista, la repartidora, el técnico).
_PERSON_ENDINGS = ("ista", "dor", "dora", "tor", "tora", "ero", "era", "ante", "ente", "ico",
                   "ica", "ario", "aria", "ado", "ada", "ano", "ana")  # fmt: skip


def _person(tok: Tok | None) -> bool:
    """A noun of a person, by its ending, or a name."""
    if tok is None or not tok.is_word:
        return False
    return tok.text[:1].isupper() or (
        tok.low.endswith(_PERSON_ENDINGS) and not verbs("es").slots(tok.low)
    )


def _to_reader(ctx: Context, tok: Tok) -> bool:
    """*se lo/la* before a verb of the 1st person is *le lo*: to you (se lo cambio, que se
    la mande)."""
    nxt = ctx.next(tok)
    if nxt is None or nxt.low not in ACCUSATIVE:
        return False
    verb = ctx.next(nxt)
    return verb is not None and bool(readings_table("es").get(verb.low, frozenset()) & {"1s", "1p"})


def _verb_to_tu(ctx: Context, tok: Tok, last: dict[int, bool]) -> None:
    table = verbs("es")
    if romance.informal_imperative(ctx, tok, LEX, last):
        return  # revisa, entra en: a tú imperative already
    before = ctx.prev(tok)
    clitics = _proclitics(ctx, tok)
    if "yo" in (before.low if before else "",):
        return
    if any(c.low == "se" and ctx.edited(c) for c in clitics):
        return  # se lo cambio: to you, by me
    imperative = (
        table.slots(tok.low) & {"mp3s", "sp3s"}
        and (romance.opens(ctx, tok, LEX) or conjunct(ctx, tok, last))
        and not ctx.question(tok)
        and (romance.subordinate(ctx, tok, LEX) is None or conjunct(ctx, tok, last))
    )
    if imperative:
        last[ctx.sentence(tok)[0]] = True
        slot = "sp2s" if romance.negated(ctx, tok, LEX) else "mp2s"
        lemmas = {lem for lem, s in table.readings(tok.low) if s in ("mp3s", "sp3s")}
        found = sorted({table.form(lem, slot) for lem in lemmas} - {None})
        if ctx.put(tok, found):
            _reflexive_clitics(ctx, clitics)
        return
    reader_object = any(c.low == "le" for c in clitics) or _reader_object(ctx, tok)
    se_passive = any(c.low == "se" for c in clitics) and romance.object_after(ctx, tok, LEX)
    verdict = "no" if se_passive else romance.addressed(ctx, tok, LEX, reader_object)
    if verdict == YES:
        found = table.shift(tok.low, {"3s": "2s"}, None, ("ip", "is", "if", "sp", "cp"))
        if ctx.put(tok, found):
            _reflexive_clitics(ctx, clitics)
    elif verdict == MAYBE:
        ctx.leave(tok, "third-person", f"the subject of '{tok.text}' may be the reader or a thing")


def _imperative_shape(ctx: Context, tok: Tok) -> bool:
    return bool(verbs("es").slots(tok.low) & {"mp3s", "sp3s"}) and romance.opens(ctx, tok, LEX)


def _proclitics(ctx: Context, tok: Tok) -> list[Tok]:
    out = []
    before = ctx.prev(tok)
    while before is not None and before.low in LEX.proclitics:
        out.append(before)
        before = ctx.prev(before)
    return out


def _reflexive_clitics(ctx: Context, clitics: list[Tok]) -> None:
    for c in clitics:
        if c.low == "se":
            ctx.replace(c, "te")


def _reader_object(ctx: Context, tok: Tok) -> bool:
    """*con usted, a usted, para usted* in the clause: the reader is no subject there."""
    a, b = ctx.clause(tok)
    for t in ctx.tokens[a:b]:
        if t.low in LEX.reader:
            before = ctx.prev(t)
            if before is not None and before.low in LEX.prepositions:
                return True
    return False


def _enclitic_to_tu(ctx: Context, tok: Tok, table, last: dict[int, bool]) -> None:
    informal = split(tok.low, table, frozenset({"mp2s"}))
    if informal is not None and romance.opens(ctx, tok, LEX):
        last[ctx.sentence(tok)[0]] = True  # desconéctalo ... y vuelve: a tú imperative
        return
    parts = split(tok.low, table, frozenset({"mp3s", "sp3s", "v"}))
    if parts is None:
        return
    base, clitics = parts
    if table.slots(base) & {"mp3s"} and (romance.opens(ctx, tok, LEX) or conjunct(ctx, tok, last)):
        last[ctx.sentence(tok)[0]] = True
        if "se" in clitics and any(c in ACCUSATIVE for c in clitics):
            ctx.leave(tok, "third-person", f"'se' in '{tok.text}' may be 'to him' or 'to you'")
            return
        lemmas = {lem for lem, s in table.readings(base) if s == "mp3s"}
        found = sorted({table.form(lem, "mp2s") for lem in lemmas} - {None})
        if len(found) != 1:
            ctx.leave(tok, "unknown-verb", f"no tú imperative of '{base}' in the tables")
            return
        ctx.replace(tok, attach(found[0], ["te" if c == "se" else c for c in clitics]))
        return
    if (table.known(base) or base.endswith(("ando", "iendo"))) and (
        "le" in clitics or "se" in clitics
    ):
        if "se" in clitics and not _reader_subject_formal(ctx, tok):
            return
        new = attach(base, ["te" if c in ("le", "se") else c for c in clitics])
        if "le" in clitics:
            _le(ctx, tok, new)
        else:
            ctx.replace(tok, new)


def _reader_subject_formal(ctx: Context, tok: Tok) -> bool:
    """*darse de baja* after *para* with no verb before it, or after a verb of the reader."""
    a, _ = ctx.sentence(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if verbs("es").slots(t.low) and t.low not in LEX.prepositions:
            return ctx.edited(t)
    return True


def convert(ctx: Context) -> None:
    """To the informal register."""
    to_tu(ctx)
