"""casemgmt.dask on a local cluster (loopback only) equals the serial scan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casemgmt import dumps, validate
from casemgmt.examples.caseload import synthetic_caseload
from casemgmt.monitoring import quality_review

AS_OF = dt.date(2024, 10, 20)
N = 60


def _write(path: Path) -> Path:
    path.write_text("".join(dumps(c) + "\n" for c in synthetic_caseload(N)))
    return path


@pytest.mark.slow
def test_review_and_check_on_a_local_cluster_equal_the_serial_ones(tmp_path: Path) -> None:
    """Two worker processes on 127.0.0.1, several partitions: the same report, same order."""
    distributed = pytest.importorskip("distributed")
    from casemgmt import dask as on_dask

    source = _write(tmp_path / "cases.jsonl")
    blocksize = source.stat().st_size // 4 + 1
    assert on_dask.case_lines(str(source), blocksize=blocksize).npartitions >= 3
    serial = quality_review(synthetic_caseload(N), as_of=AS_OF)
    expected = [(c.id, tuple(validate(c, as_of=AS_OF))) for c in synthetic_caseload(N)]
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # no fixed port 8787, loopback only
        ) as cluster,
        distributed.Client(cluster),
    ):
        report = on_dask.quality_review(str(source), as_of=AS_OF, blocksize=blocksize)
        checked = on_dask.check(str(source), as_of=AS_OF, blocksize=blocksize)
    assert serial == report
    assert expected == checked


def test_review_of_a_bag_with_the_synchronous_scheduler(tmp_path: Path) -> None:
    """A bag of lines works too, and a glob of two files counts both."""
    dask = pytest.importorskip("dask")
    from casemgmt import dask as on_dask

    _write(tmp_path / "a.jsonl")
    _write(tmp_path / "b.jsonl")
    with dask.config.set(scheduler="sync"):
        lines = on_dask.case_lines(str(tmp_path / "*.jsonl"))
        report = on_dask.quality_review(lines, as_of=AS_OF, by=("program",))
    serial = quality_review(synthetic_caseload(N), as_of=AS_OF, by=("program",))
    assert 2 * N == report.overall.cases
    assert serial.merge(serial) == report


def test_review_groups_by_an_agency_function_as_the_serial_review_does(tmp_path: Path) -> None:
    """A (name, function) grouping reaches every partition; the report equals the serial one."""
    dask = pytest.importorskip("dask")
    from casemgmt import dask as on_dask

    source = _write(tmp_path / "cases.jsonl")
    by = (("stage", lambda case: case.stage.value), "program")
    with dask.config.set(scheduler="sync"):
        report = on_dask.quality_review(
            str(source), as_of=AS_OF, by=by, blocksize=source.stat().st_size // 3 + 1
        )
    serial = quality_review(synthetic_caseload(N), as_of=AS_OF, by=by)
    assert serial == report
    assert any(name == "stage" for name, _ in report.groups if name != "overall")


def _bad_line_at(path: Path, line: int) -> None:
    """Replace line ``line`` (1-based) of a JSON Lines file with a case missing its client."""
    lines = path.read_text().splitlines(keepends=True)
    lines[line - 1] = '{"schema_version": 1, "id": "bad-1", "opened_on": "2024-01-01"}\n'
    path.write_text("".join(lines))


@pytest.mark.parametrize("line", [1, 37, N])
def test_a_bad_line_is_named_by_file_and_line_in_any_partition(tmp_path: Path, line: int) -> None:
    """The error names FILE:LINE and the JSON path, as the CLI does, whichever block holds it."""
    dask = pytest.importorskip("dask")
    from casemgmt import dask as on_dask
    from casemgmt.errors import CaseDataError

    source = _write(tmp_path / "cases.jsonl")
    _bad_line_at(source, line)
    blocksize = source.stat().st_size // 5 + 1
    with dask.config.set(scheduler="sync"), pytest.raises(CaseDataError) as info:
        on_dask.quality_review(str(source), as_of=AS_OF, blocksize=blocksize)
    assert f"{source}:{line}: $" in str(info.value)
    with dask.config.set(scheduler="sync"), pytest.raises(CaseDataError, match=f":{line}: "):
        on_dask.check(str(source), as_of=AS_OF, blocksize=blocksize)


@pytest.mark.parametrize("line", [1, 37, N])
def test_a_line_cut_short_reads_as_the_serial_reader_reads_it(tmp_path: Path, line: int) -> None:
    """A partition's lines keep their ends, as ``read_cases`` (and ``casemgmt check``)
    gives them, so the JSON error of a line cut short is worded the same in any block."""
    dask = pytest.importorskip("dask")
    from casemgmt import dask as on_dask
    from casemgmt.errors import CaseDataError
    from casemgmt.reading import read_cases

    source = _write(tmp_path / "cases.jsonl")
    lines = source.read_text().splitlines(keepends=True)
    cut = lines[line - 1].index(',"')  # after a whole first value: the error is at the end
    lines[line - 1] = lines[line - 1][:cut] + "\n"
    source.write_text("".join(lines))
    (serial,) = [entry for entry in read_cases(str(source)) if entry.case is None]
    blocksize = source.stat().st_size // 5 + 1
    with dask.config.set(scheduler="sync"), pytest.raises(CaseDataError) as info:
        on_dask.check(str(source), as_of=AS_OF, blocksize=blocksize)
    assert info.value.problems == [
        (f"{source}:{line}: {path}", message) for path, message in serial.problems
    ]
