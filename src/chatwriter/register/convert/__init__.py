"""Converting a reply from one form of address to the other (du -> Sie, tu -> vous...).

    >>> from chatwriter.register.convert import convert_register
    >>> convert_register("Kannst du mir deine Nummer schicken?", "de-DE", to="formal").text
    'Können Sie mir Ihre Nummer schicken?'

A conversion rewrites pronouns of every case, possessives (with their agreement), clitics
and enclitics, verb forms and imperatives, and the capitals of the formal register
(German *Sie/Ihr/Ihnen*, Italian *Lei/La/Le/Suo*). Where it is unsure it leaves the word
alone and says so in :attr:`Conversion.left` (an ambiguous *vous*, a verb form the tables
do not hold, a third person that might be the reader); where it had to choose for the
user (Brazilian *o senhor / a senhora*), :attr:`Conversion.notes` says what. A conversion
never changes a word to a wrong one silently, and never returns a mix of registers
without saying so.

Verb forms come from conjugation tables built at tool time from LanguageTool's
part-of-speech dictionaries (see :mod:`chatwriter.register.convert.tables`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from chatwriter.nlp import Pipelines
from chatwriter.register.analyse import analyse
from chatwriter.register.convert.core import Context, Edit, Remark
from chatwriter.register.model import FORMAL, INFORMAL, Analysis

__all__ = ["Conversion", "Edit", "Remark", "convert_register"]

_LANGUAGES = ("de", "nl", "fr", "es", "pt", "it")
_INFORMAL_MODULES = {
    "de": "de_informal",
    "es": "es_informal",
    "it": "it_informal",
    "pt": "pt_informal",
}


@dataclass(frozen=True, slots=True)
class Conversion:
    """The result of :func:`convert_register`: plain data.

    ``text`` is the converted reply; ``edits`` what changed, in text order (offsets into
    ``original``); ``left`` the words left alone, each with its reason; ``notes``
    display-only remarks on edits that had to choose (no pronoun where the formal one
    depends on who the reader is).
    """

    text: str
    original: str
    locale: str
    to: str
    edits: tuple[Edit, ...] = ()
    left: tuple[Remark, ...] = ()
    notes: tuple[Remark, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def certain(self) -> bool:
        """Nothing was left alone and nothing needed a note."""
        return not self.left and not self.notes


def convert_register(text: str, locale: str, to: str = FORMAL) -> Conversion:
    """Rewrite ``text`` (a reply in ``locale``, e.g. ``de-DE``, ``pt-BR``) so it addresses
    the reader in the register ``to``: ``"formal"`` or ``"informal"``.

    Languages without a T-V distinction (English) come back unchanged.
    """
    if to not in (FORMAL, INFORMAL):
        raise ValueError(f"to must be 'formal' or 'informal', not {to!r}")
    language, _, region = locale.replace("_", "-").partition("-")
    language = language.lower()
    if language not in _LANGUAGES or not text:
        return Conversion(text, text, locale, to)
    ctx = Context(text, language, region.upper() or None, to)
    # the informal direction has a module of its own where it is long
    name = _INFORMAL_MODULES.get(language, language) if to == INFORMAL else language
    module = importlib.import_module(f"chatwriter.register.convert.{name}")
    module.convert(ctx)
    edits = tuple(ctx.edits[s] for s in sorted(ctx.edits) if ctx.edits[s].old != ctx.edits[s].new)
    analysis = analyse(_PIPELINES.get(language).nlp.make_doc(text), locale)
    if edits and analysis.register == to:
        ctx.left.extend(_already(edits, to))
        ctx.edits, edits = {}, ()
    ctx.left.extend(_unconverted(analysis, to, edits, ctx.left))
    left = tuple(sorted(ctx.left, key=lambda r: (r.start, r.end)))
    notes = tuple(sorted(ctx.notes, key=lambda r: (r.start, r.end)))
    return Conversion(ctx.result(), text, locale, to, edits, left, notes)


def _already(edits: tuple[Edit, ...], to: str) -> list[Remark]:
    """A reply whose every sure word is of the register asked for already: the words the
    converter would change are ambiguous ones (*tem razão*: you have or have!; Dutch *Neem
    gerust contact op*, generic *je*), so they are left alone and named."""
    return [
        Remark(
            e.start,
            e.end,
            e.old,
            "already-" + to,
            f"the reply is {to} already; '{e.old}' was left (not '{e.new}'): check it",
        )
        for e in edits
    ]


def _unconverted(
    analysis: Analysis, to: str, edits: tuple[Edit, ...], left: list[Remark]
) -> list[Remark]:
    """Words of the source register that no edit touched and no remark names.

    A conversion must never hand back an unconverted mix without saying so: the register
    analyser reads the original, and every strong piece of evidence for the register
    being left that the converter neither changed nor reported becomes a remark.
    """
    source = INFORMAL if to == FORMAL else FORMAL
    seen = [(e.start, e.end) for e in edits] + [(r.start, r.end) for r in left]
    out = []
    for ev in analysis.of_register(source):
        if any(a < ev.end and ev.start < b for a, b in seen):
            continue
        out.append(
            Remark(
                ev.start,
                ev.end,
                ev.text,
                "unconverted",
                f"'{ev.text}' still addresses the reader as {source}; convert this part by hand",
            )
        )
    return out


#: Blank pipelines with chatwriter's bounded tokenizer, loaded (and spaCy imported) on
#: the first conversion that checks what it left.
_PIPELINES = Pipelines()
