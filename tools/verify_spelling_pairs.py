#!/usr/bin/env python3
"""Check a guide's spelling pairs against a real word list.

Usage (from the repository root)::

    python tools/verify_spelling_pairs.py WORDLIST GUIDE.yaml [GUIDE.yaml ...]

For every ``substitute`` rule, each ``swap`` entry must have its source ABSENT from the
word list and every target PRESENT. For every ``consistency`` rule with
``parallel: true`` (accepted doublets), every form of every group must be PRESENT.
Comparison is case-insensitive and treats ’ as '; a form of several words is checked
word by word (a word list holds single words, so that check is weaker: the report says
so), and a source of several words cannot be shown absent, so it is listed as unchecked.
Failures are printed one per line; the exit code is 1 when there is any, else 0.

The word list is a plain file, one word per line (UTF-8). The ones used for the
built-in guides come from Debian packages (any Debian or Ubuntu machine)::

    apt-get download wdutch witalian hunspell-it
    for f in *.deb; do dpkg -x "$f" root; done
    # Dutch, OpenTaal's list (follows the official Woordenlijst): root/usr/share/dict/dutch
    # Italian, witalian: root/usr/share/dict/italian
    # Italian, every inflected form of hunspell-it (needs hunspell-tools; ~650 MB):
    #   unmunch root/usr/share/hunspell/it_IT.dic root/usr/share/hunspell/it_IT.aff > it_full.txt

The list is streamed and only the words the guides need are kept, so a large list is fine.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import yaml


def _norm(word: str) -> str:
    return word.replace("\u2019", "'").strip().lower()


def _words(form: str) -> list[str]:
    return [_norm(w) for w in form.split()]


def _rules(guide: Path) -> Iterable[dict]:
    data = yaml.safe_load(guide.read_text(encoding="utf-8")) or {}
    yield from data.get("rules") or []


def _needed(guides: list[Path]) -> set[str]:
    needed: set[str] = set()
    for guide in guides:
        for rule in _rules(guide):
            for source, target in (rule.get("swap") or {}).items():
                needed.update(_words(source))
                for t in [target] if isinstance(target, str) else target:
                    needed.update(_words(t))
            for forms in (rule.get("groups") or {}).values():
                for form in forms:
                    needed.update(_words(form))
    return needed


def load_present(wordlist: Path, needed: set[str]) -> set[str]:
    """The words of ``needed`` that the word list holds (streamed, case-insensitive)."""
    present: set[str] = set()
    with wordlist.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            word = _norm(line)
            if word in needed:
                present.add(word)
    return present


def verify(wordlist: Path, guides: list[Path]) -> tuple[list[str], list[str], int]:
    """(failures, notes, entries checked); notes are checks a word list cannot fully make."""
    present = load_present(wordlist, _needed(guides))
    failures: list[str] = []
    notes: list[str] = []
    checked = 0
    for guide in guides:
        for rule in _rules(guide):
            where = f"{guide}: {rule.get('id')}"
            if rule.get("kind") == "substitute":
                for source, target in (rule.get("swap") or {}).items():
                    checked += 1
                    targets = [target] if isinstance(target, str) else list(target)
                    src = _words(source)
                    if len(src) > 1:
                        notes.append(f"{where}: source '{source}' has several words: unchecked")
                    elif src[0] in present:
                        failures.append(f"{where}: source '{source}' IS in the word list")
                    for t in targets:
                        missing = [w for w in _words(t) if w not in present]
                        if missing:
                            failures.append(
                                f"{where}: target '{t}' of '{source}' is not in the word list"
                                f" (missing: {', '.join(missing)})"
                            )
            elif rule.get("kind") == "consistency" and rule.get("parallel"):
                for group, forms in (rule.get("groups") or {}).items():
                    for form in forms:
                        checked += 1
                        missing = [w for w in _words(form) if w not in present]
                        if missing:
                            failures.append(
                                f"{where}: form '{form}' ({group}) is not in the word list"
                                f" (missing: {', '.join(missing)})"
                            )
                        elif len(_words(form)) > 1:
                            notes.append(f"{where}: '{form}' ({group}) checked word by word")
    return failures, notes, checked


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    wordlist, guides = Path(args[0]), [Path(a) for a in args[1:]]
    failures, notes, checked = verify(wordlist, guides)
    for note in notes:
        print(f"note: {note}")
    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{checked} entries checked, {len(failures)} failure(s), against {wordlist}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
