"""SARIF 2.1.0, for code-scanning dashboards. One run, one rule entry per rule seen.

A rule entry describes the rule, not one of its findings: ``shortDescription`` is the
first sentence of the rule's description (the rule's own, else its guide's, as
``chatwriter explain`` gives it), ``fullDescription`` the whole description when it says
more, and ``helpUri`` the rule's section of the generated reference,
``docs/rules/<locale>.md#<anchor>``: relative, since chatwriter is installed from its
repository; ``base_uri`` (``lint --sarif-base-uri``) makes it absolute.

Locations are in the file: for JSON lines, the column inside the line (``formats.Locator``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import regex

from chatwriter import __version__
from chatwriter.errors import ChatwriterError
from chatwriter.explain import Explanation, explain
from chatwriter.formats.common import Result, locator

if TYPE_CHECKING:
    from chatwriter.linter import Linter

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}

# A sentence ends at . ! or ? followed by space and a capital (or an opening quote or
# bracket before one), unless the word before is an abbreviation or a quote is open.
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=[\"“„«(\[¿¡]?\p{Lu})")
_ABBREVIATIONS = frozenset(
    {"e.g.", "i.e.", "vs.", "cf.", "approx.", "z.b.", "bzw.", "ca.", "usw.", "nr.", "no."}
    | {"mr.", "mrs.", "ms.", "dr.", "st.", "sr.", "sra.", "mme.", "m.", "fr.", "hr.", "p.ex."}
)


def first_sentence(text: str) -> tuple[str, str]:
    """``(first sentence, rest)`` of a description; the rest is "" for a single sentence."""
    for m in _SENTENCE_END.finditer(text):
        head = text[: m.start()]
        last_word = head.rsplit(None, 1)[-1].lower() if head.strip() else ""
        if last_word in _ABBREVIATIONS or _quote_open(head):
            continue
        return head, text[m.end() :]
    return text, ""


def _quote_open(text: str) -> bool:
    """Whether a quotation is still open at the end of ``text`` (straight, curly, guillemets;
    German „...“ closes with the mark English opens with)."""
    straight = text.count('"') % 2 == 1
    depth = 0
    low_open = 0  # „ waiting for its “
    for ch in text:
        if ch == "„":
            low_open += 1
        elif ch == "“":
            if low_open:
                low_open -= 1
            else:
                depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        elif ch == "«":
            depth += 1
    return straight or depth > 0 or low_open > 0


def anchor(heading: str) -> str:
    """GitHub's anchor of a Markdown heading: lower case, punctuation (dots) removed but
    hyphens and underscores kept, spaces as hyphens."""
    slug = regex.sub(r"[^\p{L}\p{N}\p{M}\s_-]", "", heading.strip().lower())
    return re.sub(r"\s", "-", slug)


def reference_page(found: Explanation, locale: str | None) -> str | None:
    """The locale whose reference page (docs/rules/<tag>.md) documents the rule: the
    message's locale, else its language, else the first built-in locale using the rule;
    None for a rule of a company guide, which has no generated page."""
    if not found.locales:
        return None
    by_lower = {tag.lower(): tag for tag in found.locales}
    if locale:
        tag = locale.lower()
        for candidate in (tag, tag.split("-", 1)[0]):
            if candidate in by_lower:
                return by_lower[candidate]
    return found.locales[0]


def help_uri(found: Explanation, locale: str | None, base_uri: str = "") -> str | None:
    page = reference_page(found, locale)
    if page is None:
        return None
    if base_uri and not base_uri.endswith("/"):
        base_uri += "/"
    return f"{base_uri}docs/rules/{page}.md#{anchor(found.id)}"


def rule_entry(
    linter: Linter | None,
    rule_id: str,
    category: str,
    locale: str | None,
    base_uri: str = "",
) -> dict[str, Any]:
    """The reportingDescriptor of one rule (see the module's docstring)."""
    found = _explain(linter, rule_id, locale)
    description = found.description if found is not None else ""
    short, rest = first_sentence(description)
    entry: dict[str, Any] = {
        "id": rule_id,
        "shortDescription": {
            "text": short or f"{rule_id}: a {category} rule (its guide has no description)."
        },
    }
    if rest:
        entry["fullDescription"] = {"text": description}
    uri = help_uri(found, locale, base_uri) if found is not None else None
    if uri:
        entry["helpUri"] = uri
    entry["properties"] = {"category": category}
    return entry


def _explain(linter: Linter | None, rule_id: str, locale: str | None) -> Explanation | None:
    if linter is None:
        linter = _builtin_linter()
    try:
        return explain(linter, rule_id, locale)
    except ChatwriterError:
        return None


_BUILTIN: list[Linter] = []


def _builtin_linter() -> Linter:
    """The built-in guides only, for callers that pass no Linter (created once)."""
    if not _BUILTIN:
        from chatwriter.linter import Linter  # spaCy: only when no Linter was passed

        _BUILTIN.append(Linter(config=None))
    return _BUILTIN[0]


def write(
    results: Sequence[Result],
    linter: Linter | None = None,
    base_uri: str = "",
    **_: object,
) -> str:
    """``linter``: the one that linted (its config's guides and severities); None for the
    built-in guides. ``base_uri``: prefix that makes each ``helpUri`` absolute."""
    rules: dict[str, dict[str, Any]] = {}
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        if not result.report.findings:
            continue
        where = locator(result)
        for f in result.report.findings:
            if f.rule not in rules:
                rules[f.rule] = rule_entry(
                    linter, f.rule, f.category, result.report.locale, base_uri
                )
            start_line, start_col = where.position(f.start)
            end_line, end_col = where.position(f.end)
            region: dict[str, Any] = {"startLine": start_line, "startColumn": start_col}
            if where.exact:  # else the region runs to the end of the line
                region.update(endLine=end_line, endColumn=end_col)
            entry: dict[str, Any] = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity.value],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": result.path},
                            "region": {**region, "snippet": {"text": f.match}},
                        }
                    }
                ],
                "properties": {"category": f.category, "locale": result.report.locale},
            }
            if result.report.id is not None:
                entry["properties"]["messageId"] = result.report.id
            fixes = [s for s in f.suggestions if s.applicability.value != "display"]
            if fixes and where.exact:
                entry["fixes"] = [
                    {
                        "description": {
                            "text": f"Replace with {s.text!r} ({s.applicability.value})"
                        },
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": result.path},
                                "replacements": [
                                    {
                                        "deletedRegion": dict(region),
                                        # Inside a JSON line the new text is written escaped.
                                        "insertedContent": {"text": where.inserted(s.text)},
                                    }
                                ],
                            }
                        ],
                    }
                    for s in fixes
                ]
            sarif_results.append(entry)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "chatwriter",
                        "version": __version__,
                        "rules": list(rules.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
