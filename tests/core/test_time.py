"""Time frames in the plan's own words (seed 002, the Carla plan: "1 week", "1 month")."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Timeframe, TimeframeError
from casemgmt.core._time import TimeUnit, as_date

PLAN_DATE = dt.date(2024, 9, 4)


@pytest.mark.parametrize(
    ("words", "due"),
    [
        ("1 day", dt.date(2024, 9, 5)),
        ("1 week", dt.date(2024, 9, 11)),
        ("2 weeks", dt.date(2024, 9, 18)),
        ("1 month", dt.date(2024, 10, 4)),
        ("six months", dt.date(2025, 3, 4)),
        ("a fortnight", dt.date(2024, 9, 18)),
        ("within 3 days", dt.date(2024, 9, 7)),
        ("1 year", dt.date(2025, 9, 4)),
    ],
)
def test_carla_plan_time_frames_resolve_to_due_dates(words: str, due: dt.date) -> None:
    """Seed 002: the Carla plan's time frames resolve against the plan date (04.09)."""
    assert due == Timeframe(words).due_from(PLAN_DATE)


def test_month_end_is_calendar_aware() -> None:
    """One month from 31 January is the end of February, not 3 March."""
    assert dt.date(2024, 2, 29) == Timeframe("1 month").due_from(dt.date(2024, 1, 31))


@pytest.mark.parametrize(
    "bad", ["", "soon", "2", "weeks", "0 days", "-1 week", "2 lightyears", "ten-ish days"]
)
def test_unreadable_time_frames_raise_a_clear_error(bad: str) -> None:
    """Anything but a count and a unit is refused, with an example of what works."""
    with pytest.raises(TimeframeError, match="time frame"):
        Timeframe(bad)


def test_words_are_kept_as_written() -> None:
    """The plan's wording survives: str() gives it back."""
    assert str(Timeframe("six months")) == "six months"
    assert (Timeframe("six months").amount, Timeframe("six months").unit) == (6, TimeUnit.MONTH)
    assert relativedelta(months=6) == Timeframe("six months").delta


@given(st.integers(1, 500), st.sampled_from(["day", "days", "week", "weeks", "month", "months"]))
def test_numeric_time_frames_always_parse(n: int, unit: str) -> None:
    """Any positive count with a known unit is a time frame ending after its start."""
    assert Timeframe(f"{n} {unit}").due_from(PLAN_DATE) > PLAN_DATE


def test_as_of_accepts_dates_and_aware_datetimes_only() -> None:
    """Naive datetimes are refused: a time without a zone is ambiguous."""
    aware = dt.datetime(2024, 9, 4, 23, 0, tzinfo=dt.timezone.utc)
    assert dt.date(2024, 9, 4) == as_date(aware)
    assert as_date(PLAN_DATE) == PLAN_DATE
    with pytest.raises(ValueError, match="timezone-aware"):
        as_date(dt.datetime(2024, 9, 4, 12, 0))  # noqa: DTZ001 - the point of the test
    with pytest.raises(TypeError):
        as_date("2024-09-04")  # type: ignore[arg-type]
