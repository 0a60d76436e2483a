"""A Linter from the environment: config discovery and environment variables, done once.

Every way in builds its Linter here: the CLI's commands, the one-shot ``chatwriter
hook``, ``serve --stdio`` and the HTTP server, and ``chatwriter validate``. What it reads:

- the config: the path given, else (unless ``isolated``) the nearest safe
  ``.chatwriter.yaml`` upward (``chatwriter.guide.discover``); a config skipped as unsafe
  is named through ``warn``, with the reason;
- the LanguageTool server: the URL given ("" for none), else ``CHATWRITER_LANGUAGETOOL_URL``,
  else the config's ``languagetool.url``; a server that drafts would reach in clear text
  is named through ``warn`` too.

Importing this module is cheap (no spaCy, no guide loader), so the hook can find its
config before the time limit starts; the Linter is imported when one is built.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from chatwriter.guide.discover import find_config

if TYPE_CHECKING:
    from chatwriter.guide.loader import Config
    from chatwriter.linter import Linter

#: Environment variable naming the LanguageTool server (the ``--languagetool-url`` flag's).
LANGUAGETOOL_URL_ENV = "CHATWRITER_LANGUAGETOOL_URL"

Warn = Callable[[str], None]


def warn_on_stderr(text: str) -> None:
    """The default ``warn``: ``warning: <text>`` on stderr, as the CLI writes it."""
    sys.stderr.write(f"warning: {text}\n")
    sys.stderr.flush()


def config_path(config: str | None, isolated: bool = False, warn: Warn | None = None) -> str | None:
    """The config to use: ``config`` as given; else, unless ``isolated``, the nearest safe
    one upward. A config skipped on the way is passed to ``warn``; without ``warn`` it is
    issued as an ``UnsafeConfigWarning`` (``chatwriter.guide.discover.find_config``)."""
    if config is not None or isolated:
        return config
    if warn is None:
        found = find_config()
    else:
        skipped: list[str] = []
        found = find_config(skipped=skipped)
        for reason in skipped:
            warn(reason)
    return str(found) if found else None


def env_languagetool_url(given: str | None = None) -> str | None:
    """The LanguageTool URL given, else the environment's (None: the config decides)."""
    return os.environ.get(LANGUAGETOOL_URL_ENV) if given is None else given


def linter_from_environment(
    locale: str | None = None,
    config: str | None = None,
    *,
    isolated: bool = False,
    languagetool_url: str | None = None,
    allow_outside: bool = False,
    warn: Warn = warn_on_stderr,
) -> Linter:
    """A Linter for ``locale`` with the config and LanguageTool server the environment
    names (see the module's docstring); raises ConfigError or UnknownLocaleError."""
    from chatwriter.guide.loader import load_config
    from chatwriter.linter import Linter  # loads spaCy: only when a Linter is wanted

    path = config_path(config, isolated, warn)
    url = env_languagetool_url(languagetool_url)
    loaded: str | Config | None = path
    if path is not None and allow_outside:
        loaded = load_config(path, allow_outside=True)
    linter = Linter(locale=locale, config=loaded, languagetool_url=url)
    client = linter.languagetool
    if client is not None:
        from chatwriter.languagetool import transport_warning

        warning = transport_warning(client.url)
        if warning:
            warn(warning)
    return linter
