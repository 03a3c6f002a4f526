"""Exceptions: for misuse and for data that cannot be a record at all.

Judgement calls are never exceptions; they are ``Finding`` values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "CaseDataError",
    "CaseMgmtError",
    "ClosureBlockedError",
    "ConsentError",
    "RefusedValueError",
    "TimeframeError",
    "TransitionError",
]


class CaseMgmtError(Exception):
    """Root of every exception this library raises on purpose."""


class CaseDataError(CaseMgmtError, ValueError):
    """Input that cannot be a record: every problem, each with its JSON path.

    ``problems`` is a list of ``(path, message)`` pairs such as
    ``("$.plan.goals[2].need_numbers[0]", "expected a whole number")``. They
    name the field, its path and what was expected, never the value that was
    there (nor the text of an unknown key), so client details do not leak
    into logs. ``loads(..., show_values=True)`` adds the values, for
    debugging on data that is not a client's.
    """

    def __init__(self, problems: Iterable[tuple[str, str]]) -> None:
        self.problems: list[tuple[str, str]] = list(problems) or [("$", "invalid data")]
        lines = "\n".join(f"  {path}: {message}" for path, message in self.problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in case data:\n{lines}")

    def __reduce__(self) -> tuple[type[CaseDataError], tuple[list[tuple[str, str]]]]:
        return (type(self), (self.problems,))


class RefusedValueError(CaseMgmtError, ValueError):
    """A value a record cannot hold. The message says what was expected and
    never repeats the value; ``value`` keeps it for ``show_values=True``."""

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class TimeframeError(RefusedValueError):
    """A plan's time frame wording that cannot be read as a duration."""


class TransitionError(CaseMgmtError, ValueError):
    """A move the lifecycle does not allow (a case stage or a referral status)."""


class ConsentError(CaseMgmtError, PermissionError):
    """Sharing that no active consent allows; names the consent that is missing."""


class ClosureBlockedError(CaseMgmtError, ValueError):
    """Closure refused: ``blockers`` holds every ERROR finding that stands."""

    def __init__(self, blockers: Sequence[object]) -> None:
        self.blockers = list(blockers)
        lines = "\n".join(f"  {b}" for b in self.blockers)
        super().__init__(f"case cannot be closed; {len(self.blockers)} blocker(s):\n{lines}")

    def __reduce__(self) -> tuple[type[ClosureBlockedError], tuple[list[object]]]:
        return (type(self), (self.blockers,))
