"""Dutch word shapes for the converter: participles, stress accents."""

from __future__ import annotations

import unicodedata

from chatwriter.register.convert.core import Context, Tok
from chatwriter.register.convert.tables import verbs

_AUXILIARIES = frozenset({"hebben", "zijn", "worden", "kunnen", "willen", "moeten", "zullen"})

_PARTICLES = ("aan", "op", "uit", "in", "mee", "af", "door", "terug", "toe", "na", "bij")


def participle(low: str) -> bool:
    """ge-/be-/ver-... -d/-t/-en, also after a separable particle (aangenomen, opgestuurd)."""
    for particle in _PARTICLES:
        if low.startswith(particle + "ge") and len(low) > len(particle) + 4:
            low = low[len(particle) :]
            break
    return low.endswith(("d", "t", "en")) and low.startswith(
        ("ge", "be", "ver", "ont", "her", "er")
    )


def plain(low: str) -> str:
    """Without stress accents (vóór, één, dán)."""
    decomposed = unicodedata.normalize("NFD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def auxiliary(ctx: Context, tok: Tok) -> bool:
    """A form of hebben, zijn, worden or a modal earlier in the clause (zij hebben het voor
    je aangenomen), so the word ending it is a verb; not in Bedankt voor je geduld."""
    a, _ = ctx.clause(tok)
    table = verbs("nl")
    return any(
        t.low in _AUXILIARIES or any(lem in _AUXILIARIES for lem, _ in table.readings(t.low))
        for t in ctx.tokens[a : tok.i]
    )
