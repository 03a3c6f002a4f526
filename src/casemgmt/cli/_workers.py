"""Worker processes that map a function over tasks, results in task order, with no threads.

``multiprocessing.Pool`` runs three threads in the parent; one of them
waits on the results pipe only to be woken, and wakes again, every time a
result is there until another thread has read it: on ``check --jobs 2``
that spinning took about a third of the parent's CPU, time the workers
need on a two-core machine. Here the parent alone talks to each worker over
its own pipe: it hands out a task when a worker has fewer than two, waits
on the pipes and the processes together, and yields results in task order.
Tasks run at most ``window`` ahead of the result being yielded, so what
waits to be yielded (and any spool files behind it) stays bounded; 16 a
worker, so one that a busy machine sets aside for a second or two does not
stall the others.

A task's exception is raised in the parent, with the worker's traceback as
its cause, as ``Pool`` does; a worker that dies raises ``WorkerLostError``
rather than hanging. Leaving the ``with`` block normally lets the workers
finish; leaving it by an exception (``KeyboardInterrupt`` too) stops them
and waits until they are gone.
"""

from __future__ import annotations

import contextlib
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Generic, TypeVar

__all__ = ["WorkerLostError", "Workers"]

T = TypeVar("T")
R = TypeVar("R")

_DEPTH = 2  # tasks handed to a worker at once: it starts the next without waiting on us
_END = object()


class WorkerLostError(RuntimeError):
    """A worker process ended before it answered (killed, out of memory)."""


class _RemoteTracebackError(Exception):
    """The worker's traceback, attached as the cause of the exception raised here."""

    def __str__(self) -> str:
        return str(self.args[0])


def _serve(
    conn: Connection,
    fn: Callable[[Any], Any],
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
) -> None:  # pragma: no cover - runs in the worker processes
    initializer(*initargs)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the parent is gone
            return
        if task is None:
            return
        try:
            answer: tuple[bool, Any, str] = (True, fn(task), "")
        except Exception as exc:  # every task's failure goes to the parent
            answer = (False, exc, traceback.format_exc())
        try:
            conn.send(answer)
        except Exception as exc:  # a result or exception that cannot pickle
            conn.send((False, RuntimeError(f"cannot send a worker's answer: {exc!r}"), ""))


class Workers(Generic[T, R]):
    """``jobs`` processes from ``context``, each running ``initializer(*initargs)`` once."""

    def __init__(
        self,
        context: BaseContext,
        jobs: int,
        fn: Callable[[T], R],
        initializer: Callable[..., None],
        initargs: tuple[Any, ...],
    ) -> None:
        self.window = 16 * jobs
        self.processes: list[BaseProcess] = []
        self.conns: list[Connection] = []
        try:
            for _ in range(jobs):
                ours, theirs = context.Pipe()
                process = context.Process(  # type: ignore[attr-defined]
                    target=_serve, args=(theirs, fn, initializer, initargs), daemon=True
                )
                process.start()
                theirs.close()
                self.processes.append(process)
                self.conns.append(ours)
        except BaseException:
            self.terminate()
            raise

    def __enter__(self) -> Workers[T, R]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()

    def imap(self, tasks: Iterable[T]) -> Iterator[R]:
        """``fn`` of each task, in the tasks' order."""
        todo = iter(tasks)
        queued: dict[Connection, deque[int]] = {conn: deque() for conn in self.conns}
        done: dict[int, R] = {}
        sentinels = {p.sentinel: p for p in self.processes}
        handed, yielded, more = 0, 0, True
        while True:
            while more and handed < yielded + self.window:
                conn = min(self.conns, key=lambda c: len(queued[c]))
                if len(queued[conn]) >= _DEPTH:
                    break
                task = next(todo, _END)
                if task is _END:
                    more = False
                    break
                self._send(conn, task)
                queued[conn].append(handed)
                handed += 1
            if yielded in done:
                yield done.pop(yielded)
                yielded += 1
                continue
            if yielded == handed:
                return
            ready = wait([*(c for c in self.conns if queued[c]), *sentinels])
            for conn in self.conns:
                if conn in ready:
                    done[queued[conn].popleft()] = self._answer(conn)
            for sentinel, process in sentinels.items():
                if sentinel in ready:
                    msg = f"a worker process ended (exit code {process.exitcode})"
                    raise WorkerLostError(msg)

    @staticmethod
    def _send(conn: Connection, task: object) -> None:
        try:
            conn.send(task)
        except OSError:  # not BrokenPipeError out of here: that says the output closed
            msg = "a worker process ended before it was given its task"
            raise WorkerLostError(msg) from None

    def _answer(self, conn: Connection) -> R:
        try:
            ok, value, trace = conn.recv()
        except (EOFError, OSError):  # closed, or reset with our task unread in it
            msg = "a worker process ended before it answered"
            raise WorkerLostError(msg) from None
        if not ok:
            raise value from _RemoteTracebackError(trace)
        result: R = value
        return result

    def close(self) -> None:
        """Tell the workers there is no more and wait for them to end."""
        for conn in self.conns:
            with contextlib.suppress(OSError):  # that worker is already gone
                conn.send(None)
        self._join()

    def terminate(self) -> None:
        """Stop the workers now and wait until they are gone."""
        for process in self.processes:
            if process.exitcode is None:
                process.terminate()
        self._join()

    def _join(self) -> None:
        for process in self.processes:
            process.join()
        for conn in self.conns:
            conn.close()
