"""Closure rules on handing the client on: written consent to transfer, an exit plan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.closure._policy import ClosureContext
from casemgmt.closure._proposal import _reason
from casemgmt.closure._records import ClosureReason
from casemgmt.core import Finding
from casemgmt.core._consent import ConsentForm, ConsentPurpose
from casemgmt.core._findings import ERROR
from casemgmt.core._text import has_text

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["exit_plan", "transfer_consent"]

_R = ClosureReason


def transfer_consent(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: written permission before transferring information to a provider."""
    record = ctx.proposed
    if record is None:
        return
    target = record.transfer_to
    if target is None:
        if record.reason is _R.TRANSFERRED:
            yield Finding(
                "closure.transfer-target-missing",
                ERROR,
                "the case closes as transferred, but the record does not say to whom",
                "$.closure.transfer_to",
                hint="set transfer_to to the receiving service's party id",
            )
        return
    on = record.closed_on
    cid = record.transfer_consent_id
    consent = next((c for c in case.consents if c.id == cid), None) if cid else None
    if cid is None:
        problem = "no written consent to transfer the client's information is cited"
    elif consent is None:
        problem = f"the record cites consent {cid}, which the case does not hold"
    elif consent.form is not ConsentForm.WRITTEN:
        problem = f"consent {cid} was not given in writing"
    elif not consent.covers(ConsentPurpose.TRANSFER, target, on):
        problem = (
            f"consent {cid} does not cover transferring information to {target} on {on.isoformat()}"
        )
    else:
        return
    yield Finding(
        "closure.transfer-no-written-consent",
        ERROR,
        f"{problem}; QCOSS guide requires the client's written permission before case"
        " information goes to another provider",
        "$.closure.transfer_consent_id",
        hint=f"record a written consent for purpose 'transfer' naming {target} and cite its id"
        " in transfer_consent_id",
    )


_NO_EXIT_PLAN = Finding(
    "closure.no-exit-plan",
    ERROR,
    "there is no exit plan: achievements, supports after exit and how to come back"
    " (Mission Australia; QCOSS guide)",
    "$.closure.exit_plan",
    hint="add exit_plan=ExitPlan(achievements=..., supports_after_exit=..., how_to_return=...)",
)
# Built once: a closing checklist reports it for every case (issue 19).


def exit_plan(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seeds 001, 003: an exit plan, and the client told how to come back."""
    if _reason(ctx) is _R.DECEASED:
        return
    plan = ctx.proposed.exit_plan if ctx.proposed is not None else None
    if plan is None:
        yield _NO_EXIT_PLAN
    elif not has_text(plan.how_to_return):
        yield Finding(
            "closure.no-return-path",
            ERROR,
            "the exit plan does not tell the client how to come back if they need to"
            " (ACMA process; QCOSS guide)",
            "$.closure.exit_plan.how_to_return",
            hint="say how the client can access the service again (phone line, drop-in,"
            " self-referral)",
        )
