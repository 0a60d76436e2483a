"""Writing guide YAML from tools: scalars and lists that load back as written.

The builders in tools/ (the spelling tables for English and French, and any later
generated guide) write YAML by hand so the files keep their comments and layout; this is
the one place that decides when a string may stay plain and how it is quoted otherwise.
A plain scalar is kept only for text that YAML cannot read as anything else: a letter
first, then letters, digits, spaces or hyphens, ending on a letter or digit, and not one
of the words YAML 1.1 reads as a boolean or null ("on" is French too). Everything else
is double-quoted, with quotes, backslashes and every character YAML will not read raw
(controls, NEL, the line and paragraph separators, the byte-order mark) escaped.
"""

from __future__ import annotations

import re

#: fullmatch, not match with "$": "$" also matches before a final newline ("A\n").
_PLAIN = re.compile(r"[^\W\d_](?:[\w -]*\w)?")
#: Plain scalars YAML 1.1 loaders read as booleans or null, in any case.
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def yaml_str(text: str) -> str:
    """``text`` as a YAML scalar that loads back as exactly ``text``."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS and "  " not in text:
        return text
    return '"' + "".join(_escape(c) for c in text) + '"'


_RAW_NOT_READ = frozenset("\x85\u2028\u2029\ufeff")


def _escape(char: str) -> str:
    if char in '"\\':
        return "\\" + char
    if char.isprintable() and char not in _RAW_NOT_READ:
        return char
    point = ord(char)
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def yaml_list(items: list[str], indent: str) -> str:
    """A block sequence, one item a line, each line starting with ``indent``."""
    return "".join(f"{indent}- {yaml_str(item)}\n" for item in items)
