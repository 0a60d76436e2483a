"""German to *du* (see :mod:`chatwriter.register.convert.de`)."""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok, cap, is_cap
from chatwriter.register.convert.de import (
    ACCUSATIVE,
    ACCUSATIVE_PREPOSITIONS,
    FORMAL_POSSESSIVE,
    NOT_IMPERATIVE,
    PREPOSITIONS,
    clause_tokens,
    lookup,
    opens_clause,
    shift_person,
    subordinate,
    swiss,
)
from chatwriter.register.convert.tables import verbs


def to_du(ctx: Context) -> None:
    table = verbs("de")
    reader_clauses: set[int] = set()
    for tok in ctx.tokens:
        if tok.text == "Sie":
            if _sie(ctx, tok, table):
                reader_clauses.add(ctx.clause(tok)[0])
        elif tok.text == "Ihnen":
            ctx.replace(tok, "dir")
        elif tok.text in FORMAL_POSSESSIVE or tok.text == "Ihres":
            nxt = ctx.next(tok)
            if ctx.starts_sentence(tok) and nxt is not None and "ip2p" in table.slots(nxt.low):
                continue  # Ihr habt: the informal plural already
            alone = tok.text == "Ihres" and (nxt is None or not nxt.is_word)
            ctx.replace(tok, "deins" if alone else FORMAL_POSSESSIVE[tok.text])
    for tok in ctx.tokens:
        if tok.low == "sich" and ctx.clause(tok)[0] in reader_clauses:
            ctx.replace(tok, "dir" if _has_accusative(ctx, tok) else "dich")


def _sie(ctx: Context, tok: Tok, table) -> bool:
    """Convert one capitalised *Sie*; True when it is the subject (the reader's clause)."""
    clause = clause_tokens(ctx, tok)
    before, nxt = ctx.prev(tok), ctx.next(tok)
    if before is not None and before.low in ACCUSATIVE_PREPOSITIONS:
        ctx.replace(tok, "dich")
        return False
    if any(t.low in ("ich", "wir", "er", "man") for t in clause):
        ctx.replace(tok, "dich")
        return False
    verb = _finite(ctx, tok, clause, table)
    if verb is None:
        singular = readings_table("de")
        if ctx.starts_sentence(tok) and nxt is not None and "3s" in singular.get(nxt.low, ()):
            return False  # Sie hat / Sie ist: she
        if before is not None and "3s" in singular.get(before.low, ()):
            ctx.replace(tok, "dich")  # die Kollegin ruft Sie an
            return False
        ctx.leave(tok, "unknown-verb", "the verb of 'Sie' is not in the tables")
        return False
    if verb.i == tok.i - 1 and opens_clause(ctx, verb) and not ctx.question(tok):
        lemma = _lemma(table, verb)
        indicative = "ip3p" in table.slots(verb.low)
        if lemma is not None and (lemma not in NOT_IMPERATIVE or not indicative):
            return _imperative(ctx, tok, verb, lemma, table)
    if verb.i == tok.i - 1 and not opens_clause(ctx, verb) and _prefield_noun(ctx, verb):
        ctx.leave(tok, "third-person", "'Sie' after a noun phrase may be 'they'")
        return False
    new = shift_person(ctx, verb, {"3p": "2s"})
    if new is None:
        return False
    ctx.replace(tok, "du")
    ctx.replace(verb, new)
    return True


_SINGULAR = frozenset({"ip3s", "ii3s", "ip1s"})


def _finite(ctx: Context, tok: Tok, clause: list[Tok], table) -> Tok | None:
    """The plural finite verb that agrees with *Sie*: last in a clause opened by *dass,
    wenn, ob, der*...; else the word before or after."""

    def plural(t: Tok | None) -> bool:
        if t is None or not t.is_word or (is_cap(t.text) and not ctx.starts_sentence(t)):
            return False
        return any(s[2:] == "3p" for s in table.slots(lookup(t.low)))

    if subordinate(ctx, clause) and clause[0].i < tok.i:
        for t in reversed(clause):
            if t.i > tok.i and plural(t):
                return t
        return None
    before, nxt = ctx.prev(tok), ctx.next(tok)
    if plural(before) and before.i >= clause[0].i:
        return before
    if plural(nxt):
        return nxt
    return None


def _lemma(table, verb: Tok) -> str | None:
    found = {lem for lem, slot in table.readings(lookup(verb.low)) if slot[2:] == "3p"}
    return next(iter(found)) if len(found) == 1 else None


def _imperative(ctx: Context, tok: Tok, verb: Tok, lemma: str, table) -> bool:
    """*Schicken Sie mir -> Schick mir*: the du imperative, without the pronoun."""
    forms = table.forms(lemma, "mp2s")
    if not forms:
        ctx.leave(verb, "unknown-verb", f"no du imperative of '{verb.text}' in the tables")
        return False
    new = swiss(ctx, _choose_imperative(lemma, forms))
    if is_cap(verb.text) and ctx.starts_sentence(verb):
        new = cap(new)
    ctx.replace(verb, new, tok, exact=True)
    return True


def _choose_imperative(lemma: str, forms: tuple[str, ...]) -> str:
    """Of *schick / schicke*: the short form, unless the stem needs the -e (*melde, warte,
    öffne, entschuldige, ändere*)."""
    if len(forms) == 1:
        return forms[0]
    short = [f for f in forms if not f.endswith("e")]
    long = [f for f in forms if f.endswith("e")]
    if not short or not long:
        return forms[0]
    stem = short[0]
    needs_e = (
        stem.endswith(("d", "t"))
        or (stem.endswith("ig") and not stem.endswith("eig"))
        or (stem[-1:] in "mn" and stem[-2:-1] not in "aeiouäöülrmnh")
        or lemma.endswith(("eln", "ern"))
    )
    return long[0] if needs_e else stem


def _prefield_noun(ctx: Context, verb: Tok) -> bool:
    """A noun phrase before the verb that comes before *Sie* (Die Kollegen rufen Sie an)."""
    j = verb.i - 1
    while j >= 0 and ctx.tokens[j].text not in CLAUSE_END:
        t = ctx.tokens[j]
        if (
            is_cap(t.text)
            and t.low not in PREPOSITIONS
            and j > 0
            and ctx.tokens[j - 1].low in _ARTICLES
        ):
            return True
        j -= 1
    return False


_ARTICLES = frozenset({"die", "der", "das", "unsere", "meine", "ihre", "diese", "alle", "zwei"})


def _has_accusative(ctx: Context, tok: Tok) -> bool:
    """Another object in the accusative in the clause after *sich* (not after a
    preposition): then *sich* is the dative, *dir*."""
    _, b = ctx.clause(tok)
    nxt = ctx.next(tok)
    while nxt is not None and nxt.low in (
        "bitte",
        "einfach",
        "noch",
        "schon",
        "kurz",
        "gern",
        "gerne",
        "mal",
        "ruhig",
        "doch",
    ):
        nxt = ctx.next(nxt)
    if nxt is not None and is_cap(nxt.text) and nxt.i < b and nxt.low not in ACCUSATIVE:
        return True  # nehmen Sie sich Zeit, machen Sie sich Sorgen
    for t in ctx.tokens[tok.i + 1 : b]:
        if t.text in ACCUSATIVE or t.low in ACCUSATIVE:
            before = ctx.prev(t)
            if before is None or before.low not in PREPOSITIONS:
                return True
    return False


def convert(ctx: Context) -> None:
    """To the informal register."""
    to_du(ctx)
