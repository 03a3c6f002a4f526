"""The check and the quality review on Dask, for caseloads past one machine.

Install with ``pip install 'casemgmt[dask]'``. Both read JSON Lines with
``dask.bag.read_text`` - local files, globs or any fsspec URL (``s3://``,
``gcs://``... with that filesystem's package) - so each worker reads its own
blocks. ``quality_review`` reviews every partition apart and merges the
partial reports exactly (``QualityReport.merge`` is associative and
commutative), so the result equals the serial ``quality_review``; ``check``
returns each case's findings in input order. They compute on the current
Dask scheduler: a ``distributed.Client`` if one is active. See
``docs/how-to/scale-out.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from casemgmt.core._time import AsOf, as_date

if TYPE_CHECKING:
    from casemgmt.case import Case
    from casemgmt.core._findings import Finding
    from casemgmt.monitoring._quality_report import Grouping, QualityReport

__all__ = ["DEFAULT_BLOCKSIZE", "case_lines", "check", "quality_review"]

DEFAULT_BLOCKSIZE = "64MiB"
"""Bytes per partition when reading files (Dask splits at line ends)."""


def _require_dask() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - the test environment has it
        msg = "casemgmt.dask needs Dask: pip install 'casemgmt[dask]'"
        raise ImportError(msg) from exc
    return dask.bag


def case_lines(
    urlpath: str | Sequence[str],
    *,
    blocksize: str | int | None = DEFAULT_BLOCKSIZE,
    storage_options: dict[str, Any] | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of the JSON Lines text of ``urlpath`` (files, globs or URLs)."""
    bag = _require_dask()
    return bag.read_text(
        urlpath, blocksize=blocksize, storage_options=storage_options, linedelimiter="\n"
    )


def _bag(source: Any, blocksize: str | int | None) -> Any:
    bag = _require_dask()
    if isinstance(source, bag.Bag):
        return source
    return case_lines(source, blocksize=blocksize)


def _cases(lines: Iterable[str]) -> Iterator[Case]:
    from casemgmt.case import Case
    from casemgmt.serialization import loads

    for line in lines:
        if line.strip():
            yield loads(line, Case)


def _review_partition(
    lines: Iterable[str],
    as_of: dt.date,
    by: tuple[str | tuple[str, Grouping], ...],
    max_ids: int | None,
) -> list[QualityReport]:
    from casemgmt.monitoring import quality_review as serial_review

    return [serial_review(_cases(lines), as_of=as_of, by=by, max_ids=max_ids)]


def _merge(a: QualityReport, b: QualityReport) -> QualityReport:
    return a.merge(b)


def quality_review(
    source: str | Sequence[str] | Any,
    *,
    as_of: AsOf,
    by: Sequence[str | tuple[str, Grouping]] = ("case-manager", "program"),
    max_ids: int | None = 100,
    blocksize: str | int | None = DEFAULT_BLOCKSIZE,
) -> QualityReport:
    """The quality review of every case in ``source``, equal to the serial one.

    ``source`` is a path, glob or URL (or a list of them), or a bag of JSON
    Lines text. ``by`` takes what the serial review takes: built-in grouping
    names or ``(name, function)`` pairs. A function travels to the workers
    pickled (by Dask's cloudpickle), so it may be a lambda, but what it
    refers to must be importable or picklable on the workers.
    """
    from casemgmt.monitoring import QualityReport

    day = as_date(as_of)
    lines = _bag(source, blocksize)
    parts = lines.map_partitions(_review_partition, day, tuple(by), max_ids)
    empty = QualityReport(as_of=day, max_ids=max_ids)
    merged = parts.fold(_merge, _merge, initial=empty)
    report: QualityReport = merged.compute()
    return report


def _check_partition(lines: Iterable[str], as_of: dt.date) -> list[tuple[str, tuple[Finding, ...]]]:
    from casemgmt.checks import validate

    return [(case.id, tuple(validate(case, as_of=as_of))) for case in _cases(lines)]


def check(
    source: str | Sequence[str] | Any,
    *,
    as_of: AsOf,
    blocksize: str | int | None = DEFAULT_BLOCKSIZE,
) -> list[tuple[str, tuple[Finding, ...]]]:
    """Each case's ``(case id, findings)``, in input order, checked on the workers."""
    day = as_date(as_of)
    results: list[tuple[str, tuple[Finding, ...]]] = (
        _bag(source, blocksize).map_partitions(_check_partition, day).compute()
    )
    return results
