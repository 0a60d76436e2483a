"""Finding the company config, with nothing heavier than pathlib imported.

Kept apart from the loader (which pulls in the rule kinds and spaCy) so that the hook
CLI can read the config's failure policy before the linter exists.
"""

from __future__ import annotations

import os
from pathlib import Path

CONFIG_NAMES = (".chatwriter.yaml", ".chatwriter.yml")


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest ``.chatwriter.yaml`` in ``start`` or a parent directory."""
    here = Path(start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                return candidate
    return None
