"""Load and dump functions written once per record class, for the one converter.

``serialization`` owns one ``cattrs.Converter``; this module gives it hook
factories. For each record class the structure factory writes a plain
Python function that

- reads every field from the parsed JSON object, checks its JSON type inline
  (``type(v) is str``; ``bool`` is not ``int``), maps enum values with a
  dict, dates through a cache of parsed dates, tuples with ``tuple(map())``;
- fills the instance's slots and runs the record's own validators except the
  type checks (``core._typed``), which the loader has just made itself;
- at the first problem of any kind, stops and hands the object to the
  careful function instead: cattrs' detailed validation on the same
  converter, which names every problem with its path. So there is one set of
  rules, applied fast when the data is good and slowly only to explain why
  it is not.

Documents written by ``dumps`` carry every key, so the usual case takes a
branch with no ``get`` per field; others take a branch that fills defaults
and refuses unknown keys.

The unstructure factory writes one dict display per class: "plain" values
for ``to_dict`` and the converter, or "native" values (dates, tuples and the
enum members' stored values) for ``orjson`` to encode directly.

Every generated function is complete before anyone can call it: nested
classes are looked up from the converter on a field's first use, so there is
no placeholder to race on, and the source is registered in ``linecache`` so
tracebacks show it.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import linecache
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from casemgmt.core._time import Timeframe
from casemgmt.core._typed import TypeCheck, as_tuple

__all__ = ["is_record", "structure_factory", "unstructure_factory"]

Hook = Callable[..., Any]

_MISSING: Any = object()
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CACHE_LIMIT = 1_024
"""Small enough to fill early in a scan, so memory stays flat as a caseload grows."""

_dates: dict[str, dt.date] = {}
"""Parsed dates by their text: dates repeat across a caseload, and sharing
the (immutable) ``date`` objects saves both parsing and memory."""
_timeframes: dict[str, Timeframe] = {}
"""Timeframes by their text, likewise (``Timeframe`` is a frozen value)."""


class _RefusedError(ValueError):
    """The fast path stops here; the careful path will say why."""


def _date_slow(value: str) -> dt.date:
    if not _DATE_SHAPE.fullmatch(value):
        raise _RefusedError
    parsed = dt.date.fromisoformat(value)  # ValueError: not a calendar date
    if len(_dates) >= _CACHE_LIMIT:
        _dates.clear()
    _dates[value] = parsed
    return parsed


def _timeframe_slow(value: str) -> Timeframe:
    frame = Timeframe(value)  # TimeframeError: not a time frame
    if len(_timeframes) >= _CACHE_LIMIT:
        _timeframes.clear()
    _timeframes[value] = frame
    return frame


def _refuse() -> Any:
    raise _RefusedError


def _datetime(value: object) -> dt.datetime:
    if type(value) is not str:
        raise _RefusedError
    parsed = dt.datetime.fromisoformat(value)
    if parsed.utcoffset() is None:
        raise _RefusedError
    return parsed


def _float(value: object) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise _RefusedError


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


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


_EXACT = {str: "str", int: "int", bool: "bool"}
_serial = itertools.count()


class _Source:
    """The globals and text of one generated function."""

    def __init__(self, get_hook: Callable[[Any], Hook]) -> None:
        self.get_hook = get_hook
        self.globals: dict[str, Any] = {
            "_RefusedError": _RefusedError,
            "_MISSING": _MISSING,
            "_new": object.__new__,
            "_dates": _dates,
            "_date_slow": _date_slow,
            "_timeframes": _timeframes,
            "_timeframe_slow": _timeframe_slow,
            "_datetime": _datetime,
            "_float": _float,
            "_refuse": _refuse,
        }

    def name(self, stem: str, value: Any) -> str:
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
        source = "\n".join(lines) + "\n"
        filename = f"<casemgmt generated {fn_name} #{next(_serial)}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        exec(compile(source, filename, "exec"), self.globals)  # noqa: S102 - our own source
        fn: Hook = self.globals[fn_name]
        return fn


# ---------------------------------------------------------------- structure


def structure_factory(
    get_hook: Callable[[Any], Hook],
    careful: Callable[[type], Hook],
    *,
    schema: tuple[str, int] | None = None,
) -> Callable[[type], Hook]:
    """A cattrs structure hook factory for record classes.

    ``get_hook(tp)`` is the converter's hook for a nested type;
    ``careful(cls)`` builds the detailed hook that explains a refusal;
    ``schema`` is a leading ``(key, version)`` the JSON object must carry.
    """

    def factory(cls: type) -> Hook:
        explain = careful(cls)
        if not all(a.init and a.alias == a.name for a in attrs.fields(cls)):
            return explain  # rare shapes: cattrs' own structuring does it all
        return _structure_fn(cls, get_hook, explain, schema)

    return factory


def _structure_fn(
    cls: type, get_hook: Callable[[Any], Hook], careful: Hook, schema: tuple[str, int] | None
) -> Hook:
    src = _Source(get_hook)
    fields = attrs.fields(attrs.resolve_types(cls))
    names = tuple(a.name for a in fields)
    keys = frozenset(names) | ({schema[0]} if schema else set())
    fn_name = f"structure_{cls.__name__}"
    key = {n: src.name("key", k) for n, k in zip(names, _parser_keys(names), strict=True)}
    lines = [f"def {fn_name}(o, _=None):", "    try:"]
    for tolerant in (False, True):
        if not tolerant:
            lines.append(f"        if len(o) == {len(keys)}:")
        else:
            lines.append("        else:")
            lines.append(f"            if not o.keys() <= {src.name('keys', keys)}:")
            lines.append("                raise _RefusedError")
        if schema:
            lines.append(f"            v = o[{schema[0]!r}]")
            lines.append(f"            if type(v) is not int or v != {int(schema[1])}:")
            lines.append("                raise _RefusedError")
        for i, a in enumerate(fields):
            var = f"x{i}"
            body = _structure_lines(src, a.type, var)
            if a.converter is not None and a.converter is not as_tuple:
                body.append(f"{var} = {src.name('conv', a.converter)}({var})")
            if not tolerant:
                lines.append(f"            {var} = o[{key[a.name]}]")
                lines.extend("            " + line for line in body)
            else:
                lines.append(f"            {var} = o.get({a.name!r}, _MISSING)")
                lines.append(f"            if {var} is _MISSING:")
                lines.append(f"                {var} = {_default_expr(src, a)}")
                if body:
                    lines.append("            else:")
                    lines.extend("                " + line for line in body)
    if len(fields) >= _TWIN_MIN_FIELDS and (twin := _loading_twin(cls)) is not None:
        lines.append(f"        obj = {src.name('twin', twin)}()")
        lines.extend(f"        obj.{name} = x{i}" for i, name in enumerate(names))
        lines.append(f"        obj.__class__ = {src.name('cls', cls)}")
    else:
        lines.append(f"        obj = _new({src.name('cls', cls)})")
        lines.extend(
            f"        {_setter(src, cls, name)}(obj, x{i})" for i, name in enumerate(names)
        )
    for i, a in enumerate(fields):
        check = _own_validator(a)
        if check is not None:
            lines.append(f"        {src.name('val', check)}(obj, {src.name('attr', a)}, x{i})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("        obj.__attrs_post_init__()")
    lines.append("        return obj")
    lines.append("    except Exception:")
    lines.append("        pass")
    lines.append(f"    return {src.name('careful', careful)}(o, {src.name('cls', cls)})")
    return src.compile(lines, fn_name)


def _parser_keys(names: tuple[str, ...]) -> list[str]:
    """The field names as orjson's own key strings, where orjson is installed.

    orjson keeps one string object per short object key and reuses it in
    every document it parses. A dict lookup whose key *is* the stored key
    ends at an identity check; an equal but distinct string (a code constant)
    costs a comparison. The strings are equal either way, so lookups give
    the same answers; this only saves time (about 7% of loading a case).
    """
    try:
        import orjson
    except ImportError:  # pragma: no cover - depends on the environment
        return list(names)
    parsed = list(orjson.loads(orjson.dumps(dict.fromkeys(names))))
    return parsed if tuple(parsed) == names else list(names)


def _own_validator(a: attrs.Attribute[Any]) -> Any:
    """The field's validator minus the type check the loader already made."""
    validator = a.validator
    if isinstance(validator, TypeCheck):
        return validator.then
    return validator


_TWIN_MIN_FIELDS = 4
"""Below this many fields, setting slots one by one beats the class switch."""


def _loading_twin(cls: type) -> type | None:
    """A subclass whose instances take plain attribute stores, or None.

    Filling a frozen instance's slots one ``__set__`` call at a time is most
    of the cost of loading. Instead the fields are stored on an instance of
    this twin (a subclass adding no slots and no frozen ``__setattr__``, so
    each store is one specialised bytecode), which then becomes a ``cls`` by
    ``__class__`` assignment, which Python allows exactly when the memory
    layout is the same. The result is an ordinary ``cls`` instance. See
    docs/explanation/loading-twin.md for why this stays.
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


def _setter(src: _Source, cls: type, name: str) -> str:
    """A name bound to the fastest way to fill one field of a fresh instance."""
    for klass in cls.__mro__:
        slot = klass.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            return src.name("set", slot.__set__)
    set_attr = object.__setattr__
    return src.name("set", lambda obj, value: set_attr(obj, name, value))


def _default_expr(src: _Source, a: attrs.Attribute[Any]) -> str:
    default = a.default
    if default is attrs.NOTHING:
        return f"o[{a.name!r}]"  # KeyError: a required field is missing
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Any = default
        if factory.takes_self:
            return "_refuse()"  # the careful path knows how
        return f"{src.name('factory', factory.factory)}()"
    return src.name("default", default)


def _structure_lines(src: _Source, tp: Any, var: str) -> list[str]:
    """Statements that check ``var`` (raw JSON) and replace it with the value."""
    if tp in _EXACT:
        return [f"if type({var}) is not {_EXACT[tp]}:", "    raise _RefusedError"]
    if tp is float:
        return [f"{var} = _float({var})"]
    if tp is dt.date or tp is Timeframe:
        cache, slow = (
            ("_dates", "_date_slow") if tp is dt.date else ("_timeframes", "_timeframe_slow")
        )
        return [
            f"if type({var}) is not str:",
            "    raise _RefusedError",
            "try:",
            f"    {var} = {cache}[{var}]",
            "except KeyError:",
            f"    {var} = {slow}({var})",
        ]
    if tp is dt.datetime:
        return [f"{var} = _datetime({var})"]
    if _is_enum(tp):
        return [f"{var} = {src.name('enum', dict(tp._value2member_map_))}[{var}]"]
    inner = optional_arg(tp)
    if inner is not None:
        body = _structure_lines(src, inner, var)
        return [f"if {var} is not None:", *("    " + line for line in body)] if body else []
    item = tuple_arg(tp)
    if item is not None:
        head = [f"if type({var}) is not list:", "    raise _RefusedError"]
        if item in _EXACT:
            return [
                *head,
                f"for {var}_i in {var}:",
                f"    if type({var}_i) is not {_EXACT[item]}:",
                "        raise _RefusedError",
                f"{var} = tuple({var}) if {var} else ()",
            ]
        if _is_enum(item):
            fn = src.name("enumget", dict(item._value2member_map_).__getitem__)
            return [*head, f"{var} = tuple(map({fn}, {var})) if {var} else ()"]
        if is_record(item):  # its hook is generated here too: the type argument is optional
            return [*head, f"{var} = tuple(map({src.hook(item)}, {var})) if {var} else ()"]
    return [f"{var} = {src.hook(tp)}({var}, {src.name('type', tp)})"]


# -------------------------------------------------------------- unstructure


def unstructure_factory(
    get_hook: Callable[[Any], Hook], *, native: bool, schema: tuple[str, int] | None = None
) -> Callable[[type], Hook]:
    """A hook factory writing one dict display per record class.

    ``native=True`` leaves dates and tuples for orjson to encode and writes
    enums as their members' stored values; ``native=False`` gives plain
    JSON-ready values (dicts, lists, str, ...).
    """

    def factory(cls: type) -> Hook:
        src = _Source(get_hook)
        fields = attrs.fields(attrs.resolve_types(cls))
        items = [f"{schema[0]!r}: {int(schema[1])}"] if schema else []
        temps = itertools.count()
        items.extend(
            f"{a.name!r}: {_unstructure_expr(src, a.type, f'o.{a.name}', native, temps)}"
            for a in fields
        )
        fn_name = f"unstructure_{cls.__name__}"
        return src.compile([f"def {fn_name}(o):", f"    return {{{', '.join(items)}}}"], fn_name)

    return factory


def _unstructure_expr(src: _Source, tp: Any, expr: str, native: bool, temps: Any) -> str:
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
        return f"{expr}._value_"  # the stored value: Enum.value is a slow property
    inner = optional_arg(tp)
    if inner is not None:
        temp = f"_t{next(temps)}"
        converted = _unstructure_expr(src, inner, temp, native, temps)
        if converted == temp:
            return expr
        return f"(None if ({temp} := {expr}) is None else {converted})"
    item = tuple_arg(tp)
    if item is not None:
        converted = _unstructure_expr(src, item, "v", native, temps)
        if converted == "v":
            return expr if native else f"list({expr})"
        return f"[{converted} for v in {expr}]"
    return f"{src.hook(tp)}({expr})"
