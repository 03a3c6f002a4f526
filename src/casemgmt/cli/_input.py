"""Cases from the paths on the command line, through the library's one reader.

A path that cannot be opened or read becomes a refused ``CaseLine`` like a
bad line, so every command reports it the same way and goes on with the
next path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import IO, TextIO

from casemgmt.reading import CaseLine, read_cases

__all__ = ["entries", "report_refused"]


def entries(paths: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[CaseLine]:
    """Every case and every refused input of ``paths``, in order (``-`` is stdin)."""
    for path in paths:
        yield from _entries(path, stdin)


def _entries(path: str, stdin: IO[bytes] | None) -> Iterator[CaseLine]:
    reading = read_cases(path, stdin=stdin)
    read_any = False
    try:
        for entry in reading:
            read_any = True
            yield entry
            del entry  # not held while the next case loads
    except OSError as exc:
        verb = "cannot read" if read_any else "cannot open"
        reason = exc.strerror or type(exc).__name__
        yield CaseLine(source=path, line=None, problems=(("$", f"{verb}: {reason}"),))


def report_refused(entry: CaseLine, err: TextIO) -> None:
    """One line per problem: ``FILE[:LINE]: $.path: message``."""
    for path, message in entry.problems:
        err.write(f"{entry.where}: {path}: {message}\n")
