"""``iso_day``: the remembered date text equals ``isoformat()`` (issue 19's date cache)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.core import _time
from casemgmt.core._time import iso_day


@given(st.lists(st.dates() | st.datetimes(timezones=st.just(dt.timezone.utc)), max_size=20))
def test_iso_day_is_isoformat_asked_once_or_again(days: list[dt.date]) -> None:
    # Twice over: the second answer comes from the map for plain dates.
    for day in days + days:
        assert iso_day(day) == day.isoformat()


def test_a_datetime_never_stands_for_its_date() -> None:
    # A datetime hashes like the date with the same day but is not remembered, so
    # neither order of asking can give one the other's text.
    moment = dt.datetime(2031, 5, 6, 7, 8, tzinfo=dt.timezone.utc)
    assert iso_day(moment) == "2031-05-06T07:08:00+00:00"
    assert iso_day(moment.date()) == "2031-05-06"
    assert iso_day(moment) == "2031-05-06T07:08:00+00:00"
    assert moment not in _time._ISO_DAYS


def test_the_map_stops_growing_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_time, "_ISO_DAYS", {})
    monkeypatch.setattr(_time, "_ISO_DAYS_MAX", 3)
    first = dt.date(2020, 1, 1)
    days = [first + dt.timedelta(days=i) for i in range(10)]
    assert [iso_day(d) for d in days] == [d.isoformat() for d in days]
    assert list(_time._ISO_DAYS) == days[:3]
