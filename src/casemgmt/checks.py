"""Whole-case validation: every default rule set, in one pass.

Findings, not exceptions (DESIGN.md property 3): a case with broken links
still loads, validates and can be shown and mended.
"""

from __future__ import annotations

from casemgmt.assessment._rules import ASSESSMENT_RULES
from casemgmt.case import Case
from casemgmt.core import CheckContext, Finding, RuleSet
from casemgmt.core._time import AsOf
from casemgmt.monitoring._rules import MONITORING_RULES
from casemgmt.planning._rules import PLAN_RULES
from casemgmt.referrals._rules import REFERRAL_RULES

__all__ = ["DEFAULT_RULES", "validate"]

DEFAULT_RULES: RuleSet[Case, CheckContext] = RuleSet(
    ASSESSMENT_RULES.rules + PLAN_RULES.rules + REFERRAL_RULES.rules + MONITORING_RULES.rules
)
"""Every default check: assessment, plan and links, referrals and consent,
monitoring due dates. Copy it with ``add``/``remove``/``replace`` to adapt."""


def validate(
    case: Case, *, as_of: AsOf, rules: RuleSet[Case, CheckContext] = DEFAULT_RULES
) -> list[Finding]:
    """Every finding the rules make about ``case`` on ``as_of``."""
    return rules.run(case, CheckContext.at(as_of))
