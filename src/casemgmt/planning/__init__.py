"""Case planning: goals, actions, the case plan and its checks."""

from casemgmt.planning._wording import (
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    WORDING_CODES,
    check_goal_statement,
)
from casemgmt.planning._wording_terms import DEFAULT_TERMS, WordingTerms

__all__ = [
    "check_goal_statement",
    "WordingTerms",
    "DEFAULT_TERMS",
    "NOT_CLIENT_BEHAVIOUR",
    "NEGATIVE_TERMS",
    "NOT_MEASURABLE",
    "WORDING_CODES",
]
