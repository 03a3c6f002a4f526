"""The closure rule set: the common requirements of seeds 003 and 000 as the
default policy, assembled in order from one module per topic, with the
ready-made optional rules agencies add to their own policy.

The topics: the work itself (``_readiness``), agreement and notice to the
people around the case (``_agreement``), notice and disengagement
(``_notice``), handing the client on (``_handover``), and the optional
rules (``_optional``).

Each rule judges the case together with the proposed closure record
(``context.proposed``). Without a record, a rule reports what is still
missing, so ``evaluate(case, as_of=...)`` doubles as a closing checklist.
Paths point where the record will live once the case is closed
(``$.closure...``) or at the item in the case that blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemgmt.closure._agreement import STAKEHOLDER_ROLES, client_agreement, stakeholders_notified
from casemgmt.closure._handover import exit_plan, transfer_consent
from casemgmt.closure._notice import (
    disengagement_missing,
    failed_contact_run,
    failed_contacts_in_a_row,
    reasonable_notice,
)
from casemgmt.closure._optional import (
    employment_start,
    follow_up_after_exit,
    min_time_since_goal_achieved,
    supervisor_approval,
    sustained_employment,
)
from casemgmt.closure._policy import ClosureContext, ClosurePolicy
from casemgmt.closure._readiness import (
    already_closed,
    goals_finished,
    high_risk_handover,
    notes_up_to_date,
    reason_documented,
    referrals_resolved,
)
from casemgmt.core import RuleSet

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_RULES",
    "STAKEHOLDER_ROLES",
    "already_closed",
    "client_agreement",
    "disengagement_missing",
    "employment_start",
    "exit_plan",
    "failed_contact_run",
    "failed_contacts_in_a_row",
    "follow_up_after_exit",
    "goals_finished",
    "high_risk_handover",
    "min_time_since_goal_achieved",
    "notes_up_to_date",
    "reason_documented",
    "reasonable_notice",
    "referrals_resolved",
    "stakeholders_notified",
    "supervisor_approval",
    "sustained_employment",
    "transfer_consent",
]


_DEFAULT_RULES = (
    ("closure.already-closed", "already-closed", already_closed),
    ("closure.reason-documented", "reason-documented", reason_documented),
    ("closure.goal-still-active", "goals-finished", goals_finished),
    ("closure.referral-open", "referrals-resolved", referrals_resolved),
    ("closure.agreement", "client-agreement", client_agreement),
    ("closure.notice", "reasonable-notice", reasonable_notice),
    ("closure.stakeholder-not-notified", "stakeholders-notified", stakeholders_notified),
    ("closure.transfer-consent", "transfer-consent", transfer_consent),
    ("closure.exit-plan", "exit-plan", exit_plan),
    ("closure.notes-up-to-date", "notes-up-to-date", notes_up_to_date),
    ("closure.high-risk-open", "high-risk-handover", high_risk_handover),
)
DEFAULT_RULES: RuleSet[Case, ClosureContext] = RuleSet.from_table(_DEFAULT_RULES)
"""The common requirements of seeds 000 and 003, in the order a worker meets them,
each named for the code it reports (or ``closure.<topic>`` when it reports several)."""

DEFAULT_POLICY = ClosurePolicy(
    rules=DEFAULT_RULES,
    notice_days=14,
    min_contact_attempts=3,
    min_contact_span_days=14,
    min_contact_channels=2,
)
"""The default closure guidelines: every rule in ``DEFAULT_RULES``, 14 days' notice,
and a disengagement documented by three failed contact attempts in a row over at
least 14 days, through two channels or including a letter."""
