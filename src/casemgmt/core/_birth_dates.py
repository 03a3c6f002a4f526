"""Dates of birth as people write them, for the scrubber.

Kept apart from :mod:`casemgmt.core._scrub` because matching a written date
to a birth date (numeric orders, month words, years of two or four digits,
no year at all) is one idea of its own.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATE", "is_birth_date"]

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip

_MONTH_WORD = r"(?P<{}>" + "|".join(sorted({*_MONTHS, *(m[:3] for m in _MONTHS), "sept"},
                                             key=len, reverse=True)) + r")\.?"  # fmt: skip
_SEP = r"(?:\s*[,/.\-]?\s*(?:of\s+)?)"
DATE = "|".join(
    [
        r"(?<!\d)(?P<a>\d{1,4})\s*[/.\-]\s*(?P<b>\d{1,2})\s*[/.\-]\s*(?P<c>\d{2,4})(?!\d)",
        r"(?<!\d)(?P<compact>\d{8})(?!\d)",
        r"(?<!\w)(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?" + _SEP + _MONTH_WORD.format("m1")
        + r"(?:" + _SEP + r"(?P<y1>'?\d{2}(?:\d{2})?)(?!\d))?",
        r"(?<!\w)" + _MONTH_WORD.format("m2") + r"\s*(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
        + r"(?!\d)(?:" + _SEP + r"(?P<y2>'?\d{2}(?:\d{2})?)(?!\d))?",
        r"(?<![\d/])(?P<p>\d{1,2})/(?P<q>\d{1,2})(?![/.\-]?\d)",
    ]
)  # fmt: skip
"""Dates as people write them, with or without a year (compared to the birth date)."""


def _year_is(text: str | None, born: dt.date) -> bool:
    if text is None:
        return True
    digits = text.lstrip("'")
    return int(digits) == (born.year if len(digits) == 4 else born.year % 100)


def _month_number(word: str) -> int:
    return next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(word[:3]))


def is_birth_date(match: re.Match[str], born: dt.date) -> bool:
    """Whether a date found by ``DATE`` is ``born`` (or its day and month, yearless)."""
    g = match.group
    d, m = born.day, born.month
    if g("a") is not None:
        a, b, c = int(g("a")), int(g("b")), g("c")
        if len(g("a")) == 4:
            return (a, b, int(c)) == (born.year, m, d)
        return _year_is(c, born) and (a, b) in ((d, m), (m, d))
    if g("compact") is not None:
        digits = g("compact")
        return digits in (f"{born:%Y%m%d}", f"{born:%d%m%Y}")
    if g("m1") is not None:
        return (int(g("d1")), _month_number(g("m1"))) == (d, m) and _year_is(g("y1"), born)
    if g("m2") is not None:
        return (int(g("d2")), _month_number(g("m2"))) == (d, m) and _year_is(g("y2"), born)
    return (int(g("p")), int(g("q"))) in ((d, m), (m, d))
