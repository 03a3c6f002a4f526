"""``report --jobs N``: the quality review split across N processes, merged exactly.

Each JSON Lines file is cut into byte ranges ending at a line end (line
numbers counted on the way, so a bad line is named as ``--jobs 1`` names
it); each worker reviews its ranges and the parent merges the partial
reports with ``QualityReport.merge``, which is associative and commutative,
so the page is the one ``--jobs 1`` writes. A single JSON case is one range.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from casemgmt.cli._input import BadInputError, read_cases
from casemgmt.monitoring._quality_report import QualityReport

__all__ = ["CHUNK_BYTES", "review_in_parallel"]

CHUNK_BYTES = 1 << 20
"""About how much of a file one task reads."""

# (path, start, end, first line); start -1: read the whole file with the CLI reader.
_Task = tuple[str, int, int, int]
# (partial review, case managers' names, the first bad input as (where, problems))
_Result = tuple[QualityReport, dict[str, str], tuple[str, list[tuple[str, str]]] | None]


def _ranges(path: str) -> Iterator[_Task]:
    with open(path, "rb") as handle:
        start, line, pending = 0, 1, b""
        while block := handle.read(CHUNK_BYTES):
            data = pending + block
            cut = data.rfind(b"\n") + 1
            if not cut:
                pending = data
                continue
            yield (path, start, start + cut, line)
            line += data.count(b"\n", 0, cut)
            start, pending = start + cut, data[cut:]
        if pending:
            yield (path, start, start + len(pending), line)


def _tasks(paths: Sequence[str]) -> Iterator[_Task]:
    for path in paths:
        if Path(path).suffix in (".jsonl", ".ndjson") and os.path.isfile(path):
            yield from _ranges(path)
        else:
            yield (path, -1, -1, 1)


def _review(task: _Task, as_of: dt.date) -> _Result:
    from casemgmt.case import Case
    from casemgmt.core._parties import PartyRole
    from casemgmt.errors import CaseDataError
    from casemgmt.monitoring import quality_review
    from casemgmt.serialization import loads

    path, start, end, first_line = task
    names: dict[str, str] = {}
    bad: list[tuple[str, list[tuple[str, str]]]] = []

    def cases() -> Iterator[Case]:
        if start < 0:
            try:
                loaded = [case for _, case in read_cases(Path(path))]
            except BadInputError as error:
                bad.append((error.where, error.problems))
                return
        else:
            with open(path, "rb") as handle:
                handle.seek(start)
                data = handle.read(end - start)
            loaded = []
            for lineno, line in enumerate(data.split(b"\n"), start=first_line):
                if not line.strip():
                    continue
                try:
                    loaded.append(loads(line, Case))
                except CaseDataError as error:
                    bad.append((f"{path}:{lineno}", error.problems))
                    return
        for case in loaded:
            for party in case.parties:
                if party.role is PartyRole.CASE_MANAGER and party.name:
                    names[party.id] = party.name
            yield case

    review = quality_review(cases(), as_of=as_of)
    return review, names, bad[0] if bad else None


def _work(args: tuple[_Task, dt.date]) -> _Result:
    return _review(*args)


def review_in_parallel(
    paths: Sequence[str], *, as_of: dt.date, jobs: int
) -> tuple[QualityReport, dict[str, str]]:
    """The merged review of ``paths`` and the case managers' names met on the way.

    Raises ``BadInputError`` for the first bad input in input order, as the
    serial reader does.
    """
    total = QualityReport(as_of=as_of)
    names: dict[str, str] = {}
    context = multiprocessing.get_context("forkserver")
    with context.Pool(jobs) as pool:
        for review, found, bad in pool.imap(_work, ((t, as_of) for t in _tasks(paths))):
            if bad is not None:
                raise BadInputError(*bad)
            total = total.merge(review)
            names.update(found)
    return total, names
