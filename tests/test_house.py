"""The house: imports point down the layers (no cycle, counting imports inside functions), and
no module outgrows what one reader can hold. Read from the source, not from an import."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "geomap"
MAX_LINES = 450
MAX_BUILD_LINES = 350


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    return modules


def _type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imports(tree: ast.AST, package: str):
    """Every import statement run at some time (at the top or inside a function), without the
    ones only a type checker reads."""
    for node in ast.iter_child_nodes(tree):
        if _type_checking(node):
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                yield f"{base}.{alias.name}", base
        yield from _imports(node, package)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for found in _imports(ast.parse(path.read_text(encoding="utf-8")), package):
            # `from geomap import style` imports the module geomap.style, not the package.
            candidates = found if isinstance(found, tuple) else (found,)
            target = next((c for c in candidates if c in modules), None)
            if target is None:
                target = next(
                    (c.rpartition(".")[0] for c in candidates if c.rpartition(".")[0] in modules),
                    None,
                )
            if target and target != name:
                graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_counting_imports_inside_functions():
    assert _cycle(_graph()) is None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_imports_point_down_the_layers_of_the_contract():
    """The layers import-linter keeps (pyproject's [tool.importlinter]), checked here on every
    import, inside functions too."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    rank = {}
    for depth, layer in enumerate(contract["layers"]):
        for name in layer.replace(":", "|").split("|"):
            rank[f"geomap.{name.strip()}"] = depth

    def layer_of(module: str) -> int | None:
        while module:
            if module in rank:
                return rank[module]
            module = module.rpartition(".")[0]
        return None

    graph = _graph()
    assert set(graph) - {"geomap", "geomap.__main__", "geomap.data"} <= {
        m for m in graph if layer_of(m) is not None
    }, "every module belongs to a layer"
    upward = [
        f"{source} -> {target}"
        for source, targets in graph.items()
        for target in targets
        if layer_of(source) is not None
        and layer_of(target) is not None
        and layer_of(target) < layer_of(source)
    ]
    assert upward == []


@pytest.mark.skipif(ROOT.name == "mutants", reason="mutmut's copies carry its own code")
def test_no_module_outgrows_one_reader():
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules().values()
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}
    assert sizes["geomap/build.py"] <= MAX_BUILD_LINES


def _constants_bound_twice(source: str) -> set[str]:
    """Names in capitals a module binds more than once at its top level (a pattern defined
    again under the same name replaces the first for every use of it, silently)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for target in targets:
            name = target.id if isinstance(target, ast.Name) else ""
            if name.lstrip("_")[:1].isupper() and name.lstrip("_").upper() == name.lstrip("_"):
                (twice if name in seen else seen).add(name)
    return twice


def test_no_module_binds_a_constant_twice():
    found = {
        str(path.relative_to(ROOT)): sorted(names)
        for path in _modules().values()
        if (names := _constants_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_a_constant_bound_twice_is_found():
    source = "_A_RE = 1\nB = 2\n_A_RE: int = 3\nc = 4\nc = 5\n"
    assert _constants_bound_twice(source) == {"_A_RE"}
