"""Time helpers: the plan's own time-frame words, and ``as_of`` handling.

The library never reads the clock: every rule takes ``as_of``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs
from dateutil.relativedelta import relativedelta

from casemgmt.core._disclosure import SAFE
from casemgmt.core._vocabulary import Vocabulary
from casemgmt.errors import TimeframeError

__all__ = ["NUMBER_WORDS", "AsOf", "Timeframe", "TimeUnit", "as_date", "check_aware"]

AsOf = dt.date | dt.datetime
"""A date, or an aware datetime (naive datetimes are refused)."""


class TimeUnit(Vocabulary):
    """Units a plan's time frame is written in."""

    DAY = "day"
    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    YEAR = "year"


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "eighteen": 18, "twenty": 20, "thirty": 30,
}  # fmt: skip
_UNITS = {
    "day": TimeUnit.DAY, "days": TimeUnit.DAY,
    "week": TimeUnit.WEEK, "weeks": TimeUnit.WEEK, "wk": TimeUnit.WEEK, "wks": TimeUnit.WEEK,
    "fortnight": TimeUnit.FORTNIGHT, "fortnights": TimeUnit.FORTNIGHT,
    "month": TimeUnit.MONTH, "months": TimeUnit.MONTH, "mth": TimeUnit.MONTH,
    "mths": TimeUnit.MONTH,
    "year": TimeUnit.YEAR, "years": TimeUnit.YEAR, "yr": TimeUnit.YEAR, "yrs": TimeUnit.YEAR,
}  # fmt: skip
_PATTERN = re.compile(r"^\s*(?:within\s+|in\s+)?([0-9]{1,4}|[a-z]+)\s*([a-z]+)\.?\s*$")


@functools.lru_cache(maxsize=1024)
def _parse(text: str) -> tuple[int, TimeUnit]:
    if not isinstance(text, str):
        msg = f"a time frame must be text such as '2 weeks', got {type(text).__name__}"
        raise TimeframeError(msg)
    match = _PATTERN.match(text.lower())
    if match is None:
        msg = f"cannot read {text!r} as a time frame; write it as '1 day', '2 weeks', '1 month'"
        raise TimeframeError(msg)
    number, unit = match.groups()
    amount = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if amount is None or unit not in _UNITS:
        msg = f"cannot read {text!r} as a time frame; write it as '1 day', '2 weeks', '1 month'"
        raise TimeframeError(msg)
    if amount <= 0:
        msg = f"a time frame must be positive, got {text!r}"
        raise TimeframeError(msg)
    return amount, _UNITS[unit]


def _validate_text(instance: Timeframe, attribute: object, value: str) -> None:
    _parse(value)


@attrs.frozen
class Timeframe:
    """A time frame in the plan's own words ("1 week", "six months").

    The words are kept as written; the duration is read from them.

    >>> Timeframe("2 weeks").due_from(dt.date(2024, 9, 4))
    datetime.date(2024, 9, 18)
    """

    text: str = attrs.field(validator=_validate_text, metadata=SAFE)

    @property
    def amount(self) -> int:
        return _parse(self.text)[0]

    @property
    def unit(self) -> TimeUnit:
        return _parse(self.text)[1]

    @property
    def delta(self) -> relativedelta:
        """The duration as a ``relativedelta`` (calendar-aware months)."""
        amount, unit = _parse(self.text)
        if unit is TimeUnit.DAY:
            return relativedelta(days=amount)
        if unit is TimeUnit.WEEK:
            return relativedelta(weeks=amount)
        if unit is TimeUnit.FORTNIGHT:
            return relativedelta(weeks=2 * amount)
        if unit is TimeUnit.MONTH:
            return relativedelta(months=amount)
        return relativedelta(years=amount)

    def due_from(self, start: dt.date) -> dt.date:
        """The date this time frame ends when counted from ``start``."""
        result: dt.date = start + self.delta
        return result

    def __str__(self) -> str:
        return self.text


def check_aware(value: dt.datetime) -> dt.datetime:
    """Refuse naive datetimes: a time without a zone is ambiguous in a record."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        msg = "datetime must be timezone-aware (add tzinfo, e.g. datetime.timezone.utc)"
        raise ValueError(msg)
    return value


def as_date(as_of: AsOf) -> dt.date:
    """The calendar date of ``as_of``; naive datetimes are refused."""
    if isinstance(as_of, dt.datetime):
        return check_aware(as_of).date()
    if isinstance(as_of, dt.date):
        return as_of
    msg = f"as_of must be a date or an aware datetime, got {type(as_of).__name__}"
    raise TypeError(msg)
