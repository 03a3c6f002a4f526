"""The Carla case from seed 002: built in code, stored as JSON, validated clean."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from casemgmt import Case, ConsentPurpose, PartyRole, Severity, dumps, loads, validate
from casemgmt.examples import carla_case, carla_json
from casemgmt.examples.carla import PLAN_DATE, REVIEW_DATE
from casemgmt.planning import Responsible

CARLA_JSON = Path(__file__).resolve().parents[2] / "examples" / "carla.json"


@pytest.fixture
def carla() -> Case:
    return carla_case()


def test_examples_file_is_the_built_case() -> None:
    """examples/carla.json is exactly what carla_json() writes, so it cannot rot."""
    assert carla_json() == CARLA_JSON.read_text(encoding="utf-8")


def test_examples_file_is_the_dumps_form() -> None:
    """The file holds the same JSON as casemgmt.dumps(carla_case()), indented."""
    assert json.loads(dumps(carla_case())) == json.loads(CARLA_JSON.read_text(encoding="utf-8"))


def test_examples_file_loads_to_the_case(carla: Case) -> None:
    """Loading the stored Carla case gives back the case built in code."""
    assert carla == loads(CARLA_JSON.read_text(encoding="utf-8"), Case)


def test_carla_round_trips_through_json(carla: Case) -> None:
    """dumps then loads is lossless for the whole case."""
    assert carla == loads(dumps(carla), Case)


def test_carla_validates_with_no_error(carla: Case) -> None:
    """Seed 002: Carla's plan is a model plan; validate finds no ERROR on the plan date."""
    errors = [f for f in validate(carla, as_of=PLAN_DATE) if f.severity is Severity.ERROR]
    expected: object = []
    assert expected == errors


def test_carla_validates_with_no_error_before_review(carla: Case) -> None:
    """A week into the plan nothing is broken either."""
    as_of = PLAN_DATE + dt.timedelta(days=7)
    errors = [f for f in validate(carla, as_of=as_of) if f.severity is Severity.ERROR]
    expected: object = []
    assert expected == errors


def test_needs_are_numbered_one_to_seven(carla: Case) -> None:
    """Seed 004: the assessment numbers her needs; the seed's table gives seven."""
    expected = [1, 2, 3, 4, 5, 6, 7]
    assert expected == [n.number for n in carla.assessment.needs]


def test_goals_cite_the_need_in_their_place(carla: Case) -> None:
    """Seed 004: numbers correspond; goal i answers need i in the seed's table."""
    assert carla.plan is not None
    expected = [(i,) for i in range(1, 8)]
    assert expected == [g.need_numbers for g in carla.plan.goals]


def test_actions_owners_and_time_frames_follow_the_seed(carla: Case) -> None:
    """Seed 002: the plan table's actions, by whom and target time frames."""
    assert carla.plan is not None
    cm, client = Responsible.CASE_MANAGER, Responsible.CLIENT
    expected = [
        (cm, "2 weeks", "for an appointment"),
        (client, "1 week", "to book in"),
        (cm, "1 week", "to commence counselling"),
        (client, "1 day", ""),
        (client, "1 week", ""),
        (cm, "1 month", ""),
        (cm, "1 month", ""),
    ]
    actual = [(a.responsible, str(a.timeframe), a.timeframe_note) for a in carla.plan.actions]
    assert expected == actual


def test_due_dates_resolve_against_the_plan_date(carla: Case) -> None:
    """Seed 002's "1 day", "1 week", "2 weeks", "1 month" from 4 September 2024."""
    assert carla.plan is not None
    expected = {
        "a-1": dt.date(2024, 9, 18),
        "a-2": dt.date(2024, 9, 11),
        "a-4": dt.date(2024, 9, 5),
        "a-6": dt.date(2024, 10, 4),
    }
    actual = {a.id: a.due_date for a in carla.plan.actions if a.id in expected}
    assert expected == actual


def test_every_service_in_the_seed_is_in_the_plan(carla: Case) -> None:
    """Seed 002: Paradise Kids, the child therapist, the rehabilitation centre, her sister,
    RentConnect and the employment office all appear in the actions."""
    assert carla.plan is not None
    text = " ".join(a.what for a in carla.plan.actions).lower()
    names = ["paradise kids", "child therapist", "rehabilitation centre", "sister",
             "rentconnect", "employment office"]  # fmt: skip
    assert names == [n for n in names if n in text]


def test_client_owns_the_steps_she_can_take(carla: Case) -> None:
    """Seed 002: the client books, calls and asks her sister herself (self-reliance)."""
    assert carla.plan is not None
    mine = [a.id for a in carla.plan.actions if a.responsible is Responsible.CLIENT]
    expected = ["a-2", "a-4", "a-5"]
    assert expected == mine


def test_consent_covers_every_external_service(carla: Case) -> None:
    """Seed 001: written consent to collect, use, store and share with each service."""
    services = [p.id for p in carla.parties if p.role is PartyRole.EXTERNAL_SERVICE]
    covered = [
        s
        for s in services
        if all(
            any(c.covers(purpose, s, PLAN_DATE) for c in carla.consents)
            for purpose in (ConsentPurpose.USE, ConsentPurpose.STORE, ConsentPurpose.SHARE)
        )
    ]
    assert services == covered


def test_sister_is_the_support_person(carla: Case) -> None:
    """Seed 002: her sister is the support person who accompanies her."""
    roles = {p.id: p.role for p in carla.parties}
    expected = PartyRole.SUPPORT_PERSON
    assert expected == roles["sister"]


def test_plan_is_agreed_signed_and_has_a_review_date(carla: Case) -> None:
    """Seed 001: signed by client and case manager; seed 002: a review date."""
    assert carla.plan is not None
    plan = carla.plan
    expected = (True, PLAN_DATE, PLAN_DATE, REVIEW_DATE)
    actual = (
        plan.agreed_by_client,
        plan.signed_by_client_on,
        plan.signed_by_case_manager_on,
        plan.review_date,
    )
    assert expected == actual


def test_every_strength_has_a_strategy(carla: Case) -> None:
    """Seed 004: each listed strength is linked to a way the plan builds on it."""
    assert carla.plan is not None
    expected = [s.id for s in carla.assessment.strengths]
    assert expected == [s.strength_id for s in carla.plan.strength_strategies]


def test_case_is_in_implementation_on_the_plan_date(carla: Case) -> None:
    """The case moved intake → assessment → planning → implementation, each step recorded."""
    expected = ["assessment", "planning", "implementation"]
    assert expected == [c.to_stage.value for c in carla.stage_history]


def test_builder_is_deterministic() -> None:
    """Two builds are equal values (no clock, no randomness)."""
    assert carla_case() == carla_case()
