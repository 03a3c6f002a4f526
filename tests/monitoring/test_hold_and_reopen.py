"""Issue 12, items 10 and 11: a hold is not a new plan; a re-opened case starts afresh.

QCOSS "Monitoring and reviewing case work" guide (seed 003): in a crisis the
plan may be "completely put aside" and taken up again afterwards; a closed
case can be re-opened (seed 003; ACMA, seed 000: inform clients "how their
files can be re-opened").
"""

from __future__ import annotations

import datetime as dt

import attrs

import casemgmt as cm
from casemgmt import Case
from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, close, reopen
from casemgmt.examples.carla import carla_case
from casemgmt.monitoring import put_on_hold, resume, revise_plan
from casemgmt.monitoring._records import ContactAttempt, ContactChannel, ContactResult

HOLD = dt.date(2024, 11, 20)  # after every Carla target date but g-7's


def codes(case: Case, on: dt.date) -> list[str]:
    return [f.code for f in cm.validate(case, as_of=on)]


def held() -> Case:
    return put_on_hold(carla_case(), on=HOLD, reason="Crisis: eviction notice", by="cm-1")


def test_a_hold_raises_no_target_before_plan() -> None:
    """Seed 003: putting the Carla plan aside in a crisis does not re-date her goals."""
    assert "goal.target-before-plan" not in codes(held(), HOLD)


def test_a_resume_raises_no_target_before_plan() -> None:
    """Seed 003: taking the plan up again is not a new plan either."""
    back = resume(
        held(),
        on=HOLD + dt.timedelta(days=10),
        reason="Crisis settled",
        agreed_by_client=True,
        by="cm-1",
        review_date=dt.date(2025, 1, 10),
    )
    assert "goal.target-before-plan" not in codes(back, HOLD + dt.timedelta(days=10))


def test_a_change_to_other_goals_does_not_re_date_a_carried_goal() -> None:
    """The same mechanism: a revision that leaves a goal alone leaves its target as set."""
    case = carla_case()
    plan = case.plan
    assert plan is not None
    extra = attrs.evolve(plan.actions[0], id="a-new")
    new = attrs.evolve(plan, actions=(*plan.actions, extra), review_date=dt.date(2025, 1, 10))
    revised = revise_plan(case, new, on=HOLD, reason="New step", agreed_by_client=True, by="cm-1")
    assert "goal.target-before-plan" not in codes(revised, HOLD)


def test_a_target_set_in_the_past_by_a_revision_is_still_found() -> None:
    """A revision that sets a goal's target before its own date is still a finding."""
    case = carla_case()
    plan = case.plan
    assert plan is not None
    goal = attrs.evolve(plan.goals[0], target_date=HOLD - dt.timedelta(days=1))
    new = attrs.evolve(plan, goals=(goal, *plan.goals[1:]), review_date=dt.date(2025, 1, 10))
    revised = revise_plan(case, new, on=HOLD, reason="Re-dated", agreed_by_client=True, by="cm-1")
    assert ["$.plan.goals[0].target_date"] == [
        f.path for f in cm.validate(revised, as_of=HOLD) if f.code == "goal.target-before-plan"
    ]


def test_overdue_actions_are_not_chased_while_on_hold() -> None:
    """Seed 003: the plan is put aside, so its actions are not overdue."""
    assert "action.overdue" not in codes(held(), HOLD + dt.timedelta(days=5))


def test_a_held_plan_has_no_review_date_warning() -> None:
    """The hold cleared the passed review date; the next is set on resuming (seed 003)."""
    assert "plan.no-review-date" not in codes(held(), HOLD)


def _closed() -> Case:
    case = carla_case()
    plan = case.plan
    assert plan is not None
    record = ClosureRecord(
        reason=ClosureReason.DISENGAGED,
        closed_on=dt.date(2024, 12, 1),
        by="cm-1",
        no_agreement_reason="could not be contacted",
        outcome_summary="housed",
        exit_plan=ExitPlan(how_to_return="call intake"),
    )
    attempts = tuple(
        ContactAttempt(on=dt.date(2024, 11, d), channel=c, result=ContactResult.NO_ANSWER)
        for d, c in (
            (1, ContactChannel.PHONE),
            (10, ContactChannel.SMS),
            (20, ContactChannel.LETTER),
        )
    )
    case = attrs.evolve(case, contact_attempts=attempts)
    policy = (
        cm.closure.DEFAULT_POLICY.remove("closure.notes-up-to-date")
        .remove("closure.stakeholder-not-notified")
        .remove("closure.referral-open")
        .remove("closure.agreement")
    )
    return close(case, record, as_of=record.closed_on, policy=policy)


def test_reopening_chases_nothing_from_the_closed_episode() -> None:
    """Seed 003: a re-opened case does not report the closed episode's overdue review."""
    back = reopen(_closed(), on=dt.date(2025, 2, 1), by="cm-1", reason="Back for support").case
    found = set(codes(back, dt.date(2025, 2, 1)))
    stale = {"review.overdue", "review.next-overdue", "action.overdue", "case.disengaged"}
    assert set() == found & stale


def test_the_closed_episodes_plan_stays_in_history() -> None:
    """History is never rewritten: the old plan moves to plan_history."""
    closed = _closed()
    back = reopen(closed, on=dt.date(2025, 2, 1), by="cm-1", reason="Back").case
    assert (None, closed.plan) == (back.plan, back.plan_history[-1])


def test_stored_reopened_cases_with_the_old_plan_are_not_chased() -> None:
    """A case re-opened by an earlier release kept its plan; the rules still skip it."""
    closed = _closed()
    back = reopen(closed, on=dt.date(2025, 2, 1), by="cm-1", reason="Back").case
    stored = attrs.evolve(back, plan=closed.plan, plan_history=closed.plan_history)
    found = set(codes(stored, dt.date(2025, 2, 1)))
    assert set() == found & {"review.overdue", "action.overdue", "case.disengaged"}
