"""Spanish word forms: enclitic pronouns and the written accent they move.

*envía + me -> envíame*, *diga + me + lo -> dígamelo*, *dé + me -> deme*: a verb with
pronouns after it keeps its stress, so the accent is written when the stress falls on the
third syllable from the end or earlier (and always on an *í/ú* that breaks a diphthong);
a one-syllable verb loses its diacritic accent (*dé -> deme*).
"""

from __future__ import annotations

from chatwriter.register.convert.tables import Verbs

ENCLITICS = ("nos", "los", "las", "les", "os", "me", "te", "se", "lo", "la", "le")
_VOWELS = "aeiouáéíóúü"
_STRONG = "aeoáéíóú"
_PLAIN = str.maketrans("áéíóú", "aeiou")
_ACUTE = dict(zip("aeiou", "áéíóú", strict=True))


def _nuclei(word: str) -> list[tuple[int, int]]:
    """(start, end) of every syllable nucleus: vowels together, split where two strong
    vowels meet (*le-a*, *dí-a*); the *u* of *que, gui* is silent."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        silent = (
            ch == "u" and i and word[i - 1] in "qg" and word[i + 1 : i + 2] in ("e", "i", "é", "í")
        )
        if ch not in _VOWELS or silent:
            i += 1
            continue
        start = i
        i += 1
        while i < len(word) and word[i] in _VOWELS:
            if word[i] in _STRONG and word[i - 1] in _STRONG:
                break
            i += 1
        out.append((start, i))
    return out


def _stressed(word: str) -> int:
    """Index of the stressed nucleus."""
    nuclei = _nuclei(word)
    for n, (a, b) in enumerate(nuclei):
        if any(ch in "áéíóú" for ch in word[a:b]):
            return n
    if len(nuclei) < 2:
        return 0
    return len(nuclei) - 2 if word[-1:] in "aeiouns" else len(nuclei) - 1


def _hiatus(word: str) -> bool:
    """An accented í/ú next to a vowel (envía, reúne): that accent is always written."""
    for i, ch in enumerate(word):
        if ch in "íú" and (
            word[i - 1 : i] in tuple(_VOWELS) or word[i + 1 : i + 2] in tuple(_VOWELS)
        ):
            return True
    return False


def attach(base: str, clitics: list[str]) -> str:
    """The verb ``base`` with enclitic ``clitics``, its accent written as needed."""
    if not clitics:
        return base
    stress = _stressed(base)
    keep = _hiatus(base)
    plain = base if keep else base.translate(_PLAIN)
    word = plain + "".join(clitics)
    after = len(_nuclei(word)) - 1 - stress
    if keep or after < 2:
        return word
    a, b = _nuclei(word)[stress]
    nucleus = word[a:b]
    k = next((j for j, ch in enumerate(nucleus) if ch in "aeo"), len(nucleus) - 1)
    return word[: a + k] + _ACUTE.get(nucleus[k], nucleus[k]) + word[a + k + 1 :]


def split(low: str, table: Verbs, slots: frozenset[str]) -> tuple[str, list[str]] | None:
    """A verb with enclitics taken apart: (the form in the tables, [pronouns]), when the
    form has one of ``slots`` (or is an infinitive or gerund, slot ``v``)."""
    for count in (1, 2, 3):
        found = _peel(low, count)
        if found is None:
            return None
        stem, clitics = found
        for base in dict.fromkeys((stem, stem.translate(_PLAIN), _reaccent(stem))):
            if base and (table.slots(base) & slots or ("v" in slots and _nonfinite(base, table))):
                return base, clitics
    return None


def _peel(low: str, count: int) -> tuple[str, list[str]] | None:
    stem, clitics = low, []
    for _ in range(count):
        for ending in ENCLITICS:
            if stem.endswith(ending) and len(stem) > len(ending) + 1:
                stem, clitics = stem[: -len(ending)], [ending, *clitics]
                break
        else:
            return None
    return stem, clitics


def _reaccent(stem: str) -> str:
    """A one-syllable verb loses its accent before clitics: *deme* is *dé* + *me*."""
    if len(_nuclei(stem)) != 1 or any(ch in "áéíóú" for ch in stem):
        return ""
    a, _ = _nuclei(stem)[0]
    return stem[:a] + _ACUTE.get(stem[a], stem[a]) + stem[a + 1 :]


def _nonfinite(base: str, table: Verbs) -> bool:
    """An infinitive (a lemma) or a gerund (-ando, -iendo)."""
    return table.known(base) or base.endswith(("ando", "iendo", "yendo"))
