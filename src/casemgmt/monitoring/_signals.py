"""What a case says about itself on a date: the facts the rules and the caseload share.

The monitoring rules turn these into findings; the caseload queries turn
them into rows. Keeping one reading of "due", "stalled" and "disengaged"
means a case manager's morning list and ``validate`` never disagree.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from casemgmt.core._episodes import before_episode
from casemgmt.core._memo import per_case
from casemgmt.core._repr import Record
from casemgmt.core._time import Timeframe, shift
from casemgmt.monitoring._cadence import ReviewCadence
from casemgmt.monitoring._gas import direction
from casemgmt.monitoring._records import Achievement, GoalProgress, Review
from casemgmt.planning._records import Action, CasePlan, Goal

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "Stall",
    "answered_since",
    "chronological_reviews",
    "disengaged_since",
    "goal_progress_history",
    "goal_scores_until",
    "latest_review",
    "live_plan",
    "next_review_due",
    "overdue_actions_of",
    "review_held_since",
    "scores_by_goal",
    "stalled_goals_of",
]


def live_plan(case: Case) -> CasePlan | None:
    """The plan the monitoring rules chase, or None.

    None while the case is closed, before it has a plan, and when the plan
    was made in an earlier episode of a re-opened case: nothing from a
    closed episode is chased in the new one (seeds 000, 003).
    """
    plan = case.plan
    if case.closure is not None or plan is None or before_episode(case, plan.created_on):
        return None
    return plan


def chronological_reviews(case: Case) -> list[tuple[int, Review]]:
    """(index in ``case.reviews``, review) ordered by date, then by position."""
    return list(_chronological(case))


def _chronological(case: Case) -> tuple[tuple[int, Review], ...]:
    memo = per_case(case)
    found: tuple[tuple[int, Review], ...] | None = memo.get(_chronological)
    if found is None:
        found = tuple(sorted(enumerate(case.reviews), key=lambda pair: (pair[1].held_on, pair[0])))
        memo[_chronological] = found
    return found


def latest_review(case: Case) -> tuple[int, Review] | None:
    """The most recent review and its index, or None when there has been none."""
    memo = per_case(case)
    if latest_review in memo:
        found: tuple[int, Review] | None = memo[latest_review]
        return found
    best: tuple[int, Review] | None = None
    for index, review in enumerate(case.reviews):
        if best is None or review.held_on >= best[1].held_on:
            best = (index, review)
    memo[latest_review] = best
    return best


def review_held_since(case: Case, day: dt.date) -> bool:
    """True when some review was held on or after ``day``."""
    return any(review.held_on >= day for review in case.reviews)


def next_review_due(case: Case, cadence: ReviewCadence | None = None) -> dt.date | None:
    """When the next review falls due, or None (closed, or nothing scheduled).

    The plan's review date, until a review is held on or after it; then the
    next review date that review set, or else the ``cadence`` counted from
    it. A plan with no review date and no review yet counts the cadence from
    the plan's date (seed 002: "scheduled regularly, for example every four
    months").
    """
    plan = live_plan(case)
    if plan is None:
        return None
    planned = plan.review_date
    last = latest_review(case)
    if last is not None and before_episode(case, last[1].held_on):
        last = None  # a review of the closed episode sets nothing for this one
    if planned is not None and (last is None or last[1].held_on < planned):
        return planned
    if last is not None:
        review = last[1]
        if review.next_review_on is not None:
            return review.next_review_on
        return cadence.next_after(review.held_on) if cadence is not None else None
    return cadence.next_after(plan.created_on) if cadence is not None else None


def overdue_actions_of(case: Case, as_of: dt.date) -> Iterator[tuple[int, Action, dt.date]]:
    """(index in ``case.plan.actions``, action, due date) for open actions past due.

    None while the case is closed or the plan is on hold for a crisis
    (seed 003: the plan may be "completely put aside").
    """
    plan = live_plan(case)
    if plan is None or plan.on_hold_since is not None:
        return
    for index, action in enumerate(plan.actions):
        due = action.due_date
        if action.status.is_open and due is not None and due < as_of:
            yield index, action, due


_Score = tuple[int, int, Review, GoalProgress]


def goal_progress_history(
    case: Case, goal_id: str, as_of: dt.date | None = None
) -> list[tuple[int, int, Review, GoalProgress]]:
    """Every score the goal got, oldest first: (review index, progress index, review, progress).

    Reviews dated after ``as_of`` (when given) are left out.
    """
    scores, days = scores_by_goal(case).get(goal_id, ((), ()))
    if as_of is None:
        return list(scores)
    # Oldest first, so the reviews up to ``as_of`` are a prefix.
    return list(scores[: bisect_right(days, as_of)])


def goal_scores_until(
    case: Case, goal_id: str, as_of: dt.date | None
) -> tuple[Sequence[_Score], int]:
    """(every score the goal got, oldest first; how many of them are on or before
    ``as_of``): ``goal_progress_history`` without copying it, for rules that look at
    its last entries."""
    scores, days = scores_by_goal(case).get(goal_id, ((), ()))
    return scores, len(scores) if as_of is None else bisect_right(days, as_of)


def scores_by_goal(case: Case) -> dict[str, tuple[list[_Score], list[dt.date]]]:
    """goal id -> (its scores oldest first, their review dates): one pass over the reviews,
    kept for the case; "up to a day" is a ``bisect_right`` of the dates."""
    memo = per_case(case)
    found: dict[str, tuple[list[_Score], list[dt.date]]] | None = memo.get(scores_by_goal)
    if found is None:
        found = {}
        for r_index, review in _chronological(case):
            held = review.held_on
            for p_index, progress in enumerate(review.progress):
                goal_id = progress.goal_id
                entry = found.get(goal_id)
                if entry is None:
                    entry = found[goal_id] = ([], [])
                entry[0].append((r_index, p_index, review, progress))
                entry[1].append(held)
        memo[scores_by_goal] = found
    return found


def answered_since(case: Case, goal_id: str, day: dt.date) -> bool:
    """True when a plan revision on or after ``day`` changed the goal or its actions."""
    last = _last_revised(case).get(goal_id)
    return last is not None and last >= day


def _last_revised(case: Case) -> dict[object, dt.date]:
    """goal id -> the latest revision date that changed the goal or its actions."""
    memo = per_case(case)
    found: dict[object, dt.date] | None = memo.get(_last_revised)
    if found is None:
        found = {}
        for revision in case.revisions:
            diff, on = revision.diff, revision.revised_on
            touched = {
                *(g.id for g in diff.goals_added),
                *diff.goals_removed,
                *(g.id for g in diff.goals_changed),
                *(a.goal_id for a in diff.actions_added),
                *(a.goal_id for a in diff.actions_changed),
            }
            for goal_id in touched:
                last = found.get(goal_id)
                if last is None or on > last:
                    found[goal_id] = on
        memo[_last_revised] = found
    return found


@attrs.frozen(kw_only=True, repr=False)
class Stall(Record):
    """A goal (at ``index`` in the plan) with no progress at its last ``reviews`` reviews."""

    index: int
    goal: Goal
    reviews: int
    since: dt.date


def stalled_goals_of(case: Case, reviews: int = 2, as_of: dt.date | None = None) -> Iterator[Stall]:
    """Open goals whose last ``reviews`` scores all show no progress.

    No progress is no-change, no-progress, worsening, not-achieved or
    not-attainable (seed 003: "not making the expected progress"). A stall
    the plan has already answered - a revision on or after the last of
    those reviews changed the goal or its actions - is not reported.
    """
    plan = live_plan(case)
    if plan is None:
        return
    by_goal = scores_by_goal(case)
    for index, goal in enumerate(plan.goals):
        if not goal.status.is_open:
            continue
        # goal_progress_history(case, goal.id, as_of)[-reviews:], without copying it all
        scores, days = by_goal.get(goal.id, ((), ()))
        end = len(scores) if as_of is None else bisect_right(days, as_of)
        if end < reviews:
            continue
        history = scores[end - reviews : end]
        # a plain loop, not ``any`` over a generator: asked of every open goal (issue 19)
        for score in history:
            if score[3].achievement not in _NO_PROGRESS:
                break
        else:
            if not answered_since(case, goal.id, history[-1][2].held_on):
                yield Stall(index=index, goal=goal, reviews=reviews, since=history[0][2].held_on)


_NO_PROGRESS = frozenset(achievement for achievement in Achievement if direction(achievement) < 0)
"""The scores that show no progress (``direction`` below zero)."""


@functools.lru_cache(maxsize=256)
def _window_start(as_of: dt.date, within: str) -> dt.date:
    """``as_of`` less the time frame: calendar arithmetic with ``relativedelta`` is slow,
    and a caseload is checked on one day, so each (day, frame) is worked out once."""
    return shift(as_of, -Timeframe(within).delta)


def disengaged_since(
    case: Case, as_of: dt.date, attempts: int = 3, within: Timeframe | str = "1 month"
) -> tuple[int, int] | None:
    """(index of the first failed attempt in the run, failures) or None.

    Disengaged: at least ``attempts`` failed contact attempts within
    ``within`` before ``as_of``, with no successful contact and no review
    since the first of them (seed 000: clients who "can no longer be
    contacted"). Attempts of an earlier, closed episode do not count.
    """
    if case.closure is not None or len(case.contact_attempts) < attempts:
        # Too few attempts at all: the failed ones in the window, a subset,
        # cannot reach ``attempts`` (the usual case, settled without the walk).
        return None
    return _disengaged(case, as_of, attempts, within)


def _disengaged(
    case: Case, as_of: dt.date, attempts: int, within: Timeframe | str
) -> tuple[int, int] | None:
    """``disengaged_since``'s walk, without its screen (a property compares the two)."""
    if case.closure is not None:
        return None
    frame = within if isinstance(within, Timeframe) else Timeframe(within)
    window_start = _window_start(as_of, frame.text)
    last_contact: dt.date | None = None
    for attempt in case.contact_attempts:
        if attempt.succeeded and attempt.on <= as_of:
            last_contact = attempt.on if last_contact is None else max(last_contact, attempt.on)
    for review in case.reviews:
        if review.held_on <= as_of:
            day = review.held_on
            last_contact = day if last_contact is None else max(last_contact, day)
    failed = [
        (attempt.on, index)
        for index, attempt in enumerate(case.contact_attempts)
        if not attempt.succeeded
        and window_start <= attempt.on <= as_of
        and not before_episode(case, attempt.on)
        and (last_contact is None or attempt.on > last_contact)
    ]
    if len(failed) < attempts:
        return None
    return min(failed)[1], len(failed)
