"""``check --jobs N``: the same report, split across N processes.

The parent cuts each JSON Lines file into byte ranges that end at a line
end (counting lines as it goes, so every report keeps the file's own line
numbers) and hands them to a pool; ``imap`` returns the ranges' reports in
input order, so the output, its order and the exit code are those of
``--jobs 1``. Workers read their range themselves, so the parent moves only
offsets and reports. A whole JSON case, an unreadable path and standard
input are read by a worker (or the parent, for stdin) as one piece.

Workers are forked from the command's own process when it runs a single
thread (on Linux): they start at once, with its imports and the judge's
module already loaded, where a fresh interpreter would spend a good part of
a second importing. A process with other threads (forking one is unsafe) or
another platform uses a fork server instead.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from multiprocessing.context import BaseContext
from typing import TextIO

from casemgmt.cli._input import entries, line_ranges, range_entries
from casemgmt.cli._judge import Judge, Settings, Tally
from casemgmt.cli._output import Sink
from casemgmt.cli._progress import Progress
from casemgmt.reading import STDIN, CaseLine, is_json_lines

__all__ = ["CHUNK_BYTES", "check_in_parallel"]

CHUNK_BYTES = 1 << 20
"""About how much of a file one task reads: small enough for a flat memory
peak and a lively progress line, large enough that handing it over is cheap."""

# A task: (source as typed, start, end, first line), or (path, -1, -1, 0) for "read it whole".
_Task = tuple[str, int, int, int]
_Result = tuple[bytes, bytes, Tally]

_judge: Judge | None = None


def _start_worker(settings: Settings, cwd: str) -> None:
    global _judge  # noqa: PLW0603 - one judge per worker process, built once
    os.chdir(cwd)  # relative paths and --policy modules resolve as in the parent
    _judge = Judge(settings)


def _work(task: _Task) -> _Result:
    if _judge is None:  # pragma: no cover - the pool's initializer sets it
        msg = "a check worker ran before it was started"
        raise RuntimeError(msg)
    source, start, end, first_line = task
    report, problems, tally = bytearray(), bytearray(), Tally()
    for entry in _entries(source, start, end, first_line):
        out, err, outcome = _judge(entry)
        report += out
        problems += err
        tally.add(outcome)
    return bytes(report), bytes(problems), tally


def _entries(source: str, start: int, end: int, first_line: int) -> Iterator[CaseLine]:
    if start < 0:
        return entries([source])
    return range_entries(source, start, end, first_line)


def _tasks(paths: Sequence[str]) -> Iterator[_Task]:
    for path in paths:
        try:
            with open(path, "rb"):  # the worker reports a path it cannot open
                pass
            ranges = _ranges(path) if is_json_lines(path) else None
        except OSError:
            ranges = None  # the worker reads it whole and reports why it cannot
        if ranges is None:
            yield (path, -1, -1, 0)
        else:
            yield from ranges


def _ranges(path: str) -> Iterator[_Task]:
    """Byte ranges of about ``CHUNK_BYTES`` ending at a line end, with their first line."""
    return line_ranges(path, CHUNK_BYTES)


def check_in_parallel(
    settings: Settings,
    paths: Sequence[str],
    *,
    jobs: int,
    sink: Sink,
    err: TextIO,
    progress: Progress,
) -> Tally:
    """Check ``paths`` with ``jobs`` worker processes; report in input order."""
    tally = Tally()
    with worker_context(__name__).Pool(jobs, _start_worker, (settings, os.getcwd())) as pool:
        for group in _groups(paths):
            if group == [STDIN]:
                results: Iterator[_Result] = iter([_serial(settings, group)])
            else:
                results = pool.imap(_work, _tasks(group))
            for report, problems, part in results:
                progress.before_output()
                sink.write(report)
                if problems:
                    progress.clear()
                    err.write(problems.decode())
                tally.merge(part)
                progress.tick(part.cases + part.refused)
    return tally


def worker_context(preload: str) -> BaseContext:
    """Fork where that is safe (Linux, one thread), else a fork server preloading ``preload``.

    Forked workers start at once with the command's imports; a fork server
    starts clean, so it imports the worker module once for all its children.
    ``check --jobs`` and ``report --jobs`` both start their workers here.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([preload])
    return context


def _groups(paths: Sequence[str]) -> Iterator[list[str]]:
    """Runs of file paths, and standard input on its own (the parent reads it)."""
    run: list[str] = []
    for path in paths:
        if path == STDIN:
            if run:
                yield run
                run = []
            yield [STDIN]
        else:
            run.append(path)
    if run:
        yield run


def _serial(settings: Settings, paths: Sequence[str]) -> _Result:
    judge = Judge(settings)
    report, problems, tally = bytearray(), bytearray(), Tally()
    for entry in entries(paths):
        out, err, outcome = judge(entry)
        report += out
        problems += err
        tally.add(outcome)
    return bytes(report), bytes(problems), tally
