"""Click options shared by the lint commands (cli.py) and the hook transports (cli_hook.py)."""

from __future__ import annotations

import click

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
