"""What a record field may disclose: privacy declared on the field itself.

Every string in a record is free text unless its field says otherwise, so a
field added later is redacted until someone decides it is safe (issue 14).
The declaration is attrs field metadata, read by ``casemgmt.redact`` and the
notebook display::

    id: GoalId = attrs.field(validator=check_id, metadata=SAFE)
    by: PartyId = attrs.field(metadata=PERSON)

Free-text fields are also ``repr=False``; the privacy tests check both.
``rewrite_text`` is the one walk that honours the declarations: ``redact``
and every display that hides or scrubs text go through it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import TypeVar, cast

import attrs

__all__ = [
    "BIRTH_DATE",
    "IDENTITY",
    "PERSON",
    "SAFE",
    "Disclosure",
    "disclosure",
    "hide_text",
    "people",
    "rewrite_text",
]

KEY = "casemgmt.disclosure"
"""The attrs metadata key the declarations live under."""


class Disclosure(enum.Enum):
    """How a field's value may leave the library in a de-identified copy."""

    SAFE = "safe"
    """Identifiers of things, codes and enum-like words: kept as they are."""
    PERSON = "person"
    """The id of a person (the client, a worker): replaced by a pseudonym."""
    IDENTITY = "identity"
    """A name or contact detail: blanked."""
    BIRTH_DATE = "birth-date"
    """A date of birth: cut to 1 January of its year."""
    TEXT = "text"
    """Free text, the default: redacted, or scrubbed when text is kept."""


SAFE: Mapping[str, Disclosure] = {KEY: Disclosure.SAFE}
PERSON: Mapping[str, Disclosure] = {KEY: Disclosure.PERSON}
IDENTITY: Mapping[str, Disclosure] = {KEY: Disclosure.IDENTITY}
BIRTH_DATE: Mapping[str, Disclosure] = {KEY: Disclosure.BIRTH_DATE}


def disclosure(field: attrs.Attribute[object]) -> Disclosure:
    """The declaration on ``field``; free text when it declares nothing."""
    value = field.metadata.get(KEY, Disclosure.TEXT)
    return value if isinstance(value, Disclosure) else Disclosure.TEXT


_R = TypeVar("_R")
_Plan = tuple[tuple[str, str, Disclosure], ...]
_PLANS: dict[type, _Plan] = {}
_KEPT = (bool, int, float, dt.date, enum.Enum, type(None))


def _plan(cls: type) -> _Plan:
    """Per record class, once: (attribute name, init name, declaration) per field."""
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    if not attrs.has(cls):
        msg = f"cannot redact a {cls.__name__}: only attrs records, tuples and plain values"
        raise TypeError(msg)
    plan = tuple((a.name, a.alias or a.name, disclosure(a)) for a in attrs.fields(cls))
    _PLANS[cls] = plan
    return plan


def people(value: object, into: set[str], kind: Disclosure = Disclosure.SAFE) -> set[str]:
    """Every id held in a ``PERSON`` field anywhere in ``value``, added to ``into``."""
    if isinstance(value, str):
        if value and kind is Disclosure.PERSON:
            into.add(value)
    elif isinstance(value, tuple):
        for item in value:
            people(item, into, kind)
    elif not isinstance(value, (*_KEPT, str)):
        for name, _, field_kind in _plan(type(value)):
            people(getattr(value, name), into, field_kind)
    return into


class _Walk:
    """Each field becomes what it declares; ``text`` decides what free text becomes."""

    def __init__(self, text: Callable[[str], str], ids: Mapping[str, str]) -> None:
        self.text = text
        self.ids = ids

    def string(self, value: str, kind: Disclosure) -> str:
        if kind is Disclosure.SAFE or kind is Disclosure.PERSON:
            return self.ids.get(value, value)
        if kind is Disclosure.IDENTITY:
            return ""
        return self.text(value)

    def walk(self, value: object, kind: Disclosure = Disclosure.SAFE) -> object:
        """``value`` rewritten; the very same object when nothing in it changed."""
        if isinstance(value, str):
            return self.string(value, kind)
        if isinstance(value, tuple):
            items = tuple(self.walk(v, kind) for v in value)
            return value if all(a is b for a, b in zip(items, value, strict=True)) else items
        if isinstance(value, dt.date) and kind is Disclosure.BIRTH_DATE:
            return dt.date(value.year, 1, 1)
        if isinstance(value, _KEPT):
            return value
        changes: dict[str, object] = {}
        for name, alias, field_kind in _plan(type(value)):
            old = getattr(value, name)
            new = self.walk(old, field_kind)
            if new is not old:
                changes[alias] = new
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]


def rewrite_text(
    record: _R, text: Callable[[str], str], ids: Mapping[str, str] | None = None
) -> _R:
    """``record`` with every free-text string passed through ``text``.

    Names and contact details are blanked and a date of birth is cut to its
    year whatever ``text`` does; an id found in ``ids`` becomes its value.
    """
    return cast("_R", _Walk(text, ids or {}).walk(record))


def hide_text(record: _R, marker: str) -> _R:
    """``record`` with every free text that had any text replaced by ``marker``."""
    return rewrite_text(record, lambda value: marker if value.strip() else "")
