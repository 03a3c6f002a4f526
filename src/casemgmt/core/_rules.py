"""Named, ordered, immutable rule sets: the one extension mechanism.

A rule is a plain callable ``rule(subject, context) -> Iterable[Finding]``.
Agencies build their own set from a default one with ``add``, ``remove`` and
``replace``; nothing is registered globally and nothing is subclassed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

import attrs

from casemgmt.core._findings import Finding

__all__ = ["Rule", "RuleSet"]

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


@attrs.frozen
class RuleSet(Generic[SS, CC]):
    """An immutable, ordered collection of named rules.

    >>> from casemgmt.core import RuleSet
    >>> empty: RuleSet[object, object] = RuleSet()
    >>> empty.add("always-fine", lambda subject, context: ()).rule_names
    ('always-fine',)
    """

    rules: tuple[tuple[str, Rule[SS, CC]], ...] = attrs.field(default=(), validator=_check_rules)

    @property
    def rule_names(self) -> tuple[str, ...]:
        """The rules' names, in the order they run."""
        return tuple(name for name, _ in self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[tuple[str, Rule[SS, CC]]]:
        return iter(self.rules)

    def __contains__(self, name: object) -> bool:
        return any(n == name for n, _ in self.rules)

    def __getitem__(self, name: str) -> Rule[SS, CC]:
        for n, rule in self.rules:
            if n == name:
                return rule
        raise KeyError(name)

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self.rules):
            if n == name:
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
        if name in self:
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
        items[at] = (name, rule)
        return attrs.evolve(self, rules=tuple(items))

    def run(self, subject: SS, context: CC) -> list[Finding]:
        """Every finding of every rule, in rule order."""
        out: list[Finding] = []
        for _, rule in self.rules:
            out.extend(rule(subject, context))
        return out
