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
    from casemgmt.closure._agreement import STAKEHOLDER_ROLES as STAKEHOLDER_ROLES
    from casemgmt.closure._agreement import client_agreement as client_agreement
    from casemgmt.closure._agreement import stakeholders_notified as stakeholders_notified
    from casemgmt.closure._handover import exit_plan as exit_plan
    from casemgmt.closure._handover import transfer_consent as transfer_consent
    from casemgmt.closure._notice import failed_contacts_in_a_row as failed_contacts_in_a_row
    from casemgmt.closure._notice import reasonable_notice as reasonable_notice
    from casemgmt.closure._ops import close as close
    from casemgmt.closure._ops import evaluate as evaluate
    from casemgmt.closure._ops import transfer as transfer
    from casemgmt.closure._optional import employment_start as employment_start
    from casemgmt.closure._optional import follow_up_after_exit as follow_up_after_exit
    from casemgmt.closure._optional import (
        min_time_since_goal_achieved as min_time_since_goal_achieved,
    )
    from casemgmt.closure._optional import supervisor_approval as supervisor_approval
    from casemgmt.closure._optional import sustained_employment as sustained_employment
    from casemgmt.closure._policy import ClosureContext as ClosureContext
    from casemgmt.closure._policy import ClosurePolicy as ClosurePolicy
    from casemgmt.closure._policy import ClosureRule as ClosureRule
    from casemgmt.closure._policy import Eligibility as Eligibility
    from casemgmt.closure._readiness import already_closed as already_closed
    from casemgmt.closure._readiness import goals_finished as goals_finished
    from casemgmt.closure._readiness import high_risk_handover as high_risk_handover
    from casemgmt.closure._readiness import notes_up_to_date as notes_up_to_date
    from casemgmt.closure._readiness import reason_documented as reason_documented
    from casemgmt.closure._readiness import referrals_resolved as referrals_resolved
    from casemgmt.closure._records import ClosureReason as ClosureReason
    from casemgmt.closure._records import ClosureRecord as ClosureRecord
    from casemgmt.closure._records import Episode as Episode
    from casemgmt.closure._records import ExitPlan as ExitPlan
    from casemgmt.closure._records import ExitSupport as ExitSupport
    from casemgmt.closure._reopen import Reopening as Reopening
    from casemgmt.closure._reopen import needs_returned as needs_returned
    from casemgmt.closure._reopen import reopen as reopen
    from casemgmt.closure._rules import DEFAULT_POLICY as DEFAULT_POLICY
    from casemgmt.closure._rules import DEFAULT_RULES as DEFAULT_RULES
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
