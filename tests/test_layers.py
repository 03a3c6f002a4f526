"""Imports across layers sit at the top of a module, where readers and `lint-imports` see them.

Issue 18: a layer's dependencies are its module-level imports. An import
inside a function is allowed within one layer (a package deferring its own
optional parts) and in the two places the architecture note names, where
deferring a downward import is measured to matter: the command line (each
subcommand loads only what it runs) and a record's ``_repr_html_`` (the
display code is a tenth of importing a case).
"""

from __future__ import annotations

import ast
from pathlib import Path

import casemgmt

SRC = Path(casemgmt.__file__).parent

DEFERRED_ON_PURPOSE = {
    ("casemgmt.case", "_repr_html_", "casemgmt._html"),
}
"""(module, function, imported layer) allowed inside a function, outside the CLI."""


def _layer(module: str) -> str:
    """``casemgmt.closure._ops`` -> ``casemgmt.closure``: the unit the layers contract orders."""
    return ".".join(module.split(".")[:2])


def _function_local_imports() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else []
                )
                found.extend(
                    (module, func.name, _layer(name))
                    for name in names
                    if name.startswith("casemgmt") and _layer(name) != _layer(module)
                )
    return found


def test_the_scan_sees_function_local_imports() -> None:
    """The scan is not blind: the command line's deferred imports are found."""
    assert any(m.startswith("casemgmt.cli.") for m, _, _ in _function_local_imports())


def test_no_function_local_imports_across_layers() -> None:
    """Outside the CLI and the named deferrals, cross-layer imports are module-level."""
    stray = [
        found
        for found in _function_local_imports()
        if not found[0].startswith("casemgmt.cli") and found not in DEFERRED_ON_PURPOSE
    ]
    assert stray == []
