"""JSON Schema: generated from the records, it accepts what dumps writes and refuses
what loads refuses for a type or shape reason."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case, CaseDataError, dumps, json_schema, loads
from casemgmt.testing import strategies as cs

_RECORDS = st.one_of(
    cs.cases(closed=None, consent=None),
    cs.clients(),
    cs.consents(),
    cs.needs(),
    cs.risks(),
    cs.goals(),
    cs.actions(),
    cs.case_plans(),
    cs.referrals(),
    cs.reviews(),
    cs.plan_revisions(),
    cs.case_notes(),
    cs.closure_records(),
)


def _validator(cls: type) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json_schema(cls), format_checker=jsonschema.FormatChecker()
    )


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The generated document is itself a valid 2020-12 schema, with the promised parts."""
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    case = schema["$defs"]["Case"]
    assert {"const": 1} == case["properties"]["schema_version"]
    assert {"schema_version", "id", "client", "opened_on"} == set(case["required"])
    assert case["additionalProperties"] is False
    assert "date" == case["properties"]["opened_on"]["format"]
    assert "referral-in" in case["properties"]["stage"]["enum"]
    stage_change = schema["$defs"]["StageChange"]["properties"]["recorded_at"]
    assert "date-time" == stage_change["anyOf"][0]["format"]


def test_schema_needs_a_record_class() -> None:
    """Anything but a record class is a TypeError, naming it."""
    with pytest.raises(TypeError, match="record class"):
        json_schema(dict)


@given(_RECORDS)
def test_every_dumps_output_validates(record: Any) -> None:
    """Whatever dumps writes, for any record, the record's schema accepts."""
    _validator(type(record)).validate(json.loads(dumps(record)))


_SHAPE = (
    "expected", "unknown key", "required field missing", "not a valid", "wrong type",
    "unsupported schema_version", "not a calendar date", "naive date-time", "not an ISO 8601",
)  # fmt: skip
"""Messages of ``loads`` that are about type or shape, not a rule on one value."""

_OTHER = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
    st.text(max_size=6),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _spots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        out.append((node, key))
        if isinstance(value, dict | list):
            _spots(value, out)
    return out


@st.composite
def _broken(draw: st.DrawFn) -> dict[str, Any]:
    """A dumped case with one change: a value replaced, a key added or a key removed."""
    doc = json.loads(dumps(draw(cs.cases(closed=None, consent=None))))
    objects = [doc] + [p[k] for p, k in _spots(doc, []) if isinstance(p[k], dict)]
    how = draw(st.sampled_from(["replace", "add", "remove"]))
    if how == "replace":
        parent, key = draw(st.sampled_from(_spots(doc, [])))
        parent[key] = draw(_OTHER)
    elif how == "add":
        draw(st.sampled_from(objects))["not_a_field"] = 1
    else:
        target = draw(st.sampled_from(objects))
        if target:
            del target[draw(st.sampled_from(sorted(target)))]
    return doc  # type: ignore[no-any-return]


@given(_broken())
def test_documents_loads_refuses_for_shape_are_refused_by_the_schema(doc: dict[str, Any]) -> None:
    """A type or shape problem loads reports, the schema reports too."""
    try:
        loads(json.dumps(doc), Case)
    except CaseDataError as exc:
        if all(message.startswith(_SHAPE) for _, message in exc.problems):
            assert not _validator(Case).is_valid(doc), exc.problems
