"""Goals as Goal, plan versions as CarePlans (actions as activities), history by ``replaces``."""

from __future__ import annotations

from typing import Any

from casemgmt.fhir import _codes as codes
from casemgmt.fhir._assessment import sdoh_category
from casemgmt.fhir._elements import code, concept, date, identified, refs, text
from casemgmt.fhir._ext import Reading, Spec, Writing, code_system, id_system
from casemgmt.planning._records import Action, ActionKind, CasePlan, Goal

__all__ = ["SPECS", "read_action", "read_goal", "read_plan", "write_plans"]

GOAL = identified(
    "goal",
    Goal,
    "Goal",
    text("statement", "Goal.description.text"),
    refs("need_numbers", "Goal.addresses", "need", id_system("need"), number=True),
    date("target_date", "Goal.target.0.dueDate"),
    code("status", "Goal.lifecycleStatus"),
    fixed=frozenset({"subject", "category", "achievementStatus", "description"}),
    defaults={"statement": ""},
)

ACTION = Spec(
    "action",
    Action,
    "CarePlan.activity",
    (
        text("what", "Activity.detail.description"),
        code("status", "Activity.detail.status", codes.ACTION_TO_ACTIVITY),
        concept("kind", "Activity.detail.code", code_system("action-kind"),
                {k.value: k.value for k in ActionKind}),
        refs("responsible_party", "Activity.detail.performer", "party", id_system("party"),
             single=True, as_list=True),
        refs("goal_id", "Activity.detail.goal", "goal", id_system("goal"),
             single=True, as_list=True),
        date("due_date", "Activity.detail.scheduledPeriod.end"),
    ),
    fixed=frozenset({"detail"}),
    defaults={"what": "", "goal_id": ""},
)  # fmt: skip

PLAN = identified(
    "plan",
    CasePlan,
    "CarePlan",
    date("created_on", "CarePlan.created"),
    id_field="version",
    system="plan-version",
    number=True,
    children=frozenset({"goals", "actions"}),
    fixed=frozenset({"status", "intent", "subject", "goal", "activity", "replaces", "category"}),
)

SPECS = (GOAL, ACTION, PLAN)


def write_plans(case: Any, wire: dict[str, Any], ctx: Writing) -> None:
    """Earlier plans first (status ``revoked``), each replaced by the next; then the current."""
    plans = [(p, w, f"$.plan_history[{i}]", f"plan-h{i}") for i, (p, w) in
             enumerate(zip(case.plan_history, wire["plan_history"], strict=True))]  # fmt: skip
    if case.plan is not None:
        plans.append((case.plan, wire["plan"], "$.plan", "plan"))
    previous: str | None = None
    for plan, pwire, path, key in plans:
        current = key == "plan"
        if not current:
            status = "revoked"
        elif plan.on_hold_since is not None:
            status = "on-hold"
        else:
            status = "completed" if case.closure is not None else "active"
        previous = _write_plan(case, plan, pwire, path, key, status, previous, ctx)


def _write_plan(  # noqa: PLR0917 - private helper of write_plans
    case: Any, plan: CasePlan, pwire: dict[str, Any], path: str, key: str, status: str,
    previous: str | None, ctx: Writing,
) -> str:  # fmt: skip
    subject = ctx.ref("patient", "")
    goal_refs = []
    progress = _latest_progress(case) if key == "plan" else {}
    for i, (goal, gwire) in enumerate(zip(plan.goals, pwire["goals"], strict=True)):
        resource: dict[str, Any] = {
            "resourceType": "Goal",
            "id": ctx.rid(f"{key}.goal", goal.id, i),
            "subject": subject,
        }
        categories = _categories(case, goal.need_numbers)
        if categories:
            resource["category"] = categories
        if goal.id in progress:
            achievement = progress[goal.id]
            resource["achievementStatus"] = {
                "coding": [{"system": codes.GOAL_ACHIEVEMENT, "code": achievement}]
            }
        GOAL.write(goal, gwire, resource, ctx, f"{path}.goals[{i}]")
        resource.setdefault("description", {"text": "(goal statement not given)"})
        ctx.add(resource)
        ctx.refs[("goal", goal.id)] = f"Goal/{resource['id']}"
        goal_refs.append({"reference": f"Goal/{resource['id']}"})
    care_plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": ctx.rid("careplan", key, 0),
        "status": status,
        "intent": "plan",
        "subject": subject,
    }
    if previous is not None:
        care_plan["replaces"] = [{"reference": previous}]
    if goal_refs:
        care_plan["goal"] = goal_refs
    PLAN.write(plan, pwire, care_plan, ctx, path)
    activities = []
    for i, (action, awire) in enumerate(zip(plan.actions, pwire["actions"], strict=True)):
        activity: dict[str, Any] = {}
        ACTION.write(action, awire, activity, ctx, f"{path}.actions[{i}]")
        detail = activity.setdefault("detail", {})
        detail.setdefault("status", codes.ACTION_TO_ACTIVITY[action.status.value])
        activities.append(activity)
    if activities:
        care_plan["activity"] = activities
    ctx.add(care_plan)
    if key != "plan":  # goal ids are per plan version; the current plan's stay citable
        for goal in plan.goals:
            ctx.refs.pop(("goal", goal.id), None)
    return f"CarePlan/{care_plan['id']}"


def _latest_progress(case: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for review in case.reviews:
        for progress in review.progress:
            out[progress.goal_id] = progress.achievement.value
    return out


def _categories(case: Any, numbers: tuple[int, ...]) -> list[dict[str, Any]]:
    found: dict[str, None] = {}
    for number in numbers:
        need = case.assessment.need(number)
        if need is not None:
            found[need.domain.sdoh_category] = None
    return [sdoh_category(c) for c in found]


def read_goal(resource: dict[str, Any], rd: Reading, path: str, index: int) -> dict[str, Any]:
    return GOAL.read(resource, rd, path, index=index)


def read_action(activity: Any, rd: Reading, path: str, index: int) -> dict[str, Any]:
    if not isinstance(activity, dict):
        rd.problem(path, "expected a JSON object")
        return {}
    return ACTION.read(activity, rd, path, index=index)


def read_plan(resource: dict[str, Any], rd: Reading, path: str) -> dict[str, Any]:
    wire = PLAN.read(resource, rd, path)
    if "created_on" not in wire:
        period = resource.get("period")
        start = period.get("start") if isinstance(period, dict) else None
        if isinstance(start, str) and len(start) >= 10:
            wire["created_on"] = start[:10]
    return wire
