"""Language identification for the ``language`` rule, behind one small interface.

A :class:`Detector` answers ``detect(text, candidates) -> (language, confidence)``,
or ``None`` when the text is too short to judge ("OK 👍", "Merci !") or carries no
letters at all. Candidates are ISO 639-1 codes; a detector never answers outside
them. Three implementations:

- ``py3langid`` (the default): naive Bayes over byte n-grams, a compact model that
  classifies a chat message in tens of microseconds.
- ``langdetect``: the port of Google's language-detection library. Randomised, so it
  is seeded per factory (``factory.seed``, no process-wide ``DetectorFactory.seed``)
  and gives the same answer every run; it loads only the candidate profiles.
- ``lingua``: lingua-language-detector, rule- and n-gram-based, accurate on short
  texts but the slowest to load.

``benchmarks/langid/compare.py`` measures them on short chat replies and writes
``docs/language-detection.md``; :data:`DEFAULT_DETECTOR` follows its result.

Nothing here imports a detector library until ``detect`` first needs it, so importing
chatwriter (or compiling a locale whose replies never reach a detector) stays cheap.
Loaded models are read-only and shared by every Linter in the process, keyed by
detector and candidate set, so a second Linter does not pay the load again.

:class:`Evidence` is a cheap first look used before any detector: counts of words
that belong to exactly one of the seven languages ("the", "und", "vous", "usted",
"você", "het", "della", ...). It settles the common case (a reply plainly in the
expected language) without a model, and never flags anything by itself.

The package only re-exports: names and words in :mod:`.text`, the detectors in
:mod:`.detectors`, marker-word evidence and identification in :mod:`.evidence`, foreign
stretches and quotations in :mod:`.spans`.
"""

from __future__ import annotations

from chatwriter.langid.detectors import (
    DEFAULT_DETECTOR,
    DEFAULT_MIN_CONFIDENCE,
    DEFAULT_MIN_WORDS,
    DETECTORS,
    Detector,
    LangdetectDetector,
    LinguaDetector,
    Py3langidDetector,
    Result,
    make_detector,
    missing_package,
)
from chatwriter.langid.detectors import models as _models  # noqa: F401 - tests clear it
from chatwriter.langid.evidence import (
    CATALAN_MIN_CONFIDENCE,
    MARKER_WORDS,
    OUTSIDE_MIN_CONFIDENCE,
    Evidence,
    catalan,
    identify,
    outside,
    plainly,
    script_of,
    stretch_language,
)
from chatwriter.langid.spans import (
    SPAN_MAX_GAP,
    SPAN_MIN_MARKERS,
    SPAN_MIN_STRICT,
    foreign_letters,
    foreign_spans,
    other_script,
    script_spans,
    span_reach,
    unquoted,
)
from chatwriter.langid.text import (
    LANGUAGE_NAMES,
    LANGUAGES,
    OTHER_LANGUAGE_NAMES,
    WORD,
    clean,
    language_name,
    word_count,
)
from chatwriter.langid.text import NOISE as _NOISE  # noqa: F401 - tests time it

__all__ = [
    "CATALAN_MIN_CONFIDENCE",
    "DEFAULT_DETECTOR",
    "DEFAULT_MIN_CONFIDENCE",
    "DEFAULT_MIN_WORDS",
    "DETECTORS",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "MARKER_WORDS",
    "OTHER_LANGUAGE_NAMES",
    "OUTSIDE_MIN_CONFIDENCE",
    "SPAN_MAX_GAP",
    "SPAN_MIN_MARKERS",
    "SPAN_MIN_STRICT",
    "WORD",
    "Detector",
    "Evidence",
    "LangdetectDetector",
    "LinguaDetector",
    "Py3langidDetector",
    "Result",
    "catalan",
    "clean",
    "foreign_letters",
    "foreign_spans",
    "identify",
    "language_name",
    "make_detector",
    "missing_package",
    "other_script",
    "outside",
    "plainly",
    "script_of",
    "script_spans",
    "span_reach",
    "stretch_language",
    "unquoted",
    "word_count",
]
