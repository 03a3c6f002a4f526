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
        """A context for ``as_of`` (a date or an aware datetime)."""
        return cls(as_date(as_of))
