"""The careful path's messages: each problem shape says what was expected, and where.

Issue 18: the messages of ``_codegen._careful`` (the detailed hooks a loader
hands a bad document to) and of the JSON parser were untested. Each case
here breaks one value of a good document and checks the exact (path,
message) pair, and that the value itself is shown only when asked.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from casemgmt import Case, CaseDataError, loads, serialization, to_dict
from casemgmt._codegen._careful import _message
from casemgmt.core._time import Timeframe
from casemgmt.examples.carla import carla_case


@attrs.frozen(kw_only=True)
class _Reading:
    score: float
    at: dt.datetime
    every: Timeframe
    done: bool
    days: tuple[dt.date, ...] = ()


_GOOD: dict[str, Any] = {
    "score": 1.5,
    "at": "2024-09-02T10:00:00+10:00",
    "every": "2 weeks",
    "done": False,
    "days": ["2024-09-02"],
}


@pytest.mark.parametrize(
    ("key", "junk", "message"),
    [
        ("score", "1.5", "expected a number"),
        ("at", 5, "expected a date-time as ISO 8601 text with a UTC offset"),
        ("at", "yesterday", "not an ISO 8601 date-time"),
        ("at", "2024-09-02T10:00:00", "naive date-time: add a UTC offset such as +00:00"),
        ("every", 14, "expected a time frame as text, such as '2 weeks'"),
        ("done", 0, "expected true or false"),
        ("days", "2024-09-02", "expected a list"),
    ],
)
def test_a_bad_value_gets_its_message_at_its_path(key: str, junk: Any, message: str) -> None:
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(_GOOD | {key: junk}), _Reading)
    assert [(f"$.{key}", message)] == info.value.problems


def _carla() -> dict[str, Any]:
    data: dict[str, Any] = to_dict(carla_case())
    return data


def test_a_record_where_an_object_belongs_is_named_by_class() -> None:
    data = _carla() | {"client": ["not", "an", "object"]}
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(data), Case)
    assert [("$.client", "expected a JSON object for a Client")] == info.value.problems


def test_a_bad_item_is_named_at_its_index() -> None:
    data = _carla()
    data["stage_history"][0]["on"] = "2024-02-30"
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(data), Case)
    assert [("$.stage_history[0].on", "not a calendar date (YYYY-MM-DD)")] == info.value.problems


@pytest.mark.parametrize(
    ("version", "problems"),
    [
        (2, [("$.schema_version", "unsupported schema_version; this library reads version 1")]),
        ("1", [("$.schema_version", "unsupported schema_version; this library reads version 1")]),
        (None, [("$.schema_version", "required field missing")]),
    ],
)
def test_the_schema_version_is_checked_with_the_fields(
    version: object, problems: list[tuple[str, str]]
) -> None:
    """A wrong or missing version is one more problem beside the fields' own."""
    data = _carla()
    if version is None:
        del data["schema_version"]
    else:
        data["schema_version"] = version
    data["opened_on"] = 20240801
    with pytest.raises(CaseDataError) as info:
        loads(json.dumps(data), Case)
    assert [*problems, ("$.opened_on", "expected a date as text, YYYY-MM-DD")] == (
        info.value.problems
    )


def test_values_are_shown_only_when_asked_and_then_cut_short() -> None:
    long_text = "x" * 100
    text = json.dumps(_GOOD | {"at": long_text})
    with pytest.raises(CaseDataError) as hidden:
        loads(text, _Reading)
    assert long_text[:10] not in str(hidden.value.problems)
    with pytest.raises(CaseDataError) as shown:
        loads(text, _Reading, show_values=True)
    [(path, message)] = shown.value.problems
    assert path == "$.at"
    assert message == "not an ISO 8601 date-time (got '" + "x" * 56 + "...)"
    assert len(message) - len("not an ISO 8601 date-time (got )") == 60


@pytest.mark.parametrize("orjson", [True, False])
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"\xff\xfe{}", "not valid UTF-8"),
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
        (42, "expected JSON text (str or bytes)"),
        ('{"id": ', "not valid JSON (line 1)"),
    ],
)
def test_text_that_is_not_json_says_why(
    monkeypatch: pytest.MonkeyPatch, orjson: bool, text: Any, message: str
) -> None:
    """The same message with orjson and with the standard library's parser."""
    if not orjson:
        monkeypatch.setattr(serialization, "_orjson", False)
    elif not serialization._orjson:  # pragma: no cover - orjson is a dev dependency
        pytest.skip("orjson is not installed")
    with pytest.raises(CaseDataError) as info:
        loads(text, Case)
    assert [("$", message)] == info.value.problems


@pytest.mark.parametrize(
    ("exc", "tp", "said"),
    [
        (TypeError("'int' object is not iterable"), int, "wrong type, expected int"),
        (TypeError("bad"), str | None, "wrong type"),  # a union has no name to give
        (ValueError(), int, "invalid value"),  # no words of its own to pass on
        (RuntimeError("secret 0412 345 678"), int, "invalid value"),
    ],
)
def test_fallback_messages_name_the_type_never_the_value(
    exc: Exception, tp: Any, said: str
) -> None:
    """Errors no hook words itself (a validator's TypeError, a bare exception) still
    read as what was expected, and carry no value unless asked (privacy: DESIGN.md)."""
    exc.value = "0412 345 678"  # type: ignore[attr-defined]
    assert said == _message(exc, tp, show_values=False)
    assert f"{said} (got '0412 345 678')" == _message(exc, tp, show_values=True)
