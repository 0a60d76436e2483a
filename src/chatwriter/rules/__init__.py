"""Rule kinds and their registry.

A new kind is one module plus one entry in ``BUILTIN_KINDS``. Other packages add
kinds through the ``chatwriter.kinds`` entry-point group; each entry point names a
``Kind`` subclass.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from chatwriter.rules.amount import AmountKind
from chatwriter.rules.base import Kind
from chatwriter.rules.capitalization import CapitalizationKind
from chatwriter.rules.consistency import ConsistencyKind
from chatwriter.rules.grammar import GrammarKind
from chatwriter.rules.greeting_name import GreetingNameKind
from chatwriter.rules.language import LanguageKind
from chatwriter.rules.metric import MetricKind
from chatwriter.rules.names import NamesKind
from chatwriter.rules.pattern import PatternKind
from chatwriter.rules.phrase import PhraseKind
from chatwriter.rules.regexp import RegexKind
from chatwriter.rules.register import RegisterKind
from chatwriter.rules.repetition import RepetitionKind
from chatwriter.rules.shouting import CapsWordsKind
from chatwriter.rules.substitute import SubstituteKind

BUILTIN_KINDS: tuple[type[Kind], ...] = (
    PhraseKind,
    SubstituteKind,
    PatternKind,
    RegexKind,
    ConsistencyKind,
    MetricKind,
    RepetitionKind,
    CapitalizationKind,
    NamesKind,
    GreetingNameKind,
    GrammarKind,
    LanguageKind,
    RegisterKind,
    CapsWordsKind,
    AmountKind,
)


def kind_registry() -> dict[str, type[Kind]]:
    """Built-in kinds plus those installed packages register."""
    table = {k.name: k for k in BUILTIN_KINDS}
    for ep in entry_points(group="chatwriter.kinds"):
        kind = ep.load()
        if not (isinstance(kind, type) and issubclass(kind, Kind)):
            raise TypeError(f"entry point chatwriter.kinds:{ep.name} is not a chatwriter Kind")
        table.setdefault(ep.name, kind)
    return table
