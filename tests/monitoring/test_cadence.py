"""Review cadence: "every 4 months" and friends, scheduled with rrule (seed 002)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.monitoring import CadenceUnit, ReviewCadence
from casemgmt.testing.strategies import dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "interval", "unit"),
    [
        ("every 4 months", 4, CadenceUnit.MONTH),
        ("Every four months", 4, CadenceUnit.MONTH),
        ("every month", 1, CadenceUnit.MONTH),
        ("monthly", 1, CadenceUnit.MONTH),
        ("quarterly", 3, CadenceUnit.MONTH),
        ("every quarter", 3, CadenceUnit.MONTH),
        ("every 2 weeks", 2, CadenceUnit.WEEK),
        ("fortnightly", 2, CadenceUnit.WEEK),
        ("every fortnight", 2, CadenceUnit.WEEK),
        ("every other week", 2, CadenceUnit.WEEK),
        ("weekly", 1, CadenceUnit.WEEK),
        ("every 10 days", 10, CadenceUnit.DAY),
        ("six-monthly", 6, CadenceUnit.MONTH),
        ("annually", 1, CadenceUnit.YEAR),
        ("every 2 years", 2, CadenceUnit.YEAR),
    ],
)
def test_parse(text: str, interval: int, unit: CadenceUnit) -> None:
    """Cadences are read from the words agencies write."""
    assert ReviewCadence(interval, unit) == ReviewCadence.parse(text)


@pytest.mark.parametrize("text", ["", "sometimes", "every", "every 0 months", "every 4 moons"])
def test_unreadable_cadence_is_a_value_error(text: str) -> None:
    """A cadence that cannot be read says how to write one."""
    with pytest.raises(ValueError, match="every 4 months"):
        ReviewCadence.parse(text)


def test_interval_must_be_positive() -> None:
    """A cadence of zero months is not a schedule."""
    with pytest.raises(ValueError, match="whole number"):
        ReviewCadence(0, CadenceUnit.MONTH)


def test_every_four_months_from_the_plan_date() -> None:
    """Seed 002: "scheduled regularly (for example, every four months)"."""
    assert D(2025, 1, 4) == ReviewCadence.parse("every 4 months").next_after(D(2024, 9, 4))


def test_month_end_falls_on_the_last_day_of_short_months() -> None:
    """A schedule from the 31st does not skip February."""
    expected = [D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30), D(2025, 5, 31)]
    assert expected == list(
        ReviewCadence.parse("monthly").due_dates(D(2025, 1, 31), D(2025, 5, 31))
    )


def test_leap_day_yearly_falls_on_28_february() -> None:
    """A yearly review from 29 February falls on 28 February in other years."""
    assert D(2025, 2, 28) == ReviewCadence.parse("annually").next_after(D(2024, 2, 29))


def test_weeks() -> None:
    """Fortnightly is every 14 days."""
    assert D(2025, 1, 15) == ReviewCadence.parse("fortnightly").next_after(D(2025, 1, 1))


def test_str_reads_back() -> None:
    """The cadence prints in words that parse to the same cadence."""
    cadence = ReviewCadence.parse("every 4 months")
    assert cadence == ReviewCadence.parse(str(cadence))


CADENCES = st.builds(ReviewCadence, st.integers(1, 12), st.sampled_from(CadenceUnit))


@given(CADENCES, dates(), st.integers(0, 800))
def test_due_dates_run_after_start_in_order(cadence: ReviewCadence, start: D, span: int) -> None:
    """Every due date is after the start, no later than the end, and strictly increasing."""
    until = start + dt.timedelta(days=span)
    due = list(cadence.due_dates(start, until))
    expected = (True, True, True)
    assert expected == (
        all(start < d <= until for d in due),
        due == sorted(set(due)),
        not due or due[0] == cadence.next_after(start),
    )


@given(CADENCES, dates())
def test_next_after_is_within_one_interval(cadence: ReviewCadence, start: D) -> None:
    """The next review is after the start and at most one interval (plus a short month) away."""
    days = {CadenceUnit.DAY: 1, CadenceUnit.WEEK: 7, CadenceUnit.FORTNIGHT: 14}
    days |= {CadenceUnit.MONTH: 31, CadenceUnit.YEAR: 366}
    gap = (cadence.next_after(start) - start).days
    assert 0 < gap <= cadence.interval * days[cadence.unit]
