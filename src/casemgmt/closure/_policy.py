"""Closure policies: an agency's closure guidelines as named rules plus parameters.

"Cases should be terminated based upon established case closure
guidelines... these could be different for each setting" (seed 000). A
policy is the same immutable, ordered, named rule set the plan checks use,
plus the few numbers the default rules read (the notice period). Agencies
copy the default policy with a rule added, removed or replaced; nothing is
subclassed and nothing is registered globally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeAlias

import attrs

from casemgmt.closure._records import ClosureRecord
from casemgmt.core import Finding, RuleSet, blockers, has_errors
from casemgmt.core._repr import Record
from casemgmt.core._time import AsOf, as_date

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["ClosureContext", "ClosurePolicy", "ClosureRule", "Eligibility"]


@attrs.frozen(kw_only=True, repr=False)
class ClosureContext(Record):
    """What a closure rule may know besides the case.

    ``as_of`` is the evaluation date; ``proposed`` is the closure record
    being judged (``None`` asks "what is still missing?"); the rest are the
    policy's parameters.
    """

    as_of: dt.date
    proposed: ClosureRecord | None = None
    notice_days: int = 14
    min_contact_attempts: int = 3
    min_contact_span_days: int = 14
    min_contact_channels: int = 2

    @property
    def closing_on(self) -> dt.date:
        """The day the case would close: the proposed record's date, else ``as_of``."""
        return self.proposed.closed_on if self.proposed is not None else self.as_of


ClosureRule: TypeAlias = Callable[["Case", ClosureContext], Iterable[Finding]]
"""A closure rule: ``rule(case, context) -> Iterable[Finding]``."""


def _as_rule_set(
    value: RuleSet[Case, ClosureContext] | Iterable[tuple[str, ClosureRule]],
) -> RuleSet[Case, ClosureContext]:
    if isinstance(value, RuleSet):
        return value
    return RuleSet(tuple(value))


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or value < 0:
        msg = f"{attribute.name} must be a whole number of 0 or more, got {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, repr=False)
class ClosurePolicy(Record):
    """An agency's closure guidelines: ordered named rules and their parameters.

    Every change returns a new policy:

    >>> from casemgmt.closure import DEFAULT_POLICY, sustained_employment
    >>> acma = DEFAULT_POLICY.add("sustained-employment", sustained_employment(months=12))
    >>> acma = acma.with_params(notice_days=21)
    >>> acma.rule_names[-1], acma.notice_days, DEFAULT_POLICY.notice_days
    ('sustained-employment', 21, 14)

    ``notice_days`` is the reasonable notice of closure the client is given
    (QCOSS monitoring guide, seed 003). A disengagement is documented, and
    notice waived, by ``min_contact_attempts`` failed contact attempts in a
    row since the last contact, spanning at least ``min_contact_span_days``
    from the first to the last, made through at least
    ``min_contact_channels`` channels or including a letter (ACMA, seed
    000: calling at other hours, "sending letters with prepaid reply cards",
    text and email). Set a parameter to 0 or 1 to drop its requirement.
    """

    rules: RuleSet[Case, ClosureContext] = attrs.field(factory=RuleSet, converter=_as_rule_set)
    notice_days: int = attrs.field(default=14, validator=_non_negative)
    min_contact_attempts: int = attrs.field(default=3, validator=_non_negative)
    min_contact_span_days: int = attrs.field(default=14, validator=_non_negative)
    min_contact_channels: int = attrs.field(default=2, validator=_non_negative)

    @property
    def rule_names(self) -> tuple[str, ...]:
        """The rules' names, in the order they run."""
        return self.rules.rule_names

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, name: object) -> bool:
        return name in self.rules

    def __getitem__(self, name: str) -> ClosureRule:
        return self.rules[name]

    def add(
        self,
        name: str,
        rule: ClosureRule,
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> ClosurePolicy:
        """A copy with ``rule`` added at the end, or before/after a named rule.

        A name already in the policy raises ``ValueError``.
        """
        return attrs.evolve(self, rules=self.rules.add(name, rule, before=before, after=after))

    def remove(self, name: str) -> ClosurePolicy:
        """A copy without the named rule; an unknown name raises ``ValueError``."""
        return attrs.evolve(self, rules=self.rules.remove(name))

    def replace(self, name: str, rule: ClosureRule) -> ClosurePolicy:
        """A copy with the named rule swapped, in the same place."""
        return attrs.evolve(self, rules=self.rules.replace(name, rule))

    def with_params(
        self,
        *,
        notice_days: int | None = None,
        min_contact_attempts: int | None = None,
        min_contact_span_days: int | None = None,
        min_contact_channels: int | None = None,
    ) -> ClosurePolicy:
        """A copy with the given parameters changed and the same rules."""

        def keep(new: int | None, old: int) -> int:
            return old if new is None else new

        return attrs.evolve(
            self,
            notice_days=keep(notice_days, self.notice_days),
            min_contact_attempts=keep(min_contact_attempts, self.min_contact_attempts),
            min_contact_span_days=keep(min_contact_span_days, self.min_contact_span_days),
            min_contact_channels=keep(min_contact_channels, self.min_contact_channels),
        )

    def context(self, as_of: AsOf, record: ClosureRecord | None = None) -> ClosureContext:
        """The context this policy's rules receive for ``as_of`` and ``record``.

        Without a record (a closing checklist), the last context made is handed
        out again for the same policy and day: it is immutable, and a caseload is
        checked on one day (issue 19). A record is never kept.
        """
        day = as_date(as_of)
        if record is None and type(day) is dt.date:
            policy, made = _checklist[0]
            if policy is self and made.as_of == day:
                return made
            made = self._context(day, None)
            _checklist[0] = (self, made)
            return made
        return self._context(day, record)

    def _context(self, day: dt.date, record: ClosureRecord | None) -> ClosureContext:
        return ClosureContext(
            as_of=day,
            proposed=record,
            notice_days=self.notice_days,
            min_contact_attempts=self.min_contact_attempts,
            min_contact_span_days=self.min_contact_span_days,
            min_contact_channels=self.min_contact_channels,
        )


_checklist: list[tuple[ClosurePolicy | None, ClosureContext]] = [
    (None, ClosureContext(as_of=dt.date(1970, 1, 1)))
]
"""The policy and context ``ClosurePolicy.context`` made last without a record (one
slot, replaced whole, so threads never see half an entry)."""


@attrs.frozen(repr=False)
class Eligibility(Record):
    """The verdict on closing a case: every finding, and whether any blocks.

    Every ERROR finding is a blocker; ``eligible`` is true exactly when there
    is none.
    """

    findings: list[Finding]

    @property
    def eligible(self) -> bool:
        """True exactly when no finding blocks (``casemgmt.has_errors`` is false)."""
        return not has_errors(self.findings)

    @property
    def blockers(self) -> list[Finding]:
        """The ERROR findings, in rule order: what must change before closing."""
        return blockers(self.findings)
