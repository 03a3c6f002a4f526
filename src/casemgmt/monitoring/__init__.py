"""Monitoring and review: reviews, goal attainment, revisions, notes, caseload queries.

Seeds 001-003: plans are reviewed regularly with the client, on a schedule
or when something changes; every change is agreed and documented with why;
notes keep facts apart from impressions. See ``docs/reference/findings-monitoring.md``.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.monitoring._cadence import CadenceUnit as CadenceUnit
    from casemgmt.monitoring._cadence import ReviewCadence as ReviewCadence
    from casemgmt.monitoring._caseload import ActionOverdue as ActionOverdue
    from casemgmt.monitoring._caseload import CaseloadSummary as CaseloadSummary
    from casemgmt.monitoring._caseload import Disengagement as Disengagement
    from casemgmt.monitoring._caseload import GoalStall as GoalStall
    from casemgmt.monitoring._caseload import ReviewDue as ReviewDue
    from casemgmt.monitoring._caseload import caseload_summary as caseload_summary
    from casemgmt.monitoring._caseload import disengaged as disengaged
    from casemgmt.monitoring._caseload import due_reviews as due_reviews
    from casemgmt.monitoring._caseload import overdue_actions as overdue_actions
    from casemgmt.monitoring._caseload import overdue_reviews as overdue_reviews
    from casemgmt.monitoring._caseload import stalled_goals as stalled_goals
    from casemgmt.monitoring._gas import GAS_LEVELS as GAS_LEVELS
    from casemgmt.monitoring._gas import ReviewSummary as ReviewSummary
    from casemgmt.monitoring._gas import direction as direction
    from casemgmt.monitoring._gas import gas_t_score as gas_t_score
    from casemgmt.monitoring._gas import summarize_review as summarize_review
    from casemgmt.monitoring._gas import views_disagree as views_disagree
    from casemgmt.monitoring._history import revision_no_reason as revision_no_reason
    from casemgmt.monitoring._history import revision_no_review_date as revision_no_review_date
    from casemgmt.monitoring._history import revision_not_agreed as revision_not_agreed
    from casemgmt.monitoring._history import (
        revision_service_not_agreed as revision_service_not_agreed,
    )
    from casemgmt.monitoring._notes import DEFAULT_NOTE_TERMS as DEFAULT_NOTE_TERMS
    from casemgmt.monitoring._notes import NoteTerms as NoteTerms
    from casemgmt.monitoring._notes import lint_note as lint_note
    from casemgmt.monitoring._notes import note_documentation as note_documentation
    from casemgmt.monitoring._quality import INDICATORS as INDICATORS
    from casemgmt.monitoring._quality import Indicator as Indicator
    from casemgmt.monitoring._quality_report import Distribution as Distribution
    from casemgmt.monitoring._quality_report import GroupReport as GroupReport
    from casemgmt.monitoring._quality_report import QualityReport as QualityReport
    from casemgmt.monitoring._quality_report import Tally as Tally
    from casemgmt.monitoring._quality_report import quality_review as quality_review
    from casemgmt.monitoring._records import Achievement as Achievement
    from casemgmt.monitoring._records import CaseNote as CaseNote
    from casemgmt.monitoring._records import ContactAttempt as ContactAttempt
    from casemgmt.monitoring._records import ContactChannel as ContactChannel
    from casemgmt.monitoring._records import ContactResult as ContactResult
    from casemgmt.monitoring._records import GoalProgress as GoalProgress
    from casemgmt.monitoring._records import NoteKind as NoteKind
    from casemgmt.monitoring._records import PlanDiff as PlanDiff
    from casemgmt.monitoring._records import PlanRevision as PlanRevision
    from casemgmt.monitoring._records import PlanTerms as PlanTerms
    from casemgmt.monitoring._records import Review as Review
    from casemgmt.monitoring._records import ReviewFormat as ReviewFormat
    from casemgmt.monitoring._records import ReviewKind as ReviewKind
    from casemgmt.monitoring._records import ReviewTrigger as ReviewTrigger
    from casemgmt.monitoring._records import RevisionKind as RevisionKind
    from casemgmt.monitoring._revision import apply_diff as apply_diff
    from casemgmt.monitoring._revision import apply_revision as apply_revision
    from casemgmt.monitoring._revision import diff_plans as diff_plans
    from casemgmt.monitoring._revision import plan_terms as plan_terms
    from casemgmt.monitoring._revision import put_on_hold as put_on_hold
    from casemgmt.monitoring._revision import resume as resume
    from casemgmt.monitoring._revision import revise_plan as revise_plan
    from casemgmt.monitoring._rules import MONITORING_RULES as MONITORING_RULES
    from casemgmt.monitoring._rules import action_overdue as action_overdue
    from casemgmt.monitoring._rules import case_disengaged as case_disengaged
    from casemgmt.monitoring._rules import goal_outperformed as goal_outperformed
    from casemgmt.monitoring._rules import goal_stalled as goal_stalled
    from casemgmt.monitoring._rules import hold_too_long as hold_too_long
    from casemgmt.monitoring._rules import review_next_overdue as review_next_overdue
    from casemgmt.monitoring._rules import review_overdue as review_overdue
    from casemgmt.monitoring._rules import review_views_disagree as review_views_disagree
    from casemgmt.monitoring._signals import next_review_due as next_review_due
    from casemgmt.reading import iter_cases as iter_cases
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
