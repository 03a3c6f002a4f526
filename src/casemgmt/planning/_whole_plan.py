"""Plan rules over the plan as a whole: a review date and the client's agreement."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._findings import WARNING

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["plan_not_agreed", "plan_without_review_date"]


# --- the plan as a whole (seeds 001, 002)


def plan_without_review_date(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``plan.no-review-date``: an open case's plan says nothing of when it is reviewed.

    Not while the plan is on hold: a hold clears a review date already
    passed and the next one is set on resuming (seed 003); a long hold is
    ``crisis.hold-too-long``.
    """
    if case.plan is None or case.closure is not None or case.plan.on_hold_since is not None:
        return
    if case.plan.review_date is None:
        yield Finding(
            "plan.no-review-date",
            WARNING,
            "The plan has no review date (QCOSS guide: Woodside & McClam list a review"
            " date in every plan).",
            "$.plan.review_date",
            "Agree when the plan will be reviewed, e.g. in four months or sooner.",
        )


def plan_not_agreed(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``plan.not-agreed``: the client has not agreed to or signed the plan."""
    if case.plan is None:
        return
    if not case.plan.agreed_by_client and case.plan.signed_by_client_on is None:
        yield Finding(
            "plan.not-agreed",
            WARNING,
            "The client has not agreed to the plan; goals are agreed and owned by the"
            " client, and plans signed by client and case manager where possible"
            " (Mission Australia; QCOSS guide).",
            "$.plan.agreed_by_client",
            "Go through the plan with the client and record the agreement or signature.",
        )
