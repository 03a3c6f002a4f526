"""Scan a generated caseload: monitoring queries, quality review, export, --jobs, Dask.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/bench_caseload.py            # 10,000 and 100,000 cases
    PYTHONPATH=src python benchmarks/bench_caseload.py --n 1000 5000 --as-of 2025-06-01

For each size it writes the cases to a temporary JSON Lines file (not
timed), then makes two passes over the file with ``iter_cases``:

* a timed pass without tracing, running every query on each case
  (``caseload_summary`` plus the five generators, each fed one case at a
  time through a shared stream), reporting cases per second;
* the same pass under ``tracemalloc``, reporting the peak.

Constant memory means the peak does not grow with the caseload: the ratio
of the largest size's peak to the smallest's should stay near 1. ``held``
is the most memory still allocated at any tenth of the traced pass: flat
when nothing accumulates (the peak itself is set by the largest single
case, so it creeps up a little as bigger caseloads contain bigger cases).

Supervision (issue 17), with ``--supervision 20000 200000``: each task runs
in a fresh child process (one core) that reports its time and peak resident
memory (``resource.getrusage``): reading the file alone (the contender every
pass pays), ``quality_review``, and ``export_tables`` to CSV and to Parquet
(every table but ``findings``, which is the full check that ``bench_check``
measures).
``--jobs-n 100000`` times ``casemgmt check --jobs 1`` against ``--jobs 2``
(and ``report``); ``--dask-n 20000`` times the Dask quality review on a
two-worker ``LocalCluster`` (loopback) against the serial review.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path

from _gen import write_jsonl

from casemgmt import Case
from casemgmt.monitoring import (
    caseload_summary,
    disengaged,
    due_reviews,
    iter_cases,
    overdue_actions,
    overdue_reviews,
    quality_review,
    stalled_goals,
)
from casemgmt.tables import TABLES, export_tables


def _scan(cases: Iterable[Case], as_of: dt.date) -> dict[str, int]:
    """Every query over one stream: each case is read once and dropped after use."""
    counts = dict.fromkeys(
        ["cases", "due", "overdue", "actions", "stalled", "disengaged", "summary_open"], 0
    )

    def tally() -> Iterator[Case]:
        for case in cases:
            counts["cases"] += 1
            yield case

    for case in tally():
        one = (case,)
        counts["due"] += sum(1 for _ in due_reviews(one, as_of))
        counts["overdue"] += sum(1 for _ in overdue_reviews(one, as_of))
        counts["actions"] += sum(1 for _ in overdue_actions(one, as_of))
        counts["stalled"] += sum(1 for _ in stalled_goals(one, as_of))
        counts["disengaged"] += sum(1 for _ in disengaged(one, as_of))
        counts["summary_open"] += caseload_summary(one, as_of).open_cases
    return counts


def _bench(path: Path, as_of: dt.date, n: int) -> tuple[dict[str, int], float, int, int]:
    """(counts, seconds, tracemalloc peak, most memory still held at any tenth of the scan)."""
    start = time.perf_counter()
    counts = _scan(iter_cases(path), as_of)
    elapsed = time.perf_counter() - start
    held = 0

    def sampled(cases: Iterable[Case]) -> Iterator[Case]:
        nonlocal held
        step = max(1, n // 10)
        for i, case in enumerate(cases, start=1):
            yield case
            if i % step == 0:
                held = max(held, tracemalloc.get_traced_memory()[0])

    tracemalloc.start()
    _scan(sampled(iter_cases(path)), as_of)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return counts, elapsed, peak, held


def _child(task: str, path: str, as_of: dt.date) -> None:
    """One task in this (fresh) process; prints seconds and peak RSS as JSON."""
    start = time.perf_counter()
    if task == "read":
        count = sum(1 for _ in iter_cases(path))
    elif task == "review":
        count = quality_review(iter_cases(path), as_of=as_of).overall.cases
    else:
        with tempfile.TemporaryDirectory() as out:
            tables = [t for t in TABLES if t != "findings"]  # findings = the check: bench_check
            written = export_tables(iter_cases(path), out, to=task, tables=tables, salt="bench")
        count = written["cases"]
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"task": task, "cases": count, "seconds": seconds, "peak_kb": peak_kb}))


def _run_child(task: str, path: Path, as_of: dt.date) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", task, str(path), "--as-of", as_of.isoformat()]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def _supervision(sizes: list[int], tmp: Path, seed: int, as_of: dt.date) -> None:
    peaks: dict[str, list[float]] = {}
    for n in sizes:
        path = tmp / f"supervision-{n}.jsonl"
        write_jsonl(path, n, seed)
        base = _run_child("read", path, as_of)
        print(f"n={n:>7,}  read only: {n / base['seconds']:8,.0f} cases/s"
              f"  peak RSS {base['peak_kb'] / 1024:6.1f} MB")  # fmt: skip
        for task in ("review", "csv", "parquet"):
            r = _run_child(task, path, as_of)
            peaks.setdefault(task, []).append(r["peak_kb"])
            print(
                f"           {task:8} {n / r['seconds']:8,.0f} cases/s"
                f"  ({r['seconds'] / base['seconds']:.2f}x the read-only time)"
                f"  peak RSS {r['peak_kb'] / 1024:6.1f} MB"
            )
        path.unlink()
    if len(sizes) > 1:
        for task, values in peaks.items():
            print(
                f"peak RSS ratio {task} {sizes[-1]:,}/{sizes[0]:,} cases:"
                f" {values[-1] / values[0]:.2f} (target <= 1.2)"
            )


def _timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def _jobs(n: int, tmp: Path, seed: int, as_of: dt.date) -> None:
    path = tmp / f"jobs-{n}.jsonl"
    write_jsonl(path, n, seed)
    cli = [sys.executable, "-m", "casemgmt.cli"]
    day = ["--as-of", as_of.isoformat()]
    for name, argv in (
        ("check", [*cli, "check", str(path), *day, "--format", "json"]),
        ("report", [*cli, "report", str(path), *day, "-o", str(tmp / "report.html")]),
    ):
        one = _timed([*argv, "--jobs", "1"])
        two = _timed([*argv, "--jobs", "2"])
        print(
            f"{name} n={n:,}: --jobs 1 {one:6.1f} s, --jobs 2 {two:6.1f} s,"
            f" speed-up {one / two:.2f}x (os.cpu_count()={os.cpu_count()})"
        )
    path.unlink()


def _dask(n: int, tmp: Path, seed: int, as_of: dt.date) -> None:
    from distributed import Client, LocalCluster

    from casemgmt import dask as on_dask

    path = tmp / f"dask-{n}.jsonl"
    write_jsonl(path, n, seed)
    start = time.perf_counter()
    serial = quality_review(iter_cases(path), as_of=as_of)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # no fixed port 8787, loopback only
        ) as cluster,
        Client(cluster),
    ):  # fmt: skip
        up = time.perf_counter() - start
        start = time.perf_counter()
        report = on_dask.quality_review(str(path), as_of=as_of, blocksize="16MiB")
        run = time.perf_counter() - start
    assert report == serial, "the Dask review differs from the serial one"
    print(
        f"dask n={n:,}: serial {alone:6.1f} s; LocalCluster(2 processes) start {up:5.1f} s,"
        f" review {run:6.1f} s ({run / alone:.2f}x serial; equal reports)"
    )
    path.unlink()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, nargs="*", default=[10_000, 100_000], help="caseload sizes"
    )
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2025, 6, 1))
    parser.add_argument("--supervision", type=int, nargs="*", default=[], metavar="N")
    parser.add_argument("--jobs-n", type=int, default=0, metavar="N")
    parser.add_argument("--dask-n", type=int, default=0, metavar="N")
    parser.add_argument("--child", nargs=2, metavar=("TASK", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], args.child[1], args.as_of)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.supervision:
            _supervision(args.supervision, Path(tmp), args.seed, args.as_of)
        if args.jobs_n:
            _jobs(args.jobs_n, Path(tmp), args.seed, args.as_of)
        if args.dask_n:
            _dask(args.dask_n, Path(tmp), args.seed, args.as_of)

    peaks: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.n:
            path = Path(tmp) / f"caseload-{n}.jsonl"
            t0 = time.perf_counter()
            size = write_jsonl(path, n, args.seed)
            made = time.perf_counter() - t0
            counts, elapsed, peak, held = _bench(path, args.as_of, n)
            peaks.append((n, peak))
            print(
                f"n={n:>7,}  file={size / 1e6:7.1f} MB (generated in {made:5.1f} s)"
                f"  scan={elapsed:6.1f} s  {n / elapsed:8,.0f} cases/s"
                f"  peak={peak / 1e6:6.2f} MB  held={held / 1e6:5.2f} MB"
            )
            print(
                "           "
                + "  ".join(f"{k}={v:,}" for k, v in counts.items() if k != "summary_open")
            )
            path.unlink()
    if len(peaks) > 1:
        (n0, p0), (n1, p1) = peaks[0], peaks[-1]
        print(f"peak ratio {n1:,}/{n0:,} cases: {p1 / p0:.2f} (1.00 = constant memory)")


if __name__ == "__main__":
    main()
