"""Referral records: the status lifecycle and what it says (seeds 001, 002)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgmt import TransitionError, dumps, loads
from casemgmt.referrals import (
    ALLOWED_MOVES,
    Advocacy,
    Escalation,
    ReceivingService,
    Referral,
    ReferralStatus,
)
from casemgmt.testing.strategies import referrals

S = ReferralStatus
DAY = dt.date(2024, 9, 4)
THERAPIST = ReceivingService(id="svc-therapist", organisation="Child Therapy Clinic")


def draft() -> Referral:
    return Referral(id="r-1", to=THERAPIST, made_on=DAY, need_numbers=(1, 2), goal_id="g-1")


def walk(*statuses: ReferralStatus) -> Referral:
    ref = draft()
    for n, status in enumerate(statuses):
        ref = ref.move_to(status, on=DAY + dt.timedelta(days=n), by="cm-1", reason="step")
    return ref


def test_new_referral_is_draft() -> None:
    """Seed 002: a referral starts as a draft; nothing has been shared yet."""
    assert (draft().status, draft().sent_on) == (S.DRAFT, None)


def test_draft_value_is_draft() -> None:
    """ACCEPTANCE: the status value 'draft' means nothing has been shared."""
    assert draft().status.value == "draft"


def test_full_happy_path() -> None:
    """Seed 002: sent, accepted, appointment booked, attended, completed."""
    ref = walk(S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED, S.COMPLETED)
    assert [c.status for c in ref.history] == [
        S.SENT,
        S.ACCEPTED,
        S.APPOINTMENT_BOOKED,
        S.ATTENDED,
        S.COMPLETED,
    ]


def test_waitlisted_then_accepted() -> None:
    """Seed 002: a service with no openings waitlists; it may accept later."""
    assert walk(S.SENT, S.WAITLISTED, S.ACCEPTED).status == S.ACCEPTED


def test_every_change_records_who_when_why() -> None:
    """DOMAIN.md: history is appended with who, when and why."""
    ref = draft().move_to(S.SENT, on=DAY, by="cm-1", reason="client agreed in session")
    change = ref.history[-1]
    assert (change.on, change.by, change.reason) == (DAY, "cm-1", "client agreed in session")


def test_move_returns_new_value() -> None:
    """Records are values: moving leaves the original unchanged."""
    ref = draft()
    ref.move_to(S.SENT, on=DAY, by="cm-1")
    assert ref.status == S.DRAFT


def test_illegal_move_raises_with_clear_message() -> None:
    """Seed 002: nothing is accepted before it is sent; the message names both states."""
    with pytest.raises(
        TransitionError, match=r"from 'draft' to 'accepted'.*allowed next: cancelled, sent"
    ):
        draft().move_to(S.ACCEPTED, on=DAY, by="cm-1")


@pytest.mark.parametrize("end", [S.COMPLETED, S.DECLINED, S.LAPSED, S.CANCELLED])
def test_ended_referral_cannot_move(end: ReferralStatus) -> None:
    """Seed 001: a declined referral is referred on afresh; ended referrals are final."""
    path = {
        S.COMPLETED: (S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED, S.COMPLETED),
        S.DECLINED: (S.SENT, S.DECLINED),
        S.LAPSED: (S.SENT, S.LAPSED),
        S.CANCELLED: (S.CANCELLED,),
    }[end]
    with pytest.raises(TransitionError, match="allowed next: none"):
        walk(*path).move_to(S.SENT, on=DAY + dt.timedelta(days=30), by="cm-1")


def test_backdated_move_raises() -> None:
    """Seed 003 (avoid contradictions): a change cannot predate the last one."""
    ref = walk(S.SENT, S.ACCEPTED)
    with pytest.raises(TransitionError, match="before the previous one"):
        ref.move_to(S.APPOINTMENT_BOOKED, on=DAY - dt.timedelta(days=1), by="cm-1")


def test_sent_on_is_date_of_sending() -> None:
    """ACCEPTANCE: the referral's date is the date it was sent."""
    ref = draft().move_to(S.SENT, on=DAY + dt.timedelta(days=3), by="cm-1")
    assert (
        DAY + dt.timedelta(days=3)
        == ref.move_to(S.ACCEPTED, on=DAY + dt.timedelta(days=9), by="x").sent_on
    )


def test_cancelled_draft_never_shared() -> None:
    """Seed 002: a draft cancelled before sending shared nothing."""
    assert None is walk(S.CANCELLED).sent_on


def test_status_on_ignores_later_changes() -> None:
    """Seed 003: reviews judge the status as it stood on the day."""
    ref = walk(S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED)
    assert ref.status_on(DAY + dt.timedelta(days=1)) == S.ACCEPTED


def test_attending_confirms_service() -> None:
    """Seed 002: the client attending confirms the service was given."""
    ref = walk(S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED)
    assert DAY + dt.timedelta(days=3) == ref.confirmed_on()


def test_organisation_consent_ids() -> None:
    """HSDS: a consent may name the service or its organisation."""
    svc = ReceivingService(id="svc-1", organisation="RentConnect", organisation_id="org-rc")
    assert svc.party_ids == ("svc-1", "org-rc")


def test_contact_hidden_from_repr() -> None:
    """A service worker's contact details stay out of repr."""
    svc = ReceivingService(id="svc-1", organisation="RentConnect", contact="0400 000 000")
    assert "0400" not in repr(svc)


def test_advocacy_with_escalation_round_trips() -> None:
    """Seed 002: an advocacy record keeps its escalations through JSON."""
    adv = Advocacy(
        id="adv-1",
        started_on=DAY,
        target="Department of Communities (RentConnect)",
        asked_for="a coordinated case meeting about rent assistance",
        consent_id="consent-adv",
        escalations=(Escalation(on=DAY + dt.timedelta(days=14), to="team leader"),),
    )
    assert adv == loads(dumps(adv), Advocacy)


@given(st.data())
def test_moves_follow_allowed_table(data: st.DataObject) -> None:
    """Any legal sequence of moves succeeds and lands where it says."""
    ref = draft()
    day = DAY
    for _ in range(data.draw(st.integers(0, 6))):
        nexts = sorted(ALLOWED_MOVES[ref.status], key=lambda s: s.value)
        if not nexts:
            break
        target = data.draw(st.sampled_from(nexts))
        ref = ref.move_to(target, on=day, by="cm-1")
        assert target == ref.status


@given(st.sampled_from(ReferralStatus), st.sampled_from(ReferralStatus))
def test_disallowed_moves_raise(start: ReferralStatus, target: ReferralStatus) -> None:
    """Every move outside ALLOWED_MOVES raises TransitionError."""
    ref = draft()
    path = {
        S.DRAFT: (), S.SENT: (S.SENT,), S.ACCEPTED: (S.SENT, S.ACCEPTED),
        S.DECLINED: (S.SENT, S.DECLINED), S.WAITLISTED: (S.SENT, S.WAITLISTED),
        S.APPOINTMENT_BOOKED: (S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED),
        S.ATTENDED: (S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED),
        S.COMPLETED: (S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED, S.COMPLETED),
        S.LAPSED: (S.SENT, S.LAPSED), S.CANCELLED: (S.CANCELLED,),
    }[start]  # fmt: skip
    ref = walk(*path)
    if target in ALLOWED_MOVES[start]:
        assert target == ref.move_to(target, on=DAY + dt.timedelta(days=9), by="x").status
    else:
        with pytest.raises(TransitionError):
            ref.move_to(target, on=DAY + dt.timedelta(days=9), by="x")


@pytest.mark.parametrize("status", list(ReferralStatus))
def test_strategy_reaches_every_status(status: ReferralStatus) -> None:
    """The referral strategy can produce a referral in every status."""

    @settings(max_examples=10)
    @given(referrals((1, 2), ("g-1",), status=status))
    def check(ref: Referral) -> None:
        assert status == ref.status

    check()


@given(referrals((1, 2, 3), ("g-1",)))
def test_generated_referrals_are_purposeful(ref: Referral) -> None:
    """Seed 000: generated referrals always serve a need."""
    assert ref.need_numbers != ()
