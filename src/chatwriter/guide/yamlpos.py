"""YAML loading that remembers where every value came from.

PyYAML's composer gives nodes with start marks; we build plain Python data from the
node tree and keep a map from JSON-pointer-like paths to (line, column) so schema
errors can be reported at ``file:line:column``. Duplicate keys are errors, not a
silent last-one-wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from chatwriter.errors import Problem

Path = tuple[str | int, ...]


@dataclass(slots=True)
class Located:
    """Parsed YAML data plus the position of each path in it."""

    data: Any
    source: str
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path, key: bool = False) -> tuple[int, int]:
        """Closest known position for a path (walks up to the parent when needed)."""
        table = self.key_positions if key else self.positions
        p = tuple(path)
        while p:
            if p in table:
                return table[p]
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, path: Path, message: str, key: bool = False) -> Problem:
        line, col = self.where(path, key=key)
        return Problem(self.source, line, col, message)


class YamlError(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def load_located(text: str, source: str) -> Located:
    """Parse one YAML document. Raises YamlError with file:line:col on syntax errors."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or str(exc)
        ctx = exc.context_mark
        if exc.context and ctx is not None and mark is not None and ctx.line != mark.line:
            what += f" ({exc.context} at line {ctx.line + 1}, column {ctx.column + 1})"
        raise YamlError(
            Problem(source, line, col, f"YAML syntax error: {what}; check indentation and quoting")
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(Problem(source, 1, 1, f"YAML error: {exc}")) from None
    located = Located(data=None, source=source)
    if node is None:
        located.data = None
        return located
    located.data = _build(node, (), located)
    return located


# libyaml's parser is ten times faster than the pure-Python one and keeps the same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")  # only used for scalar resolution
_STR = "tag:yaml.org,2002:str"


def _scalar(node: yaml.Node) -> Any:
    # Most scalars in a guide are strings, whose value the composer already holds:
    # taking it directly skips the constructor's bookkeeping (a third of a cold start).
    if node.tag == _STR and isinstance(node, yaml.ScalarNode):
        return node.value
    return _constructor.construct_object(node, deep=True)


def _build(node: yaml.Node, path: Path, located: Located) -> Any:
    located.positions[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                line, col = _mark(key_node)
                raise YamlError(
                    Problem(
                        located.source,
                        line,
                        col,
                        f"duplicate key '{key}'; each key may appear once, merge the two entries",
                    )
                )
            located.key_positions[(*path, key)] = _mark(key_node)
            out[key] = _build(value_node, (*path, key), located)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, (*path, i), located) for i, child in enumerate(node.value)]
    return _scalar(node)
