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

__all__ = [
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
]
