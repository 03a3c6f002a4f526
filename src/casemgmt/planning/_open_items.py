"""One shape of plan rule: each open goal or action that lacks something is a finding.

Several SMART checks differ only in what they look for (an indicator, a
target date, a time frame), so they are declared with ``open_items_rule``
rather than written out again. Each stays a named function in its module,
registered in ``PLAN_RULES`` under its code like any other rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from casemgmt.core import CheckContext, Finding, Rule
from casemgmt.core._findings import FindingTemplate
from casemgmt.planning._records import Action, CasePlan, Goal

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["PlanRule", "open_items_rule"]

PlanRule = Rule["Case", CheckContext]

_T = TypeVar("_T", Goal, Action)


def open_items_rule(
    name: str,
    doc: str,
    template: FindingTemplate,
    items: Callable[[CasePlan], Iterable[_T]],
    lacks: Callable[[_T], bool],
) -> PlanRule:
    """The rule ``name``: ``template`` at each open item of ``items(plan)`` for which
    ``lacks(item)`` is true, placed at the item's index and naming its id."""

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        plan = case.plan
        if plan is None:
            return
        for i, item in enumerate(items(plan)):
            # the lack first: most items lack nothing, so the open test is mostly skipped
            if lacks(item) and item.status.is_open:
                yield template.at(i, item.id)

    rule.__name__ = rule.__qualname__ = name
    rule.__doc__ = doc
    return rule
