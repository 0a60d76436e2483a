"""The conjugation tables: every verb's forms per slot, and every form's readings.

``data/<lang>.conj.tsv.gz`` is built by tools/build_register_tables.py from LanguageTool's
part-of-speech dictionaries (nothing is downloaded at run time). A row holds a lemma and,
per slot (``ip2s``: indicative present, 2nd person singular; ``mp2s`` the imperative;
``sp3s`` the present subjunctive, 3rd singular...), the forms that fill it, most frequent
first, each written against the lemma (``2ías``: drop two letters of *enviar*, add *ías*).
A table is read once per process, on first use.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable
from importlib import resources

_LOCK = threading.Lock()
_TABLES: dict[str, Verbs] = {}


class Verbs:
    """The verbs of one language: forms by lemma and slot, readings by form."""

    __slots__ = ("_index", "_paradigms")

    def __init__(self, rows: list[str]):
        self._paradigms: dict[str, dict[str, tuple[str, ...]]] = {}
        self._index: dict[str, list[tuple[str, str]]] = {}
        index = self._index
        names: list[str] = []
        for line in rows:
            if not line or line[0] == "#":
                continue
            cells = line.split("\t")
            lemma = cells[0]
            if lemma == "lemma":
                names = cells[1:]
                continue
            # a form is written as one digit (letters of the lemma to drop) and an ending,
            # or "=" and the whole form: the stems of a lemma are computed once
            stems = [lemma[: len(lemma) - d] for d in range(10)]
            slots = {}
            for name, cell in zip(names, cells[1:], strict=False):
                if not cell:
                    continue
                forms = tuple(
                    short[1:] if short[0] == "=" else stems[ord(short[0]) - 48] + short[1:]
                    for short in cell.split("|")
                )
                slots[name] = forms
                reading = (lemma, name)
                for form in forms:
                    found = index.get(form)
                    if found is None:
                        index[form] = [reading]
                    else:
                        found.append(reading)
            self._paradigms[lemma] = slots

    def readings(self, form: str) -> list[tuple[str, str]]:
        """(lemma, slot) of every reading of a lower-case form."""
        return self._index.get(form, [])

    def slots(self, form: str) -> set[str]:
        return {slot for _, slot in self._index.get(form, ())}

    def main_slots(self, form: str) -> set[str]:
        """The readings of the most frequent verb with this form (devi: dovere's, not
        deviare's)."""
        found = self._index.get(form, ())
        if not found:
            return set()
        first = found[0][0]
        return {slot for lemma, slot in found if lemma == first}

    def forms(self, lemma: str, slot: str) -> tuple[str, ...]:
        return self._paradigms.get(lemma, {}).get(slot, ())

    def form(self, lemma: str, slot: str) -> str | None:
        found = self.forms(lemma, slot)
        return found[0] if found else None

    def known(self, lemma: str) -> bool:
        return lemma in self._paradigms

    def shift(
        self,
        form: str,
        persons: dict[str, str],
        moods: tuple[str, ...] | None = None,
        prefer: tuple[str, ...] = (),
    ) -> list[str]:
        """``form`` in another person, same mood and tense: ``persons`` maps the person
        of a reading (``2s``) to the one wanted (``2p``); ``moods`` keeps only readings
        of those slots (``ip``, ``mp``...). When readings disagree (*connectes*: present
        or subjunctive), the first of ``prefer`` (slot prefixes) that singles one out
        decides; the candidates are returned, one when the answer is clear."""
        found = self.targets(
            form,
            lambda slot: (
                slot[:2] + persons[slot[2:]]
                if slot[2:] in persons and (moods is None or slot[:2] in moods)
                else None
            ),
        )
        if len(found) <= 1:
            return list(found)
        first = self._first_lemma(form, persons, moods)
        mine = {f: slots for f, slots in found.items() if f in first}
        if len(mine) == 1:
            return list(mine)
        found = mine or found
        for head in prefer:
            best = [f for f, slots in found.items() if any(s.startswith(head) for s in slots)]
            if len(best) == 1:
                return best
        return list(found)

    def _first_lemma(
        self, form: str, persons: dict[str, str], moods: tuple[str, ...] | None
    ) -> set[str]:
        """The forms the most frequent verb with such a reading gives (the table lists
        the most frequent verbs first, so their readings come first)."""
        for lemma, slot in self.readings(form):
            if slot[2:] in persons and (moods is None or slot[:2] in moods):
                return {
                    self.form(lemma, s[:2] + persons[s[2:]]) or ""
                    for lem, s in self.readings(form)
                    if lem == lemma and s[2:] in persons and (moods is None or s[:2] in moods)
                }
        return set()

    def targets(self, form: str, mapping: Callable[[str], str | None]) -> dict[str, set[str]]:
        """What ``form`` becomes under ``mapping`` (source slot -> target slot), for every
        reading the mapping takes: {target form: {source slots}}."""
        out: dict[str, set[str]] = {}
        for lemma, slot in self.readings(form):
            target = mapping(slot)
            if target is None:
                continue
            new = self.form(lemma, target)
            if new is not None:
                out.setdefault(new, set()).add(slot)
        return out


def verbs(lang: str) -> Verbs:
    return _cached(_TABLES, lang, lambda: Verbs(_rows(lang, "conj")))


class Genders:
    """French nouns and adjectives: gender by ending, and the words the endings miss."""

    __slots__ = ("_endings", "_words")

    def __init__(self, rows: list[str]):
        self._endings: dict[str, str] = {}
        self._words: dict[str, str] = {}
        for line in rows:
            if not line or line.startswith("#"):
                continue
            name, _, cell = line.partition("\t")
            if name == "endings":
                self._endings = dict(pair.split("=") for pair in cell.split())
            else:
                self._words.update(dict.fromkeys(cell.split(), name))

    def of(self, word: str) -> str | None:
        """``m``, ``f``, ``e`` (either: *espace*, *poste*) or None (not known)."""
        found = self._words.get(word)
        if found is not None:
            return found
        for k in (4, 3, 2, 1):
            found = self._endings.get(word[-k:]) if len(word) > k else None
            if found is not None:
                return found
        return None


_GENDERS: dict[str, Genders] = {}


def genders(lang: str) -> Genders:
    return _cached(_GENDERS, lang, lambda: Genders(_rows(lang, "gender")))


def _cached(cache: dict, lang: str, build: Callable[[], object]):
    """A language's table, read once per process (under a lock: threads may ask at once)."""
    table = cache.get(lang)
    if table is None:
        with _LOCK:
            table = cache.get(lang)
            if table is None:
                table = cache[lang] = build()
    return table


def _rows(lang: str, name: str) -> list[str]:
    path = resources.files("chatwriter.register").joinpath("data", f"{lang}.{name}.tsv.gz")
    return gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
