"""Whole-case validation: every default rule set, in one pass.

Findings, not exceptions (DESIGN.md property 3): a case with broken links
still loads, validates and can be shown and mended.
"""

from __future__ import annotations

from casemgmt._consistency import CONSISTENCY_RULES
from casemgmt._required_text import REQUIRED_TEXT_RULES
from casemgmt.assessment._rules import ASSESSMENT_RULES
from casemgmt.case import Case
from casemgmt.core import CheckContext, Finding, RuleSet
from casemgmt.core._time import AsOf
from casemgmt.monitoring._rules import MONITORING_RULES
from casemgmt.planning._rules import PLAN_RULES
from casemgmt.referrals._rules import REFERRAL_RULES

__all__ = ["DEFAULT_RULES", "validate"]

DEFAULT_RULES: RuleSet[Case, CheckContext] = (
    CONSISTENCY_RULES
    + REQUIRED_TEXT_RULES
    + ASSESSMENT_RULES
    + PLAN_RULES
    + REFERRAL_RULES
    + MONITORING_RULES
)
"""Every default check: the record's own consistency and required text, assessment,
plan and links, referrals and consent, monitoring due dates. Each rule is named for
the code it reports (``area.topic`` when it reports several). Copy it with
``add``/``remove``/``replace`` to adapt; a rule that fails becomes a ``rule.failed``
ERROR finding and the others still run."""


def validate(
    case: Case, *, as_of: AsOf, rules: RuleSet[Case, CheckContext] = DEFAULT_RULES
) -> list[Finding]:
    """Every finding the rules make about ``case`` on ``as_of``."""
    return rules.run(case, CheckContext.at(as_of))
