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

    A tuple that needs converting (of records or enums) becomes a list in a
    ``for`` loop written before the display, not in a list comprehension: on
    Python 3.11 a comprehension is a function made and called each time it
    runs, about 1,000 instructions per non-empty list (~6% of ``dumps`` on
    the strategies' cases, where most lists hold one to three items).
    """

    def factory(cls: type) -> Hook:
        writer = _Writer(Source(get_hook, {}), native)
        head = [f"{schema[0]!r}: {int(schema[1])}"] if schema else []
        body: list[str] = []
        display = writer.record(cls, "o", (cls,), head, body)
        fn_name = f"unstructure_{cls.__name__}"
        lines = [f"def {fn_name}(o):", *("    " + line for line in body), f"    return {display}"]
        return writer.src.compile(lines, fn_name)

    return factory


INLINE_DEPTH = 3
"""Levels of records written inside one function (the class itself counts)."""


class _Writer:
    """Expressions for the JSON form of values, in one generated function.

    Each method returns an expression and appends to ``out`` the statements
    that must run before it (binding temporaries, building lists).
    """

    def __init__(self, src: Source, native: bool) -> None:
        self.src = src
        self.native = native
        self.temps = itertools.count()

    def temp(self) -> str:
        return f"_t{next(self.temps)}"

    def record(
        self, cls: type, expr: str, inside: tuple[type, ...], head: list[str], out: list[str]
    ) -> str:
        """A dict display of the record ``expr``, evaluating ``expr`` once."""
        fields = attrs.fields(attrs.resolve_types(cls))
        items = list(head)
        if not expr.isidentifier():
            temp = self.temp()
            out.append(f"{temp} = {expr}")
            expr = temp
        for a in fields:
            value = self.value(a.type, f"{expr}.{a.name}", inside, out)
            items.append(f"{a.name!r}: {value}")
        return f"{{{', '.join(items)}}}"

    def value(self, tp: Any, expr: str, inside: tuple[type, ...], out: list[str]) -> str:
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
            return self._optional(inner, expr, inside, out)
        item = tuple_arg(tp)
        if item is not None:
            return self._tuple(item, expr, inside, out)
        if self._inline(tp, inside):
            return self.record(tp, expr, (*inside, tp), [], out)
        return f"{self.src.hook(tp)}({expr})"

    def _optional(self, inner: Any, expr: str, inside: tuple[type, ...], out: list[str]) -> str:
        temp = self.temp()
        before: list[str] = []
        converted = self.value(inner, temp, inside, before)
        if converted == temp and not before:
            return expr
        if not before:
            return f"(None if ({temp} := {expr}) is None else {converted})"
        out.append(f"{temp} = {expr}")
        out.append(f"if {temp} is not None:")
        out.extend("    " + line for line in before)
        out.append(f"    {temp} = {converted}")
        return temp

    def _tuple(self, item: Any, expr: str, inside: tuple[type, ...], out: list[str]) -> str:
        each = self.temp()
        before: list[str] = []
        converted = self.value(item, each, inside, before)
        if converted == each and not before:
            return expr if self.native else f"list({expr})"
        temp, built = self.temp(), self.temp()
        out.append(f"{temp} = {expr}")
        out.append(f"if {temp}:")  # an empty tuple needs no list: orjson writes it as []
        out.append(f"    {built} = []")
        out.append(f"    for {each} in {temp}:")
        out.extend("        " + line for line in before)
        out.append(f"        {built}.append({converted})")
        out.append(f"    {temp} = {built}")
        if not self.native:
            out.append("else:")
            out.append(f"    {temp} = []")
        return temp

    @staticmethod
    def _inline(tp: Any, inside: tuple[type, ...]) -> bool:
        return (
            is_record(tp)
            and len(inside) < INLINE_DEPTH
            and tp not in inside
            and bool(attrs.fields(tp))
        )
