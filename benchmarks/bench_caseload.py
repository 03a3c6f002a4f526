"""Scan a generated caseload with the monitoring queries: speed and peak memory.

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
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    stalled_goals,
)


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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, nargs="+", default=[10_000, 100_000], help="caseload sizes"
    )
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2025, 6, 1))
    args = parser.parse_args(argv)

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
