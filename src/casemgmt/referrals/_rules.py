"""The default referral, advocacy, consent and transfer rules over a whole case, in order.

The rules live by topic: consent, advocacy and transfer permission in
``_consent_rules``; a referral's purpose, history, checks and follow-up in
``_follow_up``.

Each rule is a plain ``rule(case, ctx) -> Iterable[Finding]``; the ones with
parameters are factories (``over_resourced(limit=3)``). Messages and paths
name ids, categories and dates only, never the client's personal details.
Seeds: 000 (referral as purposeful activity, necessary and appropriate), 001
(referral in, screening, consent to share), 002 (check capacity and
location, consent for what is shared, follow up, balance resourcing,
advocacy with written permission), 003 (written permission to transfer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, RuleSet
from casemgmt.referrals._consent_rules import (
    advocacy_without_written_permission,
    consent_withdrawn_on_open_referral,
    referral_without_consent,
    transfer_without_written_consent,
)
from casemgmt.referrals._follow_up import (
    duplicate_referral,
    follow_up_overdue,
    inbound_screening,
    over_resourced,
    referral_checks_not_done,
    referral_history_legal,
    referral_links,
)

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["REFERRAL_RULES"]


REFERRAL_RULES: RuleSet[Case, CheckContext] = RuleSet.from_table(
    (
        ("referral.links", "referral-links", referral_links),
        ("referral.illegal-history", "referral-history", referral_history_legal),
        ("referral.no-consent", "referral-consent", referral_without_consent),
        (
            "referral.consent-withdrawn",
            "referral-consent-withdrawn",
            consent_withdrawn_on_open_referral,
        ),
        ("referral.follow-up-overdue", "referral-follow-up", follow_up_overdue),
        ("referral.not-checked", "referral-checks", referral_checks_not_done),
        ("referral.duplicate", "referral-duplicate", duplicate_referral),
        ("referral.over-resourced", "referral-over-resourced", over_resourced()),
        (
            "advocacy.no-written-permission",
            "advocacy-permission",
            advocacy_without_written_permission,
        ),
        ("transfer.no-written-consent", "transfer-consent", transfer_without_written_consent),
        ("referral-in.screening", "referral-in-screening", inbound_screening),
    )
)
"""Referral, advocacy, consent and transfer rules; ``casemgmt.validate`` runs them."""
