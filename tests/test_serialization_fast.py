"""The one converter: generated hooks, first use from many threads, odd inputs.

There is one set of loading rules: the generated hook loads good data in one
pass and hands anything else to cattrs' detailed structuring on the same
converter. These tests pin what that shape promises: the converter and
``loads``/``dumps`` agree, documents from other writers load, first use is
thread-safe, and whatever the bytes, only ``CaseDataError`` escapes.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import threading
import traceback
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import Case, CaseDataError, dumps, loads, serialization, to_dict
from casemgmt._codegen import _values
from casemgmt.planning import Goal
from casemgmt.testing import strategies as cst
from tests.fresh_python import printed_by


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


def _leaves(data: Any, path: str = "$") -> list[tuple[str, Any, Any]]:
    """Every scalar in a document: (path, container, key)."""
    items = data.items() if isinstance(data, dict) else enumerate(data)
    out: list[tuple[str, Any, Any]] = []
    for key, value in items:
        where = f"{path}.{key}" if isinstance(data, dict) else f"{path}[{key}]"
        if isinstance(value, dict | list):
            out.extend(_leaves(value, where))
        else:
            out.append((where, data, key))
    return out


@given(cst.cases(), st.randoms(use_true_random=False))
def test_one_path_reads_and_writes_every_form(case: Case, rnd: Any) -> None:
    """The converter, loads/dumps and to_dict agree; orjson and the stdlib write
    the same bytes; keys in any order and omitted defaults load the same case
    (one property, so the suite draws these cases once)."""
    document = to_dict(case)
    text = dumps(case)
    assert document == serialization.converter.unstructure(case)
    assert text == json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    assert case == serialization.converter.structure(document, Case)
    assert case == loads(text, Case)
    for obj in _objects(document):
        items = [(k, v) for k, v in obj.items() if v is not None and v != []]
        rnd.shuffle(items)
        obj.clear()
        obj.update(items)
    assert case == loads(json.dumps(document), Case)


def _walked(value: Any) -> Any:
    """The JSON form by a plain walk over the fields: the reference for the generated dumpers."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, cm.Timeframe):
        return value.text
    if attrs.has(type(value)):
        return {a.name: _walked(getattr(value, a.name)) for a in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [_walked(item) for item in value]
    return value


@given(cst.cases())
def test_dumps_writes_what_a_plain_walk_writes(case: Case) -> None:
    """The generated dumpers (lists built in loops, records inlined) write, byte
    for byte, what a straightforward walk over the fields gives."""
    expected = {"schema_version": serialization.SCHEMA_VERSION, **_walked(case)}
    assert json.dumps(expected, ensure_ascii=False, separators=(",", ":")) == dumps(case)
    assert expected == to_dict(case)


@given(cst.cases(), st.data())
def test_every_bad_value_is_named_at_its_path(case: Case, data: st.DataObject) -> None:
    """Several values of the wrong type: each is a problem at exactly its path."""
    document = json.loads(dumps(case))
    leaves = _leaves(document)
    chosen = data.draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=4, unique_by=id))
    chosen = list({path: (path, c, k) for path, c, k in chosen}.values())
    for _, container, key in chosen:
        container[key] = {"not": "a scalar"}
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(document), Case)
    assert {path for path, _, _ in chosen} <= {path for path, _ in info.value.problems}


@given(st.binary(max_size=300))
def test_no_exception_but_case_data_error_escapes_loads(text: bytes) -> None:
    """Whatever the bytes, loads gives a Case or raises CaseDataError."""
    try:
        loads(text, Case)
    except CaseDataError as error:
        assert error.problems


def test_without_orjson_the_same_text_is_written_and_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stdlib json fallback writes and reads the same documents."""
    case = Case(id="case-1", client=cm.Client(id="c-1", name="C"), opened_on=dt.date(2024, 9, 1))
    text = dumps(case)
    monkeypatch.setattr(serialization, "_orjson", False)
    assert text == dumps(case)
    assert case == loads(text, Case)


def test_first_use_is_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight threads using a fresh converter at once all get the right answer."""
    case = Case(
        id="case-1",
        client=cm.Client(id="c-1", name="C"),
        opened_on=dt.date(2024, 9, 1),
        plan=cm.CasePlan(created_on=dt.date(2024, 9, 4), goals=(Goal(id="g-1", statement="x"),)),
    )
    text, document = dumps(case), to_dict(case)
    for _ in range(10):
        monkeypatch.setattr(serialization, "_codec", None)
        results, failures = _hammer(case, text, document)
        assert [] == failures
        assert [True] * 24 == results


def _hammer(case: Case, text: str, document: Any) -> tuple[list[bool], list[str]]:
    """Eight threads released at once, each using dumps, to_dict or loads."""
    start = threading.Barrier(8)
    results: list[bool] = []
    failures: list[str] = []

    def work(i: int) -> None:
        start.wait()
        try:
            for _ in range(3):
                if i % 3 == 0:
                    results.append(dumps(case) == text)
                elif i % 3 == 1:
                    results.append(to_dict(case) == document)
                else:
                    results.append(loads(text, Case) == case)
        except BaseException:
            failures.append(traceback.format_exc())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, failures


def test_generated_source_shows_in_tracebacks() -> None:
    """The generated functions' source is registered with linecache."""
    hook = serialization.converter.get_structure_hook(Goal)
    source = inspect.getsource(hook)
    assert source.startswith("def structure_Goal(o")


def test_loaded_records_are_their_own_class() -> None:
    """The loading twin class never escapes: loaded goals are Goals."""
    goal = Goal(id="g-1", statement="Carla will find a flat", need_numbers=(1,))
    loaded = loads(dumps(goal), Goal)
    assert (Goal, goal, hash(goal)) == (type(loaded), loaded, hash(loaded))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        loaded.id = "g-2"  # type: ignore[misc]


def test_record_checks_run_when_loading() -> None:
    """A record invariant refuses a document the types alone would allow."""
    document = json.loads(dumps(Goal(id="g-1", statement="Find a flat")))
    document["priority"] = 0
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(document), Goal)
    assert ["$"] == [path for path, _ in info.value.problems]
    with attrs.validators.disabled():  # honoured, as attrs does
        assert 0 == loads(json.dumps(document), Goal).priority


def test_bounded_caches_keep_what_they_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared date and time frame caches are bounded; a full cache keeps its
    texts, and values beyond it still load."""
    monkeypatch.setattr(_values, "CACHE_LIMIT", 2)
    _values.dates.clear()  # what earlier tests left: the loaders hold these very dicts
    _values.timeframes.clear()
    for day in range(1, 6):
        assert dt.date(2024, 1, day) == loads(f'"2024-01-0{day}"', dt.date)
        assert dt.date(2024, 1, day) == _values.date_new(f"2024-01-0{day}")
    for text in ("1 week", "2 weeks", "3 weeks"):
        assert cm.Timeframe(text) == _values.timeframe_new(text)
    assert len(_values.dates) <= 2
    assert len(_values.timeframes) <= 2
    kept = dict(_values.dates)
    assert dt.date(2024, 1, 9) == loads('"2024-01-09"', dt.date)
    assert kept == _values.dates


def test_dates_are_shared_between_loaded_cases() -> None:
    """Equal dates load as one object: the cache saves memory as well as time."""
    case = Case(id="case-1", client=cm.Client(id="c-1", name="C"), opened_on=dt.date(2024, 9, 1))
    first, second = loads(dumps(case), Case), loads(dumps(case), Case)
    assert first.opened_on is second.opened_on


@pytest.mark.parametrize(
    "value", ["2024-1-01", "\uff12\uff10\uff12\uff14-01-01", "2024-01-01\n", "20240101", 20240101]
)
def test_dates_take_only_the_one_written_form(value: object) -> None:
    """Only YYYY-MM-DD is a date, in a record or alone."""
    document = to_dict(Case(id="c", client=cm.Client(id="c-1", name="C"), opened_on=dt.date.min))
    document["opened_on"] = value
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(document), Case)
    assert [p for p, _ in info.value.problems] == ["$.opened_on"]


@attrs.frozen(kw_only=True)
class _Reading:
    """A record with field types the case model does not use (yet)."""

    score: float
    at: dt.datetime
    days: tuple[dt.date, ...] = ()
    frames: tuple[cm.Timeframe, ...] = ()
    tags: dict[str, str] = attrs.Factory(dict)


@attrs.define(kw_only=True, slots=False)
class _Loose:
    """A plain (dict-based, mutable) attrs class."""

    name: str
    size: int = 0


@attrs.frozen(kw_only=True)
class _Node:
    """A record that contains itself, and runs code after init."""

    label: str
    child: _Node | None = None

    def __attrs_post_init__(self) -> None:
        if self.label == "refused":
            msg = "a node may not be called that"
            raise ValueError(msg)


_READING = {
    "score": 2,
    "at": "2024-09-02T10:00:00+10:00",
    "days": ["2024-09-02", "2024-09-03"],
    "frames": ["2 weeks"],
    "tags": {"a": "b"},
}


def test_other_field_types_load_and_dump() -> None:
    """Numbers, aware date-times, tuples of dates and time frames, mappings."""
    reading = loads(json.dumps(_READING), _Reading)
    assert 2.0 == reading.score
    assert _READING | {"score": 2.0} == json.loads(dumps(reading))


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
        ("tags", {"a": 1}),
    ],
)
def test_other_field_types_refuse_junk_at_their_path(key: str, junk: Any) -> None:
    """Bad numbers, naive or non-text date-times and bad items are named."""
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(_READING | {key: junk}), _Reading)
    assert all(p.startswith(f"$.{key}") for p, _ in info.value.problems)


def test_dict_based_and_recursive_records_load() -> None:
    """Classes without slots, that contain themselves, or have post-init hooks."""
    assert _Loose(name="x", size=2) == loads('{"name": "x", "size": 2}', _Loose)
    tree = _Node(label="a", child=_Node(label="b", child=_Node(label="c")))
    assert tree == loads(dumps(tree), _Node)
    with pytest.raises(CaseDataError) as info:
        loads(dumps(attrs.evolve(tree, child=None)).replace('"a"', '"refused"'), _Node)
    assert [("$", "a node may not be called that")] == info.value.problems


def test_import_casemgmt_stays_light() -> None:
    """`import casemgmt` pulls in neither cattrs, hypothesis, the CLI nor orjson."""
    code = (
        "import sys, casemgmt; "
        "print(sorted(m for m in ('cattrs', 'hypothesis', 'casemgmt.cli', 'orjson',"
        " 'casemgmt.testing') if m in sys.modules))"
    )
    out = printed_by(code)
    assert "[]" == out


def test_unknown_attributes_are_still_refused_by_the_package() -> None:
    """casemgmt.<typo> is an AttributeError, not a silent import."""
    with pytest.raises(AttributeError):
        _ = cm.no_such_name  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = serialization.no_such_name
