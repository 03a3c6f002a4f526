"""The Carla case from seed 002, built in code: assessed and planned.

Seed 002 gives Carla's story and her case-management plan dated
"04.09.201X"; this builds it for 4 September 2024. Needs are numbered 1-7
in the seed's order and each goal cites the need in its place in the seed's
table (seed 004: "numbers correspond"). Goals, actions, owners and time
frames are the seed's words, with the client's name replaced by "Client" so
the printed plan carries no personal details. What the seed leaves out (her
strengths, the review date, the dates of the sessions, indicators, goal
target dates) is filled in as an agency would and said so in the text.

>>> from casemgmt import validate, has_errors
>>> case = carla_case()
>>> case.stage.value, len(case.assessment.needs), len(case.plan.goals)
('implementation', 7, 7)
>>> has_errors(validate(case, as_of=PLAN_DATE))
False
"""

from __future__ import annotations

import datetime as dt
import json

import attrs

from casemgmt.assessment._records import (
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
from casemgmt.case import Case, Stage
from casemgmt.core._client import Client
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._parties import Party, PartyRole
from casemgmt.planning._records import (
    Action,
    ActionKind,
    CasePlan,
    Goal,
    GoalHorizon,
    Responsible,
    StrengthStrategy,
)
from casemgmt.referrals._records import InboundReferral, ScreeningDecision
from casemgmt.serialization import dumps

__all__ = [
    "CASE_MANAGER",
    "CLIENT_ID",
    "OPENED_ON",
    "PLAN_DATE",
    "REVIEW_DATE",
    "carla_assessment",
    "carla_case",
    "carla_json",
    "carla_plan",
]

OPENED_ON = dt.date(2024, 8, 21)
"""Carla contacts the family agency (the seed does not date this)."""

SECOND_SESSION = dt.date(2024, 8, 28)
PLAN_DATE = dt.date(2024, 9, 4)
"""The seed's plan date, "04.09.201X", read as 4 September 2024."""

REVIEW_DATE = dt.date(2024, 10, 4)
"""One month on, when the last actions fall due (the seed gives none)."""

CASE_MANAGER = "cm-1"
CLIENT_ID = "client-0042"

_INTERVIEW = (InformationSource.CLIENT_INTERVIEW,)


def _need(
    number: int,
    domain: NeedDomain,
    description: str,
    priority: NeedPriority = NeedPriority.IMMEDIATE,
    on: dt.date = OPENED_ON,
) -> Need:
    return Need(
        number=number,
        domain=domain,
        description=description,
        priority=priority,
        sources=_INTERVIEW,
        in_clients_words=True,
        verified_with_client=True,
        identified_on=on,
    )


def carla_assessment() -> Assessment:
    """Her needs numbered in the seed's order, her strengths and the children's risk.

    Built over two sessions: money and the children first, then the access
    visits and work. The strengths are ours: the seed names none.
    """
    needs = (
        _need(1, NeedDomain.PARENTING, "Children are having nightmares"),
        _need(2, NeedDomain.PARENTING, "Children displaying aggressive behaviour at school"),
        _need(
            3,
            NeedDomain.FAMILY,
            "The children's father has been approved for supervised access visits;"
            " concerned about the effect seeing their father will have on the children",
            on=SECOND_SESSION,
        ),
        _need(
            4,
            NeedDomain.FAMILY,
            "Unaware of the procedures for the visit",
            on=SECOND_SESSION,
        ),
        _need(
            5,
            NeedDomain.TRANSPORT,
            "Needs to drive the children to the site of the visit but does not have a licence",
            on=SECOND_SESSION,
        ),
        _need(
            6, NeedDomain.INCOME, "Needs financial assistance to help with rent",
            NeedPriority.SHORT_TERM,
        ),
        _need(
            7, NeedDomain.EMPLOYMENT, "Needs to find a job", NeedPriority.LONG_TERM,
            on=SECOND_SESSION,
        ),
    )  # fmt: skip
    strengths = (
        Strength(
            id="s-1",
            kind=StrengthKind.PERSONAL_ATTRIBUTES,
            description="Committed to her sons' well-being; asked for help early",
            sources=_INTERVIEW,
        ),
        Strength(
            id="s-2",
            kind=StrengthKind.COMMUNITY_CONNECTIONS,
            description="A sister nearby who is willing to help",
            sources=_INTERVIEW,
        ),
        Strength(
            id="s-3",
            kind=StrengthKind.KNOWLEDGE_AND_EXPERIENCE,
            description="Years of running a household and raising two children",
            sources=_INTERVIEW,
        ),
    )
    risk = Risk(
        id="r-1",
        kind=RiskKind.CHILDREN_AT_RISK,
        level=RiskLevel.MEDIUM,
        identified_on=OPENED_ON,
        description="Children distressed since their father's arrest",
        actions_taken=("Referral to a child therapist, asking for an urgent appointment",),
    )
    sessions = (
        AssessmentSession(
            held_on=OPENED_ON,
            participants=(CASE_MANAGER, CLIENT_ID),
            need_numbers=(1, 2, 6),
        ),
        AssessmentSession(
            held_on=SECOND_SESSION,
            participants=(CASE_MANAGER, CLIENT_ID),
            need_numbers=(3, 4, 5, 7),
        ),
    )
    return Assessment(
        needs=needs,
        strengths=strengths,
        risks=(risk,),
        sessions=sessions,
        client_prioritised=True,
        domains_explored=tuple(NeedDomain),
    )


def _goal(
    gid: str,
    statement: str,
    need: int,
    target: dt.date,
    indicator: str,
    *,
    horizon: GoalHorizon = GoalHorizon.IMMEDIATE,
    primary: bool = True,
) -> Goal:
    return Goal(
        id=gid,
        statement=statement,
        need_numbers=(need,),
        horizon=horizon,
        indicators=(indicator,),
        target_date=target,
        priority=need,
        primary=primary,
        agreed_by_client=True,
        agreed_on=PLAN_DATE,
    )


_ACTIONS = (
    # id, goal, what (by whom, how), owner, kind, time frame, its note, service involved
    ("a-1", "g-1", "Case manager will contact a child therapist and make referral",
     Responsible.CASE_MANAGER, ActionKind.REFERRAL, "2 weeks", "for an appointment",
     "Child therapist"),
    ("a-2", "g-2", "Client will book into the next child/parent group session at Paradise Kids",
     Responsible.CLIENT, ActionKind.CLIENT_SELF_ACTION, "1 week", "to book in",
     "Paradise Kids"),
    ("a-3", "g-3", "Case manager will request an urgent appointment in referral",
     Responsible.CASE_MANAGER, ActionKind.REFERRAL, "1 week", "to commence counselling",
     "Child therapist"),
    ("a-4", "g-4", "Client will call the rehabilitation centre tomorrow to ask about procedures",
     Responsible.CLIENT, ActionKind.CLIENT_SELF_ACTION, "1 day", "", "Rehabilitation centre"),
    ("a-5", "g-5", "Client will ask her sister to accompany her",
     Responsible.CLIENT, ActionKind.CLIENT_SELF_ACTION, "1 week", "", ""),
    ("a-6", "g-6", "Case manager will contact the Department of Communities RentConnect officer"
     " to arrange a coordinated case meeting with a case worker",
     Responsible.CASE_MANAGER, ActionKind.ADVOCACY, "1 month", "", "RentConnect"),
    ("a-7", "g-7", "Case manager will contact the local employment office to arrange a"
     " coordinated case meeting with a case worker",
     Responsible.CASE_MANAGER, ActionKind.REFERRAL, "1 month", "", "Local employment office"),
)  # fmt: skip
"""The seed's "Actions/by whom/how" and "Target time frame" columns."""


def carla_plan() -> CasePlan:
    """The seed's four table rows as seven goals with one action each.

    A primary goal opens each row; the other goals are its steps, which
    keeps the primary goals few (Summers, seed 002).
    """
    day = dt.timedelta(days=1)
    goals = (
        _goal("g-1", "Children to attend individual counselling", 1, dt.date(2024, 9, 18),
              "Each child has attended a first counselling appointment"),
        _goal("g-2", "Client to attend family group therapy with the children", 2,
              dt.date(2024, 10, 4), "Attended one child/parent group session at Paradise Kids",
              primary=False),
        _goal("g-3", "Children will commence counselling before the first access visit", 3,
              dt.date(2024, 9, 11), "First counselling session held before the first visit"),
        _goal("g-4", "Client will find out about the procedures for the visit", 4,
              PLAN_DATE + day, "Knows the date, place and rules of the supervised visit",
              primary=False),
        _goal("g-5", "Client will ask a support person to help her", 5, dt.date(2024, 9, 11),
              "A support person has agreed to drive the family to the first visit",
              primary=False),
        _goal("g-6", "Seek government financial assistance", 6, dt.date(2024, 10, 4),
              "Attended a coordinated case meeting with the RentConnect case worker",
              horizon=GoalHorizon.SHORT_TERM),
        _goal("g-7", "Client will seek part-time work", 7, dt.date(2025, 3, 4),
              "Applied for at least two part-time jobs a month",
              horizon=GoalHorizon.LONG_TERM),
    )  # fmt: skip
    actions = tuple(
        Action.planned(
            id=aid,
            goal_id=goal,
            what=what,
            responsible=who,
            responsible_party=CASE_MANAGER if who is Responsible.CASE_MANAGER else None,
            kind=kind,
            timeframe=frame,
            timeframe_note=note,
            service_name=service,
            plan_date=PLAN_DATE,
        )
        for aid, goal, what, who, kind, frame, note, service in _ACTIONS
    )
    strategies = (
        StrengthStrategy(
            strength_id="s-1",
            strategy="Client makes the bookings and calls herself"
            " (Paradise Kids, the rehabilitation centre)",
        ),
        StrengthStrategy(
            strength_id="s-2", strategy="Her sister drives the family to the access visits"
        ),
        StrengthStrategy(
            strength_id="s-3",
            strategy="Builds on her experience with the employment office case worker",
        ),
    )
    return CasePlan(
        version=1,
        created_on=PLAN_DATE,
        goals=goals,
        actions=actions,
        strength_strategies=strategies,
        review_date=REVIEW_DATE,
        agreed_by_client=True,
        signed_by_client_on=PLAN_DATE,
        signed_by_case_manager_on=PLAN_DATE,
    )


_SERVICES = (
    ("child-therapist", "Child therapist"),
    ("paradise-kids", "Paradise Kids"),
    ("rehab-centre", "Rehabilitation centre"),
    ("rentconnect", "Department of Communities (RentConnect)"),
    ("employment-office", "Local employment office"),
)


def carla_case() -> Case:
    """Carla's case on the plan date, in implementation: parties, consent,
    assessment and the agreed plan. Cheap to build; no review or closure yet.
    """
    parties = (
        Party(id=CLIENT_ID, role=PartyRole.CLIENT, name="Carla"),
        Party(id=CASE_MANAGER, role=PartyRole.CASE_MANAGER, name="Case manager",
              organisation="Family support agency"),
        Party(id="sister", role=PartyRole.SUPPORT_PERSON, name="Her sister"),
        *(Party(id=pid, role=PartyRole.EXTERNAL_SERVICE, organisation=org)
          for pid, org in _SERVICES),
    )  # fmt: skip
    consent = Consent(
        id="consent-1",
        purposes=(
            ConsentPurpose.COLLECT,
            ConsentPurpose.USE,
            ConsentPurpose.STORE,
            ConsentPurpose.SHARE,
            ConsentPurpose.ADVOCATE,
        ),
        parties=tuple(pid for pid, _ in _SERVICES),
        form=ConsentForm.WRITTEN,
        granted_on=OPENED_ON,
        notes="Explained at intake with rights and responsibilities (Mission Australia).",
    )
    case = Case(
        id="case-2024-017",
        client=Client(id=CLIENT_ID, name="Carla", preferred_language="English"),
        opened_on=OPENED_ON,
        parties=parties,
        consents=(consent,),
        referral_in=InboundReferral(
            received_on=OPENED_ON,
            source="self",
            self_referral=True,
            decision=ScreeningDecision.ACCEPTED,
            decided_on=OPENED_ON,
        ),
    )
    case = case.move_to(
        Stage.ASSESSMENT, on=OPENED_ON, by=CASE_MANAGER, reason="Intake done; consent given"
    )
    case = case.move_to(
        Stage.PLANNING, on=SECOND_SESSION, by=CASE_MANAGER, reason="Needs assessed and numbered"
    )
    case = case.move_to(
        Stage.IMPLEMENTATION, on=PLAN_DATE, by=CASE_MANAGER, reason="Plan agreed and signed"
    )
    return attrs.evolve(case, assessment=carla_assessment(), plan=carla_plan())


def carla_json() -> str:
    """``dumps(carla_case())`` indented for people: the text of ``examples/carla.json``.

    Regenerate the file with::

        python -c "from casemgmt.examples.carla import carla_json; print(carla_json(), end='')" \\
            > examples/carla.json
    """
    return json.dumps(json.loads(dumps(carla_case())), indent=2, ensure_ascii=False) + "\n"
