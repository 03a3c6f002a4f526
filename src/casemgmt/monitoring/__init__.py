"""Monitoring and review: reviews, goal attainment, revisions, notes, caseload queries.

Seeds 001-003: plans are reviewed regularly with the client, on a schedule
or when something changes; every change is agreed and documented with why;
notes keep facts apart from impressions. See ``docs/reference/findings-monitoring.md``.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    # iter_cases lives above the records (casemgmt.reading); still found here by name.
    from casemgmt.monitoring._cadence import CadenceUnit, ReviewCadence
    from casemgmt.monitoring._caseload import (
        ActionOverdue,
        CaseloadSummary,
        Disengagement,
        GoalStall,
        ReviewDue,
        caseload_summary,
        disengaged,
        due_reviews,
        overdue_actions,
        overdue_reviews,
        stalled_goals,
    )
    from casemgmt.monitoring._gas import (
        GAS_LEVELS,
        ReviewSummary,
        direction,
        gas_t_score,
        summarize_review,
        views_disagree,
    )
    from casemgmt.monitoring._notes import (
        DEFAULT_NOTE_TERMS,
        NoteTerms,
        lint_note,
        note_documentation,
    )
    from casemgmt.monitoring._quality import INDICATORS, Indicator
    from casemgmt.monitoring._quality_report import (
        Distribution,
        GroupReport,
        QualityReport,
        Tally,
        quality_review,
    )
    from casemgmt.monitoring._records import (
        Achievement,
        CaseNote,
        ContactAttempt,
        ContactChannel,
        ContactResult,
        GoalProgress,
        NoteKind,
        PlanDiff,
        PlanRevision,
        PlanTerms,
        Review,
        ReviewFormat,
        ReviewKind,
        ReviewTrigger,
        RevisionKind,
    )
    from casemgmt.monitoring._revision import (
        apply_diff,
        apply_revision,
        diff_plans,
        plan_terms,
        put_on_hold,
        resume,
        revise_plan,
    )
    from casemgmt.monitoring._rules import (
        MONITORING_RULES,
        action_overdue,
        case_disengaged,
        goal_outperformed,
        goal_stalled,
        hold_too_long,
        review_next_overdue,
        review_overdue,
        review_views_disagree,
        revision_no_reason,
        revision_no_review_date,
        revision_not_agreed,
        revision_service_not_agreed,
    )
    from casemgmt.monitoring._signals import next_review_due
    from casemgmt.reading import iter_cases

__all__ = [
    "DEFAULT_NOTE_TERMS",
    "GAS_LEVELS",
    "INDICATORS",
    "MONITORING_RULES",
    "Achievement",
    "ActionOverdue",
    "CadenceUnit",
    "CaseNote",
    "CaseloadSummary",
    "ContactAttempt",
    "ContactChannel",
    "ContactResult",
    "Disengagement",
    "Distribution",
    "GoalProgress",
    "GoalStall",
    "GroupReport",
    "Indicator",
    "NoteKind",
    "NoteTerms",
    "PlanDiff",
    "PlanRevision",
    "PlanTerms",
    "QualityReport",
    "Review",
    "ReviewCadence",
    "ReviewDue",
    "ReviewFormat",
    "ReviewKind",
    "ReviewSummary",
    "ReviewTrigger",
    "RevisionKind",
    "Tally",
    "action_overdue",
    "apply_diff",
    "apply_revision",
    "case_disengaged",
    "caseload_summary",
    "diff_plans",
    "direction",
    "disengaged",
    "due_reviews",
    "gas_t_score",
    "goal_outperformed",
    "goal_stalled",
    "hold_too_long",
    "iter_cases",
    "lint_note",
    "next_review_due",
    "note_documentation",
    "overdue_actions",
    "overdue_reviews",
    "plan_terms",
    "put_on_hold",
    "quality_review",
    "resume",
    "review_next_overdue",
    "review_overdue",
    "review_views_disagree",
    "revise_plan",
    "revision_no_reason",
    "revision_no_review_date",
    "revision_not_agreed",
    "revision_service_not_agreed",
    "stalled_goals",
    "summarize_review",
    "views_disagree",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
