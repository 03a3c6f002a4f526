"""Goal Attainment Scaling: the Kiresuk & Sherman T-score and review summaries."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.monitoring import (
    Achievement,
    GoalProgress,
    Review,
    ReviewSummary,
    gas_t_score,
    summarize_review,
)

LEVELS = st.lists(st.sampled_from([-2, -1, 0, 1, 2]), min_size=1, max_size=12)


def published(levels: list[int], weights: list[float], rho: float) -> float:
    """Kiresuk & Sherman (1968), written out term by term."""
    numerator = 10 * sum(w * x for x, w in zip(levels, weights, strict=True))
    denominator = math.sqrt((1 - rho) * sum(w**2 for w in weights) + rho * sum(weights) ** 2)
    return 50 + numerator / denominator


@given(
    st.data(),
    LEVELS,
    st.floats(0, 1, allow_nan=False),
)
def test_matches_the_published_formula(data: st.DataObject, levels: list[int], rho: float) -> None:
    """Any levels, positive weights and rho give the published formula's value."""
    weights = data.draw(
        st.lists(st.floats(0.01, 100, allow_nan=False), min_size=len(levels), max_size=len(levels))
    )
    assert published(levels, weights, rho) == pytest.approx(gas_t_score(levels, weights, rho))


@given(LEVELS)
def test_weights_default_to_one(levels: list[int]) -> None:
    """No weights means every goal weighs 1."""
    assert gas_t_score(levels, [1.0] * len(levels)) == gas_t_score(levels)


@given(LEVELS)
def test_expected_outcomes_score_fifty(levels: list[int]) -> None:
    """Every goal at its expected level (0) scores exactly 50."""
    expected = 50.0
    assert expected == gas_t_score([0] * len(levels))


@given(LEVELS, st.floats(0.1, 10))
def test_scaling_every_weight_changes_nothing(levels: list[int], factor: float) -> None:
    """T depends on the weights' proportions only."""
    weights = [float(i % 3 + 1) for i in range(len(levels))]
    scaled = [w * factor for w in weights]
    assert gas_t_score(levels, weights) == pytest.approx(gas_t_score(levels, scaled))


@given(LEVELS)
def test_mirror_levels_mirror_around_fifty(levels: list[int]) -> None:
    """Negating every level reflects the score around 50."""
    assert 100 - gas_t_score(levels) == pytest.approx(gas_t_score([-x for x in levels]))


def test_one_goal_one_level_is_ten_points() -> None:
    """A single goal one level above expected scores 60 whatever rho is."""
    expected = 60.0
    assert expected == pytest.approx(gas_t_score([1], rho=0.7))


def test_three_goals_above_expectation() -> None:
    """Three equal goals at +1 with rho 0.3: 50 + 30 / sqrt(4.8)."""
    assert 50 + 30 / math.sqrt(4.8) == pytest.approx(gas_t_score([1, 1, 1]))


def test_a_zero_weight_goal_does_not_count() -> None:
    """A goal weighted 0 leaves the score as if it were absent."""
    assert gas_t_score([2]) == pytest.approx(gas_t_score([2, -2], [1, 0]))


def test_integral_floats_are_levels() -> None:
    """1.0 is the level +1."""
    assert gas_t_score([1]) == gas_t_score([1.0])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("levels", "weights", "rho"),
    [
        ([], None, 0.3),
        ([3], None, 0.3),
        ([-3], None, 0.3),
        ([0.5], None, 0.3),
        ([True], None, 0.3),
        ([float("nan")], None, 0.3),
        (["1"], None, 0.3),
        ([1, 2], [1.0, -1.0], 0.3),
        ([1, 2], [1.0], 0.3),
        ([1], [1.0, 1.0], 0.3),
        ([1, 2], [0.0, 0.0], 0.3),
        ([1], [float("inf")], 0.3),
        ([1], None, -0.1),
        ([1], None, 1.5),
    ],
)
def test_bad_input_is_a_value_error(
    levels: list[int], weights: list[float] | None, rho: float
) -> None:
    """Empty lists, levels outside -2..+2, negative or all-zero weights, mismatched lengths."""
    with pytest.raises(ValueError):  # noqa: PT011 - the message varies by problem
        gas_t_score(levels, weights, rho)


def _review() -> Review:
    return Review(
        held_on=dt.date(2025, 1, 6),
        progress=(
            GoalProgress(goal_id="g-1", achievement=Achievement.ACHIEVED, gas_level=2),
            GoalProgress(
                goal_id="g-2",
                achievement=Achievement.NO_CHANGE,
                gas_level=-1,
                client_view=Achievement.IMPROVING,
            ),
            GoalProgress(goal_id="g-3", achievement=Achievement.IN_PROGRESS),
        ),
    )


def test_review_summary_counts_and_scores() -> None:
    """Seed 003's questions at a glance: who moved, who stalled, whose views clash."""
    expected = ReviewSummary(
        goals_reviewed=3,
        goals_scored=2,
        t_score=gas_t_score([2, -1]),
        progressing=1,
        stalled=1,
        achieved=1,
        views_disagree=1,
    )
    assert expected == summarize_review(_review())


def test_review_summary_uses_goal_weights() -> None:
    """Weights are given per goal id; unnamed goals weigh 1."""
    assert gas_t_score([2, -1], [3, 1]) == summarize_review(_review(), weights={"g-1": 3}).t_score


def test_review_without_levels_has_no_score() -> None:
    """No GAS levels recorded: the summary has no T-score rather than a made-up one."""
    review = Review(
        held_on=dt.date(2025, 1, 6),
        progress=(GoalProgress(goal_id="g-1", achievement=Achievement.IMPROVING),),
    )
    assert summarize_review(review).t_score is None
