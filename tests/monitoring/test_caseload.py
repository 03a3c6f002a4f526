"""Caseload queries: due, overdue, stalled and disengaged, streamed over any iterable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casemgmt import Case, CaseDataError, CasePlan, CheckContext, Client, Goal, dumps, validate
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.monitoring import (
    Achievement,
    ActionOverdue,
    CaseloadSummary,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    Disengagement,
    GoalProgress,
    GoalStall,
    Review,
    ReviewDue,
    case_disengaged,
    caseload_summary,
    disengaged,
    due_reviews,
    iter_cases,
    next_review_due,
    overdue_actions,
    overdue_reviews,
    stalled_goals,
)
from casemgmt.planning._records import Action, Responsible
from casemgmt.testing.strategies import cases

D = dt.date


def _case(case_id: str = "case-1", **changes: Any) -> Case:
    plan = CasePlan(
        created_on=D(2024, 9, 4),
        goals=(Goal(id="g-1", statement="Carla will move into a flat", need_numbers=(1,)),),
        actions=(
            Action(
                id="a-1",
                goal_id="g-1",
                what="Apply to RentConnect",
                responsible=Responsible.CLIENT,
                due_date=D(2024, 10, 4),
            ),
        ),
        review_date=D(2025, 1, 4),
    )
    base = Case(
        id=case_id, client=Client(id="c-1", name="Carla"), opened_on=D(2024, 9, 1), plan=plan
    )
    return attrs.evolve(base, **changes)


def _stalled() -> tuple[Review, ...]:
    return tuple(
        Review(
            held_on=day,
            progress=(GoalProgress(goal_id="g-1", achievement=Achievement.NO_CHANGE),),
        )
        for day in (D(2024, 11, 1), D(2025, 1, 4))
    )


def _failed() -> tuple[ContactAttempt, ...]:
    return tuple(
        ContactAttempt(on=D(2025, 1, d), channel=ContactChannel.SMS, result=ContactResult.NO_ANSWER)
        for d in (10, 14, 20)
    )


def test_due_reviews_within_the_window() -> None:
    """Seed 002: the review date; the morning list shows what falls due soon."""
    expected = [ReviewDue(case_id="case-1", due_on=D(2025, 1, 4), days_left=4)]
    assert expected == list(due_reviews([_case()], D(2024, 12, 31), within="1 week"))


def test_due_reviews_leave_out_later_ones() -> None:
    """A review beyond the window is not yet due."""
    expected: list[ReviewDue] = []
    assert expected == list(due_reviews([_case()], D(2024, 12, 1), within="1 week"))


def test_overdue_reviews_match_the_acceptance_rule() -> None:
    """review.overdue: as_of after the review date, no review since."""
    expected = [ReviewDue(case_id="case-1", due_on=D(2025, 1, 4), days_left=-1)]
    assert expected == list(overdue_reviews([_case()], D(2025, 1, 5)))


def test_overdue_reviews_use_the_cadence_after_a_review() -> None:
    """Seed 002: every four months after the last review, when it set no date."""
    case = _case(reviews=(Review(held_on=D(2025, 1, 4)),))
    expected = [ReviewDue(case_id="case-1", due_on=D(2025, 5, 4), days_left=-1)]
    assert expected == list(overdue_reviews([case], D(2025, 5, 5), cadence="every 4 months"))


def test_closed_cases_are_never_due() -> None:
    """A closed case drops off the list."""
    closed = _case(closure=ClosureRecord(reason=ClosureReason.DISENGAGED, closed_on=D(2025, 1, 1)))
    assert next_review_due(closed) is None


def test_overdue_actions_name_the_action_and_owner() -> None:
    """Seed 002: what, by whom, by when - the row says all three."""
    expected = [
        ActionOverdue(
            case_id="case-1",
            action_id="a-1",
            goal_id="g-1",
            due_on=D(2024, 10, 4),
            days_overdue=1,
            responsible=Responsible.CLIENT,
            path="$.plan.actions[0]",
        )
    ]
    assert expected == list(overdue_actions([_case()], D(2024, 10, 5)))


def test_stalled_goals() -> None:
    """Seed 003: no expected progress over two reviews."""
    expected = [
        GoalStall(
            case_id="case-1", goal_id="g-1", reviews=2, since=D(2024, 11, 1), path="$.plan.goals[0]"
        )
    ]
    assert expected == list(stalled_goals([_case(reviews=_stalled())], D(2025, 1, 5)))


def test_reviews_after_as_of_do_not_count() -> None:
    """The caseload as it stood on a date ignores reviews recorded after it."""
    expected: list[GoalStall] = []
    assert expected == list(stalled_goals([_case(reviews=_stalled())], D(2024, 12, 1)))


def test_disengaged() -> None:
    """Seed 000: clients who can no longer be contacted."""
    expected = [
        Disengagement(
            case_id="case-1",
            failed_attempts=3,
            first_failed_on=D(2025, 1, 10),
            path="$.contact_attempts[0]",
        )
    ]
    assert expected == list(disengaged([_case(contact_attempts=_failed())], D(2025, 1, 21)))


def test_summary_counts_everything_in_one_pass() -> None:
    """One pass, every count."""
    caseload = [
        _case("case-1"),
        _case("case-2", reviews=_stalled(), contact_attempts=_failed()),
        _case(
            "case-3",
            closure=ClosureRecord(reason=ClosureReason.TRANSFERRED, closed_on=D(2025, 1, 1)),
        ),
    ]
    expected = CaseloadSummary(
        cases=3,
        open_cases=2,
        reviews_due=0,
        reviews_overdue=1,
        actions_overdue=2,
        goals_stalled=1,
        disengaged=1,
    )
    assert expected == caseload_summary(caseload, D(2025, 1, 21))


def _once(items: list[Case]) -> Iterator[Case]:
    """An iterator that fails if the query reads past what it needs."""
    yield from items
    msg = "read past the end"
    raise AssertionError(msg)


def test_queries_stream() -> None:
    """A query yields its first row before it has read the whole caseload."""
    rows = overdue_actions(_once([_case()]), D(2024, 10, 5))
    expected = "a-1"
    assert expected == next(rows).action_id


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_iter_cases_reads_json_lines(tmp_path: Path) -> None:
    """Cases come back one per line; blank lines are skipped."""
    path = _write(tmp_path / "caseload.jsonl", [dumps(_case("case-1")), "", dumps(_case("case-2"))])
    expected = ["case-1", "case-2"]
    assert expected == [case.id for case in iter_cases(path)]


def test_iter_cases_names_file_line_and_path(tmp_path: Path) -> None:
    """A bad line raises CaseDataError naming the file, the line and the JSON path."""
    bad = dumps(_case("case-2")).replace('"statement":', '"statement":7,"x":')
    path = _write(tmp_path / "caseload.jsonl", [dumps(_case("case-1")), bad])
    with pytest.raises(CaseDataError) as info:
        list(iter_cases(path))
    expected = f"{path}:2: $.plan.goals[0]"
    assert all(where.startswith(expected) for where, _ in info.value.problems)


def test_iter_cases_is_lazy(tmp_path: Path) -> None:
    """Cases before a bad line are yielded before the error: the file is read as it goes."""
    path = _write(tmp_path / "caseload.jsonl", [dumps(_case("case-1")), "{not json"])
    stream = iter_cases(path)
    expected = "case-1"
    assert expected == next(stream).id
    with pytest.raises(CaseDataError, match=r"caseload\.jsonl:2: "):
        next(stream)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_queries_agree_with_validate(case: Case) -> None:
    """The morning list and validate read "overdue", "stalled" and "disengaged" the same way."""
    as_of = D(2025, 6, 1)
    codes = {f.code for f in validate(case, as_of=as_of)}
    expected = (
        bool(codes & {"review.overdue", "review.next-overdue"}),
        "action.overdue" in codes,
        "goal.stalled" in codes,
        "case.disengaged" in codes,
    )
    assert expected == (
        any(overdue_reviews([case], as_of)),
        any(overdue_actions([case], as_of)),
        any(stalled_goals([case], as_of)),
        any(disengaged([case], as_of)),
    )


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(cases(closed=False), st.integers(1, 3), st.sampled_from(["1 month", "6 months", "1 year"]))
def test_disengaged_agrees_with_its_rule(case: Case, attempts: int, within: str) -> None:
    """The disengaged query and the case.disengaged rule, at any threshold, agree."""
    as_of = max((a.on for a in case.contact_attempts), default=D(2025, 6, 1))
    rule = case_disengaged(attempts, within)
    expected = bool(list(rule(case, CheckContext(as_of))))
    assert expected == any(disengaged([case], as_of, attempts=attempts, within=within))
