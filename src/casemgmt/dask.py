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

Given files, each partition is a byte range of one file, read by the
library's JSON Lines reader, so a line that is not a case stops the run
with a ``CaseDataError`` naming ``FILE:LINE`` and the JSON path, as the
command line does (the line is counted only then). A bag of text lines
carries no file names: its errors give the JSON path alone.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from casemgmt.case import Case
from casemgmt.checks import validate
from casemgmt.core._time import AsOf, as_date
from casemgmt.errors import CaseDataError
from casemgmt.monitoring import QualityReport
from casemgmt.monitoring import quality_review as serial_review
from casemgmt.reading import read_lines
from casemgmt.serialization import loads

if TYPE_CHECKING:
    from casemgmt.core._findings import Finding
    from casemgmt.monitoring._quality_report import Grouping

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


_Block = tuple[Any, int, "int | None"]
"""A partition of a file source: (fsspec OpenFile, offset, length or None for all)."""


def _bag(source: Any, blocksize: str | int | None) -> Any:
    """A bag of text lines as given, or one partition per byte range of each file."""
    bag = _require_dask()
    if isinstance(source, bag.Bag):
        return source
    return bag.from_sequence(_blocks(source, blocksize), partition_size=1)


def _blocks(urlpath: str | Sequence[str], blocksize: str | int | None) -> list[_Block]:
    """Ranges of about ``blocksize`` bytes, cut where ``dask.bag.read_text`` cuts them."""
    import fsspec
    from dask.utils import parse_bytes

    size = None if blocksize is None else parse_bytes(blocksize)
    blocks: list[_Block] = []
    for file in fsspec.open_files(urlpath, mode="rb"):
        total = file.fs.size(file.path)
        if size is None or total <= size:
            blocks.append((file, 0, None))
        else:
            blocks.extend((file, offset, size) for offset in range(0, total, size))
    return blocks


def _cases(partition: Iterable[Any]) -> Iterator[Case]:
    """The cases of a partition: text lines, or file blocks read with their line numbers."""
    for item in partition:
        if isinstance(item, str):
            if item.strip():
                yield loads(item, Case)
        else:
            yield from _block_cases(item)


def _block_cases(block: _Block) -> Iterator[Case]:
    from fsspec.utils import read_block

    file, offset, length = block
    with file.fs.open(file.path, mode="rb") as handle:  # its own handle: blocks share `file`
        data = handle.read() if length is None else read_block(handle, offset, length, b"\n")
    if offset == 0 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # lines keep their ends, as the command line's reader gives them, so a line's
    # problems read the same here (a JSON error at a line's end is on "line 2" of it)
    for entry in read_lines(io.BytesIO(data), source=file.path):
        if entry.case is None:
            where = f"{file.path}:{_lines_before(file, offset) + (entry.line or 0)}"
            raise CaseDataError((f"{where}: {path}", message) for path, message in entry.problems)
        yield entry.case


def _lines_before(file: Any, offset: int) -> int:
    """How many lines of ``file`` come before the block read from ``offset`` (on error only)."""
    if offset == 0:
        return 0
    with file.fs.open(file.path, mode="rb") as handle:  # its own handle: blocks share `file`
        count, left = 0, offset
        while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
            count += chunk.count(b"\n")
            left -= len(chunk)
        while (byte := handle.read(1)) and byte != b"\n":  # the line the block starts after
            pass
    return count + 1


def _review_partition(
    lines: Iterable[Any],
    as_of: dt.date,
    by: tuple[str | tuple[str, Grouping], ...],
    max_ids: int | None,
) -> list[QualityReport]:
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
    day = as_date(as_of)
    lines = _bag(source, blocksize)
    parts = lines.map_partitions(_review_partition, day, tuple(by), max_ids)
    empty = QualityReport(as_of=day, max_ids=max_ids)
    merged = parts.fold(_merge, _merge, initial=empty)
    report: QualityReport = merged.compute()
    return report


def _check_partition(lines: Iterable[Any], as_of: dt.date) -> list[tuple[str, tuple[Finding, ...]]]:
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
