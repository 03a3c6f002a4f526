"""The progress line of long runs: on a terminal only, never mixed with the report."""

from __future__ import annotations

import time
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
    """``cases checked: N (R/s)`` on stderr, rewritten in place, only on a terminal.

    It updates every ``every`` cases, so a short run never shows it and a
    long one pays one comparison per case. When the report goes to the same
    terminal, the line is wiped before the next output, so the two never
    mix; the line is wiped at the end.
    """

    def __init__(self, stream: TextIO, out: TextIO, every: int | None = None) -> None:
        self.stream = stream
        self.every = every or PROGRESS_EVERY
        self.count = 0
        self.shown = 0
        self.enabled = isatty(stream)
        self.shares_terminal = self.enabled and isatty(out)
        self.next_at = self.every if self.enabled else -1
        self.started = time.perf_counter()

    def tick(self, cases: int = 1) -> None:
        """Count ``cases`` more checked; redraw when a multiple of ``every`` is passed."""
        self.count += cases
        if 0 <= self.next_at <= self.count:
            self.next_at = (self.count // self.every + 1) * self.every
            elapsed = time.perf_counter() - self.started
            rate = f" ({self.count / elapsed:,.0f}/s)" if elapsed > 0 else ""
            text = f"\rcases checked: {self.count:,}{rate}"
            self.stream.write(text + " " * max(0, self.shown - len(text) + 1))
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
