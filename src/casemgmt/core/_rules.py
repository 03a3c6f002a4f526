"""Named, ordered, immutable rule sets: the one extension mechanism.

A rule is a plain callable ``rule(subject, context) -> Iterable[Finding]``.
Agencies build their own set from a default one with ``add``, ``remove`` and
``replace``; nothing is registered globally and nothing is subclassed.

A rule that raises, or yields something that is not a ``Finding``, does not
abort the run: it becomes one ERROR finding ``rule.failed`` naming the rule
and the exception type (never the exception's message, which may quote
client data), and the other rules still run. A broken rule therefore blocks
a closure instead of letting it through.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

import attrs

from casemgmt.core._findings import Finding, Severity
from casemgmt.core._repr import Record

__all__ = ["RULE_FAILED", "Rule", "RuleSet", "at_least", "run_rule"]

RULE_FAILED = "rule.failed"
"""The code of the finding a failing rule becomes."""

S_contra = TypeVar("S_contra", contravariant=True)
C_contra = TypeVar("C_contra", contravariant=True)
SS = TypeVar("SS")
CC = TypeVar("CC")

Rule = Callable[[S_contra, C_contra], Iterable[Finding]]
"""A rule: takes the subject and a context, yields findings."""


def _check_rules(
    instance: RuleSet[SS, CC], attribute: object, value: tuple[tuple[str, Rule[SS, CC]], ...]
) -> None:
    seen: set[str] = set()
    for name, rule in value:
        given: object = name  # the annotation says str; callers may not
        if not isinstance(given, str) or not given:
            msg = f"rule names must be non-empty strings, got {name!r}"
            raise ValueError(msg)
        if name in seen:
            msg = f"duplicate rule name {name!r}"
            raise ValueError(msg)
        if not callable(rule):
            msg = f"rule {name!r} is not callable"
            raise TypeError(msg)
        seen.add(name)


def _failed(name: str, what: str) -> Finding:
    return Finding(
        RULE_FAILED,
        Severity.ERROR,
        f"rule {name!r} {what}, so what it checks is unknown; the other rules still ran",
        "",
        f"run rule {name!r} on its own to see the error, then fix, replace or remove it",
    )


def run_rule(name: str, rule: Rule[SS, CC], subject: SS, context: CC) -> list[Finding]:
    """The findings of one rule; a failure becomes a ``rule.failed`` ERROR finding.

    Findings the rule produced before it failed are kept.

    >>> [f.code for f in run_rule("broken", lambda s, c: [1 / 0], None, None)]
    ['rule.failed']
    """
    out: list[Finding] = []
    try:
        for item in rule(subject, context):
            if isinstance(item, Finding):
                out.append(item)
            else:
                out.append(_failed(name, f"returned a {type(item).__name__}, not a Finding"))
    except Exception as exc:
        out.append(_failed(name, f"raised {type(exc).__name__}"))
    return out


@attrs.frozen(repr=False)
class RuleSet(Record, Generic[SS, CC]):
    """An immutable, ordered collection of named rules.

    >>> from casemgmt.core import RuleSet
    >>> empty: RuleSet[object, object] = RuleSet()
    >>> empty.add("always-fine", lambda subject, context: ()).rule_names
    ('always-fine',)
    """

    rules: tuple[tuple[str, Rule[SS, CC]], ...] = attrs.field(default=(), validator=_check_rules)
    renamed: tuple[tuple[str, str], ...] = ()
    """(old name, new name) pairs: an old name still finds its rule, with a
    ``DeprecationWarning``, so code written for earlier releases keeps working."""

    @classmethod
    def from_table(cls, table: Iterable[tuple[str, str, Rule[SS, CC]]]) -> RuleSet[SS, CC]:
        """A set from (name, old name, rule) rows, in order; each old name is kept
        as a deprecated alias of its rule's name.

        >>> from casemgmt.core import RuleSet
        >>> rules: RuleSet[object, object] = RuleSet.from_table(
        ...     [("x.fine", "fine", lambda subject, context: ())]
        ... )
        >>> rules.rule_names, rules.renamed
        (('x.fine',), (('fine', 'x.fine'),))
        """
        rows = tuple(table)
        return cls(
            tuple((name, rule) for name, _, rule in rows),
            tuple((old, name) for name, old, _ in rows),
        )

    @property
    def rule_names(self) -> tuple[str, ...]:
        """The rules' names, in the order they run."""
        return tuple(name for name, _ in self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[tuple[str, Rule[SS, CC]]]:
        return iter(self.rules)

    def _current_name(self, name: object) -> object:
        """``name``, or the new name of a renamed rule (with a DeprecationWarning)."""
        if any(n == name for n, _ in self.rules):
            return name
        for old, new in self.renamed:
            if old == name:
                warnings.warn(
                    f"rule name {old!r} is deprecated; use {new!r}",
                    DeprecationWarning,
                    stacklevel=4,
                )
                return new
        return name

    def __contains__(self, name: object) -> bool:
        name = self._current_name(name)
        return any(n == name for n, _ in self.rules)

    def __getitem__(self, name: str) -> Rule[SS, CC]:
        current = self._current_name(name)
        for n, rule in self.rules:
            if n == current:
                return rule
        raise KeyError(name)

    def _index(self, name: str) -> int:
        current = self._current_name(name)
        for i, (n, _) in enumerate(self.rules):
            if n == current:
                return i
        msg = f"no rule named {name!r}; known rules: {', '.join(self.rule_names) or '(none)'}"
        raise ValueError(msg)

    def add(
        self,
        name: str,
        rule: Rule[SS, CC],
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> RuleSet[SS, CC]:
        """A copy with ``rule`` added at the end, or before/after a named rule."""
        if any(n == name for n, _ in self.rules):
            msg = f"a rule named {name!r} already exists; use replace() to change it"
            raise ValueError(msg)
        if before is not None and after is not None:
            msg = "give before= or after=, not both"
            raise ValueError(msg)
        items = list(self.rules)
        if before is not None:
            at = self._index(before)
        elif after is not None:
            at = self._index(after) + 1
        else:
            at = len(items)
        items.insert(at, (name, rule))
        return attrs.evolve(self, rules=tuple(items))

    def remove(self, name: str) -> RuleSet[SS, CC]:
        """A copy without the named rule."""
        at = self._index(name)
        return attrs.evolve(self, rules=self.rules[:at] + self.rules[at + 1 :])

    def replace(self, name: str, rule: Rule[SS, CC]) -> RuleSet[SS, CC]:
        """A copy with the named rule swapped for ``rule``, in the same place."""
        at = self._index(name)
        items = list(self.rules)
        items[at] = (items[at][0], rule)
        return attrs.evolve(self, rules=tuple(items))

    def __add__(self, other: RuleSet[SS, CC]) -> RuleSet[SS, CC]:
        """The rules of both sets, this one's first (names must not repeat)."""
        return RuleSet(self.rules + other.rules, self.renamed + other.renamed)

    def run(self, subject: SS, context: CC) -> list[Finding]:
        """Every finding of every rule, in rule order.

        A rule that raises or yields a non-``Finding`` contributes one ERROR
        ``rule.failed`` finding instead (see ``run_rule``).
        """
        out: list[Finding] = []
        append = out.append
        ends: list[int] = []
        failed: dict[int, str] = {}
        for _, rule in self.rules:
            # The findings go straight into one list, what a generator yielded
            # before it raised included; their types are checked once for the
            # whole run below. Appended one by one, not ``extend``-ed: most
            # rules find nothing in most cases, and ``list.extend`` of an empty
            # generator costs twice the loop (it sizes the list up for it, then
            # back down).
            try:
                for finding in rule(subject, context):
                    append(finding)
            except Exception as exc:
                failed[len(ends)] = f"raised {type(exc).__name__}"
            ends.append(len(out))
        if failed or not _only_findings(out):
            return self._mended(out, ends, failed)
        return out

    def _mended(self, out: list[Finding], ends: list[int], failed: dict[int, str]) -> list[Finding]:
        """``out`` with each non-``Finding`` and each failure as a ``rule.failed`` finding."""
        mended: list[Finding] = []
        start = 0
        for at, ((name, _), end) in enumerate(zip(self.rules, ends, strict=True)):
            for item in out[start:end]:
                given: object = item
                if isinstance(given, Finding):
                    mended.append(item)
                else:
                    what = f"returned a {type(given).__name__}, not a Finding"
                    mended.append(_failed(name, what))
            if at in failed:
                mended.append(_failed(name, failed[at]))
            start = end
        return mended


def _only_findings(items: list[Finding]) -> bool:
    """True when every item is exactly a ``Finding`` (subclasses take the careful path)."""
    return not items or set(map(type, items)) == {Finding}


def at_least(name: str, value: int, low: int) -> None:
    """Refuse a rule factory's count below ``low`` (``ValueError`` naming the parameter).

    >>> at_least("reviews", 0, 1)
    Traceback (most recent call last):
    ValueError: reviews must be 1 or more, got 0
    """
    if value < low:
        msg = f"{name} must be {low} or more, got {value!r}"
        raise ValueError(msg)
