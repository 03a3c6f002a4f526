"""Realistic, varied, deterministic cases for benchmarks (not hypothesis).

``make_case(rng, i)`` builds case number ``i`` from a seeded ``random.Random``:
open and closed cases, with and without plans, reviews at roughly the
four-monthly cadence of seed 002 (some stalled, some ahead), plan
revisions and crisis holds, referrals, failed and successful contact
attempts, and notes (some with the words the note linter flags).
``write_jsonl(path, n, seed)`` streams ``n`` of them to a JSON Lines file.

Run it from the repository root with ``PYTHONPATH=src``; other benchmarks
import it as ``from _gen import make_case`` (the script's own folder is on
``sys.path``).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import attrs

from casemgmt import Case, Client, Party, PartyRole, dumps
from casemgmt.assessment import (
    Assessment,
    AssessmentSession,
    InformationSource,
    Need,
    NeedDomain,
    NeedPriority,
    Risk,
    RiskKind,
    RiskLevel,
    Strength,
    StrengthKind,
)
from casemgmt.case import Stage, StageChange
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.core._client import ContactDetails
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._lifecycle import enter_stage
from casemgmt.core._time import Timeframe
from casemgmt.monitoring import (
    Achievement,
    CaseNote,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    GoalProgress,
    NoteKind,
    Review,
    ReviewFormat,
    ReviewKind,
    ReviewTrigger,
    put_on_hold,
    resume,
    revise_plan,
)
from casemgmt.planning._records import (
    Action,
    ActionKind,
    ActionStatus,
    CasePlan,
    Goal,
    GoalHorizon,
    GoalStatus,
    Responsible,
)
from casemgmt.referrals import ReceivingService, Referral, ReferralStatus

__all__ = ["make_case", "write_jsonl"]

_FIRST = [
    "Carla",
    "Zoe",
    "Jon",
    "Ali",
    "Bea",
    "Mai",
    "Tom",
    "Aroha",
    "Sam",
    "Priya",
    "Luca",
    "Noor",
]
_LAST = ["Nguyen", "Smith", "Haddad", "Walker", "Tran", "Jones", "Kaur", "Brown", "Rossi", "Ali"]
_NEEDS = {
    NeedDomain.HOUSING: (
        "Rent arrears of $2,400; notice to vacate",
        "Move into a two-bedroom flat",
    ),
    NeedDomain.INCOME: ("No income since losing work", "Receive the Centrelink payment"),
    NeedDomain.EMPLOYMENT: ("Wants part-time work", "Work 15 hours a week"),
    NeedDomain.PARENTING: ("Children anxious after the move", "Attend family therapy fortnightly"),
    NeedDomain.MENTAL_HEALTH: ("Low mood, poor sleep", "See the GP about sleep by the 20th"),
    NeedDomain.EDUCATION: ("Did not finish year 10", "Enrol in a TAFE course"),
    NeedDomain.LEGAL: ("Court date for a fine", "Attend court with a lawyer"),
    NeedDomain.SOCIAL_CONNECTION: ("Few friends nearby", "Join a weekly community group"),
    NeedDomain.TRANSPORT: ("No car, poor buses", "Get a concession Opal card"),
}
_DOMAINS = list(_NEEDS)
_ACTIONS = [
    ("Apply to RentConnect for bond help", Responsible.CLIENT, ActionKind.CLIENT_SELF_ACTION),
    ("Refer to Paradise Kids", Responsible.CASE_MANAGER, ActionKind.REFERRAL),
    ("Call the Centrelink social worker", Responsible.CASE_MANAGER, ActionKind.ADVOCACY),
    ("Book a GP appointment", Responsible.CLIENT, ActionKind.CLIENT_SELF_ACTION),
    ("Go to the job club on Tuesday", Responsible.CLIENT, ActionKind.CLIENT_SELF_ACTION),
    ("Drive to the court hearing", Responsible.SUPPORT_PERSON, ActionKind.DIRECT_SERVICE),
    (
        "Write a support letter for the landlord",
        Responsible.CASE_MANAGER,
        ActionKind.DIRECT_SERVICE,
    ),
]
_TIMEFRAMES = ["1 day", "1 week", "2 weeks", "1 month", "2 months", "3 months"]
_NOTES = [
    (NoteKind.FACT, "Met at the office; client brought the rent ledger and the notice."),
    (NoteKind.FACT, "Phoned the RentConnect officer; meeting booked for the 14th at 10am."),
    (NoteKind.QUOTATION, '"I want the kids settled before I look for work."'),
    (NoteKind.IMPRESSION, "Client seemed tired and said she slept four hours."),
    (NoteKind.FACT, "Client seems unmotivated, DNA'd twice recently."),
    (NoteKind.FACT, "Attended the job club on 3 and 10 March; applied for two jobs."),
    (NoteKind.FACT, "Referred to the AOD service with consent."),
]
_SERVICES = [
    ("svc-rent", "RentConnect", "Private rental assistance"),
    ("svc-kids", "Paradise Kids", "Family group therapy"),
    ("svc-jobs", "Job Link", "Employment service"),
    ("svc-gp", "Bayside Medical", "General practice"),
]
_ACHIEVEMENTS = list(Achievement)
_ACHIEVEMENT_WEIGHTS = [4, 5, 1, 3, 2, 1, 1, 2, 1]
_START = dt.date(2022, 1, 3)
_LATEST = dt.date(2025, 6, 1)


def _day(rng: random.Random, start: dt.date, most: int) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, most))


def _assessment(rng: random.Random, on: dt.date) -> Assessment:
    domains = rng.sample(_DOMAINS, rng.randint(1, 5))
    needs = tuple(
        Need(
            number=n,
            domain=d,
            description=_NEEDS[d][0],
            priority=rng.choice(list(NeedPriority)),
            sources=(InformationSource.CLIENT_INTERVIEW,),
            in_clients_words=rng.random() < 0.5,
            verified_with_client=rng.random() < 0.8,
            identified_on=on,
        )
        for n, d in enumerate(domains, start=1)
    )
    strengths = tuple(
        Strength(
            id=f"s-{k}", kind=rng.choice(list(StrengthKind)), description="Close to her sister"
        )
        for k in range(rng.randint(0, 3))
    )
    risks: tuple[Risk, ...] = ()
    if rng.random() < 0.25:
        level = rng.choice(list(RiskLevel))
        risks = (
            Risk(
                id="r-1",
                kind=rng.choice(list(RiskKind)),
                level=level,
                identified_on=on,
                actions_taken=("safety plan made with the client",),
            ),
        )
    return Assessment(
        needs=needs,
        strengths=strengths,
        risks=risks,
        sessions=(AssessmentSession(held_on=on, need_numbers=tuple(n.number for n in needs)),),
        client_prioritised=rng.random() < 0.7,
        domains_explored=tuple(domains),
    )


def _plan(rng: random.Random, assessment: Assessment, on: dt.date) -> CasePlan:
    goals: list[Goal] = []
    actions: list[Action] = []
    for need in assessment.needs[: rng.randint(1, len(assessment.needs))]:
        gid = f"g-{need.number}"
        goals.append(
            Goal(
                id=gid,
                statement=_NEEDS[need.domain][1],
                need_numbers=(need.number,),
                horizon=rng.choice(list(GoalHorizon)),
                target_date=on + dt.timedelta(days=rng.choice([60, 120, 180, 365])),
                priority=need.number,
                status=rng.choices(
                    [GoalStatus.ACTIVE, GoalStatus.COMPLETED, GoalStatus.ON_HOLD], [8, 2, 1]
                )[0],
                agreed_by_client=True,
                agreed_on=on,
            )
        )
        for k in range(rng.randint(1, 3)):
            what, who, kind = rng.choice(_ACTIONS)
            frame = Timeframe(rng.choice(_TIMEFRAMES))
            status = rng.choices(list(ActionStatus), [3, 2, 4, 1])[0]
            due = frame.due_from(on)
            actions.append(
                Action(
                    id=f"{gid}-a{k}",
                    goal_id=gid,
                    what=what,
                    responsible=who,
                    kind=kind,
                    timeframe=frame,
                    due_date=due,
                    status=status,
                    completed_on=due if status is ActionStatus.DONE else None,
                )
            )
    signed = rng.random() < 0.8
    return CasePlan(
        created_on=on,
        goals=tuple(goals),
        actions=tuple(actions),
        review_date=None if rng.random() < 0.05 else on + dt.timedelta(days=rng.randint(90, 125)),
        agreed_by_client=signed,
        signed_by_client_on=on if signed else None,
        signed_by_case_manager_on=on if signed else None,
    )


def _reviews(rng: random.Random, plan: CasePlan, until: dt.date) -> tuple[Review, ...]:
    out: list[Review] = []
    day = plan.review_date or plan.created_on + dt.timedelta(days=120)
    # a client's progress leans one way: some cases stall, some race ahead
    lean = rng.choice([-1, 0, 0, 1])
    while day <= until and len(out) < 6 and rng.random() < 0.85:
        held = day + dt.timedelta(days=rng.randint(-10, 20))
        if held > until:
            break
        progress = []
        for goal in plan.goals:
            if lean < 0:
                achievement = rng.choice([Achievement.NO_CHANGE, Achievement.NO_PROGRESS])
            else:
                achievement = rng.choices(_ACHIEVEMENTS, _ACHIEVEMENT_WEIGHTS)[0]
            progress.append(
                GoalProgress(
                    goal_id=goal.id,
                    achievement=achievement,
                    client_view=rng.choice([None, None, *_ACHIEVEMENTS]),
                    gas_level=max(-2, min(2, rng.randint(-1, 1) + lean))
                    if rng.random() < 0.6
                    else None,
                )
            )
        kind = ReviewKind.SCHEDULED if rng.random() < 0.8 else ReviewKind.TRIGGERED
        nxt = held + dt.timedelta(days=rng.randint(100, 130))
        out.append(
            Review(
                held_on=held,
                kind=kind,
                trigger=rng.choice(list(ReviewTrigger)) if kind is ReviewKind.TRIGGERED else None,
                format=rng.choice(list(ReviewFormat)),
                participants=("cm-1",),
                progress=tuple(progress),
                client_satisfied=rng.choice([None, True, True, False]),
                barriers=("no car",) if rng.random() < 0.3 else (),
                next_review_on=nxt if rng.random() < 0.8 else None,
            )
        )
        day = nxt
    return tuple(out)


def _contacts(rng: random.Random, start: dt.date, until: dt.date) -> tuple[ContactAttempt, ...]:
    """Recent contact attempts, counted back from ``until``; some clients stop answering."""
    out: list[ContactAttempt] = []
    day = until
    failing = rng.random() < 0.08
    for _ in range(rng.randint(0, 8)):
        day -= dt.timedelta(days=rng.randint(1, 12))
        if day < start:
            break
        reached = not failing and rng.random() < 0.7
        out.append(
            ContactAttempt(
                on=day,
                channel=rng.choice(list(ContactChannel)),
                result=ContactResult.REACHED
                if reached
                else rng.choice([r for r in ContactResult if r is not ContactResult.REACHED]),
                by="cm-1",
            )
        )
    return tuple(reversed(out))


def _referrals(rng: random.Random, plan: CasePlan, on: dt.date) -> tuple[Referral, ...]:
    out: list[Referral] = []
    for k in range(rng.randint(0, 2)):
        sid, org, service = rng.choice(_SERVICES)
        ref = Referral(
            id=f"ref-{k}",
            to=ReceivingService(id=sid, organisation=org, service=service),
            made_on=on,
            goal_id=plan.goals[0].id if plan.goals else None,
            capacity_checked=True,
            location_checked=rng.random() < 0.8,
            information_shared=("contact", "case-plan"),
            follow_up_on=on + dt.timedelta(days=14),
        )
        day = on
        for status in rng.choice(
            [[], [ReferralStatus.SENT], [ReferralStatus.SENT, ReferralStatus.ACCEPTED]]
        ):
            day += dt.timedelta(days=rng.randint(0, 10))
            ref = ref.move_to(status, on=day, by="cm-1")
        out.append(ref)
    return tuple(out)


def make_case(rng: random.Random, i: int) -> Case:
    """Case number ``i``: same ``rng`` state and ``i``, same case."""
    opened = _day(rng, _START, (_LATEST - _START).days - 60)
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    client = Client(
        id=f"client-{i:07d}",
        name=f"{first} {last}",
        date_of_birth=_day(rng, dt.date(1950, 1, 1), 20000),
        contact=ContactDetails(phone=f"04{rng.randint(0, 99999999):08d}"),
    )
    history = [
        StageChange(
            from_stage=None, to_stage=Stage.INTAKE, on=opened, by="cm-1", reason="referral received"
        )
    ]
    case = Case(
        id=f"case-{i:07d}",
        client=client,
        opened_on=opened,
        stage=Stage.INTAKE,
        parties=(Party(id="cm-1", role=PartyRole.CASE_MANAGER, name="Worker"),),
        consents=(
            Consent(
                id="consent-1",
                purposes=tuple(ConsentPurpose),
                parties=tuple(s[0] for s in _SERVICES),
                form=ConsentForm.WRITTEN,
                granted_on=opened,
            ),
        ),
        stage_history=tuple(history),
    )
    if rng.random() < 0.1:  # still at intake
        return case
    assessed = opened + dt.timedelta(days=rng.randint(1, 14))
    assessment = _assessment(rng, assessed)
    planned = assessed + dt.timedelta(days=rng.randint(1, 21))
    plan = _plan(rng, assessment, planned)
    # long-running cases are mostly closed by now; open ones are active up to the scan date
    closing = rng.random() < (0.85 if (_LATEST - opened).days > 700 else 0.15)
    if closing:
        horizon = min(_LATEST, planned + dt.timedelta(days=rng.randint(30, 700)))
    else:
        horizon = max(planned, _LATEST - dt.timedelta(days=rng.randint(0, 30)))
    case = attrs.evolve(
        case,
        stage=Stage.IMPLEMENTATION,
        assessment=assessment,
        plan=plan,
        referrals=_referrals(rng, plan, planned),
        stage_history=(
            *case.stage_history,
            StageChange(
                from_stage=Stage.INTAKE,
                to_stage=Stage.ASSESSMENT,
                on=assessed,
                by="cm-1",
                reason="intake done",
            ),
            StageChange(
                from_stage=Stage.ASSESSMENT,
                to_stage=Stage.PLANNING,
                on=planned,
                by="cm-1",
                reason="needs agreed",
            ),
            StageChange(
                from_stage=Stage.PLANNING,
                to_stage=Stage.IMPLEMENTATION,
                on=planned,
                by="cm-1",
                reason="plan signed",
            ),
        ),
    )
    reviews = _reviews(rng, plan, horizon)
    case = attrs.evolve(
        case,
        reviews=reviews,
        contact_attempts=_contacts(rng, max(opened, horizon - dt.timedelta(days=90)), horizon),
        notes=tuple(
            CaseNote(
                written_on=_day(rng, opened, max(0, (horizon - opened).days)),
                author="cm-1",
                kind=kind,
                text=text,
            )
            for kind, text in rng.sample(_NOTES, rng.randint(0, 4))
        ),
    )
    if reviews and rng.random() < 0.3:  # the plan changed at a review
        at = reviews[-1].held_on
        current = case.plan
        if current is not None and current.created_on <= at:
            trimmed = attrs.evolve(
                current,
                actions=current.actions[:-1],
                review_date=at + dt.timedelta(days=120),
            )
            case = revise_plan(
                case,
                trimmed,
                on=at,
                reason=rng.choice(["no progress on housing", "client asked to change order", ""]),
                agreed_by_client=rng.random() < 0.85,
                by="cm-1",
                trigger=rng.choice(list(ReviewTrigger)),
            )
    if rng.random() < 0.05 and case.plan is not None:  # a crisis
        start = max(case.plan.created_on, horizon - dt.timedelta(days=60))
        case = put_on_hold(case, on=start, reason="client hospitalised", by="cm-1")
        if rng.random() < 0.6:
            back = start + dt.timedelta(days=rng.randint(7, 40))
            case = resume(
                case,
                on=back,
                reason="discharged; plan unchanged",
                agreed_by_client=True,
                by="cm-1",
                review_date=back + dt.timedelta(days=90),
            )
    if closing:
        closed_on = horizon + dt.timedelta(days=rng.randint(0, 30))
        reason = rng.choice([r for r in ClosureReason if r is not ClosureReason.OTHER])
        case = enter_stage(
            case,
            Stage.CLOSED,
            on=max(closed_on, case.stage_history[-1].on),
            by="cm-1",
            reason=reason.value,
            closure=ClosureRecord(
                reason=reason,
                closed_on=max(closed_on, case.stage_history[-1].on),
                outcome_summary="goals reviewed at exit",
                agreed_by_client=rng.random() < 0.8,
            ),
        )
    return case


def write_jsonl(path: Path, n: int, seed: int = 2024) -> int:
    """Write ``n`` generated cases to ``path`` as JSON Lines; returns the bytes written."""
    rng = random.Random(seed)
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            line = dumps(make_case(rng, i)) + "\n"
            out.write(line)
            size += len(line)
    return size
