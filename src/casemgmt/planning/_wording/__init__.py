"""Goal-wording checks: is a goal the client's behaviour, positive, and measurable?

A small pipeline, one stage a module: :mod:`._tokens` (normalise, tokenise),
:mod:`._terms` and :mod:`._lexicon` (every word the rules read, extendable by
agencies through :class:`WordingTerms`), :mod:`._clauses` (subject, verb group
with voice and negators, the goal's own clause), then the three judgements
:mod:`._actors` (who acts), :mod:`._negation` (positive terms) and
:mod:`._measurable`, combined per sentence by :mod:`._sentence` and turned into
findings, cached, by :mod:`._check`.
"""

from __future__ import annotations

from casemgmt.planning._wording._cache import clear_wording_cache
from casemgmt.planning._wording._check import (
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    WORDING_CODES,
    GoalJudge,
    check_goal_statement,
    hint_may_hold_details,
    hint_quotes_goal,
)
from casemgmt.planning._wording._terms import DEFAULT_TERMS, WordingTerms

__all__ = [
    "DEFAULT_TERMS",
    "NEGATIVE_TERMS",
    "NOT_CLIENT_BEHAVIOUR",
    "NOT_MEASURABLE",
    "WORDING_CODES",
    "GoalJudge",
    "WordingTerms",
    "check_goal_statement",
    "clear_wording_cache",
    "hint_may_hold_details",
    "hint_quotes_goal",
]
