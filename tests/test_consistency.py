"""Issue 12, item 7: a record that contradicts itself is an ERROR finding at its path.

QCOSS "Monitoring and reviewing case work" guide (seed 003): "avoid
contradictions"; history is appended in date order, never rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given

import casemgmt as cm
from casemgmt import Case, Consent, ConsentPurpose, Party, PartyRole, Severity, Stage
from casemgmt.assessment import Risk, RiskKind, RiskLevel
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.examples.carla import carla_case
from casemgmt.monitoring import GoalProgress, Review
from casemgmt.monitoring._records import Achievement
from casemgmt.referrals import Advocacy, Escalation
from casemgmt.testing.strategies import cases

AS_OF = dt.date(2024, 9, 4)
CARLA = carla_case()


def errors(case: Case, as_of: dt.date = AS_OF) -> list[tuple[str, str]]:
    return [
        (f.code, f.path)
        for f in cm.validate(case, as_of=as_of)
        if f.code.startswith("record.") and f.severity is Severity.ERROR
    ]


def _client(**changes: Any) -> Case:
    return attrs.evolve(CARLA, client=attrs.evolve(CARLA.client, **changes))


def _assessment(**changes: Any) -> Case:
    return attrs.evolve(CARLA, assessment=attrs.evolve(CARLA.assessment, **changes))


RISK = Risk(id="r-1", kind=RiskKind.SELF_HARM, level=RiskLevel.LOW, identified_on=AS_OF)
ADV = Advocacy(id="adv-1", started_on=AS_OF, target="Housing", asked_for="a bond loan")
CLOSURE = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=AS_OF, by="cm-1")
K = Consent(id="k-1", purposes=(ConsentPurpose.COLLECT,), granted_on=CARLA.opened_on)
ONE_DAY = dt.timedelta(days=1)

CONTRADICTIONS: dict[str, tuple[Callable[[], Case], tuple[str, str]]] = {
    "born after the case opened": (
        lambda: _client(date_of_birth=CARLA.opened_on + ONE_DAY),
        ("record.dates-out-of-order", "$.client.date_of_birth"),
    ),
    "born in the future": (
        lambda: _client(date_of_birth=AS_OF + ONE_DAY),
        ("record.date-in-future", "$.client.date_of_birth"),
    ),
    "stage history out of date order": (
        lambda: attrs.evolve(
            CARLA,
            stage_history=(
                CARLA.stage_history[0],
                attrs.evolve(CARLA.stage_history[1], on=CARLA.opened_on - ONE_DAY),
                *CARLA.stage_history[2:],
            ),
        ),
        ("record.dates-out-of-order", "$.stage_history[1].on"),
    ),
    "closed with no closure record": (
        lambda: attrs.evolve(CARLA, stage=Stage.CLOSED),
        ("record.stage-mismatch", "$.stage"),
    ),
    "a closure record on an open case": (
        lambda: attrs.evolve(CARLA, closure=CLOSURE),
        ("record.stage-mismatch", "$.closure"),
    ),
    "history not ending in the stage": (
        lambda: attrs.evolve(CARLA, stage=Stage.MONITORING),
        ("record.stage-mismatch", "$.stage"),
    ),
    "duplicate party ids": (
        lambda: attrs.evolve(
            CARLA, parties=(*CARLA.parties, Party(id="sister", role=PartyRole.SUPPORT_PERSON))
        ),
        ("record.duplicate-id", f"$.parties[{len(CARLA.parties)}]"),
    ),
    "duplicate consent ids": (
        lambda: attrs.evolve(CARLA, consents=(*CARLA.consents, attrs.evolve(K, id="consent-1"))),
        ("record.duplicate-id", "$.consents[1]"),
    ),
    "duplicate risk ids": (
        lambda: _assessment(risks=(RISK, RISK)),
        ("record.duplicate-id", "$.assessment.risks[1]"),
    ),
    "duplicate advocacy ids": (
        lambda: attrs.evolve(CARLA, advocacy=(ADV, ADV)),
        ("record.duplicate-id", "$.advocacy[1]"),
    ),
    "duplicate reviews": (
        lambda: attrs.evolve(CARLA, reviews=(Review(held_on=AS_OF),) * 2),
        ("record.duplicate-id", "$.reviews[1]"),
    ),
    "a goal scored twice in one review": (
        lambda: attrs.evolve(
            CARLA,
            reviews=(
                Review(
                    held_on=AS_OF,
                    progress=(GoalProgress(goal_id="g-1", achievement=Achievement.IMPROVING),) * 2,
                ),
            ),
        ),
        ("record.duplicate-id", "$.reviews[0].progress[1]"),
    ),
    "a review scoring an unknown goal": (
        lambda: attrs.evolve(
            CARLA,
            reviews=(
                Review(
                    held_on=AS_OF,
                    progress=(GoalProgress(goal_id="g-99", achievement=Achievement.IMPROVING),),
                ),
            ),
        ),
        ("record.unknown-reference", "$.reviews[0].progress[0].goal_id"),
    ),
    "a risk resolved before it was found": (
        lambda: _assessment(risks=(attrs.evolve(RISK, resolved_on=AS_OF - ONE_DAY),)),
        ("record.dates-out-of-order", "$.assessment.risks[0].resolved_on"),
    ),
    "advocacy escalated before it started": (
        lambda: attrs.evolve(
            CARLA,
            advocacy=(attrs.evolve(ADV, escalations=(Escalation(on=AS_OF - ONE_DAY, to="x"),)),),
        ),
        ("record.dates-out-of-order", "$.advocacy[0].escalations[0].on"),
    ),
}


@pytest.mark.parametrize("name", list(CONTRADICTIONS))
def test_a_contradiction_is_an_error_at_its_path(name: str) -> None:
    """Seed 003: each self-contradicting record is one ERROR naming where it is."""
    build, expected = CONTRADICTIONS[name]
    assert expected in errors(build())


def test_the_carla_case_contradicts_nothing() -> None:
    """Seed 002's Carla case, as built, has no consistency findings."""
    assert [] == errors(CARLA)


@given(cases())
def test_valid_generated_cases_contradict_nothing(case: Case) -> None:
    """The library's own valid cases (stage, history, closure, ids) are consistent."""
    assert [] == errors(case, as_of=dt.date(2100, 1, 1))
