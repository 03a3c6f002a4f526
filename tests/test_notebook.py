"""Notebook display and flat records: readable, escaped, private by default."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from hypothesis import given

from casemgmt import Case, CasePlan, Client, ContactDetails, Goal
from casemgmt.notebook import case_html, iter_records, plan_html, to_records
from casemgmt.testing.strategies import cases


def _case_with_script() -> Case:
    plan = CasePlan(
        created_on=dt.date(2024, 9, 4),
        goals=(Goal(id="g-1", statement="<script>alert('x')</script>", need_numbers=(1,)),),
    )
    return Case(
        id="case-1",
        client=Client(id="c-1", name="Carla <b>Rossi</b>", date_of_birth=dt.date(1990, 1, 2)),
        opened_on=dt.date(2024, 9, 1),
        plan=plan,
    )


def test_case_html_escapes_text_and_hides_the_client() -> None:
    """Issue 8: rich display is safe: text escaped, only identifiers shown."""
    html = _case_with_script()._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "Carla" not in html
    assert "1990" not in html
    assert "c-1" in html


def test_plan_html_is_the_seed_table() -> None:
    """ISED/QCOSS case plan example (seed 002): its four headings, by delegation."""
    plan = _case_with_script().plan
    assert plan is not None
    html = plan._repr_html_()
    for header in (
        "Client need/problem",
        "Agreed goal",
        "Actions/by whom/how",
        "Target time frame",
    ):
        assert f">{header}</th>" in html


@given(cases())
def test_records_one_row_per_goal_action_and_referral(case: Case) -> None:
    """Flat records count exactly the plan's goals and actions and the referrals."""
    rows = to_records([case])
    goals = len(case.plan.goals) if case.plan else 0
    actions = len(case.plan.actions) if case.plan else 0
    kinds = [r["kind"] for r in rows]
    assert (goals, actions, len(case.referrals)) == (
        kinds.count("goal"),
        kinds.count("action"),
        kinds.count("referral"),
    )
    assert all("text" not in r for r in rows)
    assert all(case.client.name not in map(str, r.values()) for r in rows if case.client.name)


def test_text_only_when_asked() -> None:
    """Free text can name the client, so it is opt-in."""
    rows = to_records([_case_with_script()], include_text=True)
    assert ["<script>alert('x')</script>"] == [r["text"] for r in rows]


def test_records_stream() -> None:
    """iter_records pulls cases lazily: it never needs the whole caseload."""
    pulled: list[int] = []

    def caseload() -> Iterator[Case]:
        for i in range(3):
            pulled.append(i)
            yield attrs.evolve(_case_with_script(), id=f"case-{i}")

    first = next(iter_records(caseload()))
    assert ("case-0", [0]) == (first["case_id"], pulled)


def test_client_details_only_when_asked_and_escaped() -> None:
    """Issue 8: by default only the identifier; on request the name, escaped."""
    case = _case_with_script()
    assert "Carla" not in case_html(case)
    shown = case_html(case, show_client=True)
    assert "Carla &lt;b&gt;Rossi&lt;/b&gt;" in shown
    assert "<b>Rossi</b>" not in shown
    assert "1990-01-02" in shown


def test_plan_html_with_assessment_shows_need_wording() -> None:
    """The table can show each cited need's wording, numbered (seed 004)."""
    from casemgmt import Assessment, Need, NeedDomain

    case = _case_with_script()
    assessment = Assessment(
        needs=(Need(number=1, domain=NeedDomain.HOUSING, description="No <safe> home"),)
    )
    assert case.plan is not None
    assert "1. No &lt;safe&gt; home" in plan_html(case.plan, assessment, show_text=True)


def test_plan_html_alone_hides_text_by_default() -> None:
    """Issue 14: a plan shown without its case cannot scrub names, so its text is hidden."""
    from casemgmt import Assessment, Need, NeedDomain

    case = _case_with_script()
    assessment = Assessment(
        needs=(Need(number=1, domain=NeedDomain.HOUSING, description="Carla has no home"),)
    )
    assert case.plan is not None
    html = plan_html(case.plan, assessment)
    assert ("Carla" in html, "script" in html, "[text hidden]" in html) == (False, False, True)


def _carla_said(statement: str) -> Case:
    case = _case_with_script()
    goal = Goal(id="g-1", statement=statement, need_numbers=(1,))
    client = Client(
        id="c-1",
        name="Carla Rossi",
        date_of_birth=dt.date(1990, 5, 17),
        contact=ContactDetails(phone="0412 345 678"),
    )
    assert case.plan is not None
    return attrs.evolve(case, client=client, plan=attrs.evolve(case.plan, goals=(goal,)))


def test_case_html_scrubs_text_by_default() -> None:
    """Issue 14: the case display scrubs the client's name, birth date and phone from text."""
    case = _carla_said("Help CARLA to call Carla's landlord on 0412345678 before 17/05/1990")
    html = case_html(case)
    assert "Help the client to call the client&#x27;s landlord on [contact] before [dob]" in html


def test_case_html_full_text_on_request() -> None:
    """show_text=True shows the words as written (a worker's own screen), still escaped."""
    case = _carla_said("Help Carla to call <her> landlord")
    assert "Help Carla to call &lt;her&gt; landlord" in case_html(case, show_text=True)
