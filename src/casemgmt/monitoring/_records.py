"""Monitoring records: reviews, plan revisions, contact attempts, notes.

Seeds 001-003: plans are reviewed regularly with the client, on a schedule
or when something changes; every change is agreed and documented with why.
"""

from __future__ import annotations

import datetime as dt

import attrs

from casemgmt.core._disclosure import PERSON, SAFE
from casemgmt.core._ids import ActionId, GoalId, PartyId
from casemgmt.core._refusal import refuses
from casemgmt.core._repr import Record
from casemgmt.core._time import not_before
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary
from casemgmt.errors import RefusedValueError
from casemgmt.planning._records import Action, DeferredNeed, Goal, StrengthStrategy

__all__ = [
    "Achievement",
    "CaseNote",
    "ContactAttempt",
    "ContactChannel",
    "ContactResult",
    "GoalProgress",
    "NoteKind",
    "PlanDiff",
    "PlanRevision",
    "PlanTerms",
    "Review",
    "ReviewFormat",
    "ReviewKind",
    "ReviewTrigger",
    "RevisionKind",
]


class ReviewKind(Vocabulary):
    """Scheduled, or triggered by change (seed 002)."""

    SCHEDULED = "scheduled"
    TRIGGERED = "triggered"


class ReviewTrigger(Vocabulary):
    """What prompts an unscheduled review or a plan change (seed 003)."""

    NO_PROGRESS = "no-progress"
    CHANGED_CIRCUMSTANCES = "changed-circumstances"
    SERVICE_CHANGE = "service-change"
    REQUEST = "request"
    CRISIS = "crisis"


class ReviewFormat(Vocabulary):
    """A case conference with stakeholders, or one-to-one with the client."""

    ONE_TO_ONE = "one-to-one"
    CASE_CONFERENCE = "case-conference"


class Achievement(Vocabulary):
    """HL7 FHIR Goal.achievementStatus."""

    IN_PROGRESS = "in-progress"
    IMPROVING = "improving"
    WORSENING = "worsening"
    NO_CHANGE = "no-change"
    ACHIEVED = "achieved"
    SUSTAINING = "sustaining"
    NOT_ACHIEVED = "not-achieved"
    NO_PROGRESS = "no-progress"
    NOT_ATTAINABLE = "not-attainable"


@refuses("{v} is not None and (type({v}) is bool or {v} not in (-2, -1, 0, 1, 2))")
def _gas_level(instance: object, attribute: object, value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or value not in (-2, -1, 0, 1, 2)):
        msg = "GAS level must be -2, -1, 0, +1 or +2"
        raise RefusedValueError(msg, value=value)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class GoalProgress(Record):
    """Progress on one goal at a review: the worker's and the client's view."""

    goal_id: GoalId = attrs.field(metadata=SAFE)
    achievement: Achievement
    client_view: Achievement | None = None
    gas_level: int | None = attrs.field(default=None, validator=_gas_level)
    comment: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Review(Record):
    """A review of the plan with the client (seeds 001-003)."""

    held_on: dt.date
    kind: ReviewKind = ReviewKind.SCHEDULED
    trigger: ReviewTrigger | None = attrs.field(default=None)
    format: ReviewFormat = ReviewFormat.ONE_TO_ONE
    participants: tuple[PartyId, ...] = attrs.field(default=(), metadata=PERSON)
    progress: tuple[GoalProgress, ...] = ()
    client_satisfied: bool | None = None
    stakeholders_satisfied: bool | None = None
    barriers: tuple[str, ...] = attrs.field(default=(), repr=False)
    decisions: tuple[str, ...] = attrs.field(default=(), repr=False)
    next_review_on: dt.date | None = attrs.field(
        default=None, validator=not_before("held_on", meaning="the review was held (held_on)")
    )
    client_comment: str = attrs.field(default="", repr=False)
    """The client's own words on how the plan is going (seed 003: their view
    may clash with the worker's, and both belong in the record)."""
    stakeholder_comments: tuple[str, ...] = attrs.field(default=(), repr=False)

    @trigger.validator
    def _check_trigger(self, attribute: object, value: ReviewTrigger | None) -> None:
        if self.kind is ReviewKind.TRIGGERED and value is None:
            msg = "a triggered review must say what triggered it"
            raise ValueError(msg)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class PlanTerms(Record):
    """Everything in a plan version besides its number, date, goals and actions.

    A revision that changes any of these records the whole set of new terms,
    so the new plan can be rebuilt from the old one without loss.
    """

    strength_strategies: tuple[StrengthStrategy, ...] = ()
    deferred_needs: tuple[DeferredNeed, ...] = ()
    review_date: dt.date | None = None
    agreed_by_client: bool = False
    signed_by_client_on: dt.date | None = None
    signed_by_case_manager_on: dt.date | None = None
    on_hold_since: dt.date | None = None


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class PlanDiff(Record):
    """What a revision changed: enough to rebuild the new plan from the old.

    Goals and actions are matched by id. Removed items go, changed items are
    replaced where they stood, added items are appended; ``goal_order`` and
    ``action_order`` are set only when the new plan orders them otherwise.
    ``terms`` is ``None`` when nothing else about the plan changed.
    """

    goals_added: tuple[Goal, ...] = ()
    goals_removed: tuple[GoalId, ...] = attrs.field(default=(), metadata=SAFE)
    goals_changed: tuple[Goal, ...] = ()
    actions_added: tuple[Action, ...] = ()
    actions_removed: tuple[ActionId, ...] = attrs.field(default=(), metadata=SAFE)
    actions_changed: tuple[Action, ...] = ()
    goal_order: tuple[GoalId, ...] | None = attrs.field(default=None, metadata=SAFE)
    action_order: tuple[ActionId, ...] | None = attrs.field(default=None, metadata=SAFE)
    terms: PlanTerms | None = None

    @property
    def is_empty(self) -> bool:
        """True when the revision changed nothing in the plan itself."""
        return not (
            self.goals_added
            or self.goals_removed
            or self.goals_changed
            or self.actions_added
            or self.actions_removed
            or self.actions_changed
            or self.goal_order is not None
            or self.action_order is not None
            or self.terms is not None
        )

    def touches_goal(self, goal_id: GoalId) -> bool:
        """True when the goal itself, or any action serving it, changed."""
        return (
            any(g.id == goal_id for g in self.goals_added)
            or goal_id in self.goals_removed
            or any(g.id == goal_id for g in self.goals_changed)
            or any(a.goal_id == goal_id for a in self.actions_added)
            or any(a.goal_id == goal_id for a in self.actions_changed)
        )


class RevisionKind(Vocabulary):
    """A change of plan, or the plan put aside in a crisis and taken up again (seed 003)."""

    CHANGE = "change"
    HOLD = "hold"
    RESUME = "resume"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class PlanRevision(Record):
    """A change of plan version, with why and who agreed (seeds 002, 003).

    ``revised_on`` is also the new version's ``created_on``; ``to_version``
    its ``version``. Missing reasons or agreement are findings, not errors,
    so an imperfect record can still be stored and mended.
    """

    from_version: int
    to_version: int = attrs.field()
    revised_on: dt.date
    reason: str = attrs.field(repr=False)
    trigger: ReviewTrigger | None = attrs.field(default=None)
    diff: PlanDiff = attrs.field(factory=PlanDiff)
    agreed_by_client: bool = False
    agreed_by: tuple[PartyId, ...] = attrs.field(default=(), metadata=PERSON)
    new_review_date: dt.date | None = None
    by: PartyId = attrs.field(default="", metadata=PERSON)
    kind: RevisionKind = RevisionKind.CHANGE

    @to_version.validator
    @refuses("{v} <= {self}.from_version")
    def _check_versions(self, attribute: object, value: int) -> None:
        if value <= self.from_version:
            msg = "to_version must be after from_version"
            raise RefusedValueError(msg, value=(self.from_version, value))


class ContactChannel(Vocabulary):
    """How a contact attempt was made (seed 000 lists calls, letters, texts, email)."""

    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    HOME_VISIT = "home-visit"
    LETTER = "letter"
    IN_PERSON = "in-person"
    VIA_THIRD_PARTY = "via-third-party"


class ContactResult(Vocabulary):
    """What came of a contact attempt; anything but ``reached`` is a failed try."""

    REACHED = "reached"
    NO_ANSWER = "no-answer"
    MESSAGE_LEFT = "message-left"
    WRONG_DETAILS = "wrong-details"
    DECLINED = "declined"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class ContactAttempt(Record):
    """One try to reach the client; repeated failures signal disengagement (seed 000)."""

    on: dt.date
    channel: ContactChannel
    result: ContactResult
    by: PartyId = attrs.field(default="", metadata=PERSON)

    @property
    def succeeded(self) -> bool:
        return self.result is ContactResult.REACHED


class NoteKind(Vocabulary):
    """Seed 003: keep facts apart from impressions; quote the client's words."""

    FACT = "fact"
    IMPRESSION = "impression"
    QUOTATION = "quotation"


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class CaseNote(Record):
    """A progress note: dated, attributed, and one kind of statement."""

    written_on: dt.date
    author: PartyId = attrs.field(metadata=PERSON)
    kind: NoteKind
    text: str = attrs.field(repr=False)
    about_plan_change: bool = False
    """Set when the note records a change to the plan; it then needs ``reason``."""
    reason: str = attrs.field(default="", repr=False)
