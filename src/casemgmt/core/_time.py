"""Time helpers: the plan's own time-frame words, and ``as_of`` handling.

The library never reads the clock: every rule takes ``as_of``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from casemgmt.core._disclosure import SAFE
from casemgmt.core._refusal import refuses
from casemgmt.core._repr import Record
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary
from casemgmt.errors import TimeframeError

__all__ = [
    "NUMBER_WORDS",
    "UNIT_WORDS",
    "AsOf",
    "TimeUnit",
    "Timeframe",
    "as_date",
    "check_aware",
    "iso_day",
    "not_before",
    "shift",
]

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
UNIT_WORDS = {
    "day": TimeUnit.DAY, "days": TimeUnit.DAY,
    "week": TimeUnit.WEEK, "weeks": TimeUnit.WEEK, "wk": TimeUnit.WEEK, "wks": TimeUnit.WEEK,
    "fortnight": TimeUnit.FORTNIGHT, "fortnights": TimeUnit.FORTNIGHT,
    "month": TimeUnit.MONTH, "months": TimeUnit.MONTH, "mth": TimeUnit.MONTH,
    "mths": TimeUnit.MONTH,
    "year": TimeUnit.YEAR, "years": TimeUnit.YEAR, "yr": TimeUnit.YEAR, "yrs": TimeUnit.YEAR,
}  # fmt: skip
"""Every word for a unit of time, plural and short forms too; one table for
plan time frames and review cadences alike."""
_PATTERN = re.compile(r"^\s*(?:within\s+|in\s+)?([0-9]{1,4}|[a-z]+)\s*([a-z]+)\.?\s*$")


_UNREADABLE = "cannot read this as a time frame; write it as '1 day', '2 weeks', '1 month'"


@functools.lru_cache(maxsize=1024)
def _parse(text: str) -> tuple[int, TimeUnit]:
    if not isinstance(text, str):
        msg = f"a time frame must be text such as '2 weeks', got {type(text).__name__}"
        raise TimeframeError(msg)
    match = _PATTERN.match(text.lower())
    if match is None:
        raise TimeframeError(_UNREADABLE, value=text)
    number, unit = match.groups()
    amount = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if amount is None or unit not in UNIT_WORDS:
        raise TimeframeError(_UNREADABLE, value=text)
    if amount <= 0:
        msg = "a time frame must be a positive duration, such as '2 weeks'"
        raise TimeframeError(msg, value=text)
    return amount, UNIT_WORDS[unit]


def _validate_text(instance: Timeframe, attribute: object, value: str) -> None:
    _parse(value)


@attrs.frozen(field_transformer=typed, repr=False)
class Timeframe(Record):
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
        """The date this time frame ends when counted from ``start`` (at most ``date.max``)."""
        return shift(start, self.delta)

    def __str__(self) -> str:
        return self.text


def not_before(
    field: str, *, meaning: str = ""
) -> Callable[[Any, attrs.Attribute[Any], dt.date | None], None]:
    """An attrs validator: a date that, when set, is not before the record's ``field``.

    The one "this cannot come before that" rule of the records (a consent
    withdrawn or expiring before it was granted, a next review before the
    review, a plan's review before the plan). ``meaning`` words the earlier
    date in the error.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
        if value is not None and value < getattr(instance, field):
            msg = f"{attribute.name} is before {meaning or field}"
            raise ValueError(msg)

    return refuses(f"{{v}} is not None and {{v}} < {{self}}.{field}")(check)


_PROBE = dt.date(2000, 1, 1)


def shift(day: dt.date, delta: relativedelta | dt.timedelta) -> dt.date:
    """``day + delta``, held at ``date.min``/``date.max`` instead of overflowing.

    Rules add notice periods and time frames to stored dates; a valid date
    in year 1 or 9999 must give a finding, never an ``OverflowError``.

    >>> shift(dt.date.max, dt.timedelta(days=14))
    datetime.date(9999, 12, 31)
    """
    try:
        result: dt.date = day + delta
    except (OverflowError, ValueError):
        later: bool = _PROBE + delta > _PROBE
        return dt.date.max if later else dt.date.min
    return result


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


_ISO_DAYS: dict[dt.date, str] = {}
_ISO_DAYS_MAX = 4096


def iso_day(day: dt.date) -> str:
    """``day.isoformat()``, remembered for the first 4,096 days asked about.

    CPython formats a date through ``printf`` (some 3,000 machine instructions),
    and a rule run writes a dozen dates a case into its findings, from a few
    hundred distinct days (issue 19). A day is not a client detail on its own;
    the map holds days and their text, nothing that links them to a case.
    Subclasses (a ``datetime``) are formatted each time, never remembered.

    >>> iso_day(dt.date(2025, 1, 3))
    '2025-01-03'
    """
    text = _ISO_DAYS.get(day) if type(day) is dt.date else None
    if text is None:
        text = day.isoformat()
        if type(day) is dt.date and len(_ISO_DAYS) < _ISO_DAYS_MAX:
            _ISO_DAYS[day] = text
    return text
