"""One ``__repr__`` for every record, instead of one compiled per class.

attrs writes a ``__repr__`` for each class and compiles it when the class
is made; across the records that was a tenth of the cost of
``from casemgmt import Case, loads, validate`` (issue 18). ``Record`` gives
its subclasses ``record_repr``, which reads a class's fields on its first
repr and prints the same text as attrs would: ``Goal(id='g-1', ...)``,
fields marked ``repr=False`` left out (free text never reaches a repr),
``...`` for a record met again inside itself::

    @attrs.frozen(kw_only=True, repr=False, field_transformer=typed)
    class Goal(Record): ...
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import attrs

__all__ = ["Record", "record_repr"]

_Shown = tuple[tuple[str, Callable[[object], str], bool], ...]
"""Per shown field: its name, how to show its value, whether ``__init__`` sets it."""
_SHOWN: dict[type, _Shown] = {}
_active = threading.local()


def _shown(cls: type) -> _Shown:
    shown = tuple(
        (a.name, repr if a.repr is True else a.repr, a.init)
        for a in attrs.fields(cls)
        if a.repr is not False
    )
    _SHOWN[cls] = shown
    return shown


def record_repr(self: object) -> str:
    """``ClassName(field=value, ...)`` over the fields shown, as attrs writes it."""
    cls = type(self)
    shown = _SHOWN.get(cls)
    if shown is None:
        shown = _shown(cls)
    try:
        active: set[int] = _active.ids
    except AttributeError:
        active = _active.ids = set()
    key = id(self)
    if key in active:
        return "..."
    active.add(key)
    try:
        fields = ", ".join(
            f"{name}={show(getattr(self, name) if init else getattr(self, name, attrs.NOTHING))}"
            for name, show, init in shown
        )
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({fields})"
    finally:
        active.remove(key)


class Record:
    """Base of the domain records: ``record_repr`` as their repr; no fields, no state.

    Decorate the subclass with ``repr=False`` so attrs keeps this one.
    """

    __slots__ = ()
    __repr__ = record_repr
