"""Output writers. Each takes the linted results and returns the text to print.

The package only re-exports: the shared pieces live in :mod:`.common`, the table of
writers in :mod:`.registry`, one module per format beside them.
"""

from __future__ import annotations

from collections.abc import Sequence

from chatwriter.formats.common import Locator, Result, Writer, file_line, locator
from chatwriter.formats.registry import FORMATS, get_writer

__all__ = [
    "FORMATS",
    "Locator",
    "Result",
    "Sequence",
    "Writer",
    "file_line",
    "get_writer",
    "locator",
]
