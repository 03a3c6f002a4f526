"""Required text: the one test of whether a text field says anything.

A record's free text (a reason, a response to a risk, an outcome summary,
a consent's scope) is evidence only when it holds a visible character.
Every rule asks ``has_text`` rather than testing truthiness or calling
``strip`` itself, so whitespace never counts as a record anywhere (seeds
002, 003: every change documented with why).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["has_text", "texts"]


def has_text(value: object) -> bool:
    """True when ``value`` is a string with at least one non-whitespace character.

    >>> has_text("moved to refuge"), has_text("  \\n"), has_text(None)
    (True, False, False)
    """
    return isinstance(value, str) and not value.isspace() and value != ""


def texts(values: Iterable[object]) -> tuple[str, ...]:
    """The entries of ``values`` that say something, in order.

    >>> texts(["called crisis line", " ", ""])
    ('called crisis line',)
    """
    return tuple(v for v in values if isinstance(v, str) and has_text(v))
