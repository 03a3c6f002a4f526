"""A case ready to close and a closure record that satisfies the default policy.

Each example test breaks one thing and checks the one finding it causes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from casemgmt import Case, Client, Consent, ConsentForm, ConsentPurpose, Party, PartyRole, Stage
from casemgmt.assessment import Assessment, Need, NeedDomain, Risk, RiskKind, RiskLevel
from casemgmt.case import StageChange
from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, ExitSupport
from casemgmt.monitoring import CaseNote, NoteKind, Review
from casemgmt.planning import CasePlan, Goal, GoalStatus
from casemgmt.referrals import ReceivingService, Referral, ReferralStatus

AS_OF = dt.date(2024, 6, 3)
D = dt.date


def _stages() -> tuple[StageChange, ...]:
    moves = [
        (Stage.INTAKE, Stage.ASSESSMENT, D(2024, 1, 10)),
        (Stage.ASSESSMENT, Stage.PLANNING, D(2024, 1, 20)),
        (Stage.PLANNING, Stage.IMPLEMENTATION, D(2024, 1, 25)),
        (Stage.IMPLEMENTATION, Stage.MONITORING, D(2024, 5, 1)),
    ]
    return tuple(
        StageChange(from_stage=a, to_stage=b, on=on, by="cm-1", reason="next step")
        for a, b, on in moves
    )


def _referral() -> Referral:
    ref = Referral(
        id="r-1",
        to=ReceivingService(id="svc-rent", organisation="RentConnect"),
        made_on=D(2024, 1, 26),
        need_numbers=(1,),
        goal_id="g-1",
    )
    day = D(2024, 1, 26)
    for status in (
        ReferralStatus.SENT,
        ReferralStatus.ACCEPTED,
        ReferralStatus.APPOINTMENT_BOOKED,
        ReferralStatus.ATTENDED,
        ReferralStatus.COMPLETED,
    ):
        ref = ref.move_to(status, on=day, by="cm-1", reason="recorded")
        day += dt.timedelta(days=7)
    return ref


@pytest.fixture
def ready_case() -> Case:
    """Housed and working; every closure requirement met but the record itself."""
    return Case(
        id="case-zoe",
        client=Client(id="c-zoe", name="Zoe"),
        opened_on=D(2024, 1, 8),
        stage=Stage.MONITORING,
        stage_history=_stages(),
        parties=(
            Party(id="cm-1", role=PartyRole.CASE_MANAGER),
            Party(id="sup-1", role=PartyRole.SUPERVISOR),
            Party(id="sp-1", role=PartyRole.SUPPORT_PERSON),
        ),
        consents=(
            Consent(
                id="consent-intake",
                purposes=(
                    ConsentPurpose.COLLECT,
                    ConsentPurpose.USE,
                    ConsentPurpose.STORE,
                    ConsentPurpose.SHARE,
                ),
                parties=("svc-rent",),
                granted_on=D(2024, 1, 8),
            ),
            Consent(
                id="consent-transfer",
                purposes=(ConsentPurpose.TRANSFER,),
                parties=("svc-next",),
                form=ConsentForm.WRITTEN,
                granted_on=D(2024, 5, 20),
            ),
        ),
        assessment=Assessment(
            needs=(
                Need(number=1, domain=NeedDomain.HOUSING, description="stable housing"),
                Need(number=2, domain=NeedDomain.EMPLOYMENT, description="paid work"),
            ),
            risks=(
                Risk(
                    id="risk-1",
                    kind=RiskKind.SELF_HARM,
                    level=RiskLevel.LOW,
                    identified_on=D(2024, 1, 10),
                ),
            ),
        ),
        plan=CasePlan(
            created_on=D(2024, 1, 20),
            goals=(
                Goal(
                    id="g-1",
                    statement="Zoe will move into a lease of her own by March",
                    need_numbers=(1,),
                    status=GoalStatus.COMPLETED,
                    achieved_on=D(2024, 3, 1),
                ),
                Goal(
                    id="g-2",
                    statement="Zoe will start a job of 20 hours a week",
                    need_numbers=(2,),
                    status=GoalStatus.COMPLETED,
                    achieved_on=D(2024, 4, 1),
                ),
            ),
        ),
        referrals=(_referral(),),
        reviews=(Review(held_on=D(2024, 5, 1)),),
        notes=(
            CaseNote(
                written_on=D(2024, 5, 20),
                author="cm-1",
                kind=NoteKind.FACT,
                text="Exit meeting: achievements reviewed; closure agreed for 3 June.",
            ),
        ),
    )


@pytest.fixture
def good_record() -> ClosureRecord:
    """Goals achieved, agreed, 17 days' notice, stakeholders told, an exit plan."""
    return ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED,
        closed_on=AS_OF,
        by="cm-1",
        outcome_summary="Housed in her own lease; working 20 hours a week.",
        next_steps=("Keep in touch with the tenancy support line",),
        agreed_by_client=True,
        agreed_by=("sp-1",),
        notice_given_on=D(2024, 5, 17),
        notices_sent_to=("sp-1",),
        exit_plan=ExitPlan(
            achievements=("moved into her own lease", "started work"),
            supports_after_exit=(ExitSupport(need="tenancy advice", provided_by="RentConnect"),),
            how_to_return="Call the intake line or drop in any weekday.",
            follow_up_on=D(2024, 7, 3),
            follow_up_method="phone",
        ),
    )
