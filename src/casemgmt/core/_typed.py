"""Type checks at construction: a record refuses a value of the wrong type.

A record built from Python (not from JSON) could otherwise hold a string
where a date belongs, and then ``validate`` says nothing and the round trip
through JSON breaks (issue 12). ``typed`` is an attrs field transformer that
puts one ``TypeCheck`` in front of the first field's own validator; attrs
runs validators after every field is set, in field order, so that one check
sees the whole record and runs before any field's own validator. It checks
every field, so a field added later is checked too. A list given for a
``tuple[...]`` field is made a tuple (the obvious intent); anything else of
the wrong type raises ``TypeError`` naming the class, the field and the
expected type, never the value.

One check per record rather than one validator and converter per field
keeps the methods attrs generates short: compiling them was most of the
cost of importing the records (issue 18). The tests per type are built on
a class's first construction, not when it is defined.

The JSON loader builds the right types itself, so it runs only the
validators behind the check (``TypeCheck.then``).
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["TypeCheck", "as_tuple", "typed"]

Predicate = Callable[[object], bool]


def as_tuple(value: object) -> object:
    """A list as a tuple, anything else as it is (how ``TypeCheck`` treats tuple fields)."""
    return tuple(value) if type(value) is list else value


class TypeCheck:
    """attrs validator: every field of the record has its declared type; then ``then``."""

    __slots__ = ("_plans", "then")

    def __init__(self, then: Any) -> None:
        self.then = then
        self._plans: dict[type, _Plan] = {}

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        cls = type(instance)
        plan = self._plans.get(cls)
        if plan is None:  # types are resolved late: records refer to classes defined after them
            plan = self._plans[cls] = _plan(cls)
        for name, ok, expected, is_tuple in plan:
            field_value = getattr(instance, name)
            if ok(field_value):
                continue
            if is_tuple and type(field_value) is list:
                field_value = tuple(field_value)
                if ok(field_value):
                    object.__setattr__(instance, name, field_value)  # the record is being built
                    continue
            msg = f"{cls.__name__}.{name} must be {expected}, not {_kind(field_value)}"
            raise TypeError(msg)
        if self.then is not None:
            self.then(instance, attribute, value)

    def __repr__(self) -> str:
        return f"<TypeCheck then={self.then!r}>"


_Plan = tuple[tuple[str, Predicate, str, bool], ...]
"""Per field: its name, the test, what it expects, whether a list becomes a tuple."""


def _plan(cls: type) -> _Plan:
    return tuple(
        (a.name, *_predicate(a.type), typing.get_origin(a.type) is tuple)
        for a in attrs.fields(attrs.resolve_types(cls))
    )


def _kind(value: object) -> str:
    """The type of ``value`` (for a tuple, of its items too), never the value."""
    name = type(value).__name__
    if isinstance(value, tuple) and value:
        return f"a {name} holding {', '.join(sorted({type(v).__name__ for v in value}))}"
    return name


def _describe(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _predicate(tp: Any) -> tuple[Predicate, str]:
    """A test for values of ``tp`` and how to say what it expects."""
    if tp is bool:
        return (lambda v: type(v) is bool), "True or False"
    if tp is int:
        return (lambda v: isinstance(v, int) and type(v) is not bool), "a whole number (int)"
    if tp is float:
        return (lambda v: isinstance(v, int | float) and type(v) is not bool), "a number"
    if tp is dt.date:
        return (
            lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime)
        ), "a datetime.date"
    if tp is str:
        return (lambda v: isinstance(v, str)), "text (str)"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return (lambda v: isinstance(v, tp)), f"a {tp.__name__} member"
    if isinstance(tp, type):
        return (lambda v: isinstance(v, tp)), f"a {tp.__name__}"
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        parts = [_predicate(a) for a in args if a is not type(None)]
        optional = type(None) in args
        tests = [p for p, _ in parts]
        text = " or ".join(d for _, d in parts) + (" or None" if optional else "")
        return (lambda v: (optional and v is None) or any(t(v) for t in tests)), text
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item, _ = _predicate(args[0])
        return (
            lambda v: type(v) is tuple and all(map(item, v))
        ), f"a tuple of {_describe(args[0])}"
    if origin is tuple:
        items = [_predicate(a)[0] for a in args]
        return (
            lambda v: (
                type(v) is tuple
                and len(v) == len(items)
                and all(t(x) for t, x in zip(items, v, strict=True))
            )
        ), f"a tuple ({', '.join(map(_describe, args))})"
    if origin is typing.Literal:
        return (lambda v: v in args), " or ".join(map(repr, args))
    if isinstance(origin, type):
        return (lambda v: isinstance(v, origin)), f"a {origin.__name__}"
    return (lambda v: True), "anything"  # pragma: no cover - no record field is typed so


def typed(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """attrs field transformer: one ``TypeCheck`` for the record (see the module)."""
    if not fields:
        return fields
    first = fields[0]
    own = first.validator.then if isinstance(first.validator, TypeCheck) else first.validator
    return [first.evolve(validator=TypeCheck(own)), *fields[1:]]
