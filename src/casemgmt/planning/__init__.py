"""Case planning: goals, actions, the case plan and its checks."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.planning._goal_wording import goal_wording_rule
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
    from casemgmt.planning._render import (
        PLAN_HEADINGS,
        action_how,
        action_owner,
        plan_html,
        render_plan_table,
    )
    from casemgmt.planning._rules import (
        PLAN_RULES,
        too_many_primary_goals,
        worker_owns_most_actions,
    )
    from casemgmt.planning._wording import (
        DEFAULT_TERMS,
        DEFAULT_WORDING_RULES,
        NEGATIVE_TERMS,
        NOT_CLIENT_BEHAVIOUR,
        NOT_MEASURABLE,
        WORDING_CODES,
        GoalReading,
        WordingRules,
        WordingTerms,
        check_goal_statement,
        clear_wording_cache,
        explain_goal_statement,
    )

__all__ = [
    "DEFAULT_TERMS",
    "DEFAULT_WORDING_RULES",
    "NEGATIVE_TERMS",
    "NOT_CLIENT_BEHAVIOUR",
    "NOT_MEASURABLE",
    "PLAN_HEADINGS",
    "PLAN_RULES",
    "WORDING_CODES",
    "Action",
    "ActionKind",
    "ActionStatus",
    "CasePlan",
    "DeferredNeed",
    "Goal",
    "GoalHorizon",
    "GoalReading",
    "GoalStatus",
    "Responsible",
    "StrengthStrategy",
    "WordingRules",
    "WordingTerms",
    "action_how",
    "action_owner",
    "check_goal_statement",
    "clear_wording_cache",
    "explain_goal_statement",
    "goal_wording_rule",
    "plan_html",
    "render_plan_table",
    "too_many_primary_goals",
    "worker_owns_most_actions",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
