"""JSON from outside, decoded with a bound on nesting.

Python's ``json`` parser recurses once per level: ``[[[[…]]]]`` a hundred thousand deep
raises ``RecursionError`` (which took the stdio worker down and gave a 500 over HTTP),
and a few thousand levels parse but then crash whatever walks the value. No request,
message or LanguageTool answer chatwriter reads nests deeper than a handful of levels,
so anything over :data:`MAX_DEPTH` is refused, as a ``ValueError`` whose text says so.
"""

from __future__ import annotations

import json
from typing import Any

#: Deepest nesting accepted (a hook request inside a JSON-RPC batch is 5 levels deep).
MAX_DEPTH = 32


class TooDeep(ValueError):
    """The JSON nests deeper than allowed."""


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects in a decoded ``value`` nest deeper than ``limit``.

    Iterative (no recursion of its own) and linear in the number of containers.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((c, depth + 1) for c in children if isinstance(c, (list, dict)))
    return False


def loads(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that refuses nesting over ``max_depth`` with :class:`TooDeep`.

    The parser gives up by itself past the interpreter's recursion limit (RecursionError,
    turned into TooDeep here); below it the decoded value is walked once, and only when
    the text holds more opening brackets than the limit (two ``str.count`` calls for a
    plain request). Raises ``json.JSONDecodeError`` for malformed JSON, as ``json.loads``.
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep(f"it nests deeper than {max_depth} levels") from None
    if (
        isinstance(value, (list, dict))
        and text.count("[") + text.count("{") > max_depth
        and too_deep(value, max_depth)
    ):
        raise TooDeep(f"it nests deeper than {max_depth} levels")
    return value
