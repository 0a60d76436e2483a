"""Evidence, analyses and the registry of per-language analysers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

FORMAL = "formal"
INFORMAL = "informal"


class Weight(IntEnum):
    """How sure a piece of evidence is. Only LIKELY and CERTAIN ever decide anything."""

    WEAK = 1  # genuinely ambiguous: vous (plural?), sentence-initial Sie (they?), su (his?)
    LIKELY = 2  # the usual reading in a reply to one customer: an imperative opening a clause
    CERTAIN = 3  # one reading only: du, dich, tú, usted, kannst, mándame


@dataclass(frozen=True, slots=True)
class Evidence:
    """One word (or part of one) that addresses the reader in one register."""

    start: int
    end: int
    text: str
    register: str  # FORMAL or INFORMAL
    weight: Weight
    kind: str  # pronoun, possessive, clitic, verb, imperative


@dataclass(frozen=True, slots=True)
class Analysis:
    """The evidence of one message, in text order."""

    evidence: tuple[Evidence, ...] = ()
    _strong: tuple[Evidence, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, evidence: Sequence[Evidence]) -> Analysis:
        ordered = tuple(sorted(evidence, key=lambda e: (e.start, e.end)))
        return cls(ordered, tuple(e for e in ordered if e.weight >= Weight.LIKELY))

    @property
    def strong(self) -> tuple[Evidence, ...]:
        """The evidence that counts (LIKELY or CERTAIN)."""
        return self._strong

    @property
    def registers(self) -> frozenset[str]:
        return frozenset(e.register for e in self._strong)

    @property
    def register(self) -> str:
        """``formal``, ``informal``, ``mixed`` or ``none`` (nothing but weak evidence)."""
        found = self.registers
        if len(found) == 2:
            return "mixed"
        return next(iter(found)) if found else "none"

    def dominant(self) -> str | None:
        """The register with the most weight of strong evidence (the first on a tie)."""
        if not self._strong:
            return None
        totals = {FORMAL: 0, INFORMAL: 0}
        for e in self._strong:
            totals[e.register] += int(e.weight)
        if totals[FORMAL] == totals[INFORMAL]:
            return self._strong[0].register
        return FORMAL if totals[FORMAL] > totals[INFORMAL] else INFORMAL

    def of_register(self, register: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self._strong if e.register == register)
