"""The Case aggregate: stages move by the lifecycle and history is only appended."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case, Client, Stage, TransitionError
from casemgmt import case as case_module
from casemgmt.case import STAGE_MOVES
from casemgmt.closure import ClosureReason, ClosureRecord, reopen
from casemgmt.core import _lifecycle
from casemgmt.core._lifecycle import enter_stage
from casemgmt.testing.strategies import cases

DAY = dt.date(2024, 9, 1)


def _new_case() -> Case:
    return Case(id="case-1", client=Client(id="c-1", name="Carla"), opened_on=DAY)


def _closed(case: Case, on: dt.date) -> Case:
    record = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=on)
    return enter_stage(case, Stage.CLOSED, on=on, by="cm-1", reason="goals met", closure=record)


def test_the_usual_path_through_the_lifecycle() -> None:
    """Seeds 001/004: intake, assessment, planning, implementation, monitoring, exit."""
    case = _new_case()
    path = [Stage.ASSESSMENT, Stage.PLANNING, Stage.IMPLEMENTATION, Stage.MONITORING, Stage.EXIT]
    for n, stage in enumerate(path):
        case = case.move_to(stage, on=DAY + dt.timedelta(days=n), by="cm-1", reason="next")
    assert case.stage == Stage.EXIT
    assert path == [c.to_stage for c in case.stage_history]
    assert [Stage.INTAKE, *path[:-1]] == [c.from_stage for c in case.stage_history]


def test_a_crisis_can_send_a_case_back_to_assessment() -> None:
    """Seed 002: a crisis during implementation sends the case back to (re)assessment."""
    case = _new_case()
    for stage in (Stage.ASSESSMENT, Stage.PLANNING, Stage.IMPLEMENTATION, Stage.ASSESSMENT):
        case = case.move_to(stage, on=DAY, by="cm-1", reason="crisis: eviction notice")
    assert case.stage == Stage.ASSESSMENT


def test_impossible_moves_are_refused_clearly() -> None:
    """Intake cannot jump to monitoring; the error lists the moves allowed."""
    with pytest.raises(TransitionError, match="cannot move from 'intake' to 'monitoring'"):
        _new_case().move_to(Stage.MONITORING, on=DAY, by="cm-1", reason="skip")


def test_closing_goes_through_the_closure_rules() -> None:
    """move_to() never closes: closure.close() checks the closure rules first."""
    with pytest.raises(TransitionError, match="close"):
        _new_case().move_to(Stage.CLOSED, on=DAY, by="cm-1", reason="done")


def test_a_closed_case_can_only_be_reopened() -> None:
    """Seeds 000/003: a closed case can be re-opened, and nothing else."""
    closed = _closed(_new_case(), DAY + dt.timedelta(days=30))
    with pytest.raises(TransitionError, match="re-opened"):
        closed.move_to(Stage.ASSESSMENT, on=DAY + dt.timedelta(days=40), by="cm-1", reason="x")
    reopened = reopen(closed, on=DAY + dt.timedelta(days=40), by="cm-1", reason="new crisis").case
    assert reopened.stage == Stage.INTAKE
    assert reopened.closure is None
    assert reopened.episode_number == 2
    assert closed.closure == reopened.episodes[0].closure
    assert closed.stage_history == reopened.stage_history[:-1]


def test_reopening_an_open_case_is_refused() -> None:
    """Only closed cases re-open."""
    with pytest.raises(TransitionError, match="not closed"):
        reopen(_new_case(), on=DAY, by="cm-1", reason="x")


def test_case_reopen_is_a_deprecated_alias_of_closure_reopen() -> None:
    """Case.reopen() warns and returns what casemgmt.closure.reopen() returns as .case."""
    closed = _closed(_new_case(), DAY + dt.timedelta(days=30))
    on = DAY + dt.timedelta(days=40)
    with pytest.warns(DeprecationWarning, match=r"casemgmt\.closure\.reopen"):
        old = closed.reopen(on=on, by="cm-1", reason="back", stage=Stage.ASSESSMENT)
    assert reopen(closed, on=on, by="cm-1", reason="back", stage=Stage.ASSESSMENT).case == old


def test_the_lifecycle_names_stay_importable_from_case() -> None:
    """casemgmt.case.Stage, StageChange and STAGE_MOVES are the core's own objects."""
    assert (_lifecycle.Stage, _lifecycle.StageChange, _lifecycle.STAGE_MOVES) == (
        case_module.Stage,
        case_module.StageChange,
        case_module.STAGE_MOVES,
    )


@pytest.mark.parametrize(("by", "reason"), [("", "why"), ("cm-1", "  ")])
def test_every_move_says_who_and_why(by: str, reason: str) -> None:
    """Seed 003: changes are documented with who made them and why."""
    with pytest.raises(TransitionError):
        _new_case().move_to(Stage.ASSESSMENT, on=DAY, by=by, reason=reason)


def test_history_cannot_be_backdated() -> None:
    """A change dated before the last one would rewrite history."""
    case = _new_case().move_to(Stage.ASSESSMENT, on=DAY + dt.timedelta(days=5), by="x", reason="y")
    with pytest.raises(TransitionError, match="never rewritten"):
        case.move_to(Stage.PLANNING, on=DAY, by="x", reason="y")


def test_repr_and_str_show_only_the_identifier() -> None:
    """ACCEPTANCE: a case prints as its identifier, never the client's details."""
    case = _new_case()
    assert repr(case) == "Case(id='case-1')"
    assert "Carla" not in repr(case) + str(case)


@given(cases(), st.lists(st.sampled_from(list(Stage)), max_size=12), st.data())
def test_transitions_never_lose_history(
    case: Case, wanted: list[Stage], data: st.DataObject
) -> None:
    """Whatever moves are tried, every earlier history entry survives unchanged."""
    day = max([case.opened_on, *(c.on for c in case.stage_history)])
    for stage in wanted:
        before = case
        day += dt.timedelta(days=data.draw(st.integers(0, 30)))
        try:
            if case.stage is Stage.CLOSED:
                case = reopen(case, on=day, by="cm-1", reason="back", stage=stage).case
            elif stage is Stage.CLOSED:
                case = _closed(case, day)
            else:
                case = case.move_to(stage, on=day, by="cm-1", reason="next")
        except TransitionError:
            assert before is case
            continue
        assert before.stage_history == case.stage_history[: len(before.stage_history)]
        assert len(before.stage_history) + 1 == len(case.stage_history)
        assert before.episodes == case.episodes[: len(before.episodes)]
        assert stage in STAGE_MOVES[before.stage]


def test_cases_are_values() -> None:
    """Equal content, equal cases; evolve gives a new value."""
    assert _new_case() == _new_case()
    assert hash(_new_case()) == hash(_new_case())
    assert _new_case() != attrs.evolve(_new_case(), id="case-2")
