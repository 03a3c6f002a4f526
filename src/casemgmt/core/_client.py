"""The client: the person the case is about.

Their name, date of birth and contact details never appear in ``repr``,
``str``, logs or error messages; only the identifier does.
"""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._disclosure import BIRTH_DATE, IDENTITY, PERSON, SAFE
from casemgmt.core._ids import ClientId, check_id
from casemgmt.core._refusal import proved_by_loading
from casemgmt.core._repr import Record
from casemgmt.core._typed import typed

__all__ = ["Client", "ContactDetails"]


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class ContactDetails(Record):
    """How to reach the client; all optional, all private."""

    phone: str = attrs.field(default="", repr=False, metadata=IDENTITY)
    email: str = attrs.field(default="", repr=False, metadata=IDENTITY)
    address: str = attrs.field(default="", repr=False, metadata=IDENTITY)
    preferred_channel: str = attrs.field(default="", metadata=SAFE)

    def __str__(self) -> str:
        return "ContactDetails(<redacted>)"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Client(Record):
    """A client of the agency.

    >>> c = Client(id="c-1", name="Carla", date_of_birth=dt.date(1990, 1, 2))
    >>> repr(c), str(c)
    ("Client(id='c-1')", 'client c-1')
    """

    id: ClientId = attrs.field(validator=check_id, metadata=PERSON)
    name: str = attrs.field(repr=False, metadata=IDENTITY)
    date_of_birth: dt.date | None = attrs.field(default=None, repr=False, metadata=BIRTH_DATE)
    preferred_language: str = attrs.field(default="", repr=False)
    interpreter_needed: bool = attrs.field(default=False, repr=False)
    cultural_identity_notes: str = attrs.field(default="", repr=False)
    contact: ContactDetails = attrs.field(factory=ContactDetails, repr=False)

    @date_of_birth.validator
    @proved_by_loading("the loader makes dates with date.fromisoformat: never a datetime")
    def _check_dob(self, attribute: object, value: dt.date | None) -> None:
        if value is not None and isinstance(value, dt.datetime):
            msg = "date_of_birth must be a date, not a datetime"
            raise ValueError(msg)

    def __str__(self) -> str:
        return f"client {self.id}"
