"""The cheap first look (marker words of one language only, :class:`Evidence`), the
language of a text among candidates (:func:`identify`), and languages outside the
seven (:func:`outside`)."""

from __future__ import annotations

from collections.abc import Collection

import regex

from chatwriter.langid.detectors import (
    DEFAULT_MIN_CONFIDENCE,
    Detector,
    Result,
    load_py3langid_base,
    make_detector,
    model,
    second_opinion,
)
from chatwriter.langid.text import (
    LANGUAGE_NAMES,
    NO_SPACE,
    OTHER_LANGUAGE_NAMES,
    WORD,
    clean,
    weight,
)

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
        werde würde müssen muss sollte darf möchten möchte von zu aus durch ohne
        gegen zwischen innerhalb während diese dieser dieses diesen sehr zwei drei
        fünf erfolgt erfolgen erstattung rückerstattung werktagen werktage
        wiedersehen
    """,
    "fr": """
        les une et est sont vous nous votre vos notre elle ils cette ces pour avec
        dans sur pas très aussi quoi être avoir été avons avez merci bonjour désolé
        désolée c'est j'ai n'est d'un d'une l'on s'il qu'il bonne journée soirée
        commande colis livraison remboursement paiement compte beaucoup vraiment déjà
        encore toujours peu leur leurs peux pouvez pourriez voulez faire fait
        suis sommes êtes ont ça cela oui au aux chez sans sous vers puis donc
        alors quand pourquoi aujourd'hui demain n'hésitez plaît jours ouvrés
        effectué effectuée également bientôt revoir
    """,
    "es": """
        el los las unos unas y usted ustedes sus nuestro nuestra nosotros yo tú él
        ella muy pero también ya hay puede pueden gracias hola cuando donde cómo qué
        eso esto estos he han envío pago cuenta muchas mucho buenos buenas días
        tardes tus mis sí hoy mañana ahora mismo nuevo nueva puedo
        podría quiere quería necesita tiene tienes tenemos estoy soy hemos
        hace hacer cualquier cuál siento disculpe disculpa saludos correo
        enseguida hasta según luego adiós
    """,
    "pt": """
        os uma umas é estão você vocês seu seus suas nosso nossa eu ele ela com não
        muito também já há pode podem obrigado obrigada olá ao aos na nas pelo pela
        isso isto foi encomenda conta bom boa dia hoje amanhã agora ainda
        sim mesmo nova novo tem temos tenho estou sou vou fazer feito
        qualquer algum alguma desculpe desculpa até então porém lá onde foram
        tchau abraço abraços
    """,
    "nl": """
        het een zijn niet ik u jij wij ons onze uw jouw mijn met voor op bij ook maar
        dat wat wordt worden heeft hebben heb kan kunt kunnen graag bedankt alvast
        nog naar groeten vriendelijke fijne dag bestelling pakket levering
        terugbetaling betaling rekening vandaag nu wel geen zo dus omdat wanneer waar
        hoe welke jullie zou zal moet moeten wil wilt willen gaat gaan komt komen
        staat krijgt krijgen ontvangen gestuurd verstuurd deze dit hartelijk hartelijke
        ziens
    """,
    "it": """
        gli è sono io lei noi voi suo suoi nostro nostra anche già c'è della dello
        degli delle dei nel nella alla allo grazie ciao può possono molto questo
        questa ho che perché stato stata buona buongiorno giornata ordine
        pacco spedizione rimborso oggi domani adesso subito ancora
        tutto tutti niente qualcosa possiamo vuole siamo abbiamo hai hanno
        fatto fare stati dispiace scusi scusa cordiali saluti gentile nostri vostro
        dal dalla sul sulla quella quello quindi però poi dopo senza tra fra cui ci
        presto arrivederci serata
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
    of Spanish or French. ``unmarked`` is the most words of a sentence or clause (split
    at . ! ? ; and line ends) with no marker word of any of the seven (one per eight words in a
    long one): a sign-off in another language ("Terima kasih dan selamat siang!") in a
    reply that otherwise plainly reads as the locale's. ``solo`` maps a language to the
    most words of such a sentence whose marker words, two at least and in any case, are all
    of that language: a closing in another of the seven ("Grazie mille e a presto!", its
    one Italian word capitalised) in a reply that plainly reads as English. About 5 µs
    for a chat reply.
    """

    __slots__ = ("solo", "strict", "unmarked", "votes", "words")

    def __init__(self, text: str):
        if "@" in text or "://" in text or "www." in text:
            text = clean(text)
        if "’" in text:
            text = text.replace("’", "'")
        found = _WORD_OR_STOP.findall(text)
        spaceless = not text.isascii() and NO_SPACE.search(text) is not None
        votes: dict[str, int] = {}
        strict: dict[str, int] = {}
        get = MARKER_WORDS.get
        first = True
        words = unmarked = 0
        size = marked = 0  # words and marker words of the current sentence
        only: str | None = None  # the one language of its marker words ("" for several)
        solo: dict[str, int] = {}
        for word in found:
            if word in _STOPS:
                if size > unmarked and marked <= size // 8:
                    unmarked = size
                if only and marked >= 2 and size > solo.get(only, 0):
                    solo[only] = size
                size = marked = 0
                only = None
                continue
            n = weight(word) if spaceless else 1
            size += n
            words += n
            lower = word.lower()
            lang = get(lower)
            if lang is not None:
                marked += 1
                only = lang if only in (None, lang) else ""
                votes[lang] = votes.get(lang, 0) + 1
                if first or word == lower:
                    strict[lang] = strict.get(lang, 0) + 1
            first = False
        if size > unmarked and marked <= size // 8:
            unmarked = size
        if only and marked >= 2 and size > solo.get(only, 0):
            solo[only] = size
        self.solo = solo
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
_WORD_OR_STOP = regex.compile(r"\p{L}+(?:['’\-]\p{L}+)*|[.!?;。！？；\n]")
_STOPS = frozenset(".!?;。！？；\n")


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
#: outside the seven needs, or at least the second when langdetect confirms it.
OUTSIDE_MIN_CONFIDENCE = 0.9
SECONDED_MIN_CONFIDENCE = 0.3


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
      (close relatives of the seven it confuses with them are not in that table), or, with
      no marker word, :data:`SECONDED_MIN_CONFIDENCE` and langdetect's sure answer agree.

    The answer is the detector's language when it is that sure; otherwise, with another
    script, ``script:<Name>`` ("a language in Cyrillic script"). Called only for texts
    the detector of the seven was not sure about, so it costs nothing on most replies.
    """
    if evidence.words < min_words:
        return None
    if catalan(text):
        return "ca"
    if sum(evidence.votes.values()) > max(1, evidence.words // 6):
        return None
    if text.isascii():
        # Plain ASCII with mostly capitalised words is a list of names ("Ace Hotel Seattle
        # is rated"), not a language the seven's markers missed ("terima kasih dan...").
        found = WORD.findall(text)
        if 5 * sum(1 for w in found if w.islower()) < 3 * len(found):
            return None
    script = script_of(text)
    cleaned = clean(text)
    if not cleaned.strip():
        return None
    lang, confidence = _rank_all(cleaned)
    family = next((f for f in _FAMILIES if lang in f), frozenset({lang}))
    # Unsure but for no marker word: langdetect over all it knows must agree (not on Catalan)
    seconded = not evidence.votes and confidence >= SECONDED_MIN_CONFIDENCE and lang != "ca"
    if lang in OTHER_LANGUAGE_NAMES and (
        confidence >= OUTSIDE_MIN_CONFIDENCE
        or (seconded and second_opinion(cleaned, family, OUTSIDE_MIN_CONFIDENCE))
    ):
        return lang
    if script is not None:
        return f"script:{script}"
    return None


#: Function words Catalan writes and none of the seven does (not "és", Portuguese "tu
#: és"; not "però", Italian); possessives, days, the months no other of the seven spells
#: so, and Catalan spellings of words the neighbours write otherwise (càrrec, enviat).
_CATALAN = frozenset(
    """
    amb els perquè també molt doncs aquest aquesta aquests aquestes això avui demà dilluns
    dimarts dimecres dijous divendres dissabte diumenge gràcies vostè vostès puc pots podeu
    tinc teniu sóc fins encara qualsevol nosaltres vosaltres abans després m'ho t'ho
    meva teva seva dels pel pels ahir setmana
    gener febrer març maig juny juliol agost setembre desembre
    càrrec correspon enviat rebut
    vegada vegades alhora gairebé així aviat sisplau t'he m'he l'he m'heu t'hem s'hi n'hi
    """.split()  # noqa: SIM905 - a block of words reads better than quoted items
)


#: py3langid's share for Catalan, over all its languages, that a text with a Catalan
#: function word needs (short Catalan turns score 0.85; Spanish ones score Spanish).
CATALAN_MIN_CONFIDENCE = 0.8


def catalan(text: str) -> bool:
    """``text`` is Catalan: a close relative of Spanish, French and Italian whose marker
    words are theirs (la, de, per), so the detector of the seven reads it as one of them
    and the marker test of :func:`outside` never lets it through. A function word only
    Catalan writes, and py3langid over all its languages putting Catalan first, decide."""
    if not any(w in _CATALAN for w in WORD.findall(text.lower())):
        return False
    lang, confidence = _rank_all(clean(text))
    return lang == "ca" and confidence >= CATALAN_MIN_CONFIDENCE


def stretch_language(text: str, script: str) -> str:
    """The language of a stretch in another script (:func:`script_spans`): the one
    py3langid names over all its languages when it is sure, else ``script:<Name>``."""
    cleaned = clean(text)
    if cleaned.strip():
        lang, confidence = _rank_all(cleaned)
        if lang in OTHER_LANGUAGE_NAMES and confidence >= OUTSIDE_MIN_CONFIDENCE:
            return lang
    return f"script:{script}"


def _rank_all(text: str) -> Result:
    """py3langid's best language among all it knows, with its family's shares added; the
    family is named by its likeliest member that has a name ("wuu" first: Chinese)."""
    identifier = model("py3langid", (), load_py3langid_base)
    ranked = identifier.rank(text)
    best = ranked[0][0]
    family = next((f for f in _FAMILIES if best in f), frozenset({best}))
    named = [lang for lang, _ in ranked if lang in family and lang in OTHER_LANGUAGE_NAMES]
    return (named[0] if named else best), float(sum(p for lang, p in ranked if lang in family))


def script_of(text: str) -> str | None:
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
