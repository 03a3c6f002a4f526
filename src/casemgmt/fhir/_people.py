"""Client, parties and consents: Patient, CareTeam members, Consent."""

from __future__ import annotations

from typing import Any

from casemgmt.core._client import Client
from casemgmt.core._consent import Consent
from casemgmt.core._findings import Finding, Severity
from casemgmt.core._parties import Party
from casemgmt.fhir import _codes as codes
from casemgmt.fhir._elements import date, identified, text, wrapped_refs
from casemgmt.fhir._ext import MISSING, Element, Reading, Spec, Writing, code_system, id_system

__all__ = ["PARTY_RESOURCES", "SPECS", "read_consent", "read_party", "read_patient", "write_people"]

_IDENTITY = frozenset(
    {"name", "date_of_birth", "preferred_language", "interpreter_needed",
     "cultural_identity_notes", "contact"}
)  # fmt: skip

PATIENT = identified(
    "client",
    Client,
    "Patient",
    text("name", "Patient.name.0.text"),
    date("date_of_birth", "Patient.birthDate"),
    text("preferred_language", "Patient.communication.0.language.text"),
    private=_IDENTITY,
)

PARTY_RESOURCES = {
    "case-manager": "Practitioner",
    "supervisor": "Practitioner",
    "external-service": "Organization",
    "support-person": "RelatedPerson",
    "carer-guardian": "RelatedPerson",
    "client": "RelatedPerson",
}
"""Which resource stands for a party, by role; the role itself is the CareTeam's."""


def _party_spec(resource: str) -> Spec:
    name = "Organization.name" if resource == "Organization" else f"{resource}.name.0.text"
    return identified(
        "party",
        Party,
        resource,
        text("name", name),
        children=frozenset({"role"}),
        private=frozenset({"name", "contact"}),
        fixed=frozenset({"patient"}) if resource == "RelatedPerson" else frozenset(),
    )


PARTIES = {r: _party_spec(r) for r in ("Practitioner", "Organization", "RelatedPerson")}
_ACTOR_ROLE = {"coding": [{"system": codes.PARTICIPATION_TYPE, "code": "IRCP"}]}


def _actions() -> Element:
    back = codes.invert(codes.PURPOSE_TO_CONSENT_ACTION)

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        mapped = [
            codes.PURPOSE_TO_CONSENT_ACTION[p]
            for p in value
            if p in codes.PURPOSE_TO_CONSENT_ACTION
        ]
        actions = [
            {"coding": [{"system": codes.CONSENT_ACTION, "code": c}]} for c in dict.fromkeys(mapped)
        ]
        if actions:
            resource.setdefault("provision", {})["action"] = actions
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        provision = resource.get("provision")
        actions = provision.get("action") if isinstance(provision, dict) else None
        if not isinstance(actions, list):
            return MISSING
        codings = [
            c
            for action in actions
            if isinstance(action, dict) and isinstance(action.get("coding"), list)
            for c in action["coding"]
            if isinstance(c, dict) and c.get("system") == codes.CONSENT_ACTION
        ]
        out = [
            back[c["code"]] for c in codings if isinstance(c.get("code"), str) and c["code"] in back
        ]
        return out or MISSING

    return Element("purposes", "Consent.provision.action", put, get, exact=False)


CONSENT = identified(
    "consent",
    Consent,
    "Consent",
    date("granted_on", "Consent.dateTime"),
    date("expires_on", "Consent.provision.period.end"),
    wrapped_refs(
        "parties",
        "Consent.provision.actor",
        ("provision", "actor"),
        "reference",
        id_system("party"),
        role=_ACTOR_ROLE,
    ),
    _actions(),
    fixed=frozenset({"status", "scope", "category", "patient", "policyRule", "provision"}),
)

SPECS = (PATIENT, *PARTIES.values(), CONSENT)


def write_people(case: Any, wire: dict[str, Any], ctx: Writing) -> None:
    """Patient, one resource per party plus the CareTeam, and the consents."""
    patient: dict[str, Any] = {"resourceType": "Patient", "id": ctx.rid("patient", None, 0)}
    ctx.refs[("patient", "")] = f"Patient/{patient['id']}"
    PATIENT.write(case.client, wire["client"], patient, ctx, "$.client")
    ctx.add(patient)
    subject = ctx.ref("patient", "")
    members = []
    for i, (party, pwire) in enumerate(zip(case.parties, wire["parties"], strict=True)):
        kind = PARTY_RESOURCES[party.role.value]
        resource: dict[str, Any] = {"resourceType": kind, "id": ctx.rid("party", party.id, i)}
        if kind == "RelatedPerson":
            resource["patient"] = subject
        ctx.refs.setdefault(("party", party.id), f"{kind}/{resource['id']}")
        PARTIES[kind].write(party, pwire, resource, ctx, f"$.parties[{i}]")
        ctx.add(resource)
        role = {"coding": [{"system": code_system("party-role"), "code": party.role.value}]}
        members.append({"role": [role], "member": {"reference": f"{kind}/{resource['id']}"}})
    if members:
        ctx.add(
            {"resourceType": "CareTeam", "id": ctx.rid("careteam", None, 0), "status": "active",
             "subject": subject, "participant": members}
        )  # fmt: skip
    for i, (consent, cwire) in enumerate(zip(case.consents, wire["consents"], strict=True)):
        resource = {
            "resourceType": "Consent",
            "id": ctx.rid("consent", consent.id, i),
            "status": "inactive" if consent.withdrawn_on is not None else "active",
            "scope": {"coding": [{"system": codes.CONSENT_SCOPE, "code": "patient-privacy"}]},
            "category": [{"coding": [{"system": codes.LOINC, "code": "59284-0"}]}],
            "patient": subject,
            "policyRule": {"coding": [{"system": codes.ACT_CODE, "code": "OPTIN"}]},
            "provision": {"type": "permit", "period": {"start": cwire["granted_on"]}},
        }
        CONSENT.write(consent, cwire, resource, ctx, f"$.consents[{i}]")
        ctx.add(resource)


def read_patient(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    wire = PATIENT.read(resource, rd, path)
    if "name" not in wire:
        wire["name"] = ""
        rd.findings.append(_no_name(path))
    return wire


def _no_name(path: str) -> Any:
    message = "the Patient has no name (a de-identified bundle); the client's name is left empty"
    return Finding("fhir.no-client-name", Severity.INFO, message, path)


def read_party(resource: dict[str, Any], role: Any, rd: Reading, path: str) -> dict[str, Any]:
    wire = PARTIES[resource["resourceType"]].read(resource, rd, path)
    wire["role"] = role
    return wire


def read_consent(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    return CONSENT.read(resource, rd, path)
