"""Loaders: one function per record class, written once, for the converter's hooks.

For each record class the structure factory writes a plain Python function
that

- reads every field from the parsed JSON object, checks its JSON type inline
  (``type(v) is str``; ``bool`` is not ``int``), maps enum values with a
  dict, dates and time frames through caches of parsed values, tuples with
  a tuple display (one or two items) or ``tuple(map())``, identifiers with
  the test of ``check_id`` written inline, the tested builtins as locals;
- fills the instance's slots and runs the record's own validators except the
  type checks (``core._typed``), which the loader has just made itself: a
  validator declared with ``core._refusal`` is written inline as its refusal
  condition, or skipped when the loader's parsing proves it;
- at the first problem of any kind, stops and hands the object to the
  careful function instead: cattrs' detailed validation on the same
  converter, which names every problem with its path. So there is one set of
  rules, applied fast when the data is good and slowly only to explain why
  it is not.

Documents written by ``dumps`` carry every key, so the usual case takes a
branch with no ``get`` per field; others take a branch that fills defaults
and refuses unknown keys.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable
from typing import Any

import attrs

from casemgmt._codegen import _values
from casemgmt._codegen._source import (
    EXACT,
    Hook,
    Source,
    is_enum,
    is_record,
    optional_arg,
    tuple_arg,
)
from casemgmt.core._ids import check_id
from casemgmt.core._refusal import fast_refusal
from casemgmt.core._time import Timeframe
from casemgmt.core._typed import TypeCheck, as_tuple

__all__ = ["structure_factory"]

_MISSING: Any = object()

_GLOBALS = {
    "_RefusedError": _values.RefusedError,
    "_MISSING": _MISSING,
    "_new": object.__new__,
    "_dates": _values.dates,
    "_date_new": _values.date_new,
    "_timeframes": _values.timeframes,
    "_timeframe_new": _values.timeframe_new,
    "_datetime": _values.datetime_value,
    "_float": _values.float_value,
    "_refuse": _values.refuse,
}


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
    src = Source(get_hook, _GLOBALS)
    fields = attrs.fields(attrs.resolve_types(cls))
    names = tuple(a.name for a in fields)
    keys = frozenset(names) | ({schema[0]} if schema else set())
    fn_name = f"structure_{cls.__name__}"
    key = {n: src.name("key", k) for n, k in zip(names, _parser_keys(names), strict=True)}
    lines = [f"def {fn_name}(o, _=None):", "    try:"]
    fast: list[str] = []
    for tolerant in (False, True):
        if not tolerant:
            lines.append(f"        if len(o) == {len(keys)}:")
        else:
            fast = list(lines)
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
        if check is check_id:  # inline: a call per identifier costs more than the test
            lines.append(f"        if not x{i} or x{i}.strip() != x{i}:")
            lines.append("            raise _RefusedError")
        elif (condition := fast_refusal(check)) is not None:  # declared: inline, or proved
            if condition:
                lines.append(f"        if {condition.format(v=f'x{i}', self='obj')}:")
                lines.append("            raise _RefusedError")
        elif check is not None:
            lines.append(f"        {src.name('val', check)}(obj, {src.name('attr', a)}, x{i})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("        obj.__attrs_post_init__()")
    lines.append("        return obj")
    lines.append("    except Exception:")
    lines.append("        pass")
    lines.append(f"    return {src.name('careful', careful)}(o, {src.name('cls', cls)})")
    lines[0] = f"def {fn_name}(o, _=None{_local_builtins(fast)}):"
    return src.compile(lines, fn_name)


def _local_builtins(fast: list[str]) -> str:
    """Parameters binding as locals the builtins that ``fast`` (the usual path) loads twice or more.

    Loading a builtin costs about three times loading a local on CPython
    3.11 (two dictionary versions are checked), and a type test loads two;
    a default costs about one local load per call.
    """
    text = "\n".join(fast)
    uses = {
        "type": text.count("type("),
        "len": text.count("len("),
        **{n: text.count(f"is not {n}") for n in ("str", "int", "bool", "list")},
    }
    return "".join(f", {n}={n}" for n, count in uses.items() if count >= 2)


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


def _setter(src: Source, cls: type, name: str) -> str:
    """A name bound to the fastest way to fill one field of a fresh instance."""
    for klass in cls.__mro__:
        slot = klass.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            return src.name("set", slot.__set__)
    set_attr = object.__setattr__
    return src.name("set", lambda obj, value: set_attr(obj, name, value))


def _short_tuple(var: str, one: Callable[[str], str], fn: str) -> list[str]:
    """Statements making ``var`` (a list) the tuple of ``one`` of each item.

    Most lists in a case hold one or two items, and for those a tuple
    display of direct calls costs about a third of ``tuple(map(fn, var))``,
    whose map object, iterator and tuple resize are a fixed cost per list
    (about 1,900 instructions on CPython 3.11, against 500 per item). An
    empty list is answered first, by its truth, without ``len``.
    """
    return [
        f"if not {var}:",
        f"    {var} = ()",
        f"elif ({var}_n := len({var})) == 1:",
        f"    {var} = ({one(f'{var}[0]')},)",
        f"elif {var}_n == 2:",
        f"    {var} = ({one(f'{var}[0]')}, {one(f'{var}[1]')})",
        "else:",
        f"    {var} = tuple(map({fn}, {var}))",
    ]


def _default_expr(src: Source, a: attrs.Attribute[Any]) -> str:
    default = a.default
    if default is attrs.NOTHING:
        return f"o[{a.name!r}]"  # KeyError: a required field is missing
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Any = default
        if factory.takes_self:
            return "_refuse()"  # the careful path knows how
        return f"{src.name('factory', factory.factory)}()"
    return src.name("default", default)


def _structure_lines(src: Source, tp: Any, var: str) -> list[str]:
    """Statements that check ``var`` (raw JSON) and replace it with the value."""
    if tp is bool:  # two identity tests cost less than a call of type()
        return [f"if {var} is not True and {var} is not False:", "    raise _RefusedError"]
    if tp in EXACT:
        return [f"if type({var}) is not {EXACT[tp]}:", "    raise _RefusedError"]
    if tp is float:
        return [f"{var} = _float({var})"]
    if tp is dt.date or tp is Timeframe:
        # A cache hit is one subscript (a ``try`` costs nothing until it catches).
        stem = "_dates" if tp is dt.date else "_timeframes"
        new = "_date_new" if tp is dt.date else "_timeframe_new"
        return [
            f"if type({var}) is not str:",
            "    raise _RefusedError",
            "try:",
            f"    {var} = {stem}[{var}]",
            "except KeyError:",
            f"    {var} = {new}({var})",
        ]
    if tp is dt.datetime:
        return [f"{var} = _datetime({var})"]
    if is_enum(tp):
        return [f"{var} = {src.name('enum', dict(tp._value2member_map_))}[{var}]"]
    inner = optional_arg(tp)
    if inner is not None:
        body = _structure_lines(src, inner, var)
        return [f"if {var} is not None:", *("    " + line for line in body)] if body else []
    item = tuple_arg(tp)
    if item is not None:
        head = [f"if type({var}) is not list:", "    raise _RefusedError"]
        if item in EXACT:
            return [  # an empty list (the usual one) makes no iterator
                *head,
                f"if {var}:",
                f"    for {var}_i in {var}:",
                f"        if type({var}_i) is not {EXACT[item]}:",
                "            raise _RefusedError",
                f"    {var} = tuple({var})",
                "else:",
                f"    {var} = ()",
            ]
        if is_enum(item):
            members = dict(item._value2member_map_)
            table, get = src.name("enum", members), src.name("enumget", members.__getitem__)
            return [*head, *_short_tuple(var, lambda v: f"{table}[{v}]", get)]
        if is_record(item):  # its hook is generated here too: the type argument is optional
            hook = src.hook(item)
            return [*head, *_short_tuple(var, lambda v: f"{hook}({v})", hook)]
    return [f"{var} = {src.hook(tp)}({var}, {src.name('type', tp)})"]
