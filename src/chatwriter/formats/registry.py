"""The writers by ``--format`` name, imported when first asked for."""

from __future__ import annotations

from chatwriter.formats.common import Writer

FORMATS = ("text", "json", "jsonl", "sarif", "github")


def get_writer(name: str) -> Writer:
    if name == "text":
        from chatwriter.formats.text import write
    elif name == "json":
        from chatwriter.formats.json import write
    elif name == "jsonl":
        from chatwriter.formats.json import write_lines as write
    elif name == "sarif":
        from chatwriter.formats.sarif import write
    elif name == "github":
        from chatwriter.formats.github import write
    else:  # pragma: no cover - click restricts the choice
        raise ValueError(name)
    return write
