"""The default closure rules, one behaviour each, citing the seed they encode."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from casemgmt import Case, ConsentForm, Party, PartyRole, Severity
from casemgmt.assessment import Risk, RiskKind, RiskLevel
from casemgmt.closure import (
    DEFAULT_POLICY,
    ClosurePolicy,
    ClosureReason,
    ClosureRecord,
    ExitPlan,
    ExitSupport,
    evaluate,
)
from casemgmt.monitoring import CaseNote, ContactAttempt, ContactChannel, ContactResult, NoteKind
from casemgmt.planning import GoalStatus
from casemgmt.referrals import ReceivingService, Referral, ReferralStatus

AS_OF = dt.date(2024, 6, 3)
D = dt.date


def codes(
    case: Case, record: ClosureRecord | None, policy: ClosurePolicy = DEFAULT_POLICY
) -> list[str]:
    return [f.code for f in evaluate(case, as_of=AS_OF, policy=policy, record=record).findings]


def with_goal_status(case: Case, status: GoalStatus) -> Case:
    assert case.plan is not None
    goals = (attrs.evolve(case.plan.goals[0], status=status), *case.plan.goals[1:])
    return attrs.evolve(case, plan=attrs.evolve(case.plan, goals=goals))


def with_open_referral(case: Case) -> Case:
    ref = Referral(
        id="r-2", to=ReceivingService(id="svc-job", organisation="Job Link"), made_on=D(2024, 5, 2)
    ).move_to(ReferralStatus.SENT, on=D(2024, 5, 2), by="cm-1")
    return attrs.evolve(case, referrals=(*case.referrals, ref))


def with_high_risk(case: Case, **changes: Any) -> Case:
    risk = Risk(
        id="risk-9",
        kind=RiskKind.VIOLENCE_FROM_OTHERS,
        level=RiskLevel.HIGH,
        identified_on=D(2024, 5, 10),
        actions_taken=("safety plan made",),
    )
    risk = attrs.evolve(risk, **changes)
    return attrs.evolve(
        case, assessment=attrs.evolve(case.assessment, risks=(*case.assessment.risks, risk))
    )


_CHANNELS = (ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.LETTER)


def attempts(
    case: Case, *results: ContactResult, every: int = 7, channels: tuple[ContactChannel, ...] = ()
) -> Case:
    """Contact attempts from 1 May 2024, ``every`` days apart, cycling through ``channels``
    (phone, text, letter by default: seed 000's other hours, letters and texts)."""
    use = channels or _CHANNELS
    tries = tuple(
        ContactAttempt(
            on=D(2024, 5, 1) + dt.timedelta(days=every * i), channel=use[i % len(use)], result=r
        )
        for i, r in enumerate(results)
    )
    note = CaseNote(written_on=D(2024, 5, 30), author="cm-1", kind=NoteKind.FACT, text="tried")
    return attrs.evolve(case, contact_attempts=tries, notes=(*case.notes, note))


def test_ready_case_with_complete_record_is_eligible(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: a case meeting every common requirement can close."""
    verdict = evaluate(ready_case, as_of=AS_OF, record=good_record)
    expected: tuple[bool, list[object]] = (True, [])
    assert expected == (verdict.eligible, verdict.findings)


def test_without_a_record_evaluate_lists_what_is_missing(ready_case: Case) -> None:
    """Without a proposed record the findings are the closing checklist."""
    expected = [
        "closure.reason-missing",
        "closure.no-agreement",
        "closure.stakeholder-agreement-missing",
        "closure.notice-missing",
        "closure.stakeholder-not-notified",
        "closure.no-exit-plan",
        "closure.outcome-missing",
    ]
    assert expected == codes(ready_case, None)


def test_already_closed_case_is_a_blocker(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seeds 000/003: a closed case is re-opened, never closed twice."""
    closed = attrs.evolve(ready_case, closure=good_record)
    assert "closure.already-closed" in codes(closed, good_record)


def test_record_must_say_who_closed_the_case(ready_case: Case, good_record: ClosureRecord) -> None:
    """History says who made every change (DOMAIN.md, "The lifecycle")."""
    expected = ["closure.closed-by-missing"]
    assert expected == codes(ready_case, attrs.evolve(good_record, by=""))


def test_closing_date_before_the_last_step_is_a_blocker(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """History is never rewritten: a closure cannot predate the last stage change."""
    record = attrs.evolve(good_record, closed_on=D(2024, 4, 30), notice_given_on=D(2024, 4, 1))
    assert "closure.date-out-of-order" in codes(ready_case, record)


@pytest.mark.parametrize("status", [GoalStatus.ACTIVE, GoalStatus.ON_HOLD, GoalStatus.PROPOSED])
def test_goals_achieved_closure_with_an_open_goal_is_blocked(
    ready_case: Case, good_record: ClosureRecord, status: GoalStatus
) -> None:
    """Seed 003: "goals have been achieved" cannot stand while a goal is still open."""
    verdict = evaluate(with_goal_status(ready_case, status), as_of=AS_OF, record=good_record)
    expected = [("closure.goal-still-active", "$.plan.goals[0].status")]
    assert expected == [(f.code, f.path) for f in verdict.findings]


def test_open_goal_does_not_block_other_reasons(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: a client who moves out of the catchment leaves with goals unmet."""
    record = attrs.evolve(good_record, reason=ClosureReason.MOVED_OUT_OF_CATCHMENT)
    expected: list[object] = []
    assert expected == codes(with_goal_status(ready_case, GoalStatus.ACTIVE), record)


def test_open_referral_blocks_closure(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 001: referrals made before exit are followed up, not left hanging."""
    verdict = evaluate(with_open_referral(ready_case), as_of=AS_OF, record=good_record)
    blocking = [(f.code, f.path) for f in verdict.blockers]
    expected = [("closure.referral-open", "$.referrals[1]")]
    assert expected == blocking[:1]


def test_open_referral_handed_over_in_exit_plan_does_not_block(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: exit planning arranges supports from other agencies."""
    assert good_record.exit_plan is not None
    support = ExitSupport(need="job search", provided_by="Job Link", referral_id="r-2")
    plan = attrs.evolve(good_record.exit_plan, supports_after_exit=(support,))
    record = attrs.evolve(
        good_record,
        exit_plan=plan,
        notices_sent_to=("sp-1", "svc-job"),
        agreed_by=("sp-1", "svc-job"),
    )
    expected: list[object] = []
    assert expected == codes(with_open_referral(ready_case), record)


def test_open_referral_service_must_be_notified(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: notice of closure goes to every relevant stakeholder, services included."""
    assert good_record.exit_plan is not None
    support = ExitSupport(need="job search", provided_by="Job Link", referral_id="r-2")
    record = attrs.evolve(
        good_record, exit_plan=attrs.evolve(good_record.exit_plan, supports_after_exit=(support,))
    )
    verdict = evaluate(with_open_referral(ready_case), as_of=AS_OF, record=record)
    expected = [("closure.stakeholder-not-notified", "$.referrals[1].to")]
    assert expected == [(f.code, f.path) for f in verdict.blockers]


def test_client_agreement_must_be_recorded(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: document evidence that the client agreed, wherever possible."""
    record = attrs.evolve(good_record, agreed_by_client=False)
    expected = ["closure.no-agreement"]
    assert expected == codes(ready_case, record)


def test_absent_agreement_can_be_explained(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: "wherever possible" - a reason why agreement could not be had suffices."""
    record = attrs.evolve(
        good_record, agreed_by_client=False, agreed_by=(), no_agreement_reason="moved interstate"
    )
    expected: list[object] = []
    assert expected == codes(ready_case, record)


def test_stakeholder_agreement_missing_is_a_warning(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: stakeholders' agreement is sought; its absence warns but does not block."""
    verdict = evaluate(ready_case, as_of=AS_OF, record=attrs.evolve(good_record, agreed_by=()))
    expected = (
        True,
        [("closure.stakeholder-agreement-missing", Severity.WARNING, "$.parties[2]")],
    )
    assert expected == (
        verdict.eligible,
        [(f.code, f.severity, f.path) for f in verdict.findings],
    )


def test_deceased_client_needs_no_agreement_notice_or_exit_plan(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Closing after a death asks only what still makes sense."""
    record = attrs.evolve(
        good_record,
        reason=ClosureReason.DECEASED,
        agreed_by_client=False,
        notice_given_on=None,
        exit_plan=None,
    )
    expected: list[object] = []
    assert expected == codes(ready_case, record)


def test_notice_must_be_recorded(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: document evidence that reasonable notice was given."""
    record = attrs.evolve(good_record, notice_given_on=None)
    expected = ["closure.notice-missing"]
    assert expected == codes(ready_case, record)


def test_notice_shorter_than_the_policy_period_blocks(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: clients get "sufficient reminders"; 13 days is short of the default 14."""
    record = attrs.evolve(good_record, notice_given_on=D(2024, 5, 21))
    verdict = evaluate(ready_case, as_of=AS_OF, record=record)
    expected = [("closure.notice-too-short", "close on 2024-06-04 or later")]
    assert expected == [(f.code, f.hint) for f in verdict.findings]


def test_notice_period_is_a_policy_parameter(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 000: closure guidelines differ per setting; 17 days is short of 21."""
    policy = DEFAULT_POLICY.with_params(notice_days=21)
    expected: tuple[list[str], list[str]] = (["closure.notice-too-short"], [])
    assert expected == (
        codes(ready_case, good_record, policy),
        codes(ready_case, good_record),
    )


def test_notice_waived_after_documented_failed_contacts(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: a client who "can no longer be contacted" - tried over weeks, by phone,
    text and letter - cannot be given notice."""
    case = attempts(ready_case, *[ContactResult.NO_ANSWER] * 3)
    record = attrs.evolve(
        good_record,
        reason=ClosureReason.DISENGAGED,
        notice_given_on=None,
        agreed_by_client=False,
        no_agreement_reason="client could not be contacted",
    )
    expected: list[object] = []
    assert expected == codes(case, record)


def test_successful_contact_restarts_the_count_of_failed_attempts(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: disengagement is repeated failure since the last contact."""
    tries = [ContactResult.NO_ANSWER] * 2 + [ContactResult.REACHED, ContactResult.NO_ANSWER]
    case = attempts(ready_case, *tries)
    record = attrs.evolve(good_record, reason=ClosureReason.DISENGAGED, notice_given_on=None)
    expected = ["closure.notice-missing"]
    assert expected == codes(case, record)


def test_client_choosing_to_end_needs_no_notice(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Notice protects a client from a sudden end; it is moot when the client ends it."""
    record = attrs.evolve(
        good_record, reason=ClosureReason.CLIENT_CHOSE_TO_END, notice_given_on=None
    )
    expected: list[object] = []
    assert expected == codes(ready_case, record)


def test_stakeholders_must_be_notified(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: provide notice of closure to all relevant stakeholders."""
    verdict = evaluate(
        ready_case, as_of=AS_OF, record=attrs.evolve(good_record, notices_sent_to=())
    )
    expected = [("closure.stakeholder-not-notified", "$.parties[2]")]
    assert expected == [(f.code, f.path) for f in verdict.findings]


def test_transfer_needs_a_target(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: a transfer names the provider the client goes to."""
    record = attrs.evolve(good_record, reason=ClosureReason.TRANSFERRED)
    expected = ["closure.transfer-target-missing"]
    assert expected == codes(ready_case, record)


def _transfer(record: ClosureRecord, consent_id: str | None) -> ClosureRecord:
    return attrs.evolve(
        record,
        reason=ClosureReason.TRANSFERRED,
        transfer_to="svc-next",
        transfer_consent_id=consent_id,
        notices_sent_to=("sp-1", "svc-next"),
    )


def test_transfer_with_written_consent_is_allowed(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: written permission to transfer case information to that provider."""
    expected: list[object] = []
    assert expected == codes(ready_case, _transfer(good_record, "consent-transfer"))


@pytest.mark.parametrize(
    ("consent_id", "change"),
    [
        (None, {}),
        ("consent-nope", {}),
        ("consent-transfer", {"form": ConsentForm.VERBAL}),
        ("consent-transfer", {"parties": ("svc-other",)}),
        ("consent-transfer", {"withdrawn_on": D(2024, 5, 25)}),
        ("consent-intake", {}),
    ],
    ids=["none-cited", "unknown", "verbal", "other-party", "withdrawn", "not-for-transfer"],
)
def test_transfer_without_written_consent_is_blocked(
    ready_case: Case, good_record: ClosureRecord, consent_id: str | None, change: dict[str, Any]
) -> None:
    """Seed 003: no transfer of information without the client's written permission."""
    consents = (ready_case.consents[0], attrs.evolve(ready_case.consents[1], **change))
    case = attrs.evolve(ready_case, consents=consents)
    expected = ["closure.transfer-no-written-consent"]
    assert expected == codes(case, _transfer(good_record, consent_id))


def test_exit_plan_is_required(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seeds 001/003: exit planning helps the client keep their progress."""
    expected = ["closure.no-exit-plan"]
    assert expected == codes(ready_case, attrs.evolve(good_record, exit_plan=None))


def test_exit_plan_says_how_to_come_back(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seeds 000/003: inform clients how their files can be re-opened."""
    record = attrs.evolve(good_record, exit_plan=ExitPlan(achievements=("housed",)))
    expected = ["closure.no-return-path"]
    assert expected == codes(ready_case, record)


def test_activity_after_the_last_note_blocks(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 000: "when case files are closed, notes should be up-to-date"."""
    late = ContactAttempt(
        on=D(2024, 5, 28), channel=ContactChannel.SMS, result=ContactResult.REACHED
    )
    case = attrs.evolve(ready_case, contact_attempts=(late,))
    verdict = evaluate(case, as_of=AS_OF, record=good_record)
    expected = [("closure.notes-out-of-date", "$.contact_attempts[0]")]
    assert expected == [(f.code, f.path) for f in verdict.findings]


def test_case_with_activity_and_no_notes_blocks(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: a file with reviews but no notes is not up to date."""
    case = attrs.evolve(ready_case, notes=())
    expected = ["closure.notes-out-of-date"]
    assert expected == codes(case, good_record)


def test_outcome_must_be_recorded(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 000: notes clearly indicate the client's outcome(s)."""
    expected = ["closure.outcome-missing"]
    assert expected == codes(ready_case, attrs.evolve(good_record, outcome_summary=" "))


def test_open_high_risk_blocks_closure(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 001: a high risk must be acted on; it cannot be left with nobody."""
    verdict = evaluate(with_high_risk(ready_case), as_of=AS_OF, record=good_record)
    expected = [("closure.high-risk-open", "$.assessment.risks[1]")]
    assert expected == [(f.code, f.path) for f in verdict.findings]


def test_resolved_high_risk_does_not_block(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 001: a risk resolved before closing is no longer open."""
    case = with_high_risk(ready_case, resolved_on=D(2024, 5, 20))
    expected: list[object] = []
    assert expected == codes(case, good_record)


def test_high_risk_handed_over_does_not_block(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: exit planning arranges the support the client still needs."""
    assert good_record.exit_plan is not None
    support = ExitSupport(need="safety planning", provided_by="DV service", risk_id="risk-9")
    record = attrs.evolve(
        good_record, exit_plan=attrs.evolve(good_record.exit_plan, supports_after_exit=(support,))
    )
    expected: list[object] = []
    assert expected == codes(with_high_risk(ready_case), record)


def test_every_blocker_says_how_to_fix_it(ready_case: Case) -> None:
    """Each blocker says what is missing (message) and how to fix it (hint)."""
    case = with_high_risk(with_open_referral(attrs.evolve(ready_case, notes=())))
    verdict = evaluate(case, as_of=AS_OF)
    assert all(f.message and f.hint for f in verdict.blockers)


def test_findings_never_name_the_client(ready_case: Case) -> None:
    """Messages and paths never carry the client's name."""
    case = with_high_risk(with_open_referral(attrs.evolve(ready_case, notes=())))
    text = " ".join(f"{f.message} {f.path} {f.hint}" for f in evaluate(case, as_of=AS_OF).findings)
    assert "Zoe" not in text


def test_extra_stakeholder_roles_come_from_the_case(ready_case: Case) -> None:
    """Carers and external services are stakeholders; supervisors are not."""
    case = attrs.evolve(
        ready_case,
        parties=(*ready_case.parties, Party(id="carer-1", role=PartyRole.CARER_GUARDIAN)),
    )
    verdict = evaluate(case, as_of=AS_OF)
    paths = [f.path for f in verdict.findings if f.code == "closure.stakeholder-not-notified"]
    expected = ["$.parties[2]", "$.parties[3]"]
    assert expected == paths
