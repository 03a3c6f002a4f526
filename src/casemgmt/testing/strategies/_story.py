"""An open case drawn as a story: each step dated after the one before.

Intake, assessment, planning and implementation follow one another; work
(referrals, advocacy, reviews, plan changes, holds, contact) happens after
the plan, and a client who stops answering leaves a run of failed contact
attempts across channels and weeks at the end. Every collection has unique
ids, consents are granted before the sharing they cover, achieved goals say
when, and sent referrals are followed up. The story's ``last`` day is the
latest entry in the file, so a closure or a check date can come after it.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from casemgmt.assessment import NeedDomain
from casemgmt.case import Case, Stage, StageChange
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._parties import Party, PartyRole
from casemgmt.monitoring import (
    Achievement,
    CaseNote,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    GoalProgress,
    NoteKind,
    ReviewTrigger,
    put_on_hold,
    resume,
    revise_plan,
)
from casemgmt.planning._records import (
    Action,
    ActionStatus,
    CasePlan,
    Goal,
    GoalStatus,
    Responsible,
)
from casemgmt.referrals import Advocacy, InboundReferral, ScreeningDecision
from casemgmt.testing.strategies._common import EPOCH, MANAGER, WORDS, _client, day_after
from casemgmt.testing.strategies._planning import assessment, plan
from casemgmt.testing.strategies._records import referral, review

__all__ = ["Story", "open_case"]

_P = ConsentPurpose
_START_STATUSES = st.sampled_from(
    [GoalStatus.ACTIVE, GoalStatus.ACTIVE, GoalStatus.ACCEPTED, GoalStatus.PLANNED]
)
_OPEN_PROGRESS = st.sampled_from(
    [
        Achievement.IN_PROGRESS,
        Achievement.IMPROVING,
        Achievement.NO_CHANGE,
        Achievement.NO_PROGRESS,
        Achievement.WORSENING,
    ]
)
_NOTES = st.sampled_from(
    [
        "Met the client at the office; reviewed the plan together.",
        'Client said "I want to keep my flat".',
        "Phoned the housing service to confirm the appointment time.",
        "Client attended the job club and brought her resume.",
    ]
)
_ADVOCACY_TARGET = "housing-authority"
_FAILED = st.sampled_from([r for r in ContactResult if r is not ContactResult.REACHED])


@attrs.frozen
class Story:
    """An open case as drawn, the latest day anything in it is dated, and whether
    it ends with a client who stopped answering."""

    case: Case
    last: dt.date
    disengaging: bool


def _history(moves: list[tuple[Stage, dt.date]]) -> tuple[StageChange, ...]:
    changes = []
    stage = Stage.INTAKE
    for to, on in moves:
        changes.append(
            StageChange(from_stage=stage, to_stage=to, on=on, by=MANAGER, reason="next step")
        )
        stage = to
    return tuple(changes)


def _domains(draw: st.DrawFn) -> tuple[NeedDomain, ...]:
    """Assessed need domains; about half the clients need work (seed 000, ACMA)."""
    found = draw(st.lists(st.sampled_from(NeedDomain), min_size=1, max_size=5, unique=True))
    if draw(st.booleans()) and NeedDomain.EMPLOYMENT not in found:
        found[draw(st.integers(0, len(found) - 1))] = NeedDomain.EMPLOYMENT
    return tuple(found)


def _job_goal_first(case: Case, drawn: CasePlan) -> CasePlan:
    """The first goal answers the employment need, when there is one (seed 000)."""
    work = [n.number for n in case.assessment.needs if n.domain is NeedDomain.EMPLOYMENT]
    if not work or not drawn.goals or work[0] in drawn.goals[0].need_numbers:
        return drawn
    first = drawn.goals[0]
    job = attrs.evolve(first, need_numbers=(*first.need_numbers, work[0]))
    kept = tuple(d for d in drawn.deferred_needs if d.need_number != work[0])
    return attrs.evolve(drawn, goals=(job, *drawn.goals[1:]), deferred_needs=kept)


def _fate(draw: st.DrawFn, goal: Goal, employment: bool, start: dt.date, end: dt.date) -> Goal:
    """The goal achieved (dated), cancelled, or still worked on."""
    fate = draw(st.integers(0, 9))
    if fate < (7 if employment else 4):
        # a job starts within a month; other goals are met any time
        soon = min(30, (end - start).days) if employment else (end - start).days
        achieved = day_after(draw, start, 0, soon)
        status = GoalStatus.ACTIVE if employment and fate < 3 else GoalStatus.COMPLETED
        return attrs.evolve(goal, status=status, achieved_on=achieved)
    if fate == 9:
        return attrs.evolve(goal, status=GoalStatus.CANCELLED)
    return goal


def _outcomes(draw: st.DrawFn, case: Case, start: dt.date, end: dt.date) -> CasePlan:
    """The current plan with goals achieved (dated) or still worked on.

    A job is recorded as an employment goal achieved on the day it started;
    it often stays active while the job is sustained (seed 000).
    """
    current = case.plan
    assert current is not None
    work = {n.number for n in case.assessment.needs if n.domain is NeedDomain.EMPLOYMENT}
    goals = tuple(
        _fate(draw, g, bool(work.intersection(g.need_numbers)), start, end) for g in current.goals
    )
    actions = tuple(
        attrs.evolve(
            a,
            status=ActionStatus.DONE,
            completed_on=day_after(draw, start, 0, (end - start).days),
        )
        if draw(st.booleans())
        else a
        for a in current.actions
    )
    return attrs.evolve(current, goals=goals, actions=actions)


def _progress(draw: st.DrawFn, goals: tuple[Goal, ...], on: dt.date) -> tuple[GoalProgress, ...]:
    found = []
    for goal in goals:
        achieved = goal.achieved_on is not None and goal.achieved_on <= on
        status = (
            (Achievement.SUSTAINING if goal.status.is_open else Achievement.ACHIEVED)
            if achieved
            else draw(_OPEN_PROGRESS)
        )
        found.append(
            GoalProgress(
                goal_id=goal.id,
                achievement=status,
                client_view=draw(st.none() | st.just(status)),
                gas_level=draw(st.none() | st.integers(-2, 2)),
            )
        )
    return tuple(found)


def _revisions(draw: st.DrawFn, case: Case, start: dt.date, end: dt.date) -> Case:
    """A change of plan, a crisis hold (resumed or not), both or neither, in date order."""
    days = sorted(day_after(draw, start, 0, (end - start).days) for _ in range(2))
    if draw(st.integers(0, 3)) == 0 and case.plan is not None and case.plan.goals:
        old = case.plan
        first = old.goals[0]
        extra = Action.planned(
            id=f"{first.id}-a9",
            goal_id=first.id,
            what="Call the service to book a time",
            responsible=Responsible.CLIENT,
            timeframe="2 weeks",
            plan_date=days[0],
        )
        new_review = day_after(draw, days[0], 30, 120)
        if new_review == old.review_date:
            new_review += dt.timedelta(days=1)
        case = revise_plan(
            case,
            attrs.evolve(old, actions=(*old.actions, extra), review_date=new_review),
            on=days[0],
            reason=draw(st.sampled_from(["no progress on housing", "client asked for a new step"])),
            agreed_by_client=True,
            by=MANAGER,
            trigger=draw(st.sampled_from([ReviewTrigger.NO_PROGRESS, ReviewTrigger.REQUEST])),
        )
    if draw(st.integers(0, 4)) == 0:
        case = put_on_hold(case, on=days[1], reason="crisis: eviction notice", by=MANAGER)
        if draw(st.booleans()):
            back = day_after(draw, days[1], 7, 40)
            case = resume(
                case,
                on=back,
                reason="the crisis has settled; back to the plan",
                agreed_by_client=True,
                by=MANAGER,
                review_date=day_after(draw, back, 30, 90),
            )
    return case


def _contacts(draw: st.DrawFn, start: dt.date, end: dt.date) -> list[ContactAttempt]:
    """Ordinary contact between ``start`` and ``end``: mostly reached, some missed."""
    days = sorted(
        day_after(draw, start, 0, (end - start).days) for _ in range(draw(st.integers(0, 3)))
    )
    return [
        ContactAttempt(
            on=day,
            channel=draw(st.sampled_from([ContactChannel.PHONE, ContactChannel.SMS])),
            result=ContactResult.REACHED if draw(st.integers(0, 3)) else draw(_FAILED),
            by=MANAGER,
        )
        for day in days
    ]


def _silence(draw: st.DrawFn, after: dt.date) -> list[ContactAttempt]:
    """A client who stopped answering: 3-5 failed attempts over 14-28 days, by more
    than one channel or by letter (seed 000: calls, texts, letters with reply cards)."""
    count = draw(st.integers(3, 5))
    first = day_after(draw, after, 1, 5)
    span = draw(st.integers(14, 28))
    middle = st.lists(st.integers(1, span - 1), min_size=count - 2, max_size=count - 2, unique=True)
    offsets = [0, *sorted(draw(middle)), span]
    channels = [
        draw(st.sampled_from([ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.EMAIL]))
        for _ in offsets
    ]
    channels[-1] = draw(st.sampled_from([ContactChannel.LETTER, ContactChannel.HOME_VISIT]))
    return [
        ContactAttempt(on=first + dt.timedelta(days=o), channel=c, result=draw(_FAILED), by=MANAGER)
        for o, c in zip(offsets, channels, strict=True)
    ]


def _consents(
    draw: st.DrawFn, case: Case, consent: bool | None
) -> tuple[tuple[Consent, ...], tuple[Advocacy, ...]]:
    """Consent to share with each referral's service (granted the day it was made),
    and written permission for the advocacy; ``consent`` decides which are recorded
    (``None``: each drawn)."""
    found = list(case.consents)

    def given() -> bool:
        return draw(st.booleans()) if consent is None else consent

    found.extend(
        Consent(
            id=f"consent-{ref.id}",
            purposes=(_P.SHARE,),
            parties=(ref.to.id,),
            granted_on=ref.made_on,
            categories=ref.information_shared,
        )
        for ref in case.referrals
        if given()
    )
    advocacy = []
    for adv in case.advocacy:
        if not given():
            advocacy.append(adv)
            continue
        found.append(
            Consent(
                id=f"consent-{adv.id}",
                purposes=(_P.ADVOCATE,),
                parties=(_ADVOCACY_TARGET,),
                granted_on=adv.started_on,
            )
        )
        advocacy.append(attrs.evolve(adv, consent_id=f"consent-{adv.id}"))
    return tuple(found), tuple(advocacy)


def _work(
    draw: st.DrawFn, case: Case, start: dt.date, consent: bool | None
) -> tuple[Case, dt.date]:
    """Implementation and monitoring from ``start``: the case, and the day it ends."""
    assert case.plan is not None
    span = draw(st.sampled_from([540, 200, 60]))  # about 18, 6 or 2 months of work
    end = day_after(draw, start, span * 5 // 6, span)
    numbers = tuple(sorted(case.assessment.need_numbers))
    goal_ids = tuple(g.id for g in case.plan.goals)
    made = [day_after(draw, start, 0, min(60, (end - start).days)) for _ in range(3)]
    referrals = tuple(
        referral(draw, f"r-{i}", numbers, goal_ids, made=made[i - 1])
        for i in range(1, draw(st.integers(0, 3)) + 1)
    )
    advocacy = tuple(
        Advocacy(
            id=f"adv-{i}",
            started_on=made[i - 1],
            target="Housing authority",
            target_id=_ADVOCACY_TARGET,
            asked_for=draw(WORDS),
            by=MANAGER,
        )
        for i in range(1, draw(st.integers(0, 1)) + 1)
    )
    case = attrs.evolve(case, referrals=referrals, advocacy=advocacy)
    consents, advocacy = _consents(draw, case, consent)
    case = attrs.evolve(case, consents=consents, advocacy=advocacy)
    case = attrs.evolve(case, plan=_outcomes(draw, case, start, end))
    case = _revisions(draw, case, start, end)
    plan_now = case.plan
    assert plan_now is not None
    held = sorted(
        {
            day_after(draw, start, 14, max(14, (end - start).days))
            for _ in range(draw(st.integers(0, 4)))
        }
    )
    reviews = tuple(
        review(
            draw,
            on,
            _progress(draw, plan_now.goals, on),
            draw(st.none() | st.just(on + dt.timedelta(days=draw(st.integers(30, 120))))),
        )
        for on in held
    )
    case = attrs.evolve(case, reviews=reviews, contact_attempts=tuple(_contacts(draw, start, end)))
    return case, max([end, *held])


def open_case(draw: st.DrawFn, *, consent: bool | None) -> Story:
    """Draw an open case told as a story (see the module's docstring)."""
    opened = day_after(draw, EPOCH, 0, 1500)
    parties = [Party(id=MANAGER, role=PartyRole.CASE_MANAGER, name="Worker")]
    if draw(st.booleans()):
        parties.append(Party(id="sp-1", role=PartyRole.SUPPORT_PERSON, name="Aunt"))
    if draw(st.booleans()):
        parties.append(Party(id="sup-1", role=PartyRole.SUPERVISOR, name="Team leader"))
    case = Case(
        id=f"case-{draw(st.integers(1, 99_999))}",
        client=_client(draw, opened),
        opened_on=opened,
        parties=tuple(parties),
        referral_in=InboundReferral(
            received_on=opened - dt.timedelta(days=draw(st.integers(0, 14))),
            source=draw(st.sampled_from(["self", "GP", "Centrelink", "school"])),
            decision=ScreeningDecision.ACCEPTED,
            decided_on=opened,
        ),
        consents=(
            Consent(
                id="consent-intake",
                purposes=(_P.COLLECT, _P.USE, _P.STORE),
                form=ConsentForm.WRITTEN,
                granted_on=opened,
            ),
        ),
    )
    # 3: at work on the plan (most cases; hypothesis starts from the simplest draw, 0),
    # else stopped at 0: intake, 1: assessment or 2: planning
    depth = 3 if draw(st.integers(0, 9)) < 7 else draw(st.integers(0, 2))
    moves: list[tuple[Stage, dt.date]] = []
    notes = [opened]
    last = opened
    if depth >= 1:
        last = day_after(draw, opened, 0, 7)
        moves.append((Stage.ASSESSMENT, last))
        case = attrs.evolve(case, assessment=assessment(draw, last, _domains(draw)))
    if depth >= 2:
        last = day_after(draw, last, 1, 21)
        moves.append((Stage.PLANNING, last))
        strengths = tuple(s.id for s in case.assessment.strengths)
        numbers = tuple(sorted(case.assessment.need_numbers))
        drawn = plan(
            draw, numbers, last, strength_ids=strengths, goal_statuses=_START_STATUSES, min_goals=1
        )
        case = attrs.evolve(case, plan=_job_goal_first(case, drawn))
        notes.append(last)
    disengaging = False
    if depth >= 3:
        start = day_after(draw, last, 0, 7)
        moves.append((Stage.IMPLEMENTATION, start))
        case, last = _work(draw, case, start, consent)
        if case.reviews:
            moves.append((Stage.MONITORING, case.reviews[0].held_on))
        notes += [r.held_on for r in case.reviews if draw(st.booleans())]
        if draw(st.integers(0, 3)) == 0:
            silence = _silence(draw, last)
            case = attrs.evolve(case, contact_attempts=(*case.contact_attempts, *silence))
            last, disengaging = silence[-1].on, True
        last = max([last, *_dates(case)])
    if draw(st.booleans()):
        notes.append(last)
    case = attrs.evolve(
        case,
        stage=moves[-1][0] if moves else Stage.INTAKE,
        stage_history=_history(moves),
        notes=tuple(
            CaseNote(written_on=d, author=MANAGER, kind=NoteKind.FACT, text=draw(_NOTES))
            for d in sorted(set(notes))
        ),
    )
    return Story(case, last, disengaging)


def _dates(case: Case) -> list[dt.date]:
    """Every activity date the closure rules read, besides the stage history."""
    found = [a.on for a in case.contact_attempts]
    found += [r.revised_on for r in case.revisions]
    for ref in case.referrals:
        found += [c.on for c in ref.history]
        if ref.service_confirmed_on is not None:
            found.append(ref.service_confirmed_on)
    return found
