"""German: *du* (and plural *ihr*) <-> *Sie*.

To *Sie*: *du -> Sie*, and its verb (the one before it, or the first 2nd-person form after
it in its clause) takes the 3rd person plural of the same tense (*kannst du -> können
Sie*, *wenn du die App öffnest -> wenn Sie die App öffnen*); *dich, dir* are *sich* in a
clause whose subject is the reader (*melde dich -> melden Sie sich*), else *Sie, Ihnen*;
*dein- -> Ihr-* with its ending (*deinem -> Ihrem*, *deins -> Ihres*). An imperative
opening its clause (*Schick mir, Ruf uns ... an, und warte*) becomes the *Sie* imperative
(*Schicken Sie mir, Rufen Sie uns ... an*); the plural *ihr, euch, euer* and its verbs go
to *Sie* too.

To *du*: *Sie* is the subject when the finite verb of its clause is plural (the verb
before it, after it, or in a clause opened by *dass, wenn, ob*... the last one) and no
other subject is there (*ich, wir*...); after *für, um, durch, gegen, ohne*, or with
another subject, it is the object *dich*. *Verb + Sie* opening a clause that asks nothing
is the imperative (*Schicken Sie mir -> Schick mir*; the -e stays where the stem needs
it: *melde, warte, öffne, entschuldige*), except modal and auxiliary verbs (*können Sie,
haben Sie*: a statement). *Ihnen -> dir*, *Ihr- -> dein-*; *sich* of the reader is *dir*
when the clause has another object in the accusative (*suchen Sie sich einen Termin aus
-> such dir einen Termin aus*), else *dich*. At the start of a sentence *Sie* with a
singular verb is *she* and stays; *Sie* before a plural verb with a noun phrase before it
might be *they* and is left alone.
"""

from __future__ import annotations

from chatwriter.register.context import verbs as readings_table
from chatwriter.register.convert.core import CLAUSE_END, Context, Tok, is_cap
from chatwriter.register.convert.tables import verbs

_POSSESSIVE = {"dein": "Ihr", "deine": "Ihre", "deinen": "Ihren", "deinem": "Ihrem",
               "deiner": "Ihrer", "deines": "Ihres", "deins": "Ihres", "euer": "Ihr",
               "eure": "Ihre", "euren": "Ihren", "eurem": "Ihrem", "eurer": "Ihrer",
               "eures": "Ihres"}  # fmt: skip
FORMAL_POSSESSIVE = {"Ihr": "dein", "Ihre": "deine", "Ihren": "deinen", "Ihrem": "deinem",
                      "Ihrer": "deiner", "Ihres": "deines"}  # fmt: skip
_LEAD = frozenset({"bitte", "einfach", "gern", "gerne", "dann", "und", "oder", "jetzt", "also",
                   "doch", "nun", "danach", "zuerst", "anschließend", "anschliessend"})  # fmt: skip
_FORMULAS = frozenset({"danke", "bitte", "gern", "gerne", "hallo", "schade", "sorry", "grüß"})
_SUBJECTS = frozenset({"ich", "wir", "er", "es", "man", "sie", "du", "ihr"})
ACCUSATIVE_PREPOSITIONS = frozenset({"für", "um", "durch", "gegen", "ohne"})
_DATIVE_PREPOSITIONS = frozenset(
    {"mit", "bei", "von", "zu", "aus", "nach", "seit", "gegenüber", "vom", "zum", "beim"}
)
PREPOSITIONS = ACCUSATIVE_PREPOSITIONS | _DATIVE_PREPOSITIONS | frozenset(
    {"an", "auf", "in", "über", "unter", "vor", "hinter", "neben", "zwischen", "am", "im", "ins",
     "ans", "aufs", "zur"}
)  # fmt: skip
_SUBORDINATORS = frozenset(
    {"dass", "daß", "wenn", "ob", "falls", "weil", "sobald", "bis", "wann", "wie", "was", "wo",
     "da", "damit", "obwohl", "nachdem", "bevor", "als", "während", "welche", "welcher",
     "welches", "welchen", "welchem", "der", "die", "das", "dem", "den", "denen", "dessen",
     "deren", "womit", "wofür", "woran", "worauf", "wobei"}
)  # fmt: skip
#: Verbs that after *Sie* ask or state, never command (können Sie, haben Sie).
NOT_IMPERATIVE = frozenset(
    {"können", "müssen", "dürfen", "sollen", "wollen", "mögen", "haben", "sein", "werden"}
)
#: Determiners of an object in the accusative (for dich / dir).
ACCUSATIVE = frozenset(
    {"einen", "den", "keinen", "die", "das", "eine", "keine", "ein", "kein", "diese", "diesen",
     "dieses", "alle", "alles", "etwas", "nichts", "es", "ihn", "meinen", "ihren", "unseren",
     "deinen", "Ihren", "Ihre", "deine", "meine", "unsere", "mehr", "viel", "viele"}
)  # fmt: skip
_TENSES = ("ip", "ii", "s2", "s1")
_CONJUNCTIONS = frozenset(
    {"dass", "daß", "wenn", "ob", "falls", "weil", "sobald", "bis", "damit", "obwohl",
     "nachdem", "bevor", "während", "sodass", "solange", "sofern"}
)  # fmt: skip
#: Formulas and conjunctions that read as imperatives too (Danke; weil: weilen).
_NEVER_IMPERATIVE = (
    _FORMULAS | _CONJUNCTIONS | frozenset({"und", "oder", "aber", "sondern", "denn"})
)


def convert(ctx: Context) -> None:
    """To the formal register (the informal direction is de_informal's)."""
    _to_sie(ctx)


def swiss(ctx: Context, form: str) -> str:
    return form.replace("ß", "ss") if ctx.region in ("CH", "LI") else form


def lookup(form: str) -> str:
    """Swiss spelling writes ss for ß (weisst, schliess): find the form the tables hold."""
    table = verbs("de")
    if table.readings(form) or "ss" not in form:
        return form
    for i in range(len(form) - 2, -1, -1):
        if form[i : i + 2] == "ss":
            other = form[:i] + "ß" + form[i + 2 :]
            if table.readings(other):
                return other
    return form


#: Separable particles: a verb the tables lack with one of them (zurückschickst) is the
#: particle and a verb they hold (schickst).
_PARTICLES = tuple(sorted(
    ("zurück", "weiter", "wieder", "heraus", "herunter", "hinein", "vorbei", "bereit", "fest",
     "frei", "durch", "nach", "ab", "an", "auf", "aus", "ein", "mit", "vor", "weg", "zu", "um",
     "her", "hin", "los", "dazu", "rein", "raus", "runter", "hoch", "kennen", "statt", "teil"),
    key=len, reverse=True,
))  # fmt: skip


def _split_particle(low: str) -> tuple[str, str]:
    """(particle, verb form the tables hold), or ("", low)."""
    table = verbs("de")
    if table.readings(lookup(low)):
        return "", low
    for particle in _PARTICLES:
        rest = low[len(particle) :]
        if low.startswith(particle) and len(rest) > 2 and table.readings(lookup(rest)):
            return particle, rest
    return "", low


def slots_of(low: str) -> set[str]:
    _, rest = _split_particle(low)
    return verbs("de").slots(lookup(rest))


def shift_person(ctx: Context, verb: Tok, persons: dict[str, str], moods=None) -> str | None:
    particle, rest = _split_particle(verb.low)
    found = [particle + f for f in verbs("de").shift(lookup(rest), persons, moods, _TENSES)]
    if len(found) == 1:
        return swiss(ctx, found[0])
    if found:
        ctx.leave(verb, "ambiguous-verb", f"'{verb.text}' reads as {' or '.join(found)}")
    else:
        ctx.leave(
            verb, "unknown-verb", f"no form of '{verb.text}' for the new subject in the tables"
        )
    return None


def clause_tokens(ctx: Context, tok: Tok) -> list[Tok]:
    a, b = ctx.clause(tok)
    return ctx.tokens[a:b]


def subordinate(ctx: Context, clause: list[Tok]) -> bool:
    """A clause with its finite verb last: opened by *dass, wenn, ob*..., or by a
    relative or question word that does not start the sentence (*, mit dem Sie...*)."""
    words = [t for t in clause if t.is_word]
    if not words:
        return False
    first = words[0].low
    second = words[1].low if len(words) > 1 else ""
    if first in _CONJUNCTIONS:
        return True
    if ctx.starts_sentence(words[0]):
        return False
    return first in _SUBORDINATORS or (first in PREPOSITIONS and second in _SUBORDINATORS)


def opens_clause(ctx: Context, tok: Tok) -> bool:
    """The verb opens its clause: after a mark, or after *und, oder* (a new conjunct),
    past words like *bitte, einfach, dann*."""
    before = ctx.prev(tok)
    while before is not None and before.low in _LEAD:
        if before.low in ("und", "oder"):
            return True
        before = ctx.prev(before)
    return before is None or before.text in CLAUSE_END or ctx.newline_before(tok)


# -- to Sie ------------------------------------------------------------------------------------
def _to_sie(ctx: Context) -> None:
    table = verbs("de")
    plural = any(
        t.low in ("ihr", "euch", "euer", "eure", "euren", "eurem", "eurer") for t in ctx.tokens
    )
    done: set[int] = set()
    last: dict[int, bool] = {}  # sentence start -> an imperative was converted there
    reader_clauses: set[int] = set()  # clause starts whose subject is the reader
    for tok in ctx.tokens:
        if tok.low in ("du", "ihr") and (tok.low == "du" or _plural_subject(ctx, tok)):
            ctx.replace(tok, "Sie", exact=not ctx.starts_sentence(tok))
            reader_clauses.add(ctx.clause(tok)[0])
            verb = _verb_of(ctx, tok, "2s" if tok.low == "du" else "2p")
            if verb is not None and verb.i not in done:
                done.add(verb.i)
                new = shift_person(ctx, verb, {"2s": "3p", "2p": "3p"})
                if new is not None:
                    ctx.replace(verb, new)
    for tok in ctx.tokens:
        if (
            tok.i in done
            or not tok.is_word
            or tok.low in _NEVER_IMPERATIVE
            or not opens_clause(ctx, tok)
        ):
            continue
        slots = table.slots(lookup(tok.low))
        if (
            not slots & {"mp2s", "mp2p"}
            or ctx.question(tok)
            or (is_cap(tok.text) and not ctx.starts_sentence(tok))
        ):
            continue
        nxt = ctx.next(tok)
        codes = readings_table("de").get(lookup(tok.low), frozenset())
        conjunct = last.get(ctx.sentence(tok)[0]) and _after_and(ctx, tok)
        if (nxt is not None and nxt.text == "Sie") or not _imperative_next(
            ctx, tok, nxt, codes, conjunct
        ):
            continue
        if "mp2s" not in slots and not plural:
            continue  # Tut mir leid, Freut mich: no ihr in the message, so no ihr imperative
        if "mp2p" in slots and "mp2s" not in slots and (nxt is None or not nxt.is_word):
            continue  # Passt. Stimmt!
        lemma = next((lem for lem, s in table.readings(lookup(tok.low)) if s.startswith("mp")), "")
        polite = table.form(lemma, "s13p")
        if polite is None:
            ctx.leave(tok, "unknown-verb", f"no Sie imperative of '{tok.text}' in the tables")
            continue
        done.add(tok.i)
        last[ctx.sentence(tok)[0]] = True
        reader_clauses.add(ctx.clause(tok)[0])
        ctx.replace(tok, swiss(ctx, polite) + " Sie")
    for tok in ctx.tokens:
        low = tok.low
        if low in _POSSESSIVE:
            ctx.replace(tok, _POSSESSIVE[low], exact=not ctx.starts_sentence(tok))
        elif low in ("dich", "dir", "euch"):
            before = ctx.prev(tok)
            if ctx.clause(tok)[0] in reader_clauses and not (
                low == "euch" and before is not None and before.low in PREPOSITIONS
            ):
                ctx.replace(tok, "sich")
            elif low == "dich" or (before is not None and before.low in ACCUSATIVE_PREPOSITIONS):
                ctx.replace(tok, "Sie", exact=True)
            elif low == "dir" or (before is not None and before.low in _DATIVE_PREPOSITIONS):
                ctx.replace(tok, "Ihnen", exact=not ctx.starts_sentence(tok))
            else:
                ctx.leave(tok, "case", "'euch' may be Sie or Ihnen here")


#: What follows an imperative that is also another kind of word (weil, eine, schick).
_AFTER_IMPERATIVE = frozenset(
    {"mir", "uns", "dich", "dir", "ihm", "ihr", "ihnen", "es", "das", "den", "die", "dem",
     "der", "ein", "eine", "einen", "bitte", "mal", "einfach", "doch", "kurz", "gern", "gerne",
     "ruhig", "noch", "schnell", "auf", "an", "in", "im", "dein", "deine", "deinen", "deinem",
     "euch", "euer", "eure", "nicht", "sich", "jetzt", "sofort", "direkt"}
)  # fmt: skip


def _imperative_next(
    ctx: Context, tok: Tok, nxt: Tok | None, codes: frozenset[str], conjunct: bool = False
) -> bool:
    """What follows lets the verb be an imperative: no subject (melde ich mich), and an
    object or particle after a form that is also another word (weil, eine). After *und*
    following an imperative, *sie, es* are objects (schliess die App und öffne sie)."""
    objects = ("sie", "es") if conjunct else ("es",)
    subject = nxt is not None and nxt.low in _SUBJECTS
    if subject and not (nxt.low in objects and (conjunct or "3s" not in codes)):
        return False  # melde ich mich (but versuch es)
    if nxt is not None and nxt.low == "mich" and "1s" in codes:
        return False  # (ich) melde mich morgen
    return "o" not in codes or (nxt is not None and nxt.low in _AFTER_IMPERATIVE)


def _after_and(ctx: Context, tok: Tok) -> bool:
    before = ctx.prev(tok)
    while before is not None and before.low in _LEAD - {"und", "oder"}:
        before = ctx.prev(before)
    return before is not None and before.low in ("und", "oder")


def _plural_subject(ctx: Context, tok: Tok) -> bool:
    """Lower-case *ihr* as the subject: a 2nd-person plural verb next to it."""
    table = verbs("de")
    for other in (ctx.next(tok), ctx.prev(tok)):
        capital = is_cap(other.text) and not ctx.starts_sentence(other) if other else False
        if other is not None and "ip2p" in table.slots(other.low) and not capital:
            return True
    return False


def _verb_of(ctx: Context, tok: Tok, person: str) -> Tok | None:
    """The finite verb of a *du*: the word before it (kannst du), else the first form of
    the 2nd person after it in its clause (du kannst, wenn du ... öffnest)."""

    def finite(t: Tok | None) -> bool:
        return t is not None and any(s[2:] == person and s[:2] != "mp" for s in slots_of(t.low))

    before = ctx.prev(tok)
    if finite(before) and not (is_cap(before.text) and not ctx.starts_sentence(before)):
        return before
    clause = clause_tokens(ctx, tok)
    after = [t for t in clause if t.i > tok.i and finite(t) and not is_cap(t.text)]
    if after:
        return after[-1] if subordinate(ctx, clause) else after[0]
    ctx.leave(tok, "unknown-verb", f"the verb of '{tok.text}' is not in the tables")
    return None
