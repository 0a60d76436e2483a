"""Language detectors behind one interface (:class:`Detector`), their models loaded on
first use and shared by every Linter in the process (:data:`models`)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from chatwriter.langid.text import clean, word_count

#: The detector used when a rule or caller names none (see docs/language-detection.md).
DEFAULT_DETECTOR = "py3langid"

#: Confidence a detector's answer needs to count, per detector, when the caller sets
#: none (from docs/language-detection.md: no confident wrong answers on the benchmark
#: at these levels, except langdetect, which is often wrong with full confidence on
#: short texts).
DEFAULT_MIN_CONFIDENCE = {"py3langid": 0.9, "langdetect": 0.9, "lingua": 0.5, "lingua-low": 0.95}

#: Below this many words a detector does not guess.
DEFAULT_MIN_WORDS = 3

Result = tuple[str, float]


@runtime_checkable
class Detector(Protocol):
    """What the language rule needs from a language identifier."""

    name: str

    def detect(self, text: str, candidates: Collection[str]) -> Result | None:
        """(language, confidence in 0..1) among ``candidates``, or None when not judged."""
        ...


class _GatedDetector:
    """Shared behaviour: strip noise, refuse short texts, cache models per candidate set."""

    name = ""
    #: The module the detector imports on first use, and the package that installs it.
    module = ""
    distribution = ""

    def __init__(self, min_words: int = DEFAULT_MIN_WORDS):
        if min_words < 1:
            raise ValueError("min_words must be at least 1")
        self.min_words = min_words

    def detect(self, text: str, candidates: Collection[str]) -> Result | None:
        cleaned = clean(text)
        if word_count(cleaned) < self.min_words:
            return None
        langs = _candidate_key(candidates)
        return self._classify(cleaned, langs)

    def warm(self, candidates: Collection[str]) -> None:
        """Load the model for ``candidates`` now (the first detection takes about 0.35 s)."""
        self._classify("warm up", _candidate_key(candidates))

    def _classify(self, text: str, candidates: tuple[str, ...]) -> Result | None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(min_words={self.min_words})"


def _candidate_key(candidates: Collection[str]) -> tuple[str, ...]:
    langs = tuple(sorted(set(candidates)))
    if len(langs) < 2:
        raise ValueError("a language detector needs at least two candidate languages")
    return langs


# -- shared model cache --------------------------------------------------------
models: dict[tuple[str, tuple[str, ...]], Any] = {}
models_lock = threading.RLock()


def model(name: str, langs: tuple[str, ...], load: Callable[[tuple[str, ...]], Any]) -> Any:
    key = (name, langs)
    found = models.get(key)
    if found is None:
        with models_lock:
            found = models.get(key)
            if found is None:
                found = load(langs)
                models[key] = found
    return found


# -- langdetect ----------------------------------------------------------------
class LangdetectDetector(_GatedDetector):
    """langdetect, seeded per factory so results repeat; only candidate profiles loaded."""

    name = "langdetect"
    module = "langdetect"
    distribution = "langdetect"

    def __init__(self, min_words: int = DEFAULT_MIN_WORDS, seed: int = 0):
        super().__init__(min_words)
        self.seed = seed

    def _factory(self, langs: tuple[str, ...]) -> Any:
        return model(f"langdetect:{self.seed}", langs, self._load)

    def _load(self, langs: tuple[str, ...]) -> Any:
        from pathlib import Path

        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        profiles = []
        for lang in langs:
            path = Path(PROFILES_DIRECTORY) / lang
            if not path.is_file():
                raise ValueError(f"langdetect has no profile for language '{lang}'")
            profiles.append(path.read_text(encoding="utf-8"))
        factory = DetectorFactory()
        factory.load_json_profile(profiles)
        factory.seed = self.seed  # an instance attribute: no process-wide state
        return factory

    def _classify(self, text: str, candidates: tuple[str, ...]) -> Result | None:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory(candidates).create()
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:  # no features in the text
            return None
        if not ranked:
            return None
        best = ranked[0]
        return best.lang, float(best.prob)


def second_opinion(text: str, langs: Collection[str], min_confidence: float) -> bool:
    """langdetect, over all of its profiles (55, Tagalog, Polish, Turkish, Romanian and
    Indonesian among them), names one of ``langs`` with ``min_confidence`` at least: a
    second model asked about a short text that py3langid puts outside the seven without
    being sure. Its codes are ISO 639-1 but for Chinese ("zh-cn", "zh-tw")."""
    found = LangdetectDetector(min_words=1)._classify(text, _langdetect_profiles())
    return found is not None and found[1] >= min_confidence and found[0][:2] in langs


@lru_cache(maxsize=1)
def _langdetect_profiles() -> tuple[str, ...]:
    from pathlib import Path

    from langdetect.detector_factory import PROFILES_DIRECTORY

    return tuple(sorted(p.name for p in Path(PROFILES_DIRECTORY).iterdir() if p.is_file()))


# -- py3langid -----------------------------------------------------------------
class Py3langidDetector(_GatedDetector):
    """py3langid with normalised probabilities, restricted to the candidates."""

    name = "py3langid"
    module = "py3langid"
    distribution = "py3langid"

    def _identifier(self, langs: tuple[str, ...]) -> Any:
        return model("py3langid", langs, _load_py3langid)

    def _classify(self, text: str, candidates: tuple[str, ...]) -> Result | None:
        lang, confidence = self._identifier(candidates).classify(text)
        return lang, float(confidence)


def _load_py3langid(langs: tuple[str, ...]) -> Any:
    import copy

    base = model("py3langid", (), load_py3langid_base)
    identifier = copy.copy(base)  # set_languages rebinds attributes; the base stays whole
    identifier.set_languages(list(langs))
    return identifier


def load_py3langid_base(_langs: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# -- lingua --------------------------------------------------------------------
class LinguaDetector(_GatedDetector):
    """lingua-language-detector; ``low_accuracy`` uses only trigrams (faster, less memory)."""

    name = "lingua"
    module = "lingua"
    distribution = "lingua-language-detector"

    def __init__(self, min_words: int = DEFAULT_MIN_WORDS, low_accuracy: bool = False):
        super().__init__(min_words)
        self.low_accuracy = low_accuracy
        if low_accuracy:
            self.name = "lingua-low"

    def _detector(self, langs: tuple[str, ...]) -> Any:
        return model(self.name, langs, self._load)

    def _load(self, langs: tuple[str, ...]) -> Any:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        languages = []
        for lang in langs:
            try:
                languages.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, lang.upper())))
            except AttributeError:
                raise ValueError(f"lingua does not know language '{lang}'") from None
        builder = LanguageDetectorBuilder.from_languages(*languages)
        if self.low_accuracy:
            builder = builder.with_low_accuracy_mode()
        return builder.with_preloaded_language_models().build()

    def _classify(self, text: str, candidates: tuple[str, ...]) -> Result | None:
        values = self._detector(candidates).compute_language_confidence_values(text)
        if not values or values[0].value <= 0.0:
            return None
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), float(best.value)


#: Detector name -> factory taking ``min_words``.
DETECTORS: dict[str, Callable[..., Detector]] = {
    "py3langid": Py3langidDetector,
    "langdetect": LangdetectDetector,
    "lingua": LinguaDetector,
    "lingua-low": lambda min_words=DEFAULT_MIN_WORDS: LinguaDetector(min_words, low_accuracy=True),
}


def missing_package(detector: Detector) -> str | None:
    """Why ``detector`` cannot run here (its library is not installed), or None.

    Looks the module up without importing it, so compiling a rule stays cheap.
    """
    import importlib.util

    module = getattr(detector, "module", "")
    if module and importlib.util.find_spec(module) is None:
        dist = getattr(detector, "distribution", module)
        return f"language detector '{detector.name}' needs the package {dist} (pip install {dist})"
    return None


def make_detector(name: str | None = None, min_words: int = DEFAULT_MIN_WORDS) -> Detector:
    """A detector by name (default :data:`DEFAULT_DETECTOR`); ValueError for unknown names."""
    name = name or DEFAULT_DETECTOR
    try:
        factory = DETECTORS[name]
    except KeyError:
        known = ", ".join(sorted(DETECTORS))
        raise ValueError(f"unknown language detector '{name}'; known: {known}") from None
    return factory(min_words=min_words)
