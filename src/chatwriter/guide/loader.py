"""Reading guide files, locale files and the company config into typed objects.

Nothing here compiles rules; it turns YAML into checked data (``Guide``,
``LocaleFile``, ``Config``) and collects every problem of a file at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from chatwriter.errors import ConfigError, Problem
from chatwriter.guide import schema as schemas
from chatwriter.guide.schema_check import validate, validate_each, validator_for
from chatwriter.guide.yamlpos import Located, YamlError, load_located
from chatwriter.model import Severity, Turn
from chatwriter.nlp import pipeline_problem
from chatwriter.rules import kind_registry
from chatwriter.rules.base import TEMPLATE_BASE, Examples, Kind, RuleError, RuleSpec, check_template


@dataclass(slots=True)
class Guide:
    name: str
    description: str
    rules: list[RuleSpec]
    source: str
    located: Located | None = None


@dataclass(slots=True)
class LocaleFile:
    tag: str
    name: str
    language: str | None
    guides: list[str]
    settings: dict[str, Any]
    severity: dict[str, str]
    disable: list[str]
    source: str
    located: Located | None = None


@dataclass(slots=True)
class LanguageToolConfig:
    """The config's ``languagetool:`` block: where the server is and what to ignore."""

    url: str | None = None
    timeout_ms: int = 5000
    #: LanguageTool rule ids whose matches are dropped (e.g. ``EN_QUOTES``).
    disabled_rules: list[str] = field(default_factory=list)
    #: Personal data is masked before the text is sent (docs/grammar.md).
    mask_personal_data: bool = True


@dataclass(slots=True)
class Config:
    """A company config; ``path`` is None for the empty default."""

    path: str | None = None
    locale: str | None = None
    guides: list[Path] = field(default_factory=list)
    terminology: list[str] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    pipelines: dict[str, str] = field(default_factory=dict)
    policy: dict[str, Any] = field(default_factory=dict)  # pre-send hook policy (chatwriter.hook)
    languagetool: LanguageToolConfig = field(default_factory=LanguageToolConfig)
    located: Located | None = None


def read_located(item: Traversable | Path, display: str) -> Located:
    try:
        raw = item.read_bytes()
    except OSError as exc:
        raise ConfigError(
            [Problem(display, 1, 1, f"cannot read file: {exc.strerror or exc}")]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            [Problem(display, 1, exc.start + 1, "file is not UTF-8 text; save it as UTF-8")]
        ) from None
    try:
        located = load_located(text, display)
    except YamlError as exc:
        raise ConfigError([exc.problem]) from None
    if located.data is None:
        located.data = {}
    return located


def _check(located: Located, schema: dict[str, Any]) -> None:
    if not isinstance(located.data, dict):
        raise ConfigError(
            [located.problem((), "the file must be a mapping of key: value at the top level")]
        )
    problems = validate(located, schema)
    if problems:
        raise ConfigError(problems)


class GuideReader:
    """Schema validators for guides, built once per Linter (entry points and schemas cost).

    ``trusted`` skips JSON-Schema validation: used for the guides chatwriter ships, which
    ``chatwriter validate`` and the test suite check in full. Everything else is checked.
    """

    def __init__(self, kinds: dict[str, type[Kind]] | None = None, trusted: bool = False):
        self.trusted = trusted
        self.kinds = kind_registry() if kinds is None else kinds
        self._rule_validators: dict[str, Any] | None = None
        self._guide_validator: Any = None

    @property
    def rule_validators(self) -> dict[str, Any]:
        """One validator per kind, built on first use (a trusted reader never needs them)."""
        if self._rule_validators is None:
            schemas_by_kind = schemas.kind_schemas(self.kinds)
            self._rule_validators = {k: validator_for(v) for k, v in schemas_by_kind.items()}
        return self._rule_validators

    @property
    def guide_validator(self) -> Any:
        if self._guide_validator is None:
            top = schemas.guide_schema(self.kinds)
            shallow = {**top, "properties": {**top["properties"], "rules": {"type": "array"}}}
            self._guide_validator = validator_for(shallow)
        return self._guide_validator


def parse_guide(
    located: Located, expected_name: str | None = None, reader: GuideReader | None = None
) -> Guide:
    """Validate a guide and turn its rules into RuleSpecs (kinds compile later)."""
    reader = reader or GuideReader()
    if not isinstance(located.data, dict):
        raise ConfigError(
            [located.problem((), "a guide must be a mapping with 'guide' and 'rules'")]
        )
    problems = [] if reader.trusted else validate(located, reader.guide_validator)
    data = located.data
    name = data.get("guide") if isinstance(data.get("guide"), str) else None
    if expected_name and name and name != expected_name:
        problems.append(
            located.problem(
                ("guide",),
                f"guide name '{name}' does not match its path; write 'guide: {expected_name}'",
            )
        )
    kinds = reader.kinds
    seen_ids: dict[str, int] = {}
    rules: list[RuleSpec] = []
    raw_rules = data.get("rules") if isinstance(data.get("rules"), list) else []
    for index, raw in enumerate(raw_rules):
        path = ("rules", index)
        if not isinstance(raw, dict):
            problems.append(located.problem(path, "each rule must be a mapping (id:, kind:, ...)"))
            continue
        kind = raw.get("kind")
        if kind not in kinds:
            listing = ", ".join(sorted(kinds))
            what = f"unknown kind '{kind}'" if kind is not None else "missing 'kind'"
            problems.append(located.problem((*path, "kind"), f"{what}; write one of: {listing}"))
            continue
        rule_problems = (
            [] if reader.trusted else validate_each(located, path, reader.rule_validators[kind])
        )
        if isinstance(raw.get("message"), str):
            try:
                check_template(raw["message"], TEMPLATE_BASE | kinds[kind].message_fields)
            except RuleError as exc:
                rule_problems.append(located.problem((*path, "message"), exc.message))
        problems.extend(rule_problems)
        rule_id = raw.get("id")
        if isinstance(rule_id, str):
            if rule_id in seen_ids:
                problems.append(
                    located.problem(
                        (*path, "id"),
                        f"rule id '{rule_id}' is already used by rules[{seen_ids[rule_id]}]; "
                        "ids must be unique in a guide",
                    )
                )
            seen_ids.setdefault(rule_id, index)
        if rule_problems or name is None:
            continue
        examples = raw.get("examples") or {}
        bad = tuple(examples.get("bad", ()))
        fixed = tuple(examples.get("fixed", ()))
        if fixed and len(fixed) != len(bad):
            problems.append(
                located.problem(
                    (*path, "examples", "fixed"),
                    f"'fixed' has {len(fixed)} entries but 'bad' has {len(bad)}; "
                    "give the fixed text of each bad example, in the same order",
                )
            )
        common = set(schemas.COMMON_RULE_PROPERTIES)
        line, _col = located.where(path)
        rules.append(
            RuleSpec(
                id=f"{name}.{rule_id}",
                kind=kind,
                category=raw["category"],
                severity=Severity(raw.get("severity", "warning")),
                message=raw["message"],
                fields={k: v for k, v in raw.items() if k not in common},
                guide=name,
                source=located.source,
                line=line,
                description=raw.get("description", ""),
                examples=Examples(
                    bad=bad,
                    good=tuple(examples.get("good", ())),
                    fixed=fixed,
                    context=tuple(Turn(t["role"], t["text"]) for t in examples.get("context", ())),
                ),
                located=located,
                index=index,
            )
        )
    if problems:
        raise ConfigError(problems)
    return Guide(
        name=name or "",
        description=data.get("description", ""),
        rules=rules,
        source=located.source,
        located=located,
    )


def load_guide(
    item: Traversable | Path,
    display: str,
    expected_name: str | None = None,
    reader: GuideReader | None = None,
) -> Guide:
    return parse_guide(read_located(item, display), expected_name, reader)


def load_locale_file(item: Traversable | Path, display: str, trusted: bool = False) -> LocaleFile:
    """``trusted`` (built-in files, checked by ``chatwriter validate``) skips the schema."""
    located = read_located(item, display)
    if not trusted:
        _check(located, schemas.locale_schema())
    data = located.data
    return LocaleFile(
        tag=data["locale"],
        name=data.get("name", data["locale"]),
        language=data.get("language"),
        guides=list(data.get("guides", [])),
        settings=dict(data.get("settings", {})),
        severity=dict(data.get("severity", {})),
        disable=list(data.get("disable", [])),
        source=display,
        located=located,
    )


def load_config(path: str | os.PathLike[str], allow_outside: bool = False) -> Config:
    """Read and check a company config; every problem is reported at once (ConfigError).

    ``guides:`` must resolve (symlinks included) inside the config's directory unless
    ``allow_outside``: a config found by walking up from the working directory, or
    handed over by someone else, must not make chatwriter read files anywhere on disk.
    """
    file = Path(path)
    display = str(path)
    if file.is_dir():
        raise ConfigError([Problem(display, 1, 1, "this is a directory; give the config file")])
    if not file.is_file():
        raise ConfigError([Problem(display, 1, 1, "config file not found; check the path")])
    located = read_located(file, display)
    if not isinstance(located.data, dict):
        raise ConfigError([located.problem((), "the config must be a mapping of key: value")])
    problems = validate(located, schemas.config_schema())
    data = located.data
    guides: list[Path] = []
    raw_guides = data.get("guides") if isinstance(data.get("guides"), list) else []
    home = file.parent.resolve()
    for i, rel in enumerate(raw_guides):
        if not isinstance(rel, str):
            continue
        guide_path = (file.parent / rel).resolve()
        if not allow_outside and not guide_path.is_relative_to(home):
            problems.append(
                located.problem(
                    ("guides", i),
                    f"guide '{rel}' is outside the config's directory ({home}); "
                    "move it there or pass --allow-outside",
                )
            )
            continue
        if not guide_path.is_file():
            problems.append(
                located.problem(("guides", i), f"guide file '{rel}' not found next to the config")
            )
        guides.append(guide_path)
    seen: set[str] = set()
    raw_terms = data.get("terminology") if isinstance(data.get("terminology"), list) else []
    for i, term in enumerate(raw_terms):
        if not isinstance(term, str):
            continue
        if term.lower() in seen:
            problems.append(located.problem(("terminology", i), f"'{term}' is listed twice"))
        seen.add(term.lower())
    problems.extend(_pipeline_problems(located))
    if problems:
        raise ConfigError(problems)
    return Config(
        path=display,
        locale=data.get("locale"),
        guides=guides,
        terminology=list(data.get("terminology", [])),
        disable=list(data.get("disable", [])),
        severity=dict(data.get("severity", {})),
        settings=dict(data.get("settings", {})),
        pipelines=dict((data.get("nlp") or {}).get("pipelines", {})),
        policy=dict(data.get("policy") or {}),
        languagetool=_languagetool_config(data.get("languagetool") or {}),
        located=located,
    )


def _pipeline_problems(located: Located) -> list[Problem]:
    """``nlp.pipelines`` entries that could not be used, at their lines (see nlp.py)."""
    nlp = located.data.get("nlp")
    pipelines = nlp.get("pipelines") if isinstance(nlp, dict) else None
    if not isinstance(pipelines, dict):
        return []
    problems = []
    for lang, package in pipelines.items():
        if isinstance(package, str):
            problem = pipeline_problem(lang, package)
            if problem is not None:
                problems.append(located.problem(("nlp", "pipelines", lang), problem))
    return problems


def _languagetool_config(raw: dict[str, Any]) -> LanguageToolConfig:
    default = LanguageToolConfig()
    return LanguageToolConfig(
        url=raw.get("url") or None,
        timeout_ms=int(raw.get("timeout_ms", default.timeout_ms)),
        disabled_rules=list(raw.get("disabled_rules", [])),
        mask_personal_data=bool(raw.get("mask_personal_data", True)),
    )
