"""The default monitoring rules over a whole case.

Each rule is a plain function ``rule(case, ctx) -> Iterable[Finding]``; the
ones with a practice parameter (how many reviews make a stall, how many
failed calls make disengagement) are built by a factory, so an agency
changes a threshold in one line::

    from casemgmt.monitoring import MONITORING_RULES, goal_stalled
    rules = MONITORING_RULES.replace("goal.stalled", goal_stalled(reviews=3))
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding, Rule, RuleSet
from casemgmt.core._episodes import before_episode
from casemgmt.core._findings import INFO, WARNING, known_finding
from casemgmt.core._rules import at_least
from casemgmt.core._time import Timeframe, iso_day
from casemgmt.monitoring._cadence import ReviewCadence
from casemgmt.monitoring._gas import views_disagree
from casemgmt.monitoring._history import (
    plan_version_untraced,
    revision_no_reason,
    revision_no_review_date,
    revision_not_agreed,
    revision_review_date_unchanged,
    revision_service_not_agreed,
)
from casemgmt.monitoring._notes import DEFAULT_NOTE_TERMS, note_documentation
from casemgmt.monitoring._records import Achievement
from casemgmt.monitoring._signals import (
    answered_since,
    disengaged_since,
    latest_review,
    live_plan,
    next_review_due,
    review_held_since,
    scores_by_goal,
    stalled_goals_of,
)
from casemgmt.planning._records import ActionStatus

if TYPE_CHECKING:
    from casemgmt.case import Case


_ACHIEVED = Achievement.ACHIEVED
_NO_SCORES: tuple[tuple[()], tuple[()]] = ((), ())
_OPEN_ACTION = frozenset(status for status in ActionStatus if status.is_open)

__all__ = [
    "MONITORING_RULES",
    "action_overdue",
    "case_disengaged",
    "goal_outperformed",
    "goal_stalled",
    "hold_too_long",
    "review_next_overdue",
    "review_overdue",
    "review_views_disagree",
]


def review_overdue(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``review.overdue``: the plan's review date has passed with no review since.

    Seeds 001, 002: plans are "regularly reviewed with the client" and carry
    "a date to review the case management plan". A plan of an earlier,
    closed episode is not chased (``live_plan``).
    """
    plan = live_plan(case)
    if plan is None or plan.review_date is None:
        return
    if ctx.as_of > plan.review_date and not review_held_since(case, plan.review_date):
        days = (ctx.as_of - plan.review_date).days
        yield Finding(
            "review.overdue",
            WARNING,
            f"the plan was due for review on {iso_day(plan.review_date)} ({days} days ago)"
            " and no review has been held since",
            "$.plan.review_date",
            "hold the review with the client and record it, or set a new review date",
        )


def review_next_overdue(cadence: ReviewCadence | str | None = None) -> Rule[Case, CheckContext]:
    """``review.next-overdue``: the next review the last review set has passed.

    Applies once the plan's own review date has been met by a review (or
    the plan has none); then the latest review's ``next_review_on`` - or,
    without one, ``cadence`` counted from that review or from the plan - is
    the date that counts (seed 002: reviews "scheduled regularly, for
    example every four months"). Without a cadence, a review that set no
    next date is not chased.
    """
    every = ReviewCadence.parse(cadence) if isinstance(cadence, str) else cadence

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        plan = live_plan(case)
        due = next_review_due(case, every)
        if plan is None or due is None or ctx.as_of <= due:
            return
        last = latest_review(case)
        if last is not None and before_episode(case, last[1].held_on):
            last = None
        if plan.review_date is not None and (last is None or last[1].held_on < plan.review_date):
            return  # the plan's own date governs: that is review.overdue
        if last is None:
            path, since = "$.plan", f"the plan of {iso_day(plan.created_on)}"
        else:
            index, review = last
            explicit = review.next_review_on is not None
            path = f"$.reviews[{index}]" + (".next_review_on" if explicit else "")
            since = f"the review of {iso_day(review.held_on)}"
        yield known_finding(
            "review.next-overdue",
            WARNING,
            f"the next review was due on {iso_day(due)} and none has been held since {since}",
            path,
            "hold the review with the client and record it, or set a new review date",
        )

    return rule


def action_overdue(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``action.overdue``: an open action is past its due date (seed 002's timeframes).

    Not while the plan is on hold for a crisis (seed 003).
    """
    # ``overdue_actions_of`` inlined: this rule reports a dozen actions a case, each
    # message an f-string (a third cheaper than ``%`` with four values, issue 19)
    plan = live_plan(case)
    if plan is None or plan.on_hold_since is not None:
        return
    as_of = ctx.as_of
    for index, action in enumerate(plan.actions):
        due = action.due_date
        if due is not None and due < as_of and action.status in _OPEN_ACTION:
            yield known_finding(
                "action.overdue",
                WARNING,
                f"action {action.id} was due on {iso_day(due)} ({(as_of - due).days} days ago)"
                f" and is still {action.status._value_}",
                _ACTION_PATHS[index] if index < _PLACED else f"$.plan.actions[{index}]",
                "mark it done, or agree a new timeframe with the client and record why",
            )


_PLACED = 32
_ACTION_PATHS = tuple(f"$.plan.actions[{i}]" for i in range(_PLACED))
"""The first actions' paths, written once (a plan's actions fit)."""


def goal_stalled(reviews: int = 2) -> Rule[Case, CheckContext]:
    """``goal.stalled``: no progress on an open goal at its last ``reviews`` reviews.

    Seed 003: when "the client is not making the expected progress", work
    out the barriers together and change the strategies.
    """
    at_least("reviews", reviews, 1)

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        for stall in stalled_goals_of(case, reviews, ctx.as_of):
            yield known_finding(
                "goal.stalled",
                WARNING,
                f"goal {stall.goal.id} shows no progress at its last {stall.reviews} reviews"
                f" (since {iso_day(stall.since)})",
                f"$.plan.goals[{stall.index}]",
                "explore the barriers with the client and revise the strategies, timeframes"
                " or supports (QCOSS guide)",
            )

    return rule


def goal_outperformed(level: int = 2, early: float = 0.5) -> Rule[Case, CheckContext]:
    """``goal.outperformed``: the client is ahead of the plan (seed 003's reflection).

    Reported when the latest score of a goal reaches GAS ``level`` (much
    more than expected), or the goal was achieved before ``early`` of the
    time to its target date had passed. Seed 003 asks what outperforming
    "might reveal about the initial plan": perhaps it was too modest.
    """
    if level not in (1, 2):
        msg = f"level must be +1 or +2, got {level!r}"
        raise ValueError(msg)
    if not 0 < early <= 1:
        msg = f"early must be a fraction above 0 and at most 1, got {early!r}"
        raise ValueError(msg)

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        plan = live_plan(case)
        if plan is None:
            return
        as_of = ctx.as_of
        by_goal = scores_by_goal(case)  # once, not per goal (issue 19)
        for goal in plan.goals:
            # goal_progress_history(case, goal.id, as_of), without the copy
            scores, days = by_goal.get(goal.id, _NO_SCORES)
            end = bisect_right(days, as_of)
            if not end:
                continue
            r_index, p_index, review, progress = scores[end - 1]
            ahead = progress.gas_level is not None and progress.gas_level >= level
            if not ahead and goal.target_date is not None:
                start = goal.agreed_on or plan.created_on
                achieved = goal.achieved_on or next(
                    (s[2].held_on for s in islice(scores, end) if s[3].achievement is _ACHIEVED),
                    None,
                )
                if achieved is not None and start < goal.target_date:
                    ahead = (achieved - start) < (goal.target_date - start) * early
            if not ahead:
                continue
            if answered_since(case, goal.id, review.held_on):
                continue  # the plan has already been raised to meet it
            yield known_finding(
                "goal.outperformed",
                INFO,
                f"goal {goal.id} is going better than planned; the plan may have been too"
                " modest (QCOSS guide)",
                f"$.reviews[{r_index}].progress[{p_index}]",
                "celebrate it with the client and consider a more ambitious next step",
            )

    return rule


def review_views_disagree(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``review.views-disagree``: at the latest review, client and worker see progress differently.

    Seed 003: "there may be a significant clash between the client's
    understanding of their progress and the case manager's perspective".
    """
    last = latest_review(case)
    if case.closure is not None or last is None or before_episode(case, last[1].held_on):
        return
    index, review = last
    for p_index, progress in enumerate(review.progress):
        client = progress.client_view
        if client is not None and views_disagree(progress.achievement, client):
            yield Finding(
                "review.views-disagree",
                INFO,
                f"for goal {progress.goal_id} the worker recorded"
                f" '{progress.achievement.value}' but the client sees"
                f" '{client.value}'",
                f"$.reviews[{index}].progress[{p_index}]",
                "talk it through with the client: what they see as achieved, and what is in"
                " the way (QCOSS guide)",
            )


def case_disengaged(
    attempts: int = 3, within: Timeframe | str = "1 month"
) -> Rule[Case, CheckContext]:
    """``case.disengaged``: ``attempts`` failed contact attempts ``within`` a period.

    Seed 000: what to do "when clients don't respond to phone messages or
    can no longer be contacted"; seed 003 lists disengagement as a reason
    to close.
    """
    at_least("attempts", attempts, 1)
    frame = within if isinstance(within, Timeframe) else Timeframe(within)

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        found = disengaged_since(case, ctx.as_of, attempts, frame)
        if found is None:
            return
        first, count = found
        yield Finding(
            "case.disengaged",
            WARNING,
            f"{count} contact attempts in the last {frame.text} failed, with no contact since",
            f"$.contact_attempts[{first}]",
            "try another channel or time (ACMA process: evenings, letters with reply cards, text"
            " messages), then follow the agency's disengagement procedure",
        )

    return rule


def hold_too_long(within: Timeframe | str = "1 month") -> Rule[Case, CheckContext]:
    """``crisis.hold-too-long``: the plan has been on hold longer than ``within``.

    Seed 003: once the crisis "has been adequately responded to, case
    managers will then need to return to the case plan with their client".
    """
    frame = within if isinstance(within, Timeframe) else Timeframe(within)

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        plan = live_plan(case)
        if plan is None or plan.on_hold_since is None:
            return
        if ctx.as_of > frame.due_from(plan.on_hold_since):
            yield Finding(
                "crisis.hold-too-long",
                INFO,
                f"the plan has been on hold since {plan.on_hold_since.isoformat()}, longer"
                f" than {frame.text}",
                "$.plan.on_hold_since",
                "when the crisis has settled, return to the plan with the client and record"
                " the changes it needs (resume)",
            )

    return rule


_EMPTY: RuleSet[Case, CheckContext] = RuleSet()
MONITORING_RULES: RuleSet[Case, CheckContext] = (
    _EMPTY.add("review.overdue", review_overdue)
    .add("review.next-overdue", review_next_overdue())
    .add("action.overdue", action_overdue)
    .add("goal.stalled", goal_stalled())
    .add("goal.outperformed", goal_outperformed())
    .add("review.views-disagree", review_views_disagree)
    .add("case.disengaged", case_disengaged())
    .add("revision.no-reason", revision_no_reason)
    .add("revision.not-agreed", revision_not_agreed)
    .add("revision.no-review-date", revision_no_review_date)
    .add("revision.service-not-agreed", revision_service_not_agreed)
    .add("revision.review-date-unchanged", revision_review_date_unchanged)
    .add("plan.version-untraced", plan_version_untraced)
    .add("crisis.hold-too-long", hold_too_long())
    .add("note.documentation", note_documentation(DEFAULT_NOTE_TERMS))
)
"""The default monitoring rules, in order; ``casemgmt.validate`` runs them."""
