"""Issue 12, item 9: a failing rule blocks, in ``validate`` and in closure ``evaluate``.

QCOSS "Monitoring and reviewing case work" (seed 003) and ACMA (seed 000):
closure follows the agency's guidelines; a guideline that could not be
checked must not let a case close.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

import casemgmt as cm
from casemgmt import Finding, Severity
from casemgmt.closure import DEFAULT_POLICY, ClosureReason, ClosureRecord, close, evaluate
from casemgmt.errors import ClosureBlockedError
from casemgmt.examples.carla import carla_case

AS_OF = dt.date(2024, 9, 4)


def broken(case: cm.Case, ctx: object) -> Iterable[Finding]:
    raise ValueError(case.client.name)  # the message carries client data


def string_severity(case: cm.Case, ctx: object) -> Iterable[Finding]:
    yield Finding("agency.twelve-months", "error", "not yet twelve months in the job")


def test_validate_reports_the_failure_and_runs_the_rest() -> None:
    """A broken agency rule in the middle: rule.failed, and the rules after it still run."""
    rules = cm.DEFAULT_RULES.add("agency.broken", broken, before="plan.goal-without-need")
    case = carla_case()
    plain = cm.validate(case, as_of=dt.date(2024, 12, 1))
    found = cm.validate(case, as_of=dt.date(2024, 12, 1), rules=rules)
    failed = [f for f in found if f.code == "rule.failed"]
    assert [Severity.ERROR] == [f.severity for f in failed]
    assert plain == [f for f in found if f.code != "rule.failed"]
    assert "Carla" not in failed[0].message
    assert "'agency.broken'" in failed[0].message
    assert "ValueError" in failed[0].message


def test_a_failing_closure_rule_blocks_the_closure() -> None:
    """evaluate: the failure is a blocker, so eligible is False and close refuses."""
    policy = DEFAULT_POLICY.add("agency.broken", broken)
    record = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=AS_OF, by="cm-1")
    verdict = evaluate(carla_case(), as_of=AS_OF, policy=policy, record=record)
    assert "rule.failed" in [f.code for f in verdict.blockers]
    assert not verdict.eligible
    empty = cm.closure.ClosurePolicy().add("agency.broken", broken)
    with pytest.raises(ClosureBlockedError, match=r"rule\.failed"):
        close(carla_case(), record, as_of=AS_OF, policy=empty)


def test_an_agency_rule_with_a_string_severity_blocks() -> None:
    """Seed 000 (ACMA's 12 months): written with "error", the finding still blocks."""
    policy = cm.closure.ClosurePolicy().add("agency.twelve-months", string_severity)
    record = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=AS_OF, by="cm-1")
    assert not evaluate(carla_case(), as_of=AS_OF, policy=policy, record=record).eligible
