"""Closure records: why a case ended, the exit plan, and who agreed (seeds 000, 001, 003)."""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._disclosure import PERSON, SAFE
from casemgmt.core._ids import PartyId
from casemgmt.core._repr import Record
from casemgmt.core._text import has_text
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary

__all__ = ["ClosureReason", "ClosureRecord", "Episode", "ExitPlan", "ExitSupport"]


class ClosureReason(Vocabulary):
    """Reasons a case closes (seed 003, with deceased and other added)."""

    GOALS_ACHIEVED = "goals-achieved"
    CLIENT_CHOSE_TO_END = "client-chose-to-end"
    DISENGAGED = "disengaged"
    MOVED_OUT_OF_CATCHMENT = "moved-out-of-catchment"
    NO_LONGER_ELIGIBLE = "no-longer-eligible"
    TRANSFERRED = "transferred"
    SERVICE_OR_FUNDING_CHANGE = "service-or-funding-change"
    NON_COMPLIANCE = "non-compliance"
    DECEASED = "deceased"
    OTHER = "other"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class ExitSupport(Record):
    """A support the client still needs after exit, and who provides it.

    A support can also hand over something still open at closure: name the
    referral (``referral_id``) or the high risk (``risk_id``) it takes over,
    so the closure rules see that nothing is left unattended (seed 003).
    """

    need: str = attrs.field(repr=False)
    provided_by: str = attrs.field(repr=False)
    referral_id: str | None = attrs.field(default=None, metadata=SAFE)
    risk_id: str | None = attrs.field(default=None, metadata=SAFE)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class ExitPlan(Record):
    """Planning the exit from the start (seed 001), and how to come back (000, 003)."""

    achievements: tuple[str, ...] = attrs.field(default=(), repr=False)
    supports_after_exit: tuple[ExitSupport, ...] = ()
    how_to_return: str = attrs.field(default="", repr=False)
    follow_up_on: dt.date | None = None
    follow_up_method: str = attrs.field(default="", repr=False)
    client_feedback: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class ClosureRecord(Record):
    """The closure itself: reason, outcome, agreement, notice, transfer.

    ``reason_text`` says what "other" means; ``outcome_summary`` and
    ``next_steps`` are the outcomes and recommended next steps (seed 000).
    ``agreed_by_client`` and ``agreed_by`` (stakeholder party ids) record
    who agreed, or ``no_agreement_reason`` why agreement could not be had
    (seed 003). ``notice_given_on`` is when the client was told and
    ``notices_sent_to`` which stakeholders were. A transfer names
    ``transfer_to`` and the client's written consent
    (``transfer_consent_id``). ``approved_by`` is the approving supervisor
    where an agency requires one; ``by`` who closed the case. Whether all
    this is enough is judged by a ``ClosurePolicy``, not here.
    """

    reason: ClosureReason
    closed_on: dt.date
    reason_text: str = attrs.field(default="", repr=False)
    outcome_summary: str = attrs.field(default="", repr=False)
    next_steps: tuple[str, ...] = attrs.field(default=(), repr=False)
    agreed_by_client: bool = False
    agreed_by: tuple[PartyId, ...] = attrs.field(default=(), metadata=PERSON)
    no_agreement_reason: str = attrs.field(default="", repr=False)
    notice_given_on: dt.date | None = attrs.field(default=None)
    notices_sent_to: tuple[PartyId, ...] = attrs.field(default=(), metadata=PERSON)
    exit_plan: ExitPlan | None = None
    transfer_to: PartyId | None = attrs.field(default=None, metadata=SAFE)
    transfer_consent_id: str | None = attrs.field(default=None, metadata=SAFE)
    approved_by: PartyId | None = attrs.field(default=None, metadata=PERSON)
    archiving_note: str = attrs.field(default="", repr=False)
    by: PartyId = attrs.field(default="", metadata=PERSON)

    @reason_text.validator
    def _check_other(self, attribute: object, value: str) -> None:
        if self.reason is ClosureReason.OTHER and not has_text(value):
            msg = "a closure for reason 'other' must say what the reason was (reason_text)"
            raise ValueError(msg)

    @notice_given_on.validator
    def _check_notice(self, attribute: object, value: dt.date | None) -> None:
        if value is not None and value > self.closed_on:
            msg = "notice_given_on is after closed_on"
            raise ValueError(msg)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Episode(Record):
    """An earlier, closed episode of care (FHIR EpisodeOfCare's idea)."""

    number: int
    opened_on: dt.date
    closure: ClosureRecord
