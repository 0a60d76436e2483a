#!/usr/bin/env python3
"""Regenerate the French spelling guide (traditional vs 1990 spellings) from Dicollecte.

French has one orthography in France and in Canada, with two accepted systems: the
traditional spelling and the 1990 rectifications ("connaître/connaitre", "coût/cout",
"week-end/weekend"). Both are correct everywhere; one reply (and one conversation)
should not mix them, and a company may pick one. This script writes
``rules/fr/spelling.yaml``: one ``consistency`` rule with ``parallel: true`` whose
groups ``traditional`` and ``reformed`` list the same words position by position, so
a finding carries the expected system's form as a safe fix.

The pairs come from Dicollecte's hunspell dictionaries (the ones Grammalecte and
LibreOffice use) as Debian packages them: ``hunspell-fr-classical`` ("classique": the
traditional spelling) and ``hunspell-fr-revised`` ("réforme 1990"). Get them without
installing them::

    mkdir /tmp/frdic && cd /tmp/frdic
    apt-get download hunspell-fr-classical hunspell-fr-revised
    dpkg -x hunspell-fr-classical_*.deb classical
    dpkg -x hunspell-fr-revised_*.deb revised

Then, from the repository root, in an environment that has wordfreq (``pip install
wordfreq``: used by this tool only, it is not a dependency of chatwriter)::

    python tools/build_fr_spelling.py /tmp/frdic/classical /tmp/frdic/revised
    python tools/build_fr_spelling.py CLASSICAL REVISED --check   # exit 1 if out of date
    python tools/build_fr_spelling.py CLASSICAL REVISED --report  # every pair and drop

Each argument is a ``fr.dic`` file (its ``fr.aff`` beside it) or a directory holding
one (an extracted package root works: usr/share/hunspell/fr.dic is found there). The
script also writes ``rules/fr/DICOLLECTE-LICENSE.txt`` (Debian's copyright file for
the dictionaries and the text of the MPL 2.0) when it finds the copyright file.

How the pairs are found
-----------------------
1. **Expansion, in Python** (no ``unmunch``): every ``.dic`` entry is expanded with
   its ``SFX`` rules (strip, add, condition) and the word-forming ``PFX`` rules (unit
   prefixes such as "kilo"); elided prefixes (l', d', qu', ...) are left out, the
   tokenizer splits them off anyway. ``NEEDAFFIX`` stems are no words on their own,
   ``FORBIDDENWORD`` entries are skipped. Each form keeps its *analyses*: the lemma
   (the ``.dic`` entry) and the tags of the entry and of the suffix (``po:nom is:fem
   is:pl``, ``po:v3 po:ipre po:3sg``; verb codes are cut to their group, since the
   two dictionaries sometimes code the same verb's constructions differently).
2. **Forms of one system only.** A traditional candidate is a lower-case form of the
   classical dictionary that the revised one lacks; a reformed candidate is a form of
   the revised dictionary that the classical one lacks (compared case-insensitively,
   as the rule matches). A form that both dictionaries accept marks neither system:
   the classical dictionary has "évènement" too, so événement/évènement is no pair
   (a reply with "évènement" can be traditional spelling).
3. **Pairing key**: lower case without accents, diaeresis or hyphens, double letters
   made single: connaître/connaitre, aiguë/aigüe, week-end/weekend,
   renouvellement/renouvèlement, réglementaire/règlementaire.
4. **The same word, nothing else.** A pair is kept only if both forms have exactly
   the same analyses, the lemmas compared by their key: "connaît" (connaître, ipre
   3sg) and "connait" (connaitre, ipre 3sg). This is how homographs are found from the
   dictionaries: the revised "boite" is the noun *and* the verb of "il boite"
   (boiter), the classical "boîte" only the noun; the revised "parait" is paraître
   and also parer ("il parait le coup"). Step 2 already drops both (the classical
   dictionary has "boite" and "parait" as verb forms); step 4 catches homographs
   inside the revised dictionary. A reformed form claimed by two traditional ones
   (or the reverse) is dropped as well.
5. **Noun phrases for one noun/verb homograph.** "boîte" (aux lettres, de réception,
   mail) is too common in support chats to lose, so ``BOITE_PHRASES`` (checked by
   hand) lists it after determiners that never stand before a verb ("une boîte",
   "votre boîte", "vos boites"; not "la", "les" or "leur", which are also object
   pronouns) and in fixed compounds ("boîte de réception"). "il boite" is never
   flagged.
6. **Words an operator writes.** Forms whose first letter differs (île/ile) are left
   out: capitals often lose their accent in traditional writing ("Ile de Ré"). For
   the same reason the rule is case-sensitive and lists each form in lower case and
   capitalised (sentence start), never in capitals: "COUT" marks neither system. Forms
   of the passé simple and the imperfect subjunctive are left out (not chat). Then the
   list is cut with two criteria, documented next to their constants:

   * **wordfreq**: a pair is kept when the French frequency of the word in both
     spellings added up reaches ``MIN_ZIPF`` (3 per million words of web, subtitle
     and news text): connaît, coût, plaît, sûrement, chaîne, entraîner, ...
   * **a hand-curated seed list of lemmas**, ``CHAT_LEMMAS``: words of replies about
     orders, delivery, billing, accounts and repairs (abîmer, coûter, procéder,
     rafraîchir, renouveler, régler, ...) whose every form is kept however rare in
     wordfreq's corpora, so "nous procéderons", "connaîtrez" and "l'article est
     abîmé" are in as well as "connaît". It holds the é-verbs whose future and
     conditional the reform spells with è ("réglera/règlera").

   wordfreq cannot count hyphenated words (it splits them), so pairs with a hyphen
   on either side come from the hand-checked ``COMPOUNDS`` list instead. Last,
   ``NOT_FOR_CHAT`` (lemmas or forms) drops frequent pairs found by reading the
   ranked list: loanwords whose accented reformed form reads like a typo or clashes
   with a code (cedex, diesel, kebab, pizzeria, challenge/chalenge), slang and
   insults, literary or technical words, "allô" (also the Québec greeting "allo"),
   "traîner" (the reformed "trainer" is also the "home trainer" of a sports shop),
   and pairs where one side is also an English word a French reply may hold (souls,
   dime). Precision first: when unsure, it is left out.

Examples
--------
The rule's ``examples`` are hand-written chat replies kept in ``EXAMPLES`` below; the
script checks that each ``bad`` example holds a listed form of each system, so a
rebuild cannot silently break them (tests/test_rule_examples.py runs them).
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from chatwriter.guide.emit import yaml_list, yaml_str

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rules" / "fr" / "spelling.yaml"
LICENSE_OUT = ROOT / "rules" / "fr" / "DICOLLECTE-LICENSE.txt"
MPL_TEXT = Path("/usr/share/common-licenses/MPL-2.0")


def _words(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block."""
    return frozenset(text.split())


#: A pair is kept when zipf(traditional + reformed) reaches this: 3 per million words.
MIN_ZIPF = 3.5
#: A guard on the guide's size (it is compiled on every start): forms of both groups,
#: lower case and capitalised.
MAX_FORMS = 3000

#: Lemmas (classical spelling) of a support chat whose every form is kept, however rare
#: in wordfreq's corpora ("nous procéderons", "l'article est abîmé", "rafraîchir la
#: page"): the verbs, nouns and adverbs that replies about orders, delivery, billing,
#: accounts and repairs use. Forms of the passé simple and the imperfect subjunctive
#: are left out all the same.
CHAT_LEMMAS: frozenset[str] = _words(
    """
    connaître reconnaître apparaître disparaître réapparaître paraître plaire déplaire
    coûter coût surcoût coûteux août goût goûter abîmer boîtier chaîne enchaîner
    entraîner maîtriser maîtrise sûrement sûreté dûment frais fraîchement rafraîchir
    rafraîchissement piqûre brûler brûlure naître accroître surcroît renouveler
    renouvellement réglementation réglementaire régler préférer protéger procéder
    compléter céder récupérer répéter accélérer considérer espérer générer libérer gérer
    suggérer transférer insérer posséder intégrer opérer
    """
)


#: Hyphenated pairs kept (traditional forms), checked by hand: wordfreq splits hyphenated
#: words, so it cannot rank them. Everyday words of a support chat only.
COMPOUNDS: frozenset[str] = _words(
    """
    week-end week-ends entre-temps mi-août avant-goût ouvre-boîte pique-nique pique-niques
    tire-bouchon tire-bouchons haut-parleur haut-parleurs auto-école auto-écoles
    """
)

#: Lemmas (classical spelling) left out although frequent enough: see step 6.
NOT_FOR_CHAT: frozenset[str] = _words(
    """
    connard connasse challenge diesel revolver kebab placebo pizzeria cedex reflex
    posteriori extremis chardonnay cappella sniff snif kiffer rappeur valette artefact
    corollaire soûl soûler fût dîme bûcher bûcheron cloître épître canoë arguer gaîté
    traître traîtresse traîner allô papeterie mûrir sécheresse nivellement ruissellement
    embûche croûte traîneau maîtresse huître voûte voûter affût flûte abîme
    """
)

#: "boîte" with a determiner that never precedes a verb, and in fixed compounds
#: (step 5): (traditional, reformed).
_SG = ("une", "cette", "votre", "notre", "ma", "ta", "sa")
_PL = ("des", "ces", "vos", "nos", "mes", "tes", "ses", "aux")
_COMPOUND_TAILS = ("aux lettres", "de réception", "mail", "vocale", "postale")
BOITE_PHRASES: tuple[tuple[str, str], ...] = (
    *((f"{d} boîte", f"{d} boite") for d in _SG),
    *((f"{d} boîtes", f"{d} boites") for d in _PL),
    *((f"boîte {t}", f"boite {t}") for t in _COMPOUND_TAILS),
    ("boîtes aux lettres", "boites aux lettres"),
    ("boîtes de réception", "boites de réception"),
    ("boîtes mail", "boites mail"),
    ("boîtes vocales", "boites vocales"),
    ("boîtes postales", "boites postales"),
)

MESSAGE = (
    "'{match}' is the {group} spelling; keep to the {expected} spelling: write '{replacement}'."
)

DESCRIPTION = (
    "French has two accepted spelling systems, in France and in Canada alike: the "
    "traditional one and the 1990 rectifications (connaître/connaitre, coût/cout, "
    "week-end/weekend, s'il vous plaît/plait). Both are correct; a reply, and a "
    "conversation, should keep to one. The expected system is the one of the agent's "
    "latest earlier turn, else the locale setting `orthography` (traditional or "
    "reformed: a company sets it in its config), else the first one in the reply. Only "
    "words that the two Dicollecte dictionaries spell differently, that are the same word "
    "in both, and that are common in chat are listed: a form that is also another word "
    "('il boite', from boiter) is not."
)

SOURCE_TEMPLATE = (
    "Pairs from Dicollecte's French hunspell dictionaries {version}, classique and réforme "
    "1990 (Olivier R. and the Dicollecte contributors; the dictionaries of Grammalecte), "
    "as packaged by Debian{package} (hunspell-fr-classical, hunspell-fr-revised); ranked "
    "with wordfreq. Licence: MPL 2.0, see rules/fr/DICOLLECTE-LICENSE.txt."
)

EXAMPLES = {
    "bad": [
        "Bonjour, le coût de la livraison est offert et votre colis arrivera avant la fin aout.",
        "Le cout de la réparation est pris en charge. Je vous rappelle dès que le technicien connaîtra la date.",
        "Le coût vous a été remboursé ce matin. Vous trouverez la confirmation dans votre boite de réception.",
        "Votre abonnement sera renouvelé en aout et le prix ne change pas. Le service client est fermé le week-end.",
        "Nous procéderons au remboursement dès réception du colis. Entre-temps, votre commande apparait comme annulée.",
    ],
    "good": [
        "Bonjour, le coût de la livraison est offert et votre colis arrivera avant la fin août.",
        "Le cout de la réparation est pris en charge. Je vous rappelle dès que le technicien connaitra la date.",
        "Je comprends que votre chien boite depuis hier. Notre vétérinaire connaît bien ce problème et peut le recevoir demain matin.",
        "Vérifiez votre boîte de réception, s'il vous plaît. Le lien de connexion y est depuis ce matin.",
        "Le service client est fermé le weekend, mais votre colis apparait déjà dans votre espace client.",
    ],
    "fixed": [
        "Bonjour, le coût de la livraison est offert et votre colis arrivera avant la fin août.",
        "Le cout de la réparation est pris en charge. Je vous rappelle dès que le technicien connaitra la date.",
        "Le coût vous a été remboursé ce matin. Vous trouverez la confirmation dans votre boîte de réception.",
        "Votre abonnement sera renouvelé en aout et le prix ne change pas. Le service client est fermé le weekend.",
        "Nous procéderons au remboursement dès réception du colis. Entre-temps, votre commande apparaît comme annulée.",
    ],
}


@dataclass
class Affix:
    kind: str  # PFX or SFX
    strip: str
    add: str
    flags: str  # continuation flags (long: two characters each)
    condition: re.Pattern[str]
    morph: tuple[str, ...]


@dataclass
class AffixFile:
    rules: dict[str, list[Affix]] = field(default_factory=dict)
    cross: dict[str, bool] = field(default_factory=dict)
    needaffix: str = ""
    forbidden: str = ""


def flags_of(text: str) -> list[str]:
    """FLAG long: two characters per flag."""
    return [text[i : i + 2] for i in range(0, len(text) - 1, 2)]


def read_aff(path: Path) -> AffixFile:
    aff = AffixFile()
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "FLAG" and parts[1:] != ["long"]:
            raise SystemExit(f"{path}: expected 'FLAG long', got {line!r}")
        if parts[0] == "NEEDAFFIX":
            aff.needaffix = parts[1]
        elif parts[0] == "FORBIDDENWORD":
            aff.forbidden = parts[1]
        elif parts[0] in ("PFX", "SFX") and len(parts) == 4 and parts[3].isdigit():
            aff.cross[parts[1]] = parts[2] == "Y"
            aff.rules.setdefault(parts[1], [])
        elif parts[0] in ("PFX", "SFX") and len(parts) >= 5:
            kind, flag, strip, add, cond = parts[:5]
            add, _, cont = add.partition("/")
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add
            pattern = f"^{cond}" if kind == "PFX" else f"{cond}$"
            if cond == ".":
                pattern = ""
            aff.rules[flag].append(
                Affix(kind, strip, add, cont, re.compile(pattern), tuple(parts[5:]))
            )
    return aff


#: An analysis: (lemma, morphological tags).
Analysis = tuple[str, tuple[str, ...]]


def expand(dic: Path, aff: AffixFile) -> dict[str, set[Analysis]]:
    """Every form of the dictionary (no elided prefixes) with its analyses."""
    forms: dict[str, set[Analysis]] = defaultdict(set)
    lines = dic.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        if not line.strip():
            continue
        head, *morph = line.split()
        word, _, flagtext = head.partition("/")
        flags = flags_of(flagtext)
        if aff.forbidden in flags:
            continue
        tags = tuple(m for m in morph if not m.startswith(("st:", "al:")))
        lemma = word
        for m in morph:
            if m.startswith("st:"):
                lemma = m[3:]

        def add(form: str, extra: tuple[str, ...], lemma: str = lemma, tags=tags) -> None:
            if "'" not in form:
                forms[form].add((lemma, tuple(sorted({*tags, *extra}))))

        suffixed: list[tuple[str, tuple[str, ...], bool]] = []  # form, tags, cross
        if aff.needaffix not in flags:
            add(word, ())
            suffixed.append((word, (), True))
        for flag in flags:
            for rule in aff.rules.get(flag, ()):
                if rule.kind != "SFX" or not word.endswith(rule.strip):
                    continue
                if not rule.condition.search(word):
                    continue
                form = word[: len(word) - len(rule.strip)] + rule.add
                add(form, rule.morph)
                suffixed.append((form, rule.morph, aff.cross.get(flag, False)))
        for flag in flags:
            for rule in aff.rules.get(flag, ()):
                if rule.kind != "PFX" or "'" in rule.add:
                    continue
                if not word.startswith(rule.strip) or not rule.condition.search(word):
                    continue
                cont = flags_of(rule.flags)
                for form, extra, cross in suffixed:
                    if form != word and not (cross and aff.cross.get(flag, False)):
                        continue
                    prefixed = rule.add + form[len(rule.strip) :]
                    if form != word or aff.needaffix not in cont:
                        add(prefixed, extra)
                stem = rule.add + word[len(rule.strip) :]
                if aff.needaffix not in cont and not any(c in aff.rules for c in cont):
                    add(stem, ())
                for cflag in cont:
                    for srule in aff.rules.get(cflag, ()):
                        if srule.kind != "SFX" or not stem.endswith(srule.strip):
                            continue
                        if srule.condition.search(stem):
                            cut = len(stem) - len(srule.strip)
                            add(stem[:cut] + srule.add, srule.morph)
    return forms


def find_dic(path: Path) -> Path:
    if path.is_file():
        return path
    for candidate in (path / "fr.dic", path / "usr" / "share" / "hunspell" / "fr.dic"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no fr.dic in {path}: see the docstring for how to get it")


def load(path: Path) -> dict[str, set[Analysis]]:
    dic = find_dic(path)
    return expand(dic, read_aff(dic.with_suffix(".aff")))


def dictionary_version(path: Path) -> str:
    """'v7.0' from the header of the .aff file, else 'unknown'."""
    head = find_dic(path).with_suffix(".aff").read_text(encoding="utf-8")[:2000]
    found = re.search(r"\bv(\d+(?:\.\d+)+)", head)
    return f"v{found.group(1)}" if found else "unknown"


def debian_version(path: Path) -> str | None:
    """The Debian package version from the extracted package's changelog, if there."""
    copyright_file = find_copyright(path)
    if copyright_file is None:
        return None
    changelog = copyright_file.with_name("changelog.Debian.gz")
    if not changelog.exists():
        return None
    with gzip.open(changelog, "rt", encoding="utf-8") as fh:
        found = re.match(r"\S+ \(([^)]+)\)", fh.readline())
    return found.group(1) if found else None


# -- pairing -----------------------------------------------------------------------


def key(word: str) -> str:
    """Pairing key: no case, accents, diaeresis or hyphens, double letters made single."""
    text = unicodedata.normalize("NFD", word.lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("-", "")
    return re.sub(r"(.)\1+", r"\1", text)


_VERB_CODE = re.compile(r"^po:v([0-3])\S*$")


def signature(analyses: set[Analysis]) -> frozenset[tuple[str, tuple[str, ...]]]:
    """Analyses with the lemma replaced by its key (connaître == connaitre) and verb
    codes cut to the group (po:v3_i_x___a == po:v3_i_n___a)."""
    return frozenset(
        (key(lemma), tuple(sorted(_VERB_CODE.sub(r"po:v\1", t) for t in tags)))
        for lemma, tags in analyses
    )


def usable(word: str) -> bool:
    """Lower-case words (hyphens allowed): no names, abbreviations or numbers."""
    return len(word) > 1 and word == word.lower() and all(c.isalpha() or c == "-" for c in word)


def describe(analyses: set[Analysis]) -> str:
    return ", ".join(f"{lemma} {' '.join(tags)}" for lemma, tags in sorted(analyses))


_FINITE = {"po:ipre", "po:iimp", "po:ifut", "po:cond", "po:spre", "po:ipsi", "po:simp"}


def opens_sentence(analyses: set[Analysis]) -> bool:
    """True for forms that may open a sentence, which are also listed capitalised: nouns,
    adjectives, adverbs, infinitives, participles, imperatives ("Rafraîchissez la
    page") and "vous" forms ("Connaîtriez-vous ...?"). Other finite verb forms follow
    their subject ("Je connaîtrai", "Le prix coûtera"); leaving them out keeps the
    capitalised list short."""
    for _lemma, tags in analyses:
        tagset = set(tags)
        if not (tagset & _FINITE) or "po:impe" in tagset or "po:2pl" in tagset:
            return True
    return False


@dataclass
class Pair:
    traditional: str
    reformed: str
    #: Lemmas (classical spelling) of the analyses that are not a passé simple or an
    #: imperfect subjunctive (empty: a literary form only).
    lemmas: frozenset[str]
    #: Can open a sentence, so is also listed capitalised (see ``opens_sentence``).
    opens: bool = True
    zipf: float = 0.0
    why: str = ""  # how it was kept


@dataclass
class Pairing:
    pairs: list[Pair]
    #: (traditional, reformed forms with that key, why not paired)
    dropped: list[tuple[str, str, str]]


def build_pairs(classical: dict[str, set[Analysis]], revised: dict[str, set[Analysis]]) -> Pairing:
    """Pairs of one-system forms with the same key and the same analyses (steps 2-4)."""
    lower_c = {w.lower() for w in classical}
    lower_r = {w.lower() for w in revised}
    trad = sorted(w for w in classical if usable(w) and w not in lower_r)
    reform = sorted(w for w in revised if usable(w) and w not in lower_c)
    reform_by_key: dict[str, list[str]] = defaultdict(list)
    for w in reform:
        reform_by_key[key(w)].append(w)
    trad_by_key: dict[str, list[str]] = defaultdict(list)
    for w in trad:
        trad_by_key[key(w)].append(w)
    revised_by_key: dict[str, list[str]] = defaultdict(list)
    for w in revised:
        if usable(w):
            revised_by_key[key(w)].append(w)
    pairs: list[Pair] = []
    dropped: list[tuple[str, str, str]] = []
    for t in trad:
        k = key(t)
        sig = signature(classical[t])
        same = [r for r in reform_by_key.get(k, ()) if signature(revised[r]) == sig]
        rivals = [x for x in trad_by_key[k] if signature(classical[x]) == sig]
        if len(same) == 1 and rivals == [t]:
            lemmas = frozenset(
                lemma for lemma, tags in classical[t] if not {"po:ipsi", "po:simp"} & set(tags)
            )
            pairs.append(Pair(t, same[0], lemmas, opens_sentence(classical[t])))
            continue
        others = [r for r in revised_by_key.get(k, ()) if r != t]
        if others:  # the revised dictionary spells this key, but not as the same word
            why = "; ".join(f"{r} = {describe(revised[r])}" for r in others)
            dropped.append((t, "/".join(others), f"{t} = {describe(classical[t])} | {why}"))
    claims: dict[str, int] = defaultdict(int)
    for p in pairs:
        claims[p.reformed] += 1
    dropped += [(p.traditional, p.reformed, "shared") for p in pairs if claims[p.reformed] > 1]
    return Pairing([p for p in pairs if claims[p.reformed] == 1], dropped)


# -- choosing the words ---------------------------------------------------------------


def _zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def select(pairing: Pairing) -> tuple[list[Pair], list[tuple[Pair, str]]]:
    """The pairs of step 6, most frequent first, and the frequent ones left out (why)."""
    from wordfreq import word_frequency  # tool-only dependency

    kept: list[Pair] = []
    left_out: list[tuple[Pair, str]] = []
    for p in pairing.pairs:
        if "-" in p.traditional + p.reformed:
            if p.traditional in COMPOUNDS:
                p.why = "compound"
                kept.append(p)
            continue
        freq = word_frequency(p.traditional, "fr") + word_frequency(p.reformed, "fr")
        p.zipf = _zipf(freq)
        seeded = p.lemmas & CHAT_LEMMAS
        if p.zipf < MIN_ZIPF and not seeded:
            continue
        if p.traditional[0] != p.reformed[0]:
            left_out.append((p, "first letter"))
        elif not p.lemmas:
            left_out.append((p, "literary tense"))
        elif (p.lemmas | {p.traditional}) & NOT_FOR_CHAT:
            left_out.append((p, "not for chat"))
        else:
            p.why = f"zipf {p.zipf}" if p.zipf >= MIN_ZIPF else f"lemma {min(seeded)}"
            kept.append(p)
    missing = COMPOUNDS - {p.traditional for p in kept}
    if missing:
        raise SystemExit(f"COMPOUNDS not paired by the dictionaries: {', '.join(sorted(missing))}")
    unused = CHAT_LEMMAS - {lemma for p in kept for lemma in p.lemmas}
    if unused:
        raise SystemExit(f"CHAT_LEMMAS with no pair: {', '.join(sorted(unused))}")
    kept.sort(key=lambda p: (-p.zipf, p.traditional))
    return kept, left_out


# -- writing -------------------------------------------------------------------------


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def with_capitals(pairs: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    """Each pair in lower case, then, if it can open a sentence, capitalised: the rule is
    case sensitive so that an all-caps word ("COUT", "AOUT": capitals often lose their
    accent in traditional writing) counts for neither system."""
    out = []
    for t, r, opens in pairs:
        out.append((t, r))
        if opens:
            out.append((capitalised(t), capitalised(r)))
    return out


def render(pairs: list[tuple[str, str, bool]], version: str, package: str | None) -> str:
    source = SOURCE_TEMPLATE.format(version=version, package=f" {package}" if package else "")
    forms = with_capitals(pairs)
    width = max(len(yaml_str(t)) for t, _ in forms)
    trad_lines = "".join(f"        - {yaml_str(t):<{width}}  # {r}\n" for t, r in forms)
    return (
        "# Generated by tools/build_fr_spelling.py from Dicollecte's dictionaries; do not edit\n"
        "# by hand. To regenerate, see the docstring of that script (apt-get download\n"
        "# hunspell-fr-classical hunspell-fr-revised, dpkg -x, then run it on both).\n"
        f"# {len(pairs)} pairs in lower case, {len(forms) - len(pairs)} of them also capitalised: "
        f"{2 * len(forms)} forms.\n"
        "guide: fr.spelling\n"
        "description: >\n"
        "  Traditional or 1990 spelling: both are correct French, in France and in Canada; one\n"
        "  reply and one conversation keep to one of them.\n"
        f"source: {yaml_str(source)}\n"
        "rules:\n"
        "  - id: orthography\n"
        "    kind: consistency\n"
        "    category: spelling-variant\n"
        "    severity: suggestion\n"
        f"    message: {yaml_str(MESSAGE)}\n"
        f"    description: {yaml_str(DESCRIPTION)}\n"
        "    case_sensitive: true\n"
        "    parallel: true\n"
        "    scope: conversation\n"
        "    prefer_setting: orthography\n"
        "    examples:\n"
        "      bad:\n"
        + yaml_list(EXAMPLES["bad"], "        ")
        + "      good:\n"
        + yaml_list(EXAMPLES["good"], "        ")
        + "      fixed:\n"
        + yaml_list(EXAMPLES["fixed"], "        ")
        + "    groups:\n"
        "      # Position by position: traditional[i] and reformed[i] are the same word.\n"
        "      traditional:\n"
        + trad_lines
        + "      reformed:\n"
        + yaml_list([r for _, r in forms], "        ")
    )


def check_examples(table: dict[str, str]) -> list[str]:
    """Each bad example holds a listed form of each system (and a good one may hold any)."""
    problems = []
    if len(EXAMPLES["bad"]) != len(EXAMPLES["fixed"]):
        problems.append("EXAMPLES: bad and fixed differ in length")
    trad, reform = set(table), set(table.values())
    for text in EXAMPLES["bad"]:
        low = text.lower()
        words = set(re.findall(r"[\w-]+", low))
        phrases = {p for p in trad | reform if " " in p and p in low}
        if not (words | phrases) & trad or not (words | phrases) & reform:
            problems.append(f"EXAMPLES: no form of both systems in {text!r}")
    return problems


def write_licence(copyright_file: Path) -> str:
    text = copyright_file.read_text(encoding="utf-8")
    head = (
        "The spelling pairs in rules/fr/spelling.yaml are taken from Dicollecte's French\n"
        "hunspell dictionaries (classique and réforme 1990) as packaged by Debian\n"
        "(hunspell-fr-classical, hunspell-fr-revised). Below: Debian's copyright file for\n"
        "them, then the text of the Mozilla Public License 2.0.\n\n"
    )
    mpl = MPL_TEXT.read_text(encoding="utf-8") if MPL_TEXT.exists() else ""
    return head + text + ("\n" + "=" * 72 + "\n\n" + mpl if mpl else "")


def find_copyright(path: Path) -> Path | None:
    if path.is_file():
        path = path.parent
    for base in (path, *path.parents):
        found = sorted(base.glob("usr/share/doc/hunspell-fr-*/copyright"))
        if found:
            return found[0]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "classical", type=Path, help="hunspell-fr-classical: fr.dic or its directory"
    )
    parser.add_argument("revised", type=Path, help="hunspell-fr-revised: fr.dic or its directory")
    parser.add_argument("--check", action="store_true", help="fail if the guide would change")
    parser.add_argument("--report", action="store_true", help="print every pair and every drop")
    args = parser.parse_args(argv)
    classical, revised = load(args.classical), load(args.revised)
    pairing = build_pairs(classical, revised)
    pairs, left_out = select(pairing)
    table = dict(sorted((p.traditional, p.reformed) for p in pairs))
    opens = {p.traditional: p.opens for p in pairs}
    rows = [(t, r, opens[t]) for t, r in table.items()]
    rows += [(t, r, True) for t, r in sorted(BOITE_PHRASES)]
    version = dictionary_version(args.classical)
    package = debian_version(args.classical)
    forms = 2 * len(with_capitals(rows))
    if forms > MAX_FORMS:
        raise SystemExit(f"{forms} forms: more than MAX_FORMS ({MAX_FORMS})")
    text = render(rows, version, package)
    print(
        f"{OUT.relative_to(ROOT)}: {len(rows)} pairs ({len(pairs)} words, "
        f"{len(BOITE_PHRASES)} boîte phrases), {forms} forms; "
        f"{len(pairing.pairs)} pairs in the dictionaries, {len(pairing.dropped)} homographs"
    )
    if args.report:
        for p in pairs:
            print(f"  kept      {p.traditional} -> {p.reformed} ({p.why})")
        for p, why in left_out:
            print(f"  left out  {p.traditional} -> {p.reformed} ({why}, zipf {p.zipf})")
        for t, r, why in pairing.dropped:
            print(f"  dropped   {t} -> {r}: {why}")
    problems = check_examples({**table, **dict(BOITE_PHRASES)})
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    if args.check:
        if old != text:
            print(f"out of date: {OUT.relative_to(ROOT)}")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    copyright_file = find_copyright(args.classical)
    if copyright_file is not None:
        LICENSE_OUT.write_text(write_licence(copyright_file), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
