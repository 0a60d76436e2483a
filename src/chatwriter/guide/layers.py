"""Layering: the rule specs and settings of one locale, lowest layer first.

1. the built-in guides named by the locale chain's files (common -> de -> de-CH), each
   guide once, then the company config's own guides;
2. each locale file's ``settings``, ``disable`` and ``severity``, from common to the
   most specific;
3. the company config: its ``settings``, its ``terminology`` (one rule), then its
   ``disable`` and ``severity``.

A ``disable`` or ``severity`` selector is a rule id, a glob (``en.tone.*``) or
``category:NAME``. Two specs with one id are an error (a company guide may not
redefine a built-in rule).
"""

from __future__ import annotations

import fnmatch
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from chatwriter.errors import ConfigError, Problem
from chatwriter.guide.loader import Config, Guide, load_guide
from chatwriter.model import Severity
from chatwriter.rules.base import RuleSpec

if TYPE_CHECKING:  # types only: the catalog reads built-in guides through this package
    from chatwriter.catalog import Catalog, ResolvedLocale


def _matches(selector: str, spec: RuleSpec) -> bool:
    if selector.startswith("category:"):
        return spec.category == selector.split(":", 1)[1]
    return fnmatch.fnmatchcase(spec.id, selector) or spec.id == selector


def _layer(specs: list[RuleSpec], disable: list[str], severity: dict[str, str]) -> list[RuleSpec]:
    out = []
    for spec in specs:
        if any(_matches(sel, spec) for sel in disable):
            continue
        for sel, level in severity.items():
            if _matches(sel, spec):
                spec = replace(spec, severity=Severity(level))
        out.append(spec)
    return out


def terminology_rule(terms: list[str], source: str) -> RuleSpec:
    return RuleSpec(
        id="config.terminology",
        kind="capitalization",
        category="spelling",
        severity=Severity.WARNING,
        message="Write '{expected}' exactly like this.",
        fields={"terms": list(terms)},
        guide="config",
        source=source,
    )


def collect_specs(
    resolved: ResolvedLocale, catalog: Catalog, config: Config
) -> tuple[list[RuleSpec], dict[str, Any]]:
    """The rule specs and settings of a locale after all layers; raises ConfigError."""
    problems: list[Problem] = []
    guides: list[Guide] = []
    seen: set[str] = set()
    for lf in resolved.files:
        for i, name in enumerate(lf.guides):
            if name in seen:
                continue
            seen.add(name)
            try:
                guides.append(catalog.guide(name))
            except KeyError:
                problems.append(
                    lf.located.problem(("guides", i), f"no built-in guide named '{name}'")
                )
            except ConfigError as exc:
                problems.extend(exc.problems)
    for path in config.guides:
        try:
            guides.append(load_guide(path, str(path), reader=catalog.reader))
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    settings: dict[str, Any] = {}
    specs: list[RuleSpec] = [spec for g in guides for spec in g.rules]
    for lf in resolved.files:
        settings.update(lf.settings)
        specs = _layer(specs, lf.disable, lf.severity)
    settings.update(config.settings)
    settings.setdefault("language", resolved.language)
    if config.terminology:
        specs.append(terminology_rule(config.terminology, config.path or "<config>"))
    specs = _layer(specs, config.disable, config.severity)
    by_id: dict[str, RuleSpec] = {}
    for spec in specs:
        if spec.id in by_id:
            problems.append(
                Problem(
                    spec.source,
                    spec.line,
                    1,
                    f"rule id '{spec.id}' is also defined in {by_id[spec.id].source}; "
                    "rename the guide or the rule",
                )
            )
        by_id[spec.id] = spec
    if problems:
        raise ConfigError(problems)
    return specs, settings
