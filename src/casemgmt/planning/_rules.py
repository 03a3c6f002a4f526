"""The default plan rules, assembled in order; the rules live in one module per topic.

The topics: links to the assessment (``_links``), SMART goals (``_smart``),
goal wording (``_goal_wording``), actions and over-reliance (``_actions``)
and the plan as a whole (``_whole_plan``). Names that lived here before the
split are re-exported (``as`` themselves for mypy, where outside ``__all__``).

Each rule is a plain function ``rule(case, ctx) -> Iterable[Finding]``,
registered in ``PLAN_RULES`` under the code it reports. Parameterised rules
come from factories (``too_many_primary_goals(limit=5)``), so an agency
changes a limit with
``PLAN_RULES.replace("plan.too-many-goals", too_many_primary_goals(3))``.

Paths are positions in the case's tuples (``$.plan.goals[1].need_numbers[0]``).
Messages carry ids and numbers only, never goal or need text, which may
name the client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, RuleSet
from casemgmt.planning._actions import DEFAULT_WORKER_MIN_ITEMS as DEFAULT_WORKER_MIN_ITEMS  # noqa: PLC0414
from casemgmt.planning._actions import (
    DEFAULT_WORKER_SHARE,
    action_without_due_date,
    action_without_owner,
    worker_owns_most_actions,
)
from casemgmt.planning._goal_wording import _wording_checker as _wording_checker  # noqa: PLC0414
from casemgmt.planning._goal_wording import client_names, goal_wording
from casemgmt.planning._links import (
    duplicate_plan_ids,
    goal_without_need,
    need_unaddressed,
    strength_without_strategy,
    unknown_goal,
    unknown_need,
    unknown_strength,
)
from casemgmt.planning._open_items import PlanRule as PlanRule  # noqa: PLC0414
from casemgmt.planning._smart import (
    DEFAULT_PRIMARY_GOAL_LIMIT,
    goal_not_time_bound,
    goal_target_before_plan,
    goal_without_action,
    goal_without_indicator,
    target_set_on,
    too_many_primary_goals,
)
from casemgmt.planning._whole_plan import plan_not_agreed, plan_without_review_date

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "DEFAULT_PRIMARY_GOAL_LIMIT",
    "DEFAULT_WORKER_SHARE",
    "PLAN_RULES",
    "action_without_due_date",
    "action_without_owner",
    "client_names",
    "duplicate_plan_ids",
    "goal_not_time_bound",
    "goal_target_before_plan",
    "goal_without_action",
    "goal_without_indicator",
    "goal_without_need",
    "goal_wording",
    "need_unaddressed",
    "plan_not_agreed",
    "plan_without_review_date",
    "strength_without_strategy",
    "target_set_on",
    "too_many_primary_goals",
    "unknown_goal",
    "unknown_need",
    "unknown_strength",
    "worker_owns_most_actions",
]

_PLAN_RULES = (
    ("plan.goal-without-need", "goal-without-need", goal_without_need),
    ("plan.unknown-need", "unknown-need", unknown_need),
    ("plan.unknown-goal", "unknown-goal", unknown_goal),
    ("plan.need-unaddressed", "need-unaddressed", need_unaddressed),
    ("plan.duplicate-ids", "duplicate-ids", duplicate_plan_ids),
    ("plan.strength-without-strategy", "strength-without-strategy", strength_without_strategy),
    ("plan.unknown-strength", "unknown-strength", unknown_strength),
    ("goal.no-actions", "goal-without-action", goal_without_action),
    ("goal.no-indicator", "goal-without-indicator", goal_without_indicator),
    ("goal.not-time-bound", "goal-not-time-bound", goal_not_time_bound),
    ("goal.target-before-plan", "goal-target-before-plan", goal_target_before_plan),
    ("goal.wording", "goal-wording", goal_wording),
    ("plan.too-many-goals", "too-many-primary-goals", too_many_primary_goals()),
    ("action.no-owner", "action-without-owner", action_without_owner),
    ("action.no-due-date", "action-without-due-date", action_without_due_date),
    ("plan.worker-owns-actions", "worker-owns-actions", worker_owns_most_actions()),
    ("plan.no-review-date", "no-review-date", plan_without_review_date),
    ("plan.not-agreed", "plan-not-agreed", plan_not_agreed),
)
PLAN_RULES: RuleSet[Case, CheckContext] = RuleSet.from_table(_PLAN_RULES)
"""The default plan rules, in order, each named for the code it reports;
``casemgmt.validate`` runs them.

>>> PLAN_RULES.rule_names[:4]
('plan.goal-without-need', 'plan.unknown-need', 'plan.unknown-goal', 'plan.need-unaddressed')
"""
