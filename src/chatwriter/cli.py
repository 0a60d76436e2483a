"""The ``chatwriter`` command line.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something is; 2 usage or
configuration error. Heavy modules (spaCy, the engine) are imported inside the
commands that need them, so ``--help`` and ``schema`` start instantly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from chatwriter.cli_options import allow_outside_option, config_option, isolated_option
from chatwriter.errors import ChatwriterError, ConfigError

if TYPE_CHECKING:
    from chatwriter.inputs import Source
    from chatwriter.linter import Linter

F = TypeVar("F", bound=Callable[..., Any])

SEVERITY_CHOICES = ("suggestion", "warning", "error")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def reports_errors(func: F) -> F:
    """Turn chatwriter's own errors into exit 2 with every problem on stderr."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            n = len(exc.problems)
            click.echo(f"error: {n} configuration problem{'s' if n != 1 else ''}", err=True)
            sys.exit(2)
        except ChatwriterError as exc:
            _fail(str(exc))

    return wrapper  # type: ignore[return-value]


def make_linter(
    locale: str | None,
    config: str | None,
    isolated: bool = False,
    languagetool_url: str | None = None,
    allow_outside: bool = False,
) -> Linter:
    import os

    from chatwriter.guide.loader import Config, load_config
    from chatwriter.linter import Linter

    if config is None and not isolated:
        config = discover_config()
    if languagetool_url is None:
        languagetool_url = os.environ.get("CHATWRITER_LANGUAGETOOL_URL")
    loaded: str | Config | None = config
    if config is not None and allow_outside:
        loaded = load_config(config, allow_outside=True)
    linter = Linter(locale=locale, config=loaded, languagetool_url=languagetool_url)
    client = linter.languagetool
    if client is not None:
        from chatwriter.languagetool import transport_warning

        warning = transport_warning(client.url)
        if warning:
            click.echo(f"warning: {warning}", err=True)
    return linter


def discover_config() -> str | None:
    """The nearest safe config upward; a skipped one is named on stderr, with the reason."""
    from chatwriter.guide.discover import find_config

    skipped: list[str] = []
    found = find_config(skipped=skipped)
    for reason in skipped:
        click.echo(f"warning: {reason}", err=True)
    return str(found) if found else None


languagetool_option = click.option(
    "--languagetool-url",
    envvar="CHATWRITER_LANGUAGETOOL_URL",
    metavar="URL",
    help="LanguageTool server for the grammar rules, e.g. http://127.0.0.1:8081 "
    "(env CHATWRITER_LANGUAGETOOL_URL; default: the config's languagetool.url; '' for none).",
)
locale_option = click.option(
    "--locale", "-l", help="BCP-47 locale, e.g. en-GB (default: config's, else en-US)."
)
input_option = click.option(
    "--input",
    "input_mode",
    type=click.Choice(["text", "lines", "jsonl"]),
    default="text",
    show_default=True,
    help="Each input is one message, one message per line, or JSON lines of messages.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chatwriter")
def main() -> None:
    """chatwriter: a style linter for chat replies."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@locale_option
@input_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl", "sarif", "github"]),
    default="text",
    show_default=True,
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITY_CHOICES),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option(
    "--offsets",
    type=click.Choice(["str", "utf16"]),
    default="str",
    show_default=True,
    help="Offsets in JSON output: Python string indices or UTF-16 code units (JavaScript).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for large batches (forked after the guides are compiled).",
)
@click.option(
    "--show-personal-data",
    is_flag=True,
    help="Print personal data in clear (by default what the pii rules find is masked with *).",
)
@config_option
@isolated_option
@allow_outside_option
@languagetool_option
@reports_errors
def lint(
    paths: tuple[str, ...],
    locale: str | None,
    input_mode: str,
    fmt: str,
    fail_on: str,
    offsets: str,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
    languagetool_url: str | None,
    jobs: int,
    show_personal_data: bool,
) -> None:
    """Check drafts in PATHS (files, directories, or - for stdin)."""
    from chatwriter.batch import lint_all
    from chatwriter.formats import Result, get_writer
    from chatwriter.inputs import expand, items, read_source
    from chatwriter.model import Severity

    linter = make_linter(locale, config, isolated, languagetool_url, allow_outside)
    files = expand(paths, input_mode)
    gathered = [item for path in files for item in items(read_source(path), input_mode, locale)]
    reports = lint_all(linter, [item.message for item in gathered], jobs)
    if not show_personal_data:
        reports = [linter.masked(report) for report in reports]
    results = [
        Result(item.path, item.line, report) for item, report in zip(gathered, reports, strict=True)
    ]
    color = fmt == "text" and sys.stdout.isatty()
    writer = get_writer(fmt)
    click.echo(writer(results, color=color, utf16=offsets == "utf16"), nl=False)
    # Rules that could not run (LanguageTool down, a regex timeout): say so, once each.
    for note in dict.fromkeys(n for r in results for n in r.report.skipped):
        click.echo(f"note: {note}", err=True)
    threshold = Severity(fail_on).rank
    failed = any(f.severity.rank >= threshold for r in results for f in r.report.findings)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@locale_option
@input_option
@click.option("--unsafe", is_flag=True, help="Also apply unsafe suggestions.")
@click.option("--diff", is_flag=True, help="Show a unified diff instead of writing files.")
@config_option
@isolated_option
@allow_outside_option
@languagetool_option
@reports_errors
def fix(
    paths: tuple[str, ...],
    locale: str | None,
    input_mode: str,
    unsafe: bool,
    diff: bool,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
    languagetool_url: str | None,
) -> None:
    """Apply safe suggestions: stdin to stdout, files rewritten in place (atomically)."""
    from chatwriter.fixing import fix_source
    from chatwriter.inputs import expand, read_source

    linter = make_linter(locale, config, isolated, languagetool_url, allow_outside)
    status = 0  # the worst exit code of the files not written (2 beats 1)
    for path in expand(paths, input_mode):
        source = read_source(path, strict=True)
        fixed = fix_source(linter, source, input_mode, locale, unsafe)
        if diff:
            import difflib

            name = "<stdin>" if path == "-" else path
            click.echo(
                "".join(
                    difflib.unified_diff(
                        source.text.splitlines(keepends=True),
                        fixed.splitlines(keepends=True),
                        fromfile=f"a/{name}",
                        tofile=f"b/{name}",
                    )
                ),
                nl=False,
            )
        elif path == "-":
            click.echo(fixed, nl=False)
        elif fixed != source.text:
            status = max(status, _write_back(source, fixed))
    if status:
        sys.exit(status)


def _write_back(source: Source, fixed: str) -> int:
    """Write one fixed file and return its exit code; a file left alone must not stop the rest."""
    from chatwriter.fixing import NotWritten, write_fixed

    try:
        write_fixed(source, fixed)
    except NotWritten as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    click.echo(f"fixed {source.path}", err=True)
    return 0


@main.command()
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


@main.command()
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


@main.command()
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


@main.command()
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
    from chatwriter.validation import validate_all

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


@main.command()
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


@main.command()
@click.argument("which", type=click.Choice(["guide", "locale", "config"]), default="guide")
def schema(which: str) -> None:
    """Print the JSON Schema of guide files, locale files or the company config."""
    import json

    from chatwriter.guide.schema import SCHEMAS

    click.echo(json.dumps(SCHEMAS[which](), indent=2))


# The pre-send hook's transports live in cli_hook (registered here, imported lazily there).
from chatwriter.cli_hook import hook as _hook_command  # noqa: E402
from chatwriter.cli_hook import serve as _serve_command  # noqa: E402

main.add_command(_hook_command)
main.add_command(_serve_command)

if __name__ == "__main__":  # pragma: no cover
    main()
