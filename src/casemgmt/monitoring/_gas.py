"""Goal Attainment Scaling: one T-score for how far a set of goals got.

Each goal is scored on five levels: -2 much less than expected, -1 somewhat
less, 0 the expected outcome, +1 somewhat more, +2 much more than expected.
Kiresuk & Sherman (1968) combine them into a T-score that is 50 when every
goal lands exactly where expected, with a standard deviation of about 10:

    T = 50 + 10 * sum(w_i * x_i) / sqrt((1 - rho) * sum(w_i^2) + rho * (sum w_i)^2)

``rho`` is the assumed correlation between goals' scores; 0.3 is the value
Kiresuk & Sherman proposed and the one the literature uses.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence

import attrs

from casemgmt.core._ids import GoalId
from casemgmt.core._repr import Record
from casemgmt.monitoring._records import Achievement, Review

__all__ = ["GAS_LEVELS", "ReviewSummary", "gas_t_score", "summarize_review"]

GAS_LEVELS = (-2, -1, 0, 1, 2)
"""The five attainment levels, from much less than expected to much more."""


def _check_level(index: int, level: object) -> int:
    if (
        isinstance(level, bool)
        or not isinstance(level, numbers.Real)
        or not math.isfinite(level)
        or level not in GAS_LEVELS
    ):
        msg = f"level {index} is {level!r}; GAS levels are -2, -1, 0, +1 or +2"
        raise ValueError(msg)
    return GAS_LEVELS[GAS_LEVELS.index(level)]


def _check_weight(index: int, weight: object) -> float:
    if isinstance(weight, bool) or not isinstance(weight, numbers.Real):
        msg = f"weight {index} is {weight!r}; weights are numbers of 0 or more"
        raise ValueError(msg)
    value = float(weight)
    if not math.isfinite(value) or value < 0:
        msg = f"weight {index} is {weight!r}; weights are finite numbers of 0 or more"
        raise ValueError(msg)
    return value


def gas_t_score(
    levels: Sequence[int], weights: Sequence[float] | None = None, rho: float = 0.3
) -> float:
    """The Kiresuk & Sherman GAS T-score of goals scored at ``levels``.

    ``weights`` default to 1 for every goal; ``rho`` is the assumed
    correlation between goals (0.3 by convention, 0 to 1 allowed).

    Raises ``ValueError`` for no levels, a level that is not -2..+2, a
    negative or non-finite weight, a different number of weights and levels,
    a ``rho`` outside 0..1, or weights that are all zero: then no goal
    counts and there is no score to give (the formula would divide 0 by 0).

    >>> gas_t_score([0, 0, 0])
    50.0
    >>> gas_t_score([1])
    60.0
    >>> round(gas_t_score([1, 1, 1]), 2)
    63.69
    >>> round(gas_t_score([2, -1], weights=[3, 1]), 2)
    64.56
    """
    checked = [_check_level(i, x) for i, x in enumerate(levels)]
    if not checked:
        msg = "no GAS levels given; score at least one goal"
        raise ValueError(msg)
    if weights is None:
        ws = [1.0] * len(checked)
    else:
        ws = [_check_weight(i, w) for i, w in enumerate(weights)]
        if len(ws) != len(checked):
            msg = f"{len(ws)} weights for {len(checked)} levels; give one weight per goal"
            raise ValueError(msg)
    if isinstance(rho, bool) or not isinstance(rho, numbers.Real) or not 0 <= rho <= 1:
        msg = f"rho is {rho!r}; it is a correlation between 0 and 1 (0.3 by convention)"
        raise ValueError(msg)
    total = math.fsum(ws)
    if total == 0:
        msg = "every weight is zero, so no goal counts and there is no score"
        raise ValueError(msg)
    weighted = math.fsum(w * x for w, x in zip(ws, checked, strict=True))
    spread = (1 - rho) * math.fsum(w * w for w in ws) + rho * total * total
    return 50 + 10 * weighted / math.sqrt(spread)


_POSITIVE = frozenset({Achievement.IMPROVING, Achievement.ACHIEVED, Achievement.SUSTAINING})
_NEGATIVE = frozenset(
    {
        Achievement.WORSENING,
        Achievement.NO_CHANGE,
        Achievement.NO_PROGRESS,
        Achievement.NOT_ACHIEVED,
        Achievement.NOT_ATTAINABLE,
    }
)


def direction(achievement: Achievement) -> int:
    """+1 for progress, -1 for none or going backwards, 0 for plain "in progress"."""
    if achievement in _POSITIVE:
        return 1
    if achievement in _NEGATIVE:
        return -1
    return 0


@attrs.frozen(kw_only=True, repr=False)
class ReviewSummary(Record):
    """One review at a glance: how many goals moved, stalled, and the GAS T-score."""

    goals_reviewed: int
    goals_scored: int
    t_score: float | None
    progressing: int
    stalled: int
    achieved: int
    views_disagree: int


def summarize_review(
    review: Review, *, weights: Mapping[GoalId, float] | None = None, rho: float = 0.3
) -> ReviewSummary:
    """Count the review's goals by direction and score those with a GAS level.

    ``weights`` maps goal ids to weights (1 for goals it does not name).
    ``t_score`` is ``None`` when no goal was given a GAS level.

    >>> from casemgmt.monitoring import GoalProgress, Review
    >>> import datetime as dt
    >>> review = Review(held_on=dt.date(2025, 1, 6), progress=(
    ...     GoalProgress(goal_id="g-1", achievement=Achievement.ACHIEVED, gas_level=1),
    ...     GoalProgress(goal_id="g-2", achievement=Achievement.NO_CHANGE, gas_level=-1,
    ...                  client_view=Achievement.IMPROVING)))
    >>> s = summarize_review(review)
    >>> s.t_score, s.progressing, s.stalled, s.views_disagree
    (50.0, 1, 1, 1)
    """
    weights = weights or {}
    scored = [p for p in review.progress if p.gas_level is not None]
    t_score = (
        gas_t_score(
            [p.gas_level for p in scored if p.gas_level is not None],
            [weights.get(p.goal_id, 1.0) for p in scored],
            rho,
        )
        if scored
        else None
    )
    return ReviewSummary(
        goals_reviewed=len(review.progress),
        goals_scored=len(scored),
        t_score=t_score,
        progressing=sum(direction(p.achievement) > 0 for p in review.progress),
        stalled=sum(direction(p.achievement) < 0 for p in review.progress),
        achieved=sum(p.achievement is Achievement.ACHIEVED for p in review.progress),
        views_disagree=sum(views_disagree(p.achievement, p.client_view) for p in review.progress),
    )


def views_disagree(worker: Achievement, client: Achievement | None) -> bool:
    """True when one side sees progress and the other sees none (seed 003)."""
    if client is None:
        return False
    return direction(worker) * direction(client) < 0
