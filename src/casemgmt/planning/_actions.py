"""Plan rules for actions: an owner, a time frame, no over-reliance on the worker."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._findings import WARNING, FindingTemplate, known_finding
from casemgmt.core._rules import at_least
from casemgmt.core._text import has_text
from casemgmt.planning._open_items import PlanRule, open_items_rule
from casemgmt.planning._records import Responsible
from casemgmt.planning._reliance import worker_share

if TYPE_CHECKING:
    from fractions import Fraction

    from casemgmt.case import Case

__all__ = [
    "DEFAULT_WORKER_MIN_ITEMS",
    "DEFAULT_WORKER_SHARE",
    "action_without_due_date",
    "action_without_owner",
    "worker_owns_most_actions",
]


_SERVICE = Responsible.EXTERNAL_SERVICE

DEFAULT_WORKER_SHARE = 2 / 3
"""QCOSS monitoring guide (seed 003, Zoe): the case manager owning two thirds or
more of the plan's open work is over-reliance, whatever the client owns."""

_MAX_SHARE_DENOMINATOR = 10_000


def _share_ratio(share: float | Fraction) -> tuple[int, int]:
    """``share`` as (numerator, denominator), compared in whole numbers so that
    2/3 means exactly two in three; ``fractions`` loads only for a share other
    than the default (it costs a tenth of importing the rules)."""
    if share == DEFAULT_WORKER_SHARE:
        return 2, 3
    from fractions import Fraction

    ratio = Fraction(share).limit_denominator(_MAX_SHARE_DENOMINATOR)
    return ratio.numerator, ratio.denominator


DEFAULT_WORKER_MIN_ITEMS = 3
"""Fewer open actions and worker-met goals than this are not judged."""

# --- actions and roles (seeds 002, 003)


def action_without_owner(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``action.no-owner``: an open action nobody is responsible for (seed 002)."""
    if case.plan is None:
        return
    for i, action in enumerate(case.plan.actions):
        if not action.status.is_open:
            continue
        if action.responsible is None and action.responsible_party is None:
            yield known_finding(
                "action.no-owner",
                WARNING,
                f"Action {action.id} has nobody responsible for it (QCOSS guide: by whom).",
                f"$.plan.actions[{i}].responsible",
                "Say who does it: the client, the case manager, a support person or a"
                " named service.",
            )
        elif (
            action.responsible is _SERVICE
            and action.responsible_party is None
            and not has_text(action.service_name)
        ):
            yield known_finding(
                "action.no-owner",
                WARNING,
                f"Action {action.id} is owned by an outside service that is not named.",
                f"$.plan.actions[{i}].service_name",
                "Name the service (service_name) or link its party (responsible_party).",
            )


_ACTION_WITHOUT_DUE_DATE = FindingTemplate(
    "action.no-due-date",
    WARNING,
    "Action %s has no time frame or due date (QCOSS guide: target time frame).",
    "$.plan.actions[%s].due_date",
    "Agree a time frame ('1 week') and record the date it falls on.",
)


action_without_due_date = open_items_rule(
    "action_without_due_date",
    """WARNING ``action.no-due-date``: an open action with no time frame and no due date.""",
    _ACTION_WITHOUT_DUE_DATE,
    attrgetter("actions"),
    lambda action: action.due_date is None and action.timeframe is None,
)


def worker_owns_most_actions(
    share: float | Fraction = DEFAULT_WORKER_SHARE, *, min_actions: int = DEFAULT_WORKER_MIN_ITEMS
) -> PlanRule:
    """A rule: WARNING ``plan.worker-owns-actions`` when the case manager carries at
    least ``share`` of the plan's work.

    The work is the open actions plus the goals recorded as met; a met goal
    counts as the worker's when every done action behind it was the case
    manager's. Owning one token action does not hide a worker doing the
    rest, and the warning goes once the client owns most of the open work.
    QCOSS monitoring guide (seed 003, Zoe): a worker doing every task while
    reporting goals met breeds dependency; seed 002: the client takes the
    actions they can. Fewer than ``min_actions`` items are not judged.
    """
    if not 0 < share <= 1:
        msg = f"share must be above 0 and at most 1, got {share!r}"
        raise ValueError(msg)
    at_least("min_actions", min_actions, 1)
    numerator, denominator = _share_ratio(share)

    def worker_owns_actions(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        if case.plan is None:
            return
        share = worker_share(case.plan)
        total, carried = share.total, share.carried
        if total < min_actions or carried * denominator < numerator * total:
            return
        met_by_worker, worker = share.met_by_worker, share.worker_actions
        met = (
            f"; {met_by_worker} goal(s) recorded as met rest on the case manager's actions"
            " alone, which shows nothing of the client's own progress"
            if met_by_worker
            else ""
        )
        yield Finding(
            "plan.worker-owns-actions",
            WARNING,
            f"Over-reliance: the case manager carries {carried} of {total} items of the"
            f" plan's work (owns {worker} of {share.open_actions} open actions{met});"
            " a worker doing the client's tasks breeds dependency (QCOSS guide:"
            " the Zoe case).",
            "$.plan.actions",
            "Hand the client the steps they can take themselves (booking, calling,"
            " asking a support person), with support to learn them.",
        )

    return worker_owns_actions
