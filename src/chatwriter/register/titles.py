"""A courtesy title with a surname, said to the reader: formal address in itself.

"Ecco fatto, Sig. Ricci: ..., se vuoi" mixes registers although the only formal word is
the title: addressing someone as *Sig. Ricci*, *Frau Keller*, *Mme Roy* or *Sra. Ortega*
belongs to the formal register, and a *tu*/*du*/*tú* after it is the mix a team lead
flags. Only the vocative counts (after the start, a greeting or a clause mark, and
before a clause mark): "Herr Keller ruft Sie an" talks about him. Brazil is left out,
where *você* after *Sr.*/*Dona* is ordinary, and so is Dutch, where a title with *je*
is common in service chats.
"""

from __future__ import annotations

import regex

from chatwriter.register.model import FORMAL, Evidence, Weight

_TITLES = {
    "de": r"Herr|Frau|Herrn",
    "fr": r"M\.|Mme|Mlle|Madame|Monsieur|Mademoiselle",
    "it": r"Sig\.(?:ra|na)?|Signor|Signora|Signorina|Dott\.(?:ssa)?|Dottor|Dottoressa|Avv\.|Ing\.",
    "es": r"Sr\.|Sra\.|Srta\.|Señor|Señora|Señorita|Don|Doña|Dr\.|Dra\.",
    "pt": r"Sr\.|Sra\.|Senhor|Senhora|D\.|Dona|Dr\.|Dra\.|Eng\.",
}
#: Greetings after which a name is said to the reader.
_GREETINGS = {
    "de": r"hallo|guten\s+(?:tag|morgen|abend)|grüß\s+gott|grüezi|servus|liebe[r]?|sehr\s+geehrte[r]?",
    "fr": r"bonjour|bonsoir|salut|cher|chère",
    "it": r"buongiorno|buonasera|salve|ciao|gentile|gentilissim[oa]|car[oa]",
    "es": r"hola|buen(?:os|as)\s+(?:días|tardes|noches)|estimad[oa]|querid[oa]",
    "pt": r"olá|bom\s+dia|boa\s+(?:tarde|noite)|car[oa]|prezad[oa]",
}
_COMPILED: dict[str, regex.Pattern[str]] = {}


def _pattern(language: str) -> regex.Pattern[str] | None:
    found = _COMPILED.get(language)
    if found is None and language in _TITLES:
        found = _COMPILED[language] = regex.compile(
            rf"""(?:^|(?<=[,;:!?.]\s*)|(?<=\b(?i:{_GREETINGS[language]})\s*,?\s*))
            (?P<t>(?i:{_TITLES[language]}))\s+(?:\p{{Lu}}[\p{{L}}'’-]+)(?:\s+\p{{Lu}}[\p{{L}}'’-]+)?
            (?=\s*(?:[,;:!?]|\.(?:\s|$)|$))""",
            regex.VERBOSE,
        )
    return found


def vocative_titles(text: str, language: str, region: str | None) -> list[Evidence]:
    """Formal evidence for each title + surname said to the reader."""
    if language == "pt" and region == "BR":
        return []
    pattern = _pattern(language)
    if pattern is None:
        return []
    return [
        Evidence(m.start(), m.end(), m.group(), FORMAL, Weight.LIKELY, "title")
        for m in pattern.finditer(text)
    ]
