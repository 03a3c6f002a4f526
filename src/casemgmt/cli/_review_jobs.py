"""``report --jobs N``: the quality review split across N processes, merged exactly.

Each JSON Lines file is cut into byte ranges ending at a line end (line
numbers counted on the way, so a refused line is named as ``--jobs 1``
names it); each worker reviews its range and the parent merges the partial
reports with ``QualityReport.merge``, which is associative and commutative,
so the page is the one ``--jobs 1`` writes. A whole JSON case, standard
input or a path that cannot be read is one task.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TextIO

from casemgmt.cli._input import entries, line_ranges, range_entries, report_refused
from casemgmt.cli._jobs import worker_context
from casemgmt.cli._report import cases_and_names
from casemgmt.monitoring._quality_report import QualityReport
from casemgmt.reading import STDIN, CaseLine, is_json_lines

__all__ = ["CHUNK_BYTES", "review_in_parallel"]

CHUNK_BYTES = 1 << 20
"""About how much of a file one task reads."""

# (path, start, end, first line); start -1: read the whole input with the CLI reader.
_Task = tuple[str, int, int, int]
# (partial review, case managers' names, refused inputs)
_Result = tuple[QualityReport, dict[str, str], list[CaseLine]]


def _tasks(paths: Sequence[str], chunk: int) -> Iterator[_Task]:
    for path in paths:
        try:
            whole = path == STDIN or not is_json_lines(path)
        except OSError:
            whole = True  # the worker reports why it cannot be read
        if whole:
            yield (path, -1, -1, 1)
        else:
            yield from line_ranges(path, chunk)


def _lines(task: _Task) -> Iterator[CaseLine]:
    path, start, end, first_line = task
    return entries([path]) if start < 0 else range_entries(path, start, end, first_line)


def _work(job: tuple[_Task, dt.date]) -> _Result:
    from casemgmt.monitoring import quality_review

    task, as_of = job
    names: dict[str, str] = {}
    refused: list[CaseLine] = []
    review = quality_review(cases_and_names(_lines(task), names, refused), as_of=as_of)
    return review, names, refused


def review_in_parallel(
    paths: Sequence[str],
    *,
    as_of: dt.date,
    jobs: int,
    err: TextIO,
    names: dict[str, str],
) -> tuple[QualityReport, int]:
    """The merged review of ``paths`` and how many inputs were refused (reported to ``err``).

    Standard input is read by the parent; ``names`` gains the case managers' names met.
    """
    total = QualityReport(as_of=as_of)
    refused = 0
    tasks = [(t, as_of) for t in _tasks(paths, CHUNK_BYTES)]
    with worker_context(__name__).Pool(jobs) as pool:
        remote = pool.imap(_work, [job for job in tasks if job[0][0] != STDIN])
        for job in tasks:
            review, found, bad = _work(job) if job[0][0] == STDIN else next(remote)
            for entry in bad:
                report_refused(entry, err)
            refused += len(bad)
            total = total.merge(review)
            names.update(found)
    return total, refused
