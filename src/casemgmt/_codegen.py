"""Generated, specialised load and dump functions for attrs records.

``serialization`` keeps two cattrs converters for correctness (a careful one
that names every problem with its path); this module is the fast path in
front of them (issue 9). For each record class it writes, once, a plain
Python function that

- reads every field straight from the parsed JSON object, checks its JSON
  type inline (``type(v) is str``; ``bool`` is not ``int``), maps enum values
  with a dict, dates through a cache of parsed dates, and tuples with
  ``tuple(map(...))``;
- fills the instance's slots directly and then runs the class's own attrs
  validators, in field order, exactly as ``__init__`` would;
- refuses by raising ``RefusedError`` (or any exception) at the first problem,
  without saying why: the caller then runs the careful converter, which
  reports every problem. The fast path never accepts what the careful one
  refuses, and both build equal values (``tests/test_serialization_fast.py``).

Documents written by ``dumps`` carry every key, so the common case takes a
branch with no ``in``/``get`` per field; documents with omitted defaults take
a second branch that fills defaults and refuses unknown keys.

Dumping writes dicts holding dates, enums and tuples as they are, for
``orjson`` to encode natively ("native"), or plain JSON-ready values
("plain", for ``to_dict`` and the stdlib ``json`` fallback).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from casemgmt.core._time import Timeframe

__all__ = ["RefusedError", "UnsupportedError", "schema_versions", "structure_fn", "unstructure_fn"]


class RefusedError(ValueError):
    """The fast path will not take this document; the careful path explains why."""


class UnsupportedError(TypeError):
    """This type has no generated function; use the cattrs converter."""


_MISSING: Any = object()

schema_versions: dict[type, int] = {}
"""Classes whose JSON form carries a ``schema_version`` key first (``Case``)."""
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CACHE_LIMIT = 1_024
"""Small enough to fill early in a scan, so memory stays flat as a caseload grows."""

_dates: dict[str, dt.date] = {}
"""Parsed dates by their text: dates repeat across a caseload, and sharing
the (immutable) ``date`` objects saves both parsing and memory."""
_timeframes: dict[str, Timeframe] = {}
"""Timeframes by their text, likewise (``Timeframe`` is a frozen value)."""


def _date_slow(value: object) -> dt.date:
    """Parse and cache a date, with the careful path's exact rules."""
    if type(value) is not str or not _DATE_SHAPE.fullmatch(value):
        raise RefusedError
    parsed = dt.date.fromisoformat(value)  # ValueError: not a calendar date
    if len(_dates) >= _CACHE_LIMIT:
        _dates.clear()
    _dates[value] = parsed
    return parsed


def _timeframe_slow(value: object) -> Timeframe:
    if type(value) is not str:
        raise RefusedError
    frame = Timeframe(value)  # TimeframeError: not a time frame
    if len(_timeframes) >= _CACHE_LIMIT:
        _timeframes.clear()
    _timeframes[value] = frame
    return frame


def _datetime(value: object) -> dt.datetime:
    if type(value) is not str:
        raise RefusedError
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise RefusedError
    return parsed


def _float(value: object) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise RefusedError


def _optional_arg(tp: Any) -> Any:
    """``X`` for ``X | None`` / ``Optional[X]``; None otherwise."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def _tuple_arg(tp: Any) -> Any:
    """``X`` for ``tuple[X, ...]``; None otherwise."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return None


def _is_record(tp: Any) -> bool:
    """An attrs class written as a JSON object (``Timeframe`` is written as text)."""
    return isinstance(tp, type) and attrs.has(tp) and tp is not Timeframe


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


_EXACT = {str: "str", int: "int", bool: "bool"}


class _Gen:
    """Writes the source of one module of generated functions."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.globals: dict[str, Any] = {
            "RefusedError": RefusedError,
            "_MISSING": _MISSING,
            "_new": object.__new__,
            "_dates": _dates,
            "_date_slow": _date_slow,
            "_timeframes": _timeframes,
            "_timeframe_slow": _timeframe_slow,
            "_datetime": _datetime,
            "_float": _float,
            "str": str,
            "int": int,
            "bool": bool,
            "list": list,
            "tuple": tuple,
            "map": map,
            "type": type,
            "len": len,
        }
        self.counter = 0

    def name(self, stem: str, value: Any) -> str:
        self.counter += 1
        key = f"_{stem}{self.counter}"
        self.globals[key] = value
        return key

    def compile(self, source: str, fn_name: str) -> Callable[[Any], Any]:
        code = compile(source, f"<casemgmt generated {fn_name}>", "exec")
        exec(code, self.globals)  # noqa: S102 - our own generated source, no input in it
        fn: Callable[[Any], Any] = self.globals[fn_name]
        return fn


# ---------------------------------------------------------------- structure

_structure_cache: dict[Any, Callable[[Any], Any]] = {}
_unsupported: set[Any] = set()


def structure_fn(cls: Any) -> Callable[[Any], Any]:
    """The generated loader for ``cls``; raises ``UnsupportedError`` if there is none."""
    fn = _structure_cache.get(cls)
    if fn is not None:
        return fn
    if cls in _unsupported:
        raise UnsupportedError(cls)
    try:
        fn = _build_structure(cls)
    except UnsupportedError:
        _unsupported.add(cls)
        raise
    return fn


def _build_structure(cls: Any) -> Callable[[Any], Any]:
    if not _is_record(cls):
        raise UnsupportedError(cls)
    if hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        raise UnsupportedError(cls)
    gen = _Gen("structure")
    fields = attrs.fields(attrs.resolve_types(cls))
    for a in fields:
        if not a.init or a.converter is not None or a.alias != a.name or a.type is None:
            raise UnsupportedError(cls)

    # a trampoline breaks cycles: the real function is filled in below
    holder: list[Callable[[Any], Any]] = []

    def trampoline(value: Any) -> Any:
        return holder[0](value)

    _structure_cache[cls] = trampoline

    schema = schema_versions.get(cls)
    fn_name = f"structure_{cls.__name__}"
    n_keys = len(fields) + (schema is not None)
    # no ``type(o) is dict`` test: anything but a mapping fails at len() or o[...]
    lines = [f"def {fn_name}(o):"]
    twin = _loading_twin(cls) if len(fields) >= _TWIN_MIN_FIELDS else None
    if twin is not None:
        lines.append(f"    obj = {gen.name('twin', twin)}()")
        setters = [f"obj.{a.name} = " for a in fields]
    else:
        lines.append(f"    obj = _new({gen.name('cls', cls)})")
        setters = [f"{_setter(gen, cls, a.name)}(obj, " for a in fields]
    names = (("schema_version",) if schema is not None else ()) + tuple(a.name for a in fields)
    key = {name: gen.name("key", k) for name, k in zip(names, _parser_keys(names), strict=True)}
    try:
        for tolerant in (False, True):
            if not tolerant:
                lines.append(f"    if len(o) == {n_keys}:")
            else:
                keys = frozenset(a.name for a in fields) | (
                    {"schema_version"} if schema is not None else set()
                )
                lines.append("    else:")
                lines.append(f"        if not o.keys() <= {gen.name('keys', keys)}:")
                lines.append("            raise RefusedError")
            if schema is not None:
                lines.append(f"        v = o[{key['schema_version']}]")
                lines.append(f"        if type(v) is not int or v != {int(schema)}:")
                lines.append("            raise RefusedError")
            for i, a in enumerate(fields):
                var = f"x{i}"
                body = _structure_lines(gen, a.type, var)
                if not tolerant:
                    lines.append(f"        {var} = o[{key[a.name]}]")
                    lines.extend("        " + line for line in body)
                else:
                    lines.append(f"        {var} = o.get({key[a.name]}, _MISSING)")
                    lines.append(f"        if {var} is _MISSING:")
                    lines.append(f"            {var} = {_default_expr(gen, a)}")
                    if body:
                        lines.append("        else:")
                        lines.extend("            " + line for line in body)
                lines.append(f"        {setters[i]}{var}{')' if twin is None else ''}")
    except UnsupportedError:
        del _structure_cache[cls]
        raise
    if twin is not None:
        lines.append(f"    obj.__class__ = {gen.name('cls', cls)}")
    for i, a in enumerate(fields):
        if a.validator is not None and not _guaranteed(a):
            validator = gen.name("val", a.validator)
            attribute = gen.name("attr", a)
            lines.append(f"    {validator}(obj, {attribute}, x{i})")
    lines.append("    return obj")
    fn = gen.compile("\n".join(lines) + "\n", fn_name)
    holder.append(fn)
    _structure_cache[cls] = fn
    return fn


def _guaranteed(a: attrs.Attribute[Any]) -> bool:
    """True when the validator only re-checks the type the loader just built."""
    validator = a.validator
    if type(validator).__name__ != "_InstanceOfValidator":
        return False
    expected = getattr(validator, "type", None)
    return isinstance(a.type, type) and isinstance(expected, type) and issubclass(a.type, expected)


_TWIN_MIN_FIELDS = 4
"""Below this many fields, setting slots one by one beats the class switch."""


def _loading_twin(cls: type) -> type | None:
    """A subclass whose instances take plain attribute stores, or None.

    Filling a frozen instance's slots one ``object.__setattr__`` call at a
    time is most of the cost of loading. Instead the fields are stored on an
    instance of this twin (a subclass adding no slots and no frozen
    ``__setattr__``, so each store is a single specialised bytecode), and the
    instance then becomes a ``cls`` by ``__class__`` assignment, which Python
    allows exactly when the memory layout is the same. The result is an
    ordinary ``cls`` instance; the twin is never seen outside this module.
    """
    try:
        twin = type(
            f"_Loading{cls.__name__}",
            (cls,),
            {
                "__slots__": (),
                "__setattr__": object.__setattr__,
                "__delattr__": object.__delattr__,
                "__init__": object.__init__,
                "__module__": __name__,
                "__doc__": f"Internal: a {cls.__name__} being loaded (see _loading_twin).",
            },
        )
        probe: Any = object.__new__(twin)
        probe.__class__ = cls
    except TypeError:
        return None
    return twin


def _parser_keys(names: tuple[str, ...]) -> list[str]:
    """The field names as orjson's own key strings, where orjson is installed.

    orjson keeps one string object per object key it has seen and reuses it
    in every document it parses. A dict lookup whose key *is* the stored key
    ends at an identity check; an equal but distinct string (such as a code
    constant, which Python interns separately) costs a full comparison. The
    strings are equal either way, so lookups give the same answers; this
    only saves time.
    """
    try:
        import orjson
    except ImportError:  # pragma: no cover - depends on the environment
        return list(names)
    parsed = orjson.loads(orjson.dumps(dict.fromkeys(names)))
    return list(parsed) if tuple(parsed) == names else list(names)


def _setter(gen: _Gen, cls: type, name: str) -> str:
    """A name bound to the fastest way to fill one field of a fresh instance."""
    for klass in cls.__mro__:
        slot = klass.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            return gen.name("set", slot.__set__)
    set_attr = object.__setattr__
    return gen.name("set", lambda obj, value: set_attr(obj, name, value))


def _default_expr(gen: _Gen, a: attrs.Attribute[Any]) -> str:
    default = a.default
    if default is attrs.NOTHING:
        return "o[" + repr(a.name) + "]"  # KeyError: a required field is missing
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Any = default
        if factory.takes_self:
            raise UnsupportedError(a)
        return f"{gen.name('factory', factory.factory)}()"
    return gen.name("default", default)


def _structure_lines(gen: _Gen, tp: Any, var: str) -> list[str]:
    """Statements that check ``var`` (raw JSON) and replace it with the value."""
    if tp in _EXACT:
        return [f"if type({var}) is not {_EXACT[tp]}:", "    raise RefusedError"]
    if tp is float:
        return [f"{var} = _float({var})"]
    if tp is dt.date:
        return [
            f"if type({var}) is not str:",
            "    raise RefusedError",
            "try:",
            f"    {var} = _dates[{var}]",
            "except KeyError:",
            f"    {var} = _date_slow({var})",
        ]
    if tp is dt.datetime:
        return [f"{var} = _datetime({var})"]
    if tp is Timeframe:
        return [
            f"if type({var}) is not str:",
            "    raise RefusedError",
            "try:",
            f"    {var} = _timeframes[{var}]",
            "except KeyError:",
            f"    {var} = _timeframe_slow({var})",
        ]
    if _is_enum(tp):
        members = gen.name("enum", dict(tp._value2member_map_))
        return [f"{var} = {members}[{var}]"]
    inner = _optional_arg(tp)
    if inner is not None:
        body = _structure_lines(gen, inner, var)
        return [f"if {var} is not None:", *("    " + line for line in body)] if body else []
    item = _tuple_arg(tp)
    if item is not None:
        head = [f"if type({var}) is not list:", "    raise RefusedError"]
        if item in _EXACT:
            return [
                *head,
                f"if {var}:",
                f"    for {var}_i in {var}:",
                f"        if type({var}_i) is not {_EXACT[item]}:",
                "            raise RefusedError",
                f"    {var} = tuple({var})",
                "else:",
                f"    {var} = ()",
            ]
        fn = _item_fn(gen, item)
        return [*head, f"{var} = tuple(map({fn}, {var})) if {var} else ()"]
    if _is_record(tp):
        return [f"{var} = {gen.name('structure', _lazy_structure(tp))}({var})"]
    raise UnsupportedError(tp)


def _item_fn(gen: _Gen, tp: Any) -> str:
    """A one-argument function structuring one tuple item of type ``tp``."""
    if _is_enum(tp):
        return gen.name("enumget", dict(tp._value2member_map_).__getitem__)
    if _is_record(tp):
        return gen.name("structure", _lazy_structure(tp))
    body = _structure_lines(gen, tp, "v")
    fn_name = f"item{gen.counter + 1}"
    source = "\n".join([f"def {fn_name}(v):", *("    " + line for line in body), "    return v"])
    return gen.name("item", gen.compile(source + "\n", fn_name))


def _lazy_structure(cls: type) -> Callable[[Any], Any]:
    """The loader for a nested class (built now; a trampoline inside a cycle)."""
    return structure_fn(cls)


# -------------------------------------------------------------- unstructure

_unstructure_cache: dict[tuple[Any, bool], Callable[[Any], Any]] = {}


def unstructure_fn(cls: Any, *, native: bool) -> Callable[[Any], Any]:
    """The generated dumper for ``cls``; raises ``UnsupportedError`` if there is none.

    ``native=True`` leaves dates, enums and tuples for orjson to encode;
    ``native=False`` gives plain JSON-ready values (dicts, lists, str, ...).
    """
    key = (cls, native)
    fn = _unstructure_cache.get(key)
    if fn is not None:
        return fn
    if not _is_record(cls):
        raise UnsupportedError(cls)
    gen = _Gen("unstructure")
    holder: list[Callable[[Any], Any]] = []

    def trampoline(value: Any) -> Any:
        return holder[0](value)

    _unstructure_cache[key] = trampoline
    try:
        fields = attrs.fields(attrs.resolve_types(cls))
        schema = schema_versions.get(cls)
        items = [f"'schema_version': {int(schema)}"] if schema is not None else []
        temps = iter(range(10_000))
        for a in fields:
            expr = _unstructure_expr(gen, a.type, f"o.{a.name}", native, temps)
            items.append(f"{a.name!r}: {expr}")
    except UnsupportedError:
        del _unstructure_cache[key]
        raise
    fn_name = f"unstructure_{cls.__name__}"
    source = f"def {fn_name}(o):\n    return {{{', '.join(items)}}}\n"
    fn = gen.compile(source, fn_name)
    holder.append(fn)
    _unstructure_cache[key] = fn
    return fn


def _unstructure_expr(gen: _Gen, tp: Any, expr: str, native: bool, temps: Any) -> str:
    """An expression for the JSON form of ``expr``, a value of type ``tp``."""
    if tp in (str, int, bool, float, type(None)):
        return expr
    if tp is dt.date:
        return expr if native else f"{expr}.isoformat()"
    if tp is dt.datetime:
        return f"{expr}.isoformat()"
    if tp is Timeframe:
        return f"{expr}.text"
    if _is_enum(tp):
        return expr if native else f"{expr}.value"
    inner = _optional_arg(tp)
    if inner is not None:
        temp = f"_t{next(temps)}"
        converted = _unstructure_expr(gen, inner, temp, native, temps)
        if converted == temp:
            return expr
        return f"(None if ({temp} := {expr}) is None else {converted})"
    item = _tuple_arg(tp)
    if item is not None:
        converted = _unstructure_expr(gen, item, "v", native, temps)
        if converted == "v":
            return expr if native else f"list({expr})"
        if _is_record(item):
            fn = gen.name("unstructure", unstructure_fn(item, native=native))
        else:
            fn = gen.name("item", gen.compile(f"def f(v):\n    return {converted}\n", "f"))
        return f"list(map({fn}, {expr}))"
    if _is_record(tp):
        return f"{gen.name('unstructure', unstructure_fn(tp, native=native))}({expr})"
    raise UnsupportedError(tp)
