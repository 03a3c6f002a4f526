"""Plan rules for SMART goals: action, indicator, target date, few primary goals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from operator import attrgetter
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._findings import WARNING, FindingTemplate
from casemgmt.core._text import has_text
from casemgmt.planning._open_items import PlanRule, open_items_rule
from casemgmt.planning._records import ActionStatus, Goal

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "DEFAULT_PRIMARY_GOAL_LIMIT",
    "goal_not_time_bound",
    "goal_target_before_plan",
    "goal_without_action",
    "goal_without_indicator",
    "target_set_on",
    "too_many_primary_goals",
]


_CANCELLED = ActionStatus.CANCELLED

DEFAULT_PRIMARY_GOAL_LIMIT = 5
"""Summers (2016, seed 002): few primary goals; more than five is a warning."""

_goals = attrgetter("goals")


# --- goals: SMART (seeds 001, 002; Garvin 2009)


_GOAL_WITHOUT_ACTION = FindingTemplate(
    "goal.no-actions",
    WARNING,
    "Goal %s has no action: each goal needs strategies, by whom and by when (QCOSS guide).",
    "$.plan.goals[%s]",
    "Add at least one action for this goal, with an owner and a time frame.",
)


def goal_without_action(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``goal.no-actions``: an open goal with no strategy to reach it (seed 002)."""
    if case.plan is None:
        return
    served = {a.goal_id for a in case.plan.actions if a.status is not _CANCELLED}
    for i, goal in enumerate(case.plan.goals):
        if goal.status.is_open and goal.id not in served:
            yield _GOAL_WITHOUT_ACTION.at(i, goal.id)


_GOAL_WITHOUT_INDICATOR = FindingTemplate(
    "goal.no-indicator",
    WARNING,
    "Goal %s has no indicator of success, so the client cannot tell"
    " when it is achieved (Garvin, QCOSS guide: measurable).",
    "$.plan.goals[%s].indicators",
    "Agree a realistic, observable indicator with the client"
    " (e.g. 'out of the house at least once a week').",
)


goal_without_indicator = open_items_rule(
    "goal_without_indicator",
    """WARNING ``goal.no-indicator``: nothing says when an open goal is achieved.""",
    _GOAL_WITHOUT_INDICATOR,
    _goals,
    lambda goal: not any(map(has_text, goal.indicators)),
)


_GOAL_NOT_TIME_BOUND = FindingTemplate(
    "goal.not-time-bound",
    WARNING,
    "Goal %s has no target date; SMART goals are timely (QCOSS guide).",
    "$.plan.goals[%s].target_date",
    "Agree a target date with the client.",
)


goal_not_time_bound = open_items_rule(
    "goal_not_time_bound",
    """WARNING ``goal.not-time-bound``: an open goal with no target date (SMART, seed 002).""",
    _GOAL_NOT_TIME_BOUND,
    _goals,
    lambda goal: goal.target_date is None,
)


def target_set_on(case: Case, goal: Goal) -> dt.date:
    """The date of the plan version that set ``goal``'s current target date.

    A new plan version carries unchanged goals forward: a crisis hold, a
    resume or a change to other goals does not re-set a goal's target, so
    the goal keeps the date of the earliest version in ``plan_history`` from
    which its target has stood unchanged (QCOSS monitoring guide, seed 003:
    a hold is not a new plan).
    """
    assert case.plan is not None
    made = case.plan.created_on
    version = case.plan.version
    for older in sorted(case.plan_history, key=lambda p: p.version, reverse=True):
        if older.version >= version:
            continue
        same = older.goal(goal.id)
        if same is None or same.target_date != goal.target_date:
            break
        made, version = older.created_on, older.version
    return made


def goal_target_before_plan(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``goal.target-before-plan``: an open goal is due before it was planned.

    Judged against the version that set the target (``target_set_on``), so
    putting a plan on hold or resuming it never raises this finding.
    """
    if case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        target = goal.target_date
        if not goal.status.is_open or target is None or target >= case.plan.created_on:
            continue
        made = target_set_on(case, goal)
        if target < made:
            yield Finding(
                "goal.target-before-plan",
                WARNING,
                f"Goal {goal.id} has a target date ({target.isoformat()}) before"
                f" the plan that set it was made ({made.isoformat()}).",
                f"$.plan.goals[{i}].target_date",
                "Set a target date after the plan date; a revised plan re-dates carried goals.",
            )


def too_many_primary_goals(limit: int = DEFAULT_PRIMARY_GOAL_LIMIT) -> PlanRule:
    """A rule: WARNING ``plan.too-many-goals`` when open primary goals exceed ``limit``.

    Summers (2016, seed 002): few primary goals, each broken into small steps.
    """
    if limit < 1:
        msg = f"limit must be at least 1, got {limit!r}"
        raise ValueError(msg)

    def too_many_goals(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        if case.plan is None:
            return
        count = sum(1 for g in case.plan.goals if g.primary and g.status.is_open)
        if count > limit:
            yield Finding(
                "plan.too-many-goals",
                WARNING,
                f"The plan has {count} open primary goals; more than {limit} spreads the"
                " client too thin (Summers 2016, QCOSS guide).",
                "$.plan.goals",
                "Keep a few primary goals and make the rest steps (primary=False), or defer some.",
            )

    return too_many_goals
