"""Dutch: *je/jij* (and *jullie*) <-> *u*.

*je* is four words: the subject (*Kun je*, *je kunt*, *als je wilt*), the possessive
before a noun or adjective (*je pakket, je nieuwe adres -> uw*), the object (*ik stuur je
-> ik stuur u*) and the reflexive of a subject *je* or an imperative (*meld je aan ->
meldt u zich aan*). Which one it is comes from its neighbours: a verb before it that opens
a question or follows a fronted word, a verb form after it, a noun or adjective after it
(anything but the closed class of function words, adverbs and particles, and verb forms).
*jij -> u*, *jou -> u*, *jouw -> uw*.

Verbs (from the conjugation table): the inverted stem becomes the *u* form (*kun je ->
kunt u, heb je -> heeft u, stuur je -> stuurt u*); an imperative opening a clause takes
the *u* form and *u* (*Bel ons -> Belt u ons*, *Vul je adres in -> Vult u uw adres in*);
after *je* the forms that differ for *u* change (*je hebt -> u heeft, je kan -> u kunt*).
The other way, *u* after its verb gives the stem and *je* (*Kunt u -> Kun je*), in a
clause-opening statement the imperative (*Belt u ons -> Bel ons*); *uw -> je*, *van u,
bij u* at the start -> *van jou, bij jou*; *zich* of *u* -> *je*.
"""

from __future__ import annotations

import gzip
from importlib import resources

from chatwriter.register.convert.core import CLAUSE_END, Context, Tok
from chatwriter.register.convert.nl_words import auxiliary, participle, plain
from chatwriter.register.convert.tables import verbs
from chatwriter.register.model import FORMAL

#: Words after which *je* is no possessive: function words, adverbs, particles.
_FUNCTION = frozenset(
    {"de", "het", "een", "geen", "die", "dat", "dit", "deze", "wat", "er", "hier", "daar",
     "even", "al", "nog", "niet", "ook", "graag", "gerust", "helaas", "zo", "zelf", "snel",
     "direct", "meteen", "straks", "morgen", "vandaag", "vanmiddag", "vanavond", "nu", "dan",
     "wel", "toch", "maar", "eens", "altijd", "nooit", "zeker", "precies", "verder", "alvast",
     "vast", "eerst", "terug", "aan", "op", "uit", "in", "mee", "voor", "bij", "over", "door",
     "na", "af", "om", "te", "tot", "met", "van", "naar", "ons", "mij", "me", "hem", "haar",
     "hen", "ze", "je", "u", "jou", "iets", "niets", "alles", "veel", "weer", "opnieuw",
     "gisteren", "echt", "heel", "erg", "binnenkort", "later", "vanochtend", "vanmorgen",
     "waar", "hoe", "waarom", "wanneer", "welke", "welk", "zich", "wij", "we", "ik"}
)  # fmt: skip
_SUBJECTS = frozenset(
    {"ik", "we", "wij", "hij", "zij", "ze", "men", "u", "jij", "je", "het", "jullie"}
)
_DETERMINERS = frozenset(
    {"de", "het", "een", "mijn", "onze", "ons", "zijn", "haar", "hun", "die", "dat", "deze",
     "dit", "uw", "jouw", "je"}
)  # fmt: skip
_SUBORDINATORS = frozenset(
    {"dat", "als", "zodra", "of", "omdat", "wanneer", "waarmee", "waarin", "terwijl", "voordat",
     "nadat", "totdat", "tot", "zodat", "hoe", "waar", "wat", "welk", "welke", "die", "indien",
     "mits", "doordat", "aangezien"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"voor", "met", "naar", "van", "bij", "op", "in", "aan", "over", "door", "tegen", "zonder",
     "om", "onder", "achter", "naast", "tussen", "vanaf", "tot", "per", "via", "binnen"}
)  # fmt: skip
#: Verb forms of *je* that differ after *u* (je hebt -> u heeft, je kan -> u kunt).
_U_FORMS = {"hebt": "heeft", "kan": "kunt", "wil": "wilt", "zal": "zult"}
_JE_FORMS = {"heeft": "hebt", "zult": "zal"}
#: Adjectives that read as verb forms (eigen: eigenen).
_ADJECTIVES = frozenset({"eigen"})
_FORMULAS = frozenset({"dank", "groet", "hoi", "welkom"})
_NOT_VERBS = (
    _FUNCTION
    | _PREPOSITIONS
    | _DETERMINERS
    | _SUBJECTS
    | frozenset({"mijn", "haar", "hun", "zijn", "jouw", "uw", "jullie", "zo'n", "zo’n"})
)
_NOUNS: frozenset[str] | None = None


def convert(ctx: Context) -> None:
    if ctx.to == FORMAL:
        _to_u(ctx)
    else:
        _to_je(ctx)


def _nouns() -> frozenset[str]:
    global _NOUNS
    if _NOUNS is None:
        path = resources.files("chatwriter.register").joinpath("data", "nl.nouns.tsv.gz")
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        _NOUNS = frozenset(" ".join(x for x in lines if not x.startswith("#")).split())
    return _NOUNS


def _finite(tok: Tok | None) -> bool:
    """A finite verb form (not a function word that reads as one: in, niet, mijn)."""
    if tok is None or tok.low in _NOT_VERBS:
        return False
    return bool(verbs("nl").slots(tok.low))


def _content(ctx: Context, tok: Tok | None, after_preposition: bool = False) -> bool:
    """A noun or adjective: no function word, no mark, no verb form (unless a noun too).
    After a preposition an infinitive or participle is a noun unless it ends its clause
    (bij je buren op nummer 12, over je bericht; voor je aangenomen)."""
    low = plain(tok.low) if tok is not None else ""
    if tok is None or not tok.is_word or low in _FUNCTION or low[:1].isdigit():
        return False
    if low in _ADJECTIVES:
        return True
    table = verbs("nl")
    verbal = table.known(low) or participle(low)
    if after_preposition and verbal and low not in _nouns():
        after = ctx.next(tok)
        last = after is None or after.text in CLAUSE_END or _finite(after)
        return not (last and auxiliary(ctx, tok))
    if verbal and not after_preposition:
        return False
    return not table.slots(low) or low in _nouns()


def _opens(ctx: Context, tok: Tok) -> bool:
    before = ctx.prev(tok)
    return before is None or before.text in CLAUSE_END or before.low in ("en", "of", "maar")


def _fronted(ctx: Context, verb: Tok) -> bool:
    """Something other than a subject stands before the verb in its clause (Dan kun je,
    Wat zie je, Welke melding krijg je): *je* after the verb is its subject."""
    a, _ = ctx.clause(verb)
    before = ctx.tokens[a : verb.i]
    if not before or before[0].low in ("en", "of", "maar"):
        return False

    def subject(t: Tok) -> bool:
        if t.low in _SUBJECTS or _finite(t):
            return True
        if t.low not in _DETERMINERS or t.low in ("welke", "welk"):
            return False
        governor = ctx.prev(t)
        return governor is None or governor.low not in _PREPOSITIONS  # bij een automaat: no

    return not any(subject(t) for t in before)


def _u_form(ctx: Context, verb: Tok) -> str | None:
    """The form of a verb after *u* (kun -> kunt, heb -> heeft, stuur -> stuurt)."""
    low = verb.low
    if low in _U_FORMS:
        return _U_FORMS[low]
    table = verbs("nl")
    if table.slots(low) == {"ii1s"}:
        return low  # zou, kon, had
    lemmas = {lem for lem, slot in table.readings(low) if slot in ("ip1s", "ip3s")}
    forms = {table.form(lem, "ip3s") for lem in lemmas} - {None}
    if lemmas == {"hebben"}:
        return "heeft"
    if lemmas == {"zullen"}:
        return "zult"
    if len(forms) == 1:
        return forms.pop()
    ctx.leave(verb, "unknown-verb", f"no u form of '{verb.text}' in the tables")
    return None


# -- to u --------------------------------------------------------------------------------------
def _to_u(ctx: Context) -> None:
    subject_clauses: set[int] = set()
    done: set[int] = set()
    for tok in ctx.tokens:
        if tok.i in done:
            continue
        low = tok.low
        if low in ("je", "jij", "jullie"):
            _je(ctx, tok, subject_clauses, done)
        elif low in ("jou", "jezelf"):
            ctx.replace(tok, "u" if low == "jou" else "uzelf")
        elif low in ("jouw", "jouwe"):
            ctx.replace(tok, "uw")
        elif _imperative(ctx, tok):
            new = _u_form(ctx, tok)
            if new is not None:
                ctx.replace(tok, new + " u")
                subject_clauses.add(ctx.clause(tok)[0])
                done.add(tok.i)


def _imperative(ctx: Context, tok: Tok) -> bool:
    """A verb stem opening its clause, in a sentence that asks nothing, with no subject
    after it (Bel ons gerust, Meld je even aan, Vul je adres in)."""
    if not tok.is_word or tok.low in _FORMULAS or not _opens(ctx, tok) or ctx.question(tok):
        return False
    if tok.low in _NOT_VERBS or "ip1s" not in verbs("nl").slots(tok.low):
        return False
    nxt = ctx.next(tok)
    if nxt is not None and nxt.low in _SUBJECTS - {"je", "het"}:
        return False
    after = ctx.next(nxt) if nxt is not None and nxt.low == "op" else nxt
    if after is not None and after.text == ":":
        return False  # Let op: a label
    if nxt is not None and nxt.low in ("je", "jij") and _conditional(ctx, tok):
        return False  # Heb je vragen, dan...
    return nxt is None or nxt.low != "jij"


def _conditional(ctx: Context, tok: Tok) -> bool:
    """A clause that ends in ", dan": the inverted conditional (Heb je vragen, dan ...)."""
    _, b = ctx.clause(tok)
    comma, then = ctx.at(b), ctx.at(b + 1)
    return comma is not None and comma.text == "," and then is not None and then.low == "dan"


def _je(ctx: Context, tok: Tok, subject_clauses: set[int], done: set[int]) -> None:
    before, nxt = ctx.prev(tok), ctx.next(tok)
    clause = ctx.clause(tok)[0]
    plural = tok.low == "jullie"
    finite = _finite(before) or (plural and before is not None and verbs("nl").known(before.low))
    if before is not None and finite and _opens_verb(ctx, before):
        imperative = (
            not ctx.question(tok)
            and _opens(ctx, before)
            and not _conditional(ctx, before)
            and not _after_clause(ctx, before)
        )
        if not imperative or tok.low == "jij":
            new = _u_form(ctx, before) if not plural else _plural_u(ctx, before)
            if new is not None:
                ctx.replace(before, new)
                done.add(before.i)
            ctx.replace(tok, "u")
            subject_clauses.add(clause)
            return
        # an imperative: je is its reflexive or a possessive (handled as the verb is)
        new = _u_form(ctx, before)
        if new is not None and before.i not in done:
            ctx.replace(before, new + " u")
            done.add(before.i)
        subject_clauses.add(clause)
        ctx.replace(tok, "uw" if _content(ctx, nxt) else "zich")
        return
    after_preposition = before is not None and before.low in _PREPOSITIONS
    if (
        tok.low == "jij"
        or (plural and nxt is not None and verbs("nl").known(nxt.low))
        or (
            (_finite(nxt) and not _content(ctx, nxt, after_preposition))
            or (_after_subordinator(ctx, tok) and not _content(ctx, nxt))
        )
        or (ctx.starts_sentence(tok) and _finite(nxt) and not _later_verb(ctx, nxt))
    ):
        ctx.replace(tok, "u")
        subject_clauses.add(clause)
        _verb_after(ctx, tok, done, plural)
        return
    if _content(ctx, nxt, after_preposition):
        ctx.replace(tok, "uw")
    elif clause in subject_clauses and not after_preposition and _reflexive(ctx, tok):
        ctx.replace(tok, "zich")
    else:
        ctx.replace(tok, "u")


def _reflexive(ctx: Context, tok: Tok) -> bool:
    """No other subject or subordinate clause between the subject *je* and this one
    (Vind je het goed als ik je terugbel: *je* is the object of *ik*)."""
    a, _ = ctx.clause(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if t.low in ("je", "jij", "u") and t.i != tok.i:
            return True
        if t.low in _SUBJECTS or t.low in _SUBORDINATORS:
            return False
    return True


def _after_clause(ctx: Context, verb: Tok) -> bool:
    """The verb follows a fronted subordinate clause (Als je boekt, krijg je korting):
    inversion, not an imperative."""
    before = ctx.prev(verb)
    if before is None or before.text != ",":
        return False
    first = ctx.tokens[ctx.clause(before)[0]] if ctx.clause(before)[0] < before.i else None
    return first is not None and first.low in _SUBORDINATORS - {"die", "wat", "hoe", "waar"}


def _opens_verb(ctx: Context, verb: Tok) -> bool:
    return _opens(ctx, verb) or _fronted(ctx, verb)


def _after_subordinator(ctx: Context, tok: Tok) -> bool:
    before = ctx.prev(tok)
    return before is not None and before.low in _SUBORDINATORS


def _later_verb(ctx: Context, tok: Tok) -> bool:
    """Another verb later in the clause (Je vlucht KL 1234 is verplaatst): the word after
    *je* was a noun."""
    if tok.low not in _nouns():
        return False
    _, b = ctx.clause(tok)
    return any(_finite(t) for t in ctx.tokens[tok.i + 1 : b])


def _plural_u(ctx: Context, verb: Tok) -> str | None:
    """Hebben jullie -> Heeft u: the plural verb in the form of u."""
    table = verbs("nl")
    lemmas = {lem for lem, _ in table.readings(verb.low)} or (
        {verb.low} if table.known(verb.low) else set()
    )
    if len(lemmas) != 1:
        ctx.leave(verb, "unknown-verb", f"no u form of '{verb.text}' in the tables")
        return None
    lemma = lemmas.pop()
    return {"hebben": "heeft", "zullen": "zult"}.get(lemma) or table.form(lemma, "ip3s")


def _verb_after(ctx: Context, tok: Tok, done: set[int], plural: bool = False) -> None:
    """After *je*: the forms that differ for *u* (je hebt -> u heeft, jullie kunnen -> u
    kunt), in its clause, up to a relative or subordinate clause (die het kan: not u's)."""
    _, b = ctx.clause(tok)
    for t in ctx.tokens[tok.i + 1 : b]:
        if t.low in _SUBORDINATORS:
            return
        if plural and verbs("nl").known(t.low):
            new = _plural_u(ctx, t)
            if new is not None:
                ctx.replace(t, new)
                done.add(t.i)
            return
        if t.low in _U_FORMS:
            ctx.replace(t, _U_FORMS[t.low])
            done.add(t.i)
            return
        if _finite(t) and (t.low not in _nouns() or t.i == tok.i + 1):
            return


# -- to je -------------------------------------------------------------------------------------
def _to_je(ctx: Context) -> None:
    subject_clauses: set[int] = set()
    for tok in ctx.tokens:
        if tok.low == "u" and tok.text in ("u", "U"):
            _u(ctx, tok, subject_clauses)
        elif tok.low in ("uw", "uwe"):
            ctx.replace(tok, "je")
        elif tok.low == "uzelf":
            ctx.replace(tok, "jezelf")
    for tok in ctx.tokens:
        if tok.low == "zich" and ctx.clause(tok)[0] in subject_clauses:
            ctx.replace(tok, "je")


def _u(ctx: Context, tok: Tok, subject_clauses: set[int]) -> None:
    before, nxt = ctx.prev(tok), ctx.next(tok)
    clause = ctx.clause(tok)[0]
    if before is not None and before.low in _PREPOSITIONS:
        stressed = before.low == "van" or ctx.starts_sentence(before)
        ctx.replace(tok, "jou" if stressed else "je")
        return
    if before is not None and before.low in ("letter", "woord"):
        return
    if before is not None and _finite(before) and _opens_verb(ctx, before):
        je_form = _je_form(ctx, before)
        if je_form is None:
            return
        if not ctx.question(tok) and _opens(ctx, before) and not _conditional(ctx, before):
            ctx.replace(before, je_form, tok)  # Belt u ons gerust -> Bel ons gerust
        else:
            ctx.replace(before, je_form)
            ctx.replace(tok, "je")
        subject_clauses.add(clause)
        return
    if _finite(nxt) or (
        before is None or before.text in CLAUSE_END or before.low in _SUBORDINATORS
    ):
        ctx.replace(tok, "je")
        subject_clauses.add(clause)
        _, b = ctx.clause(tok)
        for t in ctx.tokens[tok.i + 1 : b]:
            if t.low in _JE_FORMS:
                ctx.replace(t, _JE_FORMS[t.low])
                break
        return
    ctx.replace(tok, "je")


def _je_form(ctx: Context, verb: Tok) -> str | None:
    """The stem that goes before *je* (kunt -> kun, heeft -> heb, stuurt -> stuur): of
    two stems, the one the *u* form is made of (*kun*, not *kan*; *houd*, not *hou*)."""
    table = verbs("nl")
    if table.slots(verb.low) == {"ii1s"}:
        return verb.low  # zou, kon, had: the past is the same after je and u
    lemmas = {lem for lem, slot in table.readings(verb.low) if slot == "ip3s"}
    if len(lemmas) == 1:
        stems = table.forms(next(iter(lemmas)), "ip1s")
        made = [f for f in stems if verb.low in (f + "t", f)]
        return made[0] if made else stems[0] if stems else None
    ctx.leave(verb, "unknown-verb", f"no je form of '{verb.text}' in the tables")
    return None
