"""Where the language rule looks inside a reply: clauses, quotations without marks, and
whether a reply that plainly reads as one language is worth a closer look.

Plain text functions of :mod:`chatwriter.rules.language`, kept apart so the kind reads as
its three checks.
"""

from __future__ import annotations

import regex

from chatwriter import langid

#: Words after which the next words are a quotation without marks: an error message or
#: a label in the app's language ("die Fehlermeldung Something went wrong, ...").
_INTRODUCER_WORDS = """
    message error says reads button option label status text
    meldung fehlermeldung hinweis nachricht fehler schaltfläche
    melding foutmelding bericht fout knop optie tekst
    erreur bouton texte statut mention
    mensaje aviso botón opción texto estado leyenda
    mensagem erro botão opção
    messaggio errore avviso pulsante opzione testo stato dicitura
"""
_INTRODUCERS = frozenset(_INTRODUCER_WORDS.split())
_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")


def introduced(text: str, start: int) -> bool:
    """The stretch at ``start`` follows a colon or a word such as *Fehlermeldung*,
    *error*, *knop*: a quotation without quotation marks, not the agent switching."""
    before = text[max(0, start - 40) : start].rstrip()
    if before.endswith(":"):
        return True
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in _INTRODUCERS


def worth_a_look(text: str, evidence: langid.Evidence, min_words: int) -> bool:
    """A reply that plainly reads as one language may still hold a sentence in another:
    one of ``min_words`` words with next to no marker word of the seven, a stretch in
    another script, or letters none of the seven writes (a closing in Polish, "Dziękuję
    i miłego dnia!", whose *i* is an English marker word)."""
    return (
        evidence.unmarked >= min_words or langid.other_script(text) or langid.foreign_letters(text)
    )


#: Marks that end a clause inside a sentence.
CLAUSE_MARK = regex.compile(r"[;；]")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]`` between semicolons, or none when
    it has no semicolon."""
    marks = [m.start() for m in CLAUSE_MARK.finditer(text, start, end)]
    if not marks:
        return []
    bounds = [start, *[m + 1 for m in marks]]
    ends = [*marks, end]
    return list(zip(bounds, ends, strict=True))


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace (never empty for a non-blank span)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
