"""Reading the linked resources: plan versions and their goals, referrals, reviews."""

from __future__ import annotations

from typing import Any

from casemgmt.fhir import _monitoring as monitoring
from casemgmt.fhir import _plan as plan
from casemgmt.fhir import _referrals as referrals
from casemgmt.fhir._ext import Reading, unplaced_elements

__all__ = ["read_plans", "read_referrals", "read_reviews"]

Found = tuple[dict[str, Any], str]
Places = list[tuple[str, str]]


def _check(specs: Any, resource: dict[str, Any], rd: Reading, path: str, **kw: Any) -> None:
    unplaced_elements(specs, resource, rd, path, extensions=(referrals.PERTAINS_TO_GOAL,), **kw)


def _take(by_type: dict[str, list[Found]], kind: str, path: str) -> None:
    by_type[kind] = [f for f in by_type.get(kind, []) if f[1] != path]


def read_plans(
    wire: dict[str, Any], by_type: dict[str, list[Found]], rd: Reading, places: Places
) -> None:
    """Revoked CarePlans are the history, in bundle order; the other one is the current plan."""
    history: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for resource, path in by_type.pop("CarePlan", []):
        if resource.get("status") == "revoked":
            base = f"$.plan_history[{len(history)}]"
            history.append(_plan(resource, path, base, by_type, rd, places))
        elif current is None:
            current = _plan(resource, path, "$.plan", by_type, rd, places)
        else:
            rd.unplaced(path, "a second current CarePlan; a case has one current plan")
    wire["plan_history"] = history
    wire["plan"] = current
    for _, path in by_type.pop("Goal", []):
        rd.unplaced(path, "a Goal no CarePlan lists")


def _plan(  # noqa: PLR0917 - private helper of read_plans
    resource: dict[str, Any], path: str, base: str, by_type: dict[str, list[Found]], rd: Reading,
    places: Places,
) -> dict[str, Any]:  # fmt: skip
    places.append((base, path))
    wire = plan.read_plan(resource, rd, path)
    _check((plan.PLAN,), resource, rd, path, also=("period",))
    goals: list[dict[str, Any]] = []
    cited = resource.get("goal")
    for i, ref in enumerate(cited if isinstance(cited, list) else []):
        found = rd.resolve(ref)
        if found is None or found[0].get("resourceType") != "Goal":
            rd.unplaced(f"{path}.goal[{i}]", "a goal reference this bundle cannot resolve")
            continue
        goal, goal_path = found
        places.append((f"{base}.goals[{len(goals)}]", goal_path))
        goals.append(plan.read_goal(goal, rd, goal_path, len(goals)))
        _check((plan.GOAL,), goal, rd, goal_path)
        _take(by_type, "Goal", goal_path)
    wire["goals"] = goals
    actions: list[dict[str, Any]] = []
    activities = resource.get("activity")
    if activities is not None and not isinstance(activities, list):
        rd.problem(f"{path}.activity", "expected a list")
        activities = []
    for i, activity in enumerate(activities or []):
        where = f"{path}.activity[{i}]"
        places.append((f"{base}.actions[{len(actions)}]", where))
        actions.append(plan.read_action(activity, rd, where, i))
    wire["actions"] = actions
    return wire


def read_referrals(
    by_type: dict[str, list[Found]], rd: Reading, places: Places
) -> list[dict[str, Any]]:
    """Each ServiceRequest with the HealthcareService it names and the Task that fulfils it."""
    tasks: dict[str, dict[str, Any]] = {}
    for task, _task_path in by_type.pop("Task", []):
        focus = rd.resolve(task.get("focus"))
        if focus is not None:
            tasks[focus[1]] = task
        else:
            rd.unplaced(_task_path, "a Task whose focus this bundle does not hold")
    out: list[dict[str, Any]] = []
    for request, path in by_type.pop("ServiceRequest", []):
        places.append((f"$.referrals[{len(out)}]", path))
        performer = request.get("performer")
        first = performer[0] if isinstance(performer, list) and performer else None
        service = rd.resolve(first)
        service_path = service[1] if service is not None else path
        if service is not None:
            places.append((f"$.referrals[{len(out)}].to", service_path))
            _check((referrals.SERVICE,), service[0], rd, service_path, also=("telecom",))
            _take(by_type, "HealthcareService", service_path)
            _placed_links(service[0], by_type, rd)
        resource = service[0] if service is not None else None
        out.append(
            referrals.read_referral(
                request, resource, tasks.get(path), rd, path, service_path, len(out)
            )
        )
        _check((referrals.REFERRAL,), request, rd, path)
    return out


def _placed_links(service: dict[str, Any], by_type: dict[str, list[Found]], rd: Reading) -> None:
    """The Organization and Location a service names are part of it."""
    links = [service.get("providedBy")]
    locations = service.get("location")
    links += locations if isinstance(locations, list) else []
    for link in links:
        found = rd.resolve(link)
        if found is not None:
            _take(by_type, found[0].get("resourceType", ""), found[1])


def read_reviews(
    by_type: dict[str, list[Found]], rd: Reading, places: Places
) -> list[dict[str, Any]]:
    """Each Encounter is a review; Observations pointing at it are its goal progress, in order."""
    progress: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for observation, path in by_type.pop("Observation", []):
        found = rd.resolve(observation.get("encounter"))
        if found is None or found[0].get("resourceType") != "Encounter":
            rd.unplaced(path, "an Observation that belongs to no review Encounter")
            continue
        progress.setdefault(found[1], []).append((observation, path))
    out: list[dict[str, Any]] = []
    for encounter, path in by_type.pop("Encounter", []):
        base = f"$.reviews[{len(out)}]"
        places.append((base, path))
        wire = monitoring.read_review(encounter, rd, path)
        _check((monitoring.REVIEW,), encounter, rd, path)
        items: list[dict[str, Any]] = []
        for observation, obs_path in progress.get(path, []):
            places.append((f"{base}.progress[{len(items)}]", obs_path))
            items.append(monitoring.read_progress(observation, rd, obs_path))
            _check((monitoring.PROGRESS,), observation, rd, obs_path)
        wire["progress"] = items
        out.append(wire)
    return out
