"""``casemgmt demo``: the Carla case of seed 002, from intake to closure.

Every date comes from the seed's story (the plan is dated 4 September 2024),
so the demo prints the same text every time and never reads the clock. Each
step uses the public API the way an application would; the tutorial
(``docs/tutorial/carla.md``) walks through the same code.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from typing import TextIO

import attrs

from casemgmt.case import Case
from casemgmt.checks import validate
from casemgmt.closure import (
    STAKEHOLDER_ROLES,
    ClosureReason,
    ClosureRecord,
    ExitPlan,
    ExitSupport,
    close,
    evaluate,
)
from casemgmt.core import Finding, Severity, summarize
from casemgmt.examples.carla import CASE_MANAGER, PLAN_DATE, REVIEW_DATE, carla_case
from casemgmt.monitoring import (
    Achievement,
    CaseNote,
    GoalProgress,
    NoteKind,
    Review,
    gas_t_score,
    revise_plan,
)
from casemgmt.planning import Action, CasePlan, GoalStatus, Responsible, render_plan_table
from casemgmt.referrals import ReceivingService, Referral, ReferralStatus, referral_packet

__all__ = ["CLOSED_ON", "NOTICE_ON", "SECOND_REVIEW", "run_demo"]

SECOND_REVIEW = dt.date(2024, 12, 4)
"""The review after the revision, two months on: every goal met."""

NOTICE_ON = SECOND_REVIEW
"""Closure is agreed at the second review and notice given the same day."""

CLOSED_ON = dt.date(2024, 12, 18)
"""Fourteen days after notice: the default policy's notice period."""

_WIDTH = 100


class _Printer:
    """Numbered steps and indented lines, so the story reads top to bottom."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.step = 0

    def heading(self, title: str, on: dt.date) -> None:
        self.step += 1
        self.out.write(f"\n{self.step}. {title} ({on.isoformat()})\n")
        self.out.write("-" * (len(title) + len(str(self.step)) + 15) + "\n")

    def line(self, text: str = "", indent: int = 3) -> None:
        """Wrapped to the demo's width, continuation lines indented two more."""
        if not text:
            self.out.write("\n")
            return
        for row in textwrap.wrap(
            text,
            _WIDTH,
            initial_indent=" " * indent,
            subsequent_indent=" " * (indent + 2),
            break_on_hyphens=False,
        ):
            self.out.write(row + "\n")

    def block(self, text: str) -> None:
        """Pre-formatted text (the plan table), indented, never wrapped."""
        for row in text.splitlines():
            self.out.write(("   " + row).rstrip() + "\n")

    def findings(self, findings: Sequence[Finding], none: str = "no findings") -> None:
        if not findings:
            self.line(none)
        for f in findings:
            at = f" at {f.path}" if f.path else ""
            self.line(f"{f.severity.value.upper():7} {f.code}{at}")
            self.line(f.message, indent=11)
            if f.hint:
                self.line(f"hint: {f.hint}", indent=11)


def _plan_of(case: Case) -> CasePlan:
    if case.plan is None:  # pragma: no cover - carla_case() always has a plan
        msg = f"case {case.id} has no plan"
        raise ValueError(msg)
    return case.plan


def _note(on: dt.date, text: str, kind: NoteKind = NoteKind.FACT) -> CaseNote:
    return CaseNote(written_on=on, author=CASE_MANAGER, kind=kind, text=text)


def _with_note(case: Case, on: dt.date, text: str) -> Case:
    return attrs.evolve(case, notes=(*case.notes, _note(on, text)))


def _intake(p: _Printer, case: Case) -> None:
    p.heading("Intake", case.opened_on)
    p.line(
        "Carla, a mother of two sons aged 7 and 5, asks a family agency for help: her"
        " husband has been remanded to a rehabilitation program, she has no income, and"
        " the boys have nightmares and trouble at school (QCOSS guide)."
    )
    ref = case.referral_in
    if ref is not None:
        p.line(f"Referral in: {ref.source}, screening {ref.decision.value} on {ref.decided_on}.")
    for consent in case.consents:
        purposes = ", ".join(x.value for x in consent.purposes)
        p.line(f"Consent {consent.id} ({consent.form.value}, {consent.granted_on}): {purposes}")
        p.line(f"  with: {', '.join(consent.parties)}")
    p.line(f"{case!r} -- the client appears by identifier only: {case.client.id}")


def _assessment(p: _Printer, case: Case) -> None:
    p.heading("Assessment: numbered needs, strengths, risk", case.assessment.sessions[-1].held_on)
    p.line("Needs, numbered so the plan can cite them (ISED: numbers correspond):")
    for need in case.assessment.needs:
        p.line(f"{need.number}. [{need.domain.value}, {need.priority.value}] {need.description}", 5)
    p.line("Strengths to build on:")
    for strength in case.assessment.strengths:
        p.line(f"- [{strength.kind.value}] {strength.description}", 5)
    for risk in case.assessment.risks:
        p.line(f"Risk {risk.id}: {risk.kind.value}, {risk.level.value}")


def _plan(p: _Printer, case: Case) -> None:
    plan = _plan_of(case)
    p.heading("The case plan, as the seed's table", plan.created_on)
    p.block(render_plan_table(plan, case.assessment, width=_WIDTH - 3))
    findings = validate(case, as_of=PLAN_DATE)
    counts = summarize(findings)
    p.line()
    p.line(
        f"validate(case, as_of={PLAN_DATE.isoformat()}): {counts[Severity.ERROR]} errors,"
        f" {counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} notes"
    )
    p.findings(findings)


def _referrals(p: _Printer, case: Case) -> Case:
    sent_on = PLAN_DATE + dt.timedelta(days=1)
    p.heading("Referrals out, with consent", sent_on)
    therapist = Referral(
        id="ref-1",
        to=ReceivingService(
            id="child-therapist", organisation="Child therapist", service="Child counselling"
        ),
        made_on=sent_on,
        need_numbers=(1, 3),
        goal_id="g-1",
        capacity_checked=True,
        location_checked=True,
        information_shared=("identity", "contact", "children"),
        follow_up_on=dt.date(2024, 9, 18),
    )
    employment = Referral(
        id="ref-2",
        to=ReceivingService(
            id="employment-office", organisation="Local employment office", service="Job club"
        ),
        made_on=sent_on,
        need_numbers=(7,),
        goal_id="g-7",
        capacity_checked=True,
        location_checked=True,
        information_shared=("identity", "contact", "employment"),
        follow_up_on=dt.date(2024, 10, 4),
    )
    case = attrs.evolve(case, referrals=(therapist, employment))
    for referral in case.referrals:
        packet = referral_packet(case, referral, as_of=sent_on)
        p.line(f"{referral.id} to {referral.to.organisation} for needs {referral.need_numbers}:")
        p.line(f"may share {', '.join(packet.categories)} under {', '.join(packet.consent_ids)}", 5)
        if packet.withheld:
            p.line(f"withheld (no consent): {', '.join(packet.withheld)}", 5)
    sent = tuple(
        r.move_to(ReferralStatus.SENT, on=sent_on, by=CASE_MANAGER) for r in case.referrals
    )
    case = attrs.evolve(case, referrals=sent)
    case = _with_note(
        case, sent_on, "Referrals sent to the child therapist and the employment office."
    )
    for referral in case.referrals:
        p.line(f"{referral.id}: {referral.status.value}, follow up by {referral.follow_up_on}")
    return case


def _moved(
    referral: Referral,
    *steps: tuple[ReferralStatus, dt.date],
    confirmed_on: dt.date | None = None,
) -> Referral:
    """``referral`` moved through ``steps`` by the case manager, who may confirm the service."""
    for status, on in steps:
        referral = referral.move_to(status, on=on, by=CASE_MANAGER)
    if confirmed_on is None:
        return referral
    return attrs.evolve(referral, service_confirmed_on=confirmed_on, confirmed_by=CASE_MANAGER)


def _review(p: _Printer, case: Case) -> Case:
    p.heading("Review, Goal Attainment Scaling and a plan revision", REVIEW_DATE)
    therapist, employment = case.referrals
    therapist = _moved(
        therapist,
        (ReferralStatus.ACCEPTED, dt.date(2024, 9, 6)),
        (ReferralStatus.APPOINTMENT_BOOKED, dt.date(2024, 9, 6)),
        (ReferralStatus.ATTENDED, dt.date(2024, 9, 10)),
        confirmed_on=dt.date(2024, 9, 10),
    )
    employment = _moved(employment, (ReferralStatus.ACCEPTED, dt.date(2024, 9, 12)))
    case = attrs.evolve(case, referrals=(therapist, employment))
    # (GAS level, achievement): +1 better than expected, 0 as expected, -1 less than expected
    scored = {
        "g-1": (1, Achievement.ACHIEVED),
        "g-2": (0, Achievement.ACHIEVED),
        "g-3": (1, Achievement.ACHIEVED),
        "g-4": (0, Achievement.ACHIEVED),
        "g-5": (0, Achievement.ACHIEVED),
        "g-6": (0, Achievement.IMPROVING),
        "g-7": (-1, Achievement.NO_PROGRESS),
    }
    review = Review(
        held_on=REVIEW_DATE,
        participants=(CASE_MANAGER, case.client.id),
        progress=tuple(
            GoalProgress(goal_id=gid, achievement=achievement, gas_level=level)
            for gid, (level, achievement) in scored.items()
        ),
        client_satisfied=True,
        next_review_on=SECOND_REVIEW,
    )
    case = attrs.evolve(case, reviews=(*case.reviews, review))
    p.line("Goal progress (GAS level -2..+2, 0 = the expected outcome):")
    for progress in review.progress:
        p.line(
            f"{progress.goal_id}: {progress.achievement.value:12} level {progress.gas_level:+d}", 5
        )
    score = gas_t_score([level for level, _ in scored.values()])
    p.line(f"GAS T-score: {score:.1f} (50 = every goal met as expected)")
    plan = _plan_of(case)
    done = {gid for gid, (_, achievement) in scored.items() if achievement is Achievement.ACHIEVED}
    goals = tuple(
        attrs.evolve(g, status=GoalStatus.COMPLETED, achieved_on=REVIEW_DATE) if g.id in done else g
        for g in plan.goals
    )
    job_club = Action.planned(
        id="a-8",
        goal_id="g-7",
        what="Client will attend the job club every Tuesday",
        responsible=Responsible.CLIENT,
        timeframe="2 months",
        plan_date=REVIEW_DATE,
    )
    new_plan = attrs.evolve(
        plan, goals=goals, actions=(*plan.actions, job_club), review_date=SECOND_REVIEW
    )
    case = revise_plan(
        case,
        new_plan,
        on=REVIEW_DATE,
        reason="No progress on part-time work; Carla asked to join the weekly job club",
        agreed_by_client=True,
        by=CASE_MANAGER,
    )
    case = _with_note(case, REVIEW_DATE, "Review held; plan revised to add the job club.")
    revision = case.revisions[-1]
    p.line(
        f"Plan revised v{revision.from_version} -> v{revision.to_version}: {revision.reason};"
        f" next review {revision.new_review_date}"
    )
    return case


def _closure(p: _Printer, case: Case) -> Case:
    p.heading("Closure: evaluate, then close", SECOND_REVIEW)
    plan = _plan_of(case)
    therapist, employment = case.referrals
    employment = _moved(
        employment,
        (ReferralStatus.APPOINTMENT_BOOKED, dt.date(2024, 10, 7)),
        (ReferralStatus.ATTENDED, dt.date(2024, 10, 8)),
        (ReferralStatus.COMPLETED, dt.date(2024, 11, 25)),
        confirmed_on=dt.date(2024, 10, 8),
    )
    therapist = _moved(therapist, (ReferralStatus.COMPLETED, dt.date(2024, 11, 29)))
    goals = tuple(
        attrs.evolve(g, status=GoalStatus.COMPLETED, achieved_on=g.achieved_on or SECOND_REVIEW)
        for g in plan.goals
    )
    review = Review(
        held_on=SECOND_REVIEW,
        participants=(CASE_MANAGER, case.client.id),
        progress=tuple(
            GoalProgress(goal_id=g.id, achievement=Achievement.ACHIEVED, gas_level=0)
            for g in plan.goals
        ),
        client_satisfied=True,
    )
    case = attrs.evolve(case, referrals=(therapist, employment), reviews=(*case.reviews, review))
    case = revise_plan(
        case,
        attrs.evolve(plan, goals=goals, review_date=CLOSED_ON),
        on=SECOND_REVIEW,
        reason="Every goal met: Carla started part-time work on 25 November",
        agreed_by_client=True,
        by=CASE_MANAGER,
    )
    case = _with_note(case, SECOND_REVIEW, "Every goal met; closure agreed with Carla.")
    p.line("Second review: every goal achieved. Can the case close today?")
    verdict = evaluate(case, as_of=SECOND_REVIEW)
    p.line(f"evaluate(case, as_of={SECOND_REVIEW.isoformat()}): eligible={verdict.eligible}")
    p.findings(verdict.blockers)
    stakeholders = tuple(x.id for x in case.parties if x.role in STAKEHOLDER_ROLES)
    record = ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED,
        closed_on=CLOSED_ON,
        outcome_summary="Children in counselling; rent assistance in place; part-time job.",
        next_steps=("Call the agency if the access visits become difficult",),
        agreed_by_client=True,
        agreed_by=stakeholders,
        notice_given_on=NOTICE_ON,
        notices_sent_to=stakeholders,
        exit_plan=ExitPlan(
            achievements=("Both children attend counselling", "Part-time work"),
            supports_after_exit=(
                ExitSupport(need="Children's counselling", provided_by="child-therapist"),
            ),
            how_to_return="Phone the agency's intake line or walk in; no new referral needed",
            follow_up_on=dt.date(2025, 3, 18),
            follow_up_method="phone call",
        ),
        by=CASE_MANAGER,
    )
    case = _with_note(case, CLOSED_ON, "Case closed: goals achieved; exit plan given to Carla.")
    verdict = evaluate(case, as_of=CLOSED_ON, record=record)
    p.line()
    p.line(f"With a closure record, notice given {NOTICE_ON} and closing {CLOSED_ON}:")
    p.line(
        f"evaluate(case, as_of={CLOSED_ON.isoformat()}, record=...): eligible={verdict.eligible}"
    )
    p.findings(verdict.findings, none="no findings: nothing blocks the closure")
    closed = close(case, record, as_of=CLOSED_ON)
    p.line(f"close(...): stage {closed.stage.value}; reason {record.reason.value}")
    return closed


def run_demo(out: TextIO) -> None:
    """Print the Carla case, step by step, from intake to closure."""
    title = "casemgmt demo: the Carla case (QCOSS guide), from intake to closure"
    out.write(f"{title}\n{'=' * len(title)}\n")
    p = _Printer(out)
    case = carla_case()
    _intake(p, case)
    _assessment(p, case)
    _plan(p, case)
    case = _referrals(p, case)
    case = _review(p, case)
    case = _closure(p, case)
    p.heading("The record, as it stays", CLOSED_ON)
    p.line(
        f"{len(case.stage_history)} stage changes, {len(case.plan_history)} earlier plan"
        f" versions, {len(case.revisions)} revisions, {len(case.reviews)} reviews and"
        f" {len(case.notes)} case notes: history is appended, never rewritten."
    )
    final = validate(case, as_of=CLOSED_ON)
    p.line(f"validate(closed case, as_of={CLOSED_ON.isoformat()}): {len(final)} finding(s)")
    p.findings(final)
