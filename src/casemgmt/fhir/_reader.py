"""``from_bundle``: a case back from a bundle, ours losslessly, another system's as far as it goes.

Reading builds the case's own JSON form from the resources and hands it to
``casemgmt.from_dict``, so one set of rules decides what a case is. Problems
are reported with paths into the bundle (``$.entry[4].resource.code.text``),
translated from the case's paths where the record itself is at fault.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import attrs

from casemgmt.case import Case
from casemgmt.core._findings import Finding
from casemgmt.errors import CaseDataError
from casemgmt.fhir import _assessment as assessment
from casemgmt.fhir import _episode as episode
from casemgmt.fhir import _monitoring as monitoring
from casemgmt.fhir import _people as people
from casemgmt.fhir import _referrals as referrals
from casemgmt.fhir._ext import Reading, Spec, code_system, id_system, unplaced_elements
from casemgmt.fhir._reader_links import read_plans, read_referrals, read_reviews
from casemgmt.serialization import from_dict

__all__ = ["FhirImport", "from_bundle"]

Found = tuple[dict[str, Any], str]


@attrs.frozen
class FhirImport:
    """What ``from_bundle`` read: the case, and a finding for whatever it could not place."""

    case: Case
    findings: tuple[Finding, ...] = ()


def from_bundle(bundle: dict[str, Any] | str | bytes) -> FhirImport:
    """Read a case from a FHIR R4 Bundle (a dict, or its JSON text).

    Input that cannot be a case raises ``CaseDataError`` naming each problem
    with its path into the bundle; nothing else escapes.
    """
    rd = Reading()
    try:
        if isinstance(bundle, (str, bytes, bytearray)):
            bundle = json.loads(bundle)
        wire, places = _assemble(bundle, rd)
    except CaseDataError:
        raise
    except Exception:
        raise CaseDataError([*rd.problems, ("$", "cannot be read as a case bundle")]) from None
    if rd.problems or wire is None:
        raise CaseDataError(rd.problems)
    try:
        case = from_dict(wire, Case)
    except CaseDataError as exc:
        raise CaseDataError([(_translate(p, places), m) for p, m in exc.problems]) from None
    return FhirImport(case, tuple(rd.findings))


def _translate(path: str, places: list[tuple[str, str]]) -> str:
    """The bundle path for a case path: the resource the record came from."""
    best, where = "", "$"
    for prefix, place in places:
        if (path == prefix or path.startswith((prefix + ".", prefix + "["))) and len(prefix) > len(
            best
        ):
            best, where = prefix, place
    return where + path[len(best) :] if best and best != "$" else where if best else path


def _index(bundle: Any, rd: Reading) -> dict[str, list[Found]]:
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        rd.problem("$", "expected a FHIR Bundle (resourceType 'Bundle')")
        return {}
    entries = bundle.get("entry", [])
    if not isinstance(entries, list):
        rd.problem("$.entry", "expected a list")
        return {}
    by_type: dict[str, list[Found]] = {}
    for i, entry in enumerate(entries):
        path = f"$.entry[{i}].resource"
        resource = entry.get("resource") if isinstance(entry, dict) else None
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if not isinstance(resource, dict) or not isinstance(kind, str):
            rd.problem(path, "expected a resource with a resourceType")
            continue
        by_type.setdefault(kind, []).append((resource, path))
        if isinstance(resource.get("id"), str):
            rd.by_ref[f"{kind}/{resource['id']}"] = (resource, path)
        if isinstance(entry.get("fullUrl"), str):
            rd.by_ref[entry["fullUrl"]] = (resource, path)
    return by_type


def _assemble(bundle: Any, rd: Reading) -> tuple[dict[str, Any] | None, list[tuple[str, str]]]:
    by_type = _index(bundle, rd)
    places: list[tuple[str, str]] = []
    episodes = by_type.pop("EpisodeOfCare", [])
    if len(episodes) != 1:
        if not rd.problems:
            rd.problem("$.entry", f"expected one EpisodeOfCare (the case), found {len(episodes)}")
        return None, places
    eoc, eoc_path = episodes[0]
    wire, awire = episode.read_episode(eoc, rd, eoc_path)
    places.append(("$", eoc_path))
    _check(episode.SPECS, eoc, rd, eoc_path)
    wire["schema_version"] = 1
    wire["client"] = _client(by_type, eoc, rd, places)
    wire["parties"] = _parties(by_type, rd, places)
    wire["consents"] = _consents(by_type.pop("Consent", []), rd, places)
    wire["assessment"] = {**awire, **_assessment(by_type, rd, places)}
    read_plans(wire, by_type, rd, places)
    wire["referrals"] = read_referrals(by_type, rd, places)
    wire["reviews"] = read_reviews(by_type, rd, places)
    contacts = by_type.pop("Communication", [])
    wire["contact_attempts"] = _each(
        contacts, monitoring.read_contact, "$.contact_attempts", places, rd, (monitoring.CONTACT,)
    )
    notes = by_type.pop("DocumentReference", [])
    wire["notes"] = _each(notes, monitoring.read_note, "$.notes", places, rd, (monitoring.NOTE,))
    for flag, path in by_type.pop("Flag", []):
        if not _ours(flag, "risk"):
            rd.unplaced(path, "a Flag this library did not write")
    for kind, found in sorted(by_type.items()):
        for _, path in found:
            rd.unplaced(path, f"a {kind} this library does not read")
    return wire, places


def _ours(resource: dict[str, Any], kind: str) -> bool:
    items = resource.get("identifier")
    return isinstance(items, list) and any(
        isinstance(i, dict) and i.get("system") == id_system(kind) for i in items
    )


def _check(specs: Iterable[Spec], resource: dict[str, Any], rd: Reading, path: str) -> None:
    unplaced_elements(specs, resource, rd, path, extensions=(referrals.PERTAINS_TO_GOAL,))


def _each(  # noqa: PLR0917 - private helper
    found: list[Found], read: Any, base: str, places: list[tuple[str, str]], rd: Reading,
          specs: tuple[Spec, ...]) -> list[dict[str, Any]]:  # fmt: skip
    out: list[dict[str, Any]] = []
    for resource, path in found:
        places.append((f"{base}[{len(out)}]", path))
        out.append(read(resource, rd, path))
        _check(specs, resource, rd, path)
    return out


def _client(
    by_type: dict[str, list[Found]], eoc: dict[str, Any], rd: Reading, places: list[tuple[str, str]]
) -> Any:
    patients = by_type.pop("Patient", [])
    target = rd.resolve(eoc.get("patient"))
    chosen = target if target is not None else patients[0] if len(patients) == 1 else None
    if chosen is None:
        rd.problem("$.entry", "expected the case's Patient (EpisodeOfCare.patient)")
        return {}
    for _, path in patients:
        if path != chosen[1]:
            rd.unplaced(path, "a second Patient; a case has one client")
    resource, path = chosen
    places.append(("$.client", path))
    _check((people.PATIENT,), resource, rd, path)
    wire = people.read_patient(resource, rd, path)
    if "id" not in wire and isinstance(resource.get("id"), str):
        wire["id"] = resource["id"]
    return wire


def _parties(
    by_type: dict[str, list[Found]], rd: Reading, places: list[tuple[str, str]]
) -> list[Any]:
    out: list[Any] = []
    placed: set[str] = set()
    for team, team_path in by_type.pop("CareTeam", [])[:1]:
        members = team.get("participant")
        for i, member in enumerate(members if isinstance(members, list) else []):
            where = f"{team_path}.participant[{i}]"
            found = rd.resolve(member.get("member") if isinstance(member, dict) else None)
            if found is None or found[0].get("resourceType") not in people.PARTIES:
                rd.unplaced(where, "a participant this library cannot place")
                continue
            roles = [c.get("code") for r in member.get("role") or [] if isinstance(r, dict)
                     for c in r.get("coding") or [] if isinstance(c, dict)
                     and c.get("system") == code_system("party-role")]  # fmt: skip
            default = {"Practitioner": "case-manager", "Organization": "external-service"}
            role = roles[0] if roles else default.get(found[0]["resourceType"], "support-person")
            places.append((f"$.parties[{len(out)}]", found[1]))
            out.append(people.read_party(found[0], role, rd, found[1]))
            _check(people.PARTIES.values(), found[0], rd, found[1])
            placed.add(found[1])
    for kind in ("Practitioner", "RelatedPerson"):
        by_type[kind] = [f for f in by_type.get(kind, []) if f[1] not in placed]
    by_type["Organization"] = [f for f in by_type.get("Organization", []) if f[1] not in placed]
    return out


def _assessment(
    by_type: dict[str, list[Found]], rd: Reading, places: list[tuple[str, str]]
) -> dict[str, Any]:
    needs: list[dict[str, Any]] = []
    strengths: list[dict[str, Any]] = []
    for resource, path in by_type.pop("Condition", []):
        if assessment.is_strength(resource):
            places.append((f"$.assessment.strengths[{len(strengths)}]", path))
            strengths.append(assessment.read_strength(resource, rd, path, len(strengths)))
            _check((assessment.STRENGTH,), resource, rd, path)
        else:
            places.append((f"$.assessment.needs[{len(needs)}]", path))
            needs.append(assessment.read_need(resource, rd, path))
            _check((assessment.NEED,), resource, rd, path)
    used = {n["number"] for n in needs if isinstance(n.get("number"), int)}
    for need in needs:  # a foreign Condition gets the next unused number
        if "number" not in need:
            need["number"] = max(used, default=0) + 1
            used.add(need["number"])
    risks = _each(by_type.pop("RiskAssessment", []), assessment.read_risk, "$.assessment.risks",
                  places, rd, (assessment.RISK,))  # fmt: skip
    return {"needs": needs, "strengths": strengths, "risks": risks}


def _consents(
    found: list[Found], rd: Reading, places: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Consents; one whose purposes cannot be read is left out, never guessed."""
    out: list[dict[str, Any]] = []
    for resource, path in found:
        wire = people.read_consent(resource, rd, path)
        _check((people.CONSENT,), resource, rd, path)
        if "purposes" not in wire:
            rd.unplaced(path, "a Consent whose purposes this library cannot read; left out")
            continue
        places.append((f"$.consents[{len(out)}]", path))
        out.append(wire)
    return out
