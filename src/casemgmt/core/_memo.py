"""Facts derived from one case, worked out once and shared by every rule that asks.

A ``validate`` runs some fifty rules over one case, and several need the
same derived view of it: a goal's scores oldest first, each referral's
status on the day, the consents naming a party. Built per rule, or per
goal or referral inside a rule, those views made the rules quadratic in
case size (issue 19). ``per_case(case)`` is a scratch mapping for them,
kept for the last case seen on the current thread:

- keyed by identity: records are immutable, and the entry holds the case,
  so its identity cannot be reused while the entry lives;
- one entry per thread: memory stays flat over a caseload, and threads never
  share (or race on) an entry;
- a context or rule set used for many cases is safe: another case is another
  entry. Keys are the functions that fill them (with the day, when the view
  depends on it);
- a stream that is done with a case calls ``forget()``, so the case and its
  derived facts are not kept alive while the next one is read (``check``'s
  memory follows one case, not two).
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["forget", "per_case"]

_local = threading.local()
# What ``forget`` leaves: its key is private, so no caller's case is ever that
# object. Storing it, rather than deleting the entry, keeps the next look-up
# off the ``AttributeError`` path: a caught exception cost ~8k instructions
# where a hit costs ~1k, and ``check`` forgets after every case.
_NONE: tuple[object, dict[Any, Any]] = (object(), {})


def per_case(case: object) -> dict[Any, Any]:
    """The scratch mapping of derived facts for ``case`` (new when ``case`` is not the last).

    >>> a, b = object(), object()
    >>> per_case(a)["x"] = 1
    >>> per_case(a), per_case(b), per_case(a)
    ({'x': 1}, {}, {})
    """
    try:
        last: tuple[object, dict[Any, Any]] = _local.last
    except AttributeError:  # the thread's first case
        pass
    else:
        if last[0] is case:
            return last[1]
    memo: dict[Any, Any] = {}
    _local.last = (case, memo)
    return memo


def forget() -> None:
    """Drop the current thread's entry, and with it the last case seen.

    >>> a = object()
    >>> per_case(a)["x"] = 1
    >>> forget()
    >>> per_case(a)
    {}
    """
    _local.last = _NONE
