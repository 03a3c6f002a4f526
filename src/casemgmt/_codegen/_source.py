"""What loaders and dumpers share: reading field types, and writing a function."""

from __future__ import annotations

import enum
import itertools
import linecache
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from casemgmt.core._time import Timeframe

__all__ = ["EXACT", "Hook", "Source", "is_enum", "is_record", "optional_arg", "tuple_arg"]

Hook = Callable[..., Any]

EXACT = {str: "str", int: "int", bool: "bool"}
"""JSON scalars checked by exact type (``bool`` is not an ``int`` here)."""

_serial = itertools.count()


def optional_arg(tp: Any) -> Any:
    """``X`` for ``X | None`` / ``Optional[X]``; None otherwise."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1 and len(args) == 2:
            return rest[0]
    return None


def tuple_arg(tp: Any) -> Any:
    """``X`` for ``tuple[X, ...]``; None otherwise."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return None


def is_record(tp: Any) -> bool:
    """An attrs class written as a JSON object (``Timeframe`` is written as text)."""
    return isinstance(tp, type) and attrs.has(tp) and tp is not Timeframe


def is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


class Source:
    """The globals and text of one generated function."""

    def __init__(self, get_hook: Callable[[Any], Hook], given: dict[str, Any]) -> None:
        self.get_hook = get_hook
        self.globals: dict[str, Any] = dict(given)

    def name(self, stem: str, value: Any) -> str:
        """A new global bound to ``value``; returns its name."""
        key = f"_{stem}{len(self.globals)}"
        self.globals[key] = value
        return key

    def hook(self, tp: Any) -> str:
        """A global that becomes the converter's hook for ``tp`` on first call.

        Looking nested classes up late lets a class refer to itself, and the
        stand-in is correct whenever it runs: it only ever replaces itself
        with the converter's (complete) hook.
        """
        key = f"_hook{len(self.globals)}"
        namespace, get_hook = self.globals, self.get_hook

        def first_call(*args: Any) -> Any:
            hook = namespace[key] = get_hook(tp)
            return hook(*args)

        namespace[key] = first_call
        return key

    def compile(self, lines: list[str], fn_name: str) -> Hook:
        """The function ``fn_name`` defined by ``lines``; tracebacks show its source."""
        source = "\n".join(lines) + "\n"
        filename = f"<casemgmt generated {fn_name} #{next(_serial)}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        exec(compile(source, filename, "exec"), self.globals)  # noqa: S102 - our own source
        fn: Hook = self.globals[fn_name]
        return fn
