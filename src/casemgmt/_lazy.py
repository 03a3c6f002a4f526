"""Lazy package exports (PEP 562): a name's module is imported on first use.

``from casemgmt.closure import ClosureRecord`` then loads the closure records
without the closure rules, and ``import casemgmt`` loads no records at all
(issue 9: import time). Every package uses this one helper.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["attach"]


def attach(
    package: str, homes: Mapping[str, Iterable[str]], submodules: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Module ``__getattr__`` and ``__dir__`` for ``package``.

    ``homes`` maps a module to the public names it defines; ``submodules``
    are child modules reachable as attributes after a bare package import.
    """
    home_of = {name: module for module, names in homes.items() for name in names}
    children = frozenset(submodules)
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:  # noqa: N807 - the PEP 562 hook's own name
        module = home_of.get(name)
        if module is not None:
            value = getattr(importlib.import_module(module), name)
            namespace[name] = value
            return value
        if name in children:
            return importlib.import_module(f"{package}.{name}")
        msg = f"module {package!r} has no attribute {name!r}"
        raise AttributeError(msg)

    def __dir__() -> list[str]:  # noqa: N807 - the PEP 562 hook's own name
        return sorted({*namespace, *home_of, *children})

    return __getattr__, __dir__
