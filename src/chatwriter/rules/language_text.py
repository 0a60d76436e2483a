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
    message error says reads button option label status text shows displays
    meldung fehlermeldung hinweis nachricht fehler schaltfläche lautet steht zeigt
    melding foutmelding bericht fout knop optie tekst staat toont meldt
    erreur bouton texte statut mention affiche indique
    mensaje aviso botón opción texto estado leyenda dice muestra pone
    mensagem erro botão opção diz mostra exibe
    messaggio errore avviso pulsante opzione testo stato dicitura dice mostra riporta
"""
_INTRODUCERS = frozenset(_INTRODUCER_WORDS.split())
_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")
_LABEL = regex.compile(r"(?:^|[.!?\n])[^\p{L}.!?\n]*\p{L}+[^\p{L}.!?\n]*:$")


def introduced(text: str, start: int) -> bool:
    """The stretch at ``start`` follows a word such as *Fehlermeldung*, *error*, *knop*,
    or a one-word label and a colon ("Status: Delivered"): a quotation without quotation
    marks, not the agent switching. A colon after a clause of the agent's own ("Ho
    controllato: the code expired") introduces no quotation."""
    before = text[max(0, start - 40) : start].rstrip()
    if before.endswith(":") and _LABEL.search(text[:start].rstrip()):
        return True
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in _INTRODUCERS


def worth_a_look(text: str, evidence: langid.Evidence, min_words: int, language: str) -> bool:
    """A reply that plainly reads as ``language`` may still hold a sentence in another:
    one of ``min_words`` words with next to no marker word of the seven, or whose marker
    words are all of one other language ("Grazie mille e a presto!"), a stretch in another
    script, or letters none of the seven writes (a closing in Polish, "Dziękuję i miłego
    dnia!", whose *i* is an English marker word)."""
    return (
        evidence.unmarked >= min_words
        or any(n >= min_words for lang, n in evidence.solo.items() if lang != language)
        or langid.other_script(text)
        or langid.foreign_letters(text)
    )


#: Marks that end a clause inside a sentence: a semicolon, a colon before a space (not
#: "10:30" nor "https://"), a dash between spaces (not "10-12" nor "follow-up").
CLAUSE_MARK = regex.compile(r"[;；]|:(?=\s)|(?<=\s)[-–—](?=\s)")


def clauses(text: str, start: int, end: int) -> list[tuple[int, tuple[int, ...]]]:
    """The clauses of the sentence ``text[start:end]`` between those marks, each as its
    start and the ends to judge it up to: its own end, and its first comma when it opens
    the sentence or follows a colon or a dash ("*Your card arrives next week*, y mientras
    tanto ...", "Ho controllato: *the code expired last week*, ma può ..."), a stretch
    judged on its own when the whole clause is not clear. The whole sentence is judged
    already, so a sentence without marks gives at most its head."""
    marks = list(CLAUSE_MARK.finditer(text, start, end))
    out = []
    for mark, last in zip([None, *marks], [*[m.start() for m in marks], end], strict=True):
        first = start if mark is None else mark.end()
        comma = text.find(",", first, last)
        headed = mark is None or mark.group() not in ";；"
        stops = (() if (first, last) == (start, end) else (last,)) + (
            (comma,) if headed and comma > first else ()
        )
        if stops:
            out.append((first, stops))
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace (never empty for a non-blank span)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: Distinct English words a reply needs before they count as switching to English.
ENGLISH_MIN = 3
#: A word in lower case, not part of a link, an address or a file name.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\d@./_-])\p{Ll}+(?:-\p{Ll}+)*(?![\p{L}\d@/_-]|\.\p{L})")


def english_switch(text: str, words: frozenset[str]) -> tuple[int, int, list[str]] | None:
    """The stretch of ``text`` from the first to the last of at least ``ENGLISH_MIN``
    distinct words of ``words`` (English content words that are no established loan in
    the reply's language) written in lower case, and those words; capitalised ones are
    left out (product names, titles, a label)."""
    hits = [m for m in _LOWER_WORD.finditer(text) if m.group() in words]
    found = list(dict.fromkeys(m.group() for m in hits))
    return (hits[0].start(), hits[-1].end(), found) if len(found) >= ENGLISH_MIN else None
