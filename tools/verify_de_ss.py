#!/usr/bin/env python3
"""Check de.spelling-ss (Swiss ss -> ß) against the German and Swiss word lists.

Usage (from the repository root)::

    python tools/verify_de_ss.py SWISS_LIST GERMAN_LIST [--misses N]

The lists are igerman98's, as Debian packages them (any Debian or Ubuntu machine)::

    apt-get download wswiss wngerman && for f in *.deb; do dpkg -x "$f" root; done
    # root/usr/share/dict/swiss and root/usr/share/dict/ngerman
    apt-get install hunspell hunspell-de-de   # the de_DE dictionary, with compounds

Every word of both lists that holds "ss" is run through the rule's pattern. A word the
de_DE dictionary accepts must not be matched (a false alarm: Masse, Busse, Reissack); a
matched word must be rejected by de_DE and its fix accepted (a word with two ß,
ausserplanmässig, gets the first one only: it is listed, not counted as a failure). Coverage is counted on the
Swiss-only words: forms of the lists that de_DE rejects and that de_DE accepts once one
ss is written ß (6,600 or so). Compounds that hunspell accepts only by splitting them
another way (Bahnhofs+trasse, Preisein+busse) are listed as KNOWN and not counted as
false alarms. Prints the failures; exits 1 if there is any.

Nothing of the lists is kept or written anywhere: they are read to check the model.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "rules" / "de" / "spelling-ss.yaml"
RULE = "swiss-ss"
#: Swiss ss forms that de_DE accepts only as another compound (Bahnhofs + Trasse).
KNOWN = ("strasse", "einbusse", "einbussen")


def _accepted(words: list[str], dictionary: str = "de_DE") -> set[str]:
    """The words hunspell accepts (``hunspell -G`` prints the correct ones)."""
    out = subprocess.run(
        ["hunspell", "-d", dictionary, "-G"],
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {w for w in out.split("\n") if w}


def _variants(word: str) -> list[str]:
    spots = [m.start() for m in regex.finditer("ss", word)]
    out = []
    for n in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, n):
            chars = list(word)
            for i in sorted(chosen, reverse=True):
                chars[i : i + 2] = ["ß"]
            out.append("".join(chars))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("swiss", type=Path)
    parser.add_argument("german", type=Path)
    parser.add_argument("--misses", type=int, default=0, help="print N uncovered words")
    args = parser.parse_args(argv)
    guide = yaml.safe_load(GUIDE.read_text(encoding="utf-8"))
    rule = next(r for r in guide["rules"] if r["id"] == RULE)
    pattern = regex.compile(rule["pattern"])
    template = rule["replace"]

    words = set()
    for path in (args.swiss, args.german):
        words.update(w for w in path.read_text(encoding="utf-8").split("\n") if "ss" in w)
    words = sorted(words)
    ok = _accepted(words)
    rejected = [w for w in words if w not in ok]
    variants = {w: _variants(w) for w in rejected}
    ok_variants = _accepted(sorted({v for vs in variants.values() for v in vs}))
    swiss_only = {w: [v for v in vs if v in ok_variants] for w, vs in variants.items()}
    swiss_only = {w: vs for w, vs in swiss_only.items() if vs}

    failures: list[str] = []
    partial: list[str] = []
    for w in words:
        m = pattern.fullmatch(w)
        if m is None:
            continue
        fixed = m.expand(template)
        if w in ok and not w.lower().endswith(KNOWN):
            failures.append(f"FALSE ALARM {w}: de_DE accepts it")
        elif w in swiss_only and fixed not in swiss_only[w]:
            if fixed.count("ß") == 1 and any(v.count("ß") > 1 for v in swiss_only[w]):
                partial.append(w)  # one ß per word is written (ausserplanmässig)
            else:
                failures.append(f"FIX {w} -> {fixed}: expected one of {swiss_only[w]}")
    covered = [w for w in swiss_only if pattern.fullmatch(w)]
    print(
        f"{len(words)} words with ss; {len(swiss_only)} Swiss-only forms; "
        f"matched {len(covered)} ({len(covered) / max(1, len(swiss_only)):.0%})"
    )
    if partial:
        print(f"{len(partial)} words with two ß get the first one only:", ", ".join(partial))
    for line in failures:
        print(line)
    if args.misses:
        missed = [w for w in swiss_only if w not in set(covered)]
        print("missed:", ", ".join(missed[: args.misses]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
