"""Which interesting region of the default rules a generated input lands in.

Shared by the rate test and by anyone measuring the strategies (print the
rates with ``python -m tests.testing.regions``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from casemgmt import Case, validate
from casemgmt.case import Stage
from casemgmt.closure import (
    DEFAULT_POLICY,
    ClosureReason,
    ClosureRecord,
    employment_start,
    evaluate,
    sustained_employment,
)
from casemgmt.monitoring import RevisionKind
from casemgmt.planning import GoalStatus

T = TypeVar("T")

ACMA = DEFAULT_POLICY.add("sustained-employment", sustained_employment(months=12))
"""Seed 000 (ACMA): no closure before 12 months of sustained employment."""


def before_closing(case: Case) -> Case:
    """A closed case as it stood just before it closed."""
    history = case.stage_history
    stage = history[-1].from_stage or Stage.INTAKE
    return attrs.evolve(case, closure=None, stage=stage, stage_history=history[:-1])


def case_regions(pair: tuple[Case, dt.date]) -> Iterable[str]:
    """The regions of the validation rules a ``(case, as_of)`` reaches."""
    case, as_of = pair
    codes = {f.code for f in validate(case, as_of=as_of)}
    yield "closed" if case.closure is not None else "open"
    if case.closure is not None:
        verdict = evaluate(before_closing(case), as_of=as_of, record=case.closure)
        yield "closed, eligible when it closed" if verdict.eligible else "closed, blocked"
    if employment_start(case) is not None:
        yield "employment start recorded"
    plan = case.plan
    if plan is not None and any(
        g.status is GoalStatus.COMPLETED and g.achieved_on is not None for g in plan.goals
    ):
        yield "goal achieved, dated"
    kinds = {r.kind for r in case.revisions}
    if RevisionKind.CHANGE in kinds:
        yield "plan revised"
    if RevisionKind.HOLD in kinds:
        yield "plan put on hold"
    shared = [r for r in case.referrals if r.sent_on is not None]
    if shared and "referral.no-consent" not in codes:
        yield "referral shared with consent"
    for code, region in (
        ("referral.no-consent", "referral shared without consent"),
        ("referral.follow-up-overdue", "referral follow-up overdue"),
        ("review.overdue", "review overdue"),
        ("case.disengaged", "client disengaged"),
        ("action.overdue", "action overdue"),
    ):
        if code in codes:
            yield region


def proposal_regions(proposal: tuple[Case, ClosureRecord, dt.date]) -> Iterable[str]:
    """The regions of the closure rules a ``(case, record, as_of)`` reaches."""
    case, record, as_of = proposal
    verdict = evaluate(case, as_of=as_of, record=record)
    yield "eligible" if verdict.eligible else "blocked"
    if employment_start(case) is not None:
        yield "employment start recorded"
        if record.reason is ClosureReason.GOALS_ACHIEVED:
            acma = evaluate(case, as_of=as_of, record=record, policy=ACMA)
            sustained = "closure.employment-not-sustained" not in {f.code for f in acma.findings}
            yield "12 months' employment met" if sustained else "12 months' employment not met"
    if record.reason is ClosureReason.DISENGAGED and record.notice_given_on is None:
        yield "disengaged, notice waived"
        if verdict.eligible:
            yield "disengaged, notice waived, eligible"
    yield f"reason {record.reason.value}"
    if record.reason is ClosureReason.TRANSFERRED and verdict.eligible:
        yield "transferred, eligible"
    for finding in verdict.blockers:
        yield f"blocker {finding.code}"


def rates(
    strategy: st.SearchStrategy[T], classify: Callable[[T], Iterable[str]], draws: int
) -> tuple[int, Counter[str]]:
    """(draws made, how many reached each region) over a fixed, derandomised run."""
    seen: Counter[str] = Counter()
    made = [0]

    @settings(
        max_examples=draws,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: T) -> None:
        made[0] += 1
        seen.update(set(classify(value)))

    collect()
    return made[0], seen


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    import sys

    from casemgmt.testing.strategies import cases_as_of, closure_proposals

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    for name, strategy, classify in (
        ("cases_as_of(consent=None)", cases_as_of(consent=None), case_regions),
        ("closure_proposals()", closure_proposals(), proposal_regions),
    ):
        total, seen = rates(strategy, classify, n)  # type: ignore[arg-type]
        print(f"{name}: {total} draws")
        for region, count in sorted(seen.items()):
            print(f"  {region:45} {count:4}  {count / total:6.1%}")
