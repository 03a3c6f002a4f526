"""Records refuse a value of the wrong type at construction (issue 12, item 8).

Every field of every record that can be stored gets a type check (an attrs
field transformer, ``casemgmt.core._typed``), so a field added later is
checked too. The JSON loader builds the right types itself and skips the
check, so loading pays nothing for it.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import Case, _codegen
from casemgmt.testing import strategies as cst


def _record_classes(root: type) -> set[type]:
    """Every record class a case can hold, found from the field types."""
    found: set[type] = set()
    todo = [root]
    while todo:
        tp = todo.pop()
        if _codegen.is_record(tp) or tp is cm.Timeframe:
            if tp in found:
                continue
            found.add(tp)
            todo.extend(a.type for a in attrs.fields(attrs.resolve_types(tp)))
        else:
            todo.extend(typing.get_args(tp))
    return found


def _records_in(value: Any) -> list[Any]:
    """Every record instance inside ``value``, ``value`` included."""
    if isinstance(value, tuple):
        return [r for item in value for r in _records_in(item)]
    if not attrs.has(type(value)):
        return []
    found = [value]
    for a in attrs.fields(type(value)):
        found.extend(_records_in(getattr(value, a.name)))
    return found


def _wrong(tp: Any) -> Any:
    """A value that is plainly not of type ``tp``."""
    inner = _codegen.optional_arg(tp)
    if inner is not None:
        return _wrong(inner)
    item = _codegen.tuple_arg(tp)
    if item is not None:
        return (_wrong(item),)
    if typing.get_origin(tp) is tuple:
        return tuple(_wrong(a) for a in typing.get_args(tp))
    if tp is str:
        return 17
    if tp in (int, float):
        return "3"
    if tp is bool:
        return "yes"
    if tp is dt.date:
        return dt.datetime(2024, 9, 4, tzinfo=dt.timezone.utc)  # a datetime is not a date here
    if tp is dt.datetime:
        return "2024-09-04T10:00:00+00:00"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp)).value  # the member's text, not the member
    return "a record's text"


def test_every_record_refuses_a_wrong_type_in_every_field() -> None:
    """For each record class and each field: a wrong-typed value is a TypeError naming it."""
    classes = _record_classes(Case)
    tested: set[type] = set()

    built_by_hand = st.builds(
        lambda c, r: (
            cm.closure.Episode(number=1, opened_on=r.closed_on, closure=r),
            cm.referrals.Escalation(on=c.opened_on, to="Ombudsman"),
        ),
        cst.cases(),
        cst.closure_records(),
    )

    # One of every record strategy in each example, so every class is met
    # whatever the profile's example count (a union could miss one).
    every = st.tuples(
        cst.cases(), cst.plan_revisions(), cst.reviews(), cst.advocacy(), cst.risks(),
        cst.needs(), cst.strengths(), cst.consents(), cst.contact_attempts(),
        cst.case_notes(), cst.referrals(), cst.inbound_referrals(), cst.exit_plans(),
        cst.closure_records(), cst.goals(), cst.actions(), cst.case_plans(),
        cst.assessments(), cst.clients(), cst.parties(), cst.goal_progress(),
        cst.plan_diffs(), cst.receiving_services(), built_by_hand,
    )  # fmt: skip

    @given(every)
    def check(case: Any) -> None:
        for record in _records_in(case):
            cls = type(record)
            for a in attrs.fields(cls):
                pattern = rf"^{cls.__name__}\.{a.name} must be "
                with pytest.raises(TypeError, match=pattern):
                    attrs.evolve(record, **{a.name: _wrong(a.type)})
            tested.add(cls)

    check()
    assert classes - tested == set()
    assert len(classes) >= 30


def test_the_examples_from_the_issue_are_refused_or_converted() -> None:
    """Case(opened_on="not a date"), stage as a str; a list of need numbers becomes a tuple."""
    client = cm.Client(id="c-1", name="C")
    with pytest.raises(TypeError, match=r"Case\.opened_on must be a datetime\.date, not str"):
        Case(id="case-1", client=client, opened_on="not a date")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Case\.stage must be a Stage member, not str"):
        Case(id="case-1", client=client, opened_on=dt.date(2024, 9, 1), stage="closed")  # type: ignore[arg-type]
    goal = cm.Goal(id="g-1", statement="Find a flat", need_numbers=[1, 2])  # type: ignore[arg-type]
    assert (1, 2) == goal.need_numbers
    assert hash(goal) == hash(attrs.evolve(goal, need_numbers=(1, 2)))
    with pytest.raises(TypeError, match="not a tuple holding int, str"):
        cm.Goal(id="g-1", statement="Find a flat", need_numbers=[1, "2"])  # type: ignore[arg-type]


def test_type_errors_name_the_type_never_the_value() -> None:
    """A refused value is described by its type only (it may be a client's name)."""
    with pytest.raises(TypeError) as info:
        cm.Client(id="c-1", name=["Zanele", "Okonkwo"])  # type: ignore[arg-type]
    assert "Zanele" not in str(info.value)
    assert "Client.name must be text (str), not list" == str(info.value)


def test_bools_are_not_numbers_and_ints_are_numbers() -> None:
    """True is not a priority; an int is a fine float."""
    with pytest.raises(TypeError, match=r"Goal\.priority"):
        cm.Goal(id="g-1", statement="x", priority=True)
    assert 1 == cm.Goal(id="g-1", statement="x", priority=1).priority
