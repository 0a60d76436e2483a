"""The text side of language identification: the seven languages and the others'
names, what is not language (links, numbers), and how many words a text has."""

from __future__ import annotations

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

# A word: letters, optionally joined by an apostrophe or hyphen (l'hôtel, e-mail).
WORD = regex.compile(r"\p{L}+(?:['’\-]\p{L}+)*")
# Things that are not language: links, e-mail addresses, @handles, #tags, numbers.
# Each alternative starts only where its run starts (the lookbehinds) and never gives back
# what it took (possessive ``++``), so the search stays linear on hostile runs such as
# "a.a.a.…" or 5,000 letters without a digit (it was quadratic: 0.4 s for 2,000 chars).
NOISE = regex.compile(
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
    if not text.isascii() and NO_SPACE.search(text) is not None:
        # Chinese or Thai puts no space around an order number: set it apart, or the
        # whole sentence around it goes with it.
        text = DIGITS_APART.sub(" ", text)
    return NOISE.sub(" ", text)


#: Where a digit meets a letter or mark beyond ASCII (订单58342还没到).
DIGITS_APART = regex.compile(r"(?<=\d)(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])(?=\d)")
#: Scripts written without spaces between words: a run of them is many words.
NO_SPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def _count(found: list[str], text: str) -> int:
    """Words in ``found`` (WORD matches of ``text``); a run of Chinese, Japanese or Thai
    letters counts one word per two letters, as those scripts put no space between words."""
    return _words(found, not text.isascii() and NO_SPACE.search(text) is not None)


def _words(found: list[str], spaceless: bool) -> int:
    return sum(weight(w) for w in found) if spaceless else len(found)


def weight(word: str) -> int:
    """How many words a WORD match is: one, or one per two letters of a spaceless script."""
    letters = len(NO_SPACE.findall(word))
    return max(1, letters // 2) if letters else 1


def word_count(text: str) -> int:
    return _count(WORD.findall(text), text)
