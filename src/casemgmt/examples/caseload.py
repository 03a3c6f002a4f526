"""A synthetic caseload for supervision and analytics examples: Carla's file, varied.

``synthetic_caseload(n, seed=...)`` yields ``n`` cases built from Carla's
plan (seed 002) and spread over five case managers and three programs:
different opening days, some goals worded the way the goal-wording check
flags, referrals followed up or not, and about a quarter of the cases
closed for one of the closure reasons. Names are made up ("Client 7",
"Worker B"); the same ``n`` and ``seed`` give the same cases, so docs,
tests and benchmarks can count on them.

>>> cases = list(synthetic_caseload(20))
>>> len(cases), len({c.program for c in cases}) > 1
(20, True)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import attrs

from casemgmt.case import Case, Stage
from casemgmt.closure._records import ClosureReason, ClosureRecord, ExitPlan
from casemgmt.core._client import Client
from casemgmt.core._parties import Party, PartyRole
from casemgmt.examples.carla import REVIEW_DATE, carla_case
from casemgmt.monitoring._records import Review
from casemgmt.referrals._records import ReceivingService, Referral, ReferralStatus, StatusChange

__all__ = ["CASE_MANAGERS", "PROGRAMS", "synthetic_caseload"]

CASE_MANAGERS = ("cm-1", "cm-2", "cm-3", "cm-4", "cm-5")
"""The case managers' party ids."""

PROGRAMS = ("family-support", "housing-north", "housing-south")
"""The programs cases belong to."""

_POOR_GOALS = (
    "Client will not miss appointments",  # negative terms
    "Improve housing situation",  # not measurable, not client behaviour
    "The worker will arrange counselling for Client",  # not client behaviour
)
_REASONS = tuple(r for r in ClosureReason if r is not ClosureReason.OTHER)


def _referral(rng: random.Random, case: Case, n: int) -> Referral:
    made = case.opened_on + dt.timedelta(days=rng.randint(10, 60))
    follow_up = made + dt.timedelta(days=14)
    history = [StatusChange(status=ReferralStatus.SENT, on=made, by="cm-1")]
    if rng.random() < 0.6:
        confirmed = follow_up - dt.timedelta(days=rng.randint(-10, 10))
        history.append(StatusChange(status=ReferralStatus.ATTENDED, on=confirmed, by="cm-1"))
    return Referral(
        id=f"ref-{n}",
        to=ReceivingService(id="rentconnect", organisation="RentConnect"),
        made_on=made,
        need_numbers=(1,),
        history=tuple(history),
        follow_up_on=follow_up,
    )


def _case(rng: random.Random, base: Case, i: int) -> Case:
    manager = rng.choice(CASE_MANAGERS)
    worker = Party(
        id=manager,
        role=PartyRole.CASE_MANAGER,
        name=f"Worker {'ABCDE'[CASE_MANAGERS.index(manager)]}",
        organisation="Family support agency",
    )
    parties = tuple(p for p in base.parties if p.role is not PartyRole.CASE_MANAGER)
    opened = base.opened_on - dt.timedelta(days=rng.randint(0, 400))
    case = attrs.evolve(
        base,
        id=f"case-{i:05d}",
        client=Client(id=f"client-{i:05d}", name=f"Client {i}"),
        program=rng.choice(PROGRAMS),
        opened_on=opened,
        parties=(worker, *parties),
    )
    plan = case.plan
    if plan is not None and rng.random() < 0.5:
        k = rng.randrange(len(plan.goals))
        goal = attrs.evolve(plan.goals[k], statement=rng.choice(_POOR_GOALS))
        goals = (*plan.goals[:k], goal, *plan.goals[k + 1 :])
        case = attrs.evolve(case, plan=attrs.evolve(plan, goals=goals))
    case = attrs.evolve(
        case, referrals=tuple(_referral(rng, case, n) for n in range(rng.randint(0, 3)))
    )
    if rng.random() < 0.4:  # reviewed on the plan's review date, next one set
        held = REVIEW_DATE + dt.timedelta(days=rng.randint(-3, 20))
        review = Review(
            held_on=held,
            participants=(manager, case.client.id),
            client_satisfied=rng.random() < 0.7,
            next_review_on=held + dt.timedelta(days=rng.choice((60, 90, 120))),
        )
        case = attrs.evolve(case, reviews=(review,))
    if rng.random() < 0.25:
        closed_on = dt.date(2024, 9, 10) + dt.timedelta(days=rng.randint(0, 60))
        closure = ClosureRecord(
            reason=rng.choice(_REASONS),
            closed_on=closed_on,
            outcome_summary="" if rng.random() < 0.2 else "Goals reviewed with the client",
            notice_given_on=closed_on if rng.random() < 0.8 else None,
            exit_plan=ExitPlan(how_to_return="Call the intake line")
            if rng.random() < 0.7
            else None,
            by=manager,
        )
        case = attrs.evolve(case, stage=Stage.CLOSED, closure=closure)
    return case


def synthetic_caseload(n: int, *, seed: int = 17) -> Iterator[Case]:
    """``n`` varied cases, lazily (one at a time, so any ``n`` streams)."""
    rng = random.Random(seed)  # noqa: S311 - made-up data, not secrets
    base = carla_case()
    for i in range(1, n + 1):
        yield _case(rng, base, i)
