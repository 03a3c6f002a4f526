"""Needs and strengths as SDOH Conditions, risks as RiskAssessment (+ a Flag while open)."""

from __future__ import annotations

from typing import Any

from casemgmt.assessment._records import Need, NeedDomain, Risk, Strength
from casemgmt.fhir import _codes as codes
from casemgmt.fhir._elements import coding, concept, date, identified, text
from casemgmt.fhir._ext import Element, Reading, Writing, code_system, id_system

__all__ = ["SPECS", "read_need", "read_risk", "read_strength", "write_assessment"]

_HEALTH_CONCERN = {"coding": [{"system": codes.CONDITION_CATEGORY, "code": "health-concern"}]}
_SDOH = {"coding": [{"system": codes.US_CORE_CATEGORY, "code": "sdoh"}]}
_ACTIVE = {"coding": [{"system": codes.CONDITION_CLINICAL, "code": "active"}]}


def sdoh_category(code: str) -> dict[str, Any]:
    """One SDOH category as the IG's CodeableConcept."""
    display = codes.SDOH_CATEGORIES[code]
    return {"coding": [{"system": codes.SDOHCC_CODES, "code": code, "display": display}]}


_CONDITION_FIXED = frozenset({"clinicalStatus", "category", "subject", "code"})


def _condition(kind: str, system: str) -> tuple[Element, Element]:
    """Needs and strengths are both SDOH Conditions: the kind a category, the text the code's."""
    category = coding(kind, "category", code_system(system), single=True, resource_type="Condition")
    return category, text("description", "Condition.code.text")


NEED = identified(
    "need",
    Need,
    "Condition",
    *_condition("domain", "need-domain"),
    concept(
        "verified_with_client",
        "Condition.verificationStatus",
        codes.CONDITION_VER_STATUS,
        {True: "confirmed", False: "unconfirmed"},
    ),
    date("identified_on", "Condition.recordedDate"),
    id_field="number",
    number=True,
    fixed=_CONDITION_FIXED,
    defaults={"description": ""},
)

STRENGTH = identified(
    "strength",
    Strength,
    "Condition",
    *_condition("kind", "strength-kind"),
    fixed=_CONDITION_FIXED,
    defaults={"description": "", "kind": "personal-attributes"},
)

RISK = identified(
    "risk",
    Risk,
    "RiskAssessment",
    coding("kind", "code", code_system("risk-kind"), single=True, listed=False,
           resource_type="RiskAssessment"),
    concept("level", "RiskAssessment.prediction.0.qualitativeRisk", codes.RISK_PROBABILITY,
            codes.RISK_LEVEL_TO_PROBABILITY),
    date("identified_on", "RiskAssessment.occurrenceDateTime"),
    text("description", "RiskAssessment.note.0.text"),
    fixed=frozenset({"status", "subject"}),
)  # fmt: skip

SPECS = (NEED, STRENGTH, RISK)


def write_assessment(case: Any, wire: dict[str, Any], ctx: Writing) -> None:
    """One Condition per need and strength; a RiskAssessment (and Flag) per risk."""
    subject = ctx.ref("patient", "")
    assessment, awire = case.assessment, wire["assessment"]
    for i, (need, nwire) in enumerate(zip(assessment.needs, awire["needs"], strict=True)):
        category = need.domain.sdoh_category
        resource: dict[str, Any] = {
            "resourceType": "Condition",
            "id": ctx.rid("need", need.number, i),
            "clinicalStatus": _ACTIVE,
            "category": [_HEALTH_CONCERN, _SDOH, sdoh_category(category)],
            "subject": subject,
        }
        ctx.refs.setdefault(("need", str(need.number)), f"Condition/{resource['id']}")
        NEED.write(need, nwire, resource, ctx, f"$.assessment.needs[{i}]")
        ctx.add(resource)
    strengths = zip(assessment.strengths, awire["strengths"], strict=True)
    for i, (strength, swire) in enumerate(strengths):
        resource = {
            "resourceType": "Condition",
            "id": ctx.rid("strength", strength.id, i),
            "clinicalStatus": _ACTIVE,
            "category": [_HEALTH_CONCERN, sdoh_category("protective-factor")],
            "subject": subject,
        }
        STRENGTH.write(strength, swire, resource, ctx, f"$.assessment.strengths[{i}]")
        ctx.add(resource)
    for i, (risk, rwire) in enumerate(zip(assessment.risks, awire["risks"], strict=True)):
        resource = {
            "resourceType": "RiskAssessment",
            "id": ctx.rid("risk", risk.id, i),
            "status": "final",
            "subject": subject,
        }
        RISK.write(risk, rwire, resource, ctx, f"$.assessment.risks[{i}]")
        ctx.add(resource)
        ctx.add(_flag(risk, rwire, resource, ctx))


def _flag(
    risk: Risk, rwire: dict[str, Any], assessed: dict[str, Any], ctx: Writing
) -> dict[str, Any]:
    """A Flag that stands while the risk is open (derived: never read back)."""
    period = {"start": rwire["identified_on"]}
    if risk.resolved_on is not None:
        period["end"] = rwire["resolved_on"]
    return {
        "resourceType": "Flag",
        "id": ctx.rid("flag", risk.id, len(ctx.resources)),
        "identifier": [{"system": id_system("risk"), "value": risk.id}] if risk.id else [],
        "status": "active" if risk.resolved_on is None else "inactive",
        "code": {
            "coding": [{"system": code_system("risk-kind"), "code": risk.kind.value}],
            "text": f"{risk.level.value} risk: {risk.kind.value}",
        },
        "subject": ctx.ref("patient", ""),
        "period": period,
    }


def is_strength(resource: dict[str, Any]) -> bool:
    """A Condition is a strength when it has the IG's protective-factor category."""
    for concept_ in resource.get("category") or []:
        for c in concept_.get("coding") or [] if isinstance(concept_, dict) else []:
            if isinstance(c, dict) and c.get("code") == "protective-factor":
                return True
    return False


_DOMAIN_OF = {d.sdoh_category: d for d in reversed(NeedDomain)}
_DOMAIN_OF["sdoh-category-unspecified"] = NeedDomain.OTHER


def read_need(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    """A need; a foreign Condition gets a domain from its SDOH category (its number later)."""
    wire = NEED.read(resource, rd, path)
    if "domain" not in wire:
        wire["domain"] = _foreign_domain(resource).value
    return wire


def _foreign_domain(resource: dict[str, Any]) -> NeedDomain:
    for concept_ in resource.get("category") or []:
        for c in concept_.get("coding") or [] if isinstance(concept_, dict) else []:
            if isinstance(c, dict) and c.get("system") == codes.SDOHCC_CODES:
                found = _DOMAIN_OF.get(c.get("code"))  # type: ignore[arg-type]
                if found is not None:
                    return found
    return NeedDomain.OTHER


def read_strength(resource: dict[str, Any], rd: Reading, path: str, index: int) -> dict[str, Any]:
    return STRENGTH.read(resource, rd, path, index=index)


def read_risk(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    return RISK.read(resource, rd, path)
