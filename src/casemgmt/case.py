"""The Case aggregate: one client's episode of case management.

A case is a value. Every change returns a new case, and history (stage
changes, plan versions, reviews, notes, consents, episodes) is appended,
never rewritten (DOMAIN.md, "The lifecycle"; seed 003: "avoid
contradictions").
"""

from __future__ import annotations

import datetime as dt
import warnings

import attrs

from casemgmt import closure
from casemgmt.assessment._records import Assessment
from casemgmt.closure._records import ClosureRecord, Episode
from casemgmt.core._client import Client
from casemgmt.core._consent import Consent
from casemgmt.core._disclosure import PERSON, SAFE
from casemgmt.core._ids import CaseId, PartyId, check_id
from casemgmt.core._lifecycle import STAGE_MOVES, Stage, StageChange, enter_stage
from casemgmt.core._parties import Party
from casemgmt.core._typed import typed
from casemgmt.errors import TransitionError
from casemgmt.monitoring._records import CaseNote, ContactAttempt, PlanRevision, Review
from casemgmt.planning._records import CasePlan
from casemgmt.referrals._records import Advocacy, InboundReferral, Referral

__all__ = ["STAGE_MOVES", "Case", "Stage", "StageChange"]
# Stage, StageChange and STAGE_MOVES live in the core (every layer names a
# stage); they stay importable from here, where users first found them.


@attrs.frozen(kw_only=True, repr=False, field_transformer=typed)
class Case:
    """A client's case: everything recorded about one episode of support.

    ``program`` names the team or program the case belongs to (an agency's
    own code, e.g. "housing-north"), so supervisors can review caseloads by
    program as well as by case manager.

    >>> from casemgmt import Case, Client
    >>> case = Case(id="case-7", client=Client(id="c-7", name="Carla"),
    ...             opened_on=dt.date(2024, 9, 1))
    >>> case, str(case)
    (Case(id='case-7'), 'case case-7')
    """

    id: CaseId = attrs.field(validator=check_id, metadata=PERSON)
    client: Client
    opened_on: dt.date
    program: str = attrs.field(default="", metadata=SAFE)
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
        # Imported on first display: the scrubber and the tables are not needed
        # to hold or check a case, and cost a tenth of importing it (issue 18).
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
        rules) and leaving CLOSED through ``casemgmt.closure.reopen``.
        """
        if stage is Stage.CLOSED:
            msg = f"case {self.id}: close a case with casemgmt.closure.close(), not move_to()"
            raise TransitionError(msg)
        if self.stage is Stage.CLOSED:
            msg = f"case {self.id} is closed; it can only be re-opened (casemgmt.closure.reopen())"
            raise TransitionError(msg)
        return enter_stage(self, stage, on=on, by=by, reason=reason, recorded_at=recorded_at)

    def reopen(self, *, on: dt.date, by: PartyId, reason: str, stage: Stage = Stage.INTAKE) -> Case:
        """Deprecated: use ``casemgmt.closure.reopen(case, ...)``, whose ``.case`` this is.

        One way to re-open: ``closure.reopen`` also says whether the client
        came back too soon (``closure.needs-returned``).
        """
        warnings.warn(
            "Case.reopen() is deprecated; use casemgmt.closure.reopen(case, ...).case",
            DeprecationWarning,
            stacklevel=2,
        )
        # Through the package: its re-opening module loads on this first use, not with Case.
        return closure.reopen(self, on=on, by=by, reason=reason, stage=stage).case
