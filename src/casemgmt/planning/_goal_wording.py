"""The goal-wording rule: the optional wording module on each open goal, details kept out."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._scrub import Scrubber

if TYPE_CHECKING:
    from typing import Protocol

    from casemgmt.case import Case
    from casemgmt.planning._wording import WordingRules, WordingTerms

    class _Judge(Protocol):
        def at(self, text: str, path: str) -> tuple[Sequence[Finding], bool]: ...

    _JudgeFactory = Callable[[Sequence[str]], _Judge]

__all__ = ["client_names", "goal_wording", "goal_wording_rule"]


# --- goal wording (ACCEPTANCE: casemgmt.planning.check_goal_statement)


class _PerGoal:
    """A judge over a wording module with only ``check_goal_statement``."""

    def __init__(self, check: Callable[..., list[Finding]], names: Sequence[str]) -> None:
        self._check = check
        self._names = names

    def at(self, text: str, path: str) -> tuple[list[Finding], bool]:
        found = [
            Finding(f.code, f.severity, f.message, path, f.hint)
            for f in self._check(text, client_names=self._names)
        ]
        return found, any(f.hint and _may_quote_details(f.hint) for f in found)


@functools.cache
def _wording_checker() -> _JudgeFactory | None:
    """A maker of per-client goal judges if the wording module is installed, else None.

    The module's ``GoalJudge`` reads the client's names once per case; a module
    with only ``check_goal_statement`` is called per goal.
    """
    name = "casemgmt.planning._wording"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None
    factory: _JudgeFactory | None = getattr(module, "GoalJudge", None)
    if factory is not None:
        return factory
    return functools.partial(_PerGoal, module.check_goal_statement)


def client_names(case: Case) -> tuple[str, ...]:
    """The names that refer to the client: first name and full name."""
    full = " ".join(case.client.name.split())
    first = full.split(" ", 1)[0]
    # (first, full) without repeats or blanks: written out, as it is asked once a case
    if first == full:
        return (full,) if full else ()
    return (first, full)


_DETAIL_MARK = re.compile(r"[\d@]")


def _may_quote_details(hint: str) -> bool:
    """Whether a hint could hold a date, phone, e-mail or street address.

    Each of those carries a digit or an ``@`` (the scrubber's street
    addresses are the numbered ones); a hint with neither is left as it is,
    since scrubbing costs more than the wording check itself.
    """
    return _DETAIL_MARK.search(hint) is not None


def goal_wording(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """The goal-wording findings (``goal.not-client-behaviour``, ``goal.negative-terms``,
    ``goal.not-measurable``) for each open goal, at ``$.plan.goals[i].statement``.

    Finds nothing when the wording module is not installed.
    """
    judges = _wording_checker()
    if judges is None:
        return
    yield from _judged(case, judges)


class _AgencyWording:
    """The goal-wording rule with an agency's terms or rule sets (see ``goal_wording_rule``)."""

    __slots__ = ("_judges",)

    def __init__(self, judges: _JudgeFactory) -> None:
        self._judges = judges

    def __call__(self, case: Case, ctx: CheckContext) -> Iterator[Finding]:
        return _judged(case, self._judges)

    def __repr__(self) -> str:
        return "goal_wording_rule(...)"


def goal_wording_rule(
    *, terms: WordingTerms | None = None, rules: WordingRules | None = None
) -> Callable[[Case, CheckContext], Iterator[Finding]]:
    """The ``goal.wording`` case rule judged with an agency's ``WordingTerms`` or
    ``WordingRules``, for ``DEFAULT_RULES.replace("goal.wording", ...)``.

    ``check_goal_statement`` takes the same two arguments for one statement;
    this carries them into whole-case validation, so the wording a plan is
    judged by is the wording the agency tested.
    """
    from casemgmt.planning._wording import DEFAULT_TERMS, DEFAULT_WORDING_RULES, GoalJudge

    chosen_terms = DEFAULT_TERMS if terms is None else terms
    chosen_rules = DEFAULT_WORDING_RULES if rules is None else rules
    return _AgencyWording(
        functools.partial(GoalJudge, family_members=(), terms=chosen_terms, rules=chosen_rules)
    )


def _judged(case: Case, judges: _JudgeFactory) -> Iterator[Finding]:
    """Each open goal's wording findings, hints scrubbed of the client's details."""
    if case.plan is None:
        return
    judge: _Judge | None = None
    scrub: Scrubber | None = None
    for i, goal in enumerate(case.plan.goals):
        if goal.status.is_open:
            judge = judge or judges(client_names(case))
            found, risky = judge.at(goal.statement, _goal_path(i))
            if not risky:
                yield from found
                continue
            for f in found:
                # A hint may quote the goal, the client's name already read as "the
                # client"; its dates, phones, e-mails or address need the scrubber.
                if f.hint and _may_quote_details(f.hint):
                    scrub = scrub or Scrubber(case.client, client_as="the client")
                    yield Finding(f.code, f.severity, f.message, f.path, scrub(f.hint))
                else:
                    yield f


_GOAL_PATHS = tuple(f"$.plan.goals[{i}].statement" for i in range(32))


def _goal_path(i: int) -> str:
    return _GOAL_PATHS[i] if i < len(_GOAL_PATHS) else f"$.plan.goals[{i}].statement"
