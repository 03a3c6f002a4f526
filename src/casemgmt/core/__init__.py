"""The foundation every stage builds on: findings, rule sets, identifiers."""

from casemgmt.core._context import CheckContext
from casemgmt.core._findings import Finding, Severity, blockers, has_errors, summarize
from casemgmt.core._rules import Rule, RuleSet

__all__ = [
    "CheckContext",
    "Finding",
    "Rule",
    "RuleSet",
    "Severity",
    "blockers",
    "has_errors",
    "summarize",
]
