"""The case itself as EpisodeOfCare: status and statusHistory, period, closure."""

from __future__ import annotations

from typing import Any

from casemgmt.assessment._records import Assessment
from casemgmt.case import Case
from casemgmt.fhir import _codes as codes
from casemgmt.fhir._elements import code, date, identified
from casemgmt.fhir._ext import Reading, Spec, Writing

__all__ = ["ASSESSMENT", "CASE", "SPECS", "read_episode", "write_episode"]

CASE = identified(
    "case",
    Case,
    "EpisodeOfCare",
    date("opened_on", "EpisodeOfCare.period.start"),
    code("stage", "EpisodeOfCare.status", codes.STAGE_TO_EPISODE, exact=False),
    children=frozenset(
        {
            "client",
            "parties",
            "consents",
            "assessment",
            "plan",
            "plan_history",
            "referrals",
            "reviews",
            "contact_attempts",
            "notes",
        }
    ),
    fixed=frozenset({"status", "statusHistory", "patient", "period", "team"}),
)

ASSESSMENT = Spec(
    "assessment",
    Assessment,
    "EpisodeOfCare",
    children=frozenset({"needs", "strengths", "risks"}),
)

SPECS = (CASE, ASSESSMENT)


def write_episode(case: Case, wire: dict[str, Any], ctx: Writing) -> dict[str, Any]:
    """The EpisodeOfCare; closure makes it ``finished`` with the closure date as its end."""
    episode: dict[str, Any] = {
        "resourceType": "EpisodeOfCare",
        "id": ctx.rid("episode", None, 0),
        "patient": ctx.ref("patient", ""),
    }
    history = _status_history(case, wire)
    if history:
        episode["statusHistory"] = history
    if ctx.refs.get(("careteam", "")):
        episode["team"] = [ctx.ref("careteam", "")]
    CASE.write(case, wire, episode, ctx, "$")
    ASSESSMENT.write(case.assessment, wire["assessment"], episode, ctx, "$.assessment")
    if case.closure is not None:
        episode["period"]["end"] = wire["closure"]["closed_on"]
    return episode


def _status_history(case: Case, wire: dict[str, Any]) -> list[dict[str, Any]]:
    """Each stage change as a status period (derived; the changes travel whole in an extension)."""
    out: list[dict[str, Any]] = []
    changes = wire["stage_history"]
    for i, change in enumerate(changes):
        period = {"start": change["on"]}
        if i + 1 < len(changes) and changes[i + 1]["on"] >= change["on"]:
            period["end"] = changes[i + 1]["on"]
        out.append({"status": codes.STAGE_TO_EPISODE[change["to_stage"]], "period": period})
    return out


def read_episode(
    resource: dict[str, Any], rd: Reading, path: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The case's own fields and the assessment's, from the EpisodeOfCare."""
    case = CASE.read(resource, rd, path)
    if "id" not in case and isinstance(resource.get("id"), str):
        case["id"] = resource["id"]
    return case, ASSESSMENT.read(resource, rd, path)
