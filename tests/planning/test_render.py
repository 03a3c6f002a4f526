"""The plan printed as seed 002's table: need / goal / actions by whom / time frame."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from casemgmt import Case
from casemgmt.examples import carla_case
from casemgmt.planning import Action, CasePlan, DeferredNeed, render_plan_table


@pytest.fixture
def carla() -> Case:
    return carla_case()


def table(case: Case, width: int = 100) -> str:
    assert case.plan is not None
    return render_plan_table(case.plan, case.assessment, width=width)


def test_header_names_the_seed_columns(carla: Case) -> None:
    """Seed 002: the columns are need, goal, actions by whom and time frame."""
    header = table(carla).splitlines()[2]
    expected = ["Need", "Goal", "Actions / by whom", "Time frame"]
    assert expected == [cell.strip() for cell in header.strip("|").split("|")]


def test_no_client_name_in_the_table(carla: Case) -> None:
    """Privacy: the printed plan carries no client name."""
    assert carla.client.name not in table(carla)


def test_one_row_per_goal(carla: Case) -> None:
    """Seed 002: each goal gets its own row, between rules."""
    text = table(carla)
    rules = [line for line in text.splitlines() if line.startswith("+-")]
    expected = 1 + 7
    assert expected == len(rules)


def row_with(text: str, needle: str) -> str:
    """The lines of the table row holding ``needle``, joined."""
    rows = text.split("\n+-")
    return next(row for row in rows if needle in row)


def test_each_action_shows_owner_and_time_frame(carla: Case) -> None:
    """Seed 002: "Carla will call the rehabilitation centre tomorrow" by her, in 1 day."""
    row = row_with(table(carla), "rehabilitation")
    expected = (True, True)
    assert expected == ("(client)" in row, "| 1 day" in row)


def test_due_date_sits_under_the_time_frame(carla: Case) -> None:
    """The time frame's words are followed by the date they fall on."""
    lines = table(carla).splitlines()
    i = next(n for n, line in enumerate(lines) if "| 1 day" in line)
    assert "by 2024-09-05" in lines[i + 1]


def test_need_numbers_correspond(carla: Case) -> None:
    """Seed 004: the need column shows each cited need by its number."""
    text = table(carla)
    assert all(f"| {n}. " in text for n in range(1, 8))


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_lines_fit_the_width(carla: Case, width: int) -> None:
    """The table wraps its columns to the width asked for."""
    lines = table(carla, width).splitlines()
    table_lines = [line for line in lines if line[:1] in "+|"]
    assert width == max(len(line) for line in table_lines)


def test_widths_below_sixty_are_raised(carla: Case) -> None:
    """Too narrow a table would be unreadable, so sixty columns is the floor."""
    assert table(carla, 60) == table(carla, 20)


def test_unknown_need_is_shown_not_hidden(carla: Case) -> None:
    """A broken citation prints as such, so it can be seen and mended."""
    assert carla.plan is not None
    goal = attrs.evolve(carla.plan.goals[0], need_numbers=(9,))
    case = attrs.evolve(carla, plan=attrs.evolve(carla.plan, goals=(goal,)))
    assert "9. (not in the assessment)" in table(case, 140)


def test_action_of_a_missing_goal_gets_its_own_row(carla: Case) -> None:
    """An action pointing at no goal is still printed."""
    assert carla.plan is not None
    case = attrs.evolve(carla, plan=attrs.evolve(carla.plan, goals=carla.plan.goals[1:]))
    assert "(goal g-1 is not in the plan)" in table(case, 140)


def test_deferred_needs_are_listed(carla: Case) -> None:
    """Seed 002: a need left for later shows with its reason."""
    assert carla.plan is not None
    deferred = (DeferredNeed(need_number=7, reason="Work after the children settle"),)
    case = attrs.evolve(carla, plan=attrs.evolve(carla.plan, deferred_needs=deferred))
    assert "7. Work after the children settle" in table(case).splitlines()


def test_empty_plan_says_so(carla: Case) -> None:
    """A plan with no goals yet prints an empty table, not an error."""
    plan = CasePlan(created_on=dt.date(2024, 9, 4))
    assert "(no goals yet)" in render_plan_table(plan, carla.assessment)


def test_action_without_owner_or_time_frame(carla: Case) -> None:
    """Missing owner and time frame are printed plainly, as gaps to fill."""
    assert carla.plan is not None
    bare = Action(id="a-9", goal_id="g-1", what="Phone the school")
    case = attrs.evolve(carla, plan=attrs.evolve(carla.plan, actions=(bare,)))
    text = table(case, 140)
    assert ("(nobody yet)" in text, "no time frame" in text) == (True, True)


def test_carla_table_as_printed(carla: Case) -> None:
    """Seed 002: the first row of Carla's plan, as the seed lays it out."""
    lines = table(carla, width=80).splitlines()
    expected = [
        "Case plan, version 1, dated 2024-09-04; review on 2024-10-04",
        "+------------------+------------------+------------------------+---------------+",
        "| Need             | Goal             | Actions / by whom      | Time frame    |",
        "+==================+==================+========================+===============+",
        "| 1. Children are  | Children to      | Case manager will      | 2 weeks for   |",
        "|    having        | attend           |   contact a child      | an            |",
        "|    nightmares    | individual       |   therapist and make   | appointment   |",
        "|                  | counselling      |   referral (case       | by 2024-09-18 |",
        "|                  |                  |   manager)             |               |",
        "+------------------+------------------+------------------------+---------------+",
    ]
    assert expected == lines[:10]
