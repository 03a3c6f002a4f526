"""Findings: the judgement a rule returns instead of raising."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from casemgmt.core._vocabulary import Vocabulary

__all__ = ["Finding", "Severity", "blockers", "has_errors", "summarize"]


class Severity(Vocabulary):
    """How much a finding matters; ERROR findings block (e.g. closure)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for ERROR, 1 for WARNING, 2 for INFO: sorts the worst first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@attrs.frozen
class Finding:
    """One problem a rule found, with where it is and how to mend it.

    ``path`` is a JSON path into the subject (``$.plan.goals[1]``), empty for
    the subject itself. Messages never carry client details.
    """

    code: str
    severity: Severity
    message: str
    path: str = ""
    hint: str | None = None

    def __str__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return f"{self.severity.value.upper()} {self.code}{where}: {self.message}"


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when any finding is an ERROR."""
    return any(f.severity is Severity.ERROR for f in findings)


def blockers(findings: Iterable[Finding]) -> list[Finding]:
    """The ERROR findings, in their original order."""
    return [f for f in findings if f.severity is Severity.ERROR]


def summarize(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Count findings per severity, every severity present (zero if none)."""
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
