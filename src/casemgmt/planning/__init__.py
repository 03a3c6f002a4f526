"""Case planning: goals, actions, the case plan and its checks."""

from casemgmt.planning._records import (
    Action,
    ActionKind,
    ActionStatus,
    CasePlan,
    DeferredNeed,
    Goal,
    GoalHorizon,
    GoalStatus,
    Responsible,
    StrengthStrategy,
)
from casemgmt.planning._render import render_plan_table
from casemgmt.planning._rules import PLAN_RULES, too_many_primary_goals, worker_owns_most_actions

__all__ = [
    "PLAN_RULES",
    "Action",
    "ActionKind",
    "ActionStatus",
    "CasePlan",
    "DeferredNeed",
    "Goal",
    "GoalHorizon",
    "GoalStatus",
    "Responsible",
    "StrengthStrategy",
    "render_plan_table",
    "too_many_primary_goals",
    "worker_owns_most_actions",
]
