"""Consent: what the client agreed to, for whom, in what form, and when.

Sharing follows consent (seed 001: consent to collect, use, share and store;
seed 002: share only what the client agreed; advocacy needs written
permission; seed 003: written permission before transferring information).
"""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._disclosure import SAFE
from casemgmt.core._ids import ConsentId, PartyId, check_id
from casemgmt.core._refusal import refuses
from casemgmt.core._repr import Record
from casemgmt.core._text import has_text
from casemgmt.core._time import AsOf, as_date, not_before
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary

__all__ = ["Consent", "ConsentForm", "ConsentPurpose"]


class ConsentPurpose(Vocabulary):
    """What a consent allows (seed 001 and 002)."""

    COLLECT = "collect"
    USE = "use"
    STORE = "store"
    SHARE = "share"
    ADVOCATE = "advocate"
    TRANSFER = "transfer"


class ConsentForm(Vocabulary):
    """How the consent was given; advocacy and transfers need it written."""

    WRITTEN = "written"
    VERBAL = "verbal"


@refuses("not {v}")
def _non_empty(
    instance: object,
    attribute: attrs.Attribute[tuple[ConsentPurpose, ...]],
    value: tuple[ConsentPurpose, ...],
) -> None:
    if not value:
        msg = f"{attribute.name} must name at least one item"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Consent(Record):
    """One consent given by the client.

    ``parties`` are the ids of the parties or services it covers, for every
    purpose that involves another party (sharing, advocacy, transfer): an
    empty tuple names nobody, so such a consent covers no party at all - it
    still covers the purposes that involve no one else (collect, use,
    store). ``categories`` are the kinds of information it lets be shared
    (for example ``"contact"``, ``"housing"``, ``"health"``); an empty tuple
    means the consent does not limit categories. A blank entry in either
    names nothing.
    """

    id: ConsentId = attrs.field(validator=check_id, metadata=SAFE)
    purposes: tuple[ConsentPurpose, ...] = attrs.field(validator=_non_empty)
    parties: tuple[PartyId, ...] = attrs.field(default=(), metadata=SAFE)
    form: ConsentForm = ConsentForm.WRITTEN
    granted_on: dt.date
    withdrawn_on: dt.date | None = attrs.field(default=None, validator=not_before("granted_on"))
    expires_on: dt.date | None = attrs.field(default=None, validator=not_before("granted_on"))
    categories: tuple[str, ...] = attrs.field(default=(), metadata=SAFE)
    notes: str = attrs.field(default="", repr=False)

    def is_active(self, as_of: AsOf) -> bool:
        """Granted by ``as_of``, not yet withdrawn and not expired."""
        day = as_date(as_of)
        if day < self.granted_on:
            return False
        if self.withdrawn_on is not None and day >= self.withdrawn_on:
            return False
        return self.expires_on is None or day <= self.expires_on

    def covers(self, purpose: ConsentPurpose, party: PartyId | None, as_of: AsOf) -> bool:
        """True when this consent allows ``purpose`` for ``party`` on ``as_of``.

        ``party=None`` asks about the purpose alone (e.g. consent to collect).
        A named party is covered only when the consent names it.
        """
        if purpose not in self.purposes or not self.is_active(as_of):
            return False
        return party is None or self.names(party)

    def names(self, party: PartyId) -> bool:
        """True when the consent names ``party``; a consent naming no one names nobody,
        and a blank name names nothing."""
        return has_text(party) and party in self.parties

    def allows_category(self, category: str) -> bool:
        """True when ``category`` of information falls under this consent."""
        return not self.categories or category in self.categories

    def withdraw(self, on: dt.date) -> Consent:
        """A copy withdrawn on ``on``; the grant stays on record.

        A consent already withdrawn keeps its first withdrawal date: a later
        date would re-open the days in between, an earlier one rewrite history.

        >>> c = Consent(id="k-1", purposes=(ConsentPurpose.SHARE,), granted_on=dt.date(2024, 1, 1))
        >>> c.withdraw(dt.date(2024, 2, 1)).withdraw(dt.date(2024, 3, 1)).withdrawn_on
        datetime.date(2024, 2, 1)
        """
        if self.withdrawn_on is not None:
            return self
        return attrs.evolve(self, withdrawn_on=on)
