"""Plan rules: links, strengths, SMART, roles and agreement (seeds 002, 003, 004)."""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casemgmt import Case, Client, Finding, Severity, validate
from casemgmt.assessment import Need, NeedDomain
from casemgmt.assessment._rules import ASSESSMENT_RULES
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.core import CheckContext
from casemgmt.examples.carla import PLAN_DATE, carla_case
from casemgmt.planning import (
    PLAN_RULES,
    Action,
    ActionStatus,
    CasePlan,
    DeferredNeed,
    Goal,
    GoalStatus,
    Responsible,
    StrengthStrategy,
    too_many_primary_goals,
    worker_owns_most_actions,
)
from casemgmt.planning import _rules as plan_rules
from casemgmt.testing.strategies import assessments, case_plans, cases

CTX = CheckContext(PLAN_DATE)
LINK_CODES = {
    "plan.goal-without-need",
    "plan.unknown-need",
    "plan.unknown-goal",
    "plan.need-unaddressed",
    "plan.duplicate-goal-id",
    "plan.duplicate-action-id",
    "plan.strength-without-strategy",
    "plan.unknown-strength",
}
RULES_WITHOUT_WORDING = PLAN_RULES.remove("goal.wording")


def _plan(case: Case) -> CasePlan:
    assert case.plan is not None
    return case.plan


def with_plan(case: Case, **changes: Any) -> Case:
    """The case with its plan changed."""
    return attrs.evolve(case, plan=attrs.evolve(_plan(case), **changes))


def with_goal(case: Case, index: int, **changes: Any) -> Case:
    goals = list(_plan(case).goals)
    goals[index] = attrs.evolve(goals[index], **changes)
    return with_plan(case, goals=tuple(goals))


def with_action(case: Case, index: int, **changes: Any) -> Case:
    actions = list(_plan(case).actions)
    actions[index] = attrs.evolve(actions[index], **changes)
    return with_plan(case, actions=tuple(actions))


def found(case: Case, code: str) -> list[tuple[Severity, str]]:
    """(severity, path) of each finding with ``code`` from the plan rules."""
    return [(f.severity, f.path) for f in PLAN_RULES.run(case, CTX) if f.code == code]


@pytest.fixture
def carla() -> Case:
    return carla_case()


# --- links (ACCEPTANCE; seed 004 "numbers correspond")


def test_carla_plan_has_no_findings_from_the_plan_rules(carla: Case) -> None:
    """Seed 002: Carla's agreed plan passes every plan rule (wording aside)."""
    expected: object = []
    assert expected == RULES_WITHOUT_WORDING.run(carla, CTX)


def test_goal_without_need_is_an_error_at_its_need_numbers(carla: Case) -> None:
    """Seed 004: a goal that cites no assessed need is an ERROR."""
    case = with_goal(carla, 1, need_numbers=())
    expected = [(Severity.ERROR, "$.plan.goals[1].need_numbers")]
    assert expected == found(case, "plan.goal-without-need")


def test_goal_citing_only_unknown_needs_is_one_error_per_citation(carla: Case) -> None:
    """Seed 004: a goal whose only citation is need 9 of 7 is reported at that citation."""
    case = with_goal(carla, 1, need_numbers=(9,))
    expected = [("plan.unknown-need", "$.plan.goals[1].need_numbers[0]")]
    actual = [(f.code, f.path) for f in PLAN_RULES.run(case, CTX) if f.severity is Severity.ERROR]
    assert expected == actual


def test_unknown_need_points_at_the_citation(carla: Case) -> None:
    """Seed 004: goal 2 citing need 9 of 7 is an ERROR at that citation."""
    case = with_goal(carla, 1, need_numbers=(2, 9))
    expected = [(Severity.ERROR, "$.plan.goals[1].need_numbers[1]")]
    assert expected == found(case, "plan.unknown-need")


def test_unknown_need_in_a_deferral_is_an_error(carla: Case) -> None:
    """Seed 004: deferring a need the assessment lacks is a broken link too."""
    case = with_plan(carla, deferred_needs=(DeferredNeed(need_number=12, reason="later"),))
    expected = [(Severity.ERROR, "$.plan.deferred_needs[0].need_number")]
    assert expected == found(case, "plan.unknown-need")


def test_action_for_unknown_goal_is_an_error(carla: Case) -> None:
    """ACCEPTANCE: an action whose goal the plan does not have is an ERROR."""
    case = with_action(carla, 3, goal_id="g-99")
    expected = [(Severity.ERROR, "$.plan.actions[3].goal_id")]
    assert expected == found(case, "plan.unknown-goal")


def _without_goal(case: Case, goal_id: str) -> Case:
    plan = _plan(case)
    return with_plan(
        case,
        goals=tuple(g for g in plan.goals if g.id != goal_id),
        actions=tuple(a for a in plan.actions if a.goal_id != goal_id),
    )


def test_need_without_goal_or_deferral_is_a_warning(carla: Case) -> None:
    """Seed 004: every barrier has a strategy; need 7 losing its goal is a WARNING."""
    case = _without_goal(carla, "g-7")
    expected = [(Severity.WARNING, "$.assessment.needs[6]")]
    assert expected == found(case, "plan.need-unaddressed")


def test_need_deferred_with_a_reason_is_addressed(carla: Case) -> None:
    """Seed 002: crisis first; a need deferred with its reason is not unaddressed."""
    case = _without_goal(carla, "g-7")
    deferral = DeferredNeed(need_number=7, reason="Work waits until the children are settled")
    case = with_plan(case, deferred_needs=(deferral,))
    expected: object = []
    assert expected == found(case, "plan.need-unaddressed")


def test_deferral_with_a_blank_reason_does_not_count(carla: Case) -> None:
    """Seed 003: every decision is documented with why; a blank reason is none."""
    case = _without_goal(carla, "g-7")
    case = with_plan(case, deferred_needs=(DeferredNeed(need_number=7, reason="  "),))
    expected = [(Severity.WARNING, "$.assessment.needs[6]")]
    assert expected == found(case, "plan.need-unaddressed")


def test_duplicate_goal_id_is_an_error(carla: Case) -> None:
    """Actions name their goal by id, so goal ids must be unique."""
    case = with_goal(carla, 2, id="g-1")
    expected = [(Severity.ERROR, "$.plan.goals[2].id")]
    assert expected == found(case, "plan.duplicate-goal-id")


def test_duplicate_action_id_is_an_error(carla: Case) -> None:
    """Action ids must be unique so reviews can report on each."""
    case = with_action(carla, 4, id="a-1")
    expected = [(Severity.ERROR, "$.plan.actions[4].id")]
    assert expected == found(case, "plan.duplicate-action-id")


def test_case_without_plan_has_no_plan_findings(carla: Case) -> None:
    """Before planning there is nothing for the plan rules to judge."""
    case = attrs.evolve(carla, plan=None)
    expected: object = []
    assert expected == PLAN_RULES.run(case, CTX)


# --- strengths (seed 004, "integration of client documentation")


def test_strength_without_strategy_is_a_warning(carla: Case) -> None:
    """Seed 004: every listed strength has a way the plan builds on it."""
    case = with_plan(carla, strength_strategies=_plan(carla).strength_strategies[:2])
    expected = [(Severity.WARNING, "$.assessment.strengths[2]")]
    assert expected == found(case, "plan.strength-without-strategy")


def test_strategy_for_unknown_strength_is_an_error(carla: Case) -> None:
    """Seed 004: a strategy must build on a strength the assessment records."""
    extra = StrengthStrategy(strength_id="s-9", strategy="use it")
    case = with_plan(carla, strength_strategies=(*_plan(carla).strength_strategies, extra))
    expected = [(Severity.ERROR, "$.plan.strength_strategies[3].strength_id")]
    assert expected == found(case, "plan.unknown-strength")


# --- SMART goals (seeds 001, 002; Garvin 2009; Summers 2016)


def test_goal_without_actions_is_a_warning(carla: Case) -> None:
    """Seed 002: each goal has strategies; a goal with no action is a WARNING."""
    case = with_plan(carla, actions=_plan(carla).actions[1:])
    expected = [(Severity.WARNING, "$.plan.goals[0]")]
    assert expected == found(case, "goal.no-actions")


def test_goal_without_indicator_is_a_warning(carla: Case) -> None:
    """Seed 002 (Garvin): the client knows when the goal is achieved."""
    case = with_goal(carla, 3, indicators=(" ",))
    expected = [(Severity.WARNING, "$.plan.goals[3].indicators")]
    assert expected == found(case, "goal.no-indicator")


def test_goal_without_target_date_is_not_time_bound(carla: Case) -> None:
    """Seed 002: SMART goals are timely."""
    case = with_goal(carla, 0, target_date=None)
    expected = [(Severity.WARNING, "$.plan.goals[0].target_date")]
    assert expected == found(case, "goal.not-time-bound")


def test_goal_due_before_the_plan_is_flagged(carla: Case) -> None:
    """Seed 002: a target date before the plan date cannot be worked towards."""
    case = with_goal(carla, 4, target_date=PLAN_DATE - dt.timedelta(days=1))
    expected = [(Severity.WARNING, "$.plan.goals[4].target_date")]
    assert expected == found(case, "goal.target-before-plan")


def test_completed_goal_is_not_judged_for_smart(carla: Case) -> None:
    """Only open goals (FHIR lifecycle) still need indicators and dates."""
    case = with_goal(carla, 0, target_date=None, indicators=(), status=GoalStatus.COMPLETED)
    expected: object = []
    assert expected == found(case, "goal.not-time-bound") + found(case, "goal.no-indicator")


def _primary_goals(case: Case, count: int) -> Case:
    goals = tuple(attrs.evolve(g, primary=i < count) for i, g in enumerate(_plan(case).goals))
    return with_plan(case, goals=goals)


def test_six_primary_goals_are_too_many(carla: Case) -> None:
    """Seed 002 (Summers 2016): more than five primary goals is a WARNING."""
    case = _primary_goals(carla, 6)
    expected = [(Severity.WARNING, "$.plan.goals")]
    assert expected == found(case, "plan.too-many-goals")


def test_five_primary_goals_are_fine(carla: Case) -> None:
    """Seed 002: five primary goals are within the default limit."""
    expected: object = []
    assert expected == found(_primary_goals(carla, 5), "plan.too-many-goals")


def test_agency_lowers_the_goal_limit(carla: Case) -> None:
    """An agency swaps the limit in one line, without subclassing (DESIGN.md)."""
    rules = PLAN_RULES.replace("plan.too-many-goals", too_many_primary_goals(limit=3))
    codes = [f.code for f in rules.run(carla, CTX)]
    expected = ["plan.too-many-goals"]
    assert expected == [c for c in codes if c == "plan.too-many-goals"]


def test_goal_limit_must_be_positive() -> None:
    """A limit below one is misuse, refused at once."""
    with pytest.raises(ValueError, match="limit"):
        too_many_primary_goals(limit=0)


# --- actions and roles (seeds 002, 003)


def test_action_without_owner_is_a_warning(carla: Case) -> None:
    """Seed 002: every action says by whom."""
    case = with_action(carla, 2, responsible=None, responsible_party=None)
    expected = [(Severity.WARNING, "$.plan.actions[2].responsible")]
    assert expected == found(case, "action.no-owner")


def test_unnamed_external_service_is_no_owner(carla: Case) -> None:
    """Seed 002: an action by another service names that service."""
    case = with_action(
        carla, 2, responsible=Responsible.EXTERNAL_SERVICE, responsible_party=None, service_name=""
    )
    expected = [(Severity.WARNING, "$.plan.actions[2].service_name")]
    assert expected == found(case, "action.no-owner")


def test_action_without_due_date_is_a_warning(carla: Case) -> None:
    """Seed 002: every action has a target time frame."""
    case = with_action(carla, 5, timeframe=None, due_date=None)
    expected = [(Severity.WARNING, "$.plan.actions[5].due_date")]
    assert expected == found(case, "action.no-due-date")


def test_done_action_is_not_judged_for_owner_or_date(carla: Case) -> None:
    """A finished action needs no owner or due date any more."""
    case = with_action(
        carla, 5, timeframe=None, due_date=None, responsible=None, status=ActionStatus.DONE
    )
    expected: object = []
    assert expected == found(case, "action.no-due-date") + found(case, "action.no-owner")


def _all_owned_by(case: Case, who: Responsible) -> Case:
    actions = tuple(attrs.evolve(a, responsible=who) for a in _plan(case).actions)
    return with_plan(case, actions=actions)


def test_worker_owning_every_action_is_a_warning(carla: Case) -> None:
    """Seed 003 (Zoe): a case manager doing everything while the client does nothing."""
    case = _all_owned_by(carla, Responsible.CASE_MANAGER)
    expected = [(Severity.WARNING, "$.plan.actions")]
    assert expected == found(case, "plan.worker-owns-actions")


def test_one_client_action_does_not_hide_the_worker(carla: Case) -> None:
    """Seed 003 (Zoe), issue 12: one client action among seven mostly the worker's still warns."""
    case = with_action(_all_owned_by(carla, Responsible.CASE_MANAGER), 0, responsible=None)
    case = with_action(case, 1, responsible=Responsible.CLIENT)
    expected: object = [(Severity.WARNING, "$.plan.actions")]
    assert expected == found(case, "plan.worker-owns-actions")


def test_worker_share_is_configurable(carla: Case) -> None:
    """Seed 003: with no client action and the worker owning 3 of 5, 50% warns, 80% not."""
    plan = _plan(carla)
    case = with_plan(carla, actions=tuple(a for a in plan.actions if a.id not in {"a-2", "a-4"}))
    case = with_action(case, 2, responsible=Responsible.SUPPORT_PERSON)
    case = with_action(case, 3, responsible=Responsible.SUPPORT_PERSON)
    strict, default = worker_owns_most_actions(share=0.5), worker_owns_most_actions()
    expected: object = (["plan.worker-owns-actions"], [])
    assert expected == (
        [f.code for f in strict(case, CTX)],
        [f.code for f in default(case, CTX)],
    )


def test_small_plans_are_not_judged_for_worker_share(carla: Case) -> None:
    """Two actions say too little to call a plan worker-heavy."""
    case = _all_owned_by(carla, Responsible.CASE_MANAGER)
    case = with_plan(case, actions=_plan(case).actions[:2])
    expected: object = []
    assert expected == found(case, "plan.worker-owns-actions")


def test_worker_share_must_be_a_fraction() -> None:
    """A share outside (0, 1] is misuse."""
    with pytest.raises(ValueError, match="share"):
        worker_owns_most_actions(share=1.5)


# --- the plan as a whole (seeds 001, 002)


def test_plan_without_review_date_is_a_warning(carla: Case) -> None:
    """Seed 002 (Woodside & McClam): every plan has a review date."""
    case = with_plan(carla, review_date=None)
    expected = [(Severity.WARNING, "$.plan.review_date")]
    assert expected == found(case, "plan.no-review-date")


def test_closed_case_needs_no_review_date(carla: Case) -> None:
    """A closed case is not reviewed again."""
    closure = ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED, closed_on=dt.date(2025, 3, 4), agreed_by_client=True
    )
    case = attrs.evolve(with_plan(carla, review_date=None), closure=closure)
    expected: object = []
    assert expected == found(case, "plan.no-review-date")


def test_plan_not_agreed_is_a_warning(carla: Case) -> None:
    """Seed 001: plans are agreed and signed by client and case manager where possible."""
    case = with_plan(carla, agreed_by_client=False, signed_by_client_on=None)
    expected = [(Severity.WARNING, "$.plan.agreed_by_client")]
    assert expected == found(case, "plan.not-agreed")


# --- goal wording plugs into the same rule set


@pytest.fixture
def fake_wording(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
    """A stand-in wording module that records its calls and finds one problem each."""
    calls: list[tuple[str, tuple[str, ...]]] = []

    def check_goal_statement(text: str, *, client_names: Sequence[str] = ()) -> list[Finding]:
        calls.append((text, tuple(client_names)))
        return [Finding("goal.not-measurable", Severity.WARNING, "no count")]

    module = types.ModuleType("casemgmt.planning._wording")
    module.check_goal_statement = check_goal_statement  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "casemgmt.planning._wording", module)
    plan_rules._wording_checker.cache_clear()
    yield calls
    plan_rules._wording_checker.cache_clear()


def test_wording_findings_point_at_each_open_goal(
    carla: Case, fake_wording: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Goal wording findings land at $.plan.goals[i].statement, open goals only."""
    case = with_goal(carla, 1, status=GoalStatus.COMPLETED)
    paths = [f.path for f in PLAN_RULES.run(case, CTX) if f.code == "goal.not-measurable"]
    assert [f"$.plan.goals[{i}].statement" for i in (0, 2, 3, 4, 5, 6)] == paths


def test_wording_is_told_the_client_names(
    carla: Case, fake_wording: list[tuple[str, tuple[str, ...]]]
) -> None:
    """The checker hears the first and full name so "Carla will..." is client behaviour."""
    case = attrs.evolve(carla, client=attrs.evolve(carla.client, name="Carla  Jones"))
    list(plan_rules.goal_wording(case, CTX))
    assert {("Carla", "Carla Jones")} == {names for _, names in fake_wording}


def test_wording_rule_is_silent_without_the_module(
    carla: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the wording module is installed the rule finds nothing."""
    monkeypatch.setitem(sys.modules, "casemgmt.planning._wording", None)
    plan_rules._wording_checker.cache_clear()
    try:
        expected: object = []
        assert expected == list(plan_rules.goal_wording(carla, CTX))
    finally:
        plan_rules._wording_checker.cache_clear()


def test_client_names_of_a_single_name() -> None:
    """A one-word name is both the first and the full name."""
    case = carla_case()
    expected = ("Carla",)
    assert expected == plan_rules.client_names(case)


def test_validate_runs_the_plan_rules(carla: Case) -> None:
    """casemgmt.validate runs PLAN_RULES with the rest."""
    case = with_goal(carla, 0, need_numbers=())
    assert "plan.goal-without-need" in {f.code for f in validate(case, as_of=PLAN_DATE)}


def test_plan_rule_names_are_stable() -> None:
    """Agencies address rules by these names."""
    expected = (
        "plan.goal-without-need", "plan.unknown-need", "plan.unknown-goal", "plan.need-unaddressed",
        "plan.duplicate-ids", "plan.strength-without-strategy", "plan.unknown-strength",
        "goal.no-actions", "goal.no-indicator", "goal.not-time-bound",
        "goal.target-before-plan", "goal.wording", "plan.too-many-goals",
        "action.no-owner", "action.no-due-date", "plan.worker-owns-actions",
        "plan.no-review-date", "plan.not-agreed",
    )  # fmt: skip
    assert expected == PLAN_RULES.rule_names


# --- properties over generated cases


@st.composite
def _planned_case(draw: st.DrawFn) -> Case:
    assessment = draw(assessments(start=PLAN_DATE).filter(lambda a: bool(a.needs)))
    plan = draw(
        case_plans(
            tuple(n.number for n in assessment.needs),
            created=PLAN_DATE,
            strength_ids=tuple(s.id for s in assessment.strengths),
        ).filter(lambda p: bool(p.goals))
    )
    client = Client(id="client-1", name="Zebediah Quuxworth")
    return Case(id="case-1", client=client, opened_on=PLAN_DATE, assessment=assessment, plan=plan)


def _planned() -> st.SearchStrategy[Case]:
    """Assessed and planned cases, built from the library's record strategies."""
    return _planned_case()


def _both(case: Case) -> list[Finding]:
    ctx = CheckContext(PLAN_DATE)
    return ASSESSMENT_RULES.run(case, ctx) + RULES_WITHOUT_WORDING.run(case, ctx)


@given(cases())
def test_generated_cases_have_consistent_links(case: Case) -> None:
    """The library's strategies build cases whose links all hold (seed 004)."""
    assert set() == {f.code for f in _both(case)} & LINK_CODES


@given(cases())
def test_generated_cases_have_no_errors(case: Case) -> None:
    """Generated cases are valid: no ERROR from the assessment and plan rules."""
    expected: object = []
    assert expected == [f for f in _both(case) if f.severity is Severity.ERROR]


@given(_planned(), st.data())
def test_removing_need_links_always_gives_goal_without_need(
    case: Case, data: st.DataObject
) -> None:
    """Seed 004: strip any goal of its need numbers and the link error appears there."""
    i = data.draw(st.integers(0, len(_plan(case).goals) - 1))
    broken = with_goal(case, i, need_numbers=(), status=GoalStatus.ACTIVE)
    paths = [f.path for f in _both(broken) if f.code == "plan.goal-without-need"]
    assert [f"$.plan.goals[{i}].need_numbers"] == paths


@given(_planned(), st.data())
def test_pointing_an_action_elsewhere_gives_unknown_goal(case: Case, data: st.DataObject) -> None:
    """ACCEPTANCE: an action moved to a goal the plan lacks is found at its goal_id."""
    assume(_plan(case).actions)
    i = data.draw(st.integers(0, len(_plan(case).actions) - 1))
    broken = with_action(case, i, goal_id="no-such-goal")
    paths = [f.path for f in _both(broken) if f.code == "plan.unknown-goal"]
    assert [f"$.plan.actions[{i}].goal_id"] == paths


def _renumber(case: Case, mapping: dict[int, int]) -> Case:
    def nums(numbers: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(mapping.get(n, n) for n in numbers)

    a = case.assessment
    assessment = attrs.evolve(
        a,
        needs=tuple(attrs.evolve(n, number=mapping[n.number]) for n in a.needs),
        sessions=tuple(attrs.evolve(s, need_numbers=nums(s.need_numbers)) for s in a.sessions),
    )
    plan = _plan(case)
    plan = attrs.evolve(
        plan,
        goals=tuple(attrs.evolve(g, need_numbers=nums(g.need_numbers)) for g in plan.goals),
        deferred_needs=tuple(
            attrs.evolve(d, need_number=mapping.get(d.need_number, d.need_number))
            for d in plan.deferred_needs
        ),
    )
    return attrs.evolve(case, assessment=assessment, plan=plan)


@given(_planned(), st.data())
def test_renumbering_needs_consistently_changes_nothing(case: Case, data: st.DataObject) -> None:
    """Seed 004: numbers only have to correspond; which numbers they are does not matter."""
    numbers = sorted(n.number for n in case.assessment.needs)
    new = data.draw(st.lists(st.integers(1, 999), min_size=len(numbers), max_size=len(numbers),
                             unique=True))  # fmt: skip
    renumbered = _renumber(case, dict(zip(numbers, new, strict=True)))

    def judged(c: Case) -> list[tuple[str, Severity, str]]:
        return [(f.code, f.severity, f.path) for f in _both(c)]

    assert judged(case) == judged(renumbered)


@given(_planned())
def test_an_extra_unplanned_need_is_unaddressed(case: Case) -> None:
    """Seed 004: a newly assessed need with no goal is flagged until planned or deferred."""
    a = case.assessment
    need = Need(number=a.next_need_number, domain=NeedDomain.HOUSING, description="rent arrears")
    grown = attrs.evolve(case, assessment=a.add_need(need))
    paths = [f.path for f in _both(grown) if f.code == "plan.need-unaddressed"]
    assert [f"$.assessment.needs[{len(a.needs)}]"] == paths


@given(cases())
def test_findings_never_carry_the_client_name(case: Case) -> None:
    """Privacy: messages, paths and hints hold ids and numbers, never the client's name."""
    named = attrs.evolve(case, client=attrs.evolve(case.client, name="Zebediah Quuxworth"))
    text = " ".join(f"{f.message} {f.path} {f.hint}" for f in _both(named))
    assert "Quuxworth" not in text
    assert "Zebediah" not in text


def test_rules_are_pure_functions_of_case_and_context(carla: Case) -> None:
    """Running the rules twice gives the same findings (no hidden state)."""
    case = with_goal(with_plan(carla, review_date=None), 2, need_numbers=())
    assert PLAN_RULES.run(case, CTX) == PLAN_RULES.run(case, CTX)


def test_goal_in_error_is_not_a_missing_link(carla: Case) -> None:
    """FHIR entered-in-error goals are mistakes, not plan content."""
    case = with_goal(carla, 0, need_numbers=(), status=GoalStatus.ENTERED_IN_ERROR)
    expected: object = []
    assert expected == found(case, "plan.goal-without-need")


def test_new_goal_added_by_agency_code(carla: Case) -> None:
    """An extra goal citing a real need passes the link rules."""
    goal = Goal(id="g-8", statement="Client will open a bank account", need_numbers=(6,))
    action = Action(id="a-8", goal_id="g-8", what="Visit the bank", responsible=Responsible.CLIENT,
                    due_date=PLAN_DATE)  # fmt: skip
    plan = _plan(carla)
    case = with_plan(carla, goals=(*plan.goals, goal), actions=(*plan.actions, action))
    assert set() == {f.code for f in PLAN_RULES.run(case, CTX)} & LINK_CODES
