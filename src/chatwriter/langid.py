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

#: Languages outside the seven that :func:`outside` may name: py3langid's languages that a
#: customer or an agent plausibly writes and that its model tells apart from the seven.
#: Left out on purpose: close relatives it confuses with the seven on short texts
#: (Galician, Afrikaans, Frisian, Luxembourgish, Occitan, Aragonese, Walloon, Venetian...),
#: Latin, Esperanto, Nigerian Pidgin, and small-data languages that names and place names
#: in English replies get mistaken for.
OTHER_LANGUAGE_NAMES: dict[str, str] = {
    "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "el": "Greek", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "ga": "Irish", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian",
    "id": "Indonesian", "is": "Icelandic", "ja": "Japanese", "ka": "Georgian",
    "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean", "lo": "Lao",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam",
    "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese",
    "ne": "Nepali", "no": "Norwegian", "nn": "Norwegian", "pa": "Punjabi", "pl": "Polish",
    "ps": "Pashto", "ro": "Romanian", "ru": "Russian", "si": "Sinhala", "sk": "Slovak",
    "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "zh": "Chinese",
}  # fmt: skip
#: Languages py3langid splits that read alike in a chat reply: their probabilities add up
#: (Indonesian and Malay share "terima kasih"; Wu and Cantonese are Chinese in writing).
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"id", "ms", "jv"}),
    frozenset({"zh", "wuu", "yue"}),
    frozenset({"ar", "ary", "arz"}),
    frozenset({"no", "nn", "da"}),
    frozenset({"hr", "sr", "bs"}),
    frozenset({"cs", "sk"}),
)

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
    """English name of a language code ("de" -> German, "pl" -> Polish); a script answer
    of :func:`outside` ("script:Cyrillic") names the script."""
    if code.startswith("script:"):
        return f"a language in {code[7:]} script"
    return LANGUAGE_NAMES.get(code) or OTHER_LANGUAGE_NAMES.get(code, code)


def clean(text: str) -> str:
    """The text without links, addresses, handles and tokens holding digits."""
    if not text.isascii() and _NO_SPACE.search(text) is not None:
        # Chinese or Thai puts no space around an order number: set it apart, or the
        # whole sentence around it goes with it.
        text = _DIGITS_APART.sub(" ", text)
    return _NOISE.sub(" ", text)


#: Where a digit meets a letter or mark beyond ASCII (订单58342还没到).
_DIGITS_APART = regex.compile(r"(?<=\d)(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])(?=\d)")
#: Scripts written without spaces between words: a run of them is many words.
_NO_SPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def _count(found: list[str], text: str) -> int:
    """Words in ``found`` (WORD matches of ``text``); a run of Chinese, Japanese or Thai
    letters counts one word per two letters, as those scripts put no space between words."""
    return _words(found, not text.isascii() and _NO_SPACE.search(text) is not None)


def _words(found: list[str], spaceless: bool) -> int:
    return sum(_weight(w) for w in found) if spaceless else len(found)


def _weight(word: str) -> int:
    """How many words a WORD match is: one, or one per two letters of a spaceless script."""
    letters = len(_NO_SPACE.findall(word))
    return max(1, letters // 2) if letters else 1


def word_count(text: str) -> int:
    return _count(WORD.findall(text), text)


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
    of Spanish or French. ``unmarked`` is the most words of a sentence (split at . ! ?
    and line ends) with no marker word of any of the seven (one per eight words in a
    long one): a sign-off in another language ("Terima kasih dan selamat siang!") in a
    reply that otherwise plainly reads as the locale's. About 5 µs for a chat reply.
    """

    __slots__ = ("strict", "unmarked", "votes", "words")

    def __init__(self, text: str):
        if "@" in text or "://" in text or "www." in text:
            text = clean(text)
        if "’" in text:
            text = text.replace("’", "'")
        found = _WORD_OR_STOP.findall(text)
        spaceless = not text.isascii() and _NO_SPACE.search(text) is not None
        votes: dict[str, int] = {}
        strict: dict[str, int] = {}
        get = MARKER_WORDS.get
        first = True
        words = unmarked = 0
        size = marked = 0  # words and marker words of the current sentence
        for word in found:
            if word in _STOPS:
                if size > unmarked and marked <= size // 8:
                    unmarked = size
                size = marked = 0
                continue
            n = _weight(word) if spaceless else 1
            size += n
            words += n
            lower = word.lower()
            lang = get(lower)
            if lang is not None:
                marked += 1
                votes[lang] = votes.get(lang, 0) + 1
                if first or word == lower:
                    strict[lang] = strict.get(lang, 0) + 1
            first = False
        if size > unmarked and marked <= size // 8:
            unmarked = size
        self.unmarked = unmarked
        self.words = words
        self.votes = votes
        self.strict = strict

    def plainly(self, language: str, min_votes: int = 2) -> bool:
        """At least ``min_votes`` marker words of ``language`` and none of another:
        the text is that language, no model needed."""
        if self.votes.get(language, 0) < min_votes:
            return False
        return all(lang == language for lang in self.strict)


#: A word, or a mark that ends a sentence (for :attr:`Evidence.unmarked`).
_WORD_OR_STOP = regex.compile(r"\p{L}+(?:['’\-]\p{L}+)*|[.!?。！？\n]")
_STOPS = frozenset(".!?。！？\n")


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


# -- languages outside the seven -------------------------------------------------
#: Confidence (py3langid over all its languages, a family's shares added) an answer
#: outside the seven needs.
OUTSIDE_MIN_CONFIDENCE = 0.9


def outside(text: str, evidence: Evidence, min_words: int = 4) -> str | None:
    """The language of ``text`` when it is plainly none of the seven, or None.

    A reply in Vietnamese, a sign-off in Polish, a customer writing in Chinese. Evidence,
    all of it required:

    - at least ``min_words`` words (a run of Chinese or Thai letters counts one word per
      two letters) and at most one marker word of the seven per six words (a Polish
      *i* or a stray "OK" is allowed; a reply in one of the seven has far more); in a
      text of plain ASCII letters, at least three words in five in lower case (a run of
      names is no language);
    - either most letters are of a script none of the seven uses (Cyrillic, Han,
      Arabic...), or py3langid, judging among all of its languages, puts at least
      :data:`OUTSIDE_MIN_CONFIDENCE` on one language of :data:`OTHER_LANGUAGE_NAMES`
      (close relatives of the seven it confuses with them are not in that table).

    The answer is the detector's language when it is that sure; otherwise, with another
    script, ``script:<Name>`` ("a language in Cyrillic script"). Called only for texts
    the detector of the seven was not sure about, so it costs nothing on most replies.
    """
    if evidence.words < min_words:
        return None
    if sum(evidence.votes.values()) > max(1, evidence.words // 6):
        return None
    if text.isascii():
        # Plain ASCII with mostly capitalised words is a list of names ("Ace Hotel Seattle
        # is rated"), not a language the seven's markers missed ("terima kasih dan...").
        found = WORD.findall(text)
        if 5 * sum(1 for w in found if w.islower()) < 3 * len(found):
            return None
    script = _foreign_script(text)
    cleaned = clean(text)
    if not cleaned.strip():
        return None
    lang, confidence = _rank_all(cleaned)
    if lang in OTHER_LANGUAGE_NAMES and confidence >= OUTSIDE_MIN_CONFIDENCE:
        return lang
    if script is not None:
        return f"script:{script}"
    return None


def _rank_all(text: str) -> Result:
    """py3langid's best language among all it knows, with its family's shares added; the
    family is named by its likeliest member that has a name ("wuu" first: Chinese)."""
    identifier = _model("py3langid", (), _load_py3langid_base)
    ranked = identifier.rank(text)
    best = ranked[0][0]
    family = next((f for f in _FAMILIES if best in f), frozenset({best}))
    named = [lang for lang, _ in ranked if lang in family and lang in OTHER_LANGUAGE_NAMES]
    return (named[0] if named else best), float(sum(p for lang, p in ranked if lang in family))


def _foreign_script(text: str) -> str | None:
    """The script of most of the letters of ``text`` when it is not Latin (and at least
    four letters are in it), e.g. "Cyrillic", "Han", "Arabic"; else None."""
    if text.isascii():
        return None
    import unicodedata

    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if ch < "\u0250":  # Basic Latin, Latin-1, Latin Extended-A/B
            continue
        name = unicodedata.name(ch, "")
        script = _SCRIPT_NAMES.get(name.split(" ", 1)[0], name.split(" ", 1)[0].title())
        if script and script not in ("Latin", "Fullwidth"):
            counts[script] = counts.get(script, 0) + 1
    others = sum(counts.values())
    if others < 4 or 2 * others < letters:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


#: unicodedata's first word -> the script's name (kana and kanji together: Japanese).
_SCRIPT_NAMES = {"CJK": "Han", "HIRAGANA": "Japanese", "KATAKANA": "Japanese"}


# -- a stretch of another of the seven inside a sentence -------------------------
#: Words between two marker words of a foreign stretch that are neither's (payment,
#: method, expired): more than this many end the stretch.
SPAN_MAX_GAP = 3
#: Marker words a foreign stretch needs, and how many of them must be written as that
#: language writes its function words (lower case, or the first of a sentence).
SPAN_MIN_MARKERS = 3
SPAN_MIN_STRICT = 2

_BOUNDARY = frozenset(".!?;:\n()[]")


def foreign_spans(text: str, expected: str) -> list[tuple[int, int, str]]:
    """Stretches of ``text`` in another of the seven languages than ``expected``, as
    (start, end, language): "... el problema es que *your payment method expired, so
    please update it* en la app".

    A stretch is a run of marker words of one language (:data:`MARKER_WORDS`: function
    words and frequent chat words of that language only) inside one sentence, with no
    marker word of ``expected`` in it and at most :data:`SPAN_MAX_GAP` other words between
    two of its markers; it counts with :data:`SPAN_MIN_MARKERS` markers, of which
    :data:`SPAN_MIN_STRICT` are written in lower case, open their sentence or are English
    *I*/*I'll*. Capitalised markers inside a sentence count only on top ("Ihre
    Bestellung" after "Ich habe"), so a name or title ("The Lord of the Rings", "Buenos
    Aires") is no stretch, and a loan word ("la app", "het ticket", "online") is no marker
    at all. The caller masks quotations first and confirms each stretch with a detector.
    """
    out: list[tuple[int, int, str]] = []
    lang: str | None = None
    start = end = gap = strict = total = 0
    last = 0
    first = True

    def close() -> None:
        if lang is not None and total >= SPAN_MIN_MARKERS and strict >= SPAN_MIN_STRICT:
            out.append((start, end, lang))

    get = MARKER_WORDS.get
    for m in WORD.finditer(text):
        between = text[last : m.start()]
        last = m.end()
        if any(ch in _BOUNDARY for ch in between):
            close()
            lang, first = None, True
        word = m.group()
        lower = word.lower().replace("’", "'")
        found = get(lower)
        sentence_start, first = first, False
        if found == expected:
            close()
            lang = None
            continue
        if found is None:
            if lang is not None:
                gap += 1
                if gap > SPAN_MAX_GAP:
                    close()
                    lang = None
            continue
        if found != lang:
            close()
            lang, start, strict, total = found, m.start(), 0, 0
        end, gap = m.end(), 0
        total += 1
        if (
            word == lower
            or sentence_start
            or (found == "en" and (lower == "i" or lower.startswith("i'")))
        ):
            strict += 1
    close()
    return out


def span_reach(text: str, end: int, expected: str) -> int:
    """Where a stretch of :func:`foreign_spans` ending at ``end`` runs on to: over up to
    :data:`SPAN_MAX_GAP` words that are no marker word of ``expected`` ("I'll be back *in
    a minute*"), not past the end of the sentence. The detector confirms the stretch on
    this longer text; the finding keeps to the marker words."""
    reach, last = end, end
    for n, m in enumerate(WORD.finditer(text, end)):
        if n >= SPAN_MAX_GAP or any(ch in _BOUNDARY for ch in text[last : m.start()]):
            break
        if MARKER_WORDS.get(m.group().lower().replace("’", "'")) == expected:
            break
        reach = last = m.end()
    return reach


# -- quotations -------------------------------------------------------------------
#: Opening mark -> the marks that close it.
_QUOTE_PAIRS = {"“": "”“", "„": "“”", "«": "»", "‚": "‘’", "‘": "’", '"': '"', "'": "'"}
_MAX_QUOTE = 300
#: An opening mark; a single quote right after a letter or digit is an apostrophe.
_OPENING = regex.compile(r"[“„«‚\"]|(?<![\p{L}\p{N}])['‘]")


def unquoted(text: str) -> str:
    """``text`` with what stands inside quotation marks blanked out (same length), so
    that a quoted error message or button label ("Something went wrong. Please try again
    later") is not judged as the reply's language. A single quote inside a word (*can't*,
    *l'app*) is an apostrophe, not a mark."""
    chars: list[str] | None = None
    n = len(text)
    resume = 0
    for m in _OPENING.finditer(text):
        i = m.start()
        if i < resume:
            continue  # inside a quote already blanked
        ch = text[i]
        j = _closing(text, i + 1, min(n, i + _MAX_QUOTE), _QUOTE_PAIRS[ch])
        if j is None:
            continue
        if chars is None:
            chars = list(text)
        for k in range(i + 1, j):
            chars[k] = " "
        resume = j + 1
    return text if chars is None else "".join(chars)


def _closing(text: str, start: int, stop: int, closers: str) -> int | None:
    """Where the quote opened before ``start`` closes (not past a line end), or None.
    An apostrophe-like closer followed by a letter (*can’t*) closes nothing."""
    line = text.find("\n", start, stop)
    if line != -1:
        stop = line
    j = start
    while j < stop:
        hits = [k for k in (text.find(c, j, stop) for c in closers) if k != -1]
        if not hits:
            return None
        k = min(hits)
        if text[k] in "'’‘" and k + 1 < len(text) and text[k + 1].isalpha():
            j = k + 1
            continue
        return k if k > start else None
    return None
