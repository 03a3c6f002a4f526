"""Over-reliance on the case manager: one measure of who carries a plan's work.

QCOSS monitoring guide (seed 003, the Zoe case study): a worker doing every
task while reporting goals met breeds dependency; seed 002: the client takes
the actions they can. The ``plan.worker-owns-actions`` rule and the
``action.worker-owned`` quality indicator both judge a plan by this one
count, so a case the supervisor's report flags is the case ``validate``
warns about.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

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
    # One pass over the actions (issue 19: the rule asks this of every case).
    open_actions = worker_actions = 0
    done: dict[str, set[Responsible | None]] = {}
    for action in plan.actions:
        status = action.status
        if status.is_open:
            open_actions += 1
            if action.responsible is _WORKER:
                worker_actions += 1
        elif status is _DONE:
            owners = done.get(action.goal_id)
            if owners is None:
                done[action.goal_id] = {action.responsible}
            else:
                owners.add(action.responsible)
    by_worker = with_client = 0
    for goal in plan.goals:
        if goal.status is not _COMPLETED and goal.achieved_on is None:
            continue
        owned: AbstractSet[Responsible | None] = done.get(goal.id, _NOBODY)
        if _CLIENT in owned:
            with_client += 1
        elif owned == _WORKER_ONLY:
            by_worker += 1
    return WorkerShare(
        worker_actions=worker_actions,
        open_actions=open_actions,
        met_by_worker=by_worker,
        met_with_client=with_client,
    )


_NOBODY: frozenset[Responsible | None] = frozenset()
_WORKER_ONLY: frozenset[Responsible | None] = frozenset({_WORKER})
