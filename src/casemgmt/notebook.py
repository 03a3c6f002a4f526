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


_COLUMNS = ("id", "goal_id", "need_numbers", "status", "horizon", "responsible", "date")


def iter_records(cases: Iterable[Case], *, include_text: bool = False) -> Iterator[Record]:
    """One flat dict per goal, action and referral, streaming over ``cases``."""

    def row(base: Record, kind: str, values: tuple[Any, ...], agreed: Any, text: str) -> Record:
        made = {**base, "kind": kind, **dict(zip(_COLUMNS, values, strict=True))}
        made["agreed_by_client"] = agreed
        if include_text:
            made["text"] = text
        return made

    for case in cases:
        base: Record = {
            "case_id": case.id,
            "client_id": case.client.id,
            "stage": case.stage.value,
            "closed": case.closure is not None,
        }
        plan = case.plan
        values: tuple[Any, ...]  # one per _COLUMNS, in order
        for goal in plan.goals if plan is not None else ():
            values = (goal.id, goal.id, list(goal.need_numbers), goal.status.value)
            values += (goal.horizon.value, None, goal.target_date)
            yield row(base, "goal", values, goal.agreed_by_client, goal.statement)
        for action in plan.actions if plan is not None else ():
            owner = action.responsible.value if action.responsible else None
            values = (action.id, action.goal_id, [], action.status.value, None, owner)
            yield row(base, "action", (*values, action.due_date), None, action.what)
        for referral in case.referrals:
            values = (referral.id, referral.goal_id, list(referral.need_numbers))
            values += (referral.status.value, None, referral.to.organisation, referral.follow_up_on)
            yield row(base, "referral", values, None, referral.to.service)


def to_records(cases: Iterable[Case], *, include_text: bool = False) -> list[Record]:
    """``iter_records`` as a list, ready for ``pandas.DataFrame``."""
    return list(iter_records(cases, include_text=include_text))
