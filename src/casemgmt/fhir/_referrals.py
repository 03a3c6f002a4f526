"""Referrals as ServiceRequest + Task (the IG's closed loop); services as HealthcareService."""

from __future__ import annotations

from typing import Any

from casemgmt.fhir import _codes as codes
from casemgmt.fhir._assessment import sdoh_category
from casemgmt.fhir._elements import date, identified, refs, text
from casemgmt.fhir._ext import MISSING, Element, Reading, Writing, id_system
from casemgmt.referrals._records import ReceivingService, Referral

__all__ = ["PERTAINS_TO_GOAL", "SPECS", "read_referral", "write_referrals"]

PERTAINS_TO_GOAL = "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal"
"""FHIR's standard extension, which the IG's ServiceRequest uses to cite a Goal."""


def _pertains() -> Element:
    inner = refs("goal_id", "ServiceRequest.x", "goal", id_system("goal"), single=True)

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        holder: dict[str, Any] = {}
        if not inner.put(value, holder, ctx):
            return False
        resource.setdefault("extension", []).append(
            {"url": PERTAINS_TO_GOAL, "valueReference": holder["x"]}
        )
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        extensions = resource.get("extension")
        for i, ext in enumerate(extensions if isinstance(extensions, list) else []):
            if isinstance(ext, dict) and ext.get("url") == PERTAINS_TO_GOAL:
                holder = {"x": ext.get("valueReference")}
                return inner.get(holder, rd, f"{path}.extension[{i}].valueReference")
        return MISSING

    return Element("goal_id", "ServiceRequest.extension(pertainsToGoal)", put, get)


REFERRAL = identified(
    "referral",
    Referral,
    "ServiceRequest",
    date("made_on", "ServiceRequest.authoredOn"),
    refs("need_numbers", "ServiceRequest.reasonReference", "need", id_system("need"), number=True),
    _pertains(),
    children=frozenset({"to"}),
    fixed=frozenset({"status", "intent", "subject", "category", "code", "performer"}),
)

SERVICE = identified(
    "service",
    ReceivingService,
    "HealthcareService",
    refs("organisation_id", "HealthcareService.providedBy", "organisation", id_system("party"),
         single=True),
    text("organisation", "HealthcareService.providedBy.display"),
    text("service", "HealthcareService.name"),
    text("location", "HealthcareService.location.0.display"),
    text("url", "HealthcareService.telecom.0.value"),
    fixed=frozenset({"active"}),
    defaults={"organisation": ""},
)  # fmt: skip

SPECS = (REFERRAL, SERVICE)

_SERVICE_REQUEST_STATUS = {
    "draft": "draft", "completed": "completed", "declined": "revoked", "lapsed": "revoked",
    "cancelled": "revoked",
}  # fmt: skip


def write_referrals(case: Any, wire: dict[str, Any], ctx: Writing) -> None:
    """ServiceRequest, its fulfilment Task, and the HealthcareService referred to."""
    subject = ctx.ref("patient", "")
    for i, (referral, rwire) in enumerate(zip(case.referrals, wire["referrals"], strict=True)):
        path = f"$.referrals[{i}]"
        service = _write_service(referral.to, rwire["to"], ctx, f"{path}.to", i)
        needs = [case.assessment.need(n) for n in referral.need_numbers]
        categories = {n.domain.sdoh_category for n in needs if n is not None}
        categories = categories or {"sdoh-category-unspecified"}
        name = referral.to.service or referral.to.organisation or "a service"
        status = referral.status.value
        request: dict[str, Any] = {
            "resourceType": "ServiceRequest",
            "id": ctx.rid("referral", referral.id, i),
            "status": _SERVICE_REQUEST_STATUS.get(status, "active"),
            "intent": "order",
            "category": [sdoh_category(c) for c in sorted(categories)],
            "code": {"text": f"Referral to {name}"},
            "subject": subject,
            "performer": [{"reference": service}],
        }
        REFERRAL.write(referral, rwire, request, ctx, path)
        ctx.add(request)
        ctx.add(_task(referral, rwire, request, service, ctx, i))


def _write_service(
    service: ReceivingService, swire: dict[str, Any], ctx: Writing, path: str, i: int
) -> str:
    resource: dict[str, Any] = {
        "resourceType": "HealthcareService",
        "id": ctx.rid("service", f"{i}-{service.id}", i),
        "active": True,
    }
    if service.organisation_id:
        organisation = {
            "resourceType": "Organization",
            "id": ctx.rid("organisation", f"{i}-{service.organisation_id}", i),
            "identifier": [{"system": id_system("party"), "value": service.organisation_id}],
        }
        if service.organisation:
            organisation["name"] = service.organisation
        ctx.add(organisation)
        ctx.refs[("organisation", service.organisation_id)] = f"Organization/{organisation['id']}"
    SERVICE.write(service, swire, resource, ctx, path)
    if "telecom" in resource:
        resource["telecom"][0]["system"] = "url"
    ctx.add(resource)
    return f"HealthcareService/{resource['id']}"


def _task(  # noqa: PLR0917 - private helper
    referral: Referral,
    rwire: dict[str, Any],
    request: dict[str, Any],
    service: str,
    ctx: Writing,
    i: int,
) -> dict[str, Any]:
    """The IG's referral-management Task: intent order, code fulfill, status from ours."""
    status = codes.REFERRAL_TO_TASK[referral.status.value]
    task: dict[str, Any] = {
        "resourceType": "Task",
        "id": ctx.rid("task", referral.id, i),
        "status": status,
        "intent": "order",
        "code": {"coding": [{"system": codes.TASK_CODE, "code": "fulfill"}]},
        "focus": {"reference": f"ServiceRequest/{request['id']}"},
        "for": ctx.ref("patient", ""),
        "authoredOn": rwire["made_on"],
        "owner": {"reference": service},
    }
    if referral.history:
        task["lastModified"] = referral.history[-1].on.isoformat()
    if status in codes.TASK_NEEDS_REASON:
        reason = referral.history[-1].reason if referral.history else ""
        task["statusReason"] = {"text": reason or f"referral {referral.status.value}"}
    return task


_FROM_TASK = codes.invert(codes.REFERRAL_TO_TASK)


def read_referral(  # noqa: PLR0917 - the reader passes what it found
    request: dict[str, Any], service: dict[str, Any] | None, task: dict[str, Any] | None,
    rd: Reading, path: str, service_path: str, index: int,
) -> dict[str, Any]:  # fmt: skip
    """A referral from its ServiceRequest, service and (for a foreign bundle) its Task."""
    wire = REFERRAL.read(request, rd, path, index=index)
    if service is None:
        wire["to"] = SERVICE.fill({}, index)
    else:
        wire["to"] = SERVICE.read(service, rd, service_path, index=index)
    if "history" not in wire and task is not None:
        status = _FROM_TASK.get(task.get("status"))  # type: ignore[arg-type]
        on = task.get("lastModified") or task.get("authoredOn") or wire.get("made_on")
        if status not in (None, "draft") and isinstance(on, str):
            wire["history"] = [{"status": status, "on": on[:10], "by": "unknown"}]
    return wire
