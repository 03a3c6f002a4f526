"""casemgmt: a trustworthy domain model for human-services case management."""

from casemgmt.core import Finding, Severity

__all__ = ["Finding", "Severity"]
