"""Typed options of a rule kind: one frozen dataclass per kind, the single source of truth.

A kind declares the YAML fields of its rules as a dataclass whose fields are made with
:func:`option`: each carries its JSON-Schema fragment, its description and its default.
From that one declaration come

- the kind's ``properties`` and ``required`` (``Kind.__init_subclass__`` sets them), from
  which ``guide/schema.py`` builds the guide schema and the generated docs, with each
  default shown as the schema's ``default``;
- a typed, frozen instance built from a rule's fields: ``Kind.__init__`` sets
  ``self.options = options_class.from_fields(spec.fields)``.

Types are checked by the guide schema, which reports a wrong value at ``file:line:col``
before any kind is built; ``from_fields`` does not convert values, it only fills in
defaults, and refuses a key the class does not declare or a missing required one (the
schema refuses them too; the built-in guides skip the schema at start-up, so this is
their safety net). An option whose default depends on the rule's other options or on
the locale (``grammar.skip_capitalized``, ``language.min_confidence``) has ``None`` as
its default, says so in its description, and the kind resolves it.

The standard library's dataclasses rather than pydantic: the schema stays the one
validator (its errors are the ones users see, positioned in the YAML), kinds compile
at start-up where an import and a model per kind would cost time, and nothing new is
installed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

from chatwriter.rules.base import RuleError

#: ``field.metadata`` keys.
SCHEMA = "chatwriter.schema"
DESCRIPTION = "chatwriter.description"

_MISSING: Any = dataclasses.MISSING
_T = TypeVar("_T", bound="Options")


def option(
    schema: Mapping[str, Any],
    description: str | None = None,
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] = _MISSING,
) -> Any:
    """One option of a kind: its JSON-Schema fragment, description and default.

    ``description`` may be left out when ``schema`` has one (the shared fragments of
    ``rules/base.py``). Without ``default`` or ``default_factory`` the option is
    required. A default of ``None`` means "not set" and is not written into the schema.
    Options are keyword-only, so a kind's options may extend another kind's
    (``greeting-name`` adds ``greetings`` to the options of ``names``).
    """
    fragment = dict(schema)
    text = fragment.pop("description", None)
    if description is not None:
        text = description
    if not text:
        raise TypeError("an option needs a description (the schema and rule reference show it)")
    if "default" in fragment:
        raise TypeError("give an option's default as default=..., not in its schema fragment")
    return dataclasses.field(
        default=default,
        default_factory=default_factory,
        kw_only=True,
        metadata={SCHEMA: fragment, DESCRIPTION: text},
    )


def json_value(value: Any) -> Any:
    """A default as JSON writes it: tuples become lists, mappings plain dicts."""
    if isinstance(value, (tuple, list, frozenset)):
        items = sorted(value) if isinstance(value, frozenset) else value
        return [json_value(v) for v in items]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def default_of(f: dataclasses.Field) -> Any:
    """The field's default (calling its factory), or ``MISSING`` for a required option."""
    if f.default is not _MISSING:
        return f.default
    if f.default_factory is not _MISSING:
        return f.default_factory()
    return _MISSING


@dataclasses.dataclass(frozen=True)
class Options:
    """Base class of a kind's options; subclass it as a frozen dataclass of :func:`option` s."""

    @classmethod
    def json_properties(cls) -> dict[str, dict[str, Any]]:
        """The JSON-Schema ``properties`` of the options, defaults included."""
        out: dict[str, dict[str, Any]] = {}
        for f in _option_fields(cls):
            prop = {**f.metadata[SCHEMA], "description": f.metadata[DESCRIPTION]}
            default = default_of(f)
            if default is not _MISSING and default is not None:
                prop["default"] = json_value(default)
            out[f.name] = prop
        return out

    @classmethod
    def json_required(cls) -> tuple[str, ...]:
        """Names of the options a rule must give."""
        return tuple(f.name for f in _option_fields(cls) if default_of(f) is _MISSING)

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        """Each optional option's default, as the dataclass holds it."""
        return {f.name: d for f in _option_fields(cls) if (d := default_of(f)) is not _MISSING}

    @classmethod
    def from_fields(cls: type[_T], fields: Mapping[str, Any]) -> _T:
        """The options of one rule: its YAML fields (checked by the schema) and defaults.

        Raises ``RuleError`` for a field the kind does not have or a required one that is
        missing, so a rule built by code, or a built-in guide read without the schema,
        cannot silently lose an option.
        """
        names, required = _names(cls)
        for key in fields:
            if key not in names:
                listing = ", ".join(sorted(names)) or "none"
                raise RuleError(key, f"unknown key '{key}'; allowed keys: {listing}", key=True)
        for name in required:
            if name not in fields:
                raise RuleError(name, f"the rule is missing '{name}'; add '{name}: ...'")
        return cls(**fields)


@cache
def _option_fields(cls: type[Options]) -> tuple[dataclasses.Field, ...]:
    params = cls.__dict__.get("__dataclass_params__")
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__} must be decorated with @dataclass(frozen=True)")
    found = dataclasses.fields(cls)
    for f in found:
        if SCHEMA not in f.metadata:
            raise TypeError(f"{cls.__name__}.{f.name}: declare it with option(...)")
    return found


@cache
def _names(cls: type[Options]) -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(f.name for f in _option_fields(cls)), cls.json_required()
