"""FHIR bundles: lossless round trip, conformance with FHIR R4(B) models, IG codes."""

from __future__ import annotations

import json
from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from hypothesis import given

from casemgmt import Case
from casemgmt.assessment import NeedDomain
from casemgmt.examples import carla_case
from casemgmt.fhir import from_bundle, to_bundle, to_bundle_report
from casemgmt.fhir._codes import REFERRAL_TASK_STATUS, SDOH_CATEGORIES, SDOHCC_CODES
from casemgmt.testing.strategies import cases

# Written down from the SDOH Clinical Care IG (HL7 / Gravity Project, STU 2),
# ValueSet SDOHCC-ValueSetSDOHCategory; kept here apart from the library's own
# table so a typo in either shows.
IG_SDOH_CATEGORY = {
    "sdoh-category-unspecified", "food-insecurity", "housing-instability", "homelessness",
    "inadequate-housing", "transportation-insecurity", "financial-insecurity",
    "material-hardship", "educational-attainment", "employment-status", "veteran-status",
    "stress", "social-connection", "intimate-partner-violence", "elder-abuse",
    "personal-health-literacy", "health-insurance-coverage-status", "medical-cost-burden",
    "digital-literacy", "digital-access", "utility-insecurity", "incarceration-status",
    "language-access", "protective-factor",
}  # fmt: skip
# SDOHCC-ValueSetReferralTaskStatus: FHIR R4 TaskStatus without "requested".
IG_REFERRAL_TASK_STATUS = {
    "draft", "received", "accepted", "rejected", "ready", "cancelled", "in-progress",
    "on-hold", "failed", "completed", "entered-in-error",
}  # fmt: skip


def _resources(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [entry["resource"] for entry in bundle["entry"]]


def _validate(bundle: dict[str, Any]) -> None:
    get_fhir_model_class("Bundle").model_validate(bundle)
    for resource in _resources(bundle):
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def _codes_used(bundle: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every (resource type, system, code) of a coding, wherever it sits."""
    found: list[tuple[str, str, str]] = []

    def walk(node: object, kind: str) -> None:
        if isinstance(node, dict):
            if "system" in node and "code" in node:
                found.append((kind, node["system"], node["code"]))
            for value in node.values():
                walk(value, kind)
        elif isinstance(node, list):
            for value in node:
                walk(value, kind)

    for resource in _resources(bundle):
        walk(resource, resource["resourceType"])
    return found


def test_library_tables_match_the_ig_lists() -> None:
    """The SDOH categories and referral Task statuses are exactly the IG's."""
    assert IG_SDOH_CATEGORY == set(SDOH_CATEGORIES)
    assert IG_REFERRAL_TASK_STATUS == set(REFERRAL_TASK_STATUS)


def test_every_need_domain_has_an_ig_category() -> None:
    """Each NeedDomain maps to a code of the IG's SDOH category value set."""
    assert all(d.sdoh_category in IG_SDOH_CATEGORY for d in NeedDomain)
    assert "food-insecurity" == NeedDomain.FOOD.sdoh_category
    assert "utility-insecurity" == NeedDomain.UTILITIES.sdoh_category


def test_carla_round_trips_and_validates() -> None:
    """Seed 002's Carla case comes back equal, with no findings, from valid resources."""
    case = carla_case()
    bundle = to_bundle(case, include_identity=True)
    _validate(bundle)
    result = from_bundle(json.dumps(bundle))
    assert case == result.case
    assert () == result.findings


@given(cases(closed=None, consent=None))
def test_round_trip_conformance_and_standard_only(case: Case) -> None:
    """One generated case, every promise (one property, so each case is generated once).

    - from_bundle(to_bundle(case, include_identity=True)).case == case, no findings;
    - every emitted resource validates against the fhir.resources R4B models;
    - SDOH category codes and referral Task statuses come from the IG's value sets;
    - standard_only writes no casemgmt extension and names each field left behind
      (one ``fhir.not-carried`` finding per extension the full bundle has), and the
      result still reads.
    """
    bundle = to_bundle(case, include_identity=True)
    result = from_bundle(bundle)
    assert case == result.case
    assert () == result.findings
    report = to_bundle_report(case, include_identity=True, standard_only=True)
    for written in (bundle, report.bundle):
        _validate(written)
        for _, system, code in _codes_used(written):
            if system == SDOHCC_CODES:
                assert code in IG_SDOH_CATEGORY
        for resource in _resources(written):
            if resource["resourceType"] == "Task":
                assert resource["status"] in IG_REFERRAL_TASK_STATUS
                assert ("order", "fulfill") == (
                    resource["intent"],
                    resource["code"]["coding"][0]["code"],
                )
    assert "urn:casemgmt:fhir:ext:" not in json.dumps(report.bundle)
    extensions = json.dumps(bundle).count("urn:casemgmt:fhir:ext:")
    assert extensions == len(report.findings)
    assert all(f.code == "fhir.not-carried" and f.path.startswith("$") for f in report.findings)
    from_bundle(report.bundle)


def test_de_identified_bundle_has_no_client_details() -> None:
    """Without include_identity the client's name and birth date appear nowhere."""
    case = carla_case()
    text = json.dumps(to_bundle(case))
    assert case.client.name not in text
    assert case.client.date_of_birth is None or case.client.date_of_birth.isoformat() not in text
    result = from_bundle(json.loads(text))
    assert "" == result.case.client.name
    assert ["fhir.no-client-name"] == [f.code for f in result.findings]


def test_transaction_bundle_puts_every_resource() -> None:
    """bundle_type='transaction' gives each entry a PUT request to Type/id."""
    bundle = to_bundle(carla_case(), bundle_type="transaction")
    _validate(bundle)
    assert "transaction" == bundle["type"]
    for entry in bundle["entry"]:
        resource = entry["resource"]
        assert {"method": "PUT", "url": f"{resource['resourceType']}/{resource['id']}"} == entry[
            "request"
        ]


def test_resource_ids_are_stable_and_unique() -> None:
    """The same case gives the same ids; no two resources share one."""
    first = [(r["resourceType"], r["id"]) for r in _resources(to_bundle(carla_case()))]
    second = [(r["resourceType"], r["id"]) for r in _resources(to_bundle(carla_case()))]
    assert first == second
    assert len(set(first)) == len(first)
