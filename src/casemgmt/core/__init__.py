"""The foundation every stage builds on: findings, rule sets, identifiers, the lifecycle."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.core._context import CheckContext as CheckContext
    from casemgmt.core._findings import Finding as Finding
    from casemgmt.core._findings import Severity as Severity
    from casemgmt.core._findings import blockers as blockers
    from casemgmt.core._findings import has_errors as has_errors
    from casemgmt.core._findings import summarize as summarize
    from casemgmt.core._lifecycle import STAGE_MOVES as STAGE_MOVES
    from casemgmt.core._lifecycle import Stage as Stage
    from casemgmt.core._lifecycle import StageChange as StageChange
    from casemgmt.core._rules import Rule as Rule
    from casemgmt.core._rules import RuleSet as RuleSet
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
