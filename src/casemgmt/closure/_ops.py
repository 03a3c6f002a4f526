"""Closing and transferring a case, through the closure policy.

``close`` refuses while any blocker stands and otherwise enters the CLOSED
stage through the lifecycle's one door (``core._lifecycle.enter_stage``), so
history is appended. Re-opening lives beside them in ``_reopen``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casemgmt.closure._policy import ClosurePolicy, Eligibility
from casemgmt.closure._records import ClosureReason, ClosureRecord, ExitPlan
from casemgmt.closure._rules import DEFAULT_POLICY, transfer_consent
from casemgmt.core._ids import ConsentId, PartyId
from casemgmt.core._lifecycle import Stage, enter_stage
from casemgmt.core._time import AsOf
from casemgmt.errors import ClosureBlockedError

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["close", "evaluate", "transfer"]


def evaluate(
    case: Case,
    *,
    as_of: AsOf,
    policy: ClosurePolicy = DEFAULT_POLICY,
    record: ClosureRecord | None = None,
) -> Eligibility:
    """Whether ``case`` could close on ``as_of`` with ``record``, under ``policy``.

    Every finding comes from the policy's rules, so a policy with no rules
    finds nothing. Without ``record`` the findings list what is still
    missing before the case can close.
    """
    return Eligibility(policy.rules.run(case, policy.context(as_of, record)))


def close(
    case: Case,
    record: ClosureRecord,
    *,
    as_of: AsOf,
    policy: ClosurePolicy = DEFAULT_POLICY,
    recorded_at: dt.datetime | None = None,
) -> Case:
    """The case closed with ``record``, the move appended to its stage history.

    Raises ``ClosureBlockedError`` naming every blocker when ``evaluate``
    finds any. ``recorded_at`` (an aware datetime) stamps the stage change
    with when it was entered. The lifecycle's own checks (who closed it, dates in order)
    still apply under a policy that dropped the rules for them, and raise
    ``TransitionError``.
    """
    verdict = evaluate(case, as_of=as_of, policy=policy, record=record)
    if not verdict.eligible:
        raise ClosureBlockedError(verdict.blockers)
    why = f"closed: {record.reason.value}"
    if record.reason is ClosureReason.OTHER:
        why = f"{why} ({record.reason_text})"
    return enter_stage(
        case,
        Stage.CLOSED,
        on=record.closed_on,
        by=record.by,
        reason=why,
        recorded_at=recorded_at,
        closure=record,
    )


def transfer(
    case: Case,
    *,
    to: PartyId,
    consent_id: ConsentId,
    on: dt.date,
    by: PartyId,
    as_of: AsOf,
    outcome_summary: str = "",
    next_steps: Sequence[str] = (),
    agreed_by_client: bool = False,
    agreed_by: Sequence[PartyId] = (),
    no_agreement_reason: str = "",
    notice_given_on: dt.date | None = None,
    notices_sent_to: Sequence[PartyId] = (),
    exit_plan: ExitPlan | None = None,
    approved_by: PartyId | None = None,
    archiving_note: str = "",
    policy: ClosurePolicy = DEFAULT_POLICY,
) -> Case:
    """The case closed as transferred to ``to``, under the client's written consent.

    Seed 003: "if the client is transferring to another service, document
    their written permission to transfer their case information to that
    provider". The written-consent rule always runs here, even under a
    policy without a rule named ``closure.transfer-consent``; the policy's other
    rules apply as in ``close``, and every blocker is raised together.
    """
    record = ClosureRecord(
        reason=ClosureReason.TRANSFERRED,
        closed_on=on,
        by=by,
        outcome_summary=outcome_summary,
        next_steps=tuple(next_steps),
        agreed_by_client=agreed_by_client,
        agreed_by=tuple(agreed_by),
        no_agreement_reason=no_agreement_reason,
        notice_given_on=notice_given_on,
        notices_sent_to=tuple(notices_sent_to),
        exit_plan=exit_plan,
        transfer_to=to,
        transfer_consent_id=consent_id,
        approved_by=approved_by,
        archiving_note=archiving_note,
    )
    if "closure.transfer-consent" not in policy:
        policy = policy.add("closure.transfer-consent", transfer_consent)
    return close(case, record, as_of=as_of, policy=policy)
