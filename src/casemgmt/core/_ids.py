"""Identifiers: plain strings, named for what they identify.

Plain ``str`` aliases keep stored data readable and cheap to load; the
records validate that an identifier is a non-empty string without spaces
at its ends.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from typing import TypeAlias

import attrs

from casemgmt.errors import RefusedValueError

__all__ = [
    "ActionId",
    "CaseId",
    "ClientId",
    "ConsentId",
    "GoalId",
    "PartyId",
    "ReferralId",
    "check_id",
    "repeated_at",
]

CaseId: TypeAlias = str
ClientId: TypeAlias = str
PartyId: TypeAlias = str
ConsentId: TypeAlias = str
GoalId: TypeAlias = str
ActionId: TypeAlias = str
ReferralId: TypeAlias = str


def check_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """attrs validator: an identifier is a non-empty, trimmed string."""
    if not value or value.strip() != value:
        msg = f"{attribute.name} must be a non-empty identifier without surrounding spaces"
        raise RefusedValueError(msg, value=value)


def repeated_at(values: Sequence[Hashable]) -> Iterator[int]:
    """The positions of values that already stand earlier in ``values``.

    The one home of every duplicate-id check; the usual case, no repeat, is
    settled by one set.

    >>> list(repeated_at(["g1", "g2", "g1", "g1"]))
    [2, 3]
    """
    if len(set(values)) == len(values):
        return
    seen: set[Hashable] = set()
    for i, value in enumerate(values):
        if value in seen:
            yield i
        seen.add(value)
