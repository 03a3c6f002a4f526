"""close, transfer and reopen: the closure operations on a case."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from casemgmt import Case, ClosureBlockedError, Stage, TransitionError
from casemgmt.assessment import NeedDomain
from casemgmt.closure import (
    DEFAULT_POLICY,
    ClosurePolicy,
    ClosureReason,
    ClosureRecord,
    ExitPlan,
    close,
    evaluate,
    reopen,
    transfer,
)

AS_OF = dt.date(2024, 6, 3)
D = dt.date


def test_close_returns_the_closed_case(ready_case: Case, good_record: ClosureRecord) -> None:
    """A case that meets the policy closes with the record attached."""
    closed = close(ready_case, good_record, as_of=AS_OF)
    assert (Stage.CLOSED, good_record) == (closed.stage, closed.closure)


def test_close_appends_to_the_stage_history(ready_case: Case, good_record: ClosureRecord) -> None:
    """History is appended: the closure is one more dated, attributed step."""
    closed = close(ready_case, good_record, as_of=AS_OF)
    last = closed.stage_history[-1]
    assert (ready_case.stage_history, (Stage.MONITORING, Stage.CLOSED, AS_OF, "cm-1")) == (
        closed.stage_history[:-1],
        (last.from_stage, last.to_stage, last.on, last.by),
    )


def test_close_refuses_with_every_blocker(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: closure follows the guidelines; every unmet one is named at once."""
    record = attrs.evolve(good_record, notice_given_on=None, exit_plan=None)
    with pytest.raises(ClosureBlockedError) as caught:
        close(ready_case, record, as_of=AS_OF)
    expected = ["closure.notice-missing", "closure.no-exit-plan"]
    assert expected == [
        b.code  # type: ignore[attr-defined]
        for b in caught.value.blockers
    ]


def test_blocked_error_pickles(ready_case: Case, good_record: ClosureRecord) -> None:
    """Errors cross process boundaries with their blockers."""
    with pytest.raises(ClosureBlockedError) as caught:
        close(ready_case, attrs.evolve(good_record, exit_plan=None), as_of=AS_OF)
    again = pickle.loads(pickle.dumps(caught.value))
    assert caught.value.blockers == again.blockers


def test_closed_case_cannot_be_closed_again(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seed 003: a closed case is re-opened, not closed twice."""
    closed = close(ready_case, good_record, as_of=AS_OF)
    with pytest.raises(ClosureBlockedError, match=r"closure\.already-closed"):
        close(closed, good_record, as_of=AS_OF)


def test_close_under_a_policy_without_rules_still_keeps_the_lifecycle(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """The lifecycle's own checks stand even when a policy checks nothing."""
    with pytest.raises(TransitionError, match="who made it"):
        close(ready_case, attrs.evolve(good_record, by=""), as_of=AS_OF, policy=ClosurePolicy())


def test_closing_for_other_reason_records_the_text(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """The stage change says why, in the record's own words for 'other'."""
    record = attrs.evolve(good_record, reason=ClosureReason.OTHER, reason_text="program ended")
    closed = close(ready_case, record, as_of=AS_OF)
    expected = "closed: other (program ended)"
    assert expected == closed.stage_history[-1].reason


def _transfer(case: Case, consent_id: str, policy: ClosurePolicy = DEFAULT_POLICY) -> Case:
    return transfer(
        case,
        to="svc-next",
        consent_id=consent_id,
        on=AS_OF,
        by="cm-1",
        as_of=AS_OF,
        outcome_summary="Moving to a service closer to family.",
        agreed_by_client=True,
        agreed_by=("sp-1",),
        notice_given_on=D(2024, 5, 17),
        notices_sent_to=("sp-1", "svc-next"),
        exit_plan=ExitPlan(how_to_return="Call the intake line."),
        policy=policy,
    )


def test_transfer_closes_as_transferred(ready_case: Case) -> None:
    """Seed 003: transfer to another service with written permission."""
    closed = _transfer(ready_case, "consent-transfer")
    assert closed.closure is not None
    expected = (ClosureReason.TRANSFERRED, "svc-next", "consent-transfer")
    assert expected == (
        closed.closure.reason,
        closed.closure.transfer_to,
        closed.closure.transfer_consent_id,
    )


def test_transfer_without_written_consent_is_refused(ready_case: Case) -> None:
    """Seed 003: no written permission, no transfer of information."""
    with pytest.raises(ClosureBlockedError, match="transfer-no-written-consent"):
        _transfer(ready_case, "consent-intake")


def test_transfer_checks_consent_even_under_a_policy_without_that_rule(ready_case: Case) -> None:
    """Written permission before transfer is not an agency option (seed 003)."""
    policy = DEFAULT_POLICY.remove("closure.transfer-consent")
    with pytest.raises(ClosureBlockedError, match="transfer-no-written-consent"):
        _transfer(ready_case, "consent-intake", policy)


def closed_case(ready_case: Case, good_record: ClosureRecord) -> Case:
    return close(ready_case, good_record, as_of=AS_OF)


def test_reopen_starts_a_new_episode(ready_case: Case, good_record: ClosureRecord) -> None:
    """Seeds 000/003 and FHIR EpisodeOfCare: a re-opening is a new episode."""
    back = reopen(
        closed_case(ready_case, good_record), on=D(2024, 10, 1), by="cm-1", reason="lost job"
    )
    case = back.case
    assert (Stage.INTAKE, None, 2, D(2024, 10, 1), good_record) == (
        case.stage,
        case.closure,
        case.episode_number,
        case.opened_on,
        case.episodes[0].closure,
    )


def test_reopen_keeps_the_history(ready_case: Case, good_record: ClosureRecord) -> None:
    """History is never rewritten: notes, reviews and stage changes all remain."""
    closed = closed_case(ready_case, good_record)
    case = reopen(closed, on=D(2024, 10, 1), by="cm-1", reason="lost job").case
    assert (closed.stage_history, closed.notes, closed.reviews, closed.plan) == (
        case.stage_history[:-1],
        case.notes,
        case.reviews,
        case.plan_history[-1],
    )
    assert case.plan is None  # issue 12: the new episode starts without the old plan


def test_same_needs_returning_soon_are_flagged(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: closing too soon hurts clients; the same need back in 28 days says so."""
    back = reopen(
        closed_case(ready_case, good_record),
        on=D(2024, 7, 1),
        by="cm-1",
        reason="lost job",
        needs=[NeedDomain.EMPLOYMENT, NeedDomain.LEGAL],
    )
    expected = [("closure.needs-returned", "$.episodes[0]")]
    assert expected == [(f.code, f.path) for f in back.findings]


def test_same_needs_returning_late_are_not_flagged(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """A need that returns after the window is a new episode, not a premature closure."""
    back = reopen(
        closed_case(ready_case, good_record),
        on=D(2024, 12, 1),
        by="cm-1",
        reason="lost job",
        needs=[NeedDomain.EMPLOYMENT],
    )
    expected: list[object] = []
    assert expected == back.findings


def test_new_needs_returning_soon_are_not_flagged(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Different needs soon after closure do not question the closure."""
    back = reopen(
        closed_case(ready_case, good_record),
        on=D(2024, 7, 1),
        by="cm-1",
        reason="legal trouble",
        needs=[NeedDomain.LEGAL],
    )
    expected: list[object] = []
    assert expected == back.findings


def test_reopen_of_an_open_case_is_refused(ready_case: Case) -> None:
    """Only a closed case can be re-opened."""
    with pytest.raises(TransitionError, match="not closed"):
        reopen(ready_case, on=AS_OF, by="cm-1", reason="again")


def test_reopened_case_can_close_again(ready_case: Case, good_record: ClosureRecord) -> None:
    """A second episode closes under the same policy, the first kept in episodes."""
    back = reopen(
        closed_case(ready_case, good_record), on=D(2024, 10, 1), by="cm-1", reason="lost job"
    ).case
    record = attrs.evolve(
        good_record,
        reason=ClosureReason.CLIENT_CHOSE_TO_END,
        closed_on=D(2024, 10, 15),
        notice_given_on=None,
    )
    verdict = evaluate(back, as_of=D(2024, 10, 15), record=record)
    closed = close(back, record, as_of=D(2024, 10, 15))
    assert (True, 1, record) == (verdict.eligible, len(closed.episodes), closed.closure)
