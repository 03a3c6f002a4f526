"""The case lifecycle: stages, the moves allowed between them, and the one door.

It lives in the core so that every layer can name a stage (the closure rules
ask whether a case is CLOSED) without importing the ``Case`` aggregate, and
so that ``Case.move_to``, ``closure.close`` and ``closure.reopen`` all check
a move the same way (seeds 001 and 004: the stages; seed 003: history is
kept, never rewritten).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

import attrs

from casemgmt.core._disclosure import PERSON
from casemgmt.core._ids import PartyId
from casemgmt.core._refusal import proved_by_loading
from casemgmt.core._repr import Record
from casemgmt.core._time import check_aware
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary
from casemgmt.errors import TransitionError

__all__ = ["STAGE_MOVES", "Stage", "StageChange", "enter_stage"]


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


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class StageChange(Record):
    """One move between stages: when, by whom and why."""

    from_stage: Stage | None
    to_stage: Stage
    on: dt.date
    by: PartyId = attrs.field(metadata=PERSON)
    reason: str = attrs.field(repr=False)
    recorded_at: dt.datetime | None = attrs.field(default=None)

    @recorded_at.validator
    @proved_by_loading("the loader's date-times are aware: it refuses those without an offset")
    def _check_aware(self, attribute: object, value: dt.datetime | None) -> None:
        if value is not None:
            check_aware(value)


if TYPE_CHECKING:  # read by type checkers only: a Protocol costs a class at import
    from typing import Protocol, TypeVar

    class Staged(Protocol):
        """What the lifecycle needs of a record that moves between stages."""

        @property
        def id(self) -> str: ...
        @property
        def opened_on(self) -> dt.date: ...
        @property
        def stage(self) -> Stage: ...
        @property
        def stage_history(self) -> tuple[StageChange, ...]: ...

    S = TypeVar("S", bound=Staged)


def enter_stage(
    subject: S,
    stage: Stage,
    *,
    on: dt.date,
    by: PartyId,
    reason: str,
    recorded_at: dt.datetime | None = None,
    **changes: Any,
) -> S:
    """``subject`` in ``stage``, the checked move appended to its history.

    The one door every transition goes through: the move must be allowed,
    have a reason and an author, and not be dated before the last one.
    ``changes`` are other fields that change with the move (the closure
    record when closing). Raises ``TransitionError`` saying why not.
    """
    current = subject.stage
    if stage not in STAGE_MOVES[current]:
        allowed = ", ".join(sorted(s.value for s in STAGE_MOVES[current]))
        msg = (
            f"case {subject.id} cannot move from {current.value!r} to {stage.value!r};"
            f" allowed next: {allowed}"
        )
        raise TransitionError(msg)
    if not reason.strip():
        msg = f"case {subject.id}: a stage change needs a reason"
        raise TransitionError(msg)
    if not by.strip():
        msg = f"case {subject.id}: a stage change needs who made it (by=)"
        raise TransitionError(msg)
    history = subject.stage_history
    last = history[-1].on if history else subject.opened_on
    if on < last:
        msg = (
            f"case {subject.id}: a stage change dated {on.isoformat()} would come before"
            f" the last recorded one ({last.isoformat()}); history is never rewritten"
        )
        raise TransitionError(msg)
    change = StageChange(
        from_stage=current, to_stage=stage, on=on, by=by, reason=reason, recorded_at=recorded_at
    )
    # evolve() copies any attrs record; mypy's attrs plugin only types it for a
    # concrete class, hence the casts around this generic door.
    moved = attrs.evolve(
        cast("Any", subject), stage=stage, stage_history=(*history, change), **changes
    )
    return cast("S", moved)
