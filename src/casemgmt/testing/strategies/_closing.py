"""Closing a drawn case: a tidy closure the default policy accepts, and the
everyday slips (no notice, an open goal, a stale file...) that block one.

``cases()`` closes cases tidily, as ``casemgmt.closure.close`` would have;
``closure_proposals()`` hands an open case and a proposed record to an
agency's policy test, about half of them with slips, so both sides of every
rule are reached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from casemgmt.assessment import RiskLevel
from casemgmt.case import Case, Stage, StageChange
from casemgmt.closure import (
    STAKEHOLDER_ROLES,
    ClosureReason,
    ClosureRecord,
    ExitPlan,
    ExitSupport,
    employment_start,
)
from casemgmt.core._consent import Consent, ConsentPurpose
from casemgmt.monitoring import CaseNote, NoteKind
from casemgmt.planning._records import GoalStatus
from casemgmt.referrals import Referral, ReferralStatus
from casemgmt.testing.strategies._common import MANAGER, day_after
from casemgmt.testing.strategies._story import Story

__all__ = ["DEFECTS", "close_case", "tidy_closure"]

_R = ClosureReason
_NEXT_PROVIDER = "svc-next"
_NO_NOTICE_NEEDED = (_R.CLIENT_CHOSE_TO_END, _R.DECEASED)
_NEED_NOTICE = (
    _R.NO_LONGER_ELIGIBLE,
    _R.MOVED_OUT_OF_CATCHMENT,
    _R.SERVICE_OR_FUNDING_CHANGE,
    _R.NON_COMPLIANCE,
    _R.OTHER,
)


def _reason(draw: st.DrawFn, story: Story, *, transfers: bool) -> ClosureReason:
    """A reason that fits the story: a silent client disengaged, a plan's goals achieved."""
    case = story.case
    if story.disengaging and draw(st.integers(0, 3)) < 3:
        return _R.DISENGAGED
    # hypothesis draws the first reason most often: one that needs notice and, with
    # goals, the one agencies' rules judge most (seed 000); reasons waiving notice last
    worked = case.stage in (Stage.IMPLEMENTATION, Stage.MONITORING)
    first = [_R.GOALS_ACHIEVED] if worked and case.plan is not None and case.plan.goals else []
    if first and draw(st.integers(0, 2)) < 2:
        return _R.GOALS_ACHIEVED
    pool = [*first, *_NEED_NOTICE, *_NO_NOTICE_NEEDED]
    if transfers:
        pool.insert(len(first) + 1, _R.TRANSFERRED)
    return draw(st.sampled_from(pool))


def _resolve(draw: st.DrawFn, ref: Referral, by: dt.date) -> Referral:
    """An open referral brought to an end (completed, lapsed or cancelled) by ``by``."""
    status = ref.status
    end = (
        ReferralStatus.COMPLETED
        if status is ReferralStatus.ATTENDED
        else ReferralStatus.LAPSED
        if status.has_shared
        else ReferralStatus.CANCELLED
    )
    since = ref.history[-1].on if ref.history else ref.made_on
    on = day_after(draw, since, 0, max(0, (by - since).days)) if since <= by else since
    return ref.move_to(end, on=on, by=MANAGER, reason="closing the file")


def _stakeholders(case: Case, transfer_to: str | None) -> tuple[str, ...]:
    """Everyone the default policy asks to hear of the closure (seed 003)."""
    found = [p.id for p in case.parties if p.role in STAKEHOLDER_ROLES]
    found += [r.to.id for r in case.referrals if r.status.is_open and r.status.has_shared]
    if transfer_to is not None:
        found.append(transfer_to)
    return tuple(dict.fromkeys(found))


def _tidy_case(
    draw: st.DrawFn,
    case: Case,
    reason: ClosureReason,
    closing: dt.date,
    last: dt.date,
    *,
    handover: bool,
) -> tuple[Case, list[ExitSupport]]:
    """The file brought up to date for closing; the supports that carry on after exit
    (only with ``handover``: an exit plan to hold them)."""
    supports: list[ExitSupport] = []
    referrals = []
    for ref in case.referrals:
        if handover and ref.status.is_open and draw(st.booleans()):
            supports.append(
                ExitSupport(need="carry on", provided_by=ref.to.organisation, referral_id=ref.id)
            )
            referrals.append(ref)
        else:
            referrals.append(_resolve(draw, ref, last) if ref.status.is_open else ref)
    risks = []
    for risk in case.assessment.risks:
        if risk.level is not RiskLevel.HIGH or not risk.is_open(closing):
            risks.append(risk)
        elif handover and draw(st.booleans()):
            supports.append(ExitSupport(need="safety", provided_by="GP", risk_id=risk.id))
            risks.append(risk)
        else:
            span = (last - risk.identified_on).days
            risks.append(
                attrs.evolve(risk, resolved_on=day_after(draw, risk.identified_on, 0, span))
            )
    case = attrs.evolve(
        case,
        referrals=tuple(referrals),
        assessment=attrs.evolve(case.assessment, risks=tuple(risks)),
        notes=(
            *case.notes,
            CaseNote(
                written_on=closing,
                author=MANAGER,
                kind=NoteKind.FACT,
                text="Closing summary written with the client.",
            ),
        ),
    )
    if reason is _R.GOALS_ACHIEVED and case.plan is not None:
        goals = tuple(
            attrs.evolve(
                g,
                status=GoalStatus.COMPLETED,
                achieved_on=g.achieved_on
                or day_after(draw, case.plan.created_on, 0, (last - case.plan.created_on).days),
            )
            if g.status.is_open
            else g
            for g in case.plan.goals
        )
        case = attrs.evolve(case, plan=attrs.evolve(case.plan, goals=goals))
    if reason is _R.TRANSFERRED:
        consent = Consent(
            id="consent-transfer",
            purposes=(ConsentPurpose.TRANSFER,),
            parties=(_NEXT_PROVIDER,),
            granted_on=day_after(draw, case.opened_on, 0, (closing - case.opened_on).days),
        )
        case = attrs.evolve(case, consents=(*case.consents, consent))
    return case, supports


def tidy_closure(
    draw: st.DrawFn, story: Story, *, transfers: bool = True
) -> tuple[Case, ClosureRecord]:
    """The open case tidied for closing, and a complete record the default policy accepts."""
    reason = _reason(draw, story, transfers=transfers)
    # notice (14 to 42 days) is never given before the case opened
    earliest = story.case.opened_on + dt.timedelta(days=42)
    closing = max(earliest, day_after(draw, story.last, 0, draw(st.sampled_from([14, 90]))))
    job = employment_start(story.case)
    if reason is _R.GOALS_ACHIEVED and job is not None and draw(st.integers(0, 2)) < 2:
        # close around the first anniversary of the job: both sides of agencies'
        # "12 months of sustained employment" rule (seed 000, ACMA)
        around = job + relativedelta(months=12) + dt.timedelta(days=draw(st.integers(-60, 60)))
        closing = max(closing, around)
    with_plan = not (reason is _R.DECEASED and draw(st.booleans()))
    case, supports = _tidy_case(draw, story.case, reason, closing, story.last, handover=with_plan)
    waived = reason in _NO_NOTICE_NEEDED or (reason is _R.DISENGAGED and story.disengaging)
    notice = (
        None
        if waived and draw(st.booleans())
        else closing - dt.timedelta(days=draw(st.integers(14, 42)))
    )
    transfer_to = _NEXT_PROVIDER if reason is _R.TRANSFERRED else None
    told = _stakeholders(case, transfer_to)
    unreachable = reason in (_R.DISENGAGED, _R.DECEASED)
    supervisor = case.party("sup-1")
    record = ClosureRecord(
        reason=reason,
        closed_on=closing,
        reason_text="the program's funding ended" if reason is _R.OTHER else "",
        outcome_summary=draw(
            st.sampled_from(
                ["Housed and working.", "Goals met; client settled.", "Linked with local services."]
            )
        ),
        next_steps=("see the GP in a month",),
        agreed_by_client=not unreachable,
        agreed_by=told,
        no_agreement_reason="the client could not be contacted" if unreachable else "",
        notice_given_on=notice,
        notices_sent_to=told,
        exit_plan=None
        if not with_plan
        else ExitPlan(
            achievements=("kept the tenancy",),
            supports_after_exit=tuple(supports),
            how_to_return="Call the intake line or drop in any weekday.",
            follow_up_on=day_after(draw, closing, 14, 60),
            follow_up_method="phone call",
        ),
        transfer_to=transfer_to,
        transfer_consent_id="consent-transfer" if transfer_to else None,
        approved_by=supervisor.id if supervisor is not None else None,
        by=MANAGER,
    )
    return case, record


def close_case(case: Case, record: ClosureRecord) -> Case:
    """The case closed with ``record``, the move appended to its stage history."""
    change = StageChange(
        from_stage=case.stage,
        to_stage=Stage.CLOSED,
        on=record.closed_on,
        by=record.by,
        reason=f"closed: {record.reason.value}",
    )
    return attrs.evolve(
        case, stage=Stage.CLOSED, stage_history=(*case.stage_history, change), closure=record
    )


# --- the slips that block a closure ------------------------------------------------------

Defect = Callable[[st.DrawFn, Case, ClosureRecord], tuple[Case, ClosureRecord]]


def _no_notice(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    return case, attrs.evolve(record, notice_given_on=None)


def _short_notice(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    given = record.closed_on - dt.timedelta(days=draw(st.integers(0, 13)))
    return case, attrs.evolve(record, notice_given_on=given)


def _no_agreement(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    return case, attrs.evolve(record, agreed_by_client=False, no_agreement_reason=" ")


def _no_exit_plan(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    if record.exit_plan is not None and draw(st.booleans()):
        return case, attrs.evolve(
            record, exit_plan=attrs.evolve(record.exit_plan, how_to_return="  ")
        )
    return case, attrs.evolve(record, exit_plan=None)


def _no_outcome(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    return case, attrs.evolve(record, outcome_summary=draw(st.sampled_from(["", "   "])))


def _stale_notes(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    return attrs.evolve(case, notes=case.notes[:-1]), record


def _goal_left_open(
    draw: st.DrawFn, case: Case, record: ClosureRecord
) -> tuple[Case, ClosureRecord]:
    plan = case.plan
    if plan is None or not plan.goals:
        return case, record
    i = draw(st.integers(0, len(plan.goals) - 1))
    goals = list(plan.goals)
    goals[i] = attrs.evolve(goals[i], status=GoalStatus.ACTIVE, achieved_on=None)
    return attrs.evolve(case, plan=attrs.evolve(plan, goals=tuple(goals))), record


def _not_notified(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    return case, attrs.evolve(record, notices_sent_to=record.notices_sent_to[:-1])


def _dated_too_early(
    draw: st.DrawFn, case: Case, record: ClosureRecord
) -> tuple[Case, ClosureRecord]:
    last = case.stage_history[-1].on if case.stage_history else case.opened_on
    closing = last - dt.timedelta(days=draw(st.integers(1, 30)))
    notice = None if record.notice_given_on is None else min(record.notice_given_on, closing)
    return case, attrs.evolve(record, closed_on=closing, notice_given_on=notice)


def _no_handover(draw: st.DrawFn, case: Case, record: ClosureRecord) -> tuple[Case, ClosureRecord]:
    if record.exit_plan is None:
        return case, record
    return case, attrs.evolve(
        record, exit_plan=attrs.evolve(record.exit_plan, supports_after_exit=())
    )


def _no_transfer_consent(
    draw: st.DrawFn, case: Case, record: ClosureRecord
) -> tuple[Case, ClosureRecord]:
    kept = tuple(c for c in case.consents if c.id != "consent-transfer")
    return attrs.evolve(case, consents=kept), record


DEFECTS: tuple[Defect, ...] = (
    _no_notice,
    _short_notice,
    _no_agreement,
    _no_exit_plan,
    _no_outcome,
    _stale_notes,
    _goal_left_open,
    _not_notified,
    _dated_too_early,
    _no_handover,
    _no_transfer_consent,
)
"""Slips seen in real files; some only bite on some cases (no goals, no stakeholders)."""
