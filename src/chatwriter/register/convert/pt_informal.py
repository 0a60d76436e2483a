"""Portuguese to the informal register (see :mod:`chatwriter.register.convert.pt`)."""

from __future__ import annotations

from chatwriter.register.convert import romance
from chatwriter.register.convert.core import Context, Tok, cap
from chatwriter.register.convert.pt import (
    candidate,
    comma_next,
    joined_after,
    lemmas_of,
    noun_here,
    slots_here,
    slots_of,
    verb_here,
)
from chatwriter.register.convert.romance import MAYBE, YES
from chatwriter.register.convert.tables import verbs
from chatwriter.register.convert.words import PT as LEX

_SEU = {"seu": "teu", "sua": "tua", "seus": "teus", "suas": "tuas"}
_ARTICLES = frozenset({"o", "a"})
_INFORMAL_WORDS = frozenset({"tu", "te", "ti", "contigo", "teu", "tua", "teus", "tuas"})
#: Endings of nouns for people (o técnico, a operadora), who a *lhe* may stand for.
_PERSON_ENDINGS = ("ista", "dor", "dora", "tor", "tora", "eiro", "eira", "ante", "ente", "ico",
                   "ica", "ário", "ária")  # fmt: skip
#: Prepositions after which an infinitive of the reader is personal (antes de tentares).
_PERSONAL = frozenset({"para", "sem", "até", "após"})
_ATTRACTORS = LEX.negation | frozenset({"que", "já", "também", "só", "ainda", "quando", "se"})


def to_informal(ctx: Context, brazil: bool) -> None:
    mixed = not brazil and romance.informal_present(ctx, LEX, _INFORMAL_WORDS)
    for tok in ctx.tokens:
        low = tok.bare
        if low in ("senhor", "senhora") and not tok.joined:
            _senhor(ctx, tok, brazil)
        elif low == "você" and not brazil:
            _voce(ctx, tok)
        elif low == "lhe" and mixed:
            ctx.leave(
                tok,
                "third-person",
                f"'{tok.text}' may be the reader or someone else (the reply says tu elsewhere)",
            )
        elif low == "lhe":
            _lhe(ctx, tok)
        elif low == "si" and not brazil:
            before = ctx.prev(tok)
            if before is not None and before.low in LEX.prepositions:
                ctx.replace(tok, "ti")
        elif low == "consigo" and not brazil:
            nxt = ctx.next(tok)
            if nxt is None or (
                romance.infinitive_lemma(nxt, LEX) is None and nxt.low not in _ARTICLES
            ):
                ctx.replace(tok, "contigo")
        elif low in _SEU and not brazil:
            if mixed:
                ctx.leave(
                    tok,
                    "third-person",
                    f"'{tok.text}' may be the reader's or someone else's (the reply says tu elsewhere)",
                )
            elif _thing_pronoun(ctx, tok):
                ctx.leave(
                    tok, "third-person", f"'{tok.text}' may belong to a thing named in the clause"
                )
            else:
                ctx.replace(tok, _SEU[low])
    last: dict[int, bool] = {}
    for tok in ctx.tokens:
        if not candidate(ctx, tok) or not romance.verb_position(ctx, tok, LEX):
            continue
        if any(s.endswith("3s") for s in slots_here(ctx, tok)):
            _verb(ctx, tok, brazil, last)
        else:
            _person_object(ctx, tok)
    if not brazil:
        for tok in ctx.tokens:
            _personal_infinitive(ctx, tok)


def _senhor(ctx: Context, tok: Tok, brazil: bool) -> None:
    """*o senhor / a senhora*: the subject (você in Brazil, dropped in Portugal), after a
    preposition (*a você / a ti*), or the object after a verb (*te* before it)."""
    art = ctx.prev(tok)
    if art is None or art.low not in ("o", "a", "ao", "à", "do", "da", "pelo", "pela"):
        return  # senhor as a vocative or a title (Senhor Marcos, o senhor Silva is below)
    nxt = ctx.next(tok)
    if nxt is not None and (nxt.text[:1].isupper() or nxt.low in ("que", "do", "da")):
        return  # o senhor Silva, a senhora que atendeu: a third person
    before = ctx.prev(art)
    you = "você" if brazil else "ti"
    if art.low in ("ao", "à"):
        ctx.replace(art, "a " + you, tok)
    elif art.low in ("do", "da"):
        ctx.replace(art, "de " + you if brazil else "de ti", tok)
    elif art.low in ("pelo", "pela"):
        ctx.replace(art, "por " + you, tok)
    elif before is not None and before.low == "com":
        ctx.replace(before, "com você" if brazil else "contigo", tok)
    elif before is not None and before.low in LEX.prepositions:
        ctx.replace(art, you, tok)
    elif before is not None and _verb_form(before) and not _subject_next(ctx, tok):
        new = "te " + before.text if brazil else before.text + "-te"
        ctx.replace(before, new, tok, exact=True)  # aviso o senhor -> te aviso
    elif brazil:
        ctx.replace(art, "você", tok)
    else:
        _drop(ctx, art, tok)


def _verb_form(tok: Tok) -> bool:
    return bool(slots_of(tok.low)) or verbs("pt").known(tok.low)


def _subject_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    while nxt is not None and nxt.low in LEX.adverbs | LEX.negation | LEX.proclitics:
        nxt = ctx.next(nxt)
    return nxt is not None and any(s.endswith("3s") for s in slots_of(nxt.low))


def _voce(ctx: Context, tok: Tok) -> None:
    before = ctx.prev(tok)
    if before is not None and before.low == "com":
        ctx.replace(before, "contigo", tok)
    elif before is not None and before.low in LEX.prepositions:
        ctx.replace(tok, "ti")
    else:
        _drop(ctx, tok, tok)


def _drop(ctx: Context, first: Tok, last: Tok) -> None:
    """Drop a subject (você, o senhor): its verb takes the 2nd person when the verbs are
    converted; the next word takes the capital."""
    nxt = ctx.next(last)
    if nxt is None or not _subject_next(ctx, last):
        ctx.leave(
            first, "pronoun", f"'{ctx.text[first.start : last.end]}' is not the subject here", last
        )
        return
    verb = nxt
    while verb is not None and not any(s.endswith("3s") for s in slots_of(verb.low)):
        verb = ctx.next(verb)
    table = verbs("pt")
    found = table.shift(verb.low, {"3s": "2s"}, None, ("ip", "is", "if", "sp", "cp"))
    if len(found) != 1:
        ctx.leave(first, "unknown-verb", f"no tu form of '{verb.text}' in the tables", last)
        return
    text = nxt.text if nxt is not verb else found[0]
    ctx.replace(first, cap(text) if ctx.starts_sentence(first) else text, nxt, exact=True)
    if nxt is not verb:
        ctx.replace(verb, found[0])


def _lhe(ctx: Context, tok: Tok) -> None:
    """*lhe* is the reader unless someone named before it (in its clause, not across
    *que*) may be who it stands for."""
    a, _ = ctx.sentence(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if t.low in ("que", "se", "quando"):
            break
        if t.low in ("ele", "ela") or (t.low in LEX.determiners and _person(ctx.next(t))):
            ctx.leave(tok, "third-person", f"'{tok.text}' may stand for someone named before it")
            return
    ctx.replace(tok, "-te" if tok.joined else "te")


def _person(tok: Tok | None) -> bool:
    if tok is None or not tok.is_word:
        return False
    return tok.text[:1].isupper() or (tok.low.endswith(_PERSON_ENDINGS) and not slots_of(tok.low))


def _thing_pronoun(ctx: Context, tok: Tok) -> bool:
    """A pronoun of a thing before *seu* in its clause (*envie-o na sua caixa*, *se o
    devolver na sua caixa*): the thing may be the owner."""
    a, _ = ctx.clause(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if t.joined and t.bare in ("o", "a", "os", "as", "lo", "la", "los", "las"):
            return True
        before = ctx.prev(t)
        proclitic = (
            before is not None and before.low in _ATTRACTORS and t.low in ("o", "a", "os", "as")
        )
        after = ctx.next(t)
        if proclitic and after is not None and slots_here(ctx, after) and not noun_here(ctx, after):
            return True
        if t.low in LEX.subordinators:
            return False
    return False


#: Verbs whose object is a person: -lo / -la after them may be the reader (contactá-lo).
_PERSON_VERBS = frozenset({"contactar", "contatar", "ajudar", "atender", "avisar", "informar",
                           "transferir", "encaminhar", "chamar", "orientar", "acompanhar"})  # fmt: skip


def _person_object(ctx: Context, tok: Tok) -> None:
    """*contactá-lo*: the object may be the reader (te) or someone else; reported."""
    joined = joined_after(ctx, tok)
    if not joined or joined[0].bare not in ("lo", "la"):
        return
    plain = tok.low.translate(str.maketrans("áéêíô", "aeeio"))
    lemma = plain + "r" if tok.low[-1:] in "áéêíô" else plain
    if lemma in _PERSON_VERBS:
        ctx.leave(
            tok,
            "third-person",
            f"'{tok.text}{joined[0].text}' may be the reader (te) or someone else",
            joined[0],
        )


def _verb(ctx: Context, tok: Tok, brazil: bool, last: dict[int, bool]) -> None:
    table = verbs("pt")
    formal_clitic = any(c.bare in ("se", "lhe") for c in joined_after(ctx, tok))
    if (
        not brazil
        and not formal_clitic
        and (romance.informal_imperative(ctx, tok, LEX, last) or _joined_imperative(ctx, tok))
    ):
        return  # verifica, envia-me: a tu imperative already
    key = ctx.sentence(tok)[0]
    before = ctx.prev(tok)
    conjunct = before is not None and before.low in LEX.coordinators and last.get(key)
    opens = romance.opens(ctx, tok, LEX) and not (
        before is not None and before.low == "se" and _if(ctx, before)
    )
    formula = bool(lemmas_of(tok.low) & LEX.formulas) and comma_next(ctx, tok)
    imperative = (
        slots_of(tok.low) & {"mp3s"}
        and (opens or conjunct)
        and (not ctx.question(tok) or formula)
        and (romance.subordinate(ctx, tok, LEX) is None or conjunct)
    )
    negative = romance.negated(ctx, tok, LEX)
    if imperative:
        last[key] = True
        if brazil and negative:
            return  # não compartilhe: the same in both registers
        lemmas = {lem for lem, s in table.readings(tok.low) if s == "mp3s"}
        slot = "sp2s" if negative else "mp2s"
        found = sorted({table.form(lem, slot) for lem in lemmas} - {None})
        if ctx.put(tok, found) and not brazil:
            _reflexive(ctx, tok)
        return
    if brazil:
        return  # você takes the 3rd person: nothing to change
    if _first_person(ctx, tok):
        ctx.leave(tok, "first-person", f"the subject of '{tok.text}' may be 'I' or the reader")
        return
    clitics = _clitics(ctx, tok)
    reader_object = any(c.bare == "lhe" for c in clitics)
    verdict = romance.addressed(ctx, tok, LEX, reader_object)
    reflexive = any(c.bare == "se" for c in clitics if c.joined or not _if(ctx, c))
    if verdict == MAYBE and reflexive and romance.object_after(ctx, tok, LEX) is None:
        verdict = YES  # importa-se de...: a pronominal verb, said of a person
    if verdict == YES:
        moods = tuple({s[:2] for s in slots_here(ctx, tok)})
        found = table.shift(tok.low, {"3s": "2s"}, moods, ("ip", "is", "if", "sp", "cp"))
        if ctx.put(tok, found):
            _reflexive(ctx, tok)
            _infinitive_reflexive(ctx, tok)
    elif verdict == MAYBE:
        ctx.leave(tok, "third-person", f"the subject of '{tok.text}' may be the reader or a thing")


def _infinitive_reflexive(ctx: Context, verb: Tok) -> None:
    """*está a referir-se -> estás a referir-te*, *pode registar-se -> podes registar-te*."""
    nxt = ctx.next(verb)
    if nxt is not None and nxt.low == "a":
        nxt = ctx.next(nxt)
    if nxt is None or not verbs("pt").known(nxt.low):
        return
    for c in joined_after(ctx, nxt):
        if c.bare == "se":
            ctx.replace(c, "-te")


def _joined_imperative(ctx: Context, tok: Tok) -> bool:
    """*envia-me, regista-te*: an imperative with its pronoun, opening its clause."""
    joined = joined_after(ctx, tok)
    return bool(joined) and "mp2s" in slots_of(tok.low) and romance.opens(ctx, tok, LEX)


def _if(ctx: Context, tok: Tok) -> bool:
    """*se* opening a clause is the conjunction (Se preferir...): Portugal puts no pronoun
    first."""
    before = ctx.prev(tok)
    return (
        before is None
        or before.text in (",", ".", "!", "?", ";", ":")
        or before.low in LEX.coordinators
    )


def _clitics(ctx: Context, tok: Tok) -> list[Tok]:
    out = joined_after(ctx, tok)
    before = ctx.prev(tok)
    while before is not None and before.low in LEX.proclitics:
        if before.low == "se" and not romance.attracted(ctx, before):
            break  # verifique se recebeu: the conjunction
        out.append(before)
        before = ctx.prev(before)
    return out


def _reflexive(ctx: Context, tok: Tok) -> None:
    """The *se* of a verb of the reader is *te* (registe-se -> regista-te, não se preocupe)."""
    for c in _clitics(ctx, tok):
        if c.bare == "se" and not (not c.joined and _if(ctx, c)):
            ctx.replace(c, "-te" if c.joined else "te")


def _first_person(ctx: Context, tok: Tok) -> bool:
    """*assim que tiver novidades* after *vou contactá-lo*: a form that is also of the 1st
    person, in a sentence whose verb before it is of the 1st person, is that person's."""
    if "sf1s" not in slots_of(tok.low):
        return False
    a, _ = ctx.sentence(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        slots = slots_of(t.low)
        before = ctx.prev(t)
        after_article = before is not None and (
            before.low in LEX.determiners or before.low in LEX.prepositions
        )
        if verbs("pt").known(t.low):
            continue  # contactar-te: an infinitive says no person
        if slots and not t.joined and t.low not in LEX.prepositions and not after_article:
            return any(s.endswith("1s") for s in slots) and not any(
                s.endswith(("2s", "3s")) for s in slots
            )
    return False


def _personal_infinitive(ctx: Context, tok: Tok) -> None:
    """*antes de tentar -> antes de tentares*: an infinitive after a preposition whose
    subject is the reader (the verb it depends on was made informal)."""
    before = ctx.prev(tok)
    if before is None or not verbs("pt").known(tok.low) or ctx.edited(tok):
        return
    two = ctx.prev(before)
    if not (
        before.low in _PERSONAL
        or (before.low == "de" and two is not None and two.low in ("antes", "depois"))
    ):
        return
    a, b = ctx.sentence(tok)
    governors = [t for t in reversed(ctx.tokens[a : tok.i]) if _finite_any(ctx, t)]
    if not governors:
        governors = [t for t in ctx.tokens[tok.i + 1 : b] if _finite_any(ctx, t)]
    new = ctx.new_text(governors[0]) if governors else None
    if new is not None and any(s.endswith("2s") for s in slots_of(new.lower())):
        personal = verbs("pt").form(tok.low, "np2s")
        if personal:
            ctx.replace(tok, personal)


def _finite_any(ctx: Context, tok: Tok) -> bool:
    if (
        tok.joined
        or noun_here(ctx, tok)
        or tok.low in LEX.determiners
        or verbs("pt").known(tok.low)
    ):
        return False
    if not verb_here(ctx, tok):
        return False  # antes, logo: adverbs the tables also read as verbs
    return any(s[:2] != "np" for s in slots_of(tok.low))


def convert(ctx: Context) -> None:
    """To the informal register."""
    to_informal(ctx, ctx.region == "BR")
