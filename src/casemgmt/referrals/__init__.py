"""Referrals out and in, advocacy, and consent-gated sharing."""

from casemgmt.referrals._records import (
    ALLOWED_MOVES,
    Advocacy,
    InboundReferral,
    ReceivingService,
    Referral,
    ReferralStatus,
    ScreeningDecision,
    StatusChange,
)

__all__ = [
    "ALLOWED_MOVES",
    "Advocacy",
    "InboundReferral",
    "ReceivingService",
    "Referral",
    "ReferralStatus",
    "ScreeningDecision",
    "StatusChange",
]
