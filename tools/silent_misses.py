"""Print every silent conversion miss on the development pairs (tests/register/blind).

A miss is silent when the conversion is not the other side word for word and it neither
left a word alone nor added a note. Each is printed with the words that differ and, for
*-pairs.jsonl, the kind listed in tests/test_register_convert.py's MISSES (if any).

    PYTHONPATH=src python tools/silent_misses.py [lang ...]
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

from chatwriter.register.convert import convert_register

SETS = Path(__file__).resolve().parent.parent / "tests" / "register" / "blind"
LANGUAGES = ("de", "nl", "fr", "es", "pt", "it")


def _misses() -> dict:
    sys.path.insert(0, str(SETS.parent.parent.parent))
    try:
        from tests.test_register_convert import MISSES
    except Exception:
        return {}
    return MISSES


def diff(got: str, want: str) -> str:
    a, b = got.split(), want.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if op != "equal":
            out.append(f"{' '.join(a[i1:i2]) or '∅'} -> {' '.join(b[j1:j2]) or '∅'}")
    return "; ".join(out)


def main(langs: list[str]) -> int:
    misses = _misses()
    total = 0
    for lang in langs or LANGUAGES:
        count = 0
        for name in ("-pairs", "-pairs-2"):
            path = SETS / f"{lang}{name}.jsonl"
            rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
            for index, row in enumerate(rows):
                for to, other in (("formal", "informal"), ("informal", "formal")):
                    conv = convert_register(row[other], row["locale"], to=to)
                    if conv.text == row[to] or conv.left or conv.notes:
                        continue
                    count += 1
                    kind = misses.get((lang, index, to), "") if name == "-pairs" else ""
                    print(f"{lang}{name}:{index} to {to}: {diff(conv.text, row[to])}")
                    print(f"    src: {row[other]}")
                    if kind:
                        print(f"    kind: {kind}")
        print(f"== {lang}: {count} silent")
        total += count
    print(f"== all: {total} silent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
