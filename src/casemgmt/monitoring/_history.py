"""Plan history rules: every version traceable, every revision explained, agreed, re-dated.

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
from casemgmt.core._findings import ERROR, WARNING, known_finding
from casemgmt.core._text import has_text
from casemgmt.monitoring._records import PlanRevision, RevisionKind
from casemgmt.planning._records import CasePlan, Responsible

if TYPE_CHECKING:
    from casemgmt.case import Case


__all__ = [
    "plan_version_untraced",
    "revision_no_reason",
    "revision_no_review_date",
    "revision_not_agreed",
    "revision_review_date_unchanged",
    "revision_service_not_agreed",
    "version_before",
]

_HOLD, _SERVICE = RevisionKind.HOLD, Responsible.EXTERNAL_SERVICE


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
    yield known_finding(
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


def revision_no_reason(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``revision.no-reason``: a plan revision without a reason (seeds 002, 003)."""
    for index, revision in enumerate(case.revisions):
        if not has_text(revision.reason):
            yield Finding(
                "revision.no-reason",
                WARNING,
                f"the change from plan version {revision.from_version} to"
                f" {revision.to_version} does not say why",
                f"$.revisions[{index}]",
                "record why the plan changed: no progress, changed circumstances, a service"
                " change, a request or a crisis",
            )


def revision_not_agreed(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``revision.not-agreed``: a plan change without the client's agreement.

    Seed 002: changes "must be discussed, agreed upon by the client". A hold
    in a crisis is exempt (respond first, seed 003); taking the plan up
    again is not.
    """
    for index, revision in enumerate(case.revisions):
        if revision.kind is not _HOLD and not revision.agreed_by_client:
            yield Finding(
                "revision.not-agreed",
                WARNING,
                f"the change from plan version {revision.from_version} to"
                f" {revision.to_version} is not recorded as agreed by the client",
                f"$.revisions[{index}]",
                "discuss the change with the client and record their agreement; negotiate it"
                " with the stakeholders it affects",
            )


def revision_no_review_date(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``revision.no-review-date``: a changed or resumed plan without a new review date.

    Seed 003 (Arnott et al.): "set new review dates to review the case plan".
    """
    for index, revision in enumerate(case.revisions):
        if revision.kind is not _HOLD and revision.new_review_date is None:
            yield known_finding(
                "revision.no-review-date",
                WARNING,
                f"plan version {revision.to_version} has no review date",
                f"$.revisions[{index}]",
                "set the date the revised plan will next be reviewed",
            )


def revision_service_not_agreed(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """``revision.service-not-agreed``: a revision gives a named service new work it did not agree.

    Seed 003: "if the client and case manager decide upon the need to engage
    additional services from a certain provider, then the case manager will
    need to negotiate this change in service provision with that agency".
    Only actions naming the service (``responsible_party``) can be checked.
    """
    for index, revision in enumerate(case.revisions):
        for action in (*revision.diff.actions_added, *revision.diff.actions_changed):
            party = action.responsible_party
            if (
                action.responsible is _SERVICE
                and party is not None
                and party not in revision.agreed_by
            ):
                yield Finding(
                    "revision.service-not-agreed",
                    WARNING,
                    f"plan version {revision.to_version} gives action {action.id} to service"
                    f" {party}, which is not recorded as agreeing to the change",
                    f"$.revisions[{index}]",
                    "negotiate the change with the service and add it to agreed_by",
                )
