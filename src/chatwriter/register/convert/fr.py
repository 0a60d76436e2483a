"""French: *tu* <-> *vous*.

To *vous*: *tu, te, t', toi* become *vous* (the object and the reflexive too: *ne
t'inquiète pas -> ne vous inquiétez pas*), *ton, ta, tes -> votre, vos*, *le tien -> le
vôtre*; the verb of *tu* (after it, past *ne* and object pronouns, or before *-tu*) and
every imperative (a verb of the 2nd person opening its clause with no subject, or joined
to one by *et, puis*) take the 2nd person plural of the same mood and tense.

To *tu*: *vous* is the subject when a verb of the 2nd person plural follows it (past *ne*
and object pronouns) and no subject or *ne* precedes it; after a preposition it is
*toi*; otherwise it is the object or the reflexive, *te* (*t'* before a vowel).
*votre* takes the gender of its noun (*ton numéro, ta carte, ton adresse*); a noun whose
gender is not known, or that has both, is left alone. A *vous* in a clause with *tous,
toutes, deux* addresses several people: left alone. *Veuillez* has no *tu* form in use.

Mood: a form that is both present and subjunctive (*connectes*, *connectiez*) is the
subjunctive after *que* following a word that asks for it (*il faut que, pour que,
désolé que, veux-tu que*).
"""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok
from chatwriter.register.convert.tables import genders, verbs
from chatwriter.register.model import FORMAL

_NEG = frozenset({"ne", "n'", "n’"})
_CLITICS = frozenset(
    {"me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "le", "la", "l'", "l’", "les",
     "lui", "leur", "y", "en", "nous", "vous"}
)  # fmt: skip
_SUBJECTS = frozenset(
    {"je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "c'",
     "c’", "ça", "cela", "qui"}
)  # fmt: skip
#: Words after which a verb still opens its clause (an imperative may follow).
_LEAD = frozenset({"alors", "sinon", "mais", "donc", "ensuite", "maintenant", "enfin", "aussi"})
#: Conjunctions after which a verb shares the subject (or the mood) of the one before.
_AND = frozenset({"et", "puis", "ou"})
_PREPOSITIONS = frozenset(
    {"à", "pour", "avec", "chez", "de", "d'", "d’", "sans", "par", "envers", "sur", "entre",
     "contre", "selon", "vers", "après", "avant", "comme", "derrière", "devant", "sauf"}
)  # fmt: skip
#: Before "que", these ask for the subjunctive (il faut que, pour que, désolé que...).
_SUBJUNCTIVE = frozenset(
    {"faut", "pour", "afin", "avant", "sans", "bien", "quoique", "veux", "voulez", "veut",
     "voudrais", "voudriez", "souhaite", "souhaites", "souhaitez", "préfères", "préférez",
     "préfère", "désolé", "désolée", "content", "contente", "heureux", "heureuse", "ravi",
     "ravie", "dommage", "important", "nécessaire", "possible", "essentiel", "normal",
     "attendre", "exige", "exigez", "demande", "demandez", "aimerais", "aimeriez"}
)  # fmt: skip
#: What may follow an imperative that is also a noun (Garde bien, Jette un coup d'œil).
_AFTER_IMPERATIVE = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "moi", "nous", "lui", "leur",
     "y", "en", "ton", "ta", "tes", "votre", "vos", "ce", "cette", "ces", "bien", "simplement",
     "juste", "vite", "pas", "sur", "dans", "à", "au", "aux", "ici", "là", "vers", "d'", "d’",
     "de", "tout", "toujours", "donc", "plutôt", "surtout"}
)  # fmt: skip
_INVERTED = frozenset({"tu", "il", "elle", "on", "ce", "ils", "elles", "t", "je"})
_VOWELS = tuple("aeiouyéèêëàâîïôûœh")
_ARTICLES = {"le": "m", "la": "f", "les": "p", "au": "m", "aux": "p", "du": "m", "des": "p"}


def convert(ctx: Context) -> None:
    if ctx.to == FORMAL:
        _to_vous(ctx)
    else:
        _to_tu(ctx)


# -- shared ------------------------------------------------------------------------------------
def _verb_after(ctx: Context, tok: Tok) -> Tok | None:
    """The verb of a subject pronoun: the next word past *ne* and object pronouns."""
    nxt = ctx.next(tok)
    while nxt is not None and (nxt.bare in _NEG or nxt.bare in _CLITICS) and not nxt.joined:
        nxt = ctx.next(nxt)
    return nxt if nxt is not None and nxt.is_word else None


def _subjunctive(ctx: Context, tok: Tok) -> bool:
    """The clause of ``tok`` opens with *que* after a word that asks for the subjunctive."""
    j = tok.i - 1
    while j > 0 and ctx.tokens[j].bare not in ("que", "qu'", "qu’"):
        if ctx.tokens[j].text in CLAUSE_END:
            return False
        j -= 1
    before = ctx.at(j - 1)
    return j > 0 and before is not None and before.bare in _SUBJUNCTIVE


def _opens(ctx: Context, tok: Tok) -> Tok | None:
    """The word before the verb's clause, past *ne* and object pronouns (None at the start
    of the text); the verb opens its clause when that is a mark or a lead word."""
    before = ctx.prev(tok)
    while before is not None and (before.bare in _NEG or before.bare in _CLITICS):
        if before.bare == "nous" and ctx.prev(before) is None:
            break
        before = ctx.prev(before)
    return before


def _imperative(ctx: Context, tok: Tok, slot: str, last: str | None) -> bool:
    """A verb of the 2nd person opening its clause with no subject: an imperative."""
    if tok.joined or slot not in verbs("fr").slots(_bare_imperative(ctx, tok)):
        return False
    before = _opens(ctx, tok)
    opening = before is None or before.text in CLAUSE_END or before.bare in _LEAD
    if not opening and not (before.bare in _AND and last == "imp"):
        return False
    if before is not None and before.text in ("«", '"', "“"):
        return False
    nxt = ctx.next(tok)
    if nxt is not None and nxt.joined:
        if nxt.bare in _INVERTED or (nxt.bare in ("nous", "vous") and ctx.question(tok)):
            return False  # as-tu, est-ce, pouvez-vous ?
    elif nxt is not None and (nxt.bare in _SUBJECTS or nxt.text in (":", "-", "–")):
        return False
    codes = readings_table("fr").get(tok.low, frozenset())
    return "o" not in codes or (nxt is not None and (nxt.joined or nxt.bare in _AFTER_IMPERATIVE))


def _bare_imperative(ctx: Context, tok: Tok) -> str:
    """*vas-y, penses-y, manges-en*: the imperative takes an -s before *-y* and *-en*."""
    nxt = ctx.next(tok)
    joined = nxt is not None and nxt.joined and nxt.bare in ("y", "en")
    if joined and tok.low.endswith("s") and "mp2s" in verbs("fr").slots(tok.low[:-1]):
        return tok.low[:-1]
    return tok.low


def _shift(ctx: Context, verb: Tok, src: str, dst: str, moods: tuple[str, ...] | None) -> bool:
    prefer = ("sp", "si") if _subjunctive(ctx, verb) else ("ip", "if", "ii", "cp", "is")
    found = verbs("fr").shift(verb.low, {src: dst}, moods, prefer)
    if len(found) == 1:
        ctx.replace(verb, found[0])
        return True
    if found:
        ctx.leave(verb, "ambiguous-verb", f"'{verb.text}' reads as {' or '.join(found)}")
    else:
        ctx.leave(verb, "unknown-verb", f"no {dst} form of '{verb.text}' in the tables")
    return False


# -- to vous -----------------------------------------------------------------------------------
def _to_vous(ctx: Context) -> None:
    done: set[int] = set()
    last: dict[int, str] = {}  # sentence start -> kind of the last verb (imp, 2s)
    for tok in ctx.tokens:
        b = tok.bare
        if b == "tu":
            ctx.replace(tok, "-vous" if tok.joined else "vous")
            verb = ctx.at(tok.i - 1) if tok.joined else _verb_after(ctx, tok)
            if verb is not None and verb.i not in done:
                done.add(verb.i)
                if _shift(ctx, verb, "2s", "2p", None):
                    last[ctx.sentence(tok)[0]] = "2s"
        elif b in ("te", "t'", "t’", "toi"):
            new = "-vous" if tok.joined else "vous" + (" " if b in ("t'", "t’") else "")
            ctx.replace(tok, new)
        elif b in ("ton", "ta", "tes"):
            before = ctx.prev(tok)
            if b == "ton" and _noun_ton(ctx, tok, before):
                continue  # le ton, un ton plus calme, changer de ton
            ctx.replace(tok, "vos" if b == "tes" else "votre")
        elif b.startswith("tien") and (before := ctx.prev(tok)) and before.bare in _ARTICLES:
            ctx.replace(tok, "vôtres" if b.endswith("s") else "vôtre")
    for tok in ctx.tokens:
        if tok.i in done or not tok.is_word:
            continue
        key = ctx.sentence(tok)[0]
        if _imperative(ctx, tok, "mp2s", last.get(key)):
            found = verbs("fr").shift(_bare_imperative(ctx, tok), {"2s": "2p"}, ("mp",))
            if len(found) == 1:
                ctx.replace(tok, found[0])
                last[key] = "imp"
            else:
                ctx.leave(tok, "unknown-verb", f"no vous imperative of '{tok.text}' in the tables")
        elif last.get(key) == "2s" and _after_and(ctx, tok) and verbs("fr").slots(tok.low) & _2S:
            _shift(ctx, tok, "2s", "2p", None)


_2S = frozenset({"ip2s", "if2s", "ii2s", "is2s", "cp2s", "sp2s", "si2s"})
_DETERMINERS = frozenset({"le", "un", "ce", "du", "au", "quel", "mon", "son", "même"})


def _noun_ton(ctx: Context, tok: Tok, before: Tok | None) -> bool:
    if before is not None and before.bare in _DETERMINERS:
        return True
    nxt = ctx.next(tok)
    after_de = before is not None and before.bare in ("de", "d'", "d’")
    return after_de and (nxt is None or not nxt.is_word or nxt.low in ("plus", "un"))


def _after_and(ctx: Context, tok: Tok) -> bool:
    before = _opens(ctx, tok)
    return before is not None and before.bare in _AND


# -- to tu -------------------------------------------------------------------------------------
def _to_tu(ctx: Context) -> None:
    done: set[int] = set()
    last: dict[int, str] = {}
    for tok in ctx.tokens:
        b = tok.bare
        if b == "vous":
            _vous(ctx, tok, done, last)
        elif b in ("votre", "vos"):
            _votre(ctx, tok)
        elif b in ("vôtre", "vôtres"):
            before = ctx.prev(tok)
            gender = _ARTICLES.get(before.bare) if before is not None else None
            if gender is None:
                continue
            plural = b.endswith("s")
            ctx.replace(tok, ("tiennes" if plural else "tienne") if gender == "f" else
                        ("tiens" if plural else "tien"))  # fmt: skip
    for tok in ctx.tokens:
        if tok.i in done or not tok.is_word:
            continue
        key = ctx.sentence(tok)[0]
        if tok.low == "veuillez":
            ctx.leave(tok, "no-form", "'veuillez' has no tu form in use; rephrase (merci de...)")
        elif _imperative(ctx, tok, "mp2p", last.get(key)):
            if _plural(ctx, tok):
                ctx.leave(tok, "plural", "this imperative may address several people")
            elif _imperative_tu(ctx, tok):
                last[key] = "imp"
        elif last.get(key) == "2p" and _after_and(ctx, tok) and verbs("fr").slots(tok.low) & _2P:
            _shift(ctx, tok, "2p", "2s", None)


_2P = frozenset({"ip2p", "if2p", "ii2p", "is2p", "cp2p", "sp2p", "si2p"})


def _vous(ctx: Context, tok: Tok, done: set[int], last: dict[int, str]) -> None:
    if _plural(ctx, tok):
        ctx.leave(tok, "plural", "'vous' here may address several people (tous, deux)")
        return
    key = ctx.sentence(tok)[0]
    if tok.joined:  # Pouvez-vous (a question), Inscrivez-vous (an imperative)
        host = ctx.at(tok.i - 1)
        if host is None:
            return
        before = _opens(ctx, host)
        opens = before is None or before.text in CLAUSE_END or before.bare in _ASKING | _LEAD
        if opens and ctx.question(tok):
            ctx.replace(tok, "-tu")
            if host.i not in done and _shift(ctx, host, "2p", "2s", None):
                done.add(host.i)
                last[key] = "2p"
        elif _imperative(ctx, host, "mp2p", last.get(key)) or (
            host.low == "rendez" and _opens_before_place(ctx, host, tok)
        ):
            ctx.replace(tok, "-toi")
            if _imperative_tu(ctx, host, reflexive=True):
                done.add(host.i)
                last[key] = "imp"
        return
    before = ctx.prev(tok)
    nxt = ctx.next(tok)
    if (
        before is not None
        and before.bare in _PREPOSITIONS | {"et", "ou"}
        and not (before.bare in ("et", "ou") and nxt is not None and nxt.is_word)
    ):
        ctx.replace(tok, "toi")
        return
    if nxt is not None and nxt.bare == "-même":
        ctx.replace(tok, "toi-même", nxt)
        return
    verb = _verb_after(ctx, tok)
    subject = (
        verb is not None
        and verbs("fr").slots(verb.low) & _2P
        and not (before is not None and (before.bare in _NEG or before.bare in _SUBJECTS))
    )
    if subject:
        ctx.replace(tok, "tu")
        if verb.i not in done:
            done.add(verb.i)
            if _shift(ctx, verb, "2p", "2s", None):
                last[key] = "2p"
        return
    if nxt is not None and nxt.is_word and nxt.low.startswith(_VOWELS):
        ctx.replace(tok, "t'", end=nxt.start)  # vous envoie -> t'envoie
    else:
        ctx.replace(tok, "te")


_ASKING = frozenset({"que", "qu'", "qu’", "comment", "où", "quand", "pourquoi", "combien"})


def _opens_before_place(ctx: Context, host: Tok, tok: Tok) -> bool:
    """*Rendez-vous dans l'onglet*: the imperative, not the noun *un rendez-vous*."""
    before = _opens(ctx, host)
    nxt = ctx.next(tok)
    opens = before is None or before.text in CLAUSE_END or before.bare in _LEAD
    return opens and nxt is not None and nxt.bare in ("dans", "sur", "à", "au", "en", "chez")


def _imperative_tu(ctx: Context, tok: Tok, reflexive: bool = False) -> bool:
    """Envoyez -> envoie; before *-y* or *-en* a form in -e and *va* take an -s (vas-y)."""
    found = verbs("fr").shift(tok.low, {"2p": "2s"}, ("mp",))
    if len(found) != 1:
        ctx.leave(tok, "unknown-verb", f"no tu imperative of '{tok.text}' in the tables")
        return False
    new = found[0]
    nxt = ctx.next(tok)
    if nxt is not None and nxt.joined and nxt.bare in ("y", "en") and new.endswith(("e", "a")):
        new += "s"
    ctx.replace(tok, new)
    return True


def _votre(ctx: Context, tok: Tok) -> None:
    if tok.bare == "vos":
        ctx.replace(tok, "tes")
        return
    nxt = ctx.next(tok)
    gender = None
    while nxt is not None and nxt.is_word:
        if nxt.low.startswith(_VOWELS[:-1]):
            gender = "m"  # ton adresse, ton identifiant
            break
        gender = genders("fr").of(nxt.low)
        if gender != "e" or nxt.low not in _EITHER_ADJECTIVE:
            break
        nxt = ctx.next(nxt)  # votre propre compte: the noun decides
    if gender in ("m", "f"):
        ctx.replace(tok, "ton" if gender == "m" else "ta")
    else:
        word = nxt.text if nxt is not None else ""
        ctx.leave(tok, "gender", f"the gender of '{word}' is not known: ton or ta")


#: Adjectives of either gender that stand before a noun (votre propre compte).
_EITHER_ADJECTIVE = frozenset({"propre", "même", "seule", "unique"})


def _plural(ctx: Context, tok: Tok) -> bool:
    """*vous tous*, *toutes les deux*, *vous deux*: several people (not *tous les jours*,
    *deux fois*); *toi et X, vous*, *X et toi, vous*, *vous et X*: the reader and someone
    else."""
    start = ctx.sentence(tok)[0]
    for t in ctx.tokens[start : tok.i + 1]:  # toi et ta sœur, vous...; vous et votre fils
        if t.bare in ("toi", "vous") and any(
            n is not None and n.low == "et" for n in (ctx.prev(t), ctx.next(t))
        ):
            return True
    a, b = ctx.clause(tok)
    for t in ctx.tokens[a:b]:
        nxt, before = ctx.next(t), ctx.prev(t)
        follows = nxt.bare if nxt is not None and nxt.is_word else ""
        if t.low in ("tous", "toutes") and follows not in _DETERMINERS_PLURAL:
            return True
        if t.low == "deux" and (
            not follows or (before is not None and before.bare in ("les", "vous"))
        ):
            return True
    return False


_DETERMINERS_PLURAL = frozenset(
    {"les", "ces", "mes", "tes", "nos", "vos", "leurs", "ses", "deux", "trois"}
)
