"""``chatwriter validate``: every built-in guide and locale, the config, given guide files.

All problems of all files are collected, so one run shows everything to mend.
"""

from __future__ import annotations

from pathlib import Path

from chatwriter.catalog import Catalog
from chatwriter.environment import config_path as find_config_path
from chatwriter.errors import ConfigError, Problem
from chatwriter.guide.loader import Config, load_config, load_guide
from chatwriter.linter import Linter
from chatwriter.resources import builtin_rules_dir
from chatwriter.rule_examples import ExampleFailure, check_examples


def validate_all(
    paths: tuple[str, ...],
    config_path: str | None,
    isolated: bool,
    examples: bool,
    allow_outside: bool = False,
) -> tuple[list[Problem], list[ExampleFailure], str]:
    problems: list[Problem] = []
    catalog = Catalog()
    try:
        guides = catalog.all_guides()
    except ConfigError as exc:
        problems.extend(exc.problems)
        guides = []
    for tag in catalog.known():
        try:
            catalog.resolve(tag)
        except ConfigError as exc:
            problems.extend(exc.problems)
    # A built-in guide named on the command line (the checkout's copy of a shipped file)
    # is already checked with the catalog; adding it again as a company guide would only
    # clash with itself.
    extra = []
    for path in paths:
        try:
            guide = load_guide(Path(path), path)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        if not _is_builtin_copy(Path(path), guide.name):
            extra.append(path)
    config = Config()
    config_path = find_config_path(config_path, isolated)
    if config_path is not None:
        try:
            config = load_config(config_path, allow_outside=allow_outside)
        except ConfigError as exc:
            problems.extend(exc.problems)
    if extra:
        config = Config(
            path=config.path,
            locale=config.locale,
            guides=[*config.guides, *(Path(p).resolve() for p in extra)],
            terminology=config.terminology,
            disable=config.disable,
            severity=config.severity,
            settings=config.settings,
            pipelines=config.pipelines,
        )
    failures: list[ExampleFailure] = []
    count = 0
    if not problems:
        linter = None
        for tag in catalog.known():
            try:
                if linter is None:
                    linter = Linter(locale=tag, config=config)
                linter.compiled(tag).prepare()
                if examples:
                    n, failed = check_examples(linter, tag)
                    count += n
                    failures.extend(failed)
            except ConfigError as exc:
                problems.extend(exc.problems)
                break
    summary = (
        f"{len(guides)} built-in guides, {len(catalog.known())} locales"
        + (f", {len(paths)} guide file(s)" if paths else "")
        + (f", config {config_path}" if config_path else "")
        + (f", {count} examples" if examples else "")
        + ": all valid"
    )
    return problems, failures, summary


def _is_builtin_copy(path: Path, name: str) -> bool:
    """Whether ``path`` holds the same bytes as the built-in guide called ``name``."""
    *folders, stem = name.split(".")
    item = builtin_rules_dir()
    for part in folders:
        item = item / part
    item = item / f"{stem}.yaml"
    return item.is_file() and item.read_bytes() == path.read_bytes()
