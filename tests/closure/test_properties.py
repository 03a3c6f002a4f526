"""Hypothesis properties of closure policies, close and reopen (ISSUE 7 "done when")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import (
    Case,
    ClosureBlockedError,
    Consent,
    ConsentPurpose,
    Finding,
    Severity,
    dumps,
    loads,
)
from casemgmt.assessment import RiskLevel
from casemgmt.case import Stage
from casemgmt.closure import (
    DEFAULT_POLICY,
    STAKEHOLDER_ROLES,
    ClosureContext,
    ClosurePolicy,
    ClosureReason,
    ClosureRecord,
    ClosureRule,
    ExitPlan,
    ExitSupport,
    close,
    evaluate,
    follow_up_after_exit,
    min_time_since_goal_achieved,
    reopen,
    supervisor_approval,
    sustained_employment,
)
from casemgmt.monitoring import CaseNote, NoteKind
from casemgmt.planning import GoalStatus
from casemgmt.testing.strategies import cases

OPTIONAL: list[tuple[str, ClosureRule]] = [
    ("sustained-employment", sustained_employment(12)),
    ("time-since-goal", min_time_since_goal_achieved(30)),
    ("supervisor-approval", supervisor_approval()),
    ("follow-up", follow_up_after_exit(60)),
]


def last_step(case: Case) -> dt.date:
    return case.stage_history[-1].on if case.stage_history else case.opened_on


def open_stakeholders(case: Case) -> tuple[str, ...]:
    """Stakeholder parties and services with an open referral: who must hear of a closure."""
    parties = tuple(p.id for p in case.parties if p.role in STAKEHOLDER_ROLES)
    return parties + tuple(
        r.to.id for r in case.referrals if r.status.is_open and r.status.has_shared
    )


@st.composite
def proposals(draw: st.DrawFn, *, complete: bool = False) -> tuple[Case, ClosureRecord]:
    """An open case and a proposed closure; ``complete`` tidies both so nothing blocks."""
    case = draw(cases(closed=False))

    def ok() -> bool:
        return complete or draw(st.integers(0, 7)) > 0

    closed_on = last_step(case) + dt.timedelta(days=draw(st.integers(0, 60)))
    if not ok():
        closed_on = case.opened_on - dt.timedelta(days=1)
    reason = draw(st.sampled_from(ClosureReason))
    transfer = reason is ClosureReason.TRANSFERRED
    if ok():
        note = CaseNote(written_on=closed_on, author="cm-1", kind=NoteKind.FACT, text="closing")
        case = attrs.evolve(case, notes=(*case.notes, note))
    if transfer and ok():
        consent = Consent(
            id="consent-transfer",
            purposes=(ConsentPurpose.TRANSFER,),
            parties=("svc-next",),
            granted_on=case.opened_on,
        )
        case = attrs.evolve(case, consents=(*case.consents, consent))
    if reason is ClosureReason.GOALS_ACHIEVED and case.plan is not None and ok():
        goals = tuple(
            attrs.evolve(g, status=GoalStatus.COMPLETED) if g.status.is_open else g
            for g in case.plan.goals
        )
        case = attrs.evolve(case, plan=attrs.evolve(case.plan, goals=goals))
    supports: list[ExitSupport] = []
    if ok():
        supports += [
            ExitSupport(need="follow up", provided_by=r.to.organisation, referral_id=r.id)
            for r in case.referrals
            if r.status.is_open
        ]
    if ok():
        supports += [
            ExitSupport(need="safety", provided_by="crisis team", risk_id=r.id)
            for r in case.assessment.risks
            if r.level is RiskLevel.HIGH
        ]
    notice_days = draw(st.integers(0, 30)) if not complete else 14
    notice = closed_on - dt.timedelta(days=notice_days)
    return case, ClosureRecord(
        reason=reason,
        closed_on=closed_on,
        reason_text="program ended" if reason is ClosureReason.OTHER else "",
        by="cm-1" if ok() else "",
        outcome_summary="housed" if ok() else "",
        agreed_by_client=ok(),
        notice_given_on=notice if ok() and notice_days else None,
        notices_sent_to=(*open_stakeholders(case), "svc-next") if ok() else (),
        exit_plan=ExitPlan(
            supports_after_exit=tuple(supports), how_to_return="call us" if ok() else ""
        )
        if ok()
        else None,
        transfer_to="svc-next" if transfer and ok() else None,
        transfer_consent_id="consent-transfer" if transfer else None,
    )


@st.composite
def extra_rules(draw: st.DrawFn) -> ClosureRule:
    """An optional rule, or an arbitrary agency rule with drawn findings."""
    if draw(st.booleans()):
        return draw(st.sampled_from(OPTIONAL))[1]
    severities = draw(st.lists(st.sampled_from(Severity), max_size=3))

    def agency_rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        for s in severities:
            yield Finding("agency.rule", s, "an agency's own requirement")

    return agency_rule


def _without(names: frozenset[str]) -> ClosurePolicy:
    policy = DEFAULT_POLICY
    for name in sorted(names):
        policy = policy.remove(name)
    return policy


def sub_policies() -> st.SearchStrategy[ClosurePolicy]:
    """The default policy with some of its rules removed."""
    return st.frozensets(st.sampled_from(DEFAULT_POLICY.rule_names)).map(_without)


@given(st.data(), proposals(), extra_rules())
def test_adding_a_rule_never_makes_an_ineligible_case_eligible(
    data: st.DataObject, proposal: tuple[Case, ClosureRecord], extra: ClosureRule
) -> None:
    """Adding a rule only adds findings: blockers stay blockers."""
    case, record = proposal
    base = data.draw(sub_policies())
    given_record = data.draw(st.sampled_from([record, None]))
    where = data.draw(st.sampled_from([None, *base.rule_names]))
    before = evaluate(case, as_of=record.closed_on, policy=base, record=given_record)
    after = evaluate(
        case,
        as_of=record.closed_on,
        policy=base.add("agency-extra", extra, before=where),
        record=given_record,
    )
    assert (before.eligible or not after.eligible, True) == (
        True,
        all(f in after.findings for f in before.findings),
    )


@given(st.data(), proposals())
def test_removing_every_rule_makes_every_case_eligible(
    data: st.DataObject, proposal: tuple[Case, ClosureRecord]
) -> None:
    """ACCEPTANCE: all findings come from the policy's rules."""
    case, record = proposal
    policy = DEFAULT_POLICY
    for name, rule in OPTIONAL:
        policy = policy.add(name, rule)
    for name in policy.rule_names:
        policy = policy.remove(name)
    given_record = data.draw(st.sampled_from([record, None]))
    verdict = evaluate(case, as_of=record.closed_on, policy=policy, record=given_record)
    expected: tuple[bool, list[Finding]] = (True, [])
    assert expected == (verdict.eligible, verdict.findings)


@given(cases(closed=True), st.booleans())
def test_a_closed_case_is_never_eligible_under_the_default_policy(
    case: Case, with_record: bool
) -> None:
    """ACCEPTANCE: a case that is already closed is a rule's finding too."""
    record = case.closure if with_record else None
    assert case.closure is not None
    verdict = evaluate(case, as_of=case.closure.closed_on, record=record)
    expected = (False, True)
    assert expected == (
        verdict.eligible,
        "closure.already-closed" in [f.code for f in verdict.blockers],
    )


@given(st.data(), proposals())
def test_close_succeeds_exactly_when_evaluate_says_eligible(
    data: st.DataObject, proposal: tuple[Case, ClosureRecord]
) -> None:
    """close() and evaluate() never disagree, under the default policy or an agency's."""
    case, record = proposal
    policy = data.draw(st.sampled_from([DEFAULT_POLICY, DEFAULT_POLICY.add(*OPTIONAL[1])]))
    verdict = evaluate(case, as_of=record.closed_on, policy=policy, record=record)
    outcome: tuple[bool, object]
    try:
        closed = close(case, record, as_of=record.closed_on, policy=policy)
    except ClosureBlockedError as error:
        outcome = (False, error.blockers)
    else:
        outcome = (True, (closed.stage, closed.closure))
    expected = (
        verdict.eligible,
        (Stage.CLOSED, record) if verdict.eligible else verdict.blockers,
    )
    assert expected == outcome


@given(proposals(complete=True))
def test_a_tidy_case_with_a_complete_record_can_close(proposal: tuple[Case, ClosureRecord]) -> None:
    """Every default rule can be met: tidying the file and completing the record suffices."""
    case, record = proposal
    verdict = evaluate(case, as_of=record.closed_on, record=record)
    expected: list[Finding] = []
    assert expected == verdict.blockers


@given(cases(closed=True), st.integers(0, 400))
def test_reopening_keeps_every_earlier_entry(case: Case, days_later: int) -> None:
    """History is never rewritten: every earlier entry survives a re-opening."""
    assert case.closure is not None
    on = case.closure.closed_on + dt.timedelta(days=days_later)
    back = reopen(case, on=on, by="cm-1", reason="needs help again").case
    kept = {
        f.name: getattr(back, f.name)[: len(getattr(case, f.name))]
        for f in attrs.fields(Case)
        if isinstance(getattr(case, f.name), tuple)
    }
    expected = {
        f.name: getattr(case, f.name)
        for f in attrs.fields(Case)
        if isinstance(getattr(case, f.name), tuple)
    }
    moved = back.plan_history[len(case.plan_history) :]
    assert (expected, case.closure, case.assessment, case.plan) == (
        kept,
        back.episodes[-1].closure,
        back.assessment,
        moved[0] if moved else None,
    )
    assert back.plan is None  # the closed episode's plan is history, not the new plan


@given(proposals(complete=True))
def test_closed_case_round_trips_through_json(proposal: tuple[Case, ClosureRecord]) -> None:
    """A closed case, hand-overs included, survives JSON unchanged."""
    case, record = proposal
    closed = close(case, record, as_of=record.closed_on)
    assert closed == loads(dumps(closed), Case)
