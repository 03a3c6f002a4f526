"""Guards: which sentences a library rule can find anything in, declared on the rule.

Most wording rules answer only for one shape of sentence: "worker acts" only
when a worker is the subject, "attained thing" only for a goal with no verb,
"program purpose" only when the sentence holds a purpose noun (a word class,
``_classes``). Each such rule says so with :func:`guard`, and the rule sets skip
it for a sentence of another shape without calling it (``_rulesets.plan``). A guard
only saves calls: every rule still tests its own conditions, so a rule asked
outside its guard answers nothing, as it would have. Agency rules carry no
guard and are always asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["Shape", "guard", "guarded"]

Shape = tuple[bool, str, bool, bool, int]
"""A sentence's shape: has a verb group, the subject's role, passive, worker instruction,
the word classes it holds (``_rulesets.plan`` reads it off a ``GoalReading``)."""

guarded: dict[object, Callable[[Shape], bool]] = {}
"""Each guarded rule and the test of the shapes it can find something in."""

F = TypeVar("F", bound=Callable[..., object])


def guard(
    *,
    verb: bool | None = None,
    subjects: Iterable[str] | None = None,
    passive: bool | None = None,
    instruction: bool | None = None,
    needs: Iterable[int] = (),
) -> Callable[[F], F]:
    """Declare the sentences a rule can answer for: with or without a verb group, these
    subject roles, a passive, a worker instruction (None: any), and for each item of
    ``needs`` a word of one of its classes (``_classes`` bits, or-ed: ``A | B`` is
    either). A rule whose conditions change must change its guard with them."""
    roles = None if subjects is None else frozenset(subjects)
    needed = tuple(needs)

    def fits(shape: Shape) -> bool:
        has_verb, role, is_passive, is_instruction, classes = shape
        return (
            (verb is None or has_verb == verb)
            and (roles is None or role in roles)
            and (passive is None or is_passive == passive)
            and (instruction is None or is_instruction == instruction)
            and all(classes & bits for bits in needed)
        )

    def mark(rule: F) -> F:
        guarded[rule] = fits
        return rule

    return mark
