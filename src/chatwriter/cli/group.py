"""The ``chatwriter`` command group: every command, registered on ``main``."""

from __future__ import annotations

import click

from chatwriter.cli.hook import hook
from chatwriter.cli.info import doctor, explain, locales, rules, schema, validate
from chatwriter.cli.lint import fix, lint
from chatwriter.cli.report import report
from chatwriter.cli.serve import serve

MAIN_EPILOG = """\b
Shell completion (bash; zsh_source and fish_source for the others):
  eval "$(_CHATWRITER_COMPLETE=bash_source chatwriter)"
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=MAIN_EPILOG)
@click.version_option(package_name="chatwriter")
def main() -> None:
    """chatwriter: a style linter for chat replies."""


for _command in (lint, fix, rules, explain, locales, validate, doctor, schema, hook, serve, report):
    main.add_command(_command)
