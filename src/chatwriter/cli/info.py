"""The commands that describe rather than lint: ``rules``, ``explain``, ``locales``,
``validate``, ``doctor`` and ``schema``."""

from __future__ import annotations

import sys

import click

from chatwriter.cli.common import (
    allow_outside_option,
    config_option,
    discover_config,
    isolated_option,
    languagetool_option,
    locale_option,
    make_linter,
    reports_errors,
)


@click.command()
@locale_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
@isolated_option
@allow_outside_option
@reports_errors
def rules(
    locale: str | None, fmt: str, config: str | None, isolated: bool, allow_outside: bool
) -> None:
    """List the rules of a locale: id, kind, category, severity."""
    import json
    from dataclasses import asdict

    linter = make_linter(locale, config, isolated, allow_outside=allow_outside)
    infos = linter.rules()
    if fmt == "json":
        click.echo(json.dumps([asdict(i) for i in infos], ensure_ascii=False, indent=2))
        return
    width = max((len(i.id) for i in infos), default=10)
    for i in infos:
        status = "" if i.status == "active" else f"  [{i.status}]"
        click.echo(f"{i.id:<{width}}  {i.kind:<14} {i.category:<18} {i.severity}{status}")


@click.command()
@click.argument("rule")
@click.option(
    "--locale",
    "-l",
    help="Locale whose layers (config severity, company guides) apply (default: the config's, "
    "else the rule's own language).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
@isolated_option
@allow_outside_option
@reports_errors
def explain(
    rule: str,
    locale: str | None,
    fmt: str,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
) -> None:
    """Why RULE exists: its description, severity, examples and the locales that use it."""
    import json

    from chatwriter.explain import explain as explain_rule

    if locale is None and not rule.startswith(("common.", "config.")):
        locale = rule.split(".", 1)[0]  # de.tone.blame -> de
    linter = make_linter(locale, config, isolated, allow_outside=allow_outside)
    found = explain_rule(linter, rule, locale)
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(found.text(), nl=False)


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@reports_errors
def locales(fmt: str) -> None:
    """List the locales with built-in guides."""
    import json

    from chatwriter.catalog import Catalog

    catalog = Catalog()
    rows = [(tag, catalog.locale_file(tag).name) for tag in catalog.known()]
    if fmt == "json":
        click.echo(
            json.dumps([{"locale": t, "name": n} for t, n in rows], ensure_ascii=False, indent=2)
        )
        return
    for tag, name in rows:
        click.echo(f"{tag:<8} {name}")


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--examples/--no-examples", default=True, show_default=True, help="Also run rule examples."
)
@config_option
@isolated_option
@allow_outside_option
@reports_errors
def validate(
    paths: tuple[str, ...], examples: bool, config: str | None, isolated: bool, allow_outside: bool
) -> None:
    """Check guides, locale files and the config; with PATHS, check those guide files."""
    from chatwriter.validate_all import validate_all

    if config is None and not isolated:
        config = discover_config()
        isolated = True  # searched already: validate_all must not search again
    problems, failures, summary = validate_all(
        paths, config, isolated, examples, allow_outside=allow_outside
    )
    for p in problems:
        click.echo(str(p), err=True)
    for f in failures:
        click.echo(str(f), err=True)
    if problems or failures:
        click.echo(f"error: {len(problems) + len(failures)} problem(s)", err=True)
        sys.exit(2)
    click.echo(summary)


@click.command()
@locale_option
@config_option
@isolated_option
@allow_outside_option
@languagetool_option
@reports_errors
def doctor(
    locale: str | None,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
    languagetool_url: str | None,
) -> None:
    """Show pipelines, detectors and the rules that are skipped, with the reason."""
    from chatwriter.doctor import diagnose

    linter = make_linter(locale, config, isolated, languagetool_url, allow_outside)
    click.echo(diagnose(linter, locale))


@click.command()
@click.argument("which", type=click.Choice(["guide", "locale", "config"]), default="guide")
def schema(which: str) -> None:
    """Print the JSON Schema of guide files, locale files or the company config."""
    import json

    from chatwriter.guide.schema import SCHEMAS

    click.echo(json.dumps(SCHEMAS[which](), indent=2))
