"""Notebook helpers: escaped HTML tables, and flat records for data frames.

``case_html``/``plan_html`` are what ``Case._repr_html_`` and
``CasePlan._repr_html_`` show; call them yourself for options (the plan with
its assessment's need wording, or the client's name on a worker's screen).
Flat records need no pandas import here.

``pandas.DataFrame(to_records(cases))`` gives one row per goal, action and
referral. Free text (goal statements, action wording) can name the client, so
it is left out unless ``include_text=True``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from casemgmt._html import case_html, plan_html

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["case_html", "iter_records", "plan_html", "to_records"]

Record = dict[str, Any]


def iter_records(cases: Iterable[Case], *, include_text: bool = False) -> Iterator[Record]:
    """One flat dict per goal, action and referral, streaming over ``cases``."""
    for case in cases:
        base: Record = {
            "case_id": case.id,
            "client_id": case.client.id,
            "stage": case.stage.value,
            "closed": case.closure is not None,
        }
        plan = case.plan
        if plan is not None:
            for goal in plan.goals:
                row: Record = {
                    **base,
                    "kind": "goal",
                    "id": goal.id,
                    "goal_id": goal.id,
                    "need_numbers": list(goal.need_numbers),
                    "status": goal.status.value,
                    "horizon": goal.horizon.value,
                    "responsible": None,
                    "date": goal.target_date,
                    "agreed_by_client": goal.agreed_by_client,
                }
                if include_text:
                    row["text"] = goal.statement
                yield row
            for action in plan.actions:
                row = {
                    **base,
                    "kind": "action",
                    "id": action.id,
                    "goal_id": action.goal_id,
                    "need_numbers": [],
                    "status": action.status.value,
                    "horizon": None,
                    "responsible": action.responsible.value if action.responsible else None,
                    "date": action.due_date,
                    "agreed_by_client": None,
                }
                if include_text:
                    row["text"] = action.what
                yield row
        for referral in case.referrals:
            row = {
                **base,
                "kind": "referral",
                "id": referral.id,
                "goal_id": referral.goal_id,
                "need_numbers": list(referral.need_numbers),
                "status": referral.status.value,
                "horizon": None,
                "responsible": referral.to.organisation,
                "date": referral.follow_up_on,
                "agreed_by_client": None,
            }
            if include_text:
                row["text"] = referral.to.service
            yield row


def to_records(cases: Iterable[Case], *, include_text: bool = False) -> list[Record]:
    """``iter_records`` as a list, ready for ``pandas.DataFrame``."""
    return list(iter_records(cases, include_text=include_text))
