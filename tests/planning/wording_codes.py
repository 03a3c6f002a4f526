"""What the goal-wording example tests share: the three flags and a statement's codes."""

from __future__ import annotations

from casemgmt.planning import (
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    check_goal_statement,
)

B, N, M = NOT_CLIENT_BEHAVIOUR, NEGATIVE_TERMS, NOT_MEASURABLE


def codes(text: str, *names: str) -> set[str]:
    """The codes ``check_goal_statement`` gives ``text``, read with the client's ``names``."""
    return {f.code for f in check_goal_statement(text, client_names=names)}
