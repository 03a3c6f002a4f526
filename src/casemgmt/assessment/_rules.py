"""The default assessment rules over a whole case.

ISED (seed 004): the assessment "clearly identifies and numbers client
needs" and is holistic (physical, social, psychological/emotional).
Seed 001: a high risk is acted on now. Seed 002: a crisis may come first,
before a comprehensive assessment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from casemgmt.assessment._records import (
    Assessment,
    HolisticDimension,
    NeedDomain,
    NeedPriority,
    RiskLevel,
)
from casemgmt.core import CheckContext, Finding, RuleSet
from casemgmt.core._findings import ERROR, INFO
from casemgmt.core._ids import repeated_at

if TYPE_CHECKING:
    from casemgmt.case import Case


__all__ = [
    "ASSESSMENT_RULES",
    "crisis_first",
    "domain_not_explored",
    "duplicate_need_number",
    "explored_domains",
    "high_risk_unanswered",
]


def duplicate_need_number(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``assessment.duplicate-need-number``: two needs share a number (seed 004)."""
    numbers = [need.number for need in case.assessment.needs]
    for i in repeated_at(numbers):
        yield Finding(
            "assessment.duplicate-need-number",
            ERROR,
            f"Need number {numbers[i]} is used more than once, so the plan cannot"
            " cite it unambiguously (ISED: numbers correspond).",
            f"$.assessment.needs[{i}].number",
            "Give this need the next unused number; numbers already cited stay put.",
        )


def high_risk_unanswered(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``assessment.high-risk-unanswered``: a high risk with no recorded response."""
    for i, risk in enumerate(case.assessment.risks):
        if risk.level is RiskLevel.HIGH and not risk.has_response:
            yield Finding(
                "assessment.high-risk-unanswered",
                ERROR,
                f"Risk {risk.id} ({risk.kind.value}) is high but no action or statutory"
                " notification is recorded; a high risk is acted on now"
                " (Mission Australia; QCOSS guide).",
                f"$.assessment.risks[{i}].actions_taken",
                "Record what was done (emergency or crisis service, safety plan) or the"
                " statutory notification made.",
            )


def explored_domains(assessment: Assessment) -> frozenset[NeedDomain]:
    """Domains explored so far: those recorded as explored and those with a need."""
    return frozenset(assessment.domains_explored) | {n.domain for n in assessment.needs}


def _crisis_path(assessment: Assessment) -> bool:
    return assessment.crisis_first and all(
        n.priority is NeedPriority.IMMEDIATE for n in assessment.needs
    )


def _started(assessment: Assessment) -> bool:
    return bool(assessment.needs or assessment.sessions or assessment.domains_explored)


_DOMAINS_BY_DIMENSION = {
    dimension: tuple((d, d.value) for d in NeedDomain if d.dimension is dimension)
    for dimension in HolisticDimension
}

_unexplored: dict[frozenset[NeedDomain], tuple[Finding, ...]] = {}
"""The findings for each set of explored domains seen (at most 4,096 sets): most
caseloads repeat a few dozen, and a finding is an immutable value."""


def domain_not_explored(case: Case, ctx: CheckContext) -> Iterable[Finding]:
    """INFO ``assessment.domain-not-explored``: one per holistic dimension with
    domains not yet explored (seed 004: holistic; seeds 001, 002: the domains).

    Not judged before the assessment starts, nor on the crisis-first path.
    """
    assessment = case.assessment
    if not _started(assessment) or _crisis_path(assessment):
        return ()
    explored = explored_domains(assessment)
    found = _unexplored.get(explored)
    if found is None:
        if len(_unexplored) >= 4096:
            _unexplored.clear()
        found = _unexplored[explored] = tuple(_unexplored_findings(explored))
    return found


def _unexplored_findings(explored: frozenset[NeedDomain]) -> Iterator[Finding]:
    for dimension, domains in _DOMAINS_BY_DIMENSION.items():
        missing = [value for d, value in domains if d not in explored]
        if missing:
            untouched = len(missing) == len(domains)
            lead = "Nothing in" if untouched else "Part of"
            yield Finding(
                "assessment.domain-not-explored",
                INFO,
                f"{lead} the {dimension.value} dimension is explored yet: "
                f"{', '.join(missing)} (ISED: a holistic assessment).",
                "$.assessment.domains_explored",
                "Explore these domains in a later session and record them in"
                " domains_explored, even where no need is found.",
            )


def crisis_first(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """INFO ``assessment.crisis-first``: only immediate needs are assessed so far.

    Seed 002: deal with the crisis before a comprehensive assessment; the
    path is allowed and recorded, and the fuller assessment is still owed.
    """
    if _crisis_path(case.assessment):
        yield Finding(
            "assessment.crisis-first",
            INFO,
            "Crisis first: only immediate needs are assessed so far; a comprehensive"
            " assessment is still to come (QCOSS guide).",
            "$.assessment.crisis_first",
            "Once the crisis settles, assess the other domains and add their needs.",
        )


ASSESSMENT_RULES: RuleSet[Case, CheckContext] = RuleSet.from_table(
    (
        ("assessment.duplicate-need-number", "duplicate-need-number", duplicate_need_number),
        ("assessment.high-risk-unanswered", "high-risk-unanswered", high_risk_unanswered),
        ("assessment.crisis-first", "crisis-first", crisis_first),
        ("assessment.domain-not-explored", "domain-not-explored", domain_not_explored),
    )
)
"""The default assessment rules, in order; ``casemgmt.validate`` runs them."""
