"""The hook's request and response, as JSON Schemas: the one source for the docs
(``tools/gen_rule_docs.py`` writes ``docs/schema/hook-*.schema.json``), for request
validation (:mod:`chatwriter.hook.request`) and for the OpenAPI document.
"""

from __future__ import annotations

from typing import Any

from chatwriter.model import APPLICABILITIES, CATEGORIES, SEVERITIES
from chatwriter.policy import DECISIONS
from chatwriter.register.model import FORMAL, INFORMAL

#: Version of the request and response shapes; bumped only on incompatible changes.
HOOK_VERSION = 1
DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: ``status`` of an answer: the check ran in full, or why it did not.
COMPLETE = "complete"
PARTIAL = "partial"  # some rules could not run (LanguageTool down, a company regex timed out)
TOO_LONG = "too_long"  # over policy.max_chars: only personal data was checked
TIMED_OUT = "timed_out"  # the time limit came first: personal data found so far decides
FAILED = "failed"  # the check failed (or the request could not be read)
STATUSES = (COMPLETE, PARTIAL, TOO_LONG, TIMED_OUT, FAILED)

#: The values of a request's ``register`` (hook and rewrite): the form of address to
#: convert the reply to (docs/register.md, "Converting a reply").
REGISTERS = (FORMAL, INFORMAL)


# -- schemas (the one source for docs, validation and OpenAPI) ------------------------------
def finding_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "rule",
            "category",
            "severity",
            "message",
            "start",
            "end",
            "line",
            "column",
            "match",
            "suggestions",
            "action",
        ],
        "properties": {
            "rule": {"type": "string", "description": "rule id, e.g. en.tone.blame"},
            "category": {"enum": list(CATEGORIES)},
            "severity": {"enum": list(SEVERITIES)},
            "message": {"type": "string"},
            "start": {
                "type": "integer",
                "minimum": 0,
                "description": "offset into the response's text (code points, or UTF-16 "
                "code units when the request asked for offsets: utf16)",
            },
            "end": {"type": "integer", "minimum": 0},
            "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1},
            "match": {
                "type": "string",
                "description": "the flagged text; characters that are personal data "
                "(what a pii finding covers) are masked with '*'",
            },
            "suggestions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["text", "applicability"],
                    "properties": {
                        "text": {"type": "string"},
                        "applicability": {"enum": list(APPLICABILITIES)},
                    },
                },
            },
            "action": {
                "enum": list(DECISIONS),
                "description": "what the policy makes of this finding",
            },
        },
    }


def register_field() -> dict[str, Any]:
    """The ``register`` field of a hook or rewrite request."""
    return {
        "enum": list(REGISTERS),
        "description": "convert the reply to this form of address (du -> Sie, tu -> vous...); "
        "locales without one (en) are left as they are",
    }


def conversion_schema() -> dict[str, Any]:
    """A register conversion as the hook and rewrite answers carry it."""
    offset = "offset into this object's text (code points, or UTF-16 code units when the "
    offset += "request asked for offsets: utf16)"
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["to", "text", "changed", "remarks"],
        "properties": {
            "to": {"enum": list(REGISTERS), "description": "the register converted to"},
            "text": {
                "type": "string",
                "description": "the converted text: with fix, the answer's text; without, the "
                "draft converted, as a suggestion. On block, personal data is masked",
            },
            "changed": {"type": "boolean", "description": "the conversion changed a word"},
            "remarks": {
                "type": "array",
                "description": "words to show the agent, in text order: left alone in the "
                "old register (the conversion was unsure), or changed with a note",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["start", "end", "text", "kind", "reason", "left"],
                    "properties": {
                        "start": {"type": "integer", "minimum": 0, "description": offset},
                        "end": {"type": "integer", "minimum": 0},
                        "text": {"type": "string", "description": "the words at start:end"},
                        "kind": {
                            "type": "string",
                            "description": "why: plural, gender, third-person, first-person, "
                            "unknown-verb, ambiguous-verb, imperative-or-statement, "
                            "unconverted, ...",
                        },
                        "reason": {"type": "string", "description": "the same, for a person"},
                        "left": {
                            "type": "boolean",
                            "description": "true: left as it was, convert it by hand; false: "
                            "converted, and the note says what was chosen",
                        },
                    },
                },
            },
        },
    }


def request_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"urn:chatwriter:hook-request:v{HOOK_VERSION}",
        "title": f"chatwriter pre-send hook request, version {HOOK_VERSION}",
        "description": "One draft reply to check before it is sent (docs/hook.md).",
        "type": "object",
        "required": ["text", "locale"],
        "additionalProperties": False,
        "properties": {
            "v": {"const": HOOK_VERSION, "description": "schema version; optional"},
            "text": {"type": "string", "description": "the draft as the agent wrote it"},
            "locale": {
                "type": "string",
                "minLength": 1,
                "description": "BCP-47 tag of the reply, e.g. en-GB",
            },
            "id": {
                "type": ["string", "integer"],
                "description": "caller's message id, echoed back",
            },
            "author": {"type": "string", "description": "who wrote the draft (never logged)"},
            "conversation": {
                "type": "array",
                "description": "earlier turns, oldest first",
                "items": {
                    "type": "object",
                    "required": ["role", "text"],
                    "additionalProperties": False,
                    "properties": {
                        "role": {
                            "type": "string",
                            "description": "agent, customer, ... (agent turns count for "
                            "consistency rules)",
                        },
                        "text": {"type": "string"},
                    },
                },
            },
            "fix": {
                "type": "boolean",
                "default": False,
                "description": "apply safe rewrites and answer the rewritten text",
            },
            "offsets": {
                "enum": ["str", "utf16"],
                "default": "str",
                "description": "offsets in findings: code points, or UTF-16 code units "
                "for JavaScript callers",
            },
            "register": {
                **register_field(),
                "description": "convert to this form of address: with fix, the answer's "
                "text is converted; without, the answer's register.text suggests it. The "
                "decision is made on the draft (after safe fixes, with fix), not on the "
                "conversion",
            },
        },
    }


def response_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"urn:chatwriter:hook-response:v{HOOK_VERSION}",
        "title": f"chatwriter pre-send hook response, version {HOOK_VERSION}",
        "description": "The decision on one draft (docs/hook.md).",
        "type": "object",
        "required": [
            "v",
            "decision",
            "text",
            "changed",
            "reason",
            "findings",
            "incomplete",
            "status",
            "elapsed_ms",
        ],
        "additionalProperties": False,
        "properties": {
            "v": {"const": HOOK_VERSION},
            "decision": {
                "enum": list(DECISIONS),
                "description": "allow: send; warn: send, show the reason; block: do not send",
            },
            "text": {
                "type": "string",
                "description": "the text to send: rewritten when fixes were applied; on "
                "block, the draft with its personal data masked",
            },
            "changed": {"type": "boolean", "description": "text differs from the request's"},
            "reason": {
                "type": "string",
                "description": "one line for the agent; never contains personal data",
            },
            "findings": {
                "type": "array",
                "items": {"$ref": "#/$defs/finding"},
                "description": "findings in the returned text, sorted by position",
            },
            "incomplete": {
                "type": "boolean",
                "description": "the check did not run in full (status is not complete); "
                "personal data found so far still blocks, otherwise policy.on_failure decides",
            },
            "status": {
                "enum": list(STATUSES),
                "description": "complete; partial: some rules could not run (LanguageTool "
                "down or slow); too_long: over policy.max_chars, only personal data was "
                "checked; timed_out: the time limit came first; failed: the check failed",
            },
            "elapsed_ms": {"type": "number", "minimum": 0},
            "id": {"type": ["string", "integer", "null"], "description": "the request's id"},
            "locale": {"type": "string", "description": "the locale that was checked"},
            "register": {
                "$ref": "#/$defs/conversion",
                "description": "the conversion the request asked for (absent when the "
                "check did not finish: status too_long, timed_out or failed)",
            },
        },
        "$defs": {"finding": finding_schema(), "conversion": conversion_schema()},
    }


SCHEMAS = {"hook-request": request_schema, "hook-response": response_schema}
