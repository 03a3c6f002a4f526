"""Issue 12, item 9: no default rule crashes on valid dates at either end of the calendar.

A date in year 1 or year 9999 is valid data (a placeholder, a typo kept on
record); the rules must report on it, never raise, so ``rule.failed`` never
comes from a default rule. Every case is pushed, whole, to the year-1 edge
or the year-9999 edge, keeping every date's order so each record stays valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import Case
from casemgmt.closure import (
    DEFAULT_POLICY,
    ClosureReason,
    ClosureRecord,
    ExitPlan,
    evaluate,
    follow_up_after_exit,
    min_time_since_goal_achieved,
    sustained_employment,
)
from casemgmt.testing.strategies import cases

POLICY = (
    DEFAULT_POLICY.add("agency.employment", sustained_employment(12))
    .add("agency.wait", min_time_since_goal_achieved(30))
    .add("agency.follow-up", follow_up_after_exit(within_days=30))
)


def _dates(value: Any) -> list[dt.date]:
    if isinstance(value, dt.datetime):
        return []
    if isinstance(value, dt.date):
        return [value]
    if isinstance(value, tuple):
        return [d for item in value for d in _dates(item)]
    if attrs.has(type(value)):
        return [d for a in attrs.fields(type(value)) for d in _dates(getattr(value, a.name))]
    return []


def _moved(value: Any, move: Callable[[dt.date], dt.date]) -> Any:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return move(value)
    if isinstance(value, tuple):
        return tuple(_moved(item, move) for item in value)
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return attrs.evolve(
            value, **{a.alias: _moved(getattr(value, a.name), move) for a in fields if a.init}
        )
    return value


def _to_edge(case: Case, as_of: dt.date, low: bool) -> tuple[Case, dt.date]:
    days = [*_dates(case), as_of]
    if low:
        first = min(days)

        def move(d: dt.date) -> dt.date:
            return dt.date.min + (d - first)
    else:
        last = max(days)

        def move(d: dt.date) -> dt.date:
            return dt.date.max - (last - d)

    return _moved(case, move), move(as_of)


def _failures(case: Case, as_of: dt.date) -> list[str]:
    found = [*cm.validate(case, as_of=as_of), *evaluate(case, as_of=as_of, policy=POLICY).findings]
    return [f.message for f in found if f.code == "rule.failed"]


@settings(max_examples=30)
@given(cases(closed=None, consent=None), st.integers(0, 400), st.booleans())
def test_no_default_rule_fails_at_the_edges_of_the_calendar(
    case: Case, after: int, low: bool
) -> None:
    """Every date of the case in year 1 (or 9999), and as_of with it: no rule fails."""
    as_of = case.opened_on + dt.timedelta(days=after)
    moved, day = _to_edge(case, as_of, low)
    assert [] == _failures(moved, day)


@settings(max_examples=30)
@given(
    cases(closed=False),
    st.sampled_from([dt.date.min, dt.date.max]),
    st.sampled_from(ClosureReason),
    st.booleans(),
)
def test_no_closure_rule_fails_on_a_record_at_the_edges(
    case: Case, edge: dt.date, reason: ClosureReason, planned: bool
) -> None:
    """A proposed closure (and its as_of) at either end of the calendar is judged, not crashed."""
    record = ClosureRecord(
        reason=reason,
        closed_on=edge,
        reason_text="funding ended",
        notice_given_on=edge,
        by="cm-1",
        exit_plan=ExitPlan(follow_up_on=edge, follow_up_method="call") if planned else None,
    )
    found = evaluate(case, as_of=edge, policy=POLICY, record=record).findings
    assert [] == [f.message for f in found if f.code == "rule.failed"]


@settings(max_examples=30)
@given(cases(closed=None), st.sampled_from([dt.date.min, dt.date.max]))
def test_no_default_rule_fails_when_checked_on_the_first_or_last_day(
    case: Case, as_of: dt.date
) -> None:
    """An ordinary case checked on 1 January of year 1 or 31 December 9999."""
    assert [] == _failures(case, as_of)
