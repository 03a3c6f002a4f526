"""``to_bundle``: a case as a FHIR R4 Bundle of plain, JSON-ready dicts."""

from __future__ import annotations

from typing import Any

import attrs

from casemgmt.case import Case
from casemgmt.core._disclosure import rewrite_text
from casemgmt.core._display import scrubber_for
from casemgmt.core._findings import Finding
from casemgmt.fhir._assessment import write_assessment
from casemgmt.fhir._episode import write_episode
from casemgmt.fhir._ext import Writing
from casemgmt.fhir._monitoring import write_monitoring
from casemgmt.fhir._people import write_people
from casemgmt.fhir._plan import write_plans
from casemgmt.fhir._referrals import write_referrals
from casemgmt.serialization import to_dict

__all__ = ["BundleReport", "to_bundle", "to_bundle_report"]

_TYPES = frozenset({"collection", "transaction"})


@attrs.frozen
class BundleReport:
    """A bundle and the findings written with it (``fhir.not-carried`` when standard-only)."""

    bundle: dict[str, Any]
    findings: tuple[Finding, ...]


def to_bundle(
    case: Case,
    *,
    include_identity: bool = False,
    standard_only: bool = False,
    bundle_type: str = "collection",
) -> dict[str, Any]:
    """A FHIR R4 ``Bundle`` for ``case``, aligned with the SDOH Clinical Care IG.

    The client appears by identifier only unless ``include_identity``, and
    free text is then scrubbed of the client's name, birth date and contact
    details as ``redact(keep_text=True)`` does (issue 14). With
    ``standard_only`` no casemgmt extension is written; ``to_bundle_report``
    returns the same bundle with a finding for everything left behind.
    """
    return to_bundle_report(
        case,
        include_identity=include_identity,
        standard_only=standard_only,
        bundle_type=bundle_type,
    ).bundle


def to_bundle_report(
    case: Case,
    *,
    include_identity: bool = False,
    standard_only: bool = False,
    bundle_type: str = "collection",
) -> BundleReport:
    """``to_bundle`` with its findings: what a standard-only bundle could not carry."""
    if not isinstance(case, Case):
        msg = f"to_bundle expects a casemgmt.Case, got {type(case).__name__}"
        raise TypeError(msg)
    if bundle_type not in _TYPES:
        msg = f"bundle_type must be 'collection' or 'transaction', got {bundle_type!r}"
        raise ValueError(msg)
    if not include_identity:
        case = rewrite_text(case, scrubber_for(case))
    wire = to_dict(case)
    ctx = Writing(case.id, include_identity, standard_only)
    write_people(case, wire, ctx)
    care_team = next((r for r in ctx.resources if r["resourceType"] == "CareTeam"), None)
    if care_team is not None:
        ctx.refs[("careteam", "")] = f"CareTeam/{care_team['id']}"
    write_assessment(case, wire, ctx)
    write_plans(case, wire, ctx)
    write_referrals(case, wire, ctx)
    write_monitoring(case, wire, ctx)
    resources = [write_episode(case, wire, ctx), *ctx.resources]
    entries: list[dict[str, Any]] = []
    for resource in resources:
        entry: dict[str, Any] = {"resource": resource}
        if bundle_type == "transaction":
            url = f"{resource['resourceType']}/{resource['id']}"
            entry["request"] = {"method": "PUT", "url": url}
        entries.append(entry)
    bundle = {"resourceType": "Bundle", "type": bundle_type, "entry": entries}
    return BundleReport(bundle, tuple(ctx.findings))
