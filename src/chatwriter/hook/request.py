"""Reading a hook request: bytes to JSON, JSON checked against the request schema, and
a :class:`HookRequest` out, or a :class:`HookRequestError` saying what to send instead.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from chatwriter import safejson
from chatwriter.hook.schema import request_schema
from chatwriter.model import Message


class HookRequestError(ValueError):
    """A request that does not follow the schema; the message says what to send instead."""

    def __init__(self, message: str, kind: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.kind = kind  # "parse" (not JSON / not UTF-8) or "invalid" (wrong shape)


@dataclass(frozen=True, slots=True)
class HookRequest:
    message: Message
    fix: bool = False
    utf16: bool = False
    raw_id: str | int | None = None
    #: "formal" or "informal": convert the answer's text (with fix) or suggest it (without)
    register: str | None = None


_validator = None


def _request_validator():
    global _validator
    if _validator is None:
        from jsonschema import Draft202012Validator

        _validator = Draft202012Validator(request_schema())
    return _validator


def _describe(error) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    where = f"'{path.lstrip('.')}'" if path else "the request"
    v = error.validator
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where} is missing '{missing}'"
    if v == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown field '{key}' in {where}; {hint}allowed: {', '.join(allowed)}"
    if v == "type":
        wanted = error.validator_value
        words = " or ".join(wanted) if isinstance(wanted, list) else wanted
        words = words.replace("object", "a JSON object").replace("array", "a list")
        return f"{where} must be {words}, not {_json_type(error.instance)}"
    if v in ("enum", "const"):
        options = error.validator_value if v == "enum" else [error.validator_value]
        return f"{where} must be one of {', '.join(json.dumps(o) for o in options)}"
    if v == "minLength":
        return f"{where} must not be empty"
    return f"{where}: {error.message}"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "a JSON object"


def _check_surrogates(data: dict[str, Any]) -> None:
    texts = [("text", data.get("text"))]
    texts += [
        (f"conversation[{i}].text", t.get("text"))
        for i, t in enumerate(data.get("conversation", []))
    ]
    for where, text in texts:
        if isinstance(text, str):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise HookRequestError(
                    f"'{where}' contains an unpaired UTF-16 surrogate at index {exc.start}; "
                    "send valid Unicode text"
                ) from None


def parse_request(data: Any, *, utf16: bool = False) -> HookRequest:
    """Validate a decoded JSON value against the request schema."""
    if not isinstance(data, dict):
        raise HookRequestError(
            f"the request must be a JSON object with 'text' and 'locale', not {_json_type(data)}"
        )
    errors = sorted(_request_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise HookRequestError("; ".join(_describe(e) for e in errors[:5]))
    _check_surrogates(data)
    message = Message.from_dict(data)
    offsets = data.get("offsets")
    return HookRequest(
        message=message,
        fix=bool(data.get("fix", False)),
        utf16=(offsets == "utf16") if offsets else utf16,
        raw_id=data.get("id"),
        register=data.get("register"),
    )


def partial_request(data: Any) -> HookRequest | None:
    """Best effort, without validation: enough of a request to answer a timeout."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    locale = data.get("locale")
    ident = data.get("id")
    return HookRequest(
        message=Message(text=data["text"], locale=locale if isinstance(locale, str) else None),
        raw_id=ident if isinstance(ident, (str, int)) and not isinstance(ident, bool) else None,
    )


def decode_json(raw: bytes, what: str = "the body") -> Any:
    """Bytes to JSON value, with a clear error for non-UTF-8 and malformed JSON."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HookRequestError(
            f"{what} is not valid UTF-8 (bad byte at offset {exc.start}); send UTF-8 JSON",
            "parse",
        ) from None
    if not text.strip():
        raise HookRequestError(f"{what} is empty; send one JSON object", "parse")
    try:
        return safejson.loads(text)
    except safejson.TooDeep as exc:
        raise HookRequestError(
            f"{what} is refused: {exc}; send a flatter request", "parse"
        ) from None
    except json.JSONDecodeError as exc:
        raise HookRequestError(
            f"{what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            "parse",
        ) from None


def parse_request_bytes(raw: bytes, *, utf16: bool = False) -> HookRequest:
    return parse_request(decode_json(raw), utf16=utf16)
