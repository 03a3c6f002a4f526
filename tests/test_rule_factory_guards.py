"""Rule factories refuse a count below its bound, naming the parameter (core.at_least)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from casemgmt.closure import (
    follow_up_after_exit,
    min_time_since_goal_achieved,
    sustained_employment,
)
from casemgmt.monitoring import case_disengaged, goal_stalled
from casemgmt.planning import worker_owns_most_actions

FACTORIES: list[tuple[Callable[..., Any], str, int]] = [
    (sustained_employment, "months", 1),
    (min_time_since_goal_achieved, "days", 0),
    (follow_up_after_exit, "within_days", 0),
    (goal_stalled, "reviews", 1),
    (case_disengaged, "attempts", 1),
    (worker_owns_most_actions, "min_actions", 1),
]


@pytest.mark.parametrize(("factory", "name", "low"), FACTORIES)
def test_below_the_bound_is_refused_by_name(
    factory: Callable[..., Any], name: str, low: int
) -> None:
    with pytest.raises(ValueError, match=rf"^{name} must be {low} or more, got {low - 1}$"):
        factory(**{name: low - 1})
    assert callable(factory(**{name: low}))
