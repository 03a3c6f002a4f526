"""Closing, transferring and re-opening a case, through the closure policy.

``close`` refuses while any blocker stands and otherwise enters the CLOSED
stage through the case's one door for transitions, so history is appended.
``reopen`` starts a new episode (FHIR EpisodeOfCare's idea) keeping every
earlier entry, and flags needs that come back soon after closure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from casemgmt.assessment._records import NeedDomain
from casemgmt.closure._policy import ClosurePolicy, Eligibility
from casemgmt.closure._records import ClosureReason, ClosureRecord, ExitPlan
from casemgmt.closure._rules import DEFAULT_POLICY, transfer_consent
from casemgmt.core import Finding, Severity
from casemgmt.core._ids import ConsentId, PartyId
from casemgmt.core._time import AsOf
from casemgmt.errors import ClosureBlockedError

if TYPE_CHECKING:
    from casemgmt.case import Case, Stage

__all__ = ["Reopening", "close", "evaluate", "needs_returned", "reopen", "transfer"]


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
    from casemgmt.case import Stage

    verdict = evaluate(case, as_of=as_of, policy=policy, record=record)
    if not verdict.eligible:
        raise ClosureBlockedError(verdict.blockers)
    why = f"closed: {record.reason.value}"
    if record.reason is ClosureReason.OTHER:
        why = f"{why} ({record.reason_text})"
    return case._enter(
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


@attrs.frozen
class Reopening:
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
            " too soon (seed 000)",
            f"$.episodes[{len(case.episodes)}]",
            hint="review why the earlier exit did not hold and plan a more gradual exit (seed 003)",
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
    stage: Stage | None = None,
) -> Reopening:
    """Re-open a closed case as a new episode; every earlier entry is kept.

    The closure moves into ``case.episodes`` and the new episode starts at
    ``stage`` (INTAKE by default). ``needs`` are the domains the client
    returns with; the result's findings flag those already assessed when
    the case closed within ``within_days`` (``closure.needs-returned``).
    """
    from casemgmt.case import Stage

    reopened = case.reopen(on=on, by=by, reason=reason, stage=stage or Stage.INTAKE)
    return Reopening(reopened, needs_returned(case, needs, on=on, within_days=within_days))
