"""Formality of address as a model: which register a message uses, and the evidence.

German *du*/*Sie*, Dutch *je*/*u*, French *tu*/*vous*, Spanish *tú*/*usted*, Portuguese
*tu*/*você*/*o senhor*, Italian *tu*/*Lei*: a reply addresses the customer in one
register, and it shows in pronouns of every case, possessives, clitics, verb forms and
imperatives. An analyser per language turns a tokenized message into
:class:`Evidence` — a span, the register it points to, how sure that is — and an
:class:`Analysis` says what the message does as a whole.

Weights keep genuine ambiguity from deciding anything alone: *vous* may be plural,
German *Sie* at the start of a sentence may be "they", Spanish *su* is more often
"his" than "your". Such evidence is ``WEAK``; only ``LIKELY`` and ``CERTAIN`` evidence
make a message formal, informal or mixed, and only they are ever flagged.

English has no T-V distinction: its analyser finds nothing, through the same interface.
"""

from __future__ import annotations

from chatwriter.register.analyse import analyse, analyser_for
from chatwriter.register.model import FORMAL, INFORMAL, Analysis, Evidence, Weight

__all__ = ["FORMAL", "INFORMAL", "Analysis", "Evidence", "Weight", "analyse", "analyser_for"]
