"""Validators the generated loaders write inline, or skip, agree with the validators.

A validator declared with ``refuses(condition)`` is not called by the fast
path: the loader tests the condition and, when it holds, hands the object to
the careful path. So the condition must hold exactly when the validator
raises (else the fast path would accept what the record refuses, or refuse
what it accepts: the careful path then accepts it, only slowly). One declared
``proved_by_loading`` is skipped: the values the loader makes must pass it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import types
import typing
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case, CaseDataError, dumps, loads
from casemgmt._codegen import _values
from casemgmt._codegen._source import optional_arg, tuple_arg
from casemgmt.assessment import Need, NeedDomain
from casemgmt.core import StageChange
from casemgmt.core._client import Client
from casemgmt.core._consent import Consent, ConsentPurpose
from casemgmt.core._refusal import fast_refusal
from casemgmt.core._typed import TypeCheck
from casemgmt.monitoring import Achievement, GoalProgress, PlanRevision, Review
from casemgmt.planning import CasePlan, Goal


def _records(tp: Any, seen: dict[type, None]) -> dict[type, None]:
    """Every record class reachable from ``tp`` through field types."""
    for arg in typing.get_args(tp):
        _records(arg, seen)
    if isinstance(tp, type) and attrs.has(tp) and tp not in seen:
        seen[tp] = None
        for a in attrs.fields(attrs.resolve_types(tp)):
            _records(a.type, seen)
    return seen


def _declared() -> list[tuple[type, attrs.Attribute[Any], Any, str]]:
    """(class, field, validator, condition) for every declared validator of a case."""
    found = []
    for cls in _records(Case, {}):
        for a in attrs.fields(cls):
            check = a.validator.then if isinstance(a.validator, TypeCheck) else a.validator
            condition = fast_refusal(check)
            if condition is not None:
                found.append((cls, a, check, condition))
    return found


DECLARED = _declared()
INLINE = [d for d in DECLARED if d[3]]
PROVED = [d for d in DECLARED if not d[3]]

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-4, 4),
    st.dates(dt.date(1999, 12, 25), dt.date(2000, 1, 5)),
    st.just(()),
    st.just(("x",)),
    st.text(max_size=2),
)


def test_the_simple_validators_are_declared() -> None:
    """The loaders' usual validators are declared, so the generated code has no call for them."""
    names = {(cls.__name__, a.name) for cls, a, _, _ in DECLARED}
    assert {
        (Goal.__name__, "priority"),
        (CasePlan.__name__, "version"),
        (Need.__name__, "number"),
        (GoalProgress.__name__, "gas_level"),
        (Consent.__name__, "purposes"),
        (Consent.__name__, "withdrawn_on"),
        (Client.__name__, "date_of_birth"),
        (StageChange.__name__, "recorded_at"),
    } <= names


@pytest.mark.parametrize(("cls", "field", "check", "condition"), INLINE, ids=str)
@given(value=VALUES, data=st.data())
def test_inline_condition_refuses_exactly_what_the_validator_refuses(  # noqa: PLR0917
    cls: type,
    field: attrs.Attribute[Any],
    check: Any,
    condition: str,
    value: Any,
    data: st.DataObject,
) -> None:
    names = re.findall(r"\{self\}\.(\w+)", condition)
    record = types.SimpleNamespace(**{n: data.draw(VALUES, label=n) for n in names})
    try:
        inline = bool(
            eval(condition.format(v="v", self="record"), {}, {"v": value, "record": record})
        )
    except Exception:  # the loader catches it and takes the careful path: a refusal
        inline = True
    try:
        check(record, field, value)
    except Exception:
        refused = True
    else:
        refused = False
    assert inline == refused


@given(text=st.one_of(st.dates().map(dt.date.isoformat), st.text(max_size=12)))
def test_loaded_dates_are_never_datetimes(text: str) -> None:
    """Client._check_dob is skipped: the loader's dates are plain ``date``s."""
    assert optional_arg(attrs.fields(Client).date_of_birth.type) is dt.date
    try:
        value = _values.dates.get(text) or _values.date_new(text)
    except ValueError:
        return
    assert type(value) is dt.date


@given(
    moment=st.datetimes(timezones=st.one_of(st.none(), st.timezones())),
    junk=st.text(max_size=30),
)
def test_loaded_datetimes_are_aware(moment: dt.datetime, junk: str) -> None:
    """StageChange._check_aware is skipped: the loader refuses naive date-times."""
    assert optional_arg(attrs.fields(StageChange).recorded_at.type) is dt.datetime
    field = attrs.fields(StageChange).recorded_at
    check: Any = field.validator.then if isinstance(field.validator, TypeCheck) else field.validator
    for text in (moment.isoformat(), junk):
        try:
            value = _values.datetime_value(text)
        except ValueError:
            continue
        check(None, field, value)  # raises if naive


def _document(record: Any, field: str, bad: Any) -> tuple[str, str]:
    """The record's JSON with ``field`` set to ``bad``; the validator's own message."""
    document = json.loads(dumps(record))
    document[field] = bad
    try:
        attrs.evolve(record, **{field: _as_value(record, field, bad)})
    except Exception as error:  # the message the careful path must give
        return json.dumps(document), str(error)
    raise AssertionError(f"{bad!r} is not refused")


def _as_value(record: Any, field: str, bad: Any) -> Any:
    tp = attrs.fields_dict(type(record))[field].type
    if isinstance(bad, str) and optional_arg(tp) is dt.date:
        return dt.date.fromisoformat(bad)
    return tuple(bad) if tuple_arg(tp) is not None else bad


DAY = dt.date(2024, 3, 1)
GOAL = Goal(id="g-1", statement="Find a flat")
CONSENT = Consent(id="k-1", purposes=(next(iter(ConsentPurpose)),), granted_on=DAY)
BAD = [
    (GOAL, "priority", 0),
    (GOAL, "agreed_on", "2024-03-01"),
    (CasePlan(created_on=DAY), "version", 0),
    (CasePlan(created_on=DAY), "review_date", "2024-02-28"),
    (Need(number=1, domain=next(iter(NeedDomain)), description="x"), "number", -1),
    (GoalProgress(goal_id="g-1", achievement=next(iter(Achievement))), "gas_level", 3),
    (CONSENT, "purposes", []),
    (CONSENT, "withdrawn_on", "2024-02-01"),
    (CONSENT, "expires_on", "2023-03-01"),
    (PlanRevision(from_version=2, to_version=3, revised_on=DAY, reason="x"), "to_version", 2),
    (Review(held_on=DAY), "next_review_on", "2024-02-29"),
]


@pytest.mark.parametrize(("record", "field", "bad"), BAD, ids=lambda x: str(x)[:20])
def test_refused_values_are_named_as_before(record: Any, field: str, bad: Any) -> None:
    """An inlined refusal still ends in the validator's own message at the record's path."""
    text, message = _document(record, field, bad)
    with pytest.raises(CaseDataError) as info:
        loads(text, type(record))
    assert ("$", message) in info.value.problems


@pytest.mark.parametrize("junk", [1, 0, 1.0, "true", None, [True]])
def test_a_bool_field_takes_only_true_or_false(junk: Any) -> None:
    """The loader's identity test for bools refuses what the type test refused, at its path."""
    document = json.loads(dumps(GOAL))
    document["agreed_by_client"] = junk
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(document), Goal)
    assert ["$.agreed_by_client"] == [path for path, _ in info.value.problems]
    document["agreed_by_client"] = not GOAL.agreed_by_client
    assert loads(json.dumps(document), Goal).agreed_by_client is (not GOAL.agreed_by_client)
