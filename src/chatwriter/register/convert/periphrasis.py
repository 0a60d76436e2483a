"""Aspectual periphrases: a verb of going on with a gerund or *a* + infinitive.

*sigue fallando*, *continúa dando error*, *continua a falhar*, *continua a bloccarsi*:
the finite verb (*seguir, continuar, continuare*) says nothing of its subject; the verb
after it does. When that one is a verb a thing does (an unaccusative of the lexicon:
*fallar, funcionar, falhar, resultar*) the subject is the thing, not the reader; a
pronominal infinitive (*bloccarsi, bloquearse*) may be either.
"""

from __future__ import annotations

from chatwriter.register.convert.core import Context, Tok
from chatwriter.register.convert.romance_forms import Lexicon, infinitive_lemma

#: The verbs of going on (they take a gerund, or in pt and it *a* + infinitive).
_GOING_ON = frozenset({"seguir", "continuar", "continuare", "proseguire"})
#: Gerund endings -> the infinitive endings they may come from.
_GERUNDS = {
    "es": (("ando", ("ar",)), ("iendo", ("er", "ir")), ("yendo", ("er", "ir"))),
    "pt": (("ando", ("ar",)), ("endo", ("er",)), ("indo", ("ir",))),
    "it": (("ando", ("are",)), ("endo", ("ere", "ire"))),
}
_REFLEXIVE = ("se", "si")
#: Words between the two verbs: *a* (pt, it), *sin, sem, senza*, a negation.
_LINKS = ("a", "sin", "sem", "senza", "non", "não", "no")
NO, MAYBE = "no", "maybe"


def going_on(ctx: Context, verb: Tok, lemmas: set[str], lex: Lexicon) -> str | None:
    """NO when a verb of going on carries a thing's verb (*si sigue fallando*), MAYBE when
    it carries a pronominal one (*se continua a bloccarsi*), None otherwise."""
    if not lemmas & _GOING_ON:
        return None
    nxt = ctx.next(verb, _LINKS)  # sigue sin funcionar, continua a non funzionare
    if nxt is None or not nxt.is_word:
        return None
    inner = _gerund_lemmas(nxt.low, lex) or {infinitive_lemma(nxt, lex) or ""}
    if inner & lex.unaccusative:
        return NO
    if nxt.bare.endswith(_REFLEXIVE) and inner - {""}:
        return MAYBE
    return None


def _gerund_lemmas(low: str, lex: Lexicon) -> set[str]:
    low = low.split("-")[0]
    for end, infinitives in _GERUNDS.get(lex.lang, ()):
        if low.endswith(end):
            return {low[: -len(end)] + inf for inf in infinitives}
        if low.endswith(end + "se") or low.endswith(end + "si"):
            return {low[: -len(end) - 2] + inf for inf in infinitives}
    return set()
