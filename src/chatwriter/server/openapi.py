"""The OpenAPI 3.1 document of the HTTP service, built from the hook's JSON Schemas.

OpenAPI 3.1 speaks JSON Schema 2020-12, so the request and response schemas of
``chatwriter.hook`` are used as they are; only their ``$defs`` move to
``components/schemas``.
"""

from __future__ import annotations

import copy
from typing import Any

from chatwriter import __version__
from chatwriter.hook import finding_schema, request_schema, response_schema
from chatwriter.hook.schema import conversion_schema, register_field

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def _component(schema: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(schema)
    for key in ("$schema", "$id", "$defs"):
        out.pop(key, None)
    return _reref(out)


#: The hook schemas' ``$defs``, by their name under ``components/schemas``.
_DEFS = {"#/$defs/finding": "Finding", "#/$defs/conversion": "Conversion"}


def _reref(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (f"#/components/schemas/{_DEFS[v]}" if k == "$ref" else _reref(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_reref(v) for v in node]
    return node


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def _errors(*codes: int) -> dict[str, Any]:
    words = {
        400: "not JSON, not UTF-8, or not an object",
        401: "missing or wrong bearer token",
        408: "the body did not arrive in time",
        404: "no such rule (the message names close ones)",
        413: "body over the size limit",
        422: "valid JSON of the wrong shape, or an unknown locale",
        503: "the check did not finish in time",
    }
    return {str(c): {"description": words[c], "content": _json("Error")} for c in codes}


def document() -> dict[str, Any]:
    report = {
        "type": "object",
        "required": ["locale", "findings", "fixed", "incomplete", "elapsed_ms"],
        "properties": {
            "id": {"type": ["string", "integer", "null"]},
            "locale": {"type": "string"},
            "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
            "fixed": {"type": "string", "description": "the text after safe fixes"},
            "incomplete": {"type": "boolean"},
            "elapsed_ms": {"type": "number"},
            "skipped": {"type": "array", "items": {"type": "string"}},
        },
    }
    finding = _component(finding_schema())
    finding["properties"] = {k: v for k, v in finding["properties"].items() if k != "action"}
    finding["required"] = [k for k in finding["required"] if k != "action"]
    hook_finding = _component(finding_schema())
    response = _component(response_schema())
    response["properties"]["findings"]["items"] = {"$ref": "#/components/schemas/HookFinding"}
    rewrite_request = {
        "type": "object",
        "required": ["text", "locale"],
        "additionalProperties": False,
        "properties": {
            "text": {"type": "string"},
            "locale": {"type": "string", "minLength": 1},
            "unsafe": {"type": "boolean", "default": False},
            "register": {
                **register_field(),
                "description": "convert to this form of address after the safe fixes; "
                "locales without one (en) come back as they are",
            },
        },
    }
    rewrite_response = {
        "type": "object",
        "required": ["text", "changed"],
        "additionalProperties": False,
        "properties": {
            "text": {"type": "string", "description": "the rewritten (and converted) text"},
            "changed": {"type": "boolean", "description": "text differs from the request's"},
            "register": {
                "$ref": "#/components/schemas/Conversion",
                "description": "with register: the conversion, its remarks into text",
            },
        },
    }
    lt_form = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "data": {"type": "string", "description": "LanguageTool annotated text (JSON)"},
            "language": {"type": "string", "description": "e.g. en-GB, or auto"},
            "preferredVariants": {"type": "string"},
            "enabledRules": {"type": "string"},
            "disabledRules": {"type": "string"},
            "enabledCategories": {"type": "string"},
            "disabledCategories": {"type": "string"},
            "enabledOnly": {"type": "string", "enum": ["true", "false"]},
            "level": {"type": "string", "enum": ["default", "picky"]},
            "apiKey": {"type": "string", "description": "the bearer token, for LT clients"},
        },
        "required": ["language"],
    }
    secured = [{"bearer": []}, {}]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "chatwriter",
            "version": __version__,
            "description": "Pre-send hook and checks for chat replies (docs/hook.md).",
        },
        "paths": {
            "/v1/hook": {
                "post": {
                    "summary": "Decide on one draft: allow, warn or block",
                    "security": secured,
                    "requestBody": {"required": True, "content": _json("HookRequest")},
                    "responses": {
                        "200": {
                            "description": "the decision (a block is a 200 too)",
                            "content": _json("HookResponse"),
                        },
                        **_errors(400, 401, 408, 413, 422),
                    },
                }
            },
            "/v1/check": {
                "post": {
                    "summary": "Findings of one draft, and its safe rewrite",
                    "security": secured,
                    "requestBody": {"required": True, "content": _json("HookRequest")},
                    "responses": {
                        "200": {"description": "the report", "content": _json("Report")},
                        **_errors(400, 401, 408, 413, 422, 503),
                    },
                }
            },
            "/v1/rewrite": {
                "post": {
                    "summary": "Apply safe (and with unsafe: true, unsafe) suggestions, "
                    "then convert to a register when one is given",
                    "security": secured,
                    "requestBody": {"required": True, "content": _json("RewriteRequest")},
                    "responses": {
                        "200": {
                            "description": "the rewritten text",
                            "content": _json("RewriteResponse"),
                        },
                        **_errors(400, 401, 408, 413, 422, 503),
                    },
                }
            },
            "/v1/rules": {
                "get": {
                    "summary": "The rules of a locale",
                    "security": secured,
                    "parameters": [{"name": "locale", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "rules with kind, category, severity, status"},
                        **_errors(401, 422),
                    },
                }
            },
            "/v1/rules/{rule_id}": {
                "get": {
                    "summary": "Why a rule exists: description, severity, examples, locales",
                    "security": secured,
                    "parameters": [
                        {
                            "name": "rule_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "locale", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {"description": "the rule's explanation, as chatwriter explain"},
                        **_errors(401, 404),
                    },
                }
            },
            "/v1/locales": {
                "get": {
                    "summary": "The built-in locales",
                    "security": secured,
                    "responses": {"200": {"description": "locale tags and names"}},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness: the rules are loaded",
                    "responses": {"200": {"description": "ok"}},
                }
            },
            "/v2/check": {
                "post": {
                    "summary": "LanguageTool-compatible check (UTF-16 offsets)",
                    "security": secured,
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-www-form-urlencoded": {"schema": lt_form}},
                    },
                    "responses": {
                        "200": {"description": "LanguageTool's CheckResults shape"},
                        "400": {"description": "LanguageTool-style plain-text error"},
                    },
                }
            },
            "/v2/languages": {
                "get": {
                    "summary": "LanguageTool-compatible language list",
                    "responses": {"200": {"description": "[{name, code, longCode}]"}},
                }
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "HookRequest": _component(request_schema()),
                "HookResponse": response,
                "HookFinding": hook_finding,
                "Finding": finding,
                "Report": report,
                "RewriteRequest": rewrite_request,
                "RewriteResponse": rewrite_response,
                "Conversion": _component(conversion_schema()),
                "Error": _ERROR,
            },
        },
    }
