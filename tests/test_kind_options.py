"""Typed kind options (rules/options.py): each kind's dataclass, schema and defaults agree."""

from __future__ import annotations

import dataclasses
import re
from contextlib import nullcontext
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from chatwriter.cli import main
from chatwriter.model import Severity
from chatwriter.rules import BUILTIN_KINDS
from chatwriter.rules.base import CompileEnv, Kind, RuleError, RuleSpec
from chatwriter.rules.options import DESCRIPTION, SCHEMA, Options, json_value, option
from chatwriter.rules.phrase import PhraseKind, PhraseOptions

KINDS = pytest.mark.parametrize("kind", BUILTIN_KINDS, ids=[k.name for k in BUILTIN_KINDS])
MISSING = dataclasses.MISSING


def _default(f: dataclasses.Field):
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return MISSING


@KINDS
def test_every_builtin_kind_declares_a_frozen_options_dataclass(kind: type[Kind]) -> None:
    cls = kind.options_class
    assert cls is not None and issubclass(cls, Options), kind.name
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    assert "options_class" in kind.__dict__, f"{kind.name} must declare its own options_class"


@KINDS
def test_schema_properties_are_the_options_fields(kind: type[Kind]) -> None:
    cls = kind.options_class
    assert cls is not None
    fields = dataclasses.fields(cls)
    assert list(kind.properties) == [f.name for f in fields]
    assert kind.required == tuple(f.name for f in fields if _default(f) is MISSING)
    for f in fields:
        prop = kind.properties[f.name]
        assert prop["description"] == f.metadata[DESCRIPTION] != ""
        assert {k: v for k, v in prop.items() if k not in ("description", "default")} == (
            f.metadata[SCHEMA]
        )


@KINDS
def test_every_default_is_valid_against_its_own_schema(kind: type[Kind]) -> None:
    cls = kind.options_class
    assert cls is not None
    for f in dataclasses.fields(cls):
        default = _default(f)
        prop = kind.properties[f.name]
        if default is MISSING or default is None:
            # required, or resolved by the kind (the description says how)
            assert "default" not in prop, f"{kind.name}.{f.name}"
            continue
        assert prop["default"] == json_value(default), f"{kind.name}.{f.name}"
        errors = list(Draft202012Validator(f.metadata[SCHEMA]).iter_errors(prop["default"]))
        assert not errors, f"{kind.name}.{f.name}: {errors[0].message}"
        assert cls.defaults()[f.name] == default


@KINDS
def test_options_from_no_fields_but_the_required_ones_are_the_defaults(kind: type[Kind]) -> None:
    cls = kind.options_class
    assert cls is not None
    with pytest.raises(RuleError) if kind.required else nullcontext():
        cls.from_fields({})
    given = {name: object() for name in kind.required}
    built = cls.from_fields(given)
    for name, value in cls.defaults().items():
        assert getattr(built, name) == value
    for name, value in given.items():
        assert getattr(built, name) is value


def test_kinds_read_their_options_not_the_raw_fields() -> None:
    """Defaults live only in the dataclasses: no kind reads ``spec.fields`` itself."""
    rules = Path(__file__).resolve().parents[1] / "src" / "chatwriter" / "rules"
    readers = {
        path.name
        for path in rules.glob("*.py")
        if path.name not in {"base.py", "options.py"}
        and re.search(r"\bspec\.fields\b|\bfields\.get\(|\bfields\[", path.read_text("utf-8"))
    }
    assert not readers


def _spec(**fields: object) -> RuleSpec:
    return RuleSpec(
        id="acme.x.r",
        kind="phrase",
        category="tone",
        severity=Severity.WARNING,
        message="Avoid '{match}'.",
        fields=dict(fields),
        guide="acme.x",
    )


def test_a_rule_gets_typed_frozen_options() -> None:
    rule = PhraseKind(_spec(phrases=["sorry"], window=5), CompileEnv(nlp=spacy.blank("en")))
    assert isinstance(rule.options, PhraseOptions)
    assert rule.options.window == 5
    assert rule.options.case_sensitive is False
    assert rule.options.applicability == "unsafe"
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.options.window = 2  # type: ignore[misc]


def test_unknown_or_missing_fields_are_rule_errors_without_the_schema() -> None:
    """A rule built by code, or a built-in guide read without the schema, is still checked."""
    env = CompileEnv(nlp=spacy.blank("en"))
    with pytest.raises(RuleError) as caught:
        PhraseKind(_spec(phrases=["sorry"], windw=5), env)
    assert caught.value.field == ("windw",) and caught.value.key
    assert "allowed keys" in caught.value.message and "window" in caught.value.message
    with pytest.raises(RuleError) as caught:
        PhraseKind(_spec(window=5), env)
    assert caught.value.field == ("phrases",)


GUIDE = """\
guide: acme.tone
rules:
  - id: no-sorry
    kind: phrase
    category: tone
    message: "Avoid '{match}'."
    phrases: [sorry]
    window: three
  - id: caps
    kind: metric
    category: tone
    message: "Too many capitals."
    metric: caps-ratio
    max: 0.5
    min_letters: 1.5
"""


def test_an_option_of_the_wrong_type_is_reported_at_file_line_col(tmp_path: Path) -> None:
    guide = tmp_path / "acme-tone.yaml"
    guide.write_text(GUIDE, encoding="utf-8")
    proc = CliRunner().invoke(main, ["validate", "--isolated", "--no-examples", str(guide)])
    assert proc.exit_code == 2, proc.output
    assert f"{guide}:8:13: " in proc.stderr and "a whole number" in proc.stderr, proc.stderr
    assert f"{guide}:15:18: " in proc.stderr, proc.stderr


def test_a_kind_from_another_package_may_still_write_its_properties_by_hand() -> None:
    class Legacy(Kind):
        name = "legacy"
        properties = {"limit": {"type": "integer"}}
        required = ("limit",)

    assert Legacy.options_class is None
    rule = Legacy(_spec(limit=3), CompileEnv(nlp=spacy.blank("en")))
    assert rule.options is None and rule.spec.fields == {"limit": 3}


def test_a_subclass_may_still_extend_a_kinds_properties_by_hand() -> None:
    class Noted(PhraseKind):
        name = "noted-phrase"
        properties = {**PhraseKind.properties, "note": {"type": "string"}}

    assert Noted.options_class is PhraseOptions and Noted.hand_fields == {"note"}
    rule = Noted(_spec(phrases=["sorry"], note="why"), CompileEnv(nlp=spacy.blank("en")))
    assert rule.options.phrases == ["sorry"] and rule.spec.fields["note"] == "why"


def test_options_are_declared_one_way_with_a_description() -> None:
    @dataclasses.dataclass(frozen=True)
    class Both(Options):
        limit: int = option({"type": "integer"}, "a limit", default=3)

    with pytest.raises(TypeError, match="not both"):
        type("Twice", (Kind,), {"options_class": Both, "properties": {}})
    with pytest.raises(TypeError, match="description"):
        option({"type": "integer"})
    with pytest.raises(TypeError, match="default="):
        option({"type": "integer", "default": 3}, "a limit")

    class Undecorated(Options):
        limit: int = option({"type": "integer"}, "a limit", default=3)

    with pytest.raises(TypeError, match="frozen"):
        Undecorated.json_properties()
