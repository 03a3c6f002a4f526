"""Cases from the paths on the command line, through the library's one reader.

A path that cannot be opened or read becomes a refused ``CaseLine`` like a
bad line, so every command reports it the same way and goes on with the
next path. ``--jobs`` cuts JSON Lines files into byte ranges that end at a
line end (``line_ranges``) and each worker reads its own (``range_entries``),
keeping the file's line numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import IO, TextIO

from casemgmt.reading import CaseLine, read_cases, read_lines

__all__ = ["entries", "line_ranges", "range_entries", "report_refused", "split_lines"]

_BOM = b"\xef\xbb\xbf"


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


def line_ranges(path: str, chunk: int) -> Iterator[tuple[str, int, int, int]]:
    """(path, start, end, first line) of byte ranges of about ``chunk`` ending at a line end.

    The parent of ``--jobs`` runs this over the whole file while the workers
    judge, so it takes a core's time from them: blocks are read into one
    reused buffer (a fresh 1 MB ``bytes`` a block costs a fresh mapping and
    its page faults) and only offsets are kept, never the bytes before a cut.
    """
    buffer = bytearray(chunk)
    with open(path, "rb", buffering=0) as handle:
        start, line, offset = 0, 1, 0
        while size := handle.readinto(buffer):
            last = buffer.rfind(b"\n", 0, size)
            if last >= 0:
                end = offset + last + 1
                yield (path, start, end, line)
                start = end
                line += buffer.count(b"\n", 0, size)
            offset += size
        if offset > start:
            yield (path, start, offset, line)


def range_entries(source: str, start: int, end: int, first_line: int) -> Iterator[CaseLine]:
    """The cases of one range of ``line_ranges``; a range that cannot be read is refused."""
    try:
        with open(source, "rb") as handle:
            handle.seek(start)
            data = handle.read(end - start)
    except OSError as exc:
        reason = f"cannot read: {exc.strerror or type(exc).__name__}"
        yield CaseLine(source=source, line=first_line, problems=(("$", reason),))
        return
    if start == 0 and data.startswith(_BOM):
        data = data[len(_BOM) :]
    yield from read_lines(split_lines(data), source=source, first_line=first_line)


def split_lines(data: bytes) -> Iterator[bytes]:
    """The lines of ``data`` as the whole-file reader gives them, one piece at a time:
    each with its newline (the last maybe without), so a line's problems read the same
    under ``--jobs`` (a JSON error at a line's end is on "line 2" of it either way);
    and a range is not held twice, whole and as a list of its lines, while judged."""
    start = 0
    while end := data.find(b"\n", start) + 1:
        yield data[start:end]
        start = end
    if start < len(data):
        yield data[start:]
