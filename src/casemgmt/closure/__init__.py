"""Closure: reasons, exit planning, and eligibility rules agencies extend."""

from casemgmt.closure._records import (
    ClosureReason,
    ClosureRecord,
    Episode,
    ExitPlan,
    ExitSupport,
)

__all__ = ["ClosureReason", "ClosureRecord", "Episode", "ExitPlan", "ExitSupport"]
