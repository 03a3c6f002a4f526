"""Issue 12, item 1: over-reliance is judged as the worker's share of the plan's work.

QCOSS "Monitoring and reviewing case work" guide (seed 003), the Zoe case:
Sally "helped her with everything" while reporting that Zoe "was meeting
all of her goals"; the supervisor's catch was the share of tasks the worker
did, not whether the client owned none at all.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Action, Case, CasePlan, CheckContext, Client, Goal
from casemgmt.monitoring import INDICATORS
from casemgmt.planning import PLAN_RULES
from casemgmt.planning._records import ActionStatus, GoalStatus, Responsible
from casemgmt.planning._reliance import worker_share
from casemgmt.planning._rules import worker_owns_most_actions
from casemgmt.testing import strategies as cs

DAY = dt.date(2025, 3, 3)
CTX = CheckContext(DAY)
CM, CLIENT = Responsible.CASE_MANAGER, Responsible.CLIENT


def zoe(*owners: Responsible | None, statuses: tuple[ActionStatus, ...] = ()) -> Case:
    """Zoe's plan: one goal per action, owned as given."""
    goals = tuple(Goal(id=f"g-{i}", statement="s", need_numbers=(1,)) for i in range(len(owners)))
    actions = tuple(
        Action(
            id=f"a-{i}",
            goal_id=f"g-{i}",
            what="task",
            responsible=owner,
            status=statuses[i] if i < len(statuses) else ActionStatus.PLANNED,
        )
        for i, owner in enumerate(owners)
    )
    plan = CasePlan(created_on=DAY, goals=goals, actions=actions)
    return Case(id="case-zoe", client=Client(id="c-z", name="Zoe"), opened_on=DAY, plan=plan)


def over_reliance(case: Case) -> list[str]:
    return [f.message for f in PLAN_RULES.run(case, CTX) if f.code == "plan.worker-owns-actions"]


def test_one_token_client_action_does_not_hide_the_worker() -> None:
    """Seed 003 (Zoe): the worker owns five of six actions; the client's one does not hide it."""
    assert 1 == len(over_reliance(zoe(CM, CM, CM, CM, CM, CLIENT)))


def test_the_warning_goes_once_the_client_takes_on_most_tasks() -> None:
    """Seed 003: Sally's supervisor had Zoe do the tasks; with four of six, no warning."""
    assert [] == over_reliance(zoe(CM, CM, CLIENT, CLIENT, CLIENT, CLIENT))


def test_the_message_never_reads_as_praise() -> None:
    """The finding names over-reliance and what the worker carries, not goals "met"."""
    [message] = over_reliance(zoe(CM, CM, CM, CLIENT))
    assert message.startswith("Over-reliance")
    assert "3 of 4" in message
    for praise in ("great", "progress", "well done", "success"):
        assert praise not in message.lower()


def test_goals_met_by_the_worker_alone_count_as_the_workers() -> None:
    """Seed 003: Zoe "was meeting all of her goals" while Sally did every task."""
    done = (ActionStatus.DONE,) * 3
    case = zoe(CM, CM, CM, CLIENT, statuses=done)
    goals = tuple(
        attrs.evolve(g, status=GoalStatus.COMPLETED, achieved_on=DAY) if i < 3 else g
        for i, g in enumerate(case.plan.goals)  # type: ignore[union-attr]
    )
    assert case.plan is not None
    case = attrs.evolve(case, plan=attrs.evolve(case.plan, goals=goals))
    [message] = over_reliance(case)
    assert "3 goal(s) recorded as met rest on the case manager's actions alone" in message


def test_goals_met_with_the_clients_part_do_not() -> None:
    """A goal the client worked on themselves shows their own progress."""
    case = zoe(CLIENT, CLIENT, CLIENT, CM, statuses=(ActionStatus.DONE,) * 3)
    goals = tuple(
        attrs.evolve(g, status=GoalStatus.COMPLETED) if i < 3 else g
        for i, g in enumerate(case.plan.goals)  # type: ignore[union-attr]
    )
    assert case.plan is not None
    assert [] == over_reliance(attrs.evolve(case, plan=attrs.evolve(case.plan, goals=goals)))


def test_small_plans_are_not_judged() -> None:
    """Fewer than three items of work say too little (the default minimum)."""
    assert [] == over_reliance(zoe(CM, CM))


def test_the_threshold_is_a_parameter() -> None:
    """An agency can ask for a stricter share: at 1/2, three of six is over-reliance."""
    rules = PLAN_RULES.replace("plan.worker-owns-actions", worker_owns_most_actions(share=0.5))
    case = zoe(CM, CM, CM, CLIENT, CLIENT, CLIENT)
    codes = [f.code for f in rules.run(case, CTX)]
    assert ([], 1) == (over_reliance(case), codes.count("plan.worker-owns-actions"))


@pytest.mark.parametrize(("share", "min_actions"), [(0, 3), (1.5, 3), (0.5, 0)])
def test_bad_parameters_are_refused(share: float, min_actions: int) -> None:
    """A share outside (0, 1] or a minimum below one is a mistake, said at once."""
    with pytest.raises(ValueError, match=r"share|min_actions"):
        worker_owns_most_actions(share, min_actions=min_actions)


@given(st.lists(st.sampled_from([CM, CLIENT, Responsible.SUPPORT_PERSON, None]), max_size=9))
def test_fires_exactly_when_the_worker_owns_two_thirds_of_three_or_more(
    owners: list[Responsible | None],
) -> None:
    """The default rule: worker share of open actions >= 2/3, with at least three."""
    worker = owners.count(CM)
    expected = len(owners) >= 3 and Fraction(worker, len(owners)) >= Fraction(2, 3)
    assert expected == bool(over_reliance(zoe(*owners)))


@given(cs.cases())
def test_the_quality_indicator_flags_exactly_the_plans_the_rule_warns_about(case: Case) -> None:
    """One measure, one home: ``action.worker-owned`` falls short where the rule fires."""
    indicator = next(i for i in INDICATORS if i.code == "action.worker-owned")
    fired = any(f.code == "plan.worker-owns-actions" for f in PLAN_RULES.run(case, CTX))
    if case.plan is None:
        assert not fired
        return
    share = worker_share(case.plan)
    assert fired == indicator.falls_short(share.carried, share.total)
