"""What ``check`` says about one input: the report bytes, and how it counts.

Kept apart from the command so the worker processes of ``--jobs`` build
the same judge from the same settings and write the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import operator
from typing import TYPE_CHECKING

import attrs

from casemgmt.checks import DEFAULT_RULES, validate
from casemgmt.cli._common import case_report, findings_json, refused_json
from casemgmt.cli._output import json_line
from casemgmt.cli._policy import load_policy, load_rules
from casemgmt.core import Finding, Severity
from casemgmt.core._memo import forget
from casemgmt.reading import CaseLine

if TYPE_CHECKING:
    from collections.abc import Iterator

    from casemgmt.case import Case
    from casemgmt.closure import ClosurePolicy
    from casemgmt.core import CheckContext, RuleSet

__all__ = ["CLEAN", "ERRORS", "REFUSED", "Judge", "Settings", "Tally"]

CLEAN, ERRORS, REFUSED = 0, 1, 2

_ERROR = Severity.ERROR  # bound once: an enum member looked up per finding costs a call
_severity = operator.attrgetter("severity")


@attrs.frozen
class Settings:
    """The command-line choices a judge is built from (plain values: they pickle)."""

    as_of: dt.date
    format: str = "text"
    rules: str | None = None
    policy: str | None = None
    closing: bool = False


@attrs.define
class Tally:
    """Cases checked, cases with an ERROR, inputs refused; the exit code follows."""

    cases: int = 0
    with_errors: int = 0
    refused: int = 0

    def add(self, outcome: int) -> None:
        if outcome == REFUSED:
            self.refused += 1
        else:
            self.cases += 1
            self.with_errors += outcome

    def merge(self, other: Tally) -> None:
        self.cases += other.cases
        self.with_errors += other.with_errors
        self.refused += other.refused

    @property
    def exit_code(self) -> int:
        """2 if any input was refused, else 1 if any case has an ERROR, else 0."""
        if self.refused:
            return REFUSED
        return ERRORS if self.with_errors else CLEAN

    def summary(self) -> str:
        """``3 cases checked, 1 with errors, 2 refused``, or ``no cases``."""
        if not self.cases and not self.refused:
            return "no cases"
        noun = "case" if self.cases == 1 else "cases"
        return (
            f"{self.cases} {noun} checked, {self.with_errors} with errors, {self.refused} refused"
        )


def _before_closing(case: Case) -> Case:
    """The case as it stood just before its recorded closure, to judge that closure."""
    history = case.stage_history
    if history and history[-1].to_stage.value == "closed" and history[-1].from_stage is not None:
        return attrs.evolve(
            case, closure=None, stage=history[-1].from_stage, stage_history=history[:-1]
        )
    return attrs.evolve(case, closure=None)


SWEEP_EVERY = 1_000
"""Cases between two full collections, which empty CPython's free lists.

The interpreter keeps up to 2,000 freed tuples of each small size (and some
dicts and lists) for reuse, and a long caseload, meeting larger cases, fills
them further: memory held that grew with the caseload (the varied peak, issue
19). A full collection empties them. ``check`` freezes its start-up objects
(``swept``), so the collection walks only what was made since: microseconds
a time, where an unfrozen one took about 10 ms."""


@contextlib.contextmanager
def swept() -> Iterator[None]:
    """The block with the objects made so far frozen (``gc.freeze``), so ``SWEEP_EVERY``'s
    collections are cheap; unfrozen after, unless something had frozen objects before."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Judge:
    """Findings for one case, written as ``check`` prints them."""

    def __init__(self, settings: Settings) -> None:
        self.as_of = settings.as_of
        self.json = settings.format == "json"
        self.rules: RuleSet[Case, CheckContext] = (
            load_rules(settings.rules) if settings.rules else DEFAULT_RULES
        )
        self.policy: ClosurePolicy | None = None
        if settings.policy:
            self.policy = load_policy(settings.policy)
        elif settings.closing:
            from casemgmt.closure import DEFAULT_POLICY

            self.policy = DEFAULT_POLICY
        self.closing = settings.closing
        self._left = SWEEP_EVERY

    def findings(self, case: Case) -> list[Finding]:
        """The case rules; closure rules only for a recorded or proposed closure."""
        found = validate(case, as_of=self.as_of, rules=self.rules)
        if self.policy is None:
            return found
        from casemgmt.closure import evaluate

        record = case.closure
        if record is not None:
            before = _before_closing(case)
            found += evaluate(
                before, as_of=record.closed_on, policy=self.policy, record=record
            ).findings
        elif self.closing:
            found += evaluate(case, as_of=self.as_of, policy=self.policy).findings
        return found

    def __call__(self, entry: CaseLine) -> tuple[bytes, bytes, int]:
        """(report bytes, stderr bytes, outcome) for one case or refused input."""
        self._left -= 1
        if not self._left:
            self._left = SWEEP_EVERY
            gc.collect()
        case = entry.case
        if case is None:
            err = "".join(f"{entry.where}: {p}: {m}\n" for p, m in entry.problems).encode()
            out = json_line(refused_json(entry)) if self.json else b""
            return out, err, REFUSED
        findings = self.findings(case)
        forget()  # the rules' per-case facts: not held while the next line is read
        outcome = ERRORS if _ERROR in map(_severity, findings) else CLEAN
        if self.json:
            record = {"source": entry.where, "case": case.id, "findings": findings_json(findings)}
            return json_line(record), b"", outcome
        return case_report(entry.where, case.id, findings).encode(), b"", outcome
