"""Plan rules that tie goals, actions, deferrals and strategies to the assessment (seed 004)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._findings import ERROR, WARNING, FindingTemplate
from casemgmt.core._ids import repeated_at
from casemgmt.core._text import has_text
from casemgmt.planning._records import GoalStatus

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "duplicate_plan_ids",
    "goal_without_need",
    "need_unaddressed",
    "strength_without_strategy",
    "unknown_goal",
    "unknown_need",
    "unknown_strength",
]


_GONE = frozenset({GoalStatus.ENTERED_IN_ERROR})


# --- links: "relates directly to the assessment - numbers correspond" (004)


_GOAL_WITHOUT_NEED = FindingTemplate(
    "plan.goal-without-need",
    ERROR,
    "Goal %s cites no assessed need; plan items must relate to the"
    " assessment, numbers corresponding (ISED).",
    "$.plan.goals[%s].need_numbers",
    "Add the number of the need this goal answers, or assess the need first.",
)


def goal_without_need(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``plan.goal-without-need``: a goal cites no need at all (seed 004).

    A goal citing numbers the assessment lacks is reported once per citation
    as ``plan.unknown-need`` instead, so one mistake is not two errors.
    """
    if case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        if goal.status in _GONE or goal.need_numbers:
            continue
        yield _GOAL_WITHOUT_NEED.at(i, goal.id)


_GOAL_UNKNOWN_NEED = FindingTemplate(
    "plan.unknown-need",
    ERROR,
    "Goal %s cites need %s, which the assessment does not have.",
    "$.plan.goals[%s].need_numbers[%s]",
    "Cite a need number from the assessment, or add the need to it.",
)
_DEFERRED_UNKNOWN_NEED = FindingTemplate(
    "plan.unknown-need",
    ERROR,
    "The plan defers need %s, which the assessment does not have.",
    "$.plan.deferred_needs[%s].need_number",
    "Defer a need number from the assessment, or remove the deferral.",
)


def unknown_need(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``plan.unknown-need``: a goal or deferral cites a need the assessment lacks."""
    if case.plan is None:
        return
    known = case.assessment.need_numbers
    for i, goal in enumerate(case.plan.goals):
        for j, number in enumerate(goal.need_numbers):
            if number not in known:
                yield _GOAL_UNKNOWN_NEED.at((i, j), goal.id, number)
    for i, deferred in enumerate(case.plan.deferred_needs):
        if deferred.need_number not in known:
            yield _DEFERRED_UNKNOWN_NEED.at(i, deferred.need_number)


_UNKNOWN_GOAL = FindingTemplate(
    "plan.unknown-goal",
    ERROR,
    "Action %s belongs to goal %s, which the plan does not have.",
    "$.plan.actions[%s].goal_id",
    "Point the action at one of the plan's goals, or add that goal.",
)


def unknown_goal(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``plan.unknown-goal``: an action belongs to a goal the plan does not have."""
    if case.plan is None:
        return
    goal_ids = {g.id for g in case.plan.goals}
    for i, action in enumerate(case.plan.actions):
        if action.goal_id not in goal_ids:
            yield _UNKNOWN_GOAL.at(i, action.id, action.goal_id)


_NEED_UNADDRESSED = FindingTemplate(
    "plan.need-unaddressed",
    WARNING,
    "Need %s has no goal in the plan and no recorded reason for"
    " deferring it (ISED: every barrier has a strategy).",
    "$.assessment.needs[%s]",
    "Add a goal citing this need, or record it under deferred_needs with a reason.",
)


def need_unaddressed(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``plan.need-unaddressed``: a need has no goal and no reason for deferring it."""
    if case.plan is None:
        return
    cited = {n for g in case.plan.goals if g.status not in _GONE for n in g.need_numbers}
    deferred = {d.need_number for d in case.plan.deferred_needs if has_text(d.reason)}
    for i, need in enumerate(case.assessment.needs):
        if need.number not in cited and need.number not in deferred:
            yield _NEED_UNADDRESSED.at(i, need.number)


_DUPLICATE_GOAL_ID = FindingTemplate(
    "plan.duplicate-goal-id",
    ERROR,
    "Goal id %s is used by more than one goal, so actions cannot say which goal they serve.",
    "$.plan.goals[%s].id",
    "Give each goal its own id.",
)
_DUPLICATE_ACTION_ID = FindingTemplate(
    "plan.duplicate-action-id",
    ERROR,
    "Action id %s is used by more than one action.",
    "$.plan.actions[%s].id",
    "Give each action its own id.",
)


def duplicate_plan_ids(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``plan.duplicate-goal-id`` / ``plan.duplicate-action-id``: links need unique ids."""
    if case.plan is None:
        return
    goal_ids = [goal.id for goal in case.plan.goals]
    for i in repeated_at(goal_ids):
        yield _DUPLICATE_GOAL_ID.at(i, goal_ids[i])
    action_ids = [action.id for action in case.plan.actions]
    for i in repeated_at(action_ids):
        yield _DUPLICATE_ACTION_ID.at(i, action_ids[i])


# --- strengths: "every strength with a strategy to build on it" (004)


_STRENGTH_WITHOUT_STRATEGY = FindingTemplate(
    "plan.strength-without-strategy",
    WARNING,
    "Strength %s has no strategy in the plan that builds on it"
    " (ISED: integration of client documentation).",
    "$.assessment.strengths[%s]",
    "Add a strength_strategies entry saying how the plan uses this strength.",
)


def strength_without_strategy(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``plan.strength-without-strategy``: an assessed strength the plan never uses."""
    if case.plan is None:
        return
    used = {s.strength_id for s in case.plan.strength_strategies if has_text(s.strategy)}
    for i, strength in enumerate(case.assessment.strengths):
        if strength.id not in used:
            yield _STRENGTH_WITHOUT_STRATEGY.at(i, strength.id)


_UNKNOWN_STRENGTH = FindingTemplate(
    "plan.unknown-strength",
    ERROR,
    "A strategy builds on strength %s, which the assessment does not have.",
    "$.plan.strength_strategies[%s].strength_id",
    "Cite a strength id from the assessment, or add the strength to it.",
)


def unknown_strength(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``plan.unknown-strength``: a strategy builds on a strength never assessed."""
    if case.plan is None:
        return
    known = {s.id for s in case.assessment.strengths}
    for i, strategy in enumerate(case.plan.strength_strategies):
        if strategy.strength_id not in known:
            yield _UNKNOWN_STRENGTH.at(i, strategy.strength_id)
