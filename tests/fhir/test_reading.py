"""Reading bundles: foreign standard-only bundles as far as they go; bad input is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.errors import CaseDataError
from casemgmt.examples import carla_case
from casemgmt.fhir import from_bundle, to_bundle

SDOHCC = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes"
FOREIGN: dict[str, Any] = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1"}},
        {"resource": {"resourceType": "EpisodeOfCare", "id": "ep1", "status": "active",
                      "patient": {"reference": "Patient/p1"}, "period": {"start": "2024-03-01"},
                      "managingOrganization": {"display": "Elsewhere"}}},
        {"resource": {"resourceType": "Condition", "id": "c1",
                      "subject": {"reference": "Patient/p1"},
                      "category": [{"coding": [{"system": SDOHCC, "code": "food-insecurity"}]}],
                      "code": {"text": "Not enough food at home"},
                      "recordedDate": "2024-03-02T10:00:00Z"}},
        {"resource": {"resourceType": "Procedure", "id": "x1", "status": "completed",
                      "subject": {"reference": "Patient/p1"}}},
    ],
}  # fmt: skip


def test_foreign_bundle_reads_as_far_as_it_can() -> None:
    """Another system's bundle: the need is placed, the rest named in findings."""
    result = from_bundle(FOREIGN)
    need = result.case.assessment.needs[0]
    assert ("food", "Not enough food at home", "2024-03-02") == (
        need.domain.value,
        need.description,
        need.identified_on.isoformat(),  # type: ignore[union-attr]
    )
    assert ("ep1", "implementation") != (result.case.id, result.case.stage.value)
    paths = {f.path for f in result.findings if f.code == "fhir.not-placed"}
    assert {"$.entry[1].resource.managingOrganization", "$.entry[3].resource"} <= paths


def test_bad_values_are_refused_with_bundle_paths() -> None:
    """A wrong shape names its path into the bundle, every problem at once."""
    bundle = to_bundle(carla_case(), include_identity=True)
    bundle["entry"][0]["resource"]["period"]["start"] = "March"
    condition = next(e for e in bundle["entry"] if e["resource"]["resourceType"] == "Condition")
    condition["resource"]["recordedDate"] = 7
    with pytest.raises(CaseDataError) as caught:
        from_bundle(bundle)
    paths = [p for p, _ in caught.value.problems]
    assert "$.entry[0].resource.period.start" in paths
    assert any(p.endswith(".resource.recordedDate") for p in paths)


def test_record_errors_point_at_the_resource() -> None:
    """A record rule (need number 0) is reported at the Condition that carried it."""
    bundle = to_bundle(carla_case(), include_identity=True)
    index = next(
        i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Condition"
    )
    for ident in bundle["entry"][index]["resource"]["identifier"]:
        ident["value"] = "0"
    with pytest.raises(CaseDataError) as caught:
        from_bundle(bundle)
    problems = caught.value.problems
    assert [f"$.entry[{index}].resource"] == [path for path, _ in problems]
    assert problems[0][1].startswith("number must be a whole number from 1")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


def _mutations(bundle: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A real bundle with one value somewhere replaced by arbitrary JSON."""
    text = json.dumps(bundle)

    def mutate(choice: tuple[int, Any]) -> dict[str, Any]:
        data = json.loads(text)
        nodes: list[tuple[Any, Any]] = []

        def walk(node: Any) -> None:
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                nodes.append((node, key))
                if isinstance(value, dict | list):
                    walk(value)

        walk(data)
        parent, key = nodes[choice[0] % len(nodes)]
        parent[key] = choice[1]
        return data  # type: ignore[no-any-return]

    return st.tuples(st.integers(0, 10_000), _JSON).map(mutate)


@given(_mutations(to_bundle(carla_case(), include_identity=True)) | _JSON)
def test_nothing_but_case_data_error_escapes(bundle: Any) -> None:
    """Whatever it is given, from_bundle returns a case or raises CaseDataError."""
    try:
        from_bundle(bundle)
    except CaseDataError as exc:
        assert exc.problems
        assert all(path.startswith("$") for path, _ in exc.problems)
