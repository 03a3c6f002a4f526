"""Referrals out and in, advocacy, and consent-gated sharing."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.referrals._records import (
        ALLOWED_MOVES,
        Advocacy,
        Escalation,
        InboundReferral,
        ReceivingService,
        Referral,
        ReferralStatus,
        ScreeningDecision,
        StatusChange,
    )
    from casemgmt.referrals._rules import (
        REFERRAL_RULES,
        advocacy_without_written_permission,
        consent_withdrawn_on_open_referral,
        duplicate_referral,
        follow_up_overdue,
        inbound_screening,
        over_resourced,
        referral_checks_not_done,
        referral_history_legal,
        referral_links,
        referral_without_consent,
        transfer_without_written_consent,
    )
    from casemgmt.referrals._sharing import (
        INFORMATION_CATEGORIES,
        SHARING_PURPOSES,
        ReferralPacket,
        consents_covering,
        referral_packet,
    )

__all__ = [
    "ALLOWED_MOVES",
    "INFORMATION_CATEGORIES",
    "REFERRAL_RULES",
    "SHARING_PURPOSES",
    "Advocacy",
    "Escalation",
    "InboundReferral",
    "ReceivingService",
    "Referral",
    "ReferralPacket",
    "ReferralStatus",
    "ScreeningDecision",
    "StatusChange",
    "advocacy_without_written_permission",
    "consent_withdrawn_on_open_referral",
    "consents_covering",
    "duplicate_referral",
    "follow_up_overdue",
    "inbound_screening",
    "over_resourced",
    "referral_checks_not_done",
    "referral_history_legal",
    "referral_links",
    "referral_packet",
    "referral_without_consent",
    "transfer_without_written_consent",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
