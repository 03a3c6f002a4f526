"""Ready-made optional closure rules that agencies add to their own policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from casemgmt.assessment._records import NeedDomain
from casemgmt.closure._policy import ClosureContext, ClosureRule
from casemgmt.closure._proposal import _judges, _reason
from casemgmt.closure._records import ClosureReason
from casemgmt.core import Finding
from casemgmt.core._findings import ERROR
from casemgmt.core._parties import PartyRole
from casemgmt.core._rules import at_least
from casemgmt.core._text import has_text
from casemgmt.core._time import shift
from casemgmt.planning._records import GoalStatus

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "employment_start",
    "follow_up_after_exit",
    "min_time_since_goal_achieved",
    "supervisor_approval",
    "sustained_employment",
]

_R = ClosureReason

_NOT_PURSUED = frozenset({GoalStatus.CANCELLED, GoalStatus.ENTERED_IN_ERROR, GoalStatus.REJECTED})


# --- optional rules agencies add ---------------------------------------------------------


def employment_start(case: Case) -> dt.date | None:
    """When the client's current job began, as the case records it.

    The evidence is an employment goal: a goal citing a need in the
    EMPLOYMENT domain, with ``achieved_on`` set to the day the job (or
    promotion) started, and not cancelled, rejected or entered in error. A
    goal still ``active`` with ``achieved_on`` set is a job being sustained
    (FHIR "sustaining"). The latest such date wins; if the job ends, clear
    ``achieved_on`` in a plan revision and set it again for the next job.
    """
    if case.plan is None:
        return None
    employment = {n.number for n in case.assessment.needs if n.domain is NeedDomain.EMPLOYMENT}
    starts = [
        g.achieved_on
        for g in case.plan.goals
        if g.achieved_on is not None
        and g.status not in _NOT_PURSUED
        and employment.intersection(g.need_numbers)
    ]
    return max(starts, default=None)


def sustained_employment(
    months: int = 12,
    *,
    started_on: Callable[[Case], dt.date | None] = employment_start,
    applies_to: Collection[ClosureReason] = (ClosureReason.GOALS_ACHIEVED,),
) -> ClosureRule:
    """Seed 000 (ACMA): no closure until ``months`` of sustained employment.

    ``started_on`` finds the job's start date in a case (default:
    :func:`employment_start`). The rule judges closures for the reasons in
    ``applies_to`` (a client who moves away or dies still leaves), and a
    check with no proposed record.
    """
    at_least("months", months, 1)
    reasons = frozenset(applies_to)

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        if not _judges(ctx, reasons):
            return
        start = started_on(case)
        closing = ctx.closing_on
        if start is None:
            yield Finding(
                "closure.employment-not-sustained",
                ERROR,
                f"no employment start is recorded; this agency closes a case only after"
                f" {months} months of sustained employment (ACMA process)",
                "$.plan.goals",
                hint="record the job as an employment goal whose achieved_on is the day it started",
            )
            return
        due = shift(start, relativedelta(months=months))
        if closing < due:
            yield Finding(
                "closure.employment-not-sustained",
                ERROR,
                f"employment started on {start.isoformat()}; {months} months of sustained"
                f" employment are reached on {due.isoformat()}, after the closing date"
                f" {closing.isoformat()} (ACMA process)",
                "$.plan.goals",
                hint=f"keep the case open until {due.isoformat()}",
            )

    rule.__name__ = rule.__qualname__ = f"sustained_employment_{months}_months"
    return rule


def min_time_since_goal_achieved(
    days: int, *, applies_to: Collection[ClosureReason] = (ClosureReason.GOALS_ACHIEVED,)
) -> ClosureRule:
    """Seed 000: do not close too soon; wait ``days`` after the last goal was achieved.

    "Some clients may need additional time to fully attach": the rule
    blocks a closure for the reasons in ``applies_to`` until ``days`` have
    passed since the latest ``achieved_on`` of any goal in the plan.
    """
    at_least("days", days, 0)
    reasons = frozenset(applies_to)

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        if not _judges(ctx, reasons) or case.plan is None:
            return
        latest: tuple[dt.date, int] | None = None
        for i, goal in enumerate(case.plan.goals):
            if goal.achieved_on is not None and (latest is None or goal.achieved_on > latest[0]):
                latest = (goal.achieved_on, i)
        if latest is None:
            return
        achieved, i = latest
        waited = (ctx.closing_on - achieved).days
        if waited < days:
            earliest = shift(achieved, dt.timedelta(days=days))
            yield Finding(
                "closure.too-soon-after-goal",
                ERROR,
                f"the last goal was achieved {waited} days before closing; this agency waits"
                f" {days} days to see the change hold before closing (ACMA process)",
                f"$.plan.goals[{i}].achieved_on",
                hint=f"close on {earliest.isoformat()} or later",
            )

    rule.__name__ = rule.__qualname__ = f"min_time_since_goal_achieved_{days}_days"
    return rule


def supervisor_approval() -> ClosureRule:
    """Closures approved by a supervisor (as Primero requires).

    ``record.approved_by`` must name a party on the case whose role is
    SUPERVISOR.
    """

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        approver = ctx.proposed.approved_by if ctx.proposed is not None else None
        if approver is None:
            yield Finding(
                "closure.not-approved",
                ERROR,
                "this agency requires a supervisor to approve every closure, and none has",
                "$.closure.approved_by",
                hint="ask a supervisor to approve and set approved_by to their party id",
            )
            return
        party = case.party(approver)
        if party is None or party.role is not PartyRole.SUPERVISOR:
            what = "is not a party on the case" if party is None else f"is a {party.role.value}"
            yield Finding(
                "closure.approver-not-supervisor",
                ERROR,
                f"the closure was approved by {approver}, who {what}, not a supervisor",
                "$.closure.approved_by",
                hint="record the supervisor as a party (role SUPERVISOR) and have them approve",
            )

    rule.__name__ = rule.__qualname__ = "supervisor_approval"
    return rule


def follow_up_after_exit(within_days: int | None = None) -> ClosureRule:
    """Seed 001: a follow-up contact after exit is best practice; make it required.

    The exit plan must set ``follow_up_on`` and ``follow_up_method``; with
    ``within_days``, the follow-up falls within that many days after closing.
    """
    if within_days is not None:
        at_least("within_days", within_days, 0)

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        if _reason(ctx) is _R.DECEASED:
            return
        plan = ctx.proposed.exit_plan if ctx.proposed is not None else None
        if plan is None or plan.follow_up_on is None or not has_text(plan.follow_up_method):
            yield Finding(
                "closure.no-follow-up",
                ERROR,
                "no follow-up contact after exit is planned (date and method); this agency"
                " follows up every closed case (Mission Australia)",
                "$.closure.exit_plan.follow_up_on",
                hint="set the exit plan's follow_up_on and follow_up_method",
            )
            return
        closing = ctx.closing_on
        last = shift(closing, dt.timedelta(days=within_days)) if within_days is not None else None
        if plan.follow_up_on < closing or (last is not None and plan.follow_up_on > last):
            window = f" and {last.isoformat()}" if last is not None else " or later"
            yield Finding(
                "closure.follow-up-out-of-window",
                ERROR,
                f"the follow-up on {plan.follow_up_on.isoformat()} is not after exit within"
                " the agency's window",
                "$.closure.exit_plan.follow_up_on",
                hint=f"plan the follow-up between {closing.isoformat()}{window}",
            )

    rule.__name__ = rule.__qualname__ = "follow_up_after_exit"
    return rule
