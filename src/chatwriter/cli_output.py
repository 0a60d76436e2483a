"""Moved to :mod:`chatwriter.cli.output`; this name stays importable."""

from chatwriter.cli.output import (
    COLOR_CHOICES,
    colour_diff,
    statistics,
    use_color,
    without_summary,
    write_statistics,
)

__all__ = [
    "COLOR_CHOICES",
    "colour_diff",
    "statistics",
    "use_color",
    "without_summary",
    "write_statistics",
]
