"""Identifiers: plain strings, named for what they identify.

Plain ``str`` aliases keep stored data readable and cheap to load; the
records validate that an identifier is a non-empty string without spaces
at its ends.
"""

from __future__ import annotations

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
