"""The shape of src/ stays as docs/architecture.md draws it.

- Every module has a floor in the diagram of docs/architecture.md (the doc is the one
  place the floors are written; this file reads them from it), and no import runs up a
  floor. The package root stands outside: modules may read its ``__version__`` only.
- No import cycles between modules. Every import counts, at the top of a file, inside a
  function or under ``if TYPE_CHECKING:`` (type-only imports do not run, but a circle of
  them is still a circle a reader has to untangle). ``from chatwriter.pkg import mod``
  counts as an import of ``chatwriter.pkg.mod``. What Python does on its own does not
  count: importing ``chatwriter.cli.common`` first runs ``chatwriter/cli/__init__.py``,
  and a package's ``__init__`` re-exporting its modules is no circle.
- No module imports another module's private (underscore) names, nor reads them as
  ``module._name``; dunder names such as ``__version__`` are public.
- No file in src/ is longer than 400 lines, nor any in benchmarks/ (the benchmark scripts and
  their package, benchmarks/suite/, one folder deep; node_modules is not walked).

Pure static checks (``ast``): nothing is imported, so they run in well under a second.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
BENCHMARKS = SRC.parent / "benchmarks"
ARCHITECTURE = SRC.parent / "docs" / "architecture.md"
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def _base(module: str, node: ast.ImportFrom) -> str:
    """The module a ``from ... import`` names, relative imports resolved."""
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    if MODULES[module].name != "__init__.py":
        parts = parts[:-1]  # a module's package
    parts = parts[: len(parts) - node.level + 1]
    return ".".join([*parts, *([node.module] if node.module else [])])


def _imports(module: str) -> list[tuple[int, str, str | None]]:
    """``(line, module imported, name taken from it or None)`` for every import statement."""
    out: list[tuple[int, str, str | None]] = []
    for node in ast.walk(TREES[module]):
        if isinstance(node, ast.ImportFrom):
            base = _base(module, node)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in MODULES:
                    out.append((node.lineno, sub, None))
                else:
                    out.append((node.lineno, base, alias.name))
        elif isinstance(node, ast.Import):
            out.extend((node.lineno, alias.name, None) for alias in node.names)
    return out


def _graph() -> dict[str, set[str]]:
    return {
        module: {
            target for _, target, _ in _imports(module) if target in MODULES and target != module
        }
        for module in MODULES
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    assert _cycles(_graph()) == [], "modules that import each other, directly or round about"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_private_names_imported_across_modules() -> None:
    problems = []
    for module, path in MODULES.items():
        where = path.relative_to(SRC.parent)
        aliases: dict[str, str] = {}  # local name -> the chatwriter module it stands for
        for line, target, name in _imports(module):
            if not target.startswith("chatwriter"):
                continue
            if name is not None and _private(name):
                problems.append(f"{where}:{line}: imports {name} from {target}")
            if any(_private(part) for part in target.split(".")):
                problems.append(f"{where}:{line}: imports the private module {target}")
        for node in ast.walk(TREES[module]):
            if isinstance(node, ast.ImportFrom):
                base = _base(module, node)
                for alias in node.names:
                    if f"{base}.{alias.name}" in MODULES:
                        aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname and alias.name in MODULES:
                        aliases[alias.asname] = alias.name
        for node in ast.walk(TREES[module]):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and _private(node.attr)
            ):
                problems.append(
                    f"{where}:{node.lineno}: reads {aliases[node.value.id]}.{node.attr}"
                )
    assert problems == []


def test_no_file_over_400_lines() -> None:
    long = {}
    scripts = [*BENCHMARKS.glob("*.py"), *BENCHMARKS.glob("*/*.py")]
    assert scripts, "benchmarks/ has moved: point BENCHMARKS at it"
    for path in [*MODULES.values(), *scripts]:
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES:
            long[str(path.relative_to(SRC.parent))] = lines
    assert long == {}, f"split these along their seams (at most {MAX_LINES} lines)"


def _floors_of_the_diagram(doc: str) -> dict[str, int]:
    """``{"linter.py": 3, "guide/": 3, ...}``: every path written in the floors diagram
    (the first ``text`` block), by the number of the row it is on."""
    block = doc.split("```text", 1)[1].split("```", 1)[0]
    floors: dict[str, int] = {}
    current = None
    for line in block.splitlines():
        row = re.match(r"\s*│\s*(\d)\s", line)
        if row:
            current = int(row.group(1))
        if current is None or "│" not in line:
            continue
        for path in re.findall(r"[A-Za-z_][\w/]*(?:\.py|/)", line):
            floors[path] = current
        if "__main__" in line:
            floors["__main__.py"] = current
    return floors


FLOORS = _floors_of_the_diagram(ARCHITECTURE.read_text(encoding="utf-8"))


def _floor(module: str) -> int | None:
    """The floor of ``chatwriter.a.b``: ``a/b.py`` if the diagram names it, else the
    nearest package that it names (``a/``)."""
    parts = module.split(".")[1:]
    if not parts:
        return None
    candidates = ["/".join(parts) + ".py", "/".join(parts) + "/"]
    candidates += ["/".join(parts[:k]) + "/" for k in range(len(parts) - 1, 0, -1)]
    return next((FLOORS[c] for c in candidates if c in FLOORS), None)


def test_the_diagram_is_read() -> None:
    assert FLOORS["linter.py"] == 3 and FLOORS["model.py"] == 1 and FLOORS["cli/"] == 5
    assert _floor("chatwriter.rules.regex") == 2 and _floor("chatwriter.spark.submit") == 5
    assert _floor("chatwriter.spark.engine") == 4 and _floor("chatwriter.nowhere") is None


def test_every_module_has_a_floor() -> None:
    unplaced = [m for m in MODULES if m != "chatwriter" and _floor(m) is None]
    assert unplaced == [], "modules missing from the floors diagram of docs/architecture.md"


def test_no_import_runs_up_a_floor() -> None:
    upward = []
    for module in MODULES:
        own = _floor(module)
        for line, target, name in _imports(module):
            if target == "chatwriter" and module != "chatwriter":
                if name != "__version__":
                    upward.append(f"{module}:{line} takes {name} from the package root")
                continue
            if own is None or target not in MODULES:
                continue
            floor = _floor(target)
            if floor is not None and floor > own:
                upward.append(f"{module} (floor {own}):{line} imports {target} (floor {floor})")
    assert upward == []
