"""The worker processes of `check --jobs`: results in task order, failures raised, none left."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgmt.cli._workers import WorkerLostError, Workers

_FORK = multiprocessing.get_context("fork")
_offset = 0


def _start(offset: int) -> None:
    global _offset  # noqa: PLW0603 - the test's stand-in for a worker's judge
    _offset = offset


def _work(n: int) -> tuple[int, int]:
    total = sum(range(n * 2000))  # uneven work: later tasks often finish first
    return n + _offset, total


def _fail_on_seven(n: int) -> int:
    if n == 7:
        msg = f"task {n} failed"
        raise ValueError(msg)
    return n


def _die_on_five(n: int) -> int:
    if n == 5:
        os._exit(3)
    return n


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60), max_size=40), st.integers(1, 3))
def test_results_come_in_task_order(tasks: list[int], jobs: int) -> None:
    """Whatever order the workers finish in, results are yielded in the tasks' order,
    each task once, after every worker's initializer ran."""
    with Workers(_FORK, jobs, _work, _start, (1000,)) as workers:
        got = list(workers.imap(tasks))
    assert got == [(n + 1000, sum(range(n * 2000))) for n in tasks]
    assert multiprocessing.active_children() == []


def test_tasks_are_taken_at_most_a_window_ahead_of_the_results() -> None:
    """A slow consumer does not let the workers run off with the whole input."""
    pulled = 0

    def tasks() -> Iterator[int]:
        nonlocal pulled
        for n in range(100):
            pulled += 1
            yield n

    with Workers(_FORK, 2, _work, _start, (0,)) as workers:
        for seen, _ in enumerate(workers.imap(tasks())):
            assert pulled <= seen + workers.window
    assert 100 == pulled


def test_a_tasks_exception_is_raised_with_the_workers_traceback() -> None:
    """The error the task raised, its remote traceback as the cause; workers stopped."""
    with (
        pytest.raises(ValueError, match="task 7 failed") as info,
        Workers(_FORK, 2, _fail_on_seven, _start, (0,)) as workers,
    ):
        list(workers.imap(range(20)))
    assert "_fail_on_seven" in str(info.value.__cause__)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    """A killed worker (here, one that exits) raises WorkerLostError instead of hanging."""
    with (
        pytest.raises(WorkerLostError, match="ended"),
        Workers(_FORK, 2, _die_on_five, _start, (0,)) as workers,
    ):
        list(workers.imap(range(20)))
    assert multiprocessing.active_children() == []


def test_leaving_early_stops_the_workers() -> None:
    """A consumer that stops (an error, Ctrl-C) leaves no worker behind."""

    def consume(workers: Workers[int, tuple[int, int]]) -> None:
        for _ in workers.imap(range(50)):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), Workers(_FORK, 2, _work, _start, (0,)) as workers:
        consume(workers)
    assert all(p.exitcode is not None for p in workers.processes)
    assert multiprocessing.active_children() == []
