"""The package's import graph: no module imports, at the top or inside a function, a module
that imports it back. Read from the source with `ast`, so it counts the imports a test run
never reaches."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(KG.rglob("*.py")):
        parts = list(path.relative_to(KG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The nodes under `if TYPE_CHECKING:`: imports for annotations, never run."""
    return {id(node) for branch in ast.walk(tree)
            if isinstance(branch, ast.If) and "TYPE_CHECKING" in ast.unparse(branch.test)
            for node in ast.walk(branch)}


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The kg modules `name` imports anywhere in its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_only(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            # `from kg import kinds` imports the module kg.kinds; `from kg.x import f`, kg.x
            targets.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                           for alias in node.names)
    resolved = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports(name, path, known) for name, path in found.items()}


def cycles(edges: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other, directly or through others (the strongly
    connected components of more than one module), by Tarjan's algorithm."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while not group or node not in group:
                group.add(stack.pop())
            if len(group) > 1:
                found.append(group)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def registry(group: set[str]) -> bool:
    """A package and its own modules only: a registry loading its built-ins on first use
    (`kg.extract` its extractors), the built-ins registering themselves with it."""
    package = min(group, key=len)
    return all(name == package or name.startswith(package + ".") for name in group)


def test_the_reader_sees_the_modules_and_their_imports():
    edges = graph()
    assert {"kg.evaluate", "kg.matching", "kg.kinds", "kg.kinds.meeting"} <= set(edges)
    assert "kg.matching" in edges["kg.kinds.meeting"]
    assert "kg.kinds" in edges["kg.evaluate"]
    assert "kg.queries" in edges["kg.cli"]  # an import inside a function counts
    assert "kg.kinds.meeting" in edges["kg.kinds"]  # the registry loads its built-ins


def test_the_cycle_finder_finds_them():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "e"}, "e": {"d"}, "f": {"a"}}
    assert sorted(map(sorted, cycles(edges))) == [["a", "b", "c"], ["d", "e"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    assert registry({"kg.extract", "kg.extract.posts"}) and not registry({"kg.rdf", "kg.kinds"})


def test_the_import_graph_has_no_cycle():
    """No module imports one that imports it back (a registry loading its own built-ins
    aside): the scorer's name matching is `kg.matching`, the IRIs `kg.iris`."""
    assert [group for group in cycles(graph()) if not registry(group)] == []
