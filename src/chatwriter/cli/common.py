"""What the commands share: the common options, errors as exit 2, and the Linter.

The Linter comes from ``chatwriter.environment`` (config discovery and environment
variables, once); warnings on the way are printed to stderr as ``warning: ...``. Like
the commands, this module imports at the top only what ``--help`` needs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from chatwriter.cli.output import COLOR_CHOICES
from chatwriter.errors import ChatwriterError, ConfigError
from chatwriter.model import CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    from chatwriter.linter import Linter

F = TypeVar("F", bound=Callable[..., Any])

SEVERITY_CHOICES = SEVERITIES


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


def warn(text: str) -> None:
    """A warning on stderr, before the command's output."""
    click.echo(f"warning: {text}", err=True)


def make_linter(
    locale: str | None,
    config: str | None,
    isolated: bool = False,
    languagetool_url: str | None = None,
    allow_outside: bool = False,
) -> Linter:
    """The Linter of a command (``chatwriter.environment.linter_from_environment``)."""
    from chatwriter.environment import linter_from_environment

    return linter_from_environment(
        locale,
        config,
        isolated=isolated,
        languagetool_url=languagetool_url,
        allow_outside=allow_outside,
        warn=warn,
    )


def discover_config() -> str | None:
    """The nearest safe config upward; a skipped one is named on stderr, with the reason."""
    from chatwriter.environment import config_path

    return config_path(None, warn=warn)


# -- options ----------------------------------------------------------------------------
config_option = click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="Company config file (default: nearest safe .chatwriter.yaml upward, "
    "up to the project root or home directory).",
)
isolated_option = click.option(
    "--isolated", is_flag=True, help="Ignore any .chatwriter.yaml; use built-in guides only."
)
allow_outside_option = click.option(
    "--allow-outside",
    is_flag=True,
    help="Let the config's guides: paths point outside the config's directory.",
)
languagetool_option = click.option(
    "--languagetool-url",
    envvar="CHATWRITER_LANGUAGETOOL_URL",
    metavar="URL",
    help="LanguageTool server for the grammar rules, e.g. http://127.0.0.1:8081 "
    "(env CHATWRITER_LANGUAGETOOL_URL; default: the config's languagetool.url; '' for none).",
)
grammar_connections_option = click.option(
    "--grammar-connections",
    type=click.IntRange(min=1),
    default=None,
    help="Simultaneous LanguageTool requests while linting many drafts (default 4; shared "
    "out between --jobs workers). A timeout is retried once; the drafts left unchecked "
    "are counted at the end.",
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


def _complete_selector(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Shell completion for --select/--ignore: the category names (bash splits words at ':',
    so category:NAME is left out; the bare name means the same)."""
    from click.shell_completion import CompletionItem

    last = incomplete.rsplit(",", 1)
    head = last[0] + "," if len(last) == 2 else ""
    stem = last[-1]
    return [CompletionItem(head + c) for c in CATEGORIES if c.startswith(stem)]


select_option = click.option(
    "--select",
    multiple=True,
    metavar="SELECTORS",
    shell_complete=_complete_selector,
    help="Report and fix only these rules: ids, id prefixes (en.tone), globs (en.spelling*), "
    "categories (tone or category:tone); repeatable and comma-separated. Personal-data "
    "rules stay on unless --ignore names them.",
)
ignore_option = click.option(
    "--ignore",
    multiple=True,
    metavar="SELECTORS",
    shell_complete=_complete_selector,
    help="Leave these rules out (the forms of --select; --ignore wins). Personal-data rules "
    "only when named: pii, category:pii, common.pii.* or a rule id.",
)
quiet_option = click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print the findings (or diffs) only: no summary, notes or 'fixed' lines. "
    "Warnings and errors still go to stderr.",
)
color_option = click.option(
    "--color",
    "color_choice",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    show_default=True,
    help="Colour the text output. auto: not when NO_COLOR is set, always when FORCE_COLOR "
    "is, else only on a terminal.",
)

show_pii_option = click.option(
    "--show-pii",
    "show_pii",
    is_flag=True,
    help="Print personal data in clear, for a local investigation (by default what the pii "
    "rules find, a card number, an IBAN, a password, is masked with * in every format).",
)
# The flag's first name, kept working but out of --help.
show_personal_data_alias = click.option(
    "--show-personal-data", "show_personal_data", is_flag=True, hidden=True
)
