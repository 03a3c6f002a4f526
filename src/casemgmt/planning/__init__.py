"""Case planning: goals, actions, the case plan and its checks."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.planning._actions import worker_owns_most_actions as worker_owns_most_actions
    from casemgmt.planning._goal_wording import goal_wording_rule as goal_wording_rule
    from casemgmt.planning._records import Action as Action
    from casemgmt.planning._records import ActionKind as ActionKind
    from casemgmt.planning._records import ActionStatus as ActionStatus
    from casemgmt.planning._records import CasePlan as CasePlan
    from casemgmt.planning._records import DeferredNeed as DeferredNeed
    from casemgmt.planning._records import Goal as Goal
    from casemgmt.planning._records import GoalHorizon as GoalHorizon
    from casemgmt.planning._records import GoalStatus as GoalStatus
    from casemgmt.planning._records import Responsible as Responsible
    from casemgmt.planning._records import StrengthStrategy as StrengthStrategy
    from casemgmt.planning._render import PLAN_HEADINGS as PLAN_HEADINGS
    from casemgmt.planning._render import action_how as action_how
    from casemgmt.planning._render import action_owner as action_owner
    from casemgmt.planning._render import plan_html as plan_html
    from casemgmt.planning._render import render_plan_table as render_plan_table
    from casemgmt.planning._rules import PLAN_RULES as PLAN_RULES
    from casemgmt.planning._smart import too_many_primary_goals as too_many_primary_goals
    from casemgmt.planning._wording import DEFAULT_TERMS as DEFAULT_TERMS
    from casemgmt.planning._wording import DEFAULT_WORDING_RULES as DEFAULT_WORDING_RULES
    from casemgmt.planning._wording import NEGATIVE_TERMS as NEGATIVE_TERMS
    from casemgmt.planning._wording import NOT_CLIENT_BEHAVIOUR as NOT_CLIENT_BEHAVIOUR
    from casemgmt.planning._wording import NOT_MEASURABLE as NOT_MEASURABLE
    from casemgmt.planning._wording import WORDING_CODES as WORDING_CODES
    from casemgmt.planning._wording import GoalReading as GoalReading
    from casemgmt.planning._wording import WordingRules as WordingRules
    from casemgmt.planning._wording import WordingTerms as WordingTerms
    from casemgmt.planning._wording import check_goal_statement as check_goal_statement
    from casemgmt.planning._wording import clear_wording_cache as clear_wording_cache
    from casemgmt.planning._wording import explain_goal_statement as explain_goal_statement
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
