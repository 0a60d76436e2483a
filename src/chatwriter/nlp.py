"""spaCy pipelines: one per language, loaded once per Linter and reused.

The embedded default is ``spacy.blank(lang)``, growing a sentencizer and lookup
lemmas (from spacy-lookups-data, when installed) only when an active rule needs
them. A trained pipeline is used when the company config names one that is
installed; its abilities (POS, morphology, parse, entities) come from its components.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc

#: Abilities a rule may need, and which trained components provide them.
_COMPONENT_ABILITIES = {
    "tagger": {"pos"},
    "morphologizer": {"pos", "morph"},
    "parser": {"dep", "sentences"},
    "senter": {"sentences"},
    "sentencizer": {"sentences"},
    "ner": {"ner"},
    "lemmatizer": {"lemma"},
    "trainable_lemmatizer": {"lemma"},
}

#: Largest message spaCy will take; beyond spaCy's default so huge drafts never raise.
MAX_LENGTH = 20_000_000
#: Tokenizer cache entries (spaCy's default is 10,000, and a full cache never evicts: chat
#: vocabulary is large, and a cold word costs twice a cached one).
TOKENIZER_CACHE = 100_000


@dataclass(slots=True)
class LanguagePipeline:
    lang: str
    nlp: Language
    source: str  # "blank" or the package name
    abilities: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    #: Applied by rules on demand (CheckContext.ensure_sentences), not on every message.
    sentencizer: Callable[[Doc], Doc] | None = None

    def possible(self) -> set[str]:
        """Abilities this pipeline has or can grow."""
        extra = {"sentences"}
        if self.source == "blank" and _has_lookups(self.lang):
            extra.add("lemma")
        return self.abilities | extra

    def grow(self, needs: set[str]) -> None:
        """Add the cheap components a rule needs (sentencizer, lookup lemmatizer)."""
        if "sentences" in needs and "sentences" not in self.abilities:
            from spacy.pipeline import Sentencizer

            self.sentencizer = Sentencizer()
            self.abilities.add("sentences")
        if "lemma" in needs and "lemma" not in self.abilities and self.source == "blank":
            self.nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            self.nlp.initialize()
            self.abilities.add("lemma")


def _has_lookups(lang: str) -> bool:
    if importlib.util.find_spec("spacy_lookups_data") is None:
        return False
    from importlib import resources

    data = resources.files("spacy_lookups_data") / "data"
    return (data / f"{lang}_lemma_lookup.json").is_file()


class Pipelines:
    """Per-Linter cache of language pipelines (no process-wide state)."""

    def __init__(self, configured: dict[str, str] | None = None):
        self._configured = dict(configured or {})
        self._cache: dict[str, LanguagePipeline] = {}
        self._lock = threading.Lock()

    def get(self, lang: str) -> LanguagePipeline:
        with self._lock:
            pipe = self._cache.get(lang)
            if pipe is None:
                pipe = self._load(lang)
                self._cache[lang] = pipe
            return pipe

    def loaded(self) -> list[LanguagePipeline]:
        return list(self._cache.values())

    def _load(self, lang: str) -> LanguagePipeline:
        import spacy

        notes: list[str] = []
        package = self._configured.get(lang)
        if package:
            if importlib.util.find_spec(package) is not None:
                nlp = spacy.load(package)
                nlp.max_length = MAX_LENGTH
                abilities: set[str] = set()
                for name in nlp.pipe_names:
                    factory = nlp.get_pipe_meta(name).factory
                    abilities |= _COMPONENT_ABILITIES.get(factory, set())
                return LanguagePipeline(lang, nlp, package, abilities, notes)
            notes.append(f"pipeline '{package}' is not installed; using blank '{lang}'")
        nlp = spacy.blank(lang)
        nlp.max_length = MAX_LENGTH
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
        return LanguagePipeline(lang, nlp, "blank", set(), notes)
