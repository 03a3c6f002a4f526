"""How closure rules read the proposed record: its reason, what its exit plan hands over."""

from __future__ import annotations

from casemgmt.closure._policy import ClosureContext
from casemgmt.closure._records import ClosureReason, ClosureRecord

__all__ = []


def _reason(ctx: ClosureContext) -> ClosureReason | None:
    return ctx.proposed.reason if ctx.proposed is not None else None


def _judges(ctx: ClosureContext, reasons: frozenset[ClosureReason]) -> bool:
    """Whether a rule for closures for ``reasons`` judges this one (a check with no record: yes)."""
    reason = _reason(ctx)
    return reason is None or reason in reasons


def _handed_over(record: ClosureRecord | None) -> tuple[set[str], set[str]]:
    """Referral ids and risk ids an exit support takes over."""
    referrals: set[str] = set()
    risks: set[str] = set()
    if record is not None and record.exit_plan is not None:
        for support in record.exit_plan.supports_after_exit:
            if support.referral_id is not None:
                referrals.add(support.referral_id)
            if support.risk_id is not None:
                risks.add(support.risk_id)
    return referrals, risks
