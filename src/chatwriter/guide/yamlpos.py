"""YAML loading that remembers where every value came from.

PyYAML's composer gives nodes with start marks; we build plain Python data from the
node tree and keep a map from JSON-pointer-like paths to (line, column) so schema
errors can be reported at ``file:line:column``. Duplicate keys are errors, not a
silent last-one-wins.

Configs may come from elsewhere (a shared directory, a pull request), so loading one must
not hurt the process: aliases are expanded within a budget (a "billion laughs" file is
refused, not built), an alias inside its own anchor is an error rather than endless
recursion, and nesting is bounded so nothing downstream runs out of stack.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def _error_at(node: yaml.Node, located: Located, message: str) -> YamlError:
    line, col = _mark(node)
    return YamlError(Problem(located.source, line, col, message))


def load_located(text: str, source: str) -> Located:
    """Parse one YAML document.

    Raises YamlError with file:line:col on syntax errors, duplicate keys, aliases that
    would build more than ALIAS_BUDGET values, an anchor that contains itself and
    nesting deeper than MAX_DEPTH: a config must never cost the process more than its
    size, nor end in a traceback.
    """
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or str(exc)
        if "maximum nesting depth" in what:  # libyaml's own limit (1000 levels)
            raise YamlError(Problem(source, line, col, _TOO_DEEP)) from None
        ctx = exc.context_mark
        if exc.context and ctx is not None and mark is not None and ctx.line != mark.line:
            what += f" ({exc.context} at line {ctx.line + 1}, column {ctx.column + 1})"
        raise YamlError(
            Problem(source, line, col, f"YAML syntax error: {what}; check indentation and quoting")
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(Problem(source, 1, 1, f"YAML error: {exc}")) from None
    except RecursionError:  # the pure-Python composer on deep nesting (libyaml stops at 1000)
        raise YamlError(Problem(source, 1, 1, _TOO_DEEP)) from None
    located = Located(data=None, source=source)
    if node is None:
        located.data = None
        return located
    try:
        located.data = _build(node, (), located, _Aliases())
    except _Cycle as exc:
        raise YamlError(_cycle_problem(text, source, exc.node)) from None
    except _OverBudget as exc:
        raise YamlError(_budget_problem(text, source, exc.node, exc.use)) from None
    except _BadValue as exc:
        raise YamlError(exc.problem(source)) from None
    except RecursionError:  # only when called with little stack left; MAX_DEPTH stops the rest
        raise YamlError(Problem(source, 1, 1, _TOO_DEEP)) from None
    return located


#: Values a file may build through aliases, all alias uses together. Built-in guides use
#: none; a company config that shares a block or two stays far below. A "billion laughs"
#: file (anchors of anchors) is refused after counting, before anything is built.
ALIAS_BUDGET = 10_000
#: Deepest nesting of lists and mappings. Guides need about 6 levels; the schema validator
#: and the rule kinds recurse per level, so this keeps them far from Python's stack limit.
MAX_DEPTH = 64
_TOO_DEEP = (
    f"lists and mappings are nested more than {MAX_DEPTH} levels deep; "
    "flatten the structure (guides need only a few levels)"
)
_COLLECTIONS = (yaml.MappingNode, yaml.SequenceNode)


class _Aliases:
    """Alias bookkeeping of one load: which collections were built, and what aliases cost.

    A collection node reached a second time is an alias use (the composer hands out the
    anchored node itself). The fast path is one set lookup per collection; sizes are only
    counted when an alias is used.
    """

    __slots__ = ("built", "replaying", "sizes", "spent", "uses")

    def __init__(self) -> None:
        self.built: set[int] = set()  # id() of collection nodes built so far
        self.sizes: dict[int, int] = {}  # id() -> values the node expands to (itself included)
        self.spent = 0  # values built through aliases so far
        self.uses = 0  # alias uses of collections counted so far, in document order
        self.replaying = False  # inside an alias: nested uses are already in its size


class _Cycle(Exception):
    """An anchored collection that contains itself (reported at the alias, see load_located)."""

    def __init__(self, node: yaml.Node):
        self.node = node


class _OverBudget(Exception):
    """The ``use``-th alias of a collection took the file over ALIAS_BUDGET."""

    def __init__(self, node: yaml.Node, use: int):
        self.node = node
        self.use = use


# libyaml's parser is ten times faster than the pure-Python one and keeps the same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")  # only used for scalar resolution
_STR = "tag:yaml.org,2002:str"


def _scalar(node: yaml.Node) -> Any:
    # Most scalars in a guide are strings, whose value the composer already holds:
    # taking it directly skips the constructor's bookkeeping (a third of a cold start).
    if node.tag == _STR and isinstance(node, yaml.ScalarNode):
        return node.value
    try:
        return _constructor.construct_object(node, deep=True)
    except Exception as exc:  # any failure of a value's constructor is the file's fault
        # An unknown tag (!!python/object), a date like 2001-13-45, bad !!binary...
        raise _BadValue(node, exc) from None
    finally:
        # The shared constructor would otherwise keep every node it ever built.
        _constructor.constructed_objects.pop(node, None)
        _constructor.recursive_objects.pop(node, None)


class _BadValue(Exception):
    """A scalar PyYAML cannot construct: reported at its position instead of a traceback."""

    def __init__(self, node: yaml.Node, error: Exception):
        self.node = node
        self.error = error

    def problem(self, source: str) -> Problem:
        line, col = _mark(self.node)
        tag = str(self.node.tag)
        if isinstance(self.error, yaml.constructor.ConstructorError) and (
            "could not determine a constructor" in str(self.error)
        ):
            short = tag.replace("tag:yaml.org,2002:", "!!")
            return Problem(
                source,
                line,
                col,
                f"unknown tag '{short}'; remove it, only plain YAML values are read",
            )
        kind = tag.rsplit(":", 1)[-1]
        value = str(self.node.value)[:40]
        return Problem(
            source,
            line,
            col,
            f"'{value}' is not a valid {kind} ({self.error}); quote it to keep it as text",
        )


def _build(node: yaml.Node, path: Path, located: Located, aliases: _Aliases) -> Any:
    """Plain data for ``node``, recording positions; a collection met again is an alias."""
    located.positions[path] = _mark(node)
    if isinstance(node, _COLLECTIONS):
        key = id(node)  # nodes live as long as the composed tree, so ids are stable here
        if key in aliases.built:
            return _replay(node, path, located, aliases)
        aliases.built.add(key)
        if len(path) >= MAX_DEPTH:
            line, col = _mark(node)
            raise YamlError(Problem(located.source, line, col, _TOO_DEEP))
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STR and isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
            elif isinstance(key_node, yaml.ScalarNode):
                key = str(_scalar(key_node))
            else:  # a list or mapping as a key: str() of it could expand aliases unchecked
                raise _error_at(
                    key_node,
                    located,
                    "a key must be a plain value, not a list or mapping; write the key as text",
                )
            if key in out:
                raise _error_at(
                    key_node,
                    located,
                    f"duplicate key '{key}'; each key may appear once, merge the two entries",
                )
            located.key_positions[(*path, key)] = _mark(key_node)
            out[key] = _build(value_node, (*path, key), located, aliases)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, (*path, i), located, aliases) for i, child in enumerate(node.value)]
    return _scalar(node)


def _replay(node: yaml.Node, path: Path, located: Located, aliases: _Aliases) -> Any:
    """Build an aliased collection again, after charging its size to the alias budget.

    Raises _Cycle when the node contains itself (it is still being built) and
    _OverBudget when the file's aliases would build more than ALIAS_BUDGET values.
    """
    if aliases.replaying:  # a nested alias inside a replay: counted with the outer one
        return _build_again(node, path, located, aliases)
    aliases.uses += 1
    aliases.spent += _expanded_size(node, aliases.sizes)
    if aliases.spent > ALIAS_BUDGET:
        raise _OverBudget(node, aliases.uses)
    aliases.replaying = True
    try:
        return _build_again(node, path, located, aliases)
    finally:
        aliases.replaying = False


def _build_again(node: yaml.Node, path: Path, located: Located, aliases: _Aliases) -> Any:
    """Build a node already built once (its id is in ``built``, so drop it for the walk)."""
    key = id(node)
    aliases.built.discard(key)
    try:
        return _build(node, path, located, aliases)
    finally:
        aliases.built.add(key)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return (value for _key, value in node.value)
    if isinstance(node, yaml.SequenceNode):
        return iter(node.value)
    return iter(())


def _expanded_size(root: yaml.Node, sizes: dict[int, int]) -> int:
    """How many values ``root`` expands to, aliases included, without expanding anything.

    Iterative and memoised (linear in the number of distinct nodes, whatever the
    expansion); raises _Cycle on a node that contains itself.
    """
    if id(root) in sizes:
        return sizes[id(root)]
    open_nodes = {id(root)}
    stack: list[tuple[yaml.Node, Iterator[yaml.Node], list[int]]] = [(root, _children(root), [1])]
    while stack:
        node, children, total = stack[-1]
        for child in children:
            key = id(child)
            if key in sizes:
                total[0] += sizes[key]
            elif not isinstance(child, _COLLECTIONS):
                total[0] += 1
            elif key in open_nodes:
                raise _Cycle(child)
            else:
                open_nodes.add(key)
                stack.append((child, _children(child), [1]))
                break
        else:
            stack.pop()
            open_nodes.discard(id(node))
            sizes[id(node)] = total[0]
            if stack:
                stack[-1][2][0] += total[0]
    return sizes[id(root)]


def _events(text: str) -> Iterator[yaml.Event]:
    """The parser's events, for pointing at an alias after a refused load (error path only)."""
    try:
        yield from yaml.parse(text, Loader=_LOADER)
    except yaml.YAMLError:
        return


def _anchor_name(text: str, node: yaml.Node) -> str | None:
    index = node.start_mark.index
    for event in _events(text):
        if getattr(event, "anchor", None) and event.start_mark.index == index:
            return event.anchor
    return None


def _cycle_problem(text: str, source: str, node: yaml.Node) -> Problem:
    """The first alias that sits inside its own anchor, at the alias."""
    open_anchors: list[tuple[str | None, int]] = []  # (anchor, line) of open collections
    for event in _events(text):
        if isinstance(event, yaml.CollectionStartEvent):
            open_anchors.append((event.anchor, event.start_mark.line + 1))
        elif isinstance(event, yaml.CollectionEndEvent):
            open_anchors.pop()
        elif isinstance(event, yaml.AliasEvent):
            for anchor, line in reversed(open_anchors):
                if anchor == event.anchor:
                    mark = event.start_mark
                    return Problem(
                        source,
                        mark.line + 1,
                        mark.column + 1,
                        f"the anchor '&{anchor}' at line {line} contains itself; "
                        f"an alias cannot repeat a value from inside it, "
                        f"remove '*{anchor}' here or write the value out",
                    )
    line, col = _mark(node)
    return Problem(source, line, col, "this anchor contains itself; remove the alias inside it")


def _budget_problem(text: str, source: str, node: yaml.Node, use: int) -> Problem:
    """The alias use that went over the budget (the ``use``-th alias of a collection)."""
    collection_anchors: dict[str, int] = {}  # anchor -> line, for anchors on collections
    seen = 0
    for event in _events(text):
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.CollectionStartEvent) and anchor:
            collection_anchors[anchor] = event.start_mark.line + 1
        elif isinstance(event, yaml.ScalarEvent) and anchor:
            collection_anchors.pop(anchor, None)  # the name now means a scalar
        elif isinstance(event, yaml.AliasEvent) and event.anchor in collection_anchors:
            seen += 1
            if seen == use:
                mark = event.start_mark
                where = f"'*{anchor}' repeats '&{anchor}' from line {collection_anchors[anchor]}"
                return Problem(
                    source,
                    mark.line + 1,
                    mark.column + 1,
                    f"this file expands to more than {ALIAS_BUDGET:,} values through "
                    f"aliases ({where}); write the values out or use fewer aliases",
                )
    line, col = _mark(node)
    name = _anchor_name(text, node)
    what = f"the anchor '&{name}'" if name else "an anchor"
    return Problem(
        source,
        line,
        col,
        f"this file expands to more than {ALIAS_BUDGET:,} values through aliases "
        f"(of {what}); write the values out or use fewer aliases",
    )
