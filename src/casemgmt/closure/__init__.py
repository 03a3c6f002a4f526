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

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
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
    "DEFAULT_POLICY",
    "DEFAULT_RULES",
    "STAKEHOLDER_ROLES",
    "ClosureContext",
    "ClosurePolicy",
    "ClosureReason",
    "ClosureRecord",
    "ClosureRule",
    "Eligibility",
    "Episode",
    "ExitPlan",
    "ExitSupport",
    "Reopening",
    "already_closed",
    "client_agreement",
    "close",
    "employment_start",
    "evaluate",
    "exit_plan",
    "failed_contacts_in_a_row",
    "follow_up_after_exit",
    "goals_finished",
    "high_risk_handover",
    "min_time_since_goal_achieved",
    "needs_returned",
    "notes_up_to_date",
    "reason_documented",
    "reasonable_notice",
    "referrals_resolved",
    "reopen",
    "stakeholders_notified",
    "supervisor_approval",
    "sustained_employment",
    "transfer",
    "transfer_consent",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
