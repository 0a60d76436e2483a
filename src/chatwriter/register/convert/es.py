"""Spanish: *tú* (and Spain's *vosotros*) <-> *usted*.

To *usted*: *tú -> usted*, *ti -> usted*, *contigo -> con usted*, *tu(s) -> su(s)*,
*tuyo -> suyo*; *te* is *se* when it is the reflexive of a *tú* verb or comes before
*lo/la* (*te lo cambio -> se lo cambio*), else *le* (the *leísmo de cortesía*: *te llamo
-> le llamo*, accepted everywhere). Verbs of the 2nd person take the 3rd (*puedes ->
puede*, *no cierres -> no cierre*); a *tú* imperative opening its clause takes the
*usted* imperative (*revisa la caché -> revise la caché*, *haz -> haga*), with its
pronouns moved to the new form and the accent written again (*envíame -> envíeme*,
*regístrate -> regístrese*, *dímelo -> dígamelo*, *dame -> deme*). Spain's *vosotros, os,
vuestro* take *ustedes, les/se, su*. Mexico says *ustedes* to several people in both
registers, so plurals do not change there.

To *tú*: *usted -> tú* (*ti* after a preposition, *contigo* after *con*), *su(s) -> tu(s)*
unless a pronoun of a thing in the clause might own it (*me lo devuelve en su caja*);
*le -> te* unless someone else is named before it in the sentence or doubled after it
(*no le dé su NIP a nadie*). A verb of the 3rd person becomes the 2nd when its subject is
the reader (see :mod:`romance`): the *usted* imperative opening a clause (*envíe ->
envía*, *no se preocupe -> no te preocupes*), a verb after *usted*, a verb with no subject
of its own. Where the subject may be a thing (*llega mañana*), the verb is left alone and
reported.
"""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert import romance
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok
from chatwriter.register.convert.es_words import ENCLITICS, attach, split
from chatwriter.register.convert.tables import verbs
from chatwriter.register.convert.words import ES as LEX

AMERICAS = frozenset(
    {"MX", "US", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "NI", "PA", "PE",
     "PR", "PY", "SV", "UY", "VE", "419"}
)  # fmt: skip
#: Words that are never verbs here, though the tables read them as one (para: parar) —
#: unless a preposition follows (entre en su cuenta).
_CLOSED = (
    LEX.determiners
    | LEX.prepositions
    | LEX.subordinators
    | LEX.coordinators
    | frozenset({"como", "nada", "más", "cosa", "solo", "sólo"})
)
#: Verbs whose object is a person: *lo/la* before them may be the reader (lo atiendo).
PERSON_VERBS = frozenset(
    {"atender", "ayudar", "llamar", "contactar", "esperar", "molestar", "transferir",
     "comunicar", "saludar", "felicitar", "invitar", "acompañar", "orientar", "asesorar",
     "apoyar", "avisar", "notificar", "visitar", "canalizar"}
)  # fmt: skip


def closed(ctx: Context, tok: Tok) -> bool:
    if tok.low not in _CLOSED:
        return False
    nxt = ctx.next(tok)
    return not (tok.low in LEX.prepositions and nxt is not None and nxt.low in ("en", "a", "al"))


_TU = {"tú": "usted", "contigo": "con usted", "tu": "su", "tus": "sus", "tuyo": "suyo",
       "tuya": "suya", "tuyos": "suyos", "tuyas": "suyas"}  # fmt: skip
USTED = {"su": "tu", "sus": "tus", "suyo": "tuyo", "suya": "tuya", "suyos": "tuyos",
          "suyas": "tuyas"}  # fmt: skip
_VOSOTROS = {"vosotros": "ustedes", "vosotras": "ustedes", "vuestro": "su", "vuestra": "su",
             "vuestros": "sus", "vuestras": "sus"}  # fmt: skip
ACCUSATIVE = frozenset({"lo", "la", "los", "las"})
PEOPLE = frozenset({"nadie", "alguien", "él", "ella", "ellos", "ellas", "todos", "cualquiera",
                     "ninguno", "ninguna", "otro", "otra", "otros", "otras"})  # fmt: skip
_ADVERBS = frozenset(
    {"mañana", "hoy", "ya", "pronto", "bien", "mal", "ahora", "luego", "tarde", "temprano",
     "siempre", "nunca", "aquí", "allí", "ahí", "más", "menos", "mucho", "poco", "solo", "sólo",
     "también", "tampoco", "antes", "después", "enseguida", "todavía", "aún", "así"}
)  # fmt: skip
_FINITE_2S = ("ip", "ii", "is", "if", "cp", "sp", "si", "sf")


def convert(ctx: Context) -> None:
    """To the formal register (the informal direction is es_informal's)."""
    _to_usted(ctx)


def _finite(low: str, person: str) -> bool:
    return any(s[2:] == person and s[:2] in _FINITE_2S for s in verbs("es").slots(low))


def noun_here(ctx: Context, tok: Tok) -> bool:
    """A word that is also a noun, where a noun stands (la fecha, sin intereses)."""
    return tok.low in _CLOSED or romance.noun_here(ctx, tok, LEX)


def verb_context(ctx: Context, tok: Tok) -> bool:
    """Around a word that is also a noun, what makes it a verb: a clitic or *no* before
    it, a subject pronoun next to it, an infinitive after it."""
    before, nxt = ctx.prev(tok), ctx.next(tok)
    if before is not None and (before.low in _PERSONAL or before.low in LEX.negation):
        return True  # not lo/la: before a noun they are articles (la fecha)
    subjects = LEX.reader | {"tú", "yo"}
    if (before is not None and before.low in subjects) or (nxt is not None and nxt.low in subjects):
        return True
    if nxt is not None and nxt.low.endswith(("ado", "ido")) and "haber" in _lemmas(tok.low):
        return True  # ha podido
    return nxt is not None and romance.infinitive_lemma(nxt, LEX) is not None


_PERSONAL = frozenset({"me", "te", "se", "nos", "os", "le", "les"})


def _lemmas(low: str) -> set[str]:
    return {lem for lem, _ in verbs("es").readings(low)}


# -- to usted ----------------------------------------------------------------------------------
def _to_usted(ctx: Context) -> None:
    table = verbs("es")
    spain = ctx.region not in AMERICAS
    last_imperative: dict[int, bool] = {}
    for tok in ctx.tokens:
        low = tok.low
        if low in _TU:
            ctx.replace(tok, _TU[low])
        elif low == "ti":
            ctx.replace(tok, "usted")
        elif low in _VOSOTROS and spain:
            ctx.replace(tok, _VOSOTROS[low])
        elif low in ("te", "os") and (low == "te" or spain):
            ctx.replace(tok, _object_pronoun(ctx, tok))
        elif closed(ctx, tok):
            continue
        elif (_finite(low, "2s") or (spain and _finite(low, "2p"))) and not (
            not romance.verb_position(ctx, tok, LEX) and not verb_context(ctx, tok)
        ):
            persons = {"2s": "3s", "2p": "3p"}
            found = table.shift(low, persons, _FINITE_2S, ("ip", "is", "if", "sp"))
            ctx.put(tok, found)
        elif table.slots(low) & {"mp2s", "mp2p"}:
            _bare_imperative(ctx, tok, last_imperative)
        elif low.endswith(ENCLITICS) and len(low) > 3:
            _enclitic_to_usted(ctx, tok, table, last_imperative)


def _object_pronoun(ctx: Context, tok: Tok) -> str:
    """*te*: *se* as the reflexive of a *tú* verb or before *lo/la*, else *le*."""
    nxt = ctx.next(tok)
    if nxt is not None and nxt.low in ACCUSATIVE:
        return "se"
    person = "2s" if tok.low == "te" else "2p"
    if nxt is not None and _finite(nxt.low, person):
        return "se"
    return "le" if tok.low == "te" else "les"


def _bare_imperative(ctx: Context, tok: Tok, last: dict[int, bool]) -> None:
    """A *tú* imperative opening its clause (haz, revisa la caché, llega 15 minutos antes)."""
    table = verbs("es")
    slots = table.slots(tok.low)
    key = ctx.sentence(tok)[0]
    if not (romance.opens(ctx, tok, LEX) or conjunct(ctx, tok, last)) or ctx.question(tok):
        return
    if romance.modal_use(ctx, tok, LEX):
        return  # puede pagar: a statement
    nxt = ctx.next(tok)
    if nxt is not None and (nxt.low in LEX.third or nxt.low in ("yo", "nosotros")):
        return
    only = not (slots - {"mp2s", "mp2p"})
    lemma_set = {lem for lem, s in table.readings(tok.low) if s.startswith("mp")}
    signal = _object_next(ctx, tok) or _please(ctx, tok) or last.get(key) or _coordinated(ctx, tok)
    signal = signal or bool(lemma_set & LEX.formulas)
    if lemma_set & LEX.unaccusative and not only:
        signal = (
            _please(ctx, tok) or last.get(key) or _coordinated(ctx, tok) or _number_next(ctx, tok)
        )
    if not only and not signal:
        if ctx.starts_sentence(tok) or romance.negated(ctx, tok, LEX):
            ctx.leave(
                tok, "imperative-or-statement", f"'{tok.text}' may be an imperative or a statement"
            )
        return
    found = table.shift(tok.low, {"2s": "3s", "2p": "3p"}, ("mp",))
    if ctx.put(tok, found):
        last[key] = True


def conjunct(ctx: Context, tok: Tok, last: dict[int, bool]) -> bool:
    """After *y, o, pero* in a sentence whose last verb was an imperative (haz una foto y
    envíanosla)."""
    before = ctx.prev(tok)
    while before is not None and (before.low in LEX.proclitics or before.low in LEX.negation):
        before = ctx.prev(before)
    return (
        before is not None
        and before.low in LEX.coordinators
        and bool(last.get(ctx.sentence(tok)[0]))
    )


def _object_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    if nxt is not None and nxt.text in ("«", "“", '"'):
        return True  # pulsa «Cancelar»: a label
    if nxt is None or nxt.text in CLAUSE_END:
        return False
    if nxt.low in LEX.determiners or nxt.low == "que":
        return True
    if nxt.low in _ADVERBS or nxt.low in LEX.prepositions or nxt.low in LEX.subordinators:
        if nxt.low == "a":
            after = ctx.next(nxt)
            return after is not None and romance.infinitive_lemma(after, LEX) is not None
        return False
    return nxt.is_word and not verbs("es").slots(nxt.low)


def _number_next(ctx: Context, tok: Tok) -> bool:
    nxt = ctx.next(tok)
    return nxt is not None and nxt.text[:1].isdigit()


def _please(ctx: Context, tok: Tok) -> bool:
    a, b = ctx.clause(tok)
    words = [t.low for t in ctx.tokens[a:b]]
    sentence = ctx.sentence(tok)
    after = [t.low for t in ctx.tokens[b : sentence[1]]]
    return "favor" in words or after[:3] == [",", "por", "favor"]


def _coordinated(ctx: Context, tok: Tok) -> bool:
    """Joined by *y/o* to an imperative later in the sentence (entra en ... y pulsa ...)."""
    table = verbs("es")
    _, end = ctx.sentence(tok)
    for t in ctx.tokens[tok.i + 1 : end]:
        if t.low in ("y", "o", "e", "u"):
            nxt = ctx.next(t)
            return (
                nxt is not None
                and bool(table.slots(nxt.low) & {"mp2s", "mp2p"})
                and _object_next(ctx, nxt)
            )
    return False


def _enclitic_to_usted(ctx: Context, tok: Tok, table, last: dict[int, bool]) -> None:
    parts = split(tok.low, table, frozenset({"mp2s", "mp2p", "v"}))
    if parts is None:
        return
    base, clitics = parts
    if "te" not in clitics and "os" not in clitics and not table.slots(base) & {"mp2s", "mp2p"}:
        return  # enviarlo, llamándonos: nothing of the reader
    opens = romance.opens(ctx, tok, LEX) or conjunct(ctx, tok, last)
    if table.slots(base) & {"mp2s", "mp2p"} and opens:
        found = table.shift(base, {"2s": "3s", "2p": "3p"}, ("mp",))
        if len(found) != 1:
            ctx.leave(tok, "unknown-verb", f"no usted imperative of '{base}' in the tables")
            return
        new_clitics = ["se" if c in ("te", "os") else c for c in clitics]
        ctx.replace(tok, attach(found[0], new_clitics))
        last[ctx.sentence(tok)[0]] = True
        return
    if table.known(base) or base.endswith(("ando", "iendo", "yendo")):
        reflexive = _reader_subject(ctx, tok)
        new_clitics = [("se" if reflexive else "le") if c == "te" else c for c in clitics]
        ctx.replace(tok, attach(base, new_clitics))


def _reader_subject(ctx: Context, tok: Tok) -> bool:
    """The subject of an infinitive is the reader: its governing verb (the last finite
    verb before it in the sentence) is the reader's, or there is none (para darte de
    baja)."""
    a, _ = ctx.sentence(tok)
    for t in reversed(ctx.tokens[a : tok.i]):
        if t.low in _CLOSED:
            continue
        codes = readings_table("es").get(t.low, frozenset()) - {"o", "m"}
        persons = {c[:2] for c in codes}
        if persons & {"1s", "1p", "2s", "3s", "3p", "2p"}:
            return "2s" in persons and not persons & {"1s", "1p"}
    return True
