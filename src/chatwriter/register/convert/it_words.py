"""Italian word forms: pronouns after a verb (*mandamelo, fammi, preoccuparti*) and
before it (*me lo mandi, mi faccia, si preoccupi*).

A pronoun after a verb is written as one word with it; two of them make a cluster
(*mi + lo -> melo*, *gli + lo -> glielo*); after a one-syllable imperative the
pronoun's consonant doubles (*fa + mi -> fammi*, *da + ci -> dacci*). Before a verb the
same cluster is two words (*me lo*, *ce lo*), except *glielo*.
"""

from __future__ import annotations

from chatwriter.register.convert.tables import Verbs

_SINGLE = ("mi", "ti", "ci", "vi", "si", "lo", "la", "li", "le", "gli", "ne")
_FRONT = {"mi": "me", "ti": "te", "ci": "ce", "vi": "ve", "si": "se", "gli": "glie"}
_SECOND = ("lo", "la", "li", "le", "ne")
#: Clusters written as one word after a verb, longest first (glielo, melo, sene).
_CLUSTERS = sorted(
    ((_FRONT[a] + b, [a, b]) for a in _FRONT for b in _SECOND),
    key=lambda pair: -len(pair[0]),
)
_MONOSYLLABLES = {"fa": "fare", "da": "dare", "di": "dire", "sta": "stare", "va": "andare"}


def split(low: str, table: Verbs) -> tuple[str, list[str]] | None:
    """A verb with enclitic pronouns taken apart: (the form in the tables, or the
    infinitive, [pronouns]); None if ``low`` is no such word."""
    for cluster, parts in _CLUSTERS:
        if low.endswith(cluster) and len(low) > len(cluster) + 1:
            found = _base(low[: -len(cluster)], cluster, table)
            if found:
                return found, parts
    for clitic in _SINGLE:
        if low.endswith(clitic) and len(low) > len(clitic) + 1:
            found = _base(low[: -len(clitic)], clitic, table)
            if found:
                return found, [clitic]
    return None


def _base(stem: str, clitic: str, table: Verbs) -> str | None:
    """The verb under the pronouns: an imperative or other form (manda), a one-syllable
    imperative whose pronoun doubled its consonant (fam-mi, dac-ci), an infinitive
    without its -e (mandar-)."""
    if stem in _MONOSYLLABLES:
        return stem
    if stem[-1:] == clitic[:1] and stem[:-1] in _MONOSYLLABLES:
        return stem[:-1]  # fam-mi, dac-ci
    if stem.endswith(("ar", "er", "ir")) and table.known(stem + "e"):
        return stem + "e"
    if stem.endswith("r") and table.known(stem + "re"):
        return stem + "re"  # porr-e? (porre, tradurre)
    if stem.endswith(("ando", "endo")) or table.slots(stem) & {"mp2s", "mp2p", "ip3s", "ip2s"}:
        return stem
    return None


def lemma_of(base: str, table: Verbs) -> str | None:
    if base in _MONOSYLLABLES:
        return _MONOSYLLABLES[base]
    if table.known(base):
        return base
    lemmas = {lem for lem, _ in table.readings(base)}
    return lemmas.pop() if len(lemmas) == 1 else None


def enclitic(verb: str, clitics: list[str]) -> str:
    """*manda* + [mi, lo] -> *mandamelo*; *fa* + [mi] -> *fammi*; *preoccupare* + [ti] ->
    *preoccuparti*."""
    if not clitics:
        return verb
    word = _cluster(clitics)
    if verb.endswith(("are", "ere", "ire")) and len(verb) > 4:
        verb = verb[:-1]  # the infinitive drops its -e
    if verb in _MONOSYLLABLES and not word.startswith("gl"):
        return verb + word[0] + word
    return verb + word


def proclitic(clitics: list[str]) -> str:
    """[mi, lo] -> *me lo*; [gli, lo] -> *glielo*; [si] -> *si*."""
    if len(clitics) == 2:
        first, second = clitics
        if first == "gli":
            return "glie" + second
        return _FRONT[first] + " " + second
    return " ".join(clitics)


def _cluster(clitics: list[str]) -> str:
    if len(clitics) == 2:
        return _FRONT[clitics[0]] + clitics[1]
    return "".join(clitics)


def imperative(table: Verbs, lemma: str, joined: bool) -> str | None:
    """The tu imperative of a verb: standing alone the form in use (*fai, vai, abbi,
    sii*); with pronouns after it the one-syllable one (*fa, da, di, sta, va*)."""
    forms = table.forms(lemma, "mp2s")
    if not forms:
        return None
    plain = [f for f in forms if "'" not in f and f[-1:] not in "àèìòù" and f not in _MONOSYLLABLES]
    short = next(
        (f.rstrip("'").translate(_PLAIN) for f in forms if "'" in f or f[-1:] in "àèìòù"), None
    )
    if joined and short in _MONOSYLLABLES:
        return short
    present = set(table.forms(lemma, "ip2s"))
    own = [f for f in plain if f not in present]
    if own:
        return own[0]
    if plain:
        return plain[0]
    return forms[0]


_PLAIN = str.maketrans("àèìòù", "aeiou")
