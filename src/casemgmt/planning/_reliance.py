"""Over-reliance on the case manager: one measure of who carries a plan's work.

QCOSS monitoring guide (seed 003, the Zoe case study): a worker doing every
task while reporting goals met breeds dependency; seed 002: the client takes
the actions they can. The ``plan.worker-owns-actions`` rule and the
``action.worker-owned`` quality indicator both judge a plan by this one
count, so a case the supervisor's report flags is the case ``validate``
warns about.
"""

from __future__ import annotations

import attrs

from casemgmt.core._repr import Record
from casemgmt.planning._records import ActionStatus, CasePlan, GoalStatus, Responsible

__all__ = ["WorkerShare", "worker_share"]

_DONE, _COMPLETED = ActionStatus.DONE, GoalStatus.COMPLETED
_CLIENT, _WORKER = Responsible.CLIENT, Responsible.CASE_MANAGER


@attrs.frozen(kw_only=True, repr=False)
class WorkerShare(Record):
    """Who carries a plan's work: its open actions and the goals recorded as met.

    A met goal counts as the worker's when every done action behind it was
    the case manager's, and as the client's when the client did one of them.
    """

    worker_actions: int
    """Open actions the case manager carries out."""
    open_actions: int
    met_by_worker: int
    """Goals recorded as met that rest on the case manager's actions alone."""
    met_with_client: int

    @property
    def carried(self) -> int:
        """Items of the plan's work the case manager carries."""
        return self.worker_actions + self.met_by_worker

    @property
    def total(self) -> int:
        """Items of the plan's work: open actions and goals recorded as met."""
        return self.open_actions + self.met_by_worker + self.met_with_client


def worker_share(plan: CasePlan) -> WorkerShare:
    """How much of ``plan``'s work the case manager carries (see ``WorkerShare``)."""
    open_actions = [a for a in plan.actions if a.status.is_open]
    done: dict[str, set[Responsible | None]] = {}
    for action in plan.actions:
        if action.status is _DONE:
            done.setdefault(action.goal_id, set()).add(action.responsible)
    by_worker = with_client = 0
    for goal in plan.goals:
        if goal.status is not _COMPLETED and goal.achieved_on is None:
            continue
        owners = done.get(goal.id, set())
        if _CLIENT in owners:
            with_client += 1
        elif owners == {_WORKER}:
            by_worker += 1
    return WorkerShare(
        worker_actions=sum(1 for a in open_actions if a.responsible is _WORKER),
        open_actions=len(open_actions),
        met_by_worker=by_worker,
        met_with_client=with_client,
    )
