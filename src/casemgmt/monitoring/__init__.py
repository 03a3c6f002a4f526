"""Monitoring and review: reviews, goal attainment, revisions, notes."""

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
    Review,
    ReviewFormat,
    ReviewKind,
    ReviewTrigger,
)

__all__ = [
    "Achievement",
    "CaseNote",
    "ContactAttempt",
    "ContactChannel",
    "ContactResult",
    "GoalProgress",
    "NoteKind",
    "PlanDiff",
    "PlanRevision",
    "Review",
    "ReviewFormat",
    "ReviewKind",
    "ReviewTrigger",
]
