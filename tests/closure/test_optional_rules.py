"""Ready-made rules agencies add to their closure policy."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from casemgmt import Case
from casemgmt.closure import (
    DEFAULT_POLICY,
    ClosurePolicy,
    ClosureReason,
    ClosureRecord,
    employment_start,
    evaluate,
    follow_up_after_exit,
    min_time_since_goal_achieved,
    supervisor_approval,
    sustained_employment,
)
from casemgmt.planning import GoalStatus

AS_OF = dt.date(2024, 6, 3)
D = dt.date


def codes(case: Case, record: ClosureRecord | None, policy: ClosurePolicy) -> list[str]:
    return [f.code for f in evaluate(case, as_of=AS_OF, policy=policy, record=record).findings]


def only(name: str, rule: object) -> ClosurePolicy:
    return ClosurePolicy().add(name, rule)  # type: ignore[arg-type]


def with_job_start(case: Case, start: dt.date | None) -> Case:
    assert case.plan is not None
    goals = (case.plan.goals[0], attrs.evolve(case.plan.goals[1], achieved_on=start))
    return attrs.evolve(case, plan=attrs.evolve(case.plan, goals=goals))


def test_employment_start_is_the_achieved_employment_goal(ready_case: Case) -> None:
    """The job's start is the achieved_on of a goal citing an employment need."""
    assert D(2024, 4, 1) == employment_start(ready_case)


def test_cancelled_employment_goal_is_no_evidence(ready_case: Case) -> None:
    """A cancelled goal records no job."""
    assert ready_case.plan is not None
    goals = (
        ready_case.plan.goals[0],
        attrs.evolve(ready_case.plan.goals[1], status=GoalStatus.CANCELLED),
    )
    case = attrs.evolve(ready_case, plan=attrs.evolve(ready_case.plan, goals=goals))
    assert employment_start(case) is None


def test_acma_does_not_close_before_12_months_of_employment(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: ACMA closes only after a full 12 months in the new job."""
    verdict = evaluate(
        ready_case,
        as_of=AS_OF,
        policy=only("sustained-employment", sustained_employment(months=12)),
        record=good_record,
    )
    expected = [("closure.employment-not-sustained", "keep the case open until 2025-04-01")]
    assert expected == [(f.code, f.hint) for f in verdict.findings]


def test_acma_closes_after_12_months_of_employment(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: twelve full months since the job started is enough."""
    case = with_job_start(ready_case, D(2023, 6, 3))
    expected: list[object] = []
    assert expected == codes(case, good_record, only("acma", sustained_employment(12)))


def test_no_recorded_job_blocks_the_acma_rule(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 000: without evidence of employment there is nothing sustained."""
    case = with_job_start(ready_case, None)
    expected = ["closure.employment-not-sustained"]
    assert expected == codes(case, good_record, only("acma", sustained_employment()))


def test_acma_rule_does_not_hold_back_a_client_who_moves_away(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: a client moving out of the catchment still leaves."""
    record = attrs.evolve(good_record, reason=ClosureReason.MOVED_OUT_OF_CATCHMENT)
    expected: list[object] = []
    assert expected == codes(ready_case, record, only("acma", sustained_employment()))


def test_sustained_employment_accepts_a_custom_evidence_source(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Agencies that record the job elsewhere pass their own start-date function."""
    rule = sustained_employment(6, started_on=lambda case: D(2023, 12, 1))
    expected: list[object] = []
    assert expected == codes(ready_case, good_record, only("six-months", rule))


def test_time_since_last_goal_blocks_a_quick_closure(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: "it is important not to close client files prematurely"."""
    verdict = evaluate(
        ready_case,
        as_of=AS_OF,
        policy=only("wait", min_time_since_goal_achieved(90)),
        record=good_record,
    )
    expected = [("closure.too-soon-after-goal", "$.plan.goals[1].achieved_on")]
    assert expected == [(f.code, f.path) for f in verdict.findings]


def test_time_since_last_goal_is_met_after_the_wait(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: 63 days after the last goal, a 60-day wait is over."""
    expected: list[object] = []
    assert expected == codes(
        ready_case, good_record, only("wait", min_time_since_goal_achieved(60))
    )


def test_supervisor_approval_is_required(ready_case: Case, good_record: ClosureRecord) -> None:
    """Primero: closures need a supervisor's approval."""
    expected = ["closure.not-approved"]
    assert expected == codes(ready_case, good_record, only("approve", supervisor_approval()))


@pytest.mark.parametrize("approver", ["cm-1", "nobody"])
def test_approver_must_be_a_supervisor(
    ready_case: Case, good_record: ClosureRecord, approver: str
) -> None:
    """Primero: the case manager cannot approve their own closure."""
    record = attrs.evolve(good_record, approved_by=approver)
    expected = ["closure.approver-not-supervisor"]
    assert expected == codes(ready_case, record, only("approve", supervisor_approval()))


def test_supervisor_approval_is_met(ready_case: Case, good_record: ClosureRecord) -> None:
    """Primero: a supervisor on the case approving is enough."""
    record = attrs.evolve(good_record, approved_by="sup-1")
    expected: list[object] = []
    assert expected == codes(ready_case, record, only("approve", supervisor_approval()))


def test_follow_up_after_exit_is_required(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 001: contacting the client after exit is best practice."""
    assert good_record.exit_plan is not None
    record = attrs.evolve(
        good_record, exit_plan=attrs.evolve(good_record.exit_plan, follow_up_method="")
    )
    expected = ["closure.no-follow-up"]
    assert expected == codes(ready_case, record, only("follow-up", follow_up_after_exit()))


def test_follow_up_must_fall_in_the_window(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 001: a follow-up two months out misses a 30-day window."""
    assert good_record.exit_plan is not None
    record = attrs.evolve(
        good_record, exit_plan=attrs.evolve(good_record.exit_plan, follow_up_on=D(2024, 8, 3))
    )
    expected = ["closure.follow-up-out-of-window"]
    assert expected == codes(
        ready_case, record, only("follow-up", follow_up_after_exit(within_days=30))
    )


def test_follow_up_in_the_window_is_met(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 001: a phone call 30 days after exit meets a 30-day window."""
    expected: list[object] = []
    assert expected == codes(ready_case, good_record, only("follow-up", follow_up_after_exit(30)))


@pytest.mark.parametrize(
    "factory",
    [
        lambda: sustained_employment(0),
        lambda: min_time_since_goal_achieved(-1),
        lambda: follow_up_after_exit(-1),
    ],
)
def test_factories_refuse_nonsense_parameters(factory: object) -> None:
    """A misconfigured rule is misuse, caught when the policy is built."""
    with pytest.raises(ValueError, match="must be"):
        factory()  # type: ignore[operator]


def test_optional_rules_compose_with_the_defaults(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: an agency's guidelines are the defaults plus its own rules."""
    policy = DEFAULT_POLICY.add("acma", sustained_employment()).add(
        "approval", supervisor_approval()
    )
    expected = ["closure.employment-not-sustained", "closure.not-approved"]
    assert expected == codes(ready_case, good_record, policy)
