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
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import Any, Protocol, runtime_checkable

import regex

#: The languages chatwriter has locales for, and their English names for messages.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "it": "Italian",
}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)

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

# A word: letters, optionally joined by an apostrophe or hyphen (l'hôtel, e-mail).
WORD = regex.compile(r"\p{L}+(?:['’\-]\p{L}+)*")
# Things that are not language: links, e-mail addresses, @handles, #tags, numbers.
# Each alternative starts only where its run starts (the lookbehinds) and never gives back
# what it took (possessive ``++``), so the search stays linear on hostile runs such as
# "a.a.a.…" or 5,000 letters without a digit (it was quadratic: 0.4 s for 2,000 chars).
_NOISE = regex.compile(
    r"https?://\S++|www\.\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
    r"|[@#]\w++|(?<!\S)\S*?\d\S*+",
    regex.UNICODE,
)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def clean(text: str) -> str:
    """The text without links, addresses, handles and tokens holding digits."""
    return _NOISE.sub(" ", text)


def word_count(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


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
_models: dict[tuple[str, tuple[str, ...]], Any] = {}
_models_lock = threading.RLock()


def _model(name: str, langs: tuple[str, ...], load: Callable[[tuple[str, ...]], Any]) -> Any:
    key = (name, langs)
    found = _models.get(key)
    if found is None:
        with _models_lock:
            found = _models.get(key)
            if found is None:
                found = load(langs)
                _models[key] = found
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
        return _model(f"langdetect:{self.seed}", langs, self._load)

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


# -- py3langid -----------------------------------------------------------------
class Py3langidDetector(_GatedDetector):
    """py3langid with normalised probabilities, restricted to the candidates."""

    name = "py3langid"
    module = "py3langid"
    distribution = "py3langid"

    def _identifier(self, langs: tuple[str, ...]) -> Any:
        return _model("py3langid", langs, _load_py3langid)

    def _classify(self, text: str, candidates: tuple[str, ...]) -> Result | None:
        lang, confidence = self._identifier(candidates).classify(text)
        return lang, float(confidence)


def _load_py3langid(langs: tuple[str, ...]) -> Any:
    import copy

    base = _model("py3langid", (), _load_py3langid_base)
    identifier = copy.copy(base)  # set_languages rebinds attributes; the base stays whole
    identifier.set_languages(list(langs))
    return identifier


def _load_py3langid_base(_langs: tuple[str, ...]) -> Any:
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
        return _model(self.name, langs, self._load)

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


# -- the cheap first look ------------------------------------------------------
# Frequent chat words that are words of one of the seven languages only: function
# words ("the", "und", "vous", "usted", "você", "het", "della") and common support
# vocabulary ("refund", "Bestellung", "commande", "pedido"). Words that exist in two
# of the languages are left out ("die", "in", "is", "me", "son", "come", "per", "das",
# "do", "morgen", "hier", "pronto", ...), and any word that still ends up in two lists
# counts for neither. Used to confirm a language, never to flag one.
_MARKER_WORDS: dict[str, str] = {
    "en": """
        the you your yours we're we'll we've our i i'm i've i'll i'd you're you'll
        you've it's that's there's can't don't won't didn't doesn't isn't aren't wasn't
        this that these those with have has had could should shall be been are
        were what which who when where how why here there and for to from at by it
        they them their my not just please thank thanks sorry help let any some
        anything something also about if or but than then only all day great nice
        good like want time find found booked confirm confirmed available
        number located rating else need know get got make sure today tomorrow
        tonight check flight flights does may might one yes hi hello
        welcome refund payment delivery shipping would much many more other
        address price cost free take see look looking go going done out up into
        after before well very really right now soon again away back appointment
        reservation reserved called successfully wonderful
    """,
    "de": """
        der dem ein eine einen einem einer und ist sind nicht ich sie ihr ihre ihnen
        ihren wir uns unser unsere mit für auf bei sich noch auch aber oder wenn dass
        wird werden wurde haben hat habe kann können könnten bitte danke gerne gern
        leider schon jetzt gleich mein meine dein deine ihrem vielen schönen schönes
        wochenende heute sofort natürlich selbstverständlich bestellung paket
        lieferung rechnung zahlung nachricht euch nur doch kein keine keinen
        einfach gibt geht melde melden schicke schicken geschickt prüfe geprüft
        erhalten wieder viele grüße grüßen tschüss entschuldigung bestätigt
        verschickt unterwegs zurück frage fragen dann denn nach über zum zur vom im
        werde würde müssen muss sollte darf möchten möchte
    """,
    "fr": """
        les une et est sont vous nous votre vos notre elle ils cette ces pour avec
        dans sur pas très aussi quoi être avoir été avons avez merci bonjour désolé
        désolée c'est j'ai n'est d'un d'une l'on s'il qu'il bonne journée soirée
        commande colis livraison remboursement paiement compte beaucoup vraiment déjà
        encore toujours peu leur leurs peux pouvez pourriez voulez faire fait
        suis sommes êtes ont ça cela oui au aux chez sans sous vers puis donc
        alors quand pourquoi aujourd'hui demain n'hésitez plaît
    """,
    "es": """
        el los las unos unas y usted ustedes sus nuestro nuestra nosotros yo tú él
        ella muy pero también ya hay puede pueden gracias hola cuando donde cómo qué
        eso esto estos he han envío pago cuenta muchas mucho buenos buenas días
        tardes tus mis sí hoy mañana ahora mismo nuevo nueva puedo
        podría quiere quería necesita tiene tienes tenemos estoy soy hemos
        hace hacer cualquier cuál siento disculpe disculpa saludos correo
        enseguida hasta según luego
    """,
    "pt": """
        os uma umas é estão você vocês seu seus suas nosso nossa eu ele ela com não
        muito também já há pode podem obrigado obrigada olá ao aos na nas pelo pela
        isso isto foi encomenda conta bom boa dia hoje amanhã agora ainda
        sim mesmo nova novo tem temos tenho estou sou vou fazer feito
        qualquer algum alguma desculpe desculpa até então porém lá onde foram
    """,
    "nl": """
        het een zijn niet ik u jij wij ons onze uw jouw mijn met voor op bij ook maar
        dat wat wordt worden heeft hebben heb kan kunt kunnen graag bedankt alvast
        nog naar groeten vriendelijke fijne dag bestelling pakket levering
        terugbetaling betaling rekening vandaag nu wel geen zo dus omdat wanneer waar
        hoe welke jullie zou zal moet moeten wil wilt willen gaat gaan komt komen
        staat krijgt krijgen ontvangen gestuurd verstuurd deze dit
    """,
    "it": """
        gli è sono io lei noi voi suo suoi nostro nostra anche già c'è della dello
        degli delle dei nel nella alla allo grazie ciao può possono molto questo
        questa ho che perché stato stata buona buongiorno giornata ordine
        pacco spedizione rimborso oggi domani adesso subito ancora
        tutto tutti niente qualcosa possiamo vuole siamo abbiamo hai hanno
        fatto fare stati dispiace scusi scusa cordiali saluti gentile nostri vostro
        dal dalla sul sulla quella quello quindi però poi dopo senza tra fra cui ci
    """,
}


def _build_marker_words() -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for lang, words in _MARKER_WORDS.items():
        for word in words.split():
            owners.setdefault(word, set()).add(lang)
    # A word claimed by two lists is evidence for neither.
    return {w: next(iter(langs)) for w, langs in owners.items() if len(langs) == 1}


#: Word (lower case) -> the one language it is a word of.
MARKER_WORDS: dict[str, str] = _build_marker_words()


class Evidence:
    """One pass over a text: its word count and marker-word votes per language.

    ``votes`` counts every marker word; ``strict`` leaves out capitalised words after
    the first, so "Los Angeles" or "Le Meridien" in an English reply is no evidence
    of Spanish or French. About 4 µs for a chat reply.
    """

    __slots__ = ("strict", "votes", "words")

    def __init__(self, text: str):
        if "@" in text or "://" in text or "www." in text:
            text = clean(text)
        if "’" in text:
            text = text.replace("’", "'")
        found = WORD.findall(text)
        self.words = len(found)
        votes: dict[str, int] = {}
        strict: dict[str, int] = {}
        get = MARKER_WORDS.get
        first = True
        for word in found:
            lower = word.lower()
            lang = get(lower)
            if lang is not None:
                votes[lang] = votes.get(lang, 0) + 1
                if first or word == lower:
                    strict[lang] = strict.get(lang, 0) + 1
            first = False
        self.votes = votes
        self.strict = strict

    def plainly(self, language: str, min_votes: int = 2) -> bool:
        """At least ``min_votes`` marker words of ``language`` and none of another:
        the text is that language, no model needed."""
        if self.votes.get(language, 0) < min_votes:
            return False
        return all(lang == language for lang in self.strict)


def plainly(text: str, language: str, min_votes: int = 2) -> bool:
    """``Evidence(text).plainly(language)``."""
    return Evidence(text).plainly(language, min_votes)


def identify(
    text: str,
    candidates: Collection[str],
    detector: Detector | None = None,
    min_confidence: float | None = None,
) -> Result | None:
    """The language of ``text`` among ``candidates``, or None when it is not clear.

    For callers that must pick a language before linting (``language=auto`` on the
    LanguageTool-compatible API). The marker-word check settles most replies with
    certainty; the detector's answer counts only at ``min_confidence`` (default: the
    detector's entry in :data:`DEFAULT_MIN_CONFIDENCE`) or above, so a short or mixed
    text gets None and the caller's fallback rather than a guess.
    """
    langs = [lang for lang in dict.fromkeys(candidates) if lang in LANGUAGE_NAMES]
    if not langs:
        return None
    if len(langs) == 1:
        return langs[0], 1.0
    evidence = Evidence(text)
    for lang in langs:
        if evidence.plainly(lang):
            return lang, 1.0
    detector = detector or make_detector()
    if min_confidence is None:
        min_confidence = DEFAULT_MIN_CONFIDENCE.get(detector.name, 0.9)
    found = detector.detect(text, langs)
    if found is None or found[1] < min_confidence:
        return None
    return found
