"""Case planning: goals, actions, the case plan and its checks."""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
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
    from casemgmt.planning._rules import (
        PLAN_RULES,
        too_many_primary_goals,
        worker_owns_most_actions,
    )
    from casemgmt.planning._wording import (
        NEGATIVE_TERMS,
        NOT_CLIENT_BEHAVIOUR,
        NOT_MEASURABLE,
        WORDING_CODES,
        check_goal_statement,
    )
    from casemgmt.planning._wording_cache import clear_wording_cache
    from casemgmt.planning._wording_terms import DEFAULT_TERMS, WordingTerms

__all__ = [
    "DEFAULT_TERMS",
    "NEGATIVE_TERMS",
    "NOT_CLIENT_BEHAVIOUR",
    "NOT_MEASURABLE",
    "PLAN_RULES",
    "WORDING_CODES",
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
    "WordingTerms",
    "check_goal_statement",
    "clear_wording_cache",
    "render_plan_table",
    "too_many_primary_goals",
    "worker_owns_most_actions",
]

if not TYPE_CHECKING:  # mypy sees the imports above; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(
        __name__,
        {
            "casemgmt.planning._records": (
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
            ),
            "casemgmt.planning._render": ("render_plan_table",),
            "casemgmt.planning._rules": (
                "PLAN_RULES",
                "too_many_primary_goals",
                "worker_owns_most_actions",
            ),
            "casemgmt.planning._wording": (
                "NEGATIVE_TERMS",
                "NOT_CLIENT_BEHAVIOUR",
                "NOT_MEASURABLE",
                "WORDING_CODES",
                "check_goal_statement",
            ),
            "casemgmt.planning._wording_cache": ("clear_wording_cache",),
            "casemgmt.planning._wording_terms": (
                "DEFAULT_TERMS",
                "WordingTerms",
            ),
        },
    )
