"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) on top of chatwriter.

So that existing LanguageTool clients (browser extensions, editor plugins,
language-tool-python) get chatwriter's findings without a line of new code. Only
the request parameters and the JSON shape are LanguageTool's; the rules are
chatwriter's own, with their dotted ids (``en.spelling-gb.american-spelling``) as
LanguageTool rule ids and their categories as LanguageTool categories.

Offsets and lengths are in UTF-16 code units, as LanguageTool (Java) counts them. With
``data`` (annotated text), markup is skipped or replaced by its ``interpretAs`` and
offsets point into the whole annotated text, markup included, as LanguageTool does.

Nothing here imports the web framework: these are plain functions over mappings.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from chatwriter import __version__, langid, safejson
from chatwriter import locale as loc
from chatwriter.model import Applicability, Finding, utf16_offset
from chatwriter.privacy import Masker, mask_spans

#: LanguageTool issue types (from the Localization Quality Issue Types) per category.
ISSUE_TYPES = {
    "spelling-variant": "misspelling",
    "vocabulary-variant": "locale-violation",
    "formality": "register",
    "salutation": "style",
    "inclusive": "style",
    "tone": "style",
    "clarity": "style",
    "pii": "legal",
    "profanity": "register",
    "commitment": "legal",
    "textspeak": "register",
    "shouting": "typographical",
    "emoji": "style",
    "language": "locale-violation",
    "typography": "typographical",
    "format": "locale-specific-content",
    "grammar": "grammar",
    "spelling": "misspelling",
    "repetition": "duplication",
    "readability": "style",
}
CATEGORY_NAMES = {
    "spelling-variant": "Regional spelling",
    "vocabulary-variant": "Regional vocabulary",
    "formality": "Formality",
    "salutation": "Greetings and sign-offs",
    "inclusive": "Inclusive language",
    "tone": "Tone",
    "clarity": "Clarity",
    "pii": "Personal data",
    "profanity": "Profanity",
    "commitment": "Commitments",
    "textspeak": "Text speak",
    "shouting": "Shouting",
    "emoji": "Emoji",
    "language": "Language",
    "typography": "Typography",
    "format": "Formats",
    "grammar": "Grammar",
    "spelling": "Spelling",
    "repetition": "Repetition",
    "readability": "Readability",
}
_CONTEXT = 40


class LtError(ValueError):
    """A bad /v2/check request; LanguageTool answers these as plain text with status 400."""


def category_id(category: str) -> str:
    """LanguageTool-style category id: ``spelling-variant`` -> ``SPELLING_VARIANT``."""
    return category.upper().replace("-", "_")


def _csv(value: str | None) -> frozenset[str]:
    return frozenset(p.strip() for p in (value or "").split(",") if p.strip())


@dataclass(slots=True)
class LtRequest:
    plain: str  # the text chatwriter checks
    original: str  # the text offsets point into (== plain unless data was sent)
    mapping: list[int] | None  # plain index -> original index (None: identity)
    language: str
    preferred: list[str] = field(default_factory=list)
    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False
    picky: bool = False

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.mapping is None:
            return start, end
        o_start = self.mapping[start]
        o_end = self.mapping[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def keep(self, finding: Finding) -> bool:
        cats = {finding.category, category_id(finding.category)}
        if _selected(finding.rule, self.disabled_rules) or cats & self.disabled_categories:
            return False
        if self.enabled_only:
            return _selected(finding.rule, self.enabled_rules) or bool(
                cats & self.enabled_categories
            )
        if not self.picky and finding.severity.value == "suggestion":
            return _selected(finding.rule, self.enabled_rules) or bool(
                cats & self.enabled_categories
            )
        return True


def _selected(rule: str, selectors: frozenset[str]) -> bool:
    return rule in selectors or any(fnmatch.fnmatchcase(rule, s) for s in selectors)


def parse_annotation(data: str) -> tuple[str, str, list[int]]:
    """LanguageTool's ``data`` parameter -> (plain text, original text, index mapping)."""
    try:
        parsed = safejson.loads(data)
    except safejson.TooDeep as exc:
        raise LtError(f"Error: 'data' is refused: {exc}") from None
    except json.JSONDecodeError as exc:
        raise LtError(f"Error: 'data' is not valid JSON: {exc.msg}") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise LtError('Error: \'data\' must be {"annotation": [{"text": ...}, {"markup": ...}]}')
    plain: list[str] = []
    original: list[str] = []
    mapping: list[int] = []
    size = 0
    for part in parts:
        if not isinstance(part, dict):
            raise LtError("Error: each annotation entry must be an object")
        if isinstance(part.get("text"), str):
            text = part["text"]
            mapping.extend(range(size, size + len(text)))
            plain.append(text)
            original.append(text)
            size += len(text)
        elif isinstance(part.get("markup"), str):
            interpret = part.get("interpretAs") or ""
            if not isinstance(interpret, str):
                raise LtError("Error: 'interpretAs' must be a string")
            mapping.extend([size] * len(interpret))
            plain.append(interpret)
            original.append(part["markup"])
            size += len(part["markup"])
        else:
            raise LtError("Error: each annotation entry needs 'text' or 'markup'")
    mapping.append(size)
    return "".join(plain), "".join(original), mapping


def parse_request(params: Mapping[str, str]) -> LtRequest:
    """From form or query parameters, as LanguageTool reads them."""
    language = (params.get("language") or "").strip()
    if not language:
        raise LtError("Error: Missing 'language' parameter, e.g. language=en-US or language=auto")
    text = params.get("text")
    data = params.get("data")
    if text is not None:
        plain, original, mapping = text, text, None
    elif data is not None:
        plain, original, mapping = parse_annotation(data)
    else:
        raise LtError("Error: Missing 'text' or 'data' parameter")
    for value in (plain, original):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise LtError("Error: the text contains an unpaired UTF-16 surrogate") from None
    request = LtRequest(
        plain=plain,
        original=original,
        mapping=mapping,
        language=language,
        preferred=[p for p in (params.get("preferredVariants") or "").split(",") if p.strip()],
        enabled_rules=_csv(params.get("enabledRules")),
        disabled_rules=_csv(params.get("disabledRules")),
        enabled_categories=_csv(params.get("enabledCategories")),
        disabled_categories=_csv(params.get("disabledCategories")),
        enabled_only=(params.get("enabledOnly") or "").lower() == "true",
        picky=(params.get("level") or "").lower() == "picky",
    )
    if request.enabled_only and not (request.enabled_rules or request.enabled_categories):
        raise LtError("Error: enabledOnly=true needs enabledRules or enabledCategories")
    return request


def resolve_language(request: LtRequest, known: list[str], default: str) -> tuple[str, float]:
    """(locale tag, confidence).

    ``auto`` detects the language as LanguageTool does, among the languages of the known
    locales, then takes the variant the client prefers (``preferredVariants``), else the
    server's default locale when it is of that language, else the language's own locale.
    When the text does not say clearly (too short, mixed), the first known preferred
    variant or the default locale is used, with confidence 0.5.
    """
    if request.language.lower() == "auto":
        preferred = []
        for variant in request.preferred:
            try:
                tag = loc.normalize(variant.strip())
            except ValueError:
                continue
            if tag in known:
                preferred.append(tag)
        found = langid.identify(request.plain, [loc.language(t) for t in known])
        if found is None:
            return (preferred[0] if preferred else default), 0.5
        language, confidence = found
        same = [t for t in [*preferred, default] if loc.language(t) == language]
        if same:
            return same[0], confidence
        if language in known:
            return language, confidence
        return next(t for t in known if loc.language(t) == language), confidence
    try:
        tag = loc.normalize(request.language)
    except ValueError:
        raise LtError(f"Error: '{request.language}' is not a language code") from None
    if tag not in known and loc.language(tag) not in known:
        raise LtError(
            f"Error: '{request.language}' is not a language chatwriter knows; "
            f"known: {', '.join(known)}"
        )
    return tag, 1.0


def languages(known: list[tuple[str, str]]) -> list[dict[str, str]]:
    """``GET /v2/languages``: name, code (language) and longCode (the locale)."""
    return [{"name": name, "code": loc.language(tag), "longCode": tag} for tag, name in known]


def _sentence(text: str, start: int, end: int) -> str:
    left = max((text.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def _context(text: str, start: int, end: int) -> dict[str, Any]:
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    snippet = prefix + text[left:right] + suffix
    offset = utf16_offset(snippet, len(prefix) + start - left)
    length = utf16_offset(text, end) - utf16_offset(text, start)
    return {"text": snippet.replace("\n", " "), "offset": offset, "length": length}


def match_json(
    request: LtRequest, finding: Finding, description: str, masker: Masker | None = None
) -> dict[str, Any]:
    """One match; ``masker`` masks personal data in the message, replacements and context
    (the offsets are those of the unmasked finding, as the client's text has them)."""
    o_start, o_end = request.to_original(finding.start, finding.end)
    offset = utf16_offset(request.original, o_start)
    issue = ISSUE_TYPES.get(finding.category, "uncategorized")
    type_name = {"misspelling": "UnknownWord", "style": "Hint"}.get(issue, "Other")
    original, plain = request.original, request.plain
    if masker:
        finding = masker.finding(finding)
        plain = masker.masked_text()
        spans = [request.to_original(s, e) for s, e in masker.spans]
        original = masker.string(mask_spans(original, spans))
    return {
        "message": finding.message,
        "shortMessage": CATEGORY_NAMES.get(finding.category, finding.category),
        "replacements": [
            {"value": s.text}
            for s in finding.suggestions
            if s.applicability is not Applicability.DISPLAY
        ],
        "offset": offset,
        "length": utf16_offset(request.original, o_end) - offset,
        "context": _context(original, o_start, o_end),
        "sentence": _sentence(plain, finding.start, finding.end),
        "type": {"typeName": type_name},
        "rule": {
            "id": finding.rule,
            "description": description,
            "issueType": issue,
            "category": {
                "id": category_id(finding.category),
                "name": CATEGORY_NAMES.get(finding.category, finding.category),
            },
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def response(
    request: LtRequest,
    tag: str,
    name: str,
    confidence: float,
    findings: list[Finding],
    descriptions: Mapping[str, str],
    incomplete: bool,
) -> dict[str, Any]:
    language = {"name": name, "code": tag}
    masker = Masker(request.plain, findings)
    return {
        "software": {
            "name": "chatwriter",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete},
        "language": {
            **language,
            "detectedLanguage": {**language, "confidence": confidence},
        },
        "matches": [
            match_json(request, f, descriptions.get(f.rule, f.rule), masker)
            for f in findings
            if request.keep(f)
        ],
    }


def rule_description(text: str) -> str:
    """First sentence of a rule's description, on one line; message placeholders become '…'."""
    line = " ".join(re.sub(r"\{\w+\}", "…", text).split())
    first = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    return first[:200]
