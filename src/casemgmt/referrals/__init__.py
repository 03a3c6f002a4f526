"""Referrals out and in, advocacy, and consent-gated sharing."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.referrals._consent_rules import (
        advocacy_without_written_permission as advocacy_without_written_permission,
    )
    from casemgmt.referrals._consent_rules import (
        consent_withdrawn_on_open_referral as consent_withdrawn_on_open_referral,
    )
    from casemgmt.referrals._consent_rules import (
        referral_without_consent as referral_without_consent,
    )
    from casemgmt.referrals._consent_rules import (
        transfer_without_written_consent as transfer_without_written_consent,
    )
    from casemgmt.referrals._follow_up import duplicate_referral as duplicate_referral
    from casemgmt.referrals._follow_up import follow_up_overdue as follow_up_overdue
    from casemgmt.referrals._follow_up import inbound_screening as inbound_screening
    from casemgmt.referrals._follow_up import over_resourced as over_resourced
    from casemgmt.referrals._follow_up import referral_checks_not_done as referral_checks_not_done
    from casemgmt.referrals._follow_up import referral_history_legal as referral_history_legal
    from casemgmt.referrals._follow_up import referral_links as referral_links
    from casemgmt.referrals._records import ALLOWED_MOVES as ALLOWED_MOVES
    from casemgmt.referrals._records import Advocacy as Advocacy
    from casemgmt.referrals._records import Escalation as Escalation
    from casemgmt.referrals._records import InboundReferral as InboundReferral
    from casemgmt.referrals._records import ReceivingService as ReceivingService
    from casemgmt.referrals._records import Referral as Referral
    from casemgmt.referrals._records import ReferralStatus as ReferralStatus
    from casemgmt.referrals._records import ScreeningDecision as ScreeningDecision
    from casemgmt.referrals._records import StatusChange as StatusChange
    from casemgmt.referrals._rules import REFERRAL_RULES as REFERRAL_RULES
    from casemgmt.referrals._sharing import INFORMATION_CATEGORIES as INFORMATION_CATEGORIES
    from casemgmt.referrals._sharing import SHARING_PURPOSES as SHARING_PURPOSES
    from casemgmt.referrals._sharing import ReferralPacket as ReferralPacket
    from casemgmt.referrals._sharing import consents_covering as consents_covering
    from casemgmt.referrals._sharing import referral_packet as referral_packet
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
