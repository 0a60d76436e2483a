#!/usr/bin/env python
"""Build the verb tables of the register analyser from LanguageTool's POS dictionaries.

    python tools/build_register_tables.py            # writes src/chatwriter/register/data/
    python tools/build_register_tables.py --check    # exits 1 if the shipped tables differ

Where the data comes from (all on Maven Central, fetched by ``tools/languagetool/run.sh
fetch`` into tools/languagetool/lib, with the morfologik jars that read them):

| language | dictionary | licence |
| --- | --- | --- |
| de | german-pos-dict (Daniel Naber, from Morphy) | CC BY-SA 4.0 |
| fr | french-pos-dict (Dicollecte / Grammalecte lexicon) | LGPL 2.1 |
| es | spanish-pos-dict (Softcatalà) | LGPL 2.1 |
| pt | portuguese-pos-dict (LanguageTool) | LGPL 2.1 |
| it | language-it's italian.dict (Morph-it!) | LGPL 2.1 (Morph-it!: CC BY-SA 2.0 / LGPL) |

Dutch needs no verb table: its forms of address are told apart by pronouns (a ``jij``
verb is also the ``u`` verb: *werkt*), so the analyser has none.

A small Java program (tools/register/DumpDict.java, run with the JDK's single-file
launcher) prints every entry as form, lemma, tag. This tool keeps the forms a register
analyser can use and what each of their readings is, as short codes:

- ``2s``, ``2p``: a finite verb of the 2nd person, singular or plural;
- ``2s!``, ``2p!``, ``3s!``, ``3p!``, ``1p!``: an imperative (``3s!`` is the usted /
  você imperative of Spanish and Portuguese, which the dictionaries tag as such);
- ``3ss``: a 3rd-person singular present subjunctive (Italian's Lei imperative: *mi
  mandi*, *si preoccupi*); ``2ss``: Italian's 2nd-person subjunctive (*che tu faccia*),
  kept apart from the present *mandi* that reads like the Lei imperative;
- ``3s``, ``3p``, ``1s``, ``1p``: other finite forms (Spanish *puede* addresses usted, or
  a third person);
- ``v``: a non-finite verb form; ``o``: anything that is not a verb (noun, adjective...);
- ``m``: a form of a verb of ability, wish or need (``MODALS``: *poder, querer, gustar*);
- ``+c1``, ``+c2s``, ``+c2p``, ``+c3`` after a reading: an enclitic pronoun of that
  person in the same word, so ``2s!+c1`` is *mándame*, ``3s!+c3`` *regístrese*,
  ``v+c2s`` *preocuparte*; Portuguese hyphenated enclitics (*envia-me*) are left out,
  the analyser splits them at the hyphen.

A form is kept when one of its readings is of the 2nd person or an imperative, or, for
Spanish, Portuguese and Italian, a 3rd-person singular form, and for German a 3rd-person
form (to tell "Sie sind" from "Sie ist"), common enough to matter (wordfreq Zipf frequency
of at least ``--min-zipf-3s``). Every kept form is also filtered
by frequency (``--min-zipf``), so the tables hold the verbs of real text, not every form
of every verb. wordfreq is needed by this tool only (``pip install wordfreq``); it is not
a dependency of chatwriter.

Conjugation tables (``<lang>.conj.tsv.gz``, for register conversion; Dutch too, from
dutch-pos-dict): one row per verb, the most frequent verbs first, its lemma and then, per
*slot*, the forms that fill it, most frequent first. A slot is mood and tense, then person and number: ``ip2s``
indicative present 2nd singular, ``ii`` imperfect, ``is`` simple past / preterite, ``if``
future, ``im`` pluperfect (pt), ``cp`` conditional, ``sp`` ``si`` ``sf`` subjunctive
present / imperfect / future, ``mp`` imperative, ``np`` personal infinitive (pt); German
``ip`` ``ii`` ``s1`` ``s2`` are present, past, Konjunktiv I and II. Only the persons that
forms of address use are kept (de 2s 2p 3p, fr 2s 2p, es pt it all six, nl 1s 3s and the past),
for verbs with a form of Zipf frequency ``--min-zipf-conj`` or more and an infinitive of
``--min-zipf-lemma`` or more (so no rare verb whose forms are common nouns: Portuguese
*elar*, whose subjunctive is *ele*); each form is written
against its lemma as the number of letters to drop and the letters to add (``enviar``:
``2ías`` is *envías*), ``=`` before a form written in full.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIB = REPO / "tools" / "languagetool" / "lib"
OUT = REPO / "src" / "chatwriter" / "register" / "data"
DUMP = REPO / "tools" / "register" / "DumpDict.java"

SOURCES = {
    "de": ("german-pos-dict-*.jar", "/org/languagetool/resource/de/german.dict"),
    "fr": ("french-pos-dict-*.jar", "/org/languagetool/resource/fr/french.dict"),
    "es": ("spanish-pos-dict-*.jar", "/org/languagetool/resource/es/es-ES.dict"),
    "pt": ("portuguese-pos-dict-*.jar", "/org/languagetool/resource/pt/portuguese.dict"),
    "it": ("language-it-*.jar", "/org/languagetool/resource/it/italian.dict"),
    "nl": ("dutch-pos-dict-*.jar", "/org/languagetool/resource/nl/dutch.dict"),
}
LICENCES = {
    "de": "german-pos-dict (Daniel Naber), CC BY-SA 4.0",
    "fr": "french-pos-dict (LanguageTool, from the Dicollecte lexicon), LGPL 2.1",
    "es": "spanish-pos-dict (Softcatalà), LGPL 2.1",
    "pt": "portuguese-pos-dict (LanguageTool), LGPL 2.1",
    "it": "italian.dict of LanguageTool's language-it (Morph-it!), LGPL 2.1",
    "nl": "dutch-pos-dict (LanguageTool), LGPL 2.1",
}
#: Languages with an analysis table (Dutch has a conjugation table only).
ANALYSED = ("de", "es", "fr", "it", "pt")
#: Readings that make a form worth keeping on their own (before any +clitic).
ADDRESS = frozenset({"2s", "2ss", "2p", "2s!", "2p!", "3s!", "3p!", "3ss"})


# -- tags to codes ----------------------------------------------------------------------------
def codes_de(tag: str) -> set[str]:
    parts = tag.split(":")
    if parts[0] != "VER":
        return {"o"}
    rest = [p for p in parts[1:] if p not in ("MOD", "AUX")]
    if not rest:
        return {"v"}
    if rest[0] == "IMP":
        return {"2s!" if "SIN" in rest else "2p!"}
    if rest[0] in ("1", "2", "3") and len(rest) > 1:
        return {rest[0] + ("s" if rest[1] == "SIN" else "p")}
    return {"v"}


def codes_fr(tag: str) -> set[str]:
    parts = tag.split()
    if not parts or parts[0] != "V":
        return {"o"}
    if len(parts) < 5 or parts[3] not in ("1", "2", "3"):
        return {"v"}
    person, number = parts[3], parts[4][:1]
    code = person + ("s" if number == "s" else "p")
    return {code + "!" if parts[1] == "imp" else code}


def _eagles(tag: str) -> set[str]:
    """Spanish and Portuguese EAGLES tags, with enclitics after ':' (VMM02S0:PP1CS000)."""
    head, *clitics = tag.split(":")
    if not head.startswith("V"):
        return {"o"}
    t = head[:7].ljust(7, "0")
    mood, person, number = t[2], t[4], t[5]
    if person not in "123" or number not in "SP":
        code = "v"
    else:
        code = person + ("s" if number == "S" else "p") + ("!" if mood == "M" else "")
    for clitic in clitics:
        c = clitic.ljust(5, "0")
        if c.startswith("PP") and c[2] in "123":
            if c[2] == "2":
                code += "+c2s" if c[4] == "S" else "+c2p"
            else:
                code += "+c" + c[2]
    return {code}


def codes_it(tag: str) -> set[str]:
    head, _, rest = tag.partition(":")
    if head not in ("VER", "MOD", "AUX", "CAU", "ASP"):
        return {"o"}
    fields = rest.split("+")
    mood = fields[0] if fields else ""
    if len(fields) >= 4 and fields[2] in ("1", "2", "3") and fields[3] in ("s", "p"):
        code = fields[2] + fields[3]
        if mood == "impr":
            code += "!"
        elif mood == "sub" and code == "3s" and fields[1] == "pres":
            code = "3ss"
        elif mood == "sub" and code == "2s":
            code = "2ss"  # che tu faccia: informal, but no statement (unlike mandi)
        clitics = fields[4:]
    else:
        code = "v"
        clitics = fields[2:]
    for clitic in clitics:
        if clitic in ("ti", "te"):
            code += "+c2s"
        elif clitic in ("vi", "ve"):
            code += "+c2p"
        elif clitic in ("mi", "me", "ci", "ce"):
            code += "+c1"
        elif clitic:
            code += "+c3"
    return {code}


#: Verbs of ability, wish and need: a 3rd-person form of them with an infinitive after it
#: and no subject (*puede indicarnos*, *gostaria de receber*) addresses the reader.
MODALS = {
    "es": frozenset({"poder", "deber", "querer", "desear", "necesitar", "preferir", "gustar"}),
    "pt": frozenset({"poder", "dever", "querer", "desejar", "precisar", "preferir", "gostar"}),
    "it": frozenset({"potere", "dovere", "volere", "desiderare", "preferire"}),
}

PARSERS: dict[str, Callable[[str], set[str]]] = {
    "de": codes_de,
    "fr": codes_fr,
    "es": _eagles,
    "pt": _eagles,
    "it": codes_it,
}


# -- reading the dictionaries ---------------------------------------------------------------------
def _jar(pattern: str) -> Path:
    found = sorted(LIB.glob(pattern))
    if not found:
        sys.exit(f"no {pattern} in {LIB}: run tools/languagetool/run.sh fetch first")
    return found[-1]


def entries(lang: str) -> Iterator[tuple[str, str, str]]:
    jar_glob, resource = SOURCES[lang]
    jars = [*sorted(LIB.glob("morfologik-*.jar")), *sorted(LIB.glob("hppc-*.jar")), _jar(jar_glob)]
    cmd = ["java", "-cp", ":".join(str(j) for j in jars), str(DUMP), resource]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, encoding="utf-8") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and not parts[0].startswith("#"):
                yield parts[0], parts[1], parts[2]
    if proc.returncode:
        sys.exit(f"the dictionary dump of {lang} failed ({proc.returncode})")


Paradigms = dict[str, dict[str, set[str]]]  # lemma -> slot -> forms


def read(lang: str) -> tuple[dict[str, set[str]], Paradigms, dict[str, set[str]]]:
    """One pass over a dictionary: the readings of every form (the analysis table), the
    paradigm of every verb (the conjugation table) and, for French, the genders of every
    singular noun and adjective (the gender table)."""
    parse = PARSERS.get(lang)
    slot_of = SLOTS[lang]
    modals = MODALS.get(lang, frozenset())
    readings: dict[str, set[str]] = defaultdict(set)
    paradigms: Paradigms = defaultdict(lambda: defaultdict(set))
    genders: dict[str, set[str]] = defaultdict(set)
    for form, lemma, tag in entries(lang):
        if lang == "fr" and tag[:2] in ("N ", "J "):
            parts = tag.split()
            if len(parts) > 2 and parts[2].startswith("s"):
                genders[form].add(parts[1])
        # Portuguese writes enclitics with a hyphen (envia-me): the analyser splits them
        # itself, so the table lists the verb once instead of once per pronoun.
        if " " in form or (lang == "pt" and "-" in form):
            continue
        slot = slot_of(tag)
        if slot is not None and "-" not in form and form == form.lower():
            paradigms[lemma][slot].add(form)
        if parse is None:
            continue
        codes = parse(tag)
        if lemma in modals and codes != {"o"}:
            codes.add("m")
        readings[form] |= codes
    return readings, paradigms, genders


def build(lang: str, readings: dict[str, set[str]], min_zipf: float, min_zipf_3s: float):
    from wordfreq import zipf_frequency

    rows = []
    for form, codes in readings.items():
        wanted = {c for c in codes if c.split("+")[0] in ADDRESS or "+c2" in c}
        # Third persons: the usted/Lei/você verb of es/pt/it, and German agreement
        # ("Sie ist..." is she or it, "Sie sind..." they or you).
        heads = {c.split("+")[0] for c in codes}
        third = (heads & {"3s", "1s", "1p"} and lang in ("es", "pt", "it")) or (
            lang == "de" and ("3s" in heads or "3p" in heads)
        )
        if not wanted and not third:
            continue
        zipf = zipf_frequency(form, lang)
        if zipf < min_zipf or (not wanted and zipf < min_zipf_3s):
            continue
        rows.append((form, ",".join(sorted(codes))))
    rows += _enclitic_lookalikes(lang, readings, {form for form, _ in rows})
    rows.sort()
    return rows


#: Enclitic pronouns of Spanish and Italian, which the analysers take off an unknown word
#: to find an imperative under it (aprovéchela -> aproveche + la).
ENCLITICS = {
    "es": ("nos", "los", "las", "les", "os", "me", "te", "se", "lo", "la", "le"),
    "it": ("glielo", "gliela", "gliene", "mi", "ti", "ci", "vi", "si", "lo", "la", "li", "le",
           "gli", "ne"),
}  # fmt: skip
_UNACCENT = str.maketrans("áéíóú", "aeiou")


def _enclitic_lookalikes(
    lang: str, readings: dict[str, set[str]], kept: set[str]
) -> list[tuple[str, str]]:
    """Words that are no verb but end like an imperative with a pronoun (Italian
    *postale* = posta + le, Spanish *presente*): listed as ``o`` so the analyser does not
    take them apart."""
    endings = ENCLITICS.get(lang)
    if not endings:
        return []
    imperative = {
        f for f in kept if any(c.split("+")[0] in ("2s!", "3s!", "2p!", "3p!") for c in readings[f])
    }
    out = []
    for form, codes in readings.items():
        if codes != {"o"} or form in kept or not form.isalpha():
            continue
        for ending in endings:
            if form.endswith(ending) and len(form) > len(ending) + 2:
                stem = form[: -len(ending)]
                if stem in imperative or stem.translate(_UNACCENT) in imperative:
                    out.append((form, "o"))
                break
    return out


# -- conjugation tables ---------------------------------------------------------------------------
def slot_de(tag: str) -> str | None:
    parts = [p for p in tag.split(":") if p not in ("MOD", "AUX")]
    if parts[0] != "VER" or len(parts) < 3:
        return None
    if parts[1] == "IMP":
        return "mp2" + ("s" if parts[2] == "SIN" else "p")
    tense = {"PRÄ": "ip", "PRT": "ii", "KJ1": "s1", "KJ2": "s2"}.get(
        parts[3] if len(parts) > 3 else ""
    )
    if parts[1] in ("1", "2", "3") and tense:
        return tense + parts[1] + ("s" if parts[2] == "SIN" else "p")
    return None


def slot_fr(tag: str) -> str | None:
    parts = [p for p in tag.split() if p not in ("avoir", "etre")]
    if len(parts) < 5 or parts[0] != "V" or parts[3] not in ("1", "2", "3"):
        return None
    mood = {"ind": "i", "sub": "s", "con": "c", "imp": "m"}.get(parts[1])
    tense = {"pres": "p", "futu": "f", "impa": "i", "psim": "s"}.get(parts[2])
    return mood + tense + parts[3] + parts[4][:1] if mood and tense else None


def slot_eagles(tag: str) -> str | None:
    if ":" in tag or not tag.startswith("V"):  # no enclitic forms (mándame): built at run time
        return None
    t = tag[:7].ljust(7, "0")
    mood, tense, person, number = t[2], t[3], t[4], t[5]
    if person not in "123" or number not in "SP" or mood not in "ISMN":
        return None
    if mood == "I" and tense == "C":
        mood, tense = "C", "P"  # the conditional
    if mood in "MN":
        tense = "P"
    return mood.lower() + tense.lower() + person + number.lower()


def slot_it(tag: str) -> str | None:
    head, _, rest = tag.partition(":")
    fields = rest.split("+")
    if head not in ("VER", "MOD", "AUX", "CAU", "ASP") or len(fields) != 4:
        return None
    mood = {"ind": "i", "sub": "s", "cond": "c", "impr": "m"}.get(fields[0])
    tense = {"pres": "p", "impf": "i", "past": "s", "fut": "f"}.get(fields[1])
    if not mood or not tense or fields[2] not in ("1", "2", "3"):
        return None
    return mood + tense + fields[2] + fields[3]


def slot_nl(tag: str) -> str | None:
    parts = tag.split(":")
    if parts[0] != "WKW" or len(parts) < 3:
        return None
    if parts[1] == "VLT" and parts[2] == "1EP":
        return "ii1s"  # the singular past (kon, had, moest): a finite verb like any other
    if parts[1] != "TGW":
        return None
    return {"1EP": "ip1s", "3EP": "ip3s"}.get(parts[2])


SLOTS: dict[str, Callable[[str], str | None]] = {
    "de": slot_de,
    "fr": slot_fr,
    "es": slot_eagles,
    "pt": slot_eagles,
    "it": slot_it,
    "nl": slot_nl,
}
#: The persons a conversion between registers reads or writes, per language.
PERSONS = {
    "de": ("2s", "2p", "3p"),
    "fr": ("2s", "2p"),
    "es": ("1s", "2s", "3s", "1p", "2p", "3p"),
    "pt": ("1s", "2s", "3s", "1p", "2p", "3p"),
    "it": ("1s", "2s", "3s", "1p", "2p", "3p"),
    "nl": ("1s", "3s"),
}


def conjugations(lang: str, paradigms: Paradigms, args: argparse.Namespace) -> list[str]:
    """Rows of the conjugation table: lemma, then each slot's forms (most frequent first;
    Dutch puts the 3rd-person forms in -t first: *kunt* before *kan*)."""
    from wordfreq import zipf_frequency

    persons = PERSONS[lang]
    kept: dict[str, dict[str, list[str]]] = {}
    for lemma, slots in paradigms.items():
        wanted = {s: f for s, f in slots.items() if s[2:] in persons}
        if not wanted or not lemma.isalpha():
            continue
        freq = {f: zipf_frequency(f, lang) for forms in wanted.values() for f in forms}
        if max(freq.values()) < args.min_zipf_conj:
            continue
        if zipf_frequency(lemma, lang) < args.min_zipf_lemma:
            continue  # elar, personar: a rare verb whose forms are common nouns (ele, persona)
        kept[lemma] = {
            s: sorted(f, key=lambda x: (lang == "nl" and not x.endswith("t"), -freq[x], x))
            for s, f in wanted.items()
        }
    names = sorted({s for slots in kept.values() for s in slots})
    rows = ["\t".join(["lemma", *names])]
    # Most frequent verbs first: where two verbs share a form (devi: dovere, deviare), the
    # conversion takes the more frequent one.
    for lemma in sorted(kept, key=lambda lem: (-round(zipf_frequency(lem, lang), 2), lem)):
        cells = ("|".join(_short(lemma, f) for f in kept[lemma].get(s, ())) for s in names)
        rows.append("\t".join([lemma, *cells]))
    return rows


def _short(lemma: str, form: str) -> str:
    """A form against its lemma: letters of the lemma to drop, then letters to add."""
    n = 0
    while n < min(len(lemma), len(form)) and lemma[n] == form[n]:
        n += 1
    drop = len(lemma) - n
    return f"{drop}{form[n:]}" if drop < 10 else f"={form}"


def render_conj(lang: str, rows: list[str], what: str = "Conjugations") -> bytes:
    head = [
        f"# {what} for chatwriter's {lang} register conversion (see the tool's docstring).",
        "# Generated by tools/build_register_tables.py; never edit by hand.",
        f"# Source: {LICENCES[lang]}; this table is a derived work under the same licence.",
    ]
    return gzip.compress(("\n".join(head + rows) + "\n").encode("utf-8"), mtime=0)


#: Letters a French word may start with and still take *ton* whatever its gender (ton
#: adresse): such words need no gender.
_ELIDED = tuple("aeiouyéèêâîôûàœ")


def gender_rows(lang: str, genders: dict[str, set[str]], args: argparse.Namespace) -> list[str]:
    """The gender of French singular nouns and adjectives (for *votre -> ton / ta*) as a
    model: endings that give one gender for at least 90% of the words that have them (at
    least five: ``tion=f``, ``age=m``), and the words the endings get wrong, or that are
    both (``e``: *espace*, *manche*, *poste*). Common words only; a word no ending covers
    and no list names has no known gender, and the conversion leaves it alone."""
    from collections import Counter

    from wordfreq import zipf_frequency

    words: dict[str, str] = {}
    for form, found in genders.items():
        if not form.isalpha() or form.startswith(_ELIDED) or form != form.lower():
            continue
        if zipf_frequency(form, lang) < args.min_zipf_gender:
            continue
        words[form] = next(iter(found)) if found in ({"m"}, {"f"}) else "e"
    counts: dict[str, Counter] = defaultdict(Counter)
    for form, g in words.items():
        for k in range(1, 5):
            if len(form) > k:
                counts[form[-k:]][g] += 1
    rules = {}
    for ending, c in counts.items():
        (top, n), total = c.most_common(1)[0], sum(c.values())
        if top != "e" and total >= 5 and n / total >= 0.9:
            rules[ending] = top

    def predicted(form: str) -> str | None:
        return next((rules[form[-k:]] for k in (4, 3, 2, 1) if form[-k:] in rules), None)

    rows = ["endings\t" + " ".join(f"{e}={g}" for e, g in sorted(rules.items()))]
    for g in ("e", "f", "m"):
        wrong = sorted(f for f, x in words.items() if x == g and predicted(f) != g)
        rows.append(f"{g}\t" + " ".join(wrong))
    return rows


def noun_homographs(lang: str, rows: list[str]) -> list[str]:
    """Verb forms of the conjugation table that are nouns too (Dutch *vlucht, wacht,
    stuur*): after *je* such a word may be the noun (*je vlucht* "your flight")."""
    forms: set[str] = set()
    for row in rows[1:]:
        lemma, *cells = row.split("\t")
        for cell in cells:
            forms.update(_long(lemma, short) for short in cell.split("|") if cell)
    return sorted(
        {form for form, _, tag in entries(lang) if tag.startswith("ZNW") and form in forms}
    )


def _long(lemma: str, short: str) -> str:
    if short.startswith("="):
        return short[1:]
    digits = len(short) - len(short.lstrip("0123456789"))
    drop = int(short[:digits])
    return (lemma[:-drop] if drop else lemma) + short[digits:]


def render(lang: str, rows: list[tuple[str, str]]) -> bytes:
    head = [
        f"# Verb forms for chatwriter's {lang} register analyser: form<TAB>codes.",
        "# Generated by tools/build_register_tables.py; never edit by hand.",
        f"# Source: {LICENCES[lang]}; this table is a derived work under the same licence.",
    ]
    text = "\n".join(head + [f"{form}\t{codes}" for form, codes in rows]) + "\n"
    # mtime=0: the same table gives the same bytes, so --check can compare them.
    return gzip.compress(text.encode("utf-8"), mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped tables")
    parser.add_argument("--min-zipf", type=float, default=1.0)
    parser.add_argument("--min-zipf-3s", type=float, default=3.0)
    parser.add_argument("--min-zipf-conj", type=float, default=2.0)
    parser.add_argument("--min-zipf-lemma", type=float, default=1.7)
    parser.add_argument("--min-zipf-gender", type=float, default=2.0)
    parser.add_argument("languages", nargs="*", default=sorted(SOURCES))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    for lang in args.languages:
        readings, paradigms, genders = read(lang)
        rows = conjugations(lang, paradigms, args)
        tables = {f"{lang}.conj.tsv.gz": render_conj(lang, rows)}
        if lang == "nl":
            nouns = render_conj(lang, [" ".join(noun_homographs(lang, rows))], "Nouns")
            tables[f"{lang}.nouns.tsv.gz"] = nouns
        if genders:
            rows = gender_rows(lang, genders, args)
            tables[f"{lang}.gender.tsv.gz"] = render_conj(lang, rows, "Genders of nouns")
        if lang in ANALYSED:
            rows = build(lang, readings, args.min_zipf, args.min_zipf_3s)
            tables[f"{lang}.tsv.gz"] = render(lang, rows)
        for name, data in tables.items():
            path = OUT / name
            if args.check:
                if not path.is_file() or path.read_bytes() != data:
                    stale.append(name)
                continue
            path.write_bytes(data)
            lines = len(gzip.decompress(data).splitlines()) - 3  # the comment lines
            print(f"{name}: {lines:,} lines, {len(data):,} bytes -> {path}")
    if stale:
        sys.exit(f"tables out of date: {', '.join(stale)}; run tools/build_register_tables.py")


if __name__ == "__main__":
    main()
