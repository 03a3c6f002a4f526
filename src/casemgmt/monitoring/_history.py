"""Plan history rules: every plan version is traceable, every revision re-sets the review.

QCOSS planning and monitoring guides (seeds 002, 003, Arnott et al.): every
change to a plan is documented with why, and sets a new review date. A plan
whose version moved on with no revision record, or whose earlier version is
gone from ``plan_history``, was overwritten without a trace.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._episodes import before_episode
from casemgmt.core._findings import ERROR, WARNING
from casemgmt.monitoring._records import PlanRevision, RevisionKind
from casemgmt.planning._records import CasePlan

if TYPE_CHECKING:
    from casemgmt.case import Case


__all__ = ["plan_version_untraced", "revision_review_date_unchanged", "version_before"]


def version_before(case: Case, revision: PlanRevision) -> CasePlan | None:
    """The version a revision started from, as ``plan_history`` keeps it, or None.

    Versions of an earlier, closed episode are not matched.
    """
    found: CasePlan | None = None
    for plan in case.plan_history:
        if (
            plan.version == revision.from_version
            and plan.created_on <= revision.revised_on
            and not before_episode(case, plan.created_on)
        ):
            found = plan
    return found


def plan_version_untraced(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``plan.version-untraced``: the plan's version moved on without a trace.

    A current plan past version 1 needs the revision that made it (in
    ``revisions``) and the version it replaced (in ``plan_history``); the
    case contradicts itself when it claims a history it does not hold.
    """
    plan = case.plan
    if plan is None or plan.version == 1:
        return
    made = [
        r
        for r in case.revisions
        if r.to_version == plan.version and not before_episode(case, r.revised_on)
    ]
    if not made:
        missing = "no revision records the change to it"
    elif version_before(case, made[-1]) is None:
        missing = f"version {made[-1].from_version} is not kept in plan_history"
    else:
        return
    yield Finding(
        "plan.version-untraced",
        ERROR,
        f"the plan is version {plan.version} but {missing}; every change to a plan is"
        " documented and the earlier version kept (QCOSS guide)",
        "$.plan.version",
        "change plans with casemgmt.monitoring.revise_plan (or put_on_hold/resume), which"
        " record the revision and keep the earlier version",
    )


def revision_review_date_unchanged(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """WARNING ``revision.review-date-unchanged``: a revision's "new" review date is the old one.

    Seed 003 (Arnott et al.): every change sets a new review date. A crisis
    hold is exempt (the next review is set on resuming); a revision whose
    earlier version is missing is ``plan.version-untraced`` instead.
    """
    for index, revision in enumerate(case.revisions):
        new = revision.new_review_date
        if revision.kind is RevisionKind.HOLD or new is None:
            continue
        old = version_before(case, revision)
        if old is not None and old.review_date == new:
            yield Finding(
                "revision.review-date-unchanged",
                WARNING,
                f"plan version {revision.to_version} keeps the review date of version"
                f" {revision.from_version} ({new.isoformat()}); a changed plan sets a new"
                " review date (QCOSS guide)",
                f"$.revisions[{index}].new_review_date",
                "agree with the client when the changed plan will next be reviewed",
            )
