"""The fast, generated JSON path agrees with the careful cattrs one (issue 9).

Loading tries generated code first and falls back to the careful converter
only to explain a refusal; dumping writes through generated code. These
properties pin the two paths together: same values in, same values and bytes
out, and the fast path never accepts what the careful one refuses.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import (
    Case,
    CaseDataError,
    _codegen,
    closure,
    dumps,
    loads,
    monitoring,
    referrals,
    serialization,
    to_dict,
)
from casemgmt.planning import Goal
from casemgmt.testing import strategies as cst

RECORDS: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (cm.Client, cst.clients()),
    (cm.Party, cst.parties()),
    (cm.Consent, cst.consents()),
    (cm.Timeframe, cst.timeframes()),
    (cm.Assessment, cst.assessments()),
    (cm.CasePlan, cst.case_plans()),
    (referrals.Referral, cst.referrals((1, 2), ("g-1",))),
    (referrals.Advocacy, cst.advocacy()),
    (monitoring.Review, cst.reviews()),
    (monitoring.PlanRevision, cst.plan_revisions()),
    (closure.ClosureRecord, cst.closure_records()),
    (Case, cst.cases()),
]

_JUNK = [
    None,
    True,
    False,
    0,
    -1,
    3,
    12345,
    1.5,
    "",
    "??",
    " padded ",
    "2024-01-01",
    "2024-02-30",
    "2024-01-01T10:00:00",
    "2024-01-01T10:00:00+00:00",
    "2 weeks",
    "active",
    "intake",
    "client",
    [],
    ["x"],
    [1],
    {},
    {"x": 1},
]


def _careful(data: Any, cls: type[Any]) -> Any:
    """The careful converter's verdict: the value, or the exception it raised."""
    try:
        return serialization._converter(detailed=True).structure(data, cls)
    except Exception as exc:
        return exc


def _fast(data: Any, cls: type[Any]) -> Any:
    """The fast loader's verdict (generated where it can be): value or exception."""
    try:
        return serialization._loader(cls)(data)
    except Exception as exc:
        return exc


def _paths(data: Any, path: str = "$") -> list[tuple[str, Any, Any]]:
    """Every (path, container, key) in a JSON document."""
    out: list[tuple[str, Any, Any]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out.append((f"{path}.{key}", data, key))
            out.extend(_paths(value, f"{path}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out.append((f"{path}[{index}]", data, index))
            out.extend(_paths(value, f"{path}[{index}]"))
    return out


def _objects(data: Any) -> list[dict[str, Any]]:
    """Every JSON object in a document."""
    found: list[dict[str, Any]] = []
    if isinstance(data, dict):
        found.append(data)
        for value in data.values():
            found.extend(_objects(value))
    elif isinstance(data, list):
        for value in data:
            found.extend(_objects(value))
    return found


def _assert_agree(document: Any, cls: type[Any] = Case) -> None:
    """Fast accepts only what careful accepts, with an equal value; loads agrees."""
    careful = _careful(document, cls)
    fast = _fast(document, cls)
    if not isinstance(fast, Exception):
        assert not isinstance(careful, Exception), careful
        assert careful == fast
    text = json.dumps(document)
    if isinstance(careful, Exception):
        with pytest.raises(CaseDataError):
            loads(text, cls)
    else:
        assert careful == loads(text, cls)


@given(cst.cases())
def test_generated_cases_round_trip(case: Case) -> None:
    """loads(dumps(x)) == x through the fast path."""
    assert case == loads(dumps(case), Case)


@given(cst.cases())
def test_fast_and_careful_loaders_build_equal_cases(case: Case) -> None:
    """The generated loader and the careful converter read a document alike."""
    document = json.loads(dumps(case))
    assert _careful(document, Case) == _fast(document, Case)


@pytest.mark.parametrize(("cls", "strategy"), RECORDS, ids=[c.__name__ for c, _ in RECORDS])
def test_fast_and_careful_agree_for_every_record(
    cls: type[Any], strategy: st.SearchStrategy[Any]
) -> None:
    """Every record type loads the same through either path."""

    @given(strategy)
    def check(value: Any) -> None:
        document = json.loads(dumps(value))
        assert value == _fast(document, cls)
        assert value == _careful(document, cls)

    check()


@given(cst.cases(), st.data())
def test_a_mutated_value_is_refused_by_both_or_read_alike(case: Case, data: st.DataObject) -> None:
    """Junk anywhere: the fast path never accepts what the careful one refuses."""
    document = json.loads(dumps(case))
    _, container, key = data.draw(st.sampled_from(_paths(document)))
    container[key] = data.draw(st.sampled_from(_JUNK))
    _assert_agree(document)


@given(cst.cases(), st.data())
def test_a_removed_key_is_refused_by_both_or_defaulted_alike(
    case: Case, data: st.DataObject
) -> None:
    """A missing field takes its default on both paths, or is refused by both."""
    document = json.loads(dumps(case))
    target = data.draw(st.sampled_from([o for o in _objects(document) if o]))
    del target[data.draw(st.sampled_from(sorted(target)))]
    _assert_agree(document)


@given(cst.cases(), st.data())
def test_an_unknown_key_is_refused_by_both(case: Case, data: st.DataObject) -> None:
    """An extra key anywhere is refused, never dropped."""
    document = json.loads(dumps(case))
    target = data.draw(st.sampled_from(_objects(document)))
    target["surprise"] = 1
    assert isinstance(_fast(document, Case), Exception)
    assert isinstance(_careful(document, Case), Exception)
    with pytest.raises(CaseDataError):
        loads(json.dumps(document), Case)


@given(cst.cases(), st.randoms(use_true_random=False))
def test_key_order_does_not_matter(case: Case, rnd: Any) -> None:
    """Documents from other writers, keys in any order, load the same."""
    document = json.loads(dumps(case))
    for obj in _objects(document):
        items = list(obj.items())
        rnd.shuffle(items)
        obj.clear()
        obj.update(items)
    assert case == _fast(document, Case)
    assert case == loads(json.dumps(document), Case)


@given(cst.cases())
def test_omitted_defaults_load_as_defaults(case: Case) -> None:
    """A document that leaves out default values loads to the same case."""
    document = to_dict(case)
    for obj in _objects(document):
        for key in [k for k, v in obj.items() if v in (None, [], False, "")]:
            del obj[key]
    _assert_agree(document)


@given(cst.cases())
def test_dumps_writes_what_the_stdlib_writes_from_to_dict(case: Case) -> None:
    """orjson's native dates, enums and tuples make the same bytes as plain JSON."""
    plain = json.dumps(to_dict(case), ensure_ascii=False, separators=(",", ":"))
    assert plain == dumps(case)


@given(cst.cases())
def test_to_dict_matches_the_cattrs_converter(case: Case) -> None:
    """The generated dumper writes what the cattrs converter writes."""
    assert serialization._converter().unstructure(case) == to_dict(case)


@given(cst.cases())
def test_without_orjson_the_same_text_is_written_and_read(case: Case) -> None:
    """The stdlib json fallback writes and reads the same documents."""
    text = dumps(case)
    saved = serialization._orjson
    serialization._orjson = None
    try:
        assert text == dumps(case)
        assert case == loads(text, Case)
    finally:
        serialization._orjson = saved


def test_loaded_records_are_their_own_class() -> None:
    """The loading twin class never escapes: loaded goals are Goals."""
    goal = Goal(id="g-1", statement="Carla will find a flat", need_numbers=(1,))
    loaded = loads(dumps(goal), Goal)
    assert (Goal, goal, hash(goal)) == (type(loaded), loaded, hash(loaded))


def test_frozen_records_stay_frozen_after_loading() -> None:
    """A loaded record refuses assignment like any other."""
    goal = loads(dumps(Goal(id="g-1", statement="Find a flat")), Goal)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        goal.id = "g-2"  # type: ignore[misc]


def test_validators_run_on_the_fast_path() -> None:
    """A record invariant refuses a document the types alone would allow."""
    document = json.loads(dumps(Goal(id="g-1", statement="Find a flat")))
    document["priority"] = 0
    assert isinstance(_fast(document, Goal), Exception)
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(document), Goal)
    assert ["$"] == [path for path, _ in info.value.problems]


def test_with_validators_switched_off_loads_follows_attrs() -> None:
    """attrs.validators.disabled() is honoured: the careful path decides."""
    document = json.loads(dumps(Goal(id="g-1", statement="Find a flat")))
    document["priority"] = 0
    with attrs.validators.disabled():
        goal = loads(json.dumps(document), Goal)
    assert 0 == goal.priority


def test_a_full_date_cache_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared date cache is bounded; dates still load once it is cleared."""
    monkeypatch.setattr(_codegen, "_CACHE_LIMIT", 2)
    days = [dt.date(2024, 1, d) for d in range(1, 6)]
    for day in days:
        assert day == _codegen._date_slow(day.isoformat())
    assert len(_codegen._dates) <= 2


def test_dates_are_shared_between_loaded_cases() -> None:
    """Equal dates load as one object: the cache saves memory as well as time."""
    case = Case(id="case-1", client=cm.Client(id="c-1", name="C"), opened_on=dt.date(2024, 9, 1))
    first, second = loads(dumps(case), Case), loads(dumps(case), Case)
    assert first.opened_on is second.opened_on


@pytest.mark.parametrize(
    "value",
    [
        "2024-1-01",
        "\uff12\uff10\uff12\uff14-01-01",
        "2024-01-01\n",
        "20240101",
        "2024-W01-1",
        20240101,
    ],
)
def test_dates_take_only_the_one_written_form(value: object) -> None:
    """Only YYYY-MM-DD is a date, on either path."""
    assert isinstance(_careful(value, dt.date), Exception)
    with pytest.raises((ValueError, TypeError)):
        _codegen._date_slow(value)


def test_import_casemgmt_stays_light() -> None:
    """`import casemgmt` pulls in neither cattrs, hypothesis, the CLI nor orjson."""
    code = (
        "import sys, casemgmt; "
        "print(sorted(m for m in ('cattrs', 'hypothesis', 'casemgmt.cli', 'orjson',"
        " 'casemgmt.testing') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert "[]" == out.strip()


def test_subpackages_are_reachable_after_a_bare_import() -> None:
    """`import casemgmt; casemgmt.closure.evaluate` works without importing closure first."""
    code = "import casemgmt; print(callable(casemgmt.closure.evaluate), 'Case' in dir(casemgmt))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert "True True" == out.strip()


@attrs.frozen(kw_only=True)
class _Reading:
    """A record with the field types the case model does not use (yet)."""

    score: float
    at: dt.datetime
    days: tuple[dt.date, ...] = ()
    frames: tuple[cm.Timeframe, ...] = ()


@attrs.define(kw_only=True, slots=False)
class _Loose:
    """A plain (dict-based, mutable) attrs class."""

    name: str
    size: int = 0


@attrs.frozen(kw_only=True)
class _Node:
    """A record that contains itself."""

    label: str
    child: _Node | None = None


@attrs.frozen(kw_only=True)
class _WithPostInit:
    name: str

    def __attrs_post_init__(self) -> None:
        """Makes the class unsuitable for the generated loader."""


@attrs.frozen(kw_only=True)
class _WithMapping:
    tags: dict[str, str]


def _reading_document() -> dict[str, Any]:
    return {
        "score": 2,
        "at": "2024-09-02T10:00:00+10:00",
        "days": ["2024-09-02", "2024-09-03"],
        "frames": ["2 weeks"],
    }


def test_other_field_types_load_alike_on_both_paths() -> None:
    """Numbers, aware date-times, tuples of dates and of time frames load alike."""
    document = _reading_document()
    fast = _fast(document, _Reading)
    assert 2.0 == fast.score
    assert _careful(document, _Reading) == fast
    assert document == json.loads(dumps(fast)) | {"score": 2}


@pytest.mark.parametrize(
    ("key", "junk"),
    [
        ("score", "2"),
        ("score", True),
        ("at", "2024-09-02T10:00:00"),
        ("at", 5),
        ("days", ["2024-09-02", 3]),
        ("frames", [7]),
        ("frames", ["soonish"]),
    ],
)
def test_other_field_types_refuse_junk_on_both_paths(key: str, junk: Any) -> None:
    """Bad numbers, naive or non-text date-times and bad items are refused by both."""
    document = _reading_document() | {key: junk}
    assert isinstance(_fast(document, _Reading), Exception)
    assert isinstance(_careful(document, _Reading), Exception)


def test_dict_based_classes_load_through_setattr() -> None:
    """A class without slots still loads (fields set one by one)."""
    assert _Loose(name="x", size=2) == loads('{"name": "x", "size": 2}', _Loose)


def test_a_record_that_contains_itself_loads() -> None:
    """Recursive records load and dump through the same generated functions."""
    tree = _Node(label="a", child=_Node(label="b", child=_Node(label="c")))
    assert tree == loads(dumps(tree), _Node)


@pytest.mark.parametrize("cls", [_WithPostInit, _WithMapping])
def test_classes_the_generator_cannot_take_use_cattrs(cls: type[Any]) -> None:
    """Post-init hooks and unsupported field types fall back to the converter."""
    with pytest.raises(_codegen.UnsupportedError):
        _codegen.structure_fn(cls)
    value = cls(name="x") if cls is _WithPostInit else cls(tags={"a": "b"})
    assert value == loads(dumps(value), cls)


def test_a_full_timeframe_cache_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The time frame cache is bounded like the date cache."""
    monkeypatch.setattr(_codegen, "_CACHE_LIMIT", 1)
    for text in ("1 week", "2 weeks", "3 weeks"):
        assert cm.Timeframe(text) == _codegen._timeframe_slow(text)
    assert len(_codegen._timeframes) <= 1
    with pytest.raises(_codegen.RefusedError):
        _codegen._timeframe_slow(3)


def test_unknown_attributes_are_still_refused_by_the_package() -> None:
    """casemgmt.<typo> is an AttributeError, not a silent import."""
    with pytest.raises(AttributeError):
        _ = cm.no_such_name  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = serialization.no_such_name
