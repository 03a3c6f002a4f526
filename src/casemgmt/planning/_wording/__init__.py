"""Goal-wording checks: is a goal the client's behaviour, positive, and measurable?

A small pipeline, one stage a module: :mod:`._tokens` (normalise, tokenise),
:mod:`._terms` and :mod:`._lexicon` (every word the rules read, extendable by
agencies through :class:`WordingTerms`), :mod:`._clauses` and :mod:`._chunk`
(subject, verb group with voice and negators, the goal's own clause, read into
a :class:`GoalReading` by :mod:`._sentence`), then three rule sets, one core
``RuleSet`` each, gathered in :class:`WordingRules`: :mod:`._rules_who` (who
acts, on :mod:`._actors` and :mod:`._services`), :mod:`._rules_positive` (positive
terms, on the NegEx-style :mod:`._negation`) and :mod:`._rules_measurable` (on
:mod:`._criteria` and :mod:`._measurable`). :mod:`._check` turns their
decisions into findings and caches them.
"""

from __future__ import annotations

from casemgmt.planning._wording._cache import clear_wording_cache
from casemgmt.planning._wording._check import (
    NOT_MEASURABLE,
    WORDING_CODES,
    GoalJudge,
    check_goal_statement,
    explain_goal_statement,
    hint_may_hold_details,
    hint_quotes_goal,
)
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._rules_positive import NEGATIVE_TERMS
from casemgmt.planning._wording._rules_who import NOT_CLIENT_BEHAVIOUR
from casemgmt.planning._wording._rulesets import DEFAULT_WORDING_RULES, WordingRules
from casemgmt.planning._wording._terms import DEFAULT_TERMS, WordingTerms

__all__ = [
    "DEFAULT_TERMS",
    "DEFAULT_WORDING_RULES",
    "NEGATIVE_TERMS",
    "NOT_CLIENT_BEHAVIOUR",
    "NOT_MEASURABLE",
    "WORDING_CODES",
    "GoalJudge",
    "GoalReading",
    "WordingRules",
    "WordingTerms",
    "check_goal_statement",
    "clear_wording_cache",
    "explain_goal_statement",
    "hint_may_hold_details",
    "hint_quotes_goal",
]
