"""A validator's refusal as a condition the generated loaders can write inline.

Calling a validator from a generated loader costs about 900 instructions
(the call, the bound method or function frame, the attribute argument);
the test inside is often one comparison. ``refuses("{v} < 1")`` declares
that the validator raises exactly when the condition is true, with ``{v}``
standing for the value (and ``{self}`` for the record, every field set):
the loader then writes the test inline and, when it holds, hands the
object to the careful path, which calls the validator itself and so gives
the validator's own message. ``proved_by_loading``
declares a validator the loader's own parsing makes pass (say, a date field
the loader fills only with ``date`` values), so the loader skips it.

``tests/test_serialization_refusal.py`` checks each declaration against its
validator: the condition on generated values, the proof on the values the
loader makes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["fast_refusal", "proved_by_loading", "refuses"]

V = TypeVar("V", bound=Callable[..., Any])

_ATTR = "_fast_refusal"


def refuses(condition: str) -> Callable[[V], V]:
    """The validator raises exactly when ``condition`` is true.

    ``{v}`` in it stands for the value, ``{self}`` for the record.
    """

    def mark(validator: V) -> V:
        setattr(validator, _ATTR, condition)
        return validator

    return mark


def proved_by_loading(why: str) -> Callable[[V], V]:
    """The loader's parsing guarantees the validator passes (``why`` says how, for the reader)."""

    def mark(validator: V) -> V:
        setattr(validator, _ATTR, "")
        return validator

    return mark


def fast_refusal(validator: object) -> str | None:
    """The declared condition, ``""`` if loading proves it, ``None`` if undeclared."""
    return getattr(validator, _ATTR, None)
