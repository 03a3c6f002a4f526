"""Episodes: which of a case's dated entries belong to the current episode.

Re-opening a closed case starts a new episode (seeds 000, 003); the closed
episode's plan, referrals and contact attempts stay on record but nothing
from it is chased in the new one. Rules ask ``episode_start`` rather than
reading ``opened_on`` themselves, so every rule draws the line the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sized
from typing import TYPE_CHECKING

__all__ = ["before_episode", "episode_start"]


if TYPE_CHECKING:  # read by type checkers only: a Protocol costs a class at import
    from typing import Protocol

    class _Episodic(Protocol):
        @property
        def opened_on(self) -> dt.date: ...

        @property
        def episodes(self) -> Sized: ...


def episode_start(case: _Episodic) -> dt.date | None:
    """The day the current episode began, or None in a first episode.

    ``Case.reopen`` sets ``opened_on`` to the re-opening day and moves the
    closed episode into ``episodes``.
    """
    return case.opened_on if len(case.episodes) else None


def before_episode(case: _Episodic, day: dt.date) -> bool:
    """True when ``day`` falls in an earlier, closed episode of ``case``."""
    start = episode_start(case)
    return start is not None and day < start
