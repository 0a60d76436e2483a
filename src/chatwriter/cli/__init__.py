"""The ``chatwriter`` command line (``main``, the click group of the console script and of
``python -m chatwriter``).

Exit codes: 0 nothing at or above ``--fail-on``; 1 something is (for ``fix --diff``:
something would change); 2 usage or configuration error. Heavy modules (spaCy, the
engine) are imported inside the commands that need them, so ``--help`` and ``schema``
start instantly.

One module per command or family of commands, all importing downward: ``common``
(shared options, the Linter, errors as exit 2) and ``output`` below them, ``group``
(which registers them on ``main``) above.
"""

from __future__ import annotations

from chatwriter.cli.common import (
    SEVERITY_CHOICES,
    discover_config,
    make_linter,
    reports_errors,
)
from chatwriter.cli.group import main

__all__ = ["SEVERITY_CHOICES", "discover_config", "main", "make_linter", "reports_errors"]
