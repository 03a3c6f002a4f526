"""Hypothesis strategies for every public record, and whole valid cases.

Users test their own rules with these, and so do we::

    from hypothesis import given
    from casemgmt.testing.strategies import cases

    @given(cases())
    def test_my_rule_never_crashes(case): ...

``cases()`` builds realistic, internally consistent cases: goals cite needs
the assessment has, actions belong to goals the plan has, dates run in
order, and some cases are closed. ``cases_as_of()`` adds a day to check a
case on, and ``closure_proposals()`` gives an open case with a proposed
closure record for closure policy tests.
"""

from __future__ import annotations

from casemgmt.testing.strategies._cases import cases, cases_as_of, closure_proposals
from casemgmt.testing.strategies._common import clients, consents, dates, parties, timeframes
from casemgmt.testing.strategies._planning import (
    actions,
    assessments,
    case_plans,
    goals,
    needs,
    risks,
    strengths,
)
from casemgmt.testing.strategies._records import (
    advocacy,
    case_notes,
    closure_records,
    contact_attempts,
    exit_plans,
    goal_progress,
    inbound_referrals,
    plan_diffs,
    plan_revisions,
    receiving_services,
    referrals,
    reviews,
)

__all__ = [
    "actions",
    "advocacy",
    "assessments",
    "case_notes",
    "case_plans",
    "cases",
    "cases_as_of",
    "clients",
    "closure_proposals",
    "closure_records",
    "consents",
    "contact_attempts",
    "dates",
    "exit_plans",
    "goal_progress",
    "goals",
    "inbound_referrals",
    "needs",
    "parties",
    "plan_diffs",
    "plan_revisions",
    "receiving_services",
    "referrals",
    "reviews",
    "risks",
    "strengths",
    "timeframes",
]
