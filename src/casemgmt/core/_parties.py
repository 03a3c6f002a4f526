"""Parties: everyone with a role in a case, the client included."""

from __future__ import annotations

import attrs

from casemgmt.core._disclosure import IDENTITY, PERSON, SAFE
from casemgmt.core._ids import PartyId, check_id
from casemgmt.core._repr import Record
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary

__all__ = ["Party", "PartyRole"]


class PartyRole(Vocabulary):
    """The roles of the people and services around a case (seeds 001, 002)."""

    CLIENT = "client"
    CASE_MANAGER = "case-manager"
    SUPPORT_PERSON = "support-person"
    CARER_GUARDIAN = "carer-guardian"
    EXTERNAL_SERVICE = "external-service"
    SUPERVISOR = "supervisor"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Party(Record):
    """A person or service with a role in the case.

    Names are personal details too, so ``repr`` shows only the id and role.
    """

    id: PartyId = attrs.field(validator=check_id, metadata=PERSON)
    role: PartyRole
    name: str = attrs.field(default="", repr=False, metadata=IDENTITY)
    organisation: str = attrs.field(default="", metadata=SAFE)
    contact: str = attrs.field(default="", repr=False, metadata=IDENTITY)

    def __str__(self) -> str:
        return f"{self.role.value} {self.id}"
