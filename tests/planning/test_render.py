"""The plan printed as seed 002's table: need / goal / actions by whom, how / time frame."""

from __future__ import annotations

import datetime as dt
import html

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case
from casemgmt.examples import carla_case
from casemgmt.planning import (
    Action,
    ActionKind,
    CasePlan,
    DeferredNeed,
    Responsible,
    action_how,
    action_owner,
    plan_html,
    render_plan_table,
)
from casemgmt.planning._render import escape
from casemgmt.testing.strategies import cases


@pytest.fixture
def carla() -> Case:
    return carla_case()


def table(case: Case, width: int = 100) -> str:
    assert case.plan is not None
    return render_plan_table(case.plan, case.assessment, width=width)


def _header(text: str) -> list[str]:
    return [cell.strip() for cell in text.splitlines()[2].strip("|").split("|")]


def test_header_names_the_seed_columns(carla: Case) -> None:
    """ISED/QCOSS case plan example (seed 002): its four column headings, by default."""
    expected = ["Client need/problem", "Agreed goal", "Actions/by whom/how", "Target time frame"]
    assert expected == _header(table(carla, 140))


def test_an_agency_passes_its_own_headings(carla: Case) -> None:
    """Both tables print the four headings an agency gives instead of the seed's."""
    assert carla.plan is not None
    ours = ("Issue", "Outcome", "Steps (who, how)", "When")
    html = plan_html(carla.plan, carla.assessment, headings=ours)
    assert (list(ours), True) == (
        _header(render_plan_table(carla.plan, carla.assessment, headings=ours)),
        all(f">{escape(h)}</th>" in html for h in ours),
    )


@pytest.mark.parametrize("headings", [(), ("a", "b", "c"), ("a", "b", "c", "d", "e")])
def test_headings_must_be_four(carla: Case, headings: tuple[str, ...]) -> None:
    """Three or five headings would misalign the table: refused, saying how many came."""
    assert carla.plan is not None
    with pytest.raises(ValueError, match=f"four strings.*got {len(headings)}"):
        render_plan_table(carla.plan, carla.assessment, headings=headings)
    with pytest.raises(ValueError, match="four strings"):
        plan_html(carla.plan, headings=headings)


def test_each_action_shows_how(carla: Case) -> None:
    """ISED/QCOSS example: the case manager's referral to the child therapist shows as such."""
    row = " ".join(row_with(table(carla, 200), "child therapist").split())
    assert "(case manager; referral to Child therapist)" in row


@pytest.mark.parametrize(
    ("action", "owner", "how"),
    [
        (
            Action(id="a-1", goal_id="g-1", what="x", responsible=Responsible.EXTERNAL_SERVICE,
                   service_name="Paradise Kids", kind=ActionKind.REFERRAL),
            "Paradise Kids",
            "referral",
        ),
        (
            Action(id="a-1", goal_id="g-1", what="x", responsible=Responsible.EXTERNAL_SERVICE,
                   responsible_party="svc-9"),
            "svc-9",
            "direct service",
        ),
        (
            Action(id="a-1", goal_id="g-1", what="x", responsible=Responsible.EXTERNAL_SERVICE),
            "an outside service",
            "direct service",
        ),
        (Action(id="a-1", goal_id="g-1", what="x"), "nobody yet", "direct service"),
        (
            Action(id="a-1", goal_id="g-1", what="x", responsible_party="sister-1",
                   kind=ActionKind.CLIENT_SELF_ACTION),
            "sister-1",
            "own step",
        ),
        (
            Action(id="a-1", goal_id="g-1", what="x", responsible=Responsible.CASE_MANAGER,
                   service_name="RentConnect", kind=ActionKind.ADVOCACY),
            "case manager",
            "advocacy with RentConnect",
        ),
    ],
)  # fmt: skip
def test_by_whom_and_how(action: Action, owner: str, how: str) -> None:
    """An outside service is named, not its role; no role names the party or says nobody."""
    assert (owner, how) == (action_owner(action), action_how(action))


@given(st.text())
def test_escape_is_the_standard_librarys(text: str) -> None:
    """Our escape (kept light for import time) matches html.escape with quotes."""
    assert html.escape(text) == escape(text)


@given(cases())
def test_text_and_html_agree_on_by_whom_and_how(case: Case) -> None:
    """Every action reads "(owner; how)" the same way in the text and the HTML table."""
    if case.plan is None:  # plans are optional in cases()
        return
    wide = " ".join(render_plan_table(case.plan, case.assessment, width=4000).split())
    html = plan_html(case.plan, case.assessment)
    for action in case.plan.actions:
        cell = f"({action_owner(action)}; {action_how(action)})"
        assert (True, True) == (cell in wide, escape(cell) in html)


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
    assert expected == ("(client; own step" in row, "| 1 day" in row)


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
    assert ("(nobody yet;" in text, "no time frame" in text) == (True, True)


def test_carla_table_as_printed(carla: Case) -> None:
    """Seed 002: the first row of Carla's plan, as the seed lays it out."""
    lines = table(carla, width=80).splitlines()
    expected = [
        "Case plan, version 1, dated 2024-09-04; review on 2024-10-04",
        "+------------------+------------------+------------------------+---------------+",
        "| Client           | Agreed goal      | Actions/by whom/how    | Target time   |",
        "| need/problem     |                  |                        | frame         |",
        "+==================+==================+========================+===============+",
        "| 1. Children are  | Children to      | Case manager will      | 2 weeks for   |",
        "|    having        | attend           |   contact a child      | an            |",
        "|    nightmares    | individual       |   therapist and make   | appointment   |",
        "|                  | counselling      |   referral (case       | by 2024-09-18 |",
        "|                  |                  |   manager; referral to |               |",
        "|                  |                  |   Child therapist)     |               |",
        "+------------------+------------------+------------------------+---------------+",
    ]
    assert expected == lines[:12]
