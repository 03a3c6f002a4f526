"""What a record field may disclose: privacy declared on the field itself.

Every string in a record is free text unless its field says otherwise, so a
field added later is redacted until someone decides it is safe (issue 14).
The declaration is attrs field metadata, read by ``casemgmt.redact`` and the
notebook display::

    id: GoalId = attrs.field(validator=check_id, metadata=SAFE)
    by: PartyId = attrs.field(metadata=PERSON)

Free-text fields are also ``repr=False``; the privacy tests check both.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs

__all__ = ["BIRTH_DATE", "IDENTITY", "PERSON", "SAFE", "Disclosure", "disclosure"]

KEY = "casemgmt.disclosure"
"""The attrs metadata key the declarations live under."""


class Disclosure(enum.Enum):
    """How a field's value may leave the library in a de-identified copy."""

    SAFE = "safe"
    """Identifiers of things, codes and enum-like words: kept as they are."""
    PERSON = "person"
    """The id of a person (the client, a worker): replaced by a pseudonym."""
    IDENTITY = "identity"
    """A name or contact detail: blanked."""
    BIRTH_DATE = "birth-date"
    """A date of birth: cut to 1 January of its year."""
    TEXT = "text"
    """Free text, the default: redacted, or scrubbed when text is kept."""


SAFE: Mapping[str, Disclosure] = {KEY: Disclosure.SAFE}
PERSON: Mapping[str, Disclosure] = {KEY: Disclosure.PERSON}
IDENTITY: Mapping[str, Disclosure] = {KEY: Disclosure.IDENTITY}
BIRTH_DATE: Mapping[str, Disclosure] = {KEY: Disclosure.BIRTH_DATE}


def disclosure(field: attrs.Attribute[object]) -> Disclosure:
    """The declaration on ``field``; free text when it declares nothing."""
    value = field.metadata.get(KEY, Disclosure.TEXT)
    return value if isinstance(value, Disclosure) else Disclosure.TEXT
