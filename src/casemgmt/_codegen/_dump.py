"""Dumpers: one dict display per record class, for the converter and for orjson.

"Plain" dumpers give JSON-ready values (for ``to_dict`` and the converter);
"native" ones leave dates and tuples for orjson to encode and write enum
members' stored values.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

import attrs

from casemgmt._codegen._source import Hook, Source, is_enum, is_record, optional_arg, tuple_arg
from casemgmt.core._time import Timeframe

__all__ = ["unstructure_factory"]


def unstructure_factory(
    get_hook: Callable[[Any], Hook], *, native: bool, schema: tuple[str, int] | None = None
) -> Callable[[type], Hook]:
    """A hook factory writing one dict display per record class.

    ``native=True`` leaves dates and tuples for orjson to encode and writes
    enums as their members' stored values; ``native=False`` gives plain
    JSON-ready values (dicts, lists, str, ...). Nested records are written
    inline down to ``INLINE_DEPTH`` levels (a call per small record costs
    about as much as building its dict); deeper ones, and a class inside
    itself, call their own dumper.
    """

    def factory(cls: type) -> Hook:
        writer = _Writer(Source(get_hook, {}), native)
        head = [f"{schema[0]!r}: {int(schema[1])}"] if schema else []
        display = writer.record(cls, "o", (cls,), head)
        fn_name = f"unstructure_{cls.__name__}"
        return writer.src.compile([f"def {fn_name}(o):", f"    return {display}"], fn_name)

    return factory


INLINE_DEPTH = 3
"""Levels of records written inside one function (the class itself counts)."""


class _Writer:
    """Expressions for the JSON form of values, in one generated function."""

    def __init__(self, src: Source, native: bool) -> None:
        self.src = src
        self.native = native
        self.temps = itertools.count()

    def temp(self) -> str:
        return f"_t{next(self.temps)}"

    def record(self, cls: type, expr: str, inside: tuple[type, ...], head: list[str]) -> str:
        """A dict display of the record ``expr``, evaluating ``expr`` once."""
        fields = attrs.fields(attrs.resolve_types(cls))
        items = list(head)
        first = expr
        if not expr.isidentifier():  # dict displays run left to right: the first field binds it
            expr = self.temp()
            first = f"({expr} := {first})"
        for i, a in enumerate(fields):
            value = f"{first if i == 0 else expr}.{a.name}"
            items.append(f"{a.name!r}: {self.value(a.type, value, inside)}")
        return f"{{{', '.join(items)}}}"

    def value(self, tp: Any, expr: str, inside: tuple[type, ...]) -> str:
        """An expression for the JSON form of ``expr`` (used once), a value of type ``tp``."""
        native = self.native
        if tp in (str, int, bool, float, type(None)):
            return expr
        if tp is dt.date:
            return expr if native else f"{expr}.isoformat()"
        if tp is dt.datetime:
            return f"{expr}.isoformat()"
        if tp is Timeframe:
            return f"{expr}.text"
        if is_enum(tp):
            return f"{expr}._value_"  # the stored value: Enum.value is a slow property
        inner = optional_arg(tp)
        if inner is not None:
            temp = self.temp()
            converted = self.value(inner, temp, inside)
            if converted == temp:
                return expr
            return f"(None if ({temp} := {expr}) is None else {converted})"
        item = tuple_arg(tp)
        if item is not None:
            each = self.temp()
            converted = self.value(item, each, inside)
            if converted == each:
                return expr if native else f"list({expr})"
            # An empty tuple needs no list (orjson writes it as []), and the list
            # is built from a name: no ``:=`` may stand in a comprehension's iterable.
            temp = self.temp()
            empty = temp if native else "[]"
            return f"([{converted} for {each} in {temp}] if ({temp} := {expr}) else {empty})"
        if self._inline(tp, inside):
            return self.record(tp, expr, (*inside, tp), [])
        return f"{self.src.hook(tp)}({expr})"

    @staticmethod
    def _inline(tp: Any, inside: tuple[type, ...]) -> bool:
        return (
            is_record(tp)
            and len(inside) < INLINE_DEPTH
            and tp not in inside
            and bool(attrs.fields(tp))
        )
