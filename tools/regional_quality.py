#!/usr/bin/env python3
"""Measure regional fit on drafts written blind; write docs/regional-quality.md.

    python tools/regional_quality.py                       # writes docs/regional-quality.md
    python tools/regional_quality.py --languagetool-url URL   # grammar drafts too
    python tools/regional_quality.py --misses              # also print every miss

The sets are ``tests/regional/heldout/<locale>.jsonl`` (the figures that count) and
``tests/regional/dev/<locale>.jsonl`` (earlier rounds, tuned against): one JSON object per line,
``{"text", "expect", "note"}`` and, on a draft with a problem, ``"fixed"``: the reply as
a careful regional editor would correct it, everything else unchanged. The categories
are the regional ones (vocabulary-variant, spelling-variant, format, typography,
grammar). The drafts were written by people who had not read the guides or the code.

Why a set of its own: the general blind rounds (tools/quality.py) hold about two
regional problems per locale, too few to say whether a region's vocabulary, spelling,
formats and typography hold up. Per locale this reports

* **recall** per category, at any severity (a vocabulary variant is often a suggestion);
* **clean drafts flagged**: clean drafts with a finding, at any severity, in one of the
  regional categories;
* **safe fixes**: on problem drafts with ``fixed``, whether ``Linter.fix`` (safe fixes
  only) gives ``fixed`` exactly (straight and curly quotes of one kind compare equal,
  and so do the kinds of space), leaves the draft alone (no safe fix: the finding still
  shows, with a suggestion), or gives another result: an acceptable variant the writer
  did not choose (single quotes in British English) or a wrong fix, the worst case
  since safe fixes may be applied without a look (``--misses`` prints each); on clean
  drafts, any change a safe fix makes is counted as a break.

Grammar drafts need a LanguageTool server (``--languagetool-url``, or
``$CHATWRITER_TEST_LANGUAGETOOL_URL``); without one their row says so.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "regional" / "heldout"
DEVELOPMENT = ROOT / "tests" / "regional" / "dev"
OUTPUT = ROOT / "docs" / "regional-quality.md"
CATEGORIES = ("vocabulary-variant", "spelling-variant", "format", "typography", "grammar")


@dataclass(frozen=True)
class Draft:
    text: str
    expect: str | None  # one regional category, or None for a clean draft
    fixed: str | None
    line: int
    note: str = ""


#: Straight and curly quotes of one kind compare equal, and so do a space, a no-break
#: space and a narrow no-break space: the writers typed what their keyboard gave, and
#: each is right where the locale uses that kind of mark ("15 €", "SMS ?").
_SAME_MARK = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " ", "\u202f": " "}
)


@dataclass
class Outcome:
    draft: Draft
    found: frozenset[str]  # regional categories found, any severity
    fixed: str  # the draft after safe fixes

    @property
    def hit(self) -> bool:
        return self.draft.expect in self.found

    @property
    def fix_kind(self) -> str:
        """exact, none (left alone) or other; for clean drafts: none or break."""
        if self.fixed == self.draft.text:
            return "none"
        if self.draft.expect is None:
            return "break"
        same = self.fixed.translate(_SAME_MARK) == (self.draft.fixed or "").translate(_SAME_MARK)
        return "exact" if same else "other"


@dataclass
class LocaleResult:
    locale: str
    outcomes: list[Outcome] = field(default_factory=list)
    grammar_run: bool = True


def counts(outcome: Outcome, grammar_run: bool) -> bool:
    """A problem draft that counts: grammar drafts only when a server answered."""
    expect = outcome.draft.expect
    return expect is not None and (grammar_run or expect != "grammar")


def read_drafts(path: Path) -> list[Draft]:
    """Drafts of one file; raises ValueError naming file:line and what to fix."""
    drafts = []
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
            expect = obj.get("expect") if isinstance(obj, dict) else None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError(f"{path}:{n}: needs a 'text' string")
            if not isinstance(expect, list) or len(expect) > 1:
                raise ValueError(f"{path}:{n}: 'expect' must be [] or one category")
            if expect and expect[0] not in CATEGORIES:
                raise ValueError(f"{path}:{n}: 'expect' must be one of {', '.join(CATEGORIES)}")
            fixed = obj.get("fixed")
            if fixed is not None and not isinstance(fixed, str):
                raise ValueError(f"{path}:{n}: 'fixed' must be a string")
            cat = expect[0] if expect else None
            drafts.append(Draft(obj["text"], cat, fixed if cat else None, n, obj.get("note", "")))
    return drafts


def evaluate(locale: str, drafts: list[Draft], languagetool_url: str) -> LocaleResult:
    from chatwriter import Linter
    from chatwriter.guide.loader import Config, LanguageToolConfig

    # A measurement waits for the server (30 s, not the send path's 5 s): a draft left
    # unchecked because the machine was busy would count as a miss.
    config = Config(languagetool=LanguageToolConfig(url=languagetool_url, timeout_ms=30_000))
    linter = Linter(locale=locale, config=config)
    result = LocaleResult(locale, grammar_run=bool(languagetool_url))
    # lint_many, as a batch job would: it warms the server's language up first, so a
    # server still loading it does not time the first drafts out.
    reports = linter.lint_many([d.text for d in drafts], fix=True)
    for draft, report in zip(drafts, reports, strict=True):
        if report.skipped and languagetool_url:
            raise RuntimeError(f"{locale}:{draft.line}: grammar skipped: {report.skipped}")
        found = frozenset(f.category for f in report.findings if f.category in CATEGORIES)
        result.outcomes.append(Outcome(draft, found, report.fixed or draft.text))
    return result


# -- report ----------------------------------------------------------------------------


def _ratio(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.0f}%)" if n else "–"


def _recall_cells(outcomes: list[Outcome], grammar_run: bool) -> list[str]:
    cells = []
    for cat in CATEGORIES:
        these = [o for o in outcomes if o.draft.expect == cat]
        if cat == "grammar" and not grammar_run and these:
            cells.append("not run")
        else:
            cells.append(_ratio(sum(o.hit for o in these), len(these)))
    return cells


def render(
    results: list[LocaleResult], command: str, development: list[LocaleResult] | None = None
) -> str:
    grammar_run = all(r.grammar_run for r in results)
    out = [
        "# Regional fit: measured on drafts written blind",
        "",
        f"Generated by `{command}`; never edit by hand.",
        "",
        "Each draft was written by someone who had not read the guides or the code: per",
        "locale, clean replies that are tricky but right for the region, and replies with",
        "one regional problem each (another region's word or spelling, a date or amount",
        "written another region's way, the wrong quotation marks or spacing, a grammar",
        "slip), with the corrected reply. *Recall* counts findings at any severity; *clean",
        "flagged* is clean drafts with any finding in these categories. *Safe fix exact* is",
        "the share of problem drafts where applying the safe fixes gives the writer's",
        "correction word for word (straight and curly quotes of one kind compare equal, and",
        "so do a space and the no-break spaces); *other* counts safe fixes that gave",
        "something else (a variant the writer did not choose, or a wrong fix), and *breaks*",
        "counts clean drafts a safe fix changed.",
        "",
    ]
    if not grammar_run:
        out += [
            "Grammar drafts need a LanguageTool server and were not run for these tables.",
            "",
        ]
    out += _table("Held-out (tests/regional/heldout)", results)
    if development:
        out += [
            "The development set is an earlier blind round that rules were then improved",
            "against by kind of miss (never by copying a sentence), so its figures flatter.",
            "",
        ]
        out += _table("Development (tests/regional/dev)", development)
    return "\n".join(out)


def _table(title: str, results: list[LocaleResult]) -> list[str]:
    grammar_run = all(r.grammar_run for r in results)
    head = "| locale | drafts | " + " | ".join(CATEGORIES) + " | clean flagged |"
    head += " safe fix exact | other | breaks |"
    out = [f"## {title}", "", head, "|" + " --- |" * (len(CATEGORIES) + 6)]
    totals: list[Outcome] = []
    for r in results:
        totals += r.outcomes
        out.append(_row(r.locale, r.outcomes, r.grammar_run))
    out.append(_row("**all**", totals, grammar_run))
    out.append("")
    return out


def _row(name: str, outcomes: list[Outcome], grammar_run: bool) -> str:
    clean = [o for o in outcomes if o.draft.expect is None]
    problems = [o for o in outcomes if counts(o, grammar_run) and o.draft.fixed is not None]
    kinds = Counter(o.fix_kind for o in problems)
    cells = [
        name,
        str(len(outcomes)),
        *_recall_cells(outcomes, grammar_run),
        _ratio(sum(bool(o.found) for o in clean), len(clean)),
        _ratio(kinds["exact"], len(problems)),
        str(kinds["other"]),
        str(sum(o.fix_kind == "break" for o in clean)),
    ]
    return "| " + " | ".join(cells) + " |"


def misses(results: list[LocaleResult]) -> str:
    lines = []
    for r in results:
        for o in r.outcomes:
            d = o.draft
            if counts(o, r.grammar_run) and not o.hit:
                lines.append(f"{r.locale}:{d.line} missed {d.expect}: {d.text}")
            elif d.expect is None and o.found:
                lines.append(f"{r.locale}:{d.line} clean flagged {sorted(o.found)}: {d.text}")
            if o.fix_kind in ("other", "break"):
                lines.append(f"{r.locale}:{d.line} safe fix {o.fix_kind}: {o.fixed}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, default=HELDOUT)
    parser.add_argument("--development", type=Path, default=DEVELOPMENT)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--languagetool-url", default=os.environ.get("CHATWRITER_TEST_LANGUAGETOOL_URL", "")
    )
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    files = sorted(args.heldout.glob("*.jsonl"))
    if not files:
        print(f"no drafts under {args.heldout}", file=sys.stderr)
        return 1
    url = args.languagetool_url
    results = [evaluate(p.stem, read_drafts(p), url) for p in files]
    development = [
        evaluate(p.stem, read_drafts(p), url) for p in sorted(args.development.glob("*.jsonl"))
    ]
    command = "python tools/regional_quality.py" + (" --languagetool-url URL" if url else "")
    args.output.write_text(render(results, command, development), encoding="utf-8")
    print(f"wrote {args.output}")
    if args.misses:
        print(misses(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
