"""Generate the rule reference (docs/rules/<locale>.md) and the JSON Schemas (docs/schema/).

The guides are the source of truth; never edit the generated files by hand. Run:

    python tools/gen_rule_docs.py          # write
    python tools/gen_rule_docs.py --check  # exit 1 if the files are out of date (used in tests)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from chatwriter import Linter
from chatwriter.catalog import Catalog
from chatwriter.engine import CompiledLocale
from chatwriter.guide.schema import SCHEMAS
from chatwriter.hook import SCHEMAS as HOOK_SCHEMAS
from chatwriter.model import Applicability
from chatwriter.rules import kind_registry
from chatwriter.rules.base import CompileEnv, Kind, RuleSpec

ROOT = Path(__file__).resolve().parents[1]
RULES_DIR = ROOT / "docs" / "rules"
SCHEMA_DIR = ROOT / "docs" / "schema"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# -- fix availability ----------------------------------------------------------------
# What tier of suggestion a compiled rule can attach to its findings, read off the
# compiled rule the way its kind builds suggestions (rules/*.py): the options that carry
# replacement text (replace, suggest, swap, parallel groups) and the applicability the
# kind gives them. tests/test_rule_docs.py lints every rule's bad examples and checks the
# result against this table, so a kind that changes how it suggests fails there.

SAFE, UNSAFE, DISPLAY = Applicability.SAFE, Applicability.UNSAFE, Applicability.DISPLAY
NONE: frozenset[Applicability] = frozenset()


def _offered(values: Iterable[str], applicability: Applicability) -> frozenset[Applicability]:
    """The tier ``rules.base.suggestions_from`` gives these values: several are never safe."""
    values = list(values)
    if not values:
        return NONE
    if len(values) > 1 and applicability is SAFE:
        return frozenset({UNSAFE})
    return frozenset({applicability})


def _regex(rule) -> frozenset[Applicability]:
    return frozenset({rule.applicability}) if rule.replace is not None or rule.suggest else NONE


def _substitute(rule) -> frozenset[Applicability]:
    return NONE.union(*(_offered(targets, rule.applicability) for targets in rule.swap.values()))


def _metric(rule) -> frozenset[Applicability]:
    # "!!!" -> "!" is safe, a mixed run ("!?") only unsafe; the other metrics suggest nothing.
    return frozenset({SAFE, UNSAFE}) if rule.metric == "repeated-punctuation" else NONE


FIX_TIERS: dict[str, Callable[[Kind], frozenset[Applicability]]] = {
    "regex": _regex,
    "phrase": lambda r: _offered(r.suggest, r.applicability),
    "pattern": lambda r: _offered(r.suggest, r.applicability),
    "substitute": _substitute,
    "consistency": lambda r: frozenset({r.applicability}) if r.parallel else NONE,
    "repetition": lambda r: frozenset({r.applicability}),
    # three_digit_groups: an amount's fix is unsafe when the reply has a decimal elsewhere
    "amount": lambda r: frozenset(
        {r.applicability, UNSAFE}
        if r.three_digit_groups and r.applicability is SAFE
        else {r.applicability}
    ),
    "metric": _metric,
    "capitalization": lambda r: frozenset({SAFE}),
    "names": lambda r: frozenset({SAFE}),
    "greeting-name": lambda r: frozenset({UNSAFE}),
    "caps-words": lambda r: frozenset({UNSAFE}),
    "grammar": lambda r: frozenset({UNSAFE}),
    "language": lambda r: NONE,
    "register": lambda r: NONE,
}

FIX_TEXT = {
    "safe": "safe (applied by `chatwriter fix`)",
    "unsafe": "unsafe (offered, applied only with `--unsafe`)",
    "display": "display only (a replacement is shown, never applied)",
    "none": "none",
}


def fix_tiers(rule: Kind) -> frozenset[Applicability]:
    """Every applicability the suggestions of this compiled rule can have (empty: none)."""
    try:
        tiers = FIX_TIERS[rule.spec.kind]
    except KeyError:
        raise SystemExit(
            f"{rule.spec.source}: {rule.id}: kind '{rule.spec.kind}' is not in FIX_TIERS of "
            "tools/gen_rule_docs.py; say there how it builds its suggestions"
        ) from None
    return tiers(rule)


def fix_value(tiers: frozenset[Applicability]) -> str:
    """The best tier: safe, unsafe, display or none (the summary table's ``fix`` column)."""
    for tier in (SAFE, UNSAFE, DISPLAY):
        if tier in tiers:
            return tier.value
    return "none"


def fix_text(tiers: frozenset[Applicability]) -> str:
    value = fix_value(tiers)
    text = FIX_TEXT[value]
    if value == "safe" and UNSAFE in tiers:
        text += "; some matches get only an unsafe suggestion"
    return text


def rule_fixes(linter: Linter, compiled: CompiledLocale) -> dict[str, frozenset[Applicability]]:
    """Fix tiers of every rule of a locale, skipped ones (no LanguageTool) compiled here."""
    out = {rule.id: fix_tiers(rule) for rule in compiled.rules}
    kinds = kind_registry()
    env = CompileEnv(
        nlp=compiled.pipeline.nlp, settings=dict(compiled.settings), locale=compiled.tag
    )
    for skipped in compiled.skipped:
        spec: RuleSpec = skipped.spec
        out[spec.id] = fix_tiers(kinds[spec.kind](spec, env))
    return out


#: The sub-sections of every rule's section, in order (tests/test_rule_docs.py checks them).
SECTIONS = (
    "**What it finds**",
    "**Category and severity**",
    "**Fix**",
    "**Examples**",
    "**Defined in**",
)
NO_DESCRIPTION = "_No description yet; the message and the examples below show what it flags._"


def rule_section(spec: RuleSpec, tiers: frozenset[Applicability]) -> list[str]:
    what, category, fix, examples, defined = SECTIONS
    lines = [f"## {spec.id}", "", what, ""]
    lines += [spec.description.strip() if spec.description else NO_DESCRIPTION, ""]
    lines += [f"Message: {_cell(spec.message)}", ""]
    lines += [
        f"{category}: {spec.category}, {spec.severity.value} (kind `{spec.kind}`)",
        "",
        f"{fix}: {fix_text(tiers)}",
        "",
        examples,
        "",
    ]
    ex = spec.examples
    if ex.bad:
        lines.append("Bad:")
        lines += [
            f"- {_cell(t)}" + (f"  \n  fixed: {_cell(ex.fixed[i])}" if ex.fixed else "")
            for i, t in enumerate(ex.bad)
        ]
        lines.append("")
    if ex.good:
        lines.append("Good:")
        lines += [f"- {_cell(t)}" for t in ex.good]
        lines.append("")
    lines += [f"{defined}: `{spec.source}`", ""]
    return lines


def locale_page(linter: Linter, tag: str) -> str:
    compiled = linter.compiled(tag)
    name = linter.catalog.locale_file(tag).name
    lines = [
        f"# {tag}: {name}",
        "",
        "<!-- generated by tools/gen_rule_docs.py from rules/ and locales/; do not edit -->",
        "",
        f"Fallback chain: {' -> '.join(f.tag for f in reversed(linter.catalog.resolve(tag).files))}.",
        "",
    ]
    if compiled.settings:
        lines += ["| setting | value |", "| --- | --- |"]
        lines += [f"| {k} | `{v}` |" for k, v in sorted(compiled.settings.items())]
        lines.append("")
    lines += ["| rule | category | severity | kind | fix |", "| --- | --- | --- | --- | --- |"]
    specs = sorted(
        [r.spec for r in compiled.rules] + [s.spec for s in compiled.skipped], key=lambda s: s.id
    )
    fixes = rule_fixes(linter, compiled)
    for spec in specs:
        fix = fix_value(fixes[spec.id])
        lines.append(
            f"| [`{spec.id}`](#{spec.id.replace('.', '')}) | {spec.category} | {spec.severity.value} | {spec.kind} | {fix} |"
        )
    lines.append("")
    for spec in specs:
        lines += rule_section(spec, fixes[spec.id])
    return "\n".join(lines)


def generate() -> dict[Path, str]:
    linter = Linter(locale="en-US", config=None)
    files: dict[Path, str] = {}
    tags = Catalog().known()
    index = [
        "# Rule reference",
        "",
        "<!-- generated by tools/gen_rule_docs.py; do not edit -->",
        "",
    ]
    for tag in tags:
        files[RULES_DIR / f"{tag}.md"] = locale_page(linter, tag)
        n = len(linter.compiled(tag).rules)
        index.append(f"- [{tag}]({tag}.md): {linter.catalog.locale_file(tag).name}, {n} rules")
    files[RULES_DIR / "README.md"] = "\n".join(index) + "\n"
    for name, build in {**SCHEMAS, **HOOK_SCHEMAS}.items():
        files[SCHEMA_DIR / f"{name}.schema.json"] = json.dumps(build(), indent=2) + "\n"
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated files are stale")
    args = parser.parse_args()
    files = generate()
    stale = [
        p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
