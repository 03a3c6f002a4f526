"""The default plan rules over a whole case: links, SMART, roles, agreement.

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

import datetime as dt
import functools
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from casemgmt.core import CheckContext, Finding, Rule, RuleSet, Severity
from casemgmt.core._findings import FindingTemplate
from casemgmt.core._ids import repeated_at
from casemgmt.core._scrub import Scrubber
from casemgmt.core._text import has_text
from casemgmt.planning._records import ActionStatus, Goal, GoalStatus, Responsible
from casemgmt.planning._reliance import worker_share

if TYPE_CHECKING:
    from fractions import Fraction

    from casemgmt.case import Case

# Members bound once: an enumeration's class attribute costs a Python-level lookup
# on 3.11 (EnumType.__getattr__), and a rule run builds dozens of findings per case.
_ERR, _WARN, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_CANCELLED = ActionStatus.CANCELLED
_SERVICE = Responsible.EXTERNAL_SERVICE

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

DEFAULT_PRIMARY_GOAL_LIMIT = 5
"""Summers (2016, seed 002): few primary goals; more than five is a warning."""

DEFAULT_WORKER_SHARE = 2 / 3
"""QCOSS monitoring guide (seed 003, Zoe): the case manager owning two thirds or
more of the plan's open work is over-reliance, whatever the client owns."""

_MAX_SHARE_DENOMINATOR = 10_000


def _share_ratio(share: float | Fraction) -> tuple[int, int]:
    """``share`` as (numerator, denominator), compared in whole numbers so that
    2/3 means exactly two in three; ``fractions`` loads only for a share other
    than the default (it costs a tenth of importing the rules)."""
    if share == DEFAULT_WORKER_SHARE:
        return 2, 3
    from fractions import Fraction

    ratio = Fraction(share).limit_denominator(_MAX_SHARE_DENOMINATOR)
    return ratio.numerator, ratio.denominator


DEFAULT_WORKER_MIN_ITEMS = 3
"""Fewer open actions and worker-met goals than this are not judged."""

_GONE = frozenset({GoalStatus.ENTERED_IN_ERROR})

PlanRule = Rule["Case", CheckContext]


# --- links: "relates directly to the assessment - numbers correspond" (004)


_GOAL_WITHOUT_NEED = FindingTemplate(
    "plan.goal-without-need",
    _ERR,
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
    _ERR,
    "Goal %s cites need %s, which the assessment does not have.",
    "$.plan.goals[%s].need_numbers[%s]",
    "Cite a need number from the assessment, or add the need to it.",
)
_DEFERRED_UNKNOWN_NEED = FindingTemplate(
    "plan.unknown-need",
    _ERR,
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
    _ERR,
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
    _WARN,
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
    _ERR,
    "Goal id %s is used by more than one goal, so actions cannot say which goal they serve.",
    "$.plan.goals[%s].id",
    "Give each goal its own id.",
)
_DUPLICATE_ACTION_ID = FindingTemplate(
    "plan.duplicate-action-id",
    _ERR,
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
    _WARN,
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
    _ERR,
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


# --- goals: SMART (seeds 001, 002; Garvin 2009)


_GOAL_WITHOUT_ACTION = FindingTemplate(
    "goal.no-actions",
    _WARN,
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
    _WARN,
    "Goal %s has no indicator of success, so the client cannot tell"
    " when it is achieved (Garvin, QCOSS guide: measurable).",
    "$.plan.goals[%s].indicators",
    "Agree a realistic, observable indicator with the client"
    " (e.g. 'out of the house at least once a week').",
)


def goal_without_indicator(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``goal.no-indicator``: nothing says when an open goal is achieved."""
    if case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        if goal.status.is_open and not any(map(has_text, goal.indicators)):
            yield _GOAL_WITHOUT_INDICATOR.at(i, goal.id)


_GOAL_NOT_TIME_BOUND = FindingTemplate(
    "goal.not-time-bound",
    _WARN,
    "Goal %s has no target date; SMART goals are timely (QCOSS guide).",
    "$.plan.goals[%s].target_date",
    "Agree a target date with the client.",
)


def goal_not_time_bound(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``goal.not-time-bound``: an open goal with no target date (SMART, seed 002)."""
    if case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        if goal.status.is_open and goal.target_date is None:
            yield _GOAL_NOT_TIME_BOUND.at(i, goal.id)


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
                _WARN,
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
                _WARN,
                f"The plan has {count} open primary goals; more than {limit} spreads the"
                " client too thin (Summers 2016, QCOSS guide).",
                "$.plan.goals",
                "Keep a few primary goals and make the rest steps (primary=False), or defer some.",
            )

    return too_many_goals


# --- actions and roles (seeds 002, 003)


def action_without_owner(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``action.no-owner``: an open action nobody is responsible for (seed 002)."""
    if case.plan is None:
        return
    for i, action in enumerate(case.plan.actions):
        if not action.status.is_open:
            continue
        if action.responsible is None and action.responsible_party is None:
            yield Finding(
                "action.no-owner",
                _WARN,
                f"Action {action.id} has nobody responsible for it (QCOSS guide: by whom).",
                f"$.plan.actions[{i}].responsible",
                "Say who does it: the client, the case manager, a support person or a"
                " named service.",
            )
        elif (
            action.responsible is _SERVICE
            and action.responsible_party is None
            and not has_text(action.service_name)
        ):
            yield Finding(
                "action.no-owner",
                _WARN,
                f"Action {action.id} is owned by an outside service that is not named.",
                f"$.plan.actions[{i}].service_name",
                "Name the service (service_name) or link its party (responsible_party).",
            )


_ACTION_WITHOUT_DUE_DATE = FindingTemplate(
    "action.no-due-date",
    _WARN,
    "Action %s has no time frame or due date (QCOSS guide: target time frame).",
    "$.plan.actions[%s].due_date",
    "Agree a time frame ('1 week') and record the date it falls on.",
)


def action_without_due_date(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``action.no-due-date``: an open action with no time frame and no due date."""
    if case.plan is None:
        return
    for i, action in enumerate(case.plan.actions):
        if action.status.is_open and action.due_date is None and action.timeframe is None:
            yield _ACTION_WITHOUT_DUE_DATE.at(i, action.id)


def worker_owns_most_actions(
    share: float | Fraction = DEFAULT_WORKER_SHARE, *, min_actions: int = DEFAULT_WORKER_MIN_ITEMS
) -> PlanRule:
    """A rule: WARNING ``plan.worker-owns-actions`` when the case manager carries at
    least ``share`` of the plan's work.

    The work is the open actions plus the goals recorded as met; a met goal
    counts as the worker's when every done action behind it was the case
    manager's. Owning one token action does not hide a worker doing the
    rest, and the warning goes once the client owns most of the open work.
    QCOSS monitoring guide (seed 003, Zoe): a worker doing every task while
    reporting goals met breeds dependency; seed 002: the client takes the
    actions they can. Fewer than ``min_actions`` items are not judged.
    """
    if not 0 < share <= 1:
        msg = f"share must be above 0 and at most 1, got {share!r}"
        raise ValueError(msg)
    if min_actions < 1:
        msg = f"min_actions must be 1 or more, got {min_actions!r}"
        raise ValueError(msg)
    numerator, denominator = _share_ratio(share)

    def worker_owns_actions(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        if case.plan is None:
            return
        share = worker_share(case.plan)
        total, carried = share.total, share.carried
        if total < min_actions or carried * denominator < numerator * total:
            return
        met_by_worker, worker = share.met_by_worker, share.worker_actions
        met = (
            f"; {met_by_worker} goal(s) recorded as met rest on the case manager's actions"
            " alone, which shows nothing of the client's own progress"
            if met_by_worker
            else ""
        )
        yield Finding(
            "plan.worker-owns-actions",
            _WARN,
            f"Over-reliance: the case manager carries {carried} of {total} items of the"
            f" plan's work (owns {worker} of {share.open_actions} open actions{met});"
            " a worker doing the client's tasks breeds dependency (QCOSS guide:"
            " the Zoe case).",
            "$.plan.actions",
            "Hand the client the steps they can take themselves (booking, calling,"
            " asking a support person), with support to learn them.",
        )

    return worker_owns_actions


# --- the plan as a whole (seeds 001, 002)


def plan_without_review_date(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``plan.no-review-date``: an open case's plan says nothing of when it is reviewed.

    Not while the plan is on hold: a hold clears a review date already
    passed and the next one is set on resuming (seed 003); a long hold is
    ``crisis.hold-too-long``.
    """
    if case.plan is None or case.closure is not None or case.plan.on_hold_since is not None:
        return
    if case.plan.review_date is None:
        yield Finding(
            "plan.no-review-date",
            _WARN,
            "The plan has no review date (QCOSS guide: Woodside & McClam list a review"
            " date in every plan).",
            "$.plan.review_date",
            "Agree when the plan will be reviewed, e.g. in four months or sooner.",
        )


def plan_not_agreed(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``plan.not-agreed``: the client has not agreed to or signed the plan."""
    if case.plan is None:
        return
    if not case.plan.agreed_by_client and case.plan.signed_by_client_on is None:
        yield Finding(
            "plan.not-agreed",
            _WARN,
            "The client has not agreed to the plan; goals are agreed and owned by the"
            " client, and plans signed by client and case manager where possible"
            " (Mission Australia; QCOSS guide).",
            "$.plan.agreed_by_client",
            "Go through the plan with the client and record the agreement or signature.",
        )


# --- goal wording (ACCEPTANCE: casemgmt.planning.check_goal_statement)


class _Judge(Protocol):
    def at(self, text: str, path: str) -> tuple[Sequence[Finding], bool]: ...


_JudgeFactory = Callable[[Sequence[str]], _Judge]


class _PerGoal:
    """A judge over a wording module with only ``check_goal_statement``."""

    def __init__(self, check: Callable[..., list[Finding]], names: Sequence[str]) -> None:
        self._check = check
        self._names = names

    def at(self, text: str, path: str) -> tuple[list[Finding], bool]:
        found = [
            Finding(f.code, f.severity, f.message, path, f.hint)
            for f in self._check(text, client_names=self._names)
        ]
        return found, any(f.hint and _may_quote_details(f.hint) for f in found)


@functools.cache
def _wording_checker() -> _JudgeFactory | None:
    """A maker of per-client goal judges if the wording module is installed, else None.

    The module's ``GoalJudge`` reads the client's names once per case; a module
    with only ``check_goal_statement`` is called per goal.
    """
    name = "casemgmt.planning._wording"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None
    factory: _JudgeFactory | None = getattr(module, "GoalJudge", None)
    if factory is not None:
        return factory
    return functools.partial(_PerGoal, module.check_goal_statement)


def client_names(case: Case) -> tuple[str, ...]:
    """The names that refer to the client: first name and full name."""
    full = " ".join(case.client.name.split())
    first = full.split(" ", 1)[0]
    return tuple(dict.fromkeys(n for n in (first, full) if n))


_DETAIL_MARK = re.compile(r"[\d@]")


def _may_quote_details(hint: str) -> bool:
    """Whether a hint could hold a date, phone, e-mail or street address.

    Each of those carries a digit or an ``@`` (the scrubber's street
    addresses are the numbered ones); a hint with neither is left as it is,
    since scrubbing costs more than the wording check itself.
    """
    return _DETAIL_MARK.search(hint) is not None


def goal_wording(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """The goal-wording findings (``goal.not-client-behaviour``, ``goal.negative-terms``,
    ``goal.not-measurable``) for each open goal, at ``$.plan.goals[i].statement``.

    Finds nothing when the wording module is not installed.
    """
    judges = _wording_checker()
    if judges is None or case.plan is None:
        return
    judge: _Judge | None = None
    scrub: Scrubber | None = None
    for i, goal in enumerate(case.plan.goals):
        if goal.status.is_open:
            judge = judge or judges(client_names(case))
            found, risky = judge.at(goal.statement, _goal_path(i))
            if not risky:
                yield from found
                continue
            for f in found:
                # A hint may quote the goal, the client's name already read as "the
                # client"; its dates, phones, e-mails or address need the scrubber.
                if f.hint and _may_quote_details(f.hint):
                    scrub = scrub or Scrubber(case.client, client_as="the client")
                    yield Finding(f.code, f.severity, f.message, f.path, scrub(f.hint))
                else:
                    yield f


_GOAL_PATHS = tuple(f"$.plan.goals[{i}].statement" for i in range(32))


def _goal_path(i: int) -> str:
    return _GOAL_PATHS[i] if i < len(_GOAL_PATHS) else f"$.plan.goals[{i}].statement"


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
