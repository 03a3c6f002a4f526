"""Issue 12, item 4: plans are never overwritten without a trace.

QCOSS "Developing a case management plan" (seed 002) and "Monitoring and
reviewing case work" (seed 003, Arnott et al.): every change is documented
with why and sets a new review date; "avoid contradictions".
"""

from __future__ import annotations

import datetime as dt

import attrs

import casemgmt as cm
from casemgmt import Case
from casemgmt.examples.carla import carla_case
from casemgmt.monitoring import put_on_hold, resume, revise_plan

ON = dt.date(2024, 10, 1)


def found(case: Case, code: str) -> list[str]:
    return [f.path for f in cm.validate(case, as_of=ON) if f.code == code]


def _plan(case: Case) -> cm.CasePlan:
    assert case.plan is not None
    return case.plan


def test_a_version_bumped_by_hand_is_untraced() -> None:
    """Seed 003: a plan at version 2 with no revision and no version 1 was overwritten."""
    case = carla_case()
    bumped = attrs.evolve(case, plan=attrs.evolve(_plan(case), version=2))
    assert ["$.plan.version"] == found(bumped, "plan.version-untraced")


def test_a_revision_without_the_earlier_version_is_untraced() -> None:
    """The revision is there but version 1 was dropped from plan_history."""
    case = carla_case()
    new = attrs.evolve(_plan(case), review_date=dt.date(2025, 1, 6))
    revised = revise_plan(case, new, on=ON, reason="Moved", agreed_by_client=True, by="cm-1")
    dropped = attrs.evolve(revised, plan_history=())
    assert ["$.plan.version"] == found(dropped, "plan.version-untraced")


def test_revisions_made_through_the_library_are_traced() -> None:
    """revise_plan, put_on_hold and resume keep every version and its revision."""
    case = carla_case()
    new = attrs.evolve(_plan(case), review_date=dt.date(2025, 1, 6))
    case = revise_plan(case, new, on=ON, reason="Moved", agreed_by_client=True, by="cm-1")
    case = put_on_hold(case, on=ON + dt.timedelta(days=1), reason="Crisis", by="cm-1")
    case = resume(
        case,
        on=ON + dt.timedelta(days=9),
        reason="Settled",
        agreed_by_client=True,
        by="cm-1",
        review_date=dt.date(2025, 2, 1),
    )
    assert ([], 4) == (found(case, "plan.version-untraced"), _plan(case).version)


def test_a_new_review_date_equal_to_the_old_one_is_found() -> None:
    """Seed 003 (Arnott et al.): a changed plan sets a *new* review date."""
    case = carla_case()
    old = _plan(case)
    changed = attrs.evolve(old, goals=old.goals[:-1], actions=old.actions[:-1])
    revised = revise_plan(case, changed, on=ON - dt.timedelta(days=20), reason="Dropped one",
                          agreed_by_client=True, by="cm-1")  # fmt: skip
    paths = found(revised, "revision.review-date-unchanged")
    assert (["$.revisions[0].new_review_date"], old.review_date) == (
        paths,
        revised.revisions[0].new_review_date,
    )


def test_a_moved_review_date_is_not_found() -> None:
    """A revision that sets the next review raises nothing."""
    case = carla_case()
    new = attrs.evolve(_plan(case), review_date=dt.date(2025, 1, 6))
    revised = revise_plan(case, new, on=ON, reason="Moved", agreed_by_client=True, by="cm-1")
    assert [] == found(revised, "revision.review-date-unchanged")


def test_a_hold_keeping_the_review_date_is_not_found() -> None:
    """Seed 003: a crisis hold sets no review; the resume does."""
    held = put_on_hold(carla_case(), on=dt.date(2024, 9, 20), reason="Crisis", by="cm-1")
    assert [] == found(held, "revision.review-date-unchanged")
