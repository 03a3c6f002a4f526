"""The foundation every stage builds on: findings, rule sets, identifiers, the lifecycle."""

from casemgmt.core._context import CheckContext
from casemgmt.core._findings import Finding, Severity, blockers, has_errors, summarize
from casemgmt.core._lifecycle import STAGE_MOVES, Stage, StageChange
from casemgmt.core._rules import Rule, RuleSet

__all__ = [
    "STAGE_MOVES",
    "CheckContext",
    "Finding",
    "Rule",
    "RuleSet",
    "Severity",
    "Stage",
    "StageChange",
    "blockers",
    "has_errors",
    "summarize",
]
