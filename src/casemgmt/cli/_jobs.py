"""``check --jobs N``: the same report, split across N processes.

The parent cuts each JSON Lines file into byte ranges that end at a line
end (counting lines as it goes, so every report keeps the file's own line
numbers) and hands them to worker processes (``_workers``). Each worker
reads its range itself and writes the range's report lines to a spool file
of its own, in a temporary folder the parent made; it answers, in input
order, only the range's counts and its stderr text, and the parent copies
each spool file to the output (``os.sendfile`` where the output is a file
descriptor) and deletes it. So the report never travels through a pipe,
pickled and unpickled, and the output, its order and the exit code are
those of ``--jobs 1``. The folder goes when the command ends, however it ends
(the workers are stopped first). A whole JSON case and an unreadable path
are read by a worker as one piece; standard input is read by the parent.

Workers are forked from the command's own process when it runs a single
thread (on Linux): they start at once, with its imports and the judge's
module already loaded, where a fresh interpreter would spend a good part of
a second importing. A process with other threads (forking one is unsafe) or
another platform uses a fork server instead.
"""

from __future__ import annotations

import errno
import gc
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from multiprocessing.context import BaseContext
from typing import TextIO

from casemgmt.cli._input import entries, line_ranges, range_entries
from casemgmt.cli._judge import Judge, Settings, Tally
from casemgmt.cli._output import Sink
from casemgmt.cli._progress import Progress
from casemgmt.cli._workers import Workers
from casemgmt.reading import STDIN, CaseLine, is_json_lines

__all__ = ["CHUNK_BYTES", "SPOOL_PREFIX", "check_in_parallel"]

CHUNK_BYTES = 1 << 20
"""About how much of a file one task reads: small enough for a flat memory
peak and a lively progress line, large enough that handing it over is cheap."""

SPOOL_PREFIX = "casemgmt-check-"
"""The name of the temporary folder the workers' report files go to starts so."""

# A task: (source as typed, start, end, first line), or (path, -1, -1, 0) for "read it whole".
_Task = tuple[str, int, int, int]
# What a worker hands back: (the spool file of its report, stderr bytes, the counts).
_Result = tuple[str, bytes, Tally]

_SPOOL_BUFFER = 1 << 16
"""A worker's spool writes, in bytes: with the default 8 KB, a write call every
two or three report lines took 54 ms of CPU per 37 MB, 22 ms at 64 KB."""

_judge: Judge | None = None
_spool = ""


def _start_worker(settings: Settings, cwd: str, spool: str) -> None:
    global _judge, _spool  # noqa: PLW0603 - one judge and spool folder per worker, set once
    # Ctrl-C reaches the whole process group: the parent stops the workers and
    # removes the spool, so a worker does not print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.chdir(cwd)  # relative paths and --policy modules resolve as in the parent
    _judge = Judge(settings)
    _spool = spool
    if not gc.get_freeze_count():  # forked inside ``_judge.swept``, it already is
        gc.freeze()  # a fork server's worker: as ``check`` does, for the worker's life


def _work(numbered: tuple[int, _Task]) -> _Result:
    if _judge is None:  # pragma: no cover - the workers' initializer sets it
        msg = "a check worker ran before it was started"
        raise RuntimeError(msg)
    number, (source, start, end, first_line) = numbered
    judge, problems, tally = _judge, bytearray(), Tally()
    add = tally.add
    spool = os.path.join(_spool, f"{number}.out")
    with open(spool, "wb", buffering=_SPOOL_BUFFER) as report:
        write = report.write
        for entry in _entries(source, start, end, first_line):
            out, err, outcome = judge(entry)
            del entry  # the case is not held while the next line loads
            write(out)
            if err:
                problems += err
            add(outcome)
    return spool, bytes(problems), tally


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
    # Exited in reverse: the workers are stopped (and joined) before
    # the spool folder is removed, on success, an error or KeyboardInterrupt.
    with (
        tempfile.TemporaryDirectory(prefix=SPOOL_PREFIX) as spool,
        Workers(
            worker_context(__name__), jobs, _work, _start_worker, (settings, os.getcwd(), spool)
        ) as workers,
    ):
        for group in _groups(paths):
            if group == [STDIN]:
                _serial(settings, group, sink=sink, err=err, progress=progress, tally=tally)
                continue
            for report, problems, part in workers.imap(enumerate(_tasks(group))):
                progress.before_output()
                _copy(report, sink)
                os.unlink(report)
                if problems:
                    progress.clear()
                    err.write(problems.decode())
                tally.merge(part)
                progress.tick(part.cases + part.refused)
    return tally


def _copy(path: str, sink: Sink) -> None:
    """The spool file's bytes to the output: copied by the kernel (``os.sendfile``)
    to a file descriptor that takes it, else read and written."""
    with open(path, "rb", buffering=0) as source:
        size = os.fstat(source.fileno()).st_size
        done = 0
        target = sink.descriptor() if size else None
        if target is not None:
            done = _sendfile(source.fileno(), target, size)
        if done < size:
            source.seek(done)
            while chunk := source.read(1 << 20):
                sink.write(chunk)


def _sendfile(source: int, target: int, size: int) -> int:
    """How many bytes went; stops early where the target refuses ``sendfile``
    (a file opened to append, say), so the rest is written the plain way."""
    done = 0
    while done < size:
        try:
            sent = os.sendfile(target, source, done, size - done)
        except OSError as error:
            if error.errno in _NO_SENDFILE:
                return done
            raise  # the output's own failure (a full disk, a closed pipe): as --jobs 1's
        if not sent:  # pragma: no cover - the spool file shrank: nothing more to send
            return done
        done += sent
    return done


_NO_SENDFILE = frozenset({errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EAGAIN})


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


def _serial(
    settings: Settings,
    paths: Sequence[str],
    *,
    sink: Sink,
    err: TextIO,
    progress: Progress,
    tally: Tally,
) -> None:
    """Standard input, read by the parent one case at a time, as ``--jobs 1`` does."""
    judge = Judge(settings)
    for entry in entries(paths):
        out, problems, outcome = judge(entry)
        del entry
        progress.before_output()
        sink.write(out)
        if problems:
            progress.clear()
            err.write(problems.decode())
        tally.add(outcome)
        progress.tick()
