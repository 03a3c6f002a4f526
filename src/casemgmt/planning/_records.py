"""Plan records: goals, actions and the case plan (seeds 001, 002, 004).

The plan "relates directly to the assessment - numbers correspond" (seed
004): goals cite needs by number. Whether those links hold is judged by the
plan rules, so inconsistent stored plans still load and can be mended.
"""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._disclosure import PERSON, SAFE
from casemgmt.core._ids import ActionId, GoalId, PartyId, check_id
from casemgmt.core._parties import PartyRole
from casemgmt.core._refusal import refuses
from casemgmt.core._repr import Record
from casemgmt.core._time import Timeframe, not_before
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary, mark_members
from casemgmt.errors import RefusedValueError

__all__ = [
    "Action",
    "ActionKind",
    "ActionStatus",
    "CasePlan",
    "DeferredNeed",
    "Goal",
    "GoalHorizon",
    "GoalStatus",
    "Responsible",
    "StrengthStrategy",
]


class GoalHorizon(Vocabulary):
    """Immediate, short- and long-term goals (seed 002)."""

    IMMEDIATE = "immediate"
    SHORT_TERM = "short-term"
    LONG_TERM = "long-term"


class GoalStatus(Vocabulary):
    """HL7 FHIR Goal.lifecycleStatus."""

    PROPOSED = "proposed"
    PLANNED = "planned"
    ACCEPTED = "accepted"
    ACTIVE = "active"
    ON_HOLD = "on-hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    ENTERED_IN_ERROR = "entered-in-error"
    REJECTED = "rejected"

    is_open: bool
    """Still to be worked on: not completed, cancelled, rejected or in error."""


_OPEN_GOAL = frozenset(
    {
        GoalStatus.PROPOSED,
        GoalStatus.PLANNED,
        GoalStatus.ACCEPTED,
        GoalStatus.ACTIVE,
        GoalStatus.ON_HOLD,
    }
)
mark_members(GoalStatus, "is_open", _OPEN_GOAL)


Responsible = PartyRole
"""Who carries out an action (seed 002's "by whom"): the case's party roles.

The older name of ``casemgmt.PartyRole``, kept so plans written with it work;
an action's owner is one of the roles a case already knows."""


class ActionKind(Vocabulary):
    """Seed 002: direct service, referral, advocacy, or the client's own step."""

    DIRECT_SERVICE = "direct-service"
    REFERRAL = "referral"
    ADVOCACY = "advocacy"
    CLIENT_SELF_ACTION = "client-self-action"


class ActionStatus(Vocabulary):
    """Where an action stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    CANCELLED = "cancelled"

    is_open: bool
    """Planned or in progress."""


_OPEN_ACTION = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS})
mark_members(ActionStatus, "is_open", _OPEN_ACTION)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Goal(Record):
    """A goal the client agreed to, citing the needs it answers."""

    id: GoalId = attrs.field(validator=check_id, metadata=SAFE)
    statement: str = attrs.field(repr=False)
    need_numbers: tuple[int, ...] = ()
    horizon: GoalHorizon = GoalHorizon.SHORT_TERM
    indicators: tuple[str, ...] = attrs.field(default=(), repr=False)
    target_date: dt.date | None = None
    priority: int = attrs.field(default=1)
    primary: bool = True
    status: GoalStatus = GoalStatus.ACTIVE
    agreed_by_client: bool = False
    agreed_on: dt.date | None = attrs.field(default=None)
    achieved_on: dt.date | None = None

    @agreed_on.validator
    @refuses("{v} is not None and not {self}.agreed_by_client")
    def _check_agreed(self, attribute: object, value: dt.date | None) -> None:
        if value is not None and not self.agreed_by_client:
            msg = "agreed_on is set but agreed_by_client is false"
            raise ValueError(msg)

    @priority.validator
    @refuses("{v} < 1")
    def _check_priority(self, attribute: object, value: int) -> None:
        if value < 1:
            msg = "priority must be a whole number from 1 (1 = first)"
            raise RefusedValueError(msg, value=value)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Action(Record):
    """One step towards a goal: what, by whom, and by when (seed 002).

    ``timeframe`` keeps the plan's words ("2 weeks"); ``timeframe_note`` the
    rest of them ("for an appointment"); ``due_date`` is what they resolve to
    against the plan date (see ``Action.planned``). ``service_name`` names
    the outside service the action involves or is owned by.
    """

    id: ActionId = attrs.field(validator=check_id, metadata=SAFE)
    goal_id: GoalId = attrs.field(metadata=SAFE)
    what: str = attrs.field(repr=False)
    responsible: Responsible | None = None
    responsible_party: PartyId | None = attrs.field(default=None, metadata=PERSON)
    service_name: str = attrs.field(default="", metadata=SAFE)
    kind: ActionKind = ActionKind.DIRECT_SERVICE
    timeframe: Timeframe | None = None
    timeframe_note: str = attrs.field(default="", repr=False)
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    completed_on: dt.date | None = None

    @classmethod
    def planned(
        cls,
        *,
        id: ActionId,
        goal_id: GoalId,
        what: str,
        responsible: Responsible,
        timeframe: str,
        plan_date: dt.date,
        kind: ActionKind = ActionKind.DIRECT_SERVICE,
        responsible_party: PartyId | None = None,
        service_name: str = "",
        timeframe_note: str = "",
    ) -> Action:
        """An action whose due date is the plan's time frame from the plan date.

        >>> a = Action.planned(id="a-1", goal_id="g-1", what="Call the centre",
        ...                    responsible=Responsible.CLIENT, timeframe="1 day",
        ...                    plan_date=dt.date(2024, 9, 4))
        >>> a.due_date
        datetime.date(2024, 9, 5)
        """
        frame = Timeframe(timeframe)
        return cls(
            id=id,
            goal_id=goal_id,
            what=what,
            responsible=responsible,
            responsible_party=responsible_party,
            service_name=service_name,
            kind=kind,
            timeframe=frame,
            timeframe_note=timeframe_note,
            due_date=frame.due_from(plan_date),
        )


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class StrengthStrategy(Record):
    """How the plan builds on one assessed strength (seed 004)."""

    strength_id: str = attrs.field(metadata=SAFE)
    strategy: str = attrs.field(repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class DeferredNeed(Record):
    """A need the plan does not tackle yet, and why (e.g. crisis first)."""

    need_number: int
    reason: str = attrs.field(repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class CasePlan(Record):
    """One version of the case plan; a revision makes a new version."""

    version: int = attrs.field(default=1)
    created_on: dt.date
    goals: tuple[Goal, ...] = ()
    actions: tuple[Action, ...] = ()
    strength_strategies: tuple[StrengthStrategy, ...] = ()
    deferred_needs: tuple[DeferredNeed, ...] = ()
    review_date: dt.date | None = attrs.field(
        default=None, validator=not_before("created_on", meaning="the plan was made (created_on)")
    )
    agreed_by_client: bool = False
    signed_by_client_on: dt.date | None = None
    signed_by_case_manager_on: dt.date | None = None
    on_hold_since: dt.date | None = None

    @version.validator
    @refuses("{v} < 1")
    def _check_version(self, attribute: object, value: int) -> None:
        if value < 1:
            msg = "version must be a whole number from 1"
            raise RefusedValueError(msg, value=value)

    def _repr_html_(self) -> str:
        """Notebook display: the plan as seed 002's table, escaped."""
        from casemgmt.planning._render import plan_html  # on first display (see Case)

        return plan_html(self)

    def goal(self, goal_id: GoalId) -> Goal | None:
        """The goal with this id, or None."""
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        return None

    def actions_for(self, goal_id: GoalId) -> tuple[Action, ...]:
        """The actions serving one goal, in plan order."""
        return tuple(a for a in self.actions if a.goal_id == goal_id)
