"""The default monitoring rules over a whole case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, RuleSet

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["MONITORING_RULES"]

MONITORING_RULES: RuleSet[Case, CheckContext] = RuleSet()
"""Filled in by the stage's own issue; casemgmt.validate runs it."""
