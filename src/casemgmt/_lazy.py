"""Lazy package exports (PEP 562), fed from the package's one list of imports.

Each package ``__init__`` writes each public name once, as an explicit
re-export (``from casemgmt.x._y import Name as Name``) inside
``if TYPE_CHECKING:``: what type checkers and editors read. At run time
``attach`` reads that same block from the package's source and imports a
name's module on first use, so ``import casemgmt`` stays cheap (under 50 ms
with attrs itself) while ``from casemgmt import Case`` works as usual. The
package's ``__all__`` is computed from the block, sorted (constants,
classes, functions), when it is first asked for (``from p import *``,
``p.__all__``). The idea is scientific Python's SPEC 1
(``lazy_loader.attach_stub``), without a stub file.

``from casemgmt import closure as closure`` in the block names a submodule
reachable as an attribute; it is not part of ``__all__``.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # ``typing`` itself costs more to import than this whole package
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

__all__ = ["attach", "exports_of"]


def exports_of(package: str, source: str) -> dict[str, tuple[str, str]]:
    """Each name the ``if TYPE_CHECKING:`` block of ``source`` re-exports: (module, name).

    The block holds only ``from module import name as alias`` statements, one
    a line or wrapped in parentheses as ruff formats them; anything else in it
    raises ``ImportError``, so a name cannot slip past unread. Read as text,
    not parsed: ``compile`` to a syntax tree cost five times as much, on the
    way of every ``from casemgmt import ...`` (issue 18).
    """
    _, found, rest = source.partition("\nif TYPE_CHECKING:\n")
    lines: list[str] = []
    for line in rest.splitlines() if found else ():
        if line[:1] not in ("", " "):  # back at the left margin: the block is over
            break
        lines.append(line.partition("#")[0])
    words = " ".join(lines).replace("(", " ").replace(")", " ").replace(",", " ").split()
    homes: dict[str, tuple[str, str]] = {}
    at = 0
    while at < len(words):
        if words[at] != "from" or words[at + 2 : at + 3] != ["import"]:
            break
        module, at = words[at + 1], at + 3
        while at < len(words) and words[at] != "from":
            if words[at + 1 : at + 2] != ["as"] or at + 2 >= len(words):
                break
            homes[words[at + 2]] = (module, words[at])
            at += 3
        else:
            continue
        break
    if at < len(words) or not homes:
        where = " ".join(words[at : at + 4])
        msg = (
            f"{package}: its `if TYPE_CHECKING:` block must hold only"
            f" `from module import name as name` lines (stopped at {where!r})"
        )
        raise ImportError(msg)
    return homes


def _sort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order for ``__all__``: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def _table(package: str) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """(public name -> (module, name), submodule names) from the package's import block."""
    module = sys.modules[package]
    loader = module.__spec__.loader if module.__spec__ is not None else None
    source = loader.get_source(package) if loader is not None else None  # type: ignore[attr-defined]
    if source is None:
        msg = f"{package}: its source is needed to read its exports (installed without .py files?)"
        raise ImportError(msg)
    homes = exports_of(package, source)
    children = {name for name, (home, _) in homes.items() if home == package}
    names = {name: home for name, home in homes.items() if name not in children}
    return names, children


def _module(name: str) -> Any:
    """The module ``name``, imported if need be (``importlib`` costs 5 ms to import)."""
    __import__(name)
    return sys.modules[name]


def attach(package: str) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Module ``__getattr__`` and ``__dir__`` for ``package``.

    The ``__getattr__`` also answers ``__all__``: the names the import block
    imports (submodules aside), sorted. The block is read on the first
    lookup, not at import: importing a submodule (as the layers do) costs
    nothing here.
    """
    namespace = sys.modules[package].__dict__
    read: list[tuple[dict[str, tuple[str, str]], set[str]]] = []

    def table() -> tuple[dict[str, tuple[str, str]], set[str]]:
        if not read:  # two threads may both read it: same answer, no harm
            read.append(_table(package))
        return read[0]

    def __getattr__(name: str) -> Any:  # noqa: N807 - the PEP 562 hook's own name
        names, children = table()
        home = names.get(name)
        if home is not None:
            value = getattr(_module(home[0]), home[1])
            namespace[name] = value
            return value
        if name in children:
            return _module(f"{package}.{name}")
        if name == "__all__":
            public = namespace[name] = sorted(names, key=_sort_key)
            return public
        msg = f"module {package!r} has no attribute {name!r}"
        raise AttributeError(msg)

    def __dir__() -> list[str]:  # noqa: N807 - the PEP 562 hook's own name
        names, children = table()
        return sorted({*namespace, *names, *children, "__all__"})

    return __getattr__, __dir__
