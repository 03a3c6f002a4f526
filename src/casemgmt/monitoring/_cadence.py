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

from casemgmt.core._time import NUMBER_WORDS
from casemgmt.core._vocabulary import Vocabulary

__all__ = ["CadenceUnit", "ReviewCadence"]


class CadenceUnit(Vocabulary):
    """The calendar unit a cadence counts in."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_Freq = Literal[0, 1, 2, 3, 4, 5, 6]
_FREQ: dict[CadenceUnit, _Freq] = {
    CadenceUnit.DAY: rrule.DAILY,
    CadenceUnit.WEEK: rrule.WEEKLY,
    CadenceUnit.MONTH: rrule.MONTHLY,
    CadenceUnit.YEAR: rrule.YEARLY,
}

_ADVERBS = {
    "daily": (1, CadenceUnit.DAY),
    "weekly": (1, CadenceUnit.WEEK),
    "fortnightly": (2, CadenceUnit.WEEK),
    "biweekly": (2, CadenceUnit.WEEK),
    "monthly": (1, CadenceUnit.MONTH),
    "bimonthly": (2, CadenceUnit.MONTH),
    "quarterly": (3, CadenceUnit.MONTH),
    "half-yearly": (6, CadenceUnit.MONTH),
    "six-monthly": (6, CadenceUnit.MONTH),
    "annually": (1, CadenceUnit.YEAR),
    "yearly": (1, CadenceUnit.YEAR),
}
_NUMBERS = {**NUMBER_WORDS, "other": 2}  # "every other week"
_UNITS = {
    "day": (1, CadenceUnit.DAY),
    "week": (1, CadenceUnit.WEEK),
    "fortnight": (2, CadenceUnit.WEEK),
    "month": (1, CadenceUnit.MONTH),
    "quarter": (3, CadenceUnit.MONTH),
    "year": (1, CadenceUnit.YEAR),
}
_EVERY = re.compile(r"^(?:every|each)\s+(?:([0-9]{1,3}|[a-z]+)\s+)?([a-z]+?)s?$")


def _parse(text: str) -> tuple[int, CadenceUnit]:
    words = " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    if words in _ADVERBS:
        return _ADVERBS[words]
    match = _EVERY.match(words)
    if match is not None:
        number, unit = match.groups()
        count = 1 if number is None else int(number) if number.isdigit() else _NUMBERS.get(number)
        if count is not None and unit in _UNITS and count > 0:
            per, base = _UNITS[unit]
            return count * per, base
    msg = (
        f"cannot read {text!r} as a review cadence; write it as 'every 4 months',"
        " 'every 2 weeks', 'monthly' or 'quarterly'"
    )
    raise ValueError(msg)


@attrs.frozen
class ReviewCadence:
    """How often a plan is reviewed: ``interval`` units between reviews.

    >>> cadence = ReviewCadence.parse("every 4 months")
    >>> cadence
    ReviewCadence(interval=4, unit=<CadenceUnit.MONTH: 'month'>)
    >>> cadence.next_after(dt.date(2024, 9, 4))
    datetime.date(2025, 1, 4)
    >>> list(ReviewCadence.parse("monthly").due_dates(dt.date(2025, 1, 31), dt.date(2025, 4, 30)))
    [datetime.date(2025, 2, 28), datetime.date(2025, 3, 31), datetime.date(2025, 4, 30)]
    """

    interval: int = attrs.field()
    unit: CadenceUnit

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
        freq = _FREQ[self.unit]
        if self.unit is CadenceUnit.MONTH:
            # the start's day of month, or the month's last day when it is shorter
            return rrule.rrule(
                freq,
                dtstart=begin,
                interval=self.interval,
                bymonthday=(start.day, -1),
                bysetpos=1,
            )
        if self.unit is CadenceUnit.YEAR:
            return rrule.rrule(
                freq,
                dtstart=begin,
                interval=self.interval,
                bymonth=start.month,
                bymonthday=(start.day, -1),
                bysetpos=1,
            )
        return rrule.rrule(freq, dtstart=begin, interval=self.interval)

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
