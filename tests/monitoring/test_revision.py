"""Plan revisions: new versions with a lossless diff, reasons, agreement, holds (seeds 002, 003)."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case, CasePlan, Client, Goal, TransitionError, dumps, loads
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.monitoring import (
    PlanDiff,
    PlanRevision,
    PlanTerms,
    ReviewTrigger,
    RevisionKind,
    apply_diff,
    apply_revision,
    diff_plans,
    plan_terms,
    put_on_hold,
    resume,
    revise_plan,
)
from casemgmt.planning._records import Action, Responsible
from casemgmt.testing.strategies import case_plans, plan_revisions

D = dt.date


def _plan() -> CasePlan:
    return CasePlan(
        created_on=D(2024, 9, 4),
        goals=(
            Goal(id="g-1", statement="Carla will move into a two-bedroom flat", need_numbers=(1,)),
            Goal(id="g-2", statement="Carla will work 15 hours a week", need_numbers=(2,)),
        ),
        actions=(
            Action(id="a-1", goal_id="g-1", what="Apply to RentConnect", due_date=D(2024, 10, 4)),
            Action(id="a-2", goal_id="g-2", what="Visit the job club", due_date=D(2024, 9, 18)),
        ),
        review_date=D(2025, 1, 4),
    )


def _case() -> Case:
    return Case(
        id="case-1", client=Client(id="c-1", name="Carla"), opened_on=D(2024, 9, 1), plan=_plan()
    )


def _new_plan() -> CasePlan:
    old = _plan()
    extra = Action(
        id="a-3",
        goal_id="g-2",
        what="Enrol in a forklift course",
        responsible=Responsible.CLIENT,
        due_date=D(2025, 2, 1),
    )
    return attrs.evolve(old, actions=(*old.actions[:1], extra), review_date=D(2025, 4, 1))


def test_revision_appends_the_old_plan_and_the_revision() -> None:
    """Seed 003: document the changes; history is appended, never rewritten."""
    case = revise_plan(
        _case(),
        _new_plan(),
        on=D(2025, 1, 6),
        reason="no progress at the job club; client asked for a course instead",
        agreed_by_client=True,
        agreed_by=("svc-jobs",),
        by="cm-1",
        trigger=ReviewTrigger.REQUEST,
    )
    revision = PlanRevision(
        from_version=1,
        to_version=2,
        revised_on=D(2025, 1, 6),
        reason="no progress at the job club; client asked for a course instead",
        trigger=ReviewTrigger.REQUEST,
        diff=PlanDiff(
            actions_added=(_new_plan().actions[1],),
            actions_removed=("a-2",),
            terms=plan_terms(_new_plan()),
        ),
        agreed_by_client=True,
        agreed_by=("svc-jobs",),
        new_review_date=D(2025, 4, 1),
        by="cm-1",
    )
    expected = (revision, (_plan(),))
    assert expected == (case.revisions[0], case.plan_history)


def test_new_version_is_numbered_and_dated_by_the_revision() -> None:
    """The new plan is version 2, made on the revision date."""
    case = revise_plan(
        _case(), _new_plan(), on=D(2025, 1, 6), reason="r", agreed_by_client=True, by="cm-1"
    )
    assert case.plan is not None
    expected = (2, D(2025, 1, 6))
    assert expected == (case.plan.version, case.plan.created_on)


def test_revision_replays_from_history() -> None:
    """apply_revision rebuilds the current plan from the one before it."""
    case = revise_plan(
        _case(), _new_plan(), on=D(2025, 1, 6), reason="r", agreed_by_client=True, by="cm-1"
    )
    assert case.plan == apply_revision(case.plan_history[-1], case.revisions[-1])


def test_revision_without_reason_or_agreement_is_still_recorded() -> None:
    """Seed 003: gaps are findings (validate), not a refusal to record the change."""
    case = revise_plan(
        _case(), _new_plan(), on=D(2025, 1, 6), reason="", agreed_by_client=False, by="cm-1"
    )
    expected = ("", False)
    assert expected == (case.revisions[0].reason, case.revisions[0].agreed_by_client)


def test_cannot_revise_before_the_current_version() -> None:
    """History is never rewritten: a revision cannot predate the plan it replaces."""
    with pytest.raises(TransitionError, match="never"):
        revise_plan(
            _case(), _new_plan(), on=D(2024, 9, 1), reason="r", agreed_by_client=True, by="cm-1"
        )


def test_cannot_revise_without_a_plan() -> None:
    """There is nothing to revise before the first plan."""
    with pytest.raises(TransitionError, match="no plan"):
        revise_plan(
            attrs.evolve(_case(), plan=None),
            _new_plan(),
            on=D(2025, 1, 6),
            reason="r",
            agreed_by_client=True,
            by="cm-1",
        )


def test_cannot_revise_a_closed_case() -> None:
    """A closed case is re-opened first."""
    closed = attrs.evolve(
        _case(), closure=ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=D(2025, 1, 1))
    )
    with pytest.raises(TransitionError, match="closed"):
        revise_plan(
            closed, _new_plan(), on=D(2025, 1, 6), reason="r", agreed_by_client=True, by="x"
        )


def test_new_review_date_cannot_precede_the_revision() -> None:
    """Seed 003: "set new review dates" - in the future of the change."""
    with pytest.raises(ValueError, match="review date"):
        revise_plan(_case(), _plan(), on=D(2025, 2, 1), reason="r", agreed_by_client=True, by="x")


def test_hold_and_resume_are_both_recorded() -> None:
    """Seed 003: in a crisis the plan is put aside, then taken up again; both are revisions."""
    held = put_on_hold(_case(), on=D(2024, 11, 2), reason="client hospitalised", by="cm-1")
    back = resume(
        held,
        on=D(2024, 11, 30),
        reason="discharged; same goals",
        agreed_by_client=True,
        by="cm-1",
        review_date=D(2025, 2, 1),
    )
    assert back.plan is not None
    expected = (
        [RevisionKind.HOLD, RevisionKind.RESUME],
        [ReviewTrigger.CRISIS, None],
        [None, D(2024, 11, 2)],
        (None, D(2025, 2, 1), 3),
    )
    assert expected == (
        [r.kind for r in back.revisions],
        [r.trigger for r in back.revisions],
        [p.on_hold_since for p in back.plan_history],
        (back.plan.on_hold_since, back.plan.review_date, back.plan.version),
    )


def test_hold_clears_a_review_date_that_has_passed() -> None:
    """A review date already past when the crisis comes is set afresh on resuming."""
    held = put_on_hold(_case(), on=D(2025, 2, 1), reason="eviction", by="cm-1")
    assert held.plan is not None
    assert held.plan.review_date is None


def test_cannot_hold_twice_or_resume_a_running_plan() -> None:
    """Hold and resume alternate."""
    held = put_on_hold(_case(), on=D(2024, 11, 2), reason="crisis", by="cm-1")
    with pytest.raises(TransitionError, match="on hold since"):
        put_on_hold(held, on=D(2024, 11, 3), reason="again", by="cm-1")
    with pytest.raises(TransitionError, match="not on hold"):
        resume(_case(), on=D(2024, 11, 3), reason="r", agreed_by_client=True, by="cm-1")


def test_resume_can_change_the_plan() -> None:
    """Seed 003: after a crisis, "make any changes required as a consequence"."""
    held = put_on_hold(_case(), on=D(2024, 11, 2), reason="crisis", by="cm-1")
    back = resume(
        held,
        on=D(2024, 11, 30),
        reason="new job changes the plan",
        agreed_by_client=True,
        by="cm-1",
        new_plan=_new_plan(),
    )
    expected = ("a-3",)
    assert expected == tuple(a.id for a in back.revisions[-1].diff.actions_added)


def test_terms_cover_every_other_plan_field() -> None:
    """PlanTerms holds every CasePlan field but version, date, goals and actions (lossless)."""
    plan_fields = {f.name for f in attrs.fields(CasePlan)}
    assert plan_fields - {"version", "created_on", "goals", "actions"} == {
        f.name for f in attrs.fields(PlanTerms)
    }


def test_diff_refuses_duplicate_ids() -> None:
    """Items are matched by id, so ids must be unique."""
    twice = attrs.evolve(_plan(), goals=_plan().goals + _plan().goals[:1])
    with pytest.raises(ValueError, match="two goals"):
        diff_plans(_plan(), twice)


def test_unchanged_plan_has_an_empty_diff() -> None:
    """Same plan, no changes."""
    assert diff_plans(_plan(), _plan()).is_empty


@given(case_plans(), case_plans(version=2), st.randoms(use_true_random=False))
def test_diff_is_lossless(old: CasePlan, new: CasePlan, rng: random.Random) -> None:
    """Applying the diff to the old plan gives the new one exactly, whatever the order."""
    goals = list(new.goals)
    actions = list(new.actions)
    rng.shuffle(goals)
    rng.shuffle(actions)
    new = attrs.evolve(new, goals=tuple(goals), actions=tuple(actions))
    rebuilt = apply_diff(old, diff_plans(old, new), version=new.version, created_on=new.created_on)
    assert new == rebuilt


@given(case_plans(), case_plans(version=2))
def test_diff_survives_json(old: CasePlan, new: CasePlan) -> None:
    """A stored diff still rebuilds the plan after a JSON round trip."""
    diff = loads(dumps(diff_plans(old, new)), PlanDiff)
    assert new == apply_diff(old, diff, version=new.version, created_on=new.created_on)


@given(plan_revisions())
def test_revision_json_round_trip(revision: PlanRevision) -> None:
    """Revisions, with their diffs and kinds, round-trip through JSON."""
    assert revision == loads(dumps(revision), PlanRevision)


def test_every_version_replays_from_the_first() -> None:
    """Changes, holds and resumes: each recorded version is rebuilt from the one before it."""
    case = revise_plan(
        _case(), _new_plan(), on=D(2024, 10, 1), reason="r", agreed_by_client=True, by="cm-1"
    )
    case = put_on_hold(case, on=D(2024, 11, 2), reason="eviction", by="cm-1")
    case = resume(case, on=D(2024, 12, 1), reason="housed", agreed_by_client=True, by="cm-1")
    versions = [*case.plan_history, case.plan]
    rebuilt: list[CasePlan | None] = [case.plan_history[0]]
    for revision, before in zip(case.revisions, case.plan_history, strict=True):
        rebuilt.append(apply_revision(before, revision))
    assert versions == rebuilt
