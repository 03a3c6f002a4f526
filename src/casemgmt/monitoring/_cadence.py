"""Review cadence: "every 4 months", "monthly", read once and scheduled with ``rrule``.

Seed 002: "Reviews can be scheduled regularly (for example, every four
months) or triggered by a change in circumstances." The cadence is the
regular part; ``dateutil.rrule`` does the calendar arithmetic.

Months are calendar months. A schedule that starts on the 31st falls on the
last day of shorter months (31 Jan, 28 or 29 Feb, 31 Mar ...) rather than
skipping them, which is what a bare ``rrule`` would do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Literal

import attrs
from dateutil import rrule

from casemgmt.core._repr import Record
from casemgmt.core._time import NUMBER_WORDS, UNIT_WORDS, TimeUnit

__all__ = ["CadenceUnit", "ReviewCadence"]


CadenceUnit = TimeUnit
"""The older name of ``casemgmt.core._time.TimeUnit``: one unit vocabulary for
plan time frames and review cadences (a fortnight counts as two weeks)."""

_Freq = Literal[0, 1, 2, 3, 4, 5, 6]
# unit -> (rrule frequency, how many of it one unit is)
_FREQ: dict[TimeUnit, tuple[_Freq, int]] = {
    TimeUnit.DAY: (rrule.DAILY, 1),
    TimeUnit.WEEK: (rrule.WEEKLY, 1),
    TimeUnit.FORTNIGHT: (rrule.WEEKLY, 2),
    TimeUnit.MONTH: (rrule.MONTHLY, 1),
    TimeUnit.YEAR: (rrule.YEARLY, 1),
}

_ADVERBS = {
    "daily": (1, TimeUnit.DAY),
    "weekly": (1, TimeUnit.WEEK),
    "fortnightly": (2, TimeUnit.WEEK),
    "biweekly": (2, TimeUnit.WEEK),
    "monthly": (1, TimeUnit.MONTH),
    "bimonthly": (2, TimeUnit.MONTH),
    "quarterly": (3, TimeUnit.MONTH),
    "half-yearly": (6, TimeUnit.MONTH),
    "six-monthly": (6, TimeUnit.MONTH),
    "annually": (1, TimeUnit.YEAR),
    "yearly": (1, TimeUnit.YEAR),
}
_NUMBERS = {**NUMBER_WORDS, "other": 2}  # "every other week"
_QUARTER = {"quarter", "quarters"}  # a review word, not a plan time frame: 3 months
_EVERY = re.compile(r"^(?:every|each)\s+(?:([0-9]{1,3}|[a-z]+)\s+)?([a-z]+)$")


def _normal(count: int, unit: TimeUnit) -> tuple[int, TimeUnit]:
    """A fortnight is two weeks, so one cadence has one spelling."""
    return (2 * count, TimeUnit.WEEK) if unit is TimeUnit.FORTNIGHT else (count, unit)


def _parse(text: str) -> tuple[int, TimeUnit]:
    words = " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    if words in _ADVERBS:
        return _ADVERBS[words]
    match = _EVERY.match(words)
    if match is not None:
        number, unit = match.groups()
        count = 1 if number is None else int(number) if number.isdigit() else _NUMBERS.get(number)
        if count is not None and count > 0:
            if unit in _QUARTER:
                return 3 * count, TimeUnit.MONTH
            if unit in UNIT_WORDS:
                return _normal(count, UNIT_WORDS[unit])
    msg = (
        f"cannot read {text!r} as a review cadence; write it as 'every 4 months',"
        " 'every 2 weeks', 'monthly' or 'quarterly'"
    )
    raise ValueError(msg)


@attrs.frozen(repr=False)
class ReviewCadence(Record):
    """How often a plan is reviewed: ``interval`` units between reviews.

    >>> cadence = ReviewCadence.parse("every 4 months")
    >>> cadence
    ReviewCadence(interval=4, unit=<TimeUnit.MONTH: 'month'>)
    >>> cadence.next_after(dt.date(2024, 9, 4))
    datetime.date(2025, 1, 4)
    >>> list(ReviewCadence.parse("monthly").due_dates(dt.date(2025, 1, 31), dt.date(2025, 4, 30)))
    [datetime.date(2025, 2, 28), datetime.date(2025, 3, 31), datetime.date(2025, 4, 30)]
    """

    interval: int = attrs.field()
    unit: TimeUnit

    @interval.validator
    def _check_interval(self, attribute: object, value: int) -> None:
        if type(value) is not int or value < 1:
            msg = f"a cadence interval is a whole number from 1, got {value!r}"
            raise ValueError(msg)

    @classmethod
    def parse(cls, text: str) -> ReviewCadence:
        """Read a cadence from words: "every 4 months", "every four months",
        "every 2 weeks", "every fortnight", "monthly", "quarterly", "annually"."""
        if not isinstance(text, str):
            msg = f"a cadence is text such as 'every 4 months', got {type(text).__name__}"
            raise TypeError(msg)
        interval, unit = _parse(text)
        return cls(interval, unit)

    def _rule(self, start: dt.date) -> rrule.rrule:
        begin = dt.datetime(start.year, start.month, start.day)  # noqa: DTZ001 - calendar dates only
        freq, per = _FREQ[self.unit]
        if self.unit is TimeUnit.MONTH:
            # the start's day of month, or the month's last day when it is shorter
            return rrule.rrule(
                freq,
                dtstart=begin,
                interval=self.interval,
                bymonthday=(start.day, -1),
                bysetpos=1,
            )
        if self.unit is TimeUnit.YEAR:
            return rrule.rrule(
                freq,
                dtstart=begin,
                interval=self.interval,
                bymonth=start.month,
                bymonthday=(start.day, -1),
                bysetpos=1,
            )
        return rrule.rrule(freq, dtstart=begin, interval=per * self.interval)

    def next_after(self, start: dt.date) -> dt.date:
        """The first review date after ``start`` (a plan date or the last review)."""
        begin = dt.datetime(start.year, start.month, start.day)  # noqa: DTZ001 - calendar dates only
        try:
            following = self._rule(start).after(begin)
        except (OverflowError, ValueError):  # past year 9999: never due
            return dt.date.max
        return dt.date.max if following is None else following.date()

    def due_dates(self, start: dt.date, until: dt.date) -> Iterator[dt.date]:
        """Every review date after ``start`` up to and including ``until``."""
        for moment in self._rule(start):
            day = moment.date()
            if day > until:
                return
            if day > start:
                yield day

    def __str__(self) -> str:
        unit = self.unit.value
        return f"every {unit}" if self.interval == 1 else f"every {self.interval} {unit}s"
