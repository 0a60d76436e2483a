"""Which analyser reads a language, and the analysis of a message."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from chatwriter.register.model import Analysis, Evidence
from chatwriter.register.titles import vocative_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc

Analyser = Callable[["Doc", str | None], list[Evidence]]

#: Language -> module under chatwriter.register that defines ``evidence(doc, region)``.
_MODULES = {
    "de": "de",
    "nl": "nl",
    "fr": "fr",
    "es": "es",
    "pt": "pt",
    "it": "it",
}
_LOADED: dict[str, Analyser] = {}


def _none(doc: Doc, region: str | None) -> list[Evidence]:
    return []


def analyser_for(language: str) -> Analyser:
    """The analyser of a language; languages without a T-V distinction (en) find nothing."""
    found = _LOADED.get(language)
    if found is None:
        name = _MODULES.get(language)
        if name is None:
            found = _none
        else:
            found = importlib.import_module(f"chatwriter.register.{name}").evidence
        _LOADED[language] = found
    return found


def analyse(doc: Doc, locale: str) -> Analysis:
    """The register analysis of a tokenized message in ``locale`` (``de-CH``, ``pt-BR``)."""
    language, _, region = locale.partition("-")
    lang, reg = language.lower(), region.upper() or None
    found = analyser_for(lang)(doc, reg)
    titles = vocative_titles(doc.text, lang, reg) if found else []
    return Analysis.of(found + titles)
