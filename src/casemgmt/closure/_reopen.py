"""Re-opening a closed case as a new episode, and what its return suggests.

A closed case is re-opened, never edited back to open: the closure moves
into ``episodes`` (FHIR EpisodeOfCare's idea) and the new episode enters
the lifecycle through the core's one door, so every earlier entry is kept
(seeds 000 and 003). Needs that come back soon after a closure are flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from casemgmt.assessment._records import NeedDomain
from casemgmt.closure._records import Episode
from casemgmt.core import Finding, Severity
from casemgmt.core._ids import PartyId
from casemgmt.core._lifecycle import Stage, enter_stage
from casemgmt.core._repr import Record
from casemgmt.errors import TransitionError

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["Reopening", "needs_returned", "reopen"]


@attrs.frozen(repr=False)
class Reopening(Record):
    """A re-opened case, and what the re-opening suggests about the last closure."""

    case: Case
    findings: list[Finding]


def needs_returned(
    case: Case,
    needs: Iterable[NeedDomain],
    *,
    on: dt.date,
    within_days: int = 90,
) -> list[Finding]:
    """Flag needs that come back soon after a closure (seed 000: not too soon).

    ``case`` is the closed case about to be re-opened; ``needs`` are the
    life domains the client comes back with. When one was already assessed
    and the case closed no more than ``within_days`` before ``on``, the
    earlier closure may have been premature.
    """
    closure = case.closure
    if closure is None:
        return []
    gap = (on - closure.closed_on).days
    if gap > within_days:
        return []
    before = {n.domain for n in case.assessment.needs}
    again = sorted({d.value for d in needs if d in before})
    if not again:
        return []
    return [
        Finding(
            "closure.needs-returned",
            Severity.WARNING,
            f"the client is back {gap} days after a closure for {closure.reason.value} with"
            f" needs already assessed before ({', '.join(again)}); the case may have closed"
            " too soon (ACMA process)",
            f"$.episodes[{len(case.episodes)}]",
            hint="review why the earlier exit did not hold and plan a more gradual exit"
            " (QCOSS guide)",
        )
    ]


def reopen(
    case: Case,
    *,
    on: dt.date,
    by: PartyId,
    reason: str,
    needs: Iterable[NeedDomain] = (),
    within_days: int = 90,
    stage: Stage = Stage.INTAKE,
) -> Reopening:
    """Re-open a closed case as a new episode; every earlier entry is kept.

    The closure moves into ``case.episodes`` and the plan into
    ``plan_history`` (the new episode starts without a current plan, so
    nothing from the closed one is chased); the new episode starts at
    ``stage`` (INTAKE by default) on ``on``. ``needs`` are the domains the
    client returns with; the result's findings flag those already assessed
    when the case closed within ``within_days`` (``closure.needs-returned``).
    Raises ``TransitionError`` for a case that is not closed or a date
    before its closure.
    """
    closure = case.closure
    if closure is None or case.stage is not Stage.CLOSED:
        msg = f"case {case.id} is not closed, so it cannot be re-opened"
        raise TransitionError(msg)
    if on < closure.closed_on:
        msg = f"case {case.id}: cannot re-open before the closure date"
        raise TransitionError(msg)
    needs = tuple(needs)
    episode = Episode(number=case.episode_number, opened_on=case.opened_on, closure=closure)
    reopened = enter_stage(
        case,
        stage,
        on=on,
        by=by,
        reason=reason,
        closure=None,
        opened_on=on,
        episodes=(*case.episodes, episode),
        # The new episode starts without a current plan: the closed one's plan
        # stays in history, so nothing from it is chased in the new episode.
        plan=None,
        plan_history=case.plan_history if case.plan is None else (*case.plan_history, case.plan),
    )
    return Reopening(reopened, needs_returned(case, needs, on=on, within_days=within_days))
