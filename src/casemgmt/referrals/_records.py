"""Referrals out and in, and advocacy (seeds 000, 001, 002).

Every status change is dated, attributed and reasoned; illegal moves raise.
"""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._disclosure import IDENTITY, PERSON, SAFE
from casemgmt.core._ids import GoalId, PartyId, ReferralId, check_id
from casemgmt.core._repr import Record
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary, mark_members
from casemgmt.errors import TransitionError

__all__ = [
    "ALLOWED_MOVES",
    "Advocacy",
    "Escalation",
    "InboundReferral",
    "ReceivingService",
    "Referral",
    "ReferralStatus",
    "ScreeningDecision",
    "StatusChange",
]


class ReferralStatus(Vocabulary):
    """The referral lifecycle; ``draft`` means nothing has been shared yet."""

    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"
    APPOINTMENT_BOOKED = "appointment-booked"
    ATTENDED = "attended"
    COMPLETED = "completed"
    LAPSED = "lapsed"
    CANCELLED = "cancelled"

    is_open: bool
    """Still in motion: neither completed, declined, lapsed nor cancelled."""

    @property
    def has_shared(self) -> bool:
        """Information has left the agency (anything past draft)."""
        return self is not _DRAFT


_ENDED = frozenset(
    {
        ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED,
        ReferralStatus.LAPSED,
        ReferralStatus.CANCELLED,
    }
)
mark_members(ReferralStatus, "is_open", frozenset(ReferralStatus) - _ENDED)
_S = ReferralStatus
ALLOWED_MOVES: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    _S.DRAFT: frozenset({_S.SENT, _S.CANCELLED}),
    _S.SENT: frozenset({_S.ACCEPTED, _S.DECLINED, _S.WAITLISTED, _S.LAPSED, _S.CANCELLED}),
    _S.WAITLISTED: frozenset({_S.ACCEPTED, _S.DECLINED, _S.LAPSED, _S.CANCELLED}),
    _S.ACCEPTED: frozenset({_S.APPOINTMENT_BOOKED, _S.LAPSED, _S.CANCELLED}),
    _S.APPOINTMENT_BOOKED: frozenset({_S.ATTENDED, _S.LAPSED, _S.CANCELLED}),
    _S.ATTENDED: frozenset({_S.COMPLETED, _S.APPOINTMENT_BOOKED, _S.LAPSED, _S.CANCELLED}),
    _S.COMPLETED: frozenset(),
    _S.DECLINED: frozenset(),
    _S.LAPSED: frozenset(),
    _S.CANCELLED: frozenset(),
}
"""Which status may follow which (the issue's lifecycle)."""


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class ReceivingService(Record):
    """The service referred to, shaped after Open Referral HSDS.

    HSDS separates the organisation, the service it runs, the location the
    service is delivered at and the contact for it; ``id`` is the service's
    id and ``organisation_id`` the organisation's. A consent naming either
    covers a referral to this service.

    ``sharing_constraints`` records what law or policy limits what this
    agency may share back (seed 002: "some agencies, like Centrelink, are
    governed by legislation that may constrain information sharing").
    """

    id: PartyId = attrs.field(validator=check_id, metadata=SAFE)
    organisation: str = attrs.field(metadata=SAFE)
    service: str = attrs.field(default="", metadata=SAFE)
    location: str = attrs.field(default="", metadata=SAFE)
    contact: str = attrs.field(default="", repr=False, metadata=IDENTITY)
    organisation_id: PartyId | None = attrs.field(default=None, metadata=SAFE)
    location_id: str | None = attrs.field(default=None, metadata=SAFE)
    url: str = attrs.field(default="", metadata=SAFE)
    sharing_constraints: str = attrs.field(default="", repr=False)

    @property
    def party_ids(self) -> tuple[PartyId, ...]:
        """The ids a consent may name to cover this service."""
        if self.organisation_id and self.organisation_id != self.id:
            return (self.id, self.organisation_id)
        return (self.id,)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class StatusChange(Record):
    """One dated, attributed, reasoned move in a referral's life."""

    status: ReferralStatus
    on: dt.date
    by: PartyId = attrs.field(metadata=PERSON)
    reason: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Referral(Record):
    """A referral out to another service, serving numbered needs and a goal."""

    id: ReferralId = attrs.field(validator=check_id, metadata=SAFE)
    to: ReceivingService
    made_on: dt.date
    need_numbers: tuple[int, ...] = ()
    goal_id: GoalId | None = attrs.field(default=None, metadata=SAFE)
    self_referral: bool = False
    warm_handoff: bool = False
    capacity_checked: bool = False
    location_checked: bool = False
    information_shared: tuple[str, ...] = attrs.field(default=(), metadata=SAFE)
    history: tuple[StatusChange, ...] = ()
    follow_up_on: dt.date | None = None
    service_confirmed_on: dt.date | None = None
    confirmed_by: PartyId | None = attrs.field(default=None, metadata=PERSON)
    outcome: str = attrs.field(default="", repr=False)
    transfer: bool = False

    @property
    def status(self) -> ReferralStatus:
        """The latest status; a referral with no history is a draft."""
        return self.history[-1].status if self.history else _DRAFT

    def status_on(self, day: dt.date) -> ReferralStatus:
        """The status as it stood on ``day`` (changes dated later are ignored)."""
        status = _DRAFT
        for change in self.history:
            if change.on > day:
                break
            status = change.status
        return status

    @property
    def sent_on(self) -> dt.date | None:
        """When information first left the agency, if it has.

        That is the first ``sent`` entry; a history recorded without one
        counts from its first entry past draft other than a cancellation
        (a draft that was cancelled never shared anything).
        """
        for change in self.history:
            if change.status is _SENT:
                return change.on
        for change in self.history:
            if change.status not in _NOT_SENT:
                return change.on
        return None

    def confirmed_on(self) -> dt.date | None:
        """When someone confirmed the service was given, if anyone has.

        An explicit ``service_confirmed_on`` counts, and so does recording
        that the client attended or completed the service.
        """
        days = [c.on for c in self.history if c.status in _GIVEN]
        if self.service_confirmed_on is not None:
            days.append(self.service_confirmed_on)
        return min(days) if days else None

    def move_to(
        self, status: ReferralStatus, *, on: dt.date, by: PartyId, reason: str = ""
    ) -> Referral:
        """A copy with ``status`` appended to its history; illegal moves raise."""
        current = self.status
        if status not in ALLOWED_MOVES[current]:
            allowed = ", ".join(sorted(s.value for s in ALLOWED_MOVES[current])) or "none"
            msg = (
                f"referral {self.id} cannot move from {current.value!r} to {status.value!r};"
                f" allowed next: {allowed}"
            )
            raise TransitionError(msg)
        if self.history and on < self.history[-1].on:
            msg = f"referral {self.id}: a status change cannot be dated before the previous one"
            raise TransitionError(msg)
        return attrs.evolve(
            self, history=(*self.history, StatusChange(status=status, on=on, by=by, reason=reason))
        )


_GIVEN = frozenset({ReferralStatus.ATTENDED, ReferralStatus.COMPLETED})
# Members bound once (a class attribute of an enumeration is a slow lookup on 3.11).
_SENT, _DRAFT = ReferralStatus.SENT, ReferralStatus.DRAFT
_NOT_SENT = frozenset({ReferralStatus.DRAFT, ReferralStatus.CANCELLED})


class ScreeningDecision(Vocabulary):
    """Outcome of screening a referral in (seed 001)."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not-accepted"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class InboundReferral(Record):
    """How the client came to the agency, and the screening decision.

    When not accepted, seed 001 asks for a clear explanation and a referral on.
    """

    received_on: dt.date
    source: str = attrs.field(repr=False)
    self_referral: bool = False
    decision: ScreeningDecision = ScreeningDecision.PENDING
    decided_on: dt.date | None = None
    explanation: str = attrs.field(default="", repr=False)
    referred_on_to: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Escalation(Record):
    """Taking an unsuccessful request higher (seed 002): when, to whom, why."""

    on: dt.date
    to: str = attrs.field(repr=False)
    reason: str = attrs.field(default="", repr=False)
    outcome: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Advocacy(Record):
    """Advocacy on the client's behalf; needs written permission (seed 002).

    ``target`` is who the decision maker is (free words, e.g. "Housing
    authority"); ``target_id`` its party id when it has one, so a consent
    limited to named parties can be checked. ``consent_id`` names the
    written permission relied on.
    """

    id: str = attrs.field(validator=check_id, metadata=SAFE)
    started_on: dt.date
    target: str = attrs.field(repr=False)
    asked_for: str = attrs.field(repr=False)
    by: PartyId = attrs.field(default="", metadata=PERSON)
    consent_id: str | None = attrs.field(default=None, metadata=SAFE)
    outcome: str = attrs.field(default="", repr=False)
    escalations: tuple[Escalation, ...] = ()
    need_numbers: tuple[int, ...] = ()
    goal_id: GoalId | None = attrs.field(default=None, metadata=SAFE)
    target_id: PartyId | None = attrs.field(default=None, metadata=SAFE)
    client_present: bool = False
    concluded_on: dt.date | None = None
