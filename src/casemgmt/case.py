"""The Case aggregate: one client's episode of case management.

A case is a value. Every change returns a new case, and history (stage
changes, plan versions, reviews, notes, consents, episodes) is appended,
never rewritten (DOMAIN.md, "The lifecycle"; seed 003: "avoid
contradictions").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from casemgmt.assessment._records import Assessment
from casemgmt.closure._records import ClosureRecord, Episode
from casemgmt.core._client import Client
from casemgmt.core._consent import Consent
from casemgmt.core._disclosure import PERSON
from casemgmt.core._ids import CaseId, PartyId, check_id
from casemgmt.core._parties import Party
from casemgmt.core._time import check_aware
from casemgmt.core._vocabulary import Vocabulary
from casemgmt.errors import TransitionError
from casemgmt.monitoring._records import CaseNote, ContactAttempt, PlanRevision, Review
from casemgmt.planning._records import CasePlan
from casemgmt.referrals._records import Advocacy, InboundReferral, Referral

__all__ = ["STAGE_MOVES", "Case", "Stage", "StageChange"]


class Stage(Vocabulary):
    """Where the case stands in the lifecycle (seeds 001 and 004)."""

    REFERRAL_IN = "referral-in"
    INTAKE = "intake"
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    IMPLEMENTATION = "implementation"
    MONITORING = "monitoring"
    EXIT = "exit"
    CLOSED = "closed"


_ = Stage
STAGE_MOVES: dict[Stage, frozenset[Stage]] = {
    _.REFERRAL_IN: frozenset({_.INTAKE, _.CLOSED}),
    _.INTAKE: frozenset({_.ASSESSMENT, _.EXIT, _.CLOSED}),
    _.ASSESSMENT: frozenset({_.PLANNING, _.EXIT, _.CLOSED}),
    _.PLANNING: frozenset({_.IMPLEMENTATION, _.ASSESSMENT, _.EXIT, _.CLOSED}),
    _.IMPLEMENTATION: frozenset({_.MONITORING, _.PLANNING, _.ASSESSMENT, _.EXIT, _.CLOSED}),
    _.MONITORING: frozenset({_.IMPLEMENTATION, _.PLANNING, _.ASSESSMENT, _.EXIT, _.CLOSED}),
    _.EXIT: frozenset({_.MONITORING, _.IMPLEMENTATION, _.CLOSED}),
    _.CLOSED: frozenset({_.INTAKE, _.ASSESSMENT}),
}
"""Which stage may follow which. A crisis may send a case back to assessment
(seed 002); only a closure enters CLOSED and only a re-opening leaves it."""
del _


@attrs.frozen(kw_only=True)
class StageChange:
    """One move between stages: when, by whom and why."""

    from_stage: Stage | None
    to_stage: Stage
    on: dt.date
    by: PartyId = attrs.field(metadata=PERSON)
    reason: str = attrs.field(repr=False)
    recorded_at: dt.datetime | None = attrs.field(default=None)

    @recorded_at.validator
    def _check_aware(self, attribute: object, value: dt.datetime | None) -> None:
        if value is not None:
            check_aware(value)


@attrs.frozen(kw_only=True, repr=False)
class Case:
    """A client's case: everything recorded about one episode of support.

    >>> from casemgmt import Case, Client
    >>> case = Case(id="case-7", client=Client(id="c-7", name="Carla"),
    ...             opened_on=dt.date(2024, 9, 1))
    >>> case, str(case)
    (Case(id='case-7'), 'case case-7')
    """

    id: CaseId = attrs.field(validator=check_id, metadata=PERSON)
    client: Client
    opened_on: dt.date
    stage: Stage = Stage.INTAKE
    stage_history: tuple[StageChange, ...] = ()
    parties: tuple[Party, ...] = ()
    consents: tuple[Consent, ...] = ()
    referral_in: InboundReferral | None = None
    assessment: Assessment = attrs.field(factory=Assessment)
    plan: CasePlan | None = None
    plan_history: tuple[CasePlan, ...] = ()
    revisions: tuple[PlanRevision, ...] = ()
    referrals: tuple[Referral, ...] = ()
    advocacy: tuple[Advocacy, ...] = ()
    reviews: tuple[Review, ...] = ()
    contact_attempts: tuple[ContactAttempt, ...] = ()
    notes: tuple[CaseNote, ...] = ()
    closure: ClosureRecord | None = None
    episodes: tuple[Episode, ...] = ()

    def __repr__(self) -> str:
        return f"Case(id={self.id!r})"

    def __str__(self) -> str:
        return f"case {self.id}"

    def _repr_html_(self) -> str:
        """Notebook display: identifiers only, every text escaped."""
        from casemgmt._html import case_html

        return case_html(self)

    @property
    def is_closed(self) -> bool:
        return self.closure is not None

    @property
    def episode_number(self) -> int:
        """1 for the first episode; re-opening starts the next."""
        return len(self.episodes) + 1

    def party(self, party_id: PartyId) -> Party | None:
        """The party with this id, or None."""
        for party in self.parties:
            if party.id == party_id:
                return party
        return None

    def move_to(
        self,
        stage: Stage,
        *,
        on: dt.date,
        by: PartyId,
        reason: str,
        recorded_at: dt.datetime | None = None,
    ) -> Case:
        """A copy in ``stage`` with the move appended to the stage history.

        Closing goes through ``casemgmt.closure.close`` (it checks the closure
        rules) and leaving CLOSED through ``reopen``.
        """
        if stage is Stage.CLOSED:
            msg = f"case {self.id}: close a case with casemgmt.closure.close(), not move_to()"
            raise TransitionError(msg)
        if self.stage is Stage.CLOSED:
            msg = f"case {self.id} is closed; it can only be re-opened (reopen())"
            raise TransitionError(msg)
        return self._enter(stage, on=on, by=by, reason=reason, recorded_at=recorded_at)

    def _enter(
        self,
        stage: Stage,
        *,
        on: dt.date,
        by: PartyId,
        reason: str,
        recorded_at: dt.datetime | None = None,
        **changes: Any,
    ) -> Case:
        """Append one checked stage change; the one door every transition uses."""
        if stage not in STAGE_MOVES[self.stage]:
            allowed = ", ".join(sorted(s.value for s in STAGE_MOVES[self.stage]))
            msg = (
                f"case {self.id} cannot move from {self.stage.value!r} to {stage.value!r};"
                f" allowed next: {allowed}"
            )
            raise TransitionError(msg)
        if not reason.strip():
            msg = f"case {self.id}: a stage change needs a reason"
            raise TransitionError(msg)
        if not by.strip():
            msg = f"case {self.id}: a stage change needs who made it (by=)"
            raise TransitionError(msg)
        last = self.stage_history[-1].on if self.stage_history else self.opened_on
        if on < last:
            msg = (
                f"case {self.id}: a stage change dated {on.isoformat()} would come before"
                f" the last recorded one ({last.isoformat()}); history is never rewritten"
            )
            raise TransitionError(msg)
        change = StageChange(
            from_stage=self.stage,
            to_stage=stage,
            on=on,
            by=by,
            reason=reason,
            recorded_at=recorded_at,
        )
        return attrs.evolve(
            self, stage=stage, stage_history=(*self.stage_history, change), **changes
        )

    def reopen(self, *, on: dt.date, by: PartyId, reason: str, stage: Stage = Stage.INTAKE) -> Case:
        """A closed case re-opened as a new episode; every earlier entry is kept.

        The closure record moves into ``episodes`` (seeds 000, 003: a closed
        case can be re-opened).
        """
        if self.closure is None or self.stage is not Stage.CLOSED:
            msg = f"case {self.id} is not closed, so it cannot be re-opened"
            raise TransitionError(msg)
        if on < self.closure.closed_on:
            msg = f"case {self.id}: cannot re-open before the closure date"
            raise TransitionError(msg)
        episode = Episode(
            number=self.episode_number, opened_on=self.opened_on, closure=self.closure
        )
        return self._enter(
            stage,
            on=on,
            by=by,
            reason=reason,
            closure=None,
            opened_on=on,
            episodes=(*self.episodes, episode),
        )
