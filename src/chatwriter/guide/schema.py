"""JSON Schemas for guide files, locale files and the company config.

Built from the rule kinds' own ``properties`` so the schema can never drift from the
code: ``chatwriter schema`` prints these, and the loader validates with them.
"""

from __future__ import annotations

from typing import Any

# The vocabulary lives in chatwriter.model and the policy in chatwriter.policy; both names
# stay importable from here.
from chatwriter.model import CATEGORIES, SEVERITIES
from chatwriter.policy import policy_schema
from chatwriter.rules import kind_registry
from chatwriter.rules.base import STRING_LIST, Kind

DRAFT = "https://json-schema.org/draft/2020-12/schema"

GUIDE_NAME = r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$"
RULE_ID = r"^[a-z0-9][a-z0-9_-]*$"

EXAMPLES = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "bad": {**STRING_LIST, "description": "drafts that must produce a finding of this rule"},
        "good": {**STRING_LIST, "description": "drafts that must produce none"},
        "fixed": {
            **STRING_LIST,
            "description": "for each bad draft, the text after this rule's safe fixes",
        },
        "context": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["role", "text"],
                "additionalProperties": False,
                "properties": {"role": {"type": "string"}, "text": {"type": "string"}},
            },
            "description": "earlier turns of the conversation every example is linted with",
        },
    },
}

COMMON_RULE_PROPERTIES: dict[str, Any] = {
    "id": {"type": "string", "pattern": RULE_ID, "description": "stable id, unique in the guide"},
    "kind": {"type": "string"},
    "category": {"enum": list(CATEGORIES)},
    "severity": {"enum": list(SEVERITIES), "default": "warning"},
    "message": {
        "type": "string",
        "minLength": 1,
        "description": "what the agent reads; {match} is the flagged text",
    },
    "description": {"type": "string", "description": "why the rule exists (rule reference)"},
    "examples": EXAMPLES,
}
COMMON_REQUIRED = ("id", "kind", "category", "message")

SEVERITY_MAP = {
    "type": "object",
    "additionalProperties": {"enum": list(SEVERITIES)},
    "description": "rule id, glob (en.tone.*) or category:NAME -> severity",
}
SELECTORS = {
    "type": "array",
    "items": {"type": "string", "minLength": 1},
    "description": "rule ids, globs (en.tone.*) or category:NAME",
}
SETTINGS = {
    "type": "object",
    "additionalProperties": {"type": ["string", "number", "boolean"]},
    "description": "locale parameters rules can use (emoji_limit, formality, date_order, ...)",
}


LANGUAGETOOL = {
    "type": "object",
    "additionalProperties": False,
    "description": "a LanguageTool server for the grammar rules (docs/grammar.md)",
    "properties": {
        "url": {
            "type": "string",
            "pattern": "^https?://[^/\\s]+",
            "description": "base URL, e.g. http://127.0.0.1:8081 (overridden by "
            "--languagetool-url and CHATWRITER_LANGUAGETOOL_URL)",
        },
        "timeout_ms": {
            "type": "integer",
            "minimum": 100,
            "maximum": 120000,
            "default": 5000,
            "description": "time limit per request; past it grammar is skipped for the message",
        },
        "disabled_rules": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "description": "LanguageTool rule ids to ignore, e.g. EN_QUOTES",
        },
        "mask_personal_data": {
            "type": "boolean",
            "default": True,
            "description": "replace personal data (what the pii rules find) with 0 and x "
            "before the text is sent to LanguageTool",
        },
    },
}


def rule_schema(kind: str, kind_properties: dict[str, Any], required: tuple[str, ...]) -> dict:
    props = {**COMMON_RULE_PROPERTIES, "kind": {"const": kind}, **kind_properties}
    return {
        "type": "object",
        "title": f"{kind} rule",
        "properties": props,
        "required": list(dict.fromkeys((*COMMON_REQUIRED, *required))),
        "additionalProperties": False,
    }


def kind_schemas(registry: dict[str, type[Kind]] | None = None) -> dict[str, dict]:
    registry = kind_registry() if registry is None else registry
    return {
        name: rule_schema(name, kind.properties, kind.required)
        for name, kind in sorted(registry.items())
    }


def guide_schema(registry: dict[str, type[Kind]] | None = None) -> dict[str, Any]:
    kinds = kind_schemas(registry)
    return {
        "$schema": DRAFT,
        "$id": "urn:chatwriter:guide",
        "title": "chatwriter guide",
        "description": "A YAML guide: a named list of rules (see docs/guides.md).",
        "type": "object",
        "required": ["guide", "rules"],
        "additionalProperties": False,
        "properties": {
            "guide": {
                "type": "string",
                "pattern": GUIDE_NAME,
                "description": "name, matching the path: rules/en/tone.yaml is en.tone",
            },
            "description": {"type": "string"},
            "source": {
                "type": "string",
                "description": "where the facts come from, with their licence",
            },
            "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
        },
        "$defs": {
            "rule": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"enum": sorted(kinds)}},
                "allOf": [
                    {
                        "if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
                        "then": {"$ref": f"#/$defs/{name}"},
                    }
                    for name in sorted(kinds)
                ],
            },
            **kinds,
        },
    }


def locale_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": "urn:chatwriter:locale",
        "title": "chatwriter locale file",
        "type": "object",
        "required": ["locale"],
        "additionalProperties": False,
        "properties": {
            "locale": {"type": "string", "description": "BCP-47 tag, or 'common'"},
            "name": {"type": "string", "description": "human name, e.g. English (United States)"},
            "language": {"type": "string", "description": "spaCy language code (default: tag's)"},
            "guides": {
                "type": "array",
                "items": {"type": "string", "pattern": GUIDE_NAME},
                "description": "built-in guides this locale adds to its parent's",
            },
            "settings": SETTINGS,
            "severity": SEVERITY_MAP,
            "disable": SELECTORS,
        },
    }


def config_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": "urn:chatwriter:config",
        "title": "chatwriter company config (.chatwriter.yaml)",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "locale": {"type": "string", "description": "default locale when none is given"},
            "guides": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "description": "extra guide files, relative to this config file",
            },
            "terminology": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "description": "terms (brand names) that must be written exactly like this",
            },
            "disable": SELECTORS,
            "severity": SEVERITY_MAP,
            "settings": SETTINGS,
            "policy": policy_schema(),
            "languagetool": LANGUAGETOOL,
            "nlp": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "pipelines": {
                        "type": "object",
                        "additionalProperties": {"type": "string"},
                        "description": "language -> installed spaCy pipeline package",
                    }
                },
            },
        },
    }


SCHEMAS = {"guide": guide_schema, "locale": locale_schema, "config": config_schema}
