"""Plan revisions: a new plan version, what changed, why, and who agreed.

Seeds 002 and 003 (Arnott et al.): every change to a plan is discussed,
agreed by the client, negotiated with stakeholders and documented with why,
the new actions, owners, timeframes and a new review date. The old version
is kept in ``case.plan_history``; the revision in ``case.revisions`` holds a
diff that rebuilds the new version from the old one exactly.

A revision without a reason or without the client's agreement is still
recorded (a crisis does not wait for paperwork); the monitoring rules turn
those gaps into findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import attrs

from casemgmt.core._ids import PartyId
from casemgmt.errors import TransitionError
from casemgmt.monitoring._records import (
    PlanDiff,
    PlanRevision,
    PlanTerms,
    ReviewTrigger,
    RevisionKind,
)
from casemgmt.planning._records import Action, CasePlan, Goal

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "apply_diff",
    "apply_revision",
    "diff_plans",
    "plan_terms",
    "put_on_hold",
    "resume",
    "revise_plan",
]

_Item = TypeVar("_Item", Goal, Action)
_TERM_FIELDS = tuple(f.name for f in attrs.fields(PlanTerms))


def plan_terms(plan: CasePlan) -> PlanTerms:
    """The plan's terms: everything but its version, date, goals and actions."""
    return PlanTerms(**{name: getattr(plan, name) for name in _TERM_FIELDS})


def _by_id(items: Sequence[_Item], what: str) -> dict[str, _Item]:
    out: dict[str, _Item] = {}
    for item in items:
        if item.id in out:
            msg = f"the plan has two {what}s with id {item.id!r}; ids must be unique to diff plans"
            raise ValueError(msg)
        out[item.id] = item
    return out


def _changes(
    old: Sequence[_Item], new: Sequence[_Item], what: str
) -> tuple[tuple[_Item, ...], tuple[str, ...], tuple[_Item, ...], tuple[str, ...] | None]:
    """(added, removed ids, changed, order or None) from ``old`` to ``new``."""
    before = _by_id(old, what)
    after = _by_id(new, what)
    added = tuple(item for item in new if item.id not in before)
    removed = tuple(item.id for item in old if item.id not in after)
    changed = tuple(item for item in new if item.id in before and before[item.id] != item)
    natural = [item.id for item in old if item.id in after] + [item.id for item in added]
    wanted = [item.id for item in new]
    return added, removed, changed, None if natural == wanted else tuple(wanted)


def diff_plans(old: CasePlan, new: CasePlan) -> PlanDiff:
    """What changed from ``old`` to ``new``: goals and actions by id, and the terms.

    The version number and date are not part of the diff; the revision
    carries them (``to_version``, ``revised_on``).

    >>> import datetime as dt
    >>> old = CasePlan(created_on=dt.date(2025, 1, 6), goals=(Goal(id="g-1", statement="A"),))
    >>> new = attrs.evolve(old, goals=(Goal(id="g-2", statement="B"),))
    >>> d = diff_plans(old, new)
    >>> [g.id for g in d.goals_added], d.goals_removed
    (['g-2'], ('g-1',))
    """
    g_added, g_removed, g_changed, g_order = _changes(old.goals, new.goals, "goal")
    a_added, a_removed, a_changed, a_order = _changes(old.actions, new.actions, "action")
    terms = plan_terms(new)
    return PlanDiff(
        goals_added=g_added,
        goals_removed=g_removed,
        goals_changed=g_changed,
        actions_added=a_added,
        actions_removed=a_removed,
        actions_changed=a_changed,
        goal_order=g_order,
        action_order=a_order,
        terms=None if terms == plan_terms(old) else terms,
    )


def _apply(
    old: Sequence[_Item],
    *,
    added: Iterable[_Item],
    removed: Iterable[str],
    changed: Iterable[_Item],
    order: Sequence[str] | None,
    what: str,
) -> tuple[_Item, ...]:
    gone = set(removed)
    replaced = {item.id: item for item in changed}
    items = [replaced.get(item.id, item) for item in old if item.id not in gone]
    items.extend(added)
    if order is None:
        return tuple(items)
    index = _by_id(items, what)
    if sorted(order) != sorted(index):
        msg = f"the diff's {what} order does not name exactly the {what}s of the new plan"
        raise ValueError(msg)
    return tuple(index[item_id] for item_id in order)


def apply_diff(old: CasePlan, diff: PlanDiff, *, version: int, created_on: dt.date) -> CasePlan:
    """The new plan: ``old`` with ``diff`` applied, numbered and dated.

    ``apply_diff(old, diff_plans(old, new), version=new.version,
    created_on=new.created_on) == new`` for any two plans with unique ids.
    """
    goals = _apply(
        old.goals,
        added=diff.goals_added,
        removed=diff.goals_removed,
        changed=diff.goals_changed,
        order=diff.goal_order,
        what="goal",
    )
    actions = _apply(
        old.actions,
        added=diff.actions_added,
        removed=diff.actions_removed,
        changed=diff.actions_changed,
        order=diff.action_order,
        what="action",
    )
    terms = diff.terms if diff.terms is not None else plan_terms(old)
    return CasePlan(
        version=version,
        created_on=created_on,
        goals=goals,
        actions=actions,
        **{name: getattr(terms, name) for name in _TERM_FIELDS},
    )


def apply_revision(old: CasePlan, revision: PlanRevision) -> CasePlan:
    """Rebuild the version a revision made from the version before it."""
    if old.version != revision.from_version:
        msg = (
            f"revision {revision.from_version}->{revision.to_version} starts from version"
            f" {revision.from_version}, not {old.version}"
        )
        raise ValueError(msg)
    return apply_diff(
        old, revision.diff, version=revision.to_version, created_on=revision.revised_on
    )


def _current(case: Case, on: dt.date, doing: str) -> CasePlan:
    if case.closure is not None:
        msg = f"case {case.id} is closed; re-open it before {doing}"
        raise TransitionError(msg)
    if case.plan is None:
        msg = f"case {case.id} has no plan yet, so {doing} is not possible"
        raise TransitionError(msg)
    last = case.revisions[-1].revised_on if case.revisions else case.plan.created_on
    if on < max(last, case.plan.created_on):
        msg = (
            f"case {case.id}: a revision dated {on.isoformat()} would come before the current"
            f" plan version ({max(last, case.plan.created_on).isoformat()}); history is never"
            " rewritten"
        )
        raise TransitionError(msg)
    return case.plan


class _Making(NamedTuple):
    """How a revision came about, as each way of revising is told it: when, why, who."""

    on: dt.date
    reason: str
    by: PartyId
    trigger: ReviewTrigger | None
    agreed_by_client: bool
    agreed_by: Sequence[PartyId]


def _record(case: Case, old: CasePlan, new: CasePlan, kind: RevisionKind, made: _Making) -> Case:
    on = made.on
    if new.review_date is not None and new.review_date < on:
        msg = (
            f"case {case.id}: the new plan's review date {new.review_date.isoformat()} is before"
            f" the revision ({on.isoformat()}); set the next review date (QCOSS guide)"
        )
        raise ValueError(msg)
    new = attrs.evolve(new, version=old.version + 1, created_on=on)
    revision = PlanRevision(
        from_version=old.version,
        to_version=new.version,
        revised_on=on,
        reason=made.reason,
        trigger=made.trigger,
        diff=diff_plans(old, new),
        agreed_by_client=made.agreed_by_client,
        agreed_by=tuple(made.agreed_by),
        new_review_date=new.review_date,
        by=made.by,
        kind=kind,
    )
    return attrs.evolve(
        case,
        plan=new,
        plan_history=(*case.plan_history, old),
        revisions=(*case.revisions, revision),
    )


def revise_plan(
    case: Case,
    new_plan: CasePlan,
    *,
    on: dt.date,
    reason: str,
    agreed_by_client: bool,
    agreed_by: Sequence[PartyId] = (),
    by: PartyId,
    trigger: ReviewTrigger | None = None,
) -> Case:
    """A copy of ``case`` whose plan is ``new_plan``, the change recorded.

    The new version is numbered one after the current plan and dated ``on``
    (its own ``version`` and ``created_on`` are replaced). The old plan is
    appended to ``plan_history`` and a ``PlanRevision`` with the diff, reason,
    agreement and new review date to ``revisions``.

    Raises ``TransitionError`` when the case is closed, has no plan, or ``on``
    is before the current version. A blank reason or missing agreement is
    recorded as given and reported by ``validate`` (seed 003).
    """
    old = _current(case, on, "revising its plan")
    made = _Making(on, reason, by, trigger, agreed_by_client, agreed_by)
    return _record(case, old, new_plan, RevisionKind.CHANGE, made)


def put_on_hold(
    case: Case,
    *,
    on: dt.date,
    reason: str,
    by: PartyId,
    trigger: ReviewTrigger | None = ReviewTrigger.CRISIS,
    agreed_by_client: bool = False,
    agreed_by: Sequence[PartyId] = (),
) -> Case:
    """Put the plan aside while a crisis is dealt with (seed 003), recorded as a revision.

    Goals and actions stay as they were; the new version carries
    ``on_hold_since``. A review date that has already passed is cleared: the
    next review is set when the plan is resumed. Respond first: agreement
    can follow with ``resume``.
    """
    old = _current(case, on, "putting its plan on hold")
    if old.on_hold_since is not None:
        msg = f"case {case.id}: the plan has been on hold since {old.on_hold_since.isoformat()}"
        raise TransitionError(msg)
    review_date = old.review_date if old.review_date is None or old.review_date >= on else None
    held = attrs.evolve(old, on_hold_since=on, review_date=review_date)
    made = _Making(on, reason, by, trigger, agreed_by_client, agreed_by)
    return _record(case, old, held, RevisionKind.HOLD, made)


def resume(
    case: Case,
    *,
    on: dt.date,
    reason: str,
    agreed_by_client: bool,
    by: PartyId,
    agreed_by: Sequence[PartyId] = (),
    review_date: dt.date | None = None,
    new_plan: CasePlan | None = None,
) -> Case:
    """Take the plan up again after a crisis, recorded as a revision.

    Seed 003: "return to the case plan with their client and make any changes
    required as a consequence of the crisis" - pass ``new_plan`` for those
    changes and ``review_date`` for the next review.
    """
    old = _current(case, on, "resuming its plan")
    if old.on_hold_since is None:
        msg = f"case {case.id}: the plan is not on hold, so it cannot be resumed"
        raise TransitionError(msg)
    base = new_plan if new_plan is not None else old
    if review_date is None and base.review_date is not None and base.review_date >= on:
        review_date = base.review_date
    resumed = attrs.evolve(base, on_hold_since=None, review_date=review_date)
    made = _Making(on, reason, by, None, agreed_by_client, agreed_by)
    return _record(case, old, resumed, RevisionKind.RESUME, made)
