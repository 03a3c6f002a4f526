"""JSON: one lossless form; bad input names every problem with its path."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import Case, CaseDataError, closure, dumps, loads, monitoring, planning, referrals
from casemgmt.testing import strategies as cst

RECORDS: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (cm.Client, cst.clients()),
    (cm.Party, cst.parties()),
    (cm.Consent, cst.consents()),
    (cm.Timeframe, cst.timeframes()),
    (cm.Need, cst.needs()),
    (cm.Strength, cst.strengths()),
    (cm.Risk, cst.risks()),
    (cm.Assessment, cst.assessments()),
    (cm.Goal, cst.goals()),
    (cm.Action, cst.actions()),
    (cm.CasePlan, cst.case_plans()),
    (referrals.Referral, cst.referrals((1, 2), ("g-1",))),
    (referrals.InboundReferral, cst.inbound_referrals()),
    (referrals.Advocacy, cst.advocacy()),
    (monitoring.Review, cst.reviews()),
    (monitoring.PlanRevision, cst.plan_revisions()),
    (monitoring.ContactAttempt, cst.contact_attempts()),
    (monitoring.CaseNote, cst.case_notes()),
    (closure.ExitPlan, cst.exit_plans()),
    (closure.ClosureRecord, cst.closure_records()),
    (Case, cst.cases()),
]


@pytest.mark.parametrize(("cls", "strategy"), RECORDS, ids=[c.__name__ for c, _ in RECORDS])
def test_every_record_round_trips(cls: type[Any], strategy: st.SearchStrategy[Any]) -> None:
    """loads(dumps(x)) == x for every public record type."""

    @given(strategy)
    def check(value: Any) -> None:
        assert value == loads(dumps(value), cls)

    check()


def _carla_like() -> dict[str, Any]:
    case = Case(
        id="case-1",
        client=cm.Client(id="c-1", name="Carla", date_of_birth=dt.date(1990, 5, 1)),
        opened_on=dt.date(2024, 9, 1),
        plan=cm.CasePlan(
            created_on=dt.date(2024, 9, 4),
            goals=(
                cm.Goal(
                    id="g-1", statement="Carla will move into a rental flat", need_numbers=(1,)
                ),
                cm.Goal(id="g-2", statement="Carla will enrol in a TAFE course", need_numbers=(2,)),
                cm.Goal(id="g-3", statement="Carla will attend a weekly group", need_numbers=(3,)),
            ),
            actions=(
                cm.Action.planned(
                    id="a-1",
                    goal_id="g-1",
                    what="Apply to RentConnect",
                    responsible=planning.Responsible.CLIENT,
                    timeframe="2 weeks",
                    plan_date=dt.date(2024, 9, 4),
                ),
            ),
        ),
    )
    data: dict[str, Any] = json.loads(dumps(case))
    return data


def _problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(data), Case)
    return info.value.problems


def test_wrong_type_deep_in_the_plan_names_its_path() -> None:
    """ACCEPTANCE: a bad need number points at $.plan.goals[2].need_numbers[0]."""
    data = _carla_like()
    data["plan"]["goals"][2]["need_numbers"][0] = "three"
    assert _problems(data) == [("$.plan.goals[2].need_numbers[0]", "expected a whole number")]


def test_every_problem_is_reported_not_just_the_first() -> None:
    """Errors name everything: several bad fields, several problems."""
    data = _carla_like()
    data["stage"] = "finished"
    data["plan"]["goals"][0]["status"] = "done"
    data["client"]["date_of_birth"] = "01/05/1990"
    data["surprise"] = True
    paths = sorted(path for path, _ in _problems(data))
    assert paths == [
        "$",  # the unknown key: its name is not repeated (it could be anything)
        "$.client.date_of_birth",
        "$.plan.goals[0].status",
        "$.stage",
    ]


def test_unknown_keys_are_refused_at_their_object() -> None:
    """Unknown keys are never dropped silently, and their text is not repeated."""
    data = _carla_like()
    data["plan"]["goals"][1]["Carla Mendes"] = "blue"
    assert _problems(data) == [("$.plan.goals[1]", "unknown key")]
    data["plan"]["goals"][1]["colour"] = "red"
    assert _problems(data) == [("$.plan.goals[1]", "2 unknown keys")]


def test_wrong_enum_value_lists_the_allowed_ones() -> None:
    """An unknown status says which values would do."""
    data = _carla_like()
    data["plan"]["goals"][1]["status"] = "finished"
    [(path, message)] = _problems(data)
    assert path == "$.plan.goals[1].status"
    assert "'active'" in message
    assert "'completed'" in message


def test_missing_field_names_its_path() -> None:
    """A required field that is absent is named."""
    data = _carla_like()
    del data["plan"]["goals"][0]["id"]
    assert _problems(data) == [("$.plan.goals[0].id", "required field missing")]


def test_invalid_time_frame_names_its_path() -> None:
    """A plan time frame that is not a duration is refused at its path."""
    data = _carla_like()
    data["plan"]["actions"][0]["timeframe"] = "soonish"
    [(path, message)] = _problems(data)
    assert path == "$.plan.actions[0].timeframe"
    assert "time frame" in message


def test_naive_datetime_is_refused_with_its_path() -> None:
    """Naive datetimes are ambiguous; an offset is required."""
    data = _carla_like()
    data["stage_history"] = [
        {
            "from_stage": "intake",
            "to_stage": "assessment",
            "on": "2024-09-02",
            "by": "cm-1",
            "reason": "eligible",
            "recorded_at": "2024-09-02T10:00:00",
        }
    ]
    [(path, message)] = _problems(data)
    assert path == "$.stage_history[0].recorded_at"
    assert "naive" in message


def test_aware_datetime_round_trips() -> None:
    """An aware datetime keeps its offset."""
    data = _carla_like()
    data["stage_history"] = [
        {
            "from_stage": "intake",
            "to_stage": "assessment",
            "on": "2024-09-02",
            "by": "cm-1",
            "reason": "eligible",
            "recorded_at": "2024-09-02T10:00:00+10:00",
        }
    ]
    case = loads(json.dumps(data), Case)
    assert dt.timedelta(hours=10) == case.stage_history[0].recorded_at.utcoffset()  # type: ignore[union-attr]


def test_invariant_violations_are_reported_at_the_record() -> None:
    """A review date before the plan date cannot be a plan: reported at $.plan."""
    data = _carla_like()
    data["plan"]["review_date"] = "2024-01-01"
    [(path, message)] = _problems(data)
    assert path == "$.plan"
    assert "review_date is before" in message


def test_schema_version_is_written_and_checked() -> None:
    """Cases carry a schema_version so stored data can be migrated."""
    data = _carla_like()
    assert data["schema_version"] == 1
    data["schema_version"] = 99
    assert _problems(data)[0][0] == "$.schema_version"


def test_strict_primitives_do_not_coerce() -> None:
    """A number is not text and true is not 1: coercion would hide bad data."""
    data = _carla_like()
    data["id"] = 17
    data["plan"]["version"] = True
    assert sorted(p for p, _ in _problems(data)) == ["$.id", "$.plan.version"]


@pytest.mark.parametrize(
    "text",
    [
        b"\xff\xfe\x00",
        b"",
        b"[" * 100_000,
        b"1" + b"0" * 10_000,
        "{",
        "null",
        "[]",
        '{"schema_version": 1}',
        '"a string"',
        b'{"schema_version": 1, "id": "\xed\xa0\x80"}',
    ],
)
def test_hostile_bytes_raise_only_case_data_error(text: str | bytes) -> None:
    """No other exception escapes loads, whatever bytes it is given."""
    with pytest.raises(CaseDataError) as info:
        loads(text, Case)
    assert info.value.problems
    assert all(path.startswith("$") for path, _ in info.value.problems)


def test_problems_never_echo_client_details() -> None:
    """Error messages name paths, not the private values that were wrong."""
    data = _carla_like()
    data["client"]["name"] = ["Carla", "Rossi"]
    data["client"]["date_of_birth"] = "Carla's birthday"
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(data), Case)
    assert "Carla" not in str(info.value)


def test_error_pickles_with_its_problems() -> None:
    """Errors carry structured data and survive a trip between processes."""
    import pickle

    error = CaseDataError([("$.id", "expected text")])
    assert error.problems == pickle.loads(pickle.dumps(error)).problems


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(_JSON)
def test_random_json_raises_only_case_data_error(value: Any) -> None:
    """Arbitrary JSON is either a case or a CaseDataError, never a crash."""
    try:
        loads(json.dumps(value), Case)
    except CaseDataError as error:
        assert error.problems


def _mutations(data: Any, path: str = "$") -> list[tuple[str, Any]]:
    """Every JSON path in a document, with the container and key to change it."""
    out: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out.append((f"{path}.{key}", (data, key)))
            out.extend(_mutations(value, f"{path}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out.append((f"{path}[{index}]", (data, index)))
            out.extend(_mutations(value, f"{path}[{index}]"))
    return out


@given(cst.cases(), st.data())
def test_mutated_cases_raise_case_data_error_naming_the_path(
    case: Case, data: st.DataObject
) -> None:
    """Replacing one value with junk either still loads or names a path on its branch."""
    document = json.loads(dumps(case))
    targets = _mutations(document)
    path, (container, key) = data.draw(st.sampled_from(targets))
    container[key] = data.draw(st.sampled_from([None, 12345, "??", [], {"x": 1}, True]))
    try:
        loads(json.dumps(document), Case)
    except CaseDataError as error:
        on_branch = [p for p, _ in error.problems if path.startswith(p) or p.startswith(path)]
        assert on_branch, (path, error.problems)


_SECRET = "Zanele Okonkwo-Braithwaite"


def _leaky_document() -> dict[str, Any]:
    """A case whose bad values, and an unknown key, are all a client's name."""
    data = _carla_like()
    data["id"] = f" {_SECRET}"  # an identifier with a space in front
    data["plan"]["actions"][0]["timeframe"] = f"until {_SECRET}'s court date"
    data["plan"]["goals"][0]["priority"] = _SECRET
    data["plan"]["goals"][1]["status"] = _SECRET
    data["client"]["date_of_birth"] = f"{_SECRET}'s birthday"
    data["plan"][_SECRET] = "unknown key"
    return data


def test_problems_never_repeat_the_values_a_user_typed() -> None:
    """Issue 14: errors name the field, path and what was expected, not the value."""
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(_leaky_document()), Case)
    text = str(info.value) + repr(info.value) + repr(info.value.problems)
    assert "Zanele" not in text
    assert "court date" not in text
    assert sorted(path for path, _ in info.value.problems) == [
        "$.client.date_of_birth",
        "$.plan",
        "$.plan.actions[0].timeframe",
        "$.plan.goals[0].priority",
        "$.plan.goals[1].status",
    ]
    alone = _carla_like() | {"id": f" {_SECRET}"}  # record checks run once the types are right
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(alone), Case)
    assert [("$", "id must be a non-empty identifier without surrounding spaces")] == (
        info.value.problems
    )


def test_values_are_shown_only_when_the_caller_asks() -> None:
    """show_values=True is the debugging opt-in: every refused value is shown."""
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(_leaky_document()), Case, show_values=True)
    shown = dict(info.value.problems)
    assert all("Zanele" in shown[path] for path in shown if path != "$.plan.goals[0]")


def test_refusals_at_construction_do_not_repeat_the_value() -> None:
    """The same holds for records built in Python: the message names the rule only."""
    with pytest.raises(ValueError, match="identifier") as by_id:
        cm.Goal(id=f" {_SECRET}", statement="Find a flat")
    with pytest.raises(cm.TimeframeError) as by_frame:
        cm.Timeframe(f"until {_SECRET}'s court date")
    assert "Zanele" not in str(by_id.value) + str(by_frame.value)
    assert f"until {_SECRET}'s court date" == by_frame.value.value
