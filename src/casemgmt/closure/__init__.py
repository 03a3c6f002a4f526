"""Closure: reasons, exit planning, and eligibility rules agencies extend.

>>> import datetime as dt
>>> from casemgmt import Case, Client
>>> from casemgmt.closure import DEFAULT_POLICY, evaluate
>>> case = Case(id="case-1", client=Client(id="c-1", name="Zoe"), opened_on=dt.date(2024, 1, 8))
>>> verdict = evaluate(case, as_of=dt.date(2024, 6, 3))
>>> verdict.eligible, [f.code for f in verdict.blockers][:2]
(False, ['closure.reason-missing', 'closure.no-agreement'])
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from casemgmt.closure._ops import close, evaluate, transfer
    from casemgmt.closure._policy import ClosureContext, ClosurePolicy, ClosureRule, Eligibility
    from casemgmt.closure._records import (
        ClosureReason,
        ClosureRecord,
        Episode,
        ExitPlan,
        ExitSupport,
    )
    from casemgmt.closure._reopen import Reopening, needs_returned, reopen
    from casemgmt.closure._rules import (
        DEFAULT_POLICY,
        DEFAULT_RULES,
        STAKEHOLDER_ROLES,
        already_closed,
        client_agreement,
        employment_start,
        exit_plan,
        failed_contacts_in_a_row,
        follow_up_after_exit,
        goals_finished,
        high_risk_handover,
        min_time_since_goal_achieved,
        notes_up_to_date,
        reason_documented,
        reasonable_notice,
        referrals_resolved,
        stakeholders_notified,
        supervisor_approval,
        sustained_employment,
        transfer_consent,
    )

__all__ = [
    # records
    "ClosureReason",
    "ClosureRecord",
    "Episode",
    "ExitPlan",
    "ExitSupport",
    # policy and verdict
    "DEFAULT_POLICY",
    "DEFAULT_RULES",
    "ClosureContext",
    "ClosurePolicy",
    "ClosureRule",
    "Eligibility",
    "evaluate",
    # operations
    "Reopening",
    "close",
    "needs_returned",
    "reopen",
    "transfer",
    # the default rules
    "STAKEHOLDER_ROLES",
    "already_closed",
    "client_agreement",
    "exit_plan",
    "failed_contacts_in_a_row",
    "goals_finished",
    "high_risk_handover",
    "notes_up_to_date",
    "reason_documented",
    "reasonable_notice",
    "referrals_resolved",
    "stakeholders_notified",
    "transfer_consent",
    # optional rules agencies add
    "employment_start",
    "follow_up_after_exit",
    "min_time_since_goal_achieved",
    "supervisor_approval",
    "sustained_employment",
]

if not TYPE_CHECKING:  # mypy sees the imports above; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(
        __name__,
        {
            "casemgmt.closure._ops": ("close", "evaluate", "transfer"),
            "casemgmt.closure._reopen": ("Reopening", "needs_returned", "reopen"),
            "casemgmt.closure._policy": (
                "ClosureContext",
                "ClosurePolicy",
                "ClosureRule",
                "Eligibility",
            ),
            "casemgmt.closure._records": (
                "ClosureReason",
                "ClosureRecord",
                "Episode",
                "ExitPlan",
                "ExitSupport",
            ),
            "casemgmt.closure._rules": (
                "DEFAULT_POLICY",
                "DEFAULT_RULES",
                "STAKEHOLDER_ROLES",
                "already_closed",
                "client_agreement",
                "employment_start",
                "exit_plan",
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
            ),
        },
    )
