"""`casemgmt check` over a whole caseload: cases/s and peak memory at two sizes.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/bench_check.py              # 10,000 and 100,000 cases
    PYTHONPATH=src python benchmarks/bench_check.py --n 1000 5000

Each size is written as JSON Lines, then checked by the real CLI
entry point in this process (``--format json``, output to ``os.devnull``)
under ``tracemalloc``, from a full collection (see ``_traced_peak``). A
warm-up pass over the smallest file runs first, so the bounded caches (goal
wording, dates, time frames, day texts) are already full and the comparison
is of the streaming itself; their sizes before and after each traced pass
are printed. Issue 9: the peak at 100k must be
within 1.2x the peak at 10k.

At the smallest size it also times, side by side and interleaved (best of
``--rounds``), ``--jobs 1`` against ``--jobs 2`` (issue 19: >= 1.8x on two
cores) and ``--jobs 1`` with the progress line drawn on a (fake) terminal
against without (issue 13: a few percent at most), and splits the CPU time
of one case into the check's own parts (issue 19): reading the lines,
loading the cases, the rules (``validate`` and closure, which other work
speeds up) and the rest — output lines, per-line bookkeeping — as the
difference between the whole command and the parts.

Two caseload shapes (``--shape``):

* ``reference`` (default): issue 9's case shape, ``bench_core.make_case(i)``
  (8 needs, 5 goals, 15 actions, 3 referrals, 4 reviews), so every case is
  about the same size and the two peaks compare the streaming alone;
* ``varied``: ``_gen.write_jsonl``, cases of very different sizes. A stream
  holds one case at a time, so its peak follows the *largest* case, and a
  bigger file tends to hold a bigger largest case; the script prints it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _gen import write_jsonl

from casemgmt import dumps
from casemgmt.cli import _jobs
from casemgmt.cli import main as cli


class _FakeTerminal(io.StringIO):
    """stderr that says it is a terminal: the progress line is drawn (and discarded)."""

    def isatty(self) -> bool:
        return True


def _check(path: Path, as_of: str, *more: str, progress: bool = False) -> int:
    args = ["check", str(path), "--format", "json", "--as-of", as_of, *more]
    err = _FakeTerminal() if progress else io.StringIO()
    with (
        open(os.devnull, "w") as sink,
        contextlib.redirect_stdout(sink),
        contextlib.redirect_stderr(err),
    ):
        return cli(args)


def _timed(path: Path, as_of: str, *more: str, progress: bool = False) -> float:
    start = time.perf_counter()
    _check(path, as_of, *more, progress=progress)
    return time.perf_counter() - start


def _cpu_all() -> float:
    """CPU seconds of this process and of its children that have ended."""
    me, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _side_by_side(path: Path, n: int, as_of: str, rounds: int) -> None:
    """--jobs 1 and 2, and the progress line on and off, interleaved; best of ``rounds``.

    Besides wall clock, the serial runs' CPU seconds give cases per CPU
    second, the figure that still means something when other work keeps
    the cores busy.
    """
    runs: dict[str, list[tuple[float, float]]] = {
        "jobs 1": [],
        "jobs 2": [],
        "jobs 1 + progress": [],
    }
    for _ in range(rounds):
        for name, more, progress in (
            ("jobs 1", (), False),
            ("jobs 2", ("--jobs", "2"), False),
            ("jobs 1 + progress", (), True),
        ):
            cpu = _cpu_all()
            wall = _timed(path, as_of, *more, progress=progress)
            runs[name].append((wall, _cpu_all() - cpu))
    best = {name: min(w for w, _ in times) for name, times in runs.items()}
    best_cpu = {name: min(c for _, c in times) for name, times in runs.items()}
    # --jobs 2's workers are forked from this process (single-threaded, Linux),
    # so their CPU time reaches RUSAGE_CHILDREN once they are joined; from a
    # fork server (other platforms) it would not, and is not shown.
    forked = _jobs.worker_context(_jobs.__name__).get_start_method() == "fork"
    for name, seconds in best.items():
        shown = name != "jobs 2" or forked
        cpu = f", {n / best_cpu[name]:8,.0f} per CPU second" if shown else ""
        print(f"n={n:>7,}  {name:<18} {n / seconds:8,.0f} cases/s{cpu} (best of {rounds})")
    pairs = zip(runs["jobs 1"], runs["jobs 2"], strict=True)
    paired = sorted(one[0] / two[0] for one, two in pairs)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"--jobs 2 speed-up over --jobs 1: {best['jobs 1'] / best['jobs 2']:.2f}x best,"
        f" {statistics.median(paired):.2f}x median of {rounds} paired rounds"
        f" (min {paired[0]:.2f}, max {paired[-1]:.2f}; load average {load}) (target >= 1.8)"
    )
    cost = best["jobs 1 + progress"] / best["jobs 1"] - 1
    print(f"progress line on a terminal: {cost:+.1%} time (target: a few percent at most)")


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def _breakdown(path: Path, as_of: str, rounds: int, sample: int = 1_000) -> None:
    """CPU microseconds per case of the first ``sample`` cases, part by part.

    Each part is timed on its own (best of ``rounds``, interleaved): reading
    the lines, loading them (read + load, less reading), the rules on loaded
    cases, and writing the output lines with the command's bookkeeping
    (``Judge``'s JSON line, the sink, the tally) from findings already made;
    then the whole command on the same lines. Rules cost more streamed, one
    case loaded after another, than on cases already in memory (caches and
    the collector), so they are counted streamed: read + load + rules, less
    read + load. What is left is the per-line glue (generators, ``CaseLine``).
    """
    import datetime as dt

    from casemgmt.cli._judge import Judge, Settings, Tally
    from casemgmt.cli._output import Sink
    from casemgmt.reading import read_cases

    part = path.with_name(f"sample-{sample}.jsonl")
    with path.open("rb") as source, part.open("wb") as out:
        for _, line in zip(range(sample), source, strict=False):
            out.write(line)
    judge = Judge(Settings(as_of=dt.date.fromisoformat(as_of), format="json"))
    entries = list(read_cases(part))
    n = len(entries)
    done = [(e, judge.findings(e.case)) for e in entries if e.case is not None]

    def read() -> None:
        with part.open("rb") as handle:
            for _ in handle:
                pass

    def read_load() -> None:
        for _ in read_cases(part):
            pass

    def rules() -> None:
        for e in entries:
            if e.case is not None:
                judge.findings(e.case)

    def streamed() -> None:
        for e in read_cases(part):
            if e.case is not None:
                judge.findings(e.case)

    def output() -> None:
        with open(os.devnull, "w") as sink_stream:
            sink, tally = Sink(sink_stream), Tally()
            for e, findings in done:
                judge.findings = lambda _case, f=findings: f  # type: ignore[method-assign]
                report, _, outcome = judge(e)
                sink.write(report)
                tally.add(outcome)
            del judge.findings

    parts: dict[str, Callable[[], object]] = {
        "read lines": read,
        "read + load": read_load,
        "rules": rules,
        "output": output,
        "read + load + rules": streamed,
        "whole": lambda: _check(part, as_of),
    }
    times: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(rounds):
        for name, fn in parts.items():
            times[name].append(_cpu(fn))
    us = {name: min(ts) / n * 1e6 for name, ts in times.items()}
    rows = {
        "reading lines": us["read lines"],
        "loading (parse + structure)": us["read + load"] - us["read lines"],
        "rules (validate), streamed": us["read + load + rules"] - us["read + load"],
        "output lines + bookkeeping": us["output"],
    }
    rows["rest (whole - the above)"] = us["whole"] - sum(rows.values())
    print(f"first {n:,} cases, CPU per case, best of {rounds}: {us['whole']:7.1f} us in all")
    for name, value in rows.items():
        print(f"    {name:<34} {value:7.1f} us  {value / us['whole']:6.1%}")
    print(f"    (rules on cases already loaded: {us['rules']:.1f} us)")
    own = us["whole"] - rows["rules (validate), streamed"]
    print(f"    the check's own part (all but rules): {own:.1f} us", end="")
    print(f" = {1e6 / own:,.0f} cases/s on one core")


def _cache_sizes() -> str:
    from casemgmt._codegen import _values
    from casemgmt.core import _time

    return f"dates {len(_values.dates):,}, day texts {len(_time._ISO_DAYS):,}"


def _traced_peak(path: Path, as_of: str) -> tuple[int, str]:
    """tracemalloc's peak over one pass, from a full collection; and the caches' sizes.

    A full collection empties CPython's free lists (tuples, lists, dicts,
    frames); a pass refills them with blocks allocated while traced, which
    then count as held. Without it the traced peak depends on how long ago the
    collector last ran (0.69-0.84 MB for one 10k file in one process, issue
    19); from a collection, each pass starts from the same state.
    """
    before = _cache_sizes()
    gc.collect()
    tracemalloc.start()
    _check(path, as_of)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, f"{before} / {_cache_sizes()}"


def _write_reference(path: Path, n: int) -> None:
    from bench_core import make_case  # imports pydantic for its mirror: the bench extra

    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(dumps(make_case(i)) + "\n")


def _largest_line(path: Path) -> int:
    with path.open("rb") as handle:
        return max(len(line) for line in handle)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--as-of", default="2025-06-01")
    parser.add_argument("--shape", choices=("reference", "varied"), default="reference")
    parser.add_argument("--rounds", type=int, default=3, help="side-by-side rounds")
    parser.add_argument(
        "--no-jobs", action="store_true", help="skip --jobs 2 (meaningless on a busy machine)"
    )
    args = parser.parse_args(argv)
    sizes = sorted(args.n)
    rows: list[tuple[int, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = {n: Path(tmp) / f"caseload-{n}.jsonl" for n in sizes}
        for n, path in paths.items():
            if args.shape == "reference":
                _write_reference(path, n)
            else:
                write_jsonl(path, n, args.seed)
        _check(paths[sizes[0]], args.as_of)  # warm-up: fill the bounded caches
        for n, path in paths.items():
            start, cpu = time.perf_counter(), time.process_time()
            code = _check(path, args.as_of)
            elapsed = time.perf_counter() - start
            cpu = time.process_time() - cpu
            peak, caches = _traced_peak(path, args.as_of)
            rows.append((n, n / elapsed, peak))
            if n == sizes[0]:
                _breakdown(path, args.as_of, args.rounds)
                if not args.no_jobs:
                    _side_by_side(path, n, args.as_of, args.rounds)
            print(
                f"n={n:>7,}  exit={code}  {n / elapsed:8,.0f} cases/s"
                f" ({n / cpu:,.0f} per CPU second)"
                f"  peak={peak / 1e6:6.2f} MB (tracemalloc)"
                f"  largest case={_largest_line(path) / 1e3:5.1f} KB"
                f"  caches before/after the traced pass: {caches}"
            )
    if len(rows) > 1:
        (n0, _, p0), (n1, _, p1) = rows[0], rows[-1]
        print(f"peak ratio {n1:,}/{n0:,} cases: {p1 / p0:.2f} (target <= 1.20)")


if __name__ == "__main__":
    main()
