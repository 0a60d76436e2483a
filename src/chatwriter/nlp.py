"""spaCy pipelines: one per language, loaded once per Linter and reused.

The embedded default is ``spacy.blank(lang)``, growing a sentencizer and lookup
lemmas (from spacy-lookups-data, when installed) only when an active rule needs
them. A trained pipeline is used when the company config names one that is
installed; its abilities (POS, morphology, parse, entities) come from its components.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from chatwriter.errors import ChatwriterError

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
#: Longest run without whitespace that spaCy's tokenizer sees; longer runs become one token.
MAX_RUN = 128
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
            self.sentencizer = _SentencesAfterAbbreviations()
            self.abilities.add("sentences")
        if "lemma" in needs and "lemma" not in self.abilities and self.source == "blank":
            self.nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            self.nlp.initialize()
            self.abilities.add("lemma")


#: Abbreviations that end a clause far more often than they sit inside one: a time of day
#: ("at 10 a.m. Please arrive early"), a list's end ("etc.", "usw."). The tokenizer keeps
#: them whole, so the sentencizer sees no full stop.
_CLOSING_ABBREVIATION = re.compile(r"(?i:[ap]\.m\.|etc\.|usw\.|ecc\.)")


class _SentencesAfterAbbreviations:
    """spaCy's rule-based sentencizer, plus a sentence start after a closing
    abbreviation followed by a capital."""

    def __init__(self) -> None:
        from spacy.pipeline import Sentencizer

        self._sentencizer = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        doc = self._sentencizer(doc)
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if _CLOSING_ABBREVIATION.fullmatch(tok.text) and nxt.text[:1].isupper():
                nxt.is_sent_start = True
        return doc


def _has_lookups(lang: str) -> bool:
    if importlib.util.find_spec("spacy_lookups_data") is None:
        return False
    from importlib import resources

    data = resources.files("spacy_lookups_data") / "data"
    return (data / f"{lang}_lemma_lookup.json").is_file()


class PipelineError(ChatwriterError):
    """A configured pipeline that cannot be used (exit 2, like any configuration error)."""


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_PACKAGE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def pipeline_problem(lang: str, package: str) -> str | None:
    """Why ``nlp.pipelines.<lang>: <package>`` cannot be used, or None when it can.

    Cheap (no pipeline is loaded) so the config loader can report every entry at its
    line. A package that is simply not installed is not a problem here: the linter falls
    back to the blank pipeline with a note, so a config can name pipelines that only some
    machines have. Anything else that would make ``spacy.load`` fail, or load something
    that is not a pipeline (a dotted name, a path, an ordinary package), is a problem.
    """
    if not _spacy_knows(lang):
        return f"spaCy has no language '{lang}'; use a spaCy language code such as en or de"
    example = f"{lang}_core_web_sm" if lang == "en" else f"{lang}_core_news_sm"
    if not _PACKAGE_NAME.fullmatch(package):
        return (
            f"'{package}' is not a package name; name an installed spaCy pipeline "
            f"such as {example}, or remove the entry"
        )
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None  # not installed: blank fallback with a note
    meta = _pipeline_meta(spec.submodule_search_locations, package)
    if meta is None:
        return (
            f"'{package}' is installed but is not a spaCy pipeline package; name one "
            f"such as {example} (python -m spacy download {example}), or remove the entry"
        )
    meta_lang = meta.get("lang")
    if isinstance(meta_lang, str) and meta_lang != lang:
        return (
            f"'{package}' is a pipeline for '{meta_lang}', not '{lang}'; "
            f"list it under nlp.pipelines.{meta_lang}"
        )
    return None


def _spacy_knows(lang: str) -> bool:
    from spacy.util import get_lang_class, registry

    if lang in registry.languages:
        return True
    if not _LANGUAGE_CODE.fullmatch(lang):  # keeps odd text out of spaCy's import_module
        return False
    try:
        get_lang_class(lang)
    except Exception:  # ImportError: no spacy.lang.<lang>
        return False
    return True


def _pipeline_meta(locations: Iterable[str] | None, package: str) -> dict[str, Any] | None:
    """The package's meta.json when it is an installed spaCy pipeline (as spacy.load sees it)."""
    import json
    from pathlib import Path

    from spacy.util import is_package

    if not locations or not is_package(package):
        return None
    for location in locations:
        try:
            meta = json.loads((Path(location) / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict):
            return meta
    return None


class Pipelines:
    """Per-Linter cache of language pipelines (blank ones share their vocabulary and
    tokenizer process-wide: see :func:`_blank_parts`)."""

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
            # load_config reports these at their line; a Config built in code lands here.
            problem = pipeline_problem(lang, package)
            if problem is not None:
                raise PipelineError(f"nlp.pipelines.{lang}: {problem}")
            if importlib.util.find_spec(package) is not None:
                try:
                    nlp = spacy.load(package)
                except Exception as exc:  # a broken install or one built for another spaCy
                    raise PipelineError(
                        f"nlp.pipelines.{lang}: the spaCy pipeline '{package}' could not be "
                        f"loaded ({type(exc).__name__}: {exc}); reinstall it for spaCy "
                        f"{spacy.__version__} (python -m spacy download {package}) "
                        "or remove the entry from the config"
                    ) from None
                nlp.max_length = MAX_LENGTH
                nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
                abilities: set[str] = set()
                for name in nlp.pipe_names:
                    factory = nlp.get_pipe_meta(name).factory
                    abilities |= _COMPONENT_ABILITIES.get(factory, set())
                return LanguagePipeline(lang, nlp, package, abilities, notes)
            notes.append(
                f"pipeline '{package}' is not installed; using blank '{lang}' "
                f"(install it with: python -m spacy download {package})"
            )
        language, vocab, tokenizer = _blank_parts(lang)
        nlp = language(vocab=vocab, create_tokenizer=lambda _nlp: tokenizer)
        nlp.max_length = MAX_LENGTH
        return LanguagePipeline(lang, nlp, "blank", set(), notes)


#: Per language: spaCy's Language class, the vocabulary and the bounded tokenizer.
_BLANK: dict[str, tuple[type[Language], Any, BoundedTokenizer]] = {}
_BLANK_LOCK = threading.Lock()


def _blank_parts(lang: str) -> tuple[type[Language], Any, BoundedTokenizer]:
    """The Language class, vocabulary and tokenizer of ``spacy.blank(lang)``, built once
    per process.

    Building them (tokenizer exceptions, affix rules) costs about 90 ms a language; every
    Linter in the process shares them, each with its own pipeline around them, so a second
    Linter (another company config, a CLI call in a long-lived process) costs a fraction of
    the first. Neither holds anything of one Linter: the vocabulary only gains strings as
    rules build their matchers, and the tokenizer's cache is a cache. Components a Linter
    grows (a lookup lemmatizer) go into its own pipeline.
    """
    import spacy

    with _BLANK_LOCK:
        parts = _BLANK.get(lang)
        if parts is None:
            try:
                nlp = spacy.blank(lang)
            except Exception:  # ImportError from spaCy: no such language
                raise PipelineError(
                    f"spaCy has no language '{lang}'; use a spaCy language code such as en or de"
                ) from None
            nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
            parts = _BLANK[lang] = (type(nlp), nlp.vocab, BoundedTokenizer(nlp.tokenizer))
    return parts


_LONG_RUN = regex.compile(rf"\S{{{MAX_RUN + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, with work linear in the length of the message.

    spaCy strips prefixes and suffixes from a run without whitespace one character at a
    time, searching the whole rest of the run each time: a run of punctuation or emoji
    costs the square of its length (16,000 "!" took 38 s, holding the interpreter lock).
    No real word, address or link needs more than :data:`MAX_RUN` characters to be
    split right, so a longer run is not split at all: it becomes one token, whose text
    is exactly the run. Offsets stay those of the original text (``doc.text == text``);
    rules that read the raw text (personal data, formats) still see inside the run.

    The common case, a message without such a run, costs one regex search (about 3 µs
    for a chat reply) on top of the wrapped tokenizer.
    """

    def __init__(self, inner: Any):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if len(text) <= MAX_RUN or _LONG_RUN.search(text) is None:
            return self.inner(text)
        return self._bounded(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # rules, vocab, prefix_search, ...: the wrapped tokenizer's own.
        return getattr(self.inner, name)

    def _bounded(self, text: str) -> Doc:
        from spacy.tokens import Doc

        vocab = self.inner.vocab
        docs: list[Doc] = []
        done = 0
        for run in _LONG_RUN.finditer(text):
            start, end = run.span()
            if start > done:
                docs.append(self.inner(text[done:start]))
            # One following " " is the token's own trailing space, as spaCy would have it;
            # any other whitespace is tokenized with the text after it, as usual.
            space = text.startswith(" ", end)
            docs.append(Doc(vocab, words=[text[start:end]], spaces=[space]))
            done = end + 1 if space else end
        if done < len(text):
            docs.append(self.inner(text[done:]))
        return Doc.from_docs(docs, ensure_whitespace=False)
