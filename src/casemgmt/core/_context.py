"""The context every case rule receives."""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._repr import Record
from casemgmt.core._time import AsOf, as_date

__all__ = ["CheckContext"]


@attrs.frozen(repr=False)
class CheckContext(Record):
    """What a rule may know besides the case: the date it is judged on.

    Rule parameters (a notice period, a goal limit) live in the rule's own
    closure, so this stays small and the same for every rule set.
    """

    as_of: dt.date

    @classmethod
    def at(cls, as_of: AsOf) -> CheckContext:
        """A context for ``as_of`` (a date or an aware datetime).

        The last one made is handed out again for the same day: a caseload is
        checked on one day, and the context is immutable (issue 19).

        >>> CheckContext.at(dt.date(2025, 1, 3)) is CheckContext.at(dt.date(2025, 1, 3))
        True
        """
        day = as_date(as_of)
        if cls is CheckContext and type(day) is dt.date:
            last = _last[0]
            if last.as_of == day:
                return last
            made = _last[0] = CheckContext(day)
            return made
        return cls(day)


_last = [CheckContext(dt.date(1970, 1, 1))]
"""The context ``CheckContext.at`` made last (one slot, replaced whole)."""
