"""Schema validation that speaks like a style-sheet editor, not like jsonschema.

Every error is turned into ``file:line:column: what is wrong; what to write instead``
and all errors of a file are collected before anything is reported.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema is imported only when something is validated (cold start)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from chatwriter.errors import Problem
from chatwriter.guide.yamlpos import Located

_TYPE_WORDS = {
    "string": "text",
    "array": "a list",
    "object": "a mapping of key: value",
    "boolean": "true or false",
    "integer": "a whole number",
    "number": "a number",
}


def _where(path: tuple) -> str:
    if not path:
        return "the file"
    parts = []
    for p in path:
        parts.append(f"[{p}]" if isinstance(p, int) else (f".{p}" if parts else str(p)))
    return "".join(parts)


def _close(word: str, options: list[str]) -> str:
    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'? " if match else ""


def describe(error: ValidationError) -> tuple[tuple, str, bool]:
    """(path, message, is_about_a_key) for one jsonschema error."""
    path = tuple(error.absolute_path)
    where = _where(path)
    validator = error.validator
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        hint = _close(key, allowed)
        listing = ", ".join(allowed) if allowed else "none"
        return (
            (*path, key),
            f"unknown key '{key}' in {where}; {hint}allowed keys: {listing}",
            True,
        )
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return path, f"{where} is missing '{missing}'; add '{missing}: ...'", False
    if validator in ("enum", "const"):
        options = error.validator_value if validator == "enum" else [error.validator_value]
        value = error.instance
        hint = _close(str(value), [str(o) for o in options]) if isinstance(value, str) else ""
        listing = ", ".join(str(o) for o in options)
        return path, f"{where}: '{value}' is not allowed; {hint}write one of: {listing}", False
    if validator == "type":
        wanted = error.validator_value
        wanted_list = wanted if isinstance(wanted, list) else [wanted]
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted_list)
        got = type(error.instance).__name__.replace("NoneType", "nothing").replace("str", "text")
        got = got.replace("dict", "a mapping").replace("list", "a list")
        hint = ""
        if isinstance(error.instance, bool) and "string" in wanted_list:
            hint = "; put it in quotes: YAML reads yes/no/on/off/true/false as true or false"
        elif error.instance is None and "string" in wanted_list:
            hint = (
                "; the value is empty or null, write the text (quoted if it starts with a symbol)"
            )
        return path, f"{where} must be {words}, not {got}{hint}", False
    if validator == "oneOf":
        return path, f"{where} must be text or a list of text", False
    if validator == "pattern":
        return (
            path,
            f"{where}: '{error.instance}' has the wrong form; use lower-case letters, digits, "
            f"'-' and '_' (pattern {error.validator_value})",
            False,
        )
    if validator in ("minItems", "minProperties"):
        return path, f"{where} must not be empty", False
    if validator == "minLength":
        return path, f"{where} must not be empty text", False
    if validator == "minimum":
        return path, f"{where} must be at least {error.validator_value}", False
    return path, f"{where}: {error.message}", False


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema)


def validate(located: Located, schema: dict[str, Any] | Draft202012Validator) -> list[Problem]:
    validator = validator_for(schema) if isinstance(schema, dict) else schema
    problems: list[Problem] = []
    errors = sorted(
        validator.iter_errors(located.data), key=lambda e: [str(p) for p in e.absolute_path]
    )
    for error in errors:
        if error.validator in ("allOf", "if", "then"):
            continue
        path, message, on_key = describe(error)
        problems.append(located.problem(path, message, key=on_key))
    return problems


def validate_each(located: Located, path: tuple, validator: Draft202012Validator) -> list[Problem]:
    """Validate a sub-document (one rule) and report with full paths."""
    instance = located.data
    for p in path:
        instance = instance[p]
    problems = []
    errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.path])
    for error in errors:
        error.path.extendleft(reversed(path))
        sub_path, message, on_key = describe(error)
        problems.append(located.problem(sub_path, message, key=on_key))
    return problems
