"""The progress line of long runs: on a terminal only, never mixed with the report."""

from __future__ import annotations

from typing import TextIO

__all__ = ["PROGRESS_EVERY", "Progress", "isatty"]

PROGRESS_EVERY = 1000


def isatty(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal; a closed or unusual stream is not."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """``cases checked: N`` on stderr, rewritten in place, only on a terminal.

    It updates every ``every`` cases, so a short run never shows it. When
    the report goes to the same terminal, the line is wiped before the next
    case is printed, so the two never mix; the line is wiped at the end.
    """

    def __init__(self, stream: TextIO, out: TextIO, every: int | None = None) -> None:
        self.stream = stream
        self.every = every or PROGRESS_EVERY
        self.count = 0
        self.shown = 0
        self.enabled = isatty(stream)
        self.shares_terminal = self.enabled and isatty(out)

    def tick(self) -> None:
        self.count += 1
        if self.enabled and self.count % self.every == 0:
            text = f"\rcases checked: {self.count:,}"
            self.stream.write(text)
            self.stream.flush()
            self.shown = len(text) - 1

    def before_output(self) -> None:
        if self.shares_terminal:
            self.clear()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0
