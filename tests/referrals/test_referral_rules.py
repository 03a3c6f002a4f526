"""Referral, advocacy, consent and transfer rules, each on the Carla case (seed 002)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from casemgmt import (
    Case,
    CasePlan,
    Client,
    Consent,
    ConsentForm,
    ConsentPurpose,
    Finding,
    Goal,
    Need,
    NeedDomain,
    Severity,
    validate,
)
from casemgmt.assessment import Assessment
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.core import CheckContext
from casemgmt.core._client import ContactDetails
from casemgmt.referrals import (
    REFERRAL_RULES,
    Advocacy,
    Escalation,
    InboundReferral,
    ReceivingService,
    Referral,
    ReferralStatus,
    ScreeningDecision,
    StatusChange,
    over_resourced,
)
from casemgmt.testing.strategies import cases

S = ReferralStatus
P = ConsentPurpose
PLAN_DAY = dt.date(2024, 9, 4)
THERAPIST = ReceivingService(
    id="svc-therapist", organisation="Child Therapy Clinic", service="child counselling"
)
RENT = ReceivingService(id="svc-rentconnect", organisation="Department of Communities")
NAME, DOB, PHONE = "Carla Mendes", dt.date(1994, 3, 15), "0412345678"


def carla(**changes: Any) -> Case:
    """The Carla case from seed 002, with a plan and nothing referred yet."""
    needs = (
        Need(number=1, domain=NeedDomain.PARENTING, description="Children having nightmares"),
        Need(number=2, domain=NeedDomain.PARENTING, description="Aggression at school"),
        Need(number=3, domain=NeedDomain.HOUSING, description="Needs help with rent"),
        Need(number=4, domain=NeedDomain.EMPLOYMENT, description="Needs to find a job"),
    )
    goals = (
        Goal(id="g-1", statement="Children to attend individual counselling", need_numbers=(1, 2)),
        Goal(id="g-3", statement="Seek government financial assistance", need_numbers=(3,)),
        Goal(id="g-4", statement="Carla will seek part-time work", need_numbers=(4,)),
    )
    case = Case(
        id="case-carla",
        client=Client(
            id="client-carla",
            name=NAME,
            date_of_birth=DOB,
            contact=ContactDetails(phone=PHONE, email="carla@example.org"),
        ),
        opened_on=dt.date(2024, 8, 20),
        assessment=Assessment(needs=needs),
        plan=CasePlan(created_on=PLAN_DAY, goals=goals),
        consents=(share_consent(),),
    )
    return attrs.evolve(case, **changes)


def share_consent(**changes: Any) -> Consent:
    consent = Consent(
        id="consent-share",
        purposes=(P.SHARE,),
        parties=("svc-therapist",),
        granted_on=dt.date(2024, 9, 1),
        categories=("contact", "children", "case-plan"),
    )
    return attrs.evolve(consent, **changes)


def referral(*statuses: ReferralStatus, **changes: Any) -> Referral:
    """The referral to a child therapist (seed 002), moved through ``statuses``."""
    ref = Referral(
        id="r-therapist",
        to=THERAPIST,
        made_on=PLAN_DAY,
        need_numbers=(1, 2),
        goal_id="g-1",
        capacity_checked=True,
        location_checked=True,
        information_shared=("contact", "children"),
        follow_up_on=dt.date(2024, 9, 18),
    )
    ref = attrs.evolve(ref, **changes)
    for n, status in enumerate(statuses):
        ref = ref.move_to(status, on=PLAN_DAY + dt.timedelta(days=n), by="cm-1", reason="step")
    return ref


def codes(case: Case, as_of: dt.date = dt.date(2024, 9, 10)) -> list[str]:
    return [f.code for f in REFERRAL_RULES.run(case, CheckContext(as_of))]


def only(case: Case, code: str, as_of: dt.date = dt.date(2024, 9, 10)) -> list[Finding]:
    return [f for f in REFERRAL_RULES.run(case, CheckContext(as_of)) if f.code == code]


def test_clean_carla_has_no_findings() -> None:
    """Seed 002: a consented, checked, followed-up referral raises nothing."""
    assert codes(carla(referrals=(referral(S.SENT, S.ACCEPTED),))) == []


# --- referral.no-consent -------------------------------------------------


def test_sent_without_consent_is_error() -> None:
    """Seed 002: information goes to a service only with the client's consent."""
    found = only(carla(consents=(), referrals=(referral(S.SENT),)), "referral.no-consent")
    assert [(f.code, f.severity, f.path) for f in found] == [
        ("referral.no-consent", Severity.ERROR, "$.referrals[0]")
    ]


def test_draft_without_consent_is_fine() -> None:
    """ACCEPTANCE: a draft has shared nothing, so needs no consent yet."""
    assert only(carla(consents=(), referrals=(referral(),)), "referral.no-consent") == []


def test_cancelled_draft_without_consent_is_fine() -> None:
    """A draft cancelled before sending shared nothing."""
    case = carla(consents=(), referrals=(referral(S.CANCELLED),))
    assert only(case, "referral.no-consent") == []


def test_consent_for_another_service_does_not_cover() -> None:
    """Seed 002: consent names the services it covers; another service is not covered."""
    case = carla(consents=(share_consent(parties=("svc-other",)),), referrals=(referral(S.SENT),))
    assert [f.code for f in only(case, "referral.no-consent")] == ["referral.no-consent"]


def test_consent_granted_after_sending_does_not_cover() -> None:
    """ACCEPTANCE: consent is judged on the day the referral was sent."""
    late = share_consent(granted_on=dt.date(2024, 9, 8))
    case = carla(consents=(late,), referrals=(referral(S.SENT),))
    assert len(only(case, "referral.no-consent")) == 1


def test_consent_withdrawn_before_sending_does_not_cover() -> None:
    """Seed 001: a withdrawn consent no longer allows sharing."""
    gone = share_consent().withdraw(dt.date(2024, 9, 2))
    case = carla(consents=(gone,), referrals=(referral(S.SENT),))
    assert len(only(case, "referral.no-consent")) == 1


def test_consent_to_collect_does_not_cover_sharing() -> None:
    """Seed 001: consent to collect, use, store and share are separate."""
    collect = share_consent(purposes=(P.COLLECT, P.USE, P.STORE))
    case = carla(consents=(collect,), referrals=(referral(S.SENT),))
    assert len(only(case, "referral.no-consent")) == 1


def test_organisation_wide_consent_covers_its_services() -> None:
    """HSDS: a consent naming the organisation covers its services."""
    svc = attrs.evolve(THERAPIST, organisation_id="org-clinic")
    case = carla(
        consents=(share_consent(parties=("org-clinic",)),),
        referrals=(referral(S.SENT, to=svc),),
    )
    assert only(case, "referral.no-consent") == []


def test_sent_later_than_as_of_is_not_judged_yet() -> None:
    """Time is an argument: a referral sent after as_of has not shared anything yet."""
    case = carla(consents=(), referrals=(referral(S.SENT),))
    assert only(case, "referral.no-consent", as_of=dt.date(2024, 9, 3)) == []


def test_no_consent_message_has_no_personal_details() -> None:
    """Findings never carry the client's name, date of birth or contact details."""
    found = only(carla(consents=(), referrals=(referral(S.SENT),)), "referral.no-consent")
    text = " ".join(f"{f.message} {f.hint} {f.path}" for f in found)
    assert not any(secret in text for secret in ("Carla", DOB.isoformat(), PHONE))


# --- referral.shares-beyond-consent ---------------------------------------


def test_sharing_a_category_the_client_did_not_agree_is_error() -> None:
    """Seed 002: share only what the client is happy to share."""
    ref = referral(S.SENT, information_shared=("contact", "health"))
    found = only(carla(referrals=(ref,)), "referral.shares-beyond-consent")
    assert [(f.path, f.severity) for f in found] == [
        ("$.referrals[0].information_shared[1]", Severity.ERROR)
    ]


def test_unlimited_consent_covers_any_category() -> None:
    """A consent with no categories does not limit what is shared."""
    case = carla(
        consents=(share_consent(categories=()),),
        referrals=(referral(S.SENT, information_shared=("health", "legal")),),
    )
    assert only(case, "referral.shares-beyond-consent") == []


# --- referral.consent-withdrawn --------------------------------------------


def test_withdrawn_consent_flags_open_referral() -> None:
    """Seed 001: withdrawn consent stops sharing; an open referral is flagged."""
    gone = share_consent().withdraw(dt.date(2024, 9, 20))
    case = carla(consents=(gone,), referrals=(referral(S.SENT, S.ACCEPTED),))
    found = only(case, "referral.consent-withdrawn", as_of=dt.date(2024, 9, 25))
    assert [(f.severity, f.path) for f in found] == [(Severity.WARNING, "$.referrals[0]")]


def test_withdrawn_consent_message_names_consent_and_date() -> None:
    """The warning says which consent was withdrawn and when."""
    gone = share_consent().withdraw(dt.date(2024, 9, 20))
    case = carla(consents=(gone,), referrals=(referral(S.SENT, S.ACCEPTED),))
    (finding,) = only(case, "referral.consent-withdrawn", as_of=dt.date(2024, 9, 25))
    assert "consent-share was withdrawn on 2024-09-20" in finding.message


def test_withdrawn_consent_ignores_completed_referral() -> None:
    """A completed referral shares nothing more, so withdrawal needs no flag."""
    gone = share_consent().withdraw(dt.date(2024, 9, 20))
    done = referral(S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED, S.COMPLETED)
    case = carla(consents=(gone,), referrals=(done,))
    assert only(case, "referral.consent-withdrawn", as_of=dt.date(2024, 9, 25)) == []


def test_withdrawal_does_not_make_past_sending_an_error() -> None:
    """Sharing done while consent stood stays lawful after withdrawal."""
    gone = share_consent().withdraw(dt.date(2024, 9, 20))
    case = carla(consents=(gone,), referrals=(referral(S.SENT, S.ACCEPTED),))
    assert only(case, "referral.no-consent", as_of=dt.date(2024, 9, 25)) == []


# --- referral.follow-up-overdue --------------------------------------------


def test_follow_up_overdue_when_nobody_confirmed() -> None:
    """Seed 002: follow up to make sure the service has been provided as agreed."""
    case = carla(referrals=(referral(S.SENT, S.ACCEPTED),))
    found = only(case, "referral.follow-up-overdue", as_of=dt.date(2024, 9, 19))
    assert [(f.severity, f.path) for f in found] == [
        (Severity.WARNING, "$.referrals[0].follow_up_on")
    ]


def test_follow_up_not_overdue_on_the_day() -> None:
    """The follow-up date itself is still in time."""
    case = carla(referrals=(referral(S.SENT, S.ACCEPTED),))
    assert only(case, "referral.follow-up-overdue", as_of=dt.date(2024, 9, 18)) == []


def test_confirmation_clears_follow_up() -> None:
    """Seed 002: once someone confirms the service was given, nothing is overdue."""
    ref = referral(S.SENT, S.ACCEPTED, service_confirmed_on=dt.date(2024, 9, 17))
    case = carla(referrals=(ref,))
    assert only(case, "referral.follow-up-overdue", as_of=dt.date(2024, 10, 1)) == []


def test_attendance_counts_as_confirmation() -> None:
    """Seed 002: the client attending is confirmation the service was given."""
    ref = referral(S.SENT, S.ACCEPTED, S.APPOINTMENT_BOOKED, S.ATTENDED)
    case = carla(referrals=(ref,))
    assert only(case, "referral.follow-up-overdue", as_of=dt.date(2024, 10, 1)) == []


def test_draft_has_nothing_to_follow_up() -> None:
    """A referral never sent needs no follow-up."""
    case = carla(referrals=(referral(),))
    assert only(case, "referral.follow-up-overdue", as_of=dt.date(2024, 10, 1)) == []


def test_declined_referral_is_not_follow_up_overdue() -> None:
    """A declined referral ended; the service will not be given."""
    case = carla(referrals=(referral(S.SENT, S.DECLINED),))
    assert only(case, "referral.follow-up-overdue", as_of=dt.date(2024, 10, 1)) == []


# --- referral.no-purpose, unknown links ------------------------------------


def test_referral_without_need_or_goal_is_error() -> None:
    """Seed 000: referral is purposeful; every referral serves an identified need."""
    case = carla(referrals=(referral(need_numbers=(), goal_id=None),))
    found = only(case, "referral.no-purpose")
    assert [(f.severity, f.path) for f in found] == [(Severity.ERROR, "$.referrals[0]")]


def test_referral_with_goal_only_is_purposeful() -> None:
    """Seed 000: a goal of the plan is purpose enough."""
    assert only(carla(referrals=(referral(need_numbers=()),)), "referral.no-purpose") == []


def test_referral_citing_unknown_need_is_error() -> None:
    """Seed 004: numbers correspond; a referral cites needs the assessment has."""
    found = only(carla(referrals=(referral(need_numbers=(1, 9)),)), "referral.unknown-need")
    assert [f.path for f in found] == ["$.referrals[0].need_numbers[1]"]


def test_referral_citing_unknown_goal_is_error() -> None:
    """A referral serves a goal the plan has."""
    found = only(carla(referrals=(referral(goal_id="g-9"),)), "referral.unknown-goal")
    assert [f.path for f in found] == ["$.referrals[0].goal_id"]


# --- referral.duplicate -----------------------------------------------------


def test_second_referral_to_engaged_service_is_duplicate() -> None:
    """Seed 002: avoid duplication; the service is already engaged for the need."""
    again = referral(S.SENT, id="r-again")
    case = carla(referrals=(referral(S.SENT, S.ACCEPTED), again))
    found = only(case, "referral.duplicate")
    assert [(f.severity, f.path) for f in found] == [(Severity.WARNING, "$.referrals[1]")]


def test_referral_after_declined_one_is_not_duplicate() -> None:
    """Referring again after a decline is a fresh attempt, not duplication."""
    case = carla(referrals=(referral(S.SENT, S.DECLINED), referral(S.SENT, id="r-again")))
    assert only(case, "referral.duplicate") == []


def test_same_service_for_other_need_is_not_duplicate() -> None:
    """The same service may help with a different need."""
    other = referral(S.SENT, id="r-rent", need_numbers=(3,), goal_id="g-3")
    case = carla(referrals=(referral(S.SENT), other))
    assert only(case, "referral.duplicate") == []


# --- referral.over-resourced -------------------------------------------------


def test_too_many_services_for_one_need_warns() -> None:
    """Seed 002: too many services can overwhelm the client or build dependence."""
    refs = tuple(
        referral(id=f"r-{i}", to=ReceivingService(id=f"svc-{i}", organisation=f"Org {i}"))
        for i in range(4)
    )
    found = only(carla(referrals=refs), "referral.over-resourced")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.WARNING, "$.assessment.needs[0]"),
        (Severity.WARNING, "$.assessment.needs[1]"),
    ]


def test_over_resourcing_limit_is_a_parameter() -> None:
    """An agency sets its own limit (seed 002: professional judgement)."""
    refs = tuple(
        referral(id=f"r-{i}", to=ReceivingService(id=f"svc-{i}", organisation=f"Org {i}"))
        for i in range(2)
    )
    rule = over_resourced(limit=1)
    found = list(rule(carla(referrals=refs), CheckContext(PLAN_DAY)))
    assert [f.code for f in found] == ["referral.over-resourced"] * 2


# --- referral.not-checked, no-follow-up-date ---------------------------------


def test_sent_without_checking_capacity_warns() -> None:
    """Seed 002: first check the service can actually see the client."""
    ref = referral(S.SENT, capacity_checked=False)
    (finding,) = only(carla(referrals=(ref,)), "referral.not-checked")
    assert (finding.severity, "capacity" in finding.message) == (Severity.WARNING, True)


def test_self_referral_needs_no_worker_checks() -> None:
    """Seed 002: a client who self-refers makes their own arrangements."""
    ref = referral(S.SENT, capacity_checked=False, location_checked=False, self_referral=True)
    assert only(carla(referrals=(ref,)), "referral.not-checked") == []


def test_sent_without_follow_up_date_warns() -> None:
    """Seed 002: a referral needs a date to confirm the service was given."""
    ref = referral(S.SENT, follow_up_on=None)
    found = only(carla(referrals=(ref,)), "referral.no-follow-up-date")
    assert [f.path for f in found] == ["$.referrals[0].follow_up_on"]


# --- referral.illegal-history ---------------------------------------------------


def test_stored_history_skipping_steps_is_error() -> None:
    """A stored history must follow the lifecycle (draft cannot jump to attended)."""
    jump = StatusChange(status=S.ATTENDED, on=PLAN_DAY, by="cm-1")
    found = only(carla(referrals=(referral(history=(jump,)),)), "referral.illegal-history")
    assert [f.path for f in found] == ["$.referrals[0].history[0]"]


# --- advocacy.no-written-permission -------------------------------------------


def advocacy(**changes: Any) -> Advocacy:
    adv = Advocacy(
        id="adv-rent",
        started_on=dt.date(2024, 9, 6),
        target="Department of Communities RentConnect officer",
        asked_for="a coordinated case meeting with a case worker",
        consent_id="consent-advocate",
    )
    return attrs.evolve(adv, **changes)


def advocate_consent(**changes: Any) -> Consent:
    consent = Consent(id="consent-advocate", purposes=(P.ADVOCATE,), granted_on=dt.date(2024, 9, 4))
    return attrs.evolve(consent, **changes)


def test_advocacy_with_written_permission_is_fine() -> None:
    """Seed 002: get the client's written permission to advocate with or for them."""
    case = carla(consents=(advocate_consent(),), advocacy=(advocacy(),))
    assert only(case, "advocacy.no-written-permission") == []


def test_advocacy_without_permission_is_error() -> None:
    """Seed 002: advocacy needs the client's written permission."""
    case = carla(advocacy=(advocacy(consent_id=None),))
    found = only(case, "advocacy.no-written-permission")
    assert [(f.severity, f.path) for f in found] == [(Severity.ERROR, "$.advocacy[0]")]


def test_verbal_permission_is_not_enough() -> None:
    """Seed 002: the permission must be written."""
    case = carla(consents=(advocate_consent(form=ConsentForm.VERBAL),), advocacy=(advocacy(),))
    (finding,) = only(case, "advocacy.no-written-permission")
    assert "verbal, not written" in finding.message


def test_permission_given_after_advocacy_began_is_error() -> None:
    """Seed 002: have consent before you act on the person's behalf."""
    late = advocate_consent(granted_on=dt.date(2024, 9, 10))
    case = carla(consents=(late,), advocacy=(advocacy(),))
    assert len(only(case, "advocacy.no-written-permission", as_of=dt.date(2024, 9, 12))) == 1


def test_advocacy_naming_missing_consent_is_error() -> None:
    """The consent an advocacy names must be on the case."""
    case = carla(advocacy=(advocacy(),))
    (finding,) = only(case, "advocacy.no-written-permission")
    assert "consent-advocate, which the case does not have" in finding.message


def test_any_written_advocacy_consent_serves_when_none_named() -> None:
    """With no consent named, any active written permission to advocate serves."""
    case = carla(consents=(advocate_consent(),), advocacy=(advocacy(consent_id=None),))
    assert only(case, "advocacy.no-written-permission") == []


def test_escalation_after_withdrawal_is_error() -> None:
    """Seed 002: escalating after the client withdrew permission acts without it."""
    gone = advocate_consent().withdraw(dt.date(2024, 9, 15))
    esc = Escalation(on=dt.date(2024, 9, 20), to="RentConnect team leader")
    case = carla(consents=(gone,), advocacy=(advocacy(escalations=(esc,)),))
    found = only(case, "advocacy.no-written-permission", as_of=dt.date(2024, 9, 25))
    assert [f.path for f in found] == ["$.advocacy[0].escalations[0]"]


# --- transfer.no-written-consent ------------------------------------------------


def closure(**changes: Any) -> ClosureRecord:
    record = ClosureRecord(
        reason=ClosureReason.TRANSFERRED, closed_on=dt.date(2024, 12, 1), transfer_to="agency-next"
    )
    return attrs.evolve(record, **changes)


def transfer_consent(**changes: Any) -> Consent:
    consent = Consent(
        id="consent-transfer",
        purposes=(P.TRANSFER,),
        parties=("agency-next",),
        granted_on=dt.date(2024, 11, 20),
    )
    return attrs.evolve(consent, **changes)


def test_transfer_without_consent_is_error() -> None:
    """Seed 003: document written permission to transfer case information."""
    found = only(carla(closure=closure()), "transfer.no-written-consent", dt.date(2024, 12, 2))
    assert [(f.severity, f.path) for f in found] == [(Severity.ERROR, "$.closure.transfer_to")]


def test_transfer_with_written_consent_is_fine() -> None:
    """Seed 003: a written consent naming the new provider allows the transfer."""
    case = carla(consents=(transfer_consent(),), closure=closure())
    assert only(case, "transfer.no-written-consent", dt.date(2024, 12, 2)) == []


def test_transfer_with_verbal_consent_is_error() -> None:
    """Seed 003: the permission to transfer must be written."""
    case = carla(
        consents=(transfer_consent(form=ConsentForm.VERBAL),),
        closure=closure(transfer_consent_id="consent-transfer"),
    )
    found = only(case, "transfer.no-written-consent", dt.date(2024, 12, 2))
    assert [f.path for f in found] == ["$.closure.transfer_consent_id"]


def test_transfer_consent_naming_other_provider_is_error() -> None:
    """Seed 003: the permission names the provider the case goes to."""
    case = carla(consents=(transfer_consent(parties=("agency-else",)),), closure=closure())
    assert len(only(case, "transfer.no-written-consent", dt.date(2024, 12, 2))) == 1


def test_closure_for_other_reason_needs_no_transfer_consent() -> None:
    """Only a transfer needs the written transfer consent."""
    done = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=dt.date(2024, 12, 1))
    assert only(carla(closure=done), "transfer.no-written-consent", dt.date(2024, 12, 2)) == []


def test_referral_marked_transfer_needs_written_consent() -> None:
    """Seed 003: a referral that transfers the case needs written consent to transfer."""
    ref = referral(S.SENT, transfer=True)
    found = only(carla(referrals=(ref,)), "transfer.no-written-consent")
    assert [f.path for f in found] == ["$.referrals[0]"]


# --- referral in -----------------------------------------------------------------


def test_not_accepted_without_explanation_is_error() -> None:
    """Seed 001: if they cannot be accommodated, clear explanations are offered."""
    inbound = InboundReferral(
        received_on=dt.date(2024, 8, 1),
        source="GP",
        decision=ScreeningDecision.NOT_ACCEPTED,
        decided_on=dt.date(2024, 8, 2),
        referred_on_to="Local family service",
    )
    found = only(carla(referral_in=inbound), "referral-in.no-explanation")
    assert [(f.severity, f.path) for f in found] == [(Severity.ERROR, "$.referral_in.explanation")]


def test_not_accepted_without_referral_on_warns() -> None:
    """Seed 001: all possible efforts are made to refer them on."""
    inbound = InboundReferral(
        received_on=dt.date(2024, 8, 1),
        source="self",
        self_referral=True,
        decision=ScreeningDecision.NOT_ACCEPTED,
        explanation="outside our catchment",
    )
    found = only(carla(referral_in=inbound), "referral-in.not-referred-on")
    assert [f.severity for f in found] == [Severity.WARNING]


def test_accepted_referral_in_needs_nothing_more() -> None:
    """Seed 001: an accepted referral in needs no explanation or referral on."""
    inbound = InboundReferral(
        received_on=dt.date(2024, 8, 1), source="GP", decision=ScreeningDecision.ACCEPTED
    )
    assert codes(carla(referral_in=inbound)) == []


# --- through validate, and over generated cases -----------------------------------


def test_validate_runs_referral_rules() -> None:
    """ACCEPTANCE: casemgmt.validate runs the referral and consent checks."""
    case = carla(consents=(), referrals=(referral(S.SENT),))
    assert "referral.no-consent" in [f.code for f in validate(case, as_of=dt.date(2024, 9, 10))]


@pytest.mark.parametrize("code", ["referral.no-consent", "advocacy.no-written-permission"])
def test_acceptance_codes_are_errors(code: str) -> None:
    """ACCEPTANCE: missing consent and missing written permission are ERRORs."""
    case = carla(consents=(), referrals=(referral(S.SENT),), advocacy=(advocacy(),))
    assert {Severity.ERROR} == {f.severity for f in only(case, code)}


@settings(max_examples=40)
@given(cases(consent=True))
def test_consented_generated_cases_have_no_referral_errors(case: Case) -> None:
    """Generated cases with covering consent pass every referral ERROR rule."""
    found = REFERRAL_RULES.run(case, CheckContext(dt.date(2026, 1, 1)))
    assert [f for f in found if f.severity is Severity.ERROR] == []


@settings(max_examples=40)
@given(cases(consent=None))
def test_findings_never_carry_client_details(case: Case) -> None:
    """No finding's message, hint or path contains the client's name or contact details."""
    client = case.client
    secrets = [client.name, client.contact.phone, client.contact.email, client.contact.address]
    if client.date_of_birth is not None:
        secrets.append(client.date_of_birth.isoformat())
    for f in validate(case, as_of=dt.date(2026, 1, 1)):
        text = f"{f.message} {f.hint} {f.path}"
        assert [s for s in secrets if s and s in text] == []


@settings(max_examples=40)
@given(cases(consent=False))
def test_unconsented_generated_referrals_are_flagged(case: Case) -> None:
    """Seed 001: every generated referral that shared information without consent is an ERROR.

    A self-referral that lists no shared information is the client's own act.
    """
    as_of = dt.date(2026, 1, 1)
    sent = [
        f"$.referrals[{i}]"
        for i, r in enumerate(case.referrals)
        if r.sent_on is not None and not (r.self_referral and not r.information_shared)
    ]
    found = [f.path for f in only(case, "referral.no-consent", as_of)]
    assert found == sent
