"""Caseload queries: what a case manager opens every morning, streamed.

Every query takes any iterable of cases and yields small rows as it goes,
so a caseload of any size is scanned in constant memory: nothing here holds
more than one case at a time. ``casemgmt.iter_cases`` (in ``casemgmt.reading``,
above the records and the converter) is the explicit I/O helper that reads
JSON Lines lazily.

>>> import datetime as dt
>>> from casemgmt import Case, CasePlan, Client
>>> case = Case(id="case-1", client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1),
...             plan=CasePlan(created_on=dt.date(2024, 9, 4), review_date=dt.date(2025, 1, 4)))
>>> [row.case_id for row in overdue_reviews([case], as_of=dt.date(2025, 2, 1))]
['case-1']
>>> [row.days_left for row in due_reviews([case], as_of=dt.date(2024, 12, 28), within="2 weeks")]
[7]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from casemgmt.core._ids import ActionId, CaseId, GoalId
from casemgmt.core._repr import Record
from casemgmt.core._time import AsOf, Timeframe, as_date
from casemgmt.monitoring._cadence import ReviewCadence
from casemgmt.monitoring._signals import (
    disengaged_since,
    next_review_due,
    overdue_actions_of,
    stalled_goals_of,
)
from casemgmt.planning._records import Responsible

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "ActionOverdue",
    "CaseloadSummary",
    "Disengagement",
    "GoalStall",
    "ReviewDue",
    "caseload_summary",
    "disengaged",
    "due_reviews",
    "overdue_actions",
    "overdue_reviews",
    "stalled_goals",
]

Within = Timeframe | str | relativedelta | dt.timedelta


def _span(within: Within) -> relativedelta | dt.timedelta:
    if isinstance(within, str):
        return Timeframe(within).delta
    if isinstance(within, Timeframe):
        return within.delta
    return within


def _cadence(cadence: ReviewCadence | str | None) -> ReviewCadence | None:
    return ReviewCadence.parse(cadence) if isinstance(cadence, str) else cadence


@attrs.frozen(kw_only=True, repr=False)
class ReviewDue(Record):
    """A case whose next review is due on ``due_on``; ``days_left`` < 0 when overdue."""

    case_id: CaseId
    due_on: dt.date
    days_left: int


@attrs.frozen(kw_only=True, repr=False)
class ActionOverdue(Record):
    """An open plan action past its due date."""

    case_id: CaseId
    action_id: ActionId
    goal_id: GoalId
    due_on: dt.date
    days_overdue: int
    responsible: Responsible | None
    path: str


@attrs.frozen(kw_only=True, repr=False)
class GoalStall(Record):
    """An open goal with no progress at its last ``reviews`` reviews."""

    case_id: CaseId
    goal_id: GoalId
    reviews: int
    since: dt.date
    path: str


@attrs.frozen(kw_only=True, repr=False)
class Disengagement(Record):
    """A client who could not be reached: ``failed_attempts`` in the window, none since."""

    case_id: CaseId
    failed_attempts: int
    first_failed_on: dt.date
    path: str


def due_reviews(
    cases: Iterable[Case],
    as_of: AsOf,
    *,
    within: Within = "2 weeks",
    cadence: ReviewCadence | str | None = None,
) -> Iterator[ReviewDue]:
    """Open cases whose next review falls from ``as_of`` to ``within`` after it.

    The next review is the plan's review date until a review meets it, then
    the date that review set (or ``cadence`` from it); see ``next_review_due``.
    """
    day = as_date(as_of)
    until = day + _span(within)
    every = _cadence(cadence)
    for case in cases:
        due = next_review_due(case, every)
        if due is not None and day <= due <= until:
            yield ReviewDue(case_id=case.id, due_on=due, days_left=(due - day).days)


def overdue_reviews(
    cases: Iterable[Case], as_of: AsOf, *, cadence: ReviewCadence | str | None = None
) -> Iterator[ReviewDue]:
    """Open cases whose next review date has passed (``review.overdue`` and
    ``review.next-overdue`` in ``validate``)."""
    day = as_date(as_of)
    every = _cadence(cadence)
    for case in cases:
        due = next_review_due(case, every)
        if due is not None and due < day:
            yield ReviewDue(case_id=case.id, due_on=due, days_left=(due - day).days)


def overdue_actions(cases: Iterable[Case], as_of: AsOf) -> Iterator[ActionOverdue]:
    """Every open action past its due date, case by case (``action.overdue``)."""
    day = as_date(as_of)
    for case in cases:
        for index, action, due in overdue_actions_of(case, day):
            yield ActionOverdue(
                case_id=case.id,
                action_id=action.id,
                goal_id=action.goal_id,
                due_on=due,
                days_overdue=(day - due).days,
                responsible=action.responsible,
                path=f"$.plan.actions[{index}]",
            )


def stalled_goals(cases: Iterable[Case], as_of: AsOf, *, reviews: int = 2) -> Iterator[GoalStall]:
    """Open goals with no progress at their last ``reviews`` reviews (``goal.stalled``)."""
    day = as_date(as_of)
    for case in cases:
        for stall in stalled_goals_of(case, reviews, day):
            yield GoalStall(
                case_id=case.id,
                goal_id=stall.goal.id,
                reviews=stall.reviews,
                since=stall.since,
                path=f"$.plan.goals[{stall.index}]",
            )


def disengaged(
    cases: Iterable[Case],
    as_of: AsOf,
    *,
    attempts: int = 3,
    within: Timeframe | str = "1 month",
) -> Iterator[Disengagement]:
    """Open cases with ``attempts`` failed contacts ``within`` before ``as_of``.

    The same reading as the ``case.disengaged`` rule.
    """
    day = as_date(as_of)
    frame = within if isinstance(within, Timeframe) else Timeframe(within)
    for case in cases:
        found = disengaged_since(case, day, attempts, frame)
        if found is not None:
            first, count = found
            yield Disengagement(
                case_id=case.id,
                failed_attempts=count,
                first_failed_on=case.contact_attempts[first].on,
                path=f"$.contact_attempts[{first}]",
            )


@attrs.frozen(kw_only=True, repr=False)
class CaseloadSummary(Record):
    """Counts for a caseload on one date, gathered in a single pass."""

    cases: int
    open_cases: int
    reviews_due: int
    reviews_overdue: int
    actions_overdue: int
    goals_stalled: int
    disengaged: int


def caseload_summary(
    cases: Iterable[Case],
    as_of: AsOf,
    *,
    within: Within = "2 weeks",
    cadence: ReviewCadence | str | None = None,
    reviews: int = 2,
    attempts: int = 3,
    contact_window: Timeframe | str = "1 month",
) -> CaseloadSummary:
    """Every query's count in one pass over ``cases`` (one case in memory at a time)."""
    day = as_date(as_of)
    until = day + _span(within)
    every = _cadence(cadence)
    frame = contact_window if isinstance(contact_window, Timeframe) else Timeframe(contact_window)
    total = open_cases = due = overdue = actions = stalled = gone = 0
    for case in cases:
        total += 1
        if case.closure is not None:
            continue
        open_cases += 1
        next_due = next_review_due(case, every)
        if next_due is not None:
            due += day <= next_due <= until
            overdue += next_due < day
        actions += sum(1 for _ in overdue_actions_of(case, day))
        stalled += sum(1 for _ in stalled_goals_of(case, reviews, day))
        gone += disengaged_since(case, day, attempts, frame) is not None
    return CaseloadSummary(
        cases=total,
        open_cases=open_cases,
        reviews_due=due,
        reviews_overdue=overdue,
        actions_overdue=actions,
        goals_stalled=stalled,
        disengaged=gone,
    )
