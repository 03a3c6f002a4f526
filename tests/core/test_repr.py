"""``record_repr`` prints what attrs' own generated ``__repr__`` would (issue 18)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import threading
from typing import Any

import attrs
from hypothesis import given, settings

import casemgmt
from casemgmt.core._repr import Record, record_repr
from casemgmt.testing.strategies import cases

_LAYERS = ("core", "assessment", "planning", "referrals", "monitoring", "closure")


def _domain_classes() -> list[type]:
    names = ["casemgmt.case", "casemgmt.reading"]
    for layer in _LAYERS:
        path = importlib.import_module(f"casemgmt.{layer}").__path__
        names.extend(info.name for info in pkgutil.iter_modules(path, f"casemgmt.{layer}."))
    modules = [importlib.import_module(name) for name in names]
    return [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
    ]


_ATTRS_REPR: dict[type, Any] = {}


def _attrs_repr(cls: type) -> Any:
    """The ``__repr__`` attrs itself generates for ``cls``'s fields."""
    if cls not in _ATTRS_REPR:
        _ATTRS_REPR[cls] = attrs.frozen(type("Twin", (cls,), {}), repr=True).__repr__
    return _ATTRS_REPR[cls]


def _records(value: Any, into: list[object]) -> list[object]:
    if attrs.has(type(value)):
        into.append(value)
        for field in attrs.fields(type(value)):
            _records(getattr(value, field.name), into)
    elif isinstance(value, tuple | list):
        for item in value:
            _records(item, into)
    return into


def test_every_domain_record_uses_the_one_repr() -> None:
    # The records that define no repr of their own (Case, SharingDecision do).
    shared = [cls for cls in _domain_classes() if issubclass(cls, Record)]
    assert all(inspect.getattr_static(cls, "__repr__") is record_repr for cls in shared)
    assert len(shared) >= 50
    assert casemgmt.Goal in shared
    assert casemgmt.Finding in shared


@settings(max_examples=40, deadline=None)
@given(cases())
def test_same_text_as_attrs(case: casemgmt.Case) -> None:
    records = _records(case, [])
    assert len(records) > 3
    for record in records:
        cls = type(record)
        if isinstance(record, Record):
            assert repr(record) == _attrs_repr(cls)(record)


def test_fields_not_shown_stay_out() -> None:
    goal = casemgmt.Goal(id="g-1", statement="Carla finds a flat", need_numbers=(1,))
    assert "Carla" not in repr(goal)
    assert repr(goal).startswith("Goal(id='g-1', ")


def test_a_record_met_inside_itself_prints_dots() -> None:
    seen: list[object] = []
    finding = casemgmt.Finding("x.y", "info", "m")
    record = casemgmt.closure.Reopening(case=None, findings=seen)  # type: ignore[arg-type]
    seen.append(record)
    seen.append(finding)
    # What attrs' own repr printed before (its guard and this one are separate,
    # so a twin's repr around this one would go one level deeper).
    assert repr(record) == f"Reopening(case=None, findings=[..., {finding!r}])"


def test_each_thread_has_its_own_guard() -> None:
    goal = casemgmt.Goal(id="g-1", statement="x", need_numbers=(1,))
    texts: list[str] = []
    threads = [threading.Thread(target=lambda: texts.append(repr(goal))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert texts == [repr(goal)] * 4
