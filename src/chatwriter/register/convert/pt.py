"""Portuguese: *tu* <-> the 3rd person in Portugal, *você* <-> *o senhor / a senhora* in
Brazil.

**Portugal** (formal style: the verb in the 3rd person with no pronoun, *o seu, lhe, si,
consigo*). To formal: *tu* is dropped, verbs of the 2nd person take the 3rd (*podes ->
pode*, *receberes -> receber*, *não te preocupes -> não se preocupe*), imperatives take
the subjunctive (*envia-me -> envie-me*, *regista-te -> registe-se*); *te* is *se* as the
reflexive, *lhe* as the indirect object (a verb with an object after it, or one that
takes one: *devolvemos-te o valor, ligar-te*); as a direct object its formal form (*o /
a*) depends on who reads, so it is left and reported. *ti -> si, contigo -> consigo,
teu -> seu*. To informal: the reverse, with a verb of the 3rd person converted only when
its subject is the reader (see :mod:`romance`), *você / o senhor* dropped, an infinitive
after a preposition whose subject is the reader made personal (*antes de tentar ->
antes de tentares*).

**Brazil** (informal *você*, formal *o senhor / a senhora*, both with the 3rd-person
verb). To formal: *você* before its verb is dropped (*Você pode... -> Pode...*) with a
note, since *o senhor* or *a senhora* depends on the reader; elsewhere (*para você*) it
is left and reported. Spoken imperatives in the indicative (*fica tranquila, me avisa*)
take the subjunctive (*fique, me avise*); *te -> lhe* as an indirect object. To
informal: *o senhor / a senhora -> você* (*ao senhor -> a você*; after a verb, *te*
before it: *ajudar o senhor -> te ajudar*), *lhe -> te*, affirmative imperatives in the
spoken form (*avise -> avisa*).
"""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert import romance
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok, cap
from chatwriter.register.convert.romance import MAYBE, YES
from chatwriter.register.convert.tables import verbs
from chatwriter.register.convert.words import PT as LEX

_TU = {"teu": "seu", "tua": "sua", "teus": "seus", "tuas": "suas", "ti": "si", "contigo": "consigo"}
_SEU = {"seu": "teu", "sua": "tua", "seus": "teus", "suas": "tuas"}
_SENHOR = frozenset({"senhor", "senhora"})
#: Verbs whose person is an indirect object (lhe, not o/a): ligar-lhe, dar-lhe jeito.
_DATIVE = frozenset(
    {"ligar", "telefonar", "dar", "dizer", "enviar", "mandar", "pedir", "agradecer",
     "responder", "escrever", "perguntar", "explicar", "mostrar", "oferecer", "devolver",
     "chegar", "apetecer", "interessar", "agradar", "acontecer", "faltar", "custar",
     "parecer", "servir", "recomendar", "sugerir", "garantir", "confirmar", "desejar"}
)  # fmt: skip
#: Words before which a Portuguese pronoun goes before its verb (não te preocupes).
_ATTRACTORS = LEX.negation | frozenset({"que", "se", "já", "também", "só", "ainda", "quando",
                                        "onde", "como", "bem", "sempre", "talvez"})  # fmt: skip
_FINITE = ("ip", "ii", "is", "im", "if", "cp", "sp", "si", "sf", "np")
#: Pronouns the tables also read as verbs (ele: elar).
_PRONOUNS = LEX.third | LEX.reader | LEX.proclitics | frozenset({"eu", "tu", "nós", "vós"})


def convert(ctx: Context) -> None:
    """To the formal register (the informal direction is pt_informal's)."""
    _to_formal(ctx, ctx.region == "BR")


def slots_of(low: str) -> set[str]:
    return verbs("pt").slots(low)


def slots_here(ctx: Context, tok: Tok) -> set[str]:
    """The readings of a verb where it stands: an infinitive (*enviar*) is no future
    subjunctive or personal infinitive of the 3rd person unless *se, quando, assim que*...
    comes before it (*se o devolver*)."""
    found = slots_of(tok.low)
    if not verbs("pt").known(tok.low):
        return found
    found = {s for s in found if s[:2] != "np"}
    if not _future_trigger(ctx, tok):
        found = {s for s in found if s[:2] != "sf"}
    return found


#: Words after which a verb may be in the future subjunctive (se quiser, quando tiver).
_FUTURE = frozenset({"se", "quando", "que", "enquanto", "como", "onde", "quem", "logo", "caso"})


def _future_trigger(ctx: Context, tok: Tok) -> bool:
    before = ctx.prev(tok)
    while before is not None:
        if before.low in _FUTURE:
            return True
        if before.low not in LEX.proclitics and before.low not in LEX.negation:
            return False
        before = ctx.prev(before)
    return False


def _finite(low: str, person: str) -> bool:
    return any(s[2:] == person and s[:2] in _FINITE for s in slots_of(low))


def noun_here(ctx: Context, tok: Tok) -> bool:
    """A word that stands where a noun does (a escolha, o registo) or is a function word."""
    if tok.low in LEX.prepositions and not _verb_after_preposition(ctx, tok):
        return True
    return tok.low in LEX.determiners or romance.noun_here(ctx, tok, LEX)


def _verb_after_preposition(ctx: Context, tok: Tok) -> bool:
    """*entre na sua área*: the verb, not the preposition *entre*."""
    nxt = ctx.next(tok)
    return nxt is not None and nxt.low in ("na", "no", "em", "a", "ao", "à")


def _host(ctx: Context, clitic: Tok) -> Tok | None:
    """The verb of a pronoun: the word before a joined one (envia-me, enviar-te-emos), the
    word after a free one (te enviei)."""
    if clitic.joined:
        j = clitic.i - 1
        while j >= 0 and ctx.tokens[j].joined:
            j -= 1
        return ctx.at(j)
    nxt = ctx.next(clitic)
    while nxt is not None and nxt.low in LEX.proclitics:
        nxt = ctx.next(nxt)
    return nxt


def joined_after(ctx: Context, tok: Tok) -> list[Tok]:
    out, j = [], tok.i + 1
    while j < len(ctx.tokens) and ctx.tokens[j].joined:
        out.append(ctx.tokens[j])
        j += 1
    return out


def _has_object(ctx: Context, verb: Tok) -> bool:
    """A direct object after the verb (devolvemos-te o valor, recomendo-te que...)."""
    nxt = ctx.next(verb)
    while nxt is not None and nxt.joined:
        nxt = ctx.next(nxt)
    while nxt is not None and nxt.low in ("já", "agora", "só", "sempre", "também", "hoje"):
        nxt = ctx.next(nxt)
    if nxt is None:
        return False
    if nxt.low in ("que", "isso", "isto") or nxt.text[:1].isdigit():
        return True
    after = ctx.next(nxt)
    return nxt.low in LEX.determiners and not (after is not None and after.low in LEX.prepositions)


def lemmas_of(low: str) -> set[str]:
    base = low.split("-")[0]
    found = {lem for lem, _ in verbs("pt").readings(base)}
    return found or ({base} if verbs("pt").known(base) else set())


# -- to formal ---------------------------------------------------------------------------------
def _to_formal(ctx: Context, brazil: bool) -> None:
    table = verbs("pt")
    last: dict[int, bool] = {}
    for tok in ctx.tokens:
        low = tok.bare
        if low in ("tu", "você") and (low == "tu" or brazil) and not tok.joined:
            _drop_subject(ctx, tok, brazil)
        elif low in _TU and not tok.joined:
            if brazil and low in ("ti", "contigo"):
                ctx.leave(tok, "gender", f"'{tok.text}': o senhor or a senhora, by who reads")
            else:
                ctx.replace(tok, _TU[low])
        elif low == "te":
            _te(ctx, tok, brazil)
    for tok in ctx.tokens:
        if not candidate(ctx, tok):
            continue
        low = tok.low
        if not brazil and _finite(low, "2s") and verb_here(ctx, tok) and not _mesoclitic(ctx, tok):
            found = table.shift(low, {"2s": "3s"}, _FINITE, ("ip", "is", "if", "sp", "np"))
            ctx.put(tok, found)
        elif "mp2s" in slots_of(low) and _imperative(ctx, tok, last, brazil):
            found = table.shift(low, {"2s": "3s"}, ("mp",))
            if ctx.put(tok, found):
                last[ctx.sentence(tok)[0]] = True


def candidate(ctx: Context, tok: Tok) -> bool:
    """A word the verb passes look at: not a joined pronoun, a function word, a noun where
    a noun stands, a pronoun, the infinitive of a future with its pronoun inside, nor a
    word edited already."""
    if tok.joined or not tok.is_word or ctx.edited(tok) or tok.low in _PRONOUNS:
        return False
    return not noun_here(ctx, tok) and not _mesoclitic(ctx, tok)


def verb_here(ctx: Context, tok: Tok) -> bool:
    """A form of the 2nd person that is also a noun or adjective (horas, antes, precisas)
    is the verb only where a verb stands: opening its clause, after a pronoun, *tu* or
    *não*, or with a pronoun joined to it."""
    if "o" not in readings_table("pt").get(tok.low, ()):
        return True
    before = ctx.prev(tok)
    if before is None or before.text in CLAUSE_END or joined_after(ctx, tok):
        return True
    return before.low in LEX.proclitics | LEX.negation | {"tu", "já", "também", "que", "se"}


def _mesoclitic(ctx: Context, tok: Tok) -> bool:
    """*enviar-te-emos*: the infinitive of a future with its pronoun inside."""
    joined = joined_after(ctx, tok)
    return len(joined) > 1 and joined[-1].bare in (
        "ei",
        "ás",
        "á",
        "emos",
        "eis",
        "ão",
        "ia",
        "ias",
        "íamos",
        "iam",
    )


def _drop_subject(ctx: Context, tok: Tok, brazil: bool) -> None:
    """*tu podes -> pode*, *você pode -> pode* (Brazil: with a note)."""
    verb = ctx.next(tok)
    while verb is not None and verb.low in LEX.adverbs | LEX.negation | LEX.proclitics:
        verb = ctx.next(verb)
    before = ctx.prev(tok)
    subject = (
        verb is not None
        and any(s.endswith(("2s", "3s")) for s in slots_of(verb.low))
        and not noun_here(ctx, verb)
    )
    if before is not None and (
        before.low in LEX.prepositions or slots_of(before.low) or verbs("pt").known(before.low)
    ):
        subject = False  # para você, transferir você: no subject
    if not subject or _coordinated_subject(ctx, tok):
        kind = "gender" if brazil or tok.low == "você" else "pronoun"
        ctx.leave(tok, kind, f"'{tok.text}' needs o senhor or a senhora, by who reads")
        return
    nxt = ctx.next(tok)
    new = nxt.text if nxt is not None else ""
    new = cap(new) if ctx.starts_sentence(tok) else new
    ctx.replace(tok, new, nxt, exact=True)
    if brazil:
        ctx.note(tok, "gender", "no pronoun: 'o senhor' or 'a senhora' if you know who reads", nxt)


def _coordinated_subject(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    return nxt is not None and nxt.low in ("e", "ou")


def _te(ctx: Context, tok: Tok, brazil: bool) -> None:
    host = _host(ctx, tok)
    prefix = "-" if tok.joined else ""
    if host is None:
        return
    reflexive = _finite(host.low, "2s") or ("mp2s" in slots_of(host.low) and tok.joined)
    if not reflexive and not brazil:
        governor = ctx.prev(host)
        reflexive = governor is not None and _finite(governor.low, "2s") and host.low.endswith("r")
        reflexive = reflexive or (
            governor is not None and governor.low == "a" and _finite_before(ctx, governor)
        )
    if reflexive and not brazil:
        ctx.replace(tok, prefix + "se")
    elif lemmas_of(host.low) & _DATIVE or _has_object(ctx, host):
        ctx.replace(tok, prefix + "lhe")
    else:
        ctx.leave(
            tok,
            "gender",
            f"'{tok.text}' is the object: o or a (or o senhor / a senhora), by who reads",
        )


def _finite_before(ctx: Context, tok: Tok) -> bool:
    """estás a referir-te: the verb before *a* is of the 2nd person."""
    before = ctx.prev(tok)
    return before is not None and _finite(before.low, "2s")


def _imperative(ctx: Context, tok: Tok, last: dict[int, bool], brazil: bool) -> bool:
    """A 2nd-person imperative opening its clause (envia-me, tira uma fotografia, fica
    tranquila, me avisa) or joined by *e* to one."""
    key = ctx.sentence(tok)[0]
    before = ctx.prev(tok)
    conjunct = before is not None and before.low in LEX.coordinators and last.get(key)
    formula = bool(lemmas_of(tok.low) & LEX.formulas) and comma_next(ctx, tok)
    if not (romance.opens(ctx, tok, LEX) or conjunct) or (ctx.question(tok) and not formula):
        return False
    if romance.modal_use(ctx, tok, LEX) or _right(ctx, tok):
        return False  # vai receber, tem de validar, tem toda a razão: a statement
    if before is not None and before.low == "se" and not ctx.edited(before):
        return False  # se preferires: a conjunction
    only = not (slots_of(tok.low) - {"mp2s"})
    joined = bool(joined_after(ctx, tok))
    proclitic = before is not None and before.low in ("me", "nos")
    if only or joined or proclitic or conjunct or lemmas_of(tok.low) & LEX.formulas:
        return True
    if _object_next(ctx, tok):
        return not (lemmas_of(tok.low) & LEX.unaccusative)
    if brazil:
        return False
    verdict = romance.addressed(ctx, tok, LEX, False)
    if verdict == MAYBE:
        ctx.leave(
            tok, "imperative-or-statement", f"'{tok.text}' may be an imperative or a statement"
        )
    return verdict == YES


def _right(ctx: Context, tok: Tok) -> bool:
    """*tem (toda a) razão*: "you are right", a statement that has no imperative."""
    nxt = ctx.next(tok, ("toda", "a", "mesmo", "muita", "plena"))
    return "ter" in lemmas_of(tok.low) and nxt is not None and nxt.low == "razão"


def comma_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    return nxt is not None and nxt.text in (",", "!")


def _object_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    if nxt is None or (nxt.text in CLAUSE_END and nxt.text not in ("«", '"', "“")):
        return False
    return nxt.text in ("«", '"', "“") or nxt.low in LEX.determiners or nxt.low in LEX.objects


# -- to informal -------------------------------------------------------------------------------
