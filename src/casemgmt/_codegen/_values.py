"""Scalar values for the generated loaders: dates, time frames, date-times, numbers.

Each function either returns the value or raises ``RefusedError``
(or any other exception): the loader then hands the whole object to the
careful path, which says what is wrong and where. So these need not explain,
only accept exactly what the careful hooks in ``serialization`` accept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from casemgmt.core._time import Timeframe

__all__ = [
    "CACHE_LIMIT",
    "RefusedError",
    "date_new",
    "dates",
    "datetime_value",
    "float_value",
    "refuse",
    "timeframe_new",
    "timeframes",
]

CACHE_LIMIT = 4_096
"""Texts each cache keeps: once full it keeps what it has, so memory stays flat.

A full cache is not emptied: a caseload repeats its common dates early, so
the texts seen first are the ones worth keeping, while dates seen once (of
birth, mostly) are parsed on each reading rather than pushing the common ones
out. Emptying it when full (the earlier rule, at 1,024) cost 4% of loading
on the varied benchmark, whose 400 cases hold 1,722 distinct dates."""

dates: dict[str, dt.date] = {}
"""Parsed dates by their text: dates repeat across a caseload, and sharing
the (immutable) ``date`` objects saves both parsing and memory."""
timeframes: dict[str, Timeframe] = {}
"""Timeframes by their text, likewise (``Timeframe`` is a frozen value)."""

_from_iso = dt.date.fromisoformat


class RefusedError(ValueError):
    """The fast path stops here; the careful path will say why."""


def date_new(value: str) -> dt.date:
    """A date text not in the cache: exactly ``YYYY-MM-DD`` (ASCII digits), a real day.

    The shape test and ``date.fromisoformat`` together accept what the
    careful hook's pattern ``\\d{4}-\\d{2}-\\d{2}`` and ``fromisoformat``
    accept, without a regular expression: with the dashes in place and ten
    characters, ``fromisoformat`` takes only ASCII digits in the other eight
    (it refuses the other Unicode digits that ``\\d`` would let through, so
    both refuse those), and nothing else of the wider ISO 8601 forms it reads
    on Python 3.11 (``20240101``, ``2024-W01-1``) has this shape.
    ``tests/test_serialization_values.py`` compares the two on generated text.
    """
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise RefusedError
    parsed = _from_iso(value)  # ValueError: not digits, or not a calendar date
    if len(dates) < CACHE_LIMIT:
        dates[value] = parsed
    return parsed


def timeframe_new(value: str) -> Timeframe:
    """A time frame text not in the cache (``TimeframeError``: not a time frame)."""
    frame = Timeframe(value)
    if len(timeframes) < CACHE_LIMIT:
        timeframes[value] = frame
    return frame


def refuse() -> Any:
    raise RefusedError


def datetime_value(value: object) -> dt.datetime:
    """An aware date-time from ISO 8601 text (what ``datetime.fromisoformat`` reads)."""
    if type(value) is not str:
        raise RefusedError
    parsed = dt.datetime.fromisoformat(value)
    if parsed.utcoffset() is None:
        raise RefusedError
    return parsed


def float_value(value: object) -> float:
    """A JSON number as a float (``bool`` refused)."""
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise RefusedError
