#!/usr/bin/env python3
"""Regenerate the regional English spelling guides from the SCOWL word lists.

Run it from the repository root after ``apt-get install scowl`` (Debian's package
installs SCOWL's ``final/`` lists under /usr/share/dict/scowl)::

    python tools/build_en_spelling.py            # writes rules/en/spelling-*.yaml
    python tools/build_en_spelling.py --check    # exit 1 if a guide is out of date
    python tools/build_en_spelling.py --report   # also list every pair on stdout

It writes ``rules/en/spelling-us.yaml``, ``spelling-gb.yaml``, ``spelling-ca.yaml``,
``spelling-au.yaml`` and copies SCOWL's licence to ``rules/en/SCOWL-LICENSE.txt``.

How the pairs are found
-----------------------
SCOWL splits English into spelling categories: ``english`` (the same everywhere),
``american``, ``british`` (-ise), ``british_z`` (British with -ize, "Oxford"),
``canadian`` and ``australian``, plus variant lists: ``variant_1``/``variant_2``
(accepted American variants), ``variant_3`` (seldom used, maybe not correct) and
``british_variant_1/2``, ``canadian_variant_1/2``, ``australian_variant_1/2``. Only
one spelling of each word is in a region's main list. Only sizes up to 60 are read:
SCOWL's README calls 60 the largest size without misspellings or invalid words.

For a target region R:

* accepted(R)  = english + R's main list + R's variant lists (for GB also british_z:
  -ize is correct British spelling, only less common than -ise).
* preferred(R) = english + R's main list.
* A *foreign* form is one that some other region's list (main or variant) has and
  accepted(R) lacks: "colour" for the US, "color" or "analyze" for GB.
* An *accepted variant* is in accepted(R) but not in preferred(R): "cancelled" in
  the US (variant_1), "organize" in GB (british_z), "color" in Australia
  (australian_variant_2).

Each such form is paired with its counterpart by known spelling correspondences
(our/or, re/er, ise/ize, yse/yze, ll/l, ogue/og, ae/oe/e, ence/ense, mme/m, ...;
see ``CORRESPONDENCES``), one or two steps, and the pair is kept only if exactly
one counterpart is in preferred(R) (a regional main-list form wins over a form from
the shared ``english`` list). Nothing is paired by guesswork: both sides of every
pair are words of the list. Capitalized words, possessives and words with accents
are skipped (the matcher works on tokens, and "'s" is its own token).

Two hand-checked lists guard against correspondences linking unrelated words:

* a pair whose suggested form comes only from the shared ``english`` list (not from
  the region's own list) is kept only if its flagged form is in ``SHARED_TARGET_OK``
  (cheque -> check, tyre -> tire, metre -> meter, programme -> program, ...);
  otherwise pater -> patter, hallo -> halo or sherd -> shred would slip in;
* ``NOT_A_PAIR`` drops the few junk pairs whose both sides are in regional lists
  (performative / preformative, tyroes / tyres, patine / patinae).

Every guide has two substitute rules, both safe (``fix`` applies them) and matched
case-insensitively on tokens, keeping the case of the draft:

* foreign forms, severity ``warning`` (ids ``british-spelling`` in en-US,
  ``american-spelling`` in en-GB, ``non-canadian-spelling``, ``non-australian-spelling``);
* accepted variants, severity ``suggestion`` (id ``variant`` in every guide): the
  form is not wrong in the region, so it never counts as a false alarm, but the
  region's usual spelling is offered.

British -ise or -ize
--------------------
SCOWL's default British list (``british``, the one Debian's wbritish is built from)
uses -ise, so en-GB suggests "organise". -ize forms are in ``british_z``, i.e. they
are correct British (Oxford) spelling: they fall under the ``variant`` rule
(severity suggestion), never under ``american-spelling``. A house that writes
Oxford spelling disables ``en.spelling-gb.variant``. -yze ("analyze") is not Oxford
spelling either, so it is a foreign form in en-GB. Australia (-ise) and Canada
(-ize) follow their own lists the same way.

Exclusions
----------
``ALSO_CORRECT`` lists word forms that are never flagged in any region: each is a
correct word of every region with its own meaning or a common use there, even
though it looks like the other side of a spelling pair. program (computing, and the
only Australian/Canadian form) / programme, check / cheque, tire (the verb, and the
Canadian wheel) / tyre, practice (the noun) / practise, license (the verb) /
licence, meter (the device) / metre, story / storey, draft / draught, curb (the
verb) / kerb, dialog (a dialog box) / dialogue, analog (electronics) / analogue,
disk (computing) / disc, inquiry / enquiry, judgment (law) / judgement. SCOWL puts
these in its shared ``english`` list or in British variants, so they would not be
flagged today; the list keeps it that way when the word lists change.

``NEVER_FLAG`` adds region-specific forms that the lists would pair but where the
"fix" is wrong or doubtful for that region (precision first: when unsure, leave it
out): for GB, forms British usage also has (sulfur in science, fetus in medicine,
yogurt and donut on packaging, artifact in computing, encyclopedia, gram), and for
the US, mums (chrysanthemums), whisky (Scotch is spelled whisky in the US too), axe
(as common as ax in the US), prise (price or prize?) and the archaic gaol; for
Australia also Labor (the party's name), liquorice, specialty; for Canada mum.
Every excluded form is printed by ``--report``.

Examples
--------
Each rule's ``examples`` (bad/good/fixed) are hand-written chat replies kept in
``EXAMPLES`` below; the script checks that every word it needs is in the pair
table, so a rebuild cannot silently break them (tests/test_rule_examples.py runs
them).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from chatwriter.guide.emit import yaml_list, yaml_str

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "rules" / "en"
SCOWL_DIR = Path("/usr/share/dict/scowl")
SCOWL_COPYRIGHT = Path("/usr/share/doc/scowl/copyright")
LICENSE_OUT = OUT_DIR / "SCOWL-LICENSE.txt"
MAX_SIZE = 60


def _words(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block."""
    return frozenset(text.split())


#: Spelling correspondences (Commonwealth side, US side); applied both ways, one or
#: two steps, and only kept when the result is a word of the right list.
CORRESPONDENCES: tuple[tuple[str, str], ...] = (
    ("our", "or"),  # colour / color
    ("tre", "ter"),  # centre / center
    ("bre", "ber"),  # fibre / fiber
    ("re", "er"),  # metre / meter, and inflections below
    ("res", "ers"),
    ("red", "ered"),  # centred / centered
    ("ring", "ering"),  # centring / centering
    ("oeuvr", "euver"),  # manoeuvre / maneuver
    ("ise", "ize"),  # organise / organize
    ("isi", "izi"),
    ("isa", "iza"),  # organisation / organization
    ("iser", "izer"),
    ("yse", "yze"),  # analyse / analyze
    ("ysi", "yzi"),
    ("ysa", "yza"),
    ("ll", "l"),  # travelled / traveled
    ("l", "ll"),  # fulfil / fulfill, skilful / skillful
    ("elle", "el"),  # jewellery / jewelry
    ("tt", "t"),  # carburettor / carburetor
    ("ogue", "og"),  # catalogue / catalog
    ("ae", "e"),  # anaemia / anemia
    ("oe", "e"),  # oestrogen / estrogen
    ("aero", "air"),  # aeroplane / airplane
    ("ence", "ense"),  # defence / defense
    ("mme", "m"),  # programme / program
    ("que", "ck"),  # cheque / check
    ("quer", "cker"),  # chequered / checkered
    ("ey", "ay"),  # grey / gray
    ("ou", "o"),  # mould / mold, smoulder / smolder
    ("ou", "u"),  # moustache / mustache
    ("ough", "ow"),  # plough / plow
    ("yre", "ire"),  # tyre / tire
    ("gement", "gment"),  # judgement / judgment
    ("ium", "um"),  # aluminium / aluminum
    ("yjama", "ajama"),  # pyjamas / pajamas
    ("sc", "sk"),  # sceptic / skeptic
    ("s", "z"),  # cosy / cozy
    ("axe", "ax"),  # axe / ax
    ("ise", "ice"),  # practise / practice
    ("ce", "se"),  # licence / license
    ("ities", "ties"),  # specialities / specialties
    ("ity", "ty"),  # speciality / specialty
    ("ph", "f"),  # sulphur / sulfur
    ("quor", "cor"),  # liquorice / licorice
    ("aught", "aft"),  # draught / draft
    ("exion", "ection"),  # inflexion / inflection
    ("ore", "or"),  # furore / furor
    ("gour", "gur"),  # yogourt / yogurt
    ("ogramme", "ogram"),  # kilogramme / kilogram
)

#: Correct words of every region (own meaning or common use there): never flagged.
ALSO_CORRECT: frozenset[str] = _words(
    """
    program programs programmed programming programmer programmers check checks checked
    checking checker checkers checkbook checkbooks tire tires tired tiring practice
    practices license licensed licenses licensing meter meters metered metering story
    stories draft drafts drafted drafting drafty drafter drafters curb curbs curbed curbing
    dialog dialogs analog analogs disk disks inquiry inquiries inquire inquired inquires
    inquiring judgment judgments
    """
)

#: Region-specific forms left out although the lists pair them (see the docstring).
NEVER_FLAG: dict[str, frozenset[str]] = {
    "us": _words(
        """
        mum mums whisky whiskies gaol gaols gaoled gaoler gaolers gaoling prise prised
        prises axe axes
        """
    ),
    "gb": _words(
        """
        sulfur sulfurs sulfuric sulfurous sulfate sulfates sulfide sulfides sulfurously
        fetus fetuses fetal yogurt yogurts donut donuts artifact artifacts encyclopedia
        encyclopedias encyclopedic gram grams kilogram kilograms whiskey whiskeys
        inflection inflections sulfured sulfuring specialty specialties manila
        acknowledgment acknowledgments
        """
    ),
    "ca": _words(
        """
        yogurt yogurts whiskey whiskeys whisky mum mums sulfur sulfurs sulfuric sulfurous
        sulfate sulfates sulfide sulfides sulfured sulfuring
        """
    ),
    "au": _words(
        """
        sulfur sulfurs sulfuric sulfurous sulfate sulfates sulfide sulfides fetus fetuses
        fetal yogurt yogurts donut donuts artifact artifacts encyclopedia encyclopedias
        gram grams kilogram kilograms whiskey whiskeys inflection inflections liquorice
        liquorices sulfured sulfuring specialty specialties manila labor
        """
    ),
}


#: Flagged forms whose counterpart is in SCOWL's shared ``english`` list rather than a
#: region's own list, checked by hand. Correspondences also link unrelated words
#: (pater/patter, hallo/halo, sherd/shred), so a pair whose suggested form is a
#: shared word is kept only if its flagged form is here.
SHARED_TARGET_OK: frozenset[str] = _words(
    """
    cheque cheques chequer chequers draught draughts draughted draughting metre metres
    micrometre micrometres gramme grammes kilogramme kilogrammes milligramme milligrammes
    centigramme centigrammes programme programmes reprogramme reprogrammes tyre tyres
    storey licence licences licenced practise practises connexion connexions reflexion
    reflexions homoeopath homoeopathic homoeopaths homoeopathy homoeostasis homoeostatic
    technicolour ioniser ionisers synthesiser synthesisers advertize advertized
    advertizement advertizements advertizes advertizing merchandize merchandized
    merchandizes merchandizing merchandizer merchandizers chlorophyl unparallelled
    oecumenism foetid foetal foetus foetuses colouration discolouration discolourations
    encyclopaedia encyclopaedias encyclopaedic cyclopaedia cyclopaedias archeology
    archeological archeologically archeologist archeologists esthete esthetes esthetic
    esthetics esthetically egis mediaeval primaeval glamor glamored glamoring glamors
    glamourous instal instals benefitted benefitting combatted combatting ameba amebas
    amebic demagog demagogs demagogry epilog epilogs monolog monologs prolog prologs
    pedagog pedagogs synagog synagogs travelog travelogs idyl idyls wooly woolier wooliest
    woolies gismo gismos vizor vizors skullduggery humungous phantasy phantasies phantasied
    phantasying pharmacopeia pharmacopeias hyaena hyaenas chimaera chimaeras caesarean
    caesareans cancelation subpena subpenaed subpenaing subpenas extoll extolls battleax
    analyzes catalyzes dialyzes hydrolyzes paralyzes psychoanalyzes reanalyzes passivise
    passivised passivises passivising mom
    """
)


#: Words that correspondences link to an unrelated word of the lists (one or two steps
#: away: performative/preformative, tyroes/tyres, patine/patinae); never paired.
NOT_A_PAIR: frozenset[str] = _words(
    """
    cardie cardiae costumier costumire ecus oecus fayer fayre mantes mantoes maters matres
    novene novenae patine patinae performative preformative snowshed snowshoed trabecule
    trabeculae fezes cancelous cancellous tyroes videodisk videodisks
    """
)


@dataclass(frozen=True)
class Region:
    key: str
    name: str  # "US English"
    adjective: str  # "US"
    main: str  # SCOWL main list
    variants: tuple[str, ...]  # SCOWL variant lists accepted in the region
    extra_accepted: tuple[str, ...] = ()  # other main lists whose forms are correct here
    foreign_id: str = ""
    foreign_message: str = ""
    variant_message: str = ""


REGIONS: tuple[Region, ...] = (
    Region(
        key="us",
        name="US English",
        adjective="US",
        main="american",
        variants=("variant_1", "variant_2"),
        foreign_id="british-spelling",
        foreign_message="'{match}' is British spelling; in US English write '{replacement}'.",
        variant_message=(
            "'{match}' is also seen in US English, but '{replacement}' is the usual US spelling."
        ),
    ),
    Region(
        key="gb",
        name="British English",
        adjective="British",
        main="british",
        variants=("british_variant_1", "british_variant_2"),
        extra_accepted=("british_z",),
        foreign_id="american-spelling",
        foreign_message="'{match}' is US spelling; in British English write '{replacement}'.",
        variant_message=(
            "'{match}' is correct British spelling, but most UK house styles write '{replacement}'."
        ),
    ),
    Region(
        key="ca",
        name="Canadian English",
        adjective="Canadian",
        main="canadian",
        variants=("canadian_variant_1", "canadian_variant_2"),
        foreign_id="non-canadian-spelling",
        foreign_message=(
            "'{match}' is not Canadian spelling; in Canadian English write '{replacement}'."
        ),
        variant_message=(
            "'{match}' is also seen in Canadian English, but '{replacement}' is the usual "
            "Canadian spelling."
        ),
    ),
    Region(
        key="au",
        name="Australian English",
        adjective="Australian",
        main="australian",
        variants=("australian_variant_1", "australian_variant_2"),
        foreign_id="non-australian-spelling",
        foreign_message=(
            "'{match}' is not Australian spelling; in Australian English write '{replacement}'."
        ),
        variant_message=(
            "'{match}' is also seen in Australian English, but '{replacement}' is the usual "
            "Australian spelling."
        ),
    ),
)

ALL_LISTS = (
    "english",
    "american",
    "british",
    "british_z",
    "canadian",
    "australian",
    "variant_1",
    "variant_2",
    "variant_3",
    "british_variant_1",
    "british_variant_2",
    "canadian_variant_1",
    "canadian_variant_2",
    "australian_variant_1",
    "australian_variant_2",
)

#: Hand-written examples: region -> rule kind ("foreign" / "variant") -> bad/good/fixed.
EXAMPLES: dict[str, dict[str, dict[str, list[str]]]] = {
    "us": {
        "foreign": {
            "bad": [
                "You can change the colour of the app in Settings.",
                "Our team will analyse the logs and get back to you.",
                "Your favourite items are saved to your account.",
                "The service centre is open until six.",
            ],
            "good": [
                "You can change the color of the app in Settings.",
                "Our team will analyze the logs and get back to you.",
                "Your favorite items are saved to your account.",
                "The service center is open until six.",
            ],
            "fixed": [
                "You can change the color of the app in Settings.",
                "Our team will analyze the logs and get back to you.",
                "Your favorite items are saved to your account.",
                "The service center is open until six.",
            ],
        },
        "variant": {
            "bad": [
                "Your order was cancelled and the refund is on its way.",
                "Everything in the catalogue ships within two days.",
            ],
            "good": [
                "Your order was canceled and the refund is on its way.",
                "Everything in the catalog ships within two days.",
            ],
            "fixed": [
                "Your order was canceled and the refund is on its way.",
                "Everything in the catalog ships within two days.",
            ],
        },
    },
    "gb": {
        "foreign": {
            "bad": [
                "What color would you like the case in?",
                "I'll analyze the error report this afternoon.",
                "The nearest service center is on the high street.",
                "The technician canceled the visit, so I have booked a new slot for you.",
            ],
            "good": [
                "What colour would you like the case in?",
                "I'll analyse the error report this afternoon.",
                "The nearest service centre is on the high street.",
                "Please check the programme details in the app.",
            ],
            "fixed": [
                "What colour would you like the case in?",
                "I'll analyse the error report this afternoon.",
                "The nearest service centre is on the high street.",
                "The technician cancelled the visit, so I have booked a new slot for you.",
            ],
        },
        "variant": {
            "bad": [
                "I have organized a replacement for you.",
                "Sorry, the payment wasn't authorized by your bank.",
            ],
            "good": [
                "I have organised a replacement for you.",
                "Sorry, the payment wasn't authorised by your bank.",
            ],
            "fixed": [
                "I have organised a replacement for you.",
                "Sorry, the payment wasn't authorised by your bank.",
            ],
        },
    },
    "ca": {
        "foreign": {
            "bad": [
                "I have organised a replacement for you.",
                "Your order was canceled this morning.",
                "We labeled the parcel with your new address.",
            ],
            "good": [
                "I have organized a replacement for you.",
                "Your order was cancelled this morning.",
                "We labelled the parcel with your new address.",
            ],
            "fixed": [
                "I have organized a replacement for you.",
                "Your order was cancelled this morning.",
                "We labelled the parcel with your new address.",
            ],
        },
        "variant": {
            "bad": ["You can pick any color you like.", "The service center opens at nine."],
            "good": ["You can pick any colour you like.", "The service centre opens at nine."],
            "fixed": ["You can pick any colour you like.", "The service centre opens at nine."],
        },
    },
    "au": {
        "foreign": {
            "bad": [
                "I have organized a replacement for you.",
                "Our team will analyze the logs today.",
                "The service center opens at nine.",
            ],
            "good": [
                "I have organised a replacement for you.",
                "Our team will analyse the logs today.",
                "The service centre opens at nine.",
            ],
            "fixed": [
                "I have organised a replacement for you.",
                "Our team will analyse the logs today.",
                "The service centre opens at nine.",
            ],
        },
        "variant": {
            "bad": ["You can pick any color you like.", "Your favorite items are saved."],
            "good": ["You can pick any colour you like.", "Your favourite items are saved."],
            "fixed": ["You can pick any colour you like.", "Your favourite items are saved."],
        },
    },
}


# -- reading the lists -------------------------------------------------------------


def load_list(category: str, directory: Path = SCOWL_DIR, max_size: int = MAX_SIZE) -> set[str]:
    """Words of one SCOWL spelling category (sub-category 'words'), sizes <= max_size."""
    words: set[str] = set()
    for path in sorted(directory.glob(f"{category}-words.*")):
        size = path.suffix.lstrip(".")
        if not size.isdigit() or int(size) > max_size:
            continue
        with path.open(encoding="latin-1") as fh:  # SCOWL ships ISO-8859-1
            words.update(line.strip() for line in fh if line.strip())
    return words


def usable(word: str) -> bool:
    """Lower-case ASCII letters only: no names, possessives or accented words."""
    return word.isascii() and word.isalpha() and word.islower()


# -- pairing -----------------------------------------------------------------------


def _replace_each(word: str, old: str, new: str) -> set[str]:
    out = set()
    i = word.find(old)
    while i != -1:
        out.add(word[:i] + new + word[i + len(old) :])
        i = word.find(old, i + 1)
    return out


def neighbours(word: str) -> tuple[set[str], set[str]]:
    """Forms one and two correspondence steps away (both directions)."""

    def step(w: str) -> set[str]:
        out: set[str] = set()
        for a, b in CORRESPONDENCES:
            out |= _replace_each(w, a, b)
            out |= _replace_each(w, b, a)
        out.discard(w)
        return out

    one = step(word)
    two: set[str] = set()
    for w in one:
        two |= step(w)
    return one, two - one - {word}


def counterpart(word: str, preferred: set[str], regional: set[str]) -> str | None:
    """The single preferred form a correspondence leads to, or None if none or several."""
    one, two = neighbours(word)
    for ring in (one, two):
        found = sorted(w for w in ring if w in preferred)
        if len(found) > 1:  # a regional main-list form beats a shared one
            found = [w for w in found if w in regional] or found
        if len(found) == 1:
            return found[0]
        if found:
            return None  # ambiguous: prise -> price or prize
    return None


@dataclass
class RegionPairs:
    region: Region
    foreign: dict[str, str]
    variant: dict[str, str]
    excluded: list[tuple[str, str]]


def build_pairs(lists: dict[str, set[str]], region: Region) -> RegionPairs:
    main = lists[region.main]
    preferred = lists["english"] | main
    accepted = set(preferred)
    for name in (*region.variants, *region.extra_accepted):
        accepted |= lists[name]
    own = {region.main, *region.variants, *region.extra_accepted}
    elsewhere: set[str] = set()
    for name in ALL_LISTS:
        if name != "english" and name not in own:
            elsewhere |= lists[name]
    never = ALSO_CORRECT | NEVER_FLAG.get(region.key, frozenset())
    out = RegionPairs(region, {}, {}, [])
    for tier, candidates in (("foreign", elsewhere - accepted), ("variant", accepted - preferred)):
        table = out.foreign if tier == "foreign" else out.variant
        for word in sorted(w for w in candidates if usable(w)):
            target = counterpart(word, preferred, main)
            if target is None or (target not in main and word not in SHARED_TARGET_OK):
                continue
            if word in NOT_A_PAIR or target in NOT_A_PAIR:
                continue
            if word in never:
                out.excluded.append((word, target))
                continue
            table[word] = target
    return out


# -- writing -------------------------------------------------------------------------


def scowl_version() -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", "scowl"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def render_rule(
    rule_id: str, severity: str, message: str, description: str, swap: dict, examples: dict
) -> str:
    lines = [
        f"  - id: {rule_id}\n",
        "    kind: substitute\n",
        "    category: spelling-variant\n",
        f"    severity: {severity}\n",
        f"    message: {yaml_str(message)}\n",
        f"    description: {yaml_str(description)}\n",
        "    applicability: safe\n",
        "    skip_names: true\n",
        "    examples:\n",
        "      bad:\n",
        yaml_list(examples["bad"], "        "),
        "      good:\n",
        yaml_list(examples["good"], "        "),
        "      fixed:\n",
        yaml_list(examples["fixed"], "        "),
        "    swap:\n",
    ]
    lines.extend(f"      {yaml_str(k)}: {yaml_str(v)}\n" for k, v in sorted(swap.items()))
    return "".join(lines)


def render_guide(pairs: RegionPairs, version: str) -> str:
    r = pairs.region
    examples = EXAMPLES[r.key]
    head = (
        f"# Generated by tools/build_en_spelling.py from SCOWL {version}; do not edit by hand.\n"
        f"# {len(pairs.foreign)} foreign forms and {len(pairs.variant)} accepted variants.\n"
        f"guide: en.spelling-{r.key}\n"
        f"description: {yaml_str(f'Spellings that are not the usual {r.name} spelling, with the {r.adjective} form.')}\n"
        f"source: {yaml_str(SOURCE_TEMPLATE.format(version=version, size=MAX_SIZE))}\n"
        "rules:\n"
    )
    foreign = render_rule(
        r.foreign_id,
        "warning",
        r.foreign_message,
        f"Forms that SCOWL lists for other regions but not for {r.name}; each paired with the "
        f"{r.adjective} form from SCOWL's {r.main} list.",
        pairs.foreign,
        examples["foreign"],
    )
    variant = render_rule(
        "variant",
        "suggestion",
        r.variant_message,
        f"Forms accepted in {r.name} (SCOWL's {', '.join((*r.variants, *r.extra_accepted))}) "
        f"where the {r.main} list has the usual {r.adjective} spelling.",
        pairs.variant,
        examples["variant"],
    )
    return head + foreign + variant


SOURCE_TEMPLATE = (
    "SCOWL (Spell Checker Oriented Word Lists) {version} by Kevin Atkinson and contributors, "
    "as packaged by Debian (package scowl); word lists up to size {size}. "
    "Licence: see rules/en/SCOWL-LICENSE.txt."
)


def check_examples(pairs: RegionPairs) -> list[str]:
    """Every word a 'bad' example relies on must be in the table it exercises."""
    problems = []
    for tier, table in (("foreign", pairs.foreign), ("variant", pairs.variant)):
        ex = EXAMPLES[pairs.region.key][tier]
        if len(ex["bad"]) != len(ex["fixed"]):
            problems.append(f"{pairs.region.key}/{tier}: bad and fixed differ in length")
        for text in ex["bad"]:
            if not any(tok.lower() in table for tok in re.findall(r"[A-Za-z]+", text)):
                problems.append(f"{pairs.region.key}/{tier}: no listed word in {text!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scowl", type=Path, default=SCOWL_DIR, help="SCOWL final/ directory")
    parser.add_argument("--check", action="store_true", help="fail if a guide would change")
    parser.add_argument("--report", action="store_true", help="print every pair")
    args = parser.parse_args(argv)
    if not args.scowl.is_dir():
        print(f"{args.scowl} not found: install Debian's 'scowl' package", file=sys.stderr)
        return 2
    lists = {name: load_list(name, args.scowl) for name in ALL_LISTS}
    version = scowl_version()
    stale = []
    problems = []
    for region in REGIONS:
        pairs = build_pairs(lists, region)
        problems.extend(check_examples(pairs))
        text = render_guide(pairs, version)
        path = OUT_DIR / f"spelling-{region.key}.yaml"
        print(
            f"{path.relative_to(ROOT)}: {len(pairs.foreign)} foreign, "
            f"{len(pairs.variant)} variants, {len(pairs.excluded)} excluded"
        )
        if args.report:
            for tier, table in (("foreign", pairs.foreign), ("variant", pairs.variant)):
                for k, v in sorted(table.items()):
                    print(f"  {region.key} {tier:8} {k} -> {v}")
            for k, v in pairs.excluded:
                print(f"  {region.key} excluded {k} -> {v}")
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if SCOWL_COPYRIGHT.exists() and not args.check:
        shutil.copyfile(SCOWL_COPYRIGHT, LICENSE_OUT)
    if args.check and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
