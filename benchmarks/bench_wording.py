"""Throughput of check_goal_statement on one core: prints statements per second.

Run: PYTHONPATH=src python benchmarks/bench_wording.py [--against CHECKOUT] [--rounds N]
Four figures: distinct statements with the cache cleared before each pass, on two
workloads -- the project's own corpus (``wording_corpus.jsonl``, short written
statements) and every labelled statement of every corpus (the public ones are
longer and run more of the rules) -- the project corpus repeated (the wording
cache hits), and the ``goal.wording`` plan rule re-checking Carla's plan (seed
002, 7 goals) whose wordings are cached: the cost a whole-case validation pays
per case once a caseload's wordings are known. Each statement is checked as
written: until session 7 a unique " (ref N)" suffix defeated the cache, but the
number in it is a measurable criterion, so every statement took the criterion
path and the measurable rules after it never ran (a flattering workload).
Rates are statements per CPU second of this process (``time.process_time``), so a
busy machine slows them less than wall-clock time would.

``--against CHECKOUT`` compares the distinct-statement figure with another
checkout's analyser (its ``src`` first on ``PYTHONPATH``), each side in its own
subprocess, the two sides alternating for ``--rounds`` rounds so that load
changes hit both alike; it prints both medians and the median of the per-round
ratios. The statements are the same for both sides (this checkout's corpora), and
the other side needs only ``casemgmt.planning.check_goal_statement``, so an
older analyser (before the issue 15 rebuild) can be compared too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "planning"))

from wording_corpus import CORPUS, load

from casemgmt import planning
from casemgmt.planning import check_goal_statement

ROOT = Path(__file__).resolve().parents[1]


def _rate(texts: list[tuple[str, tuple[str, ...]]]) -> float:
    start = time.process_time()
    for text, names in texts:
        check_goal_statement(text, client_names=names)
    return len(texts) / (time.process_time() - start)


WORKLOADS = ("project", "all")
"""``project``: the 461 statements of ``wording_corpus.jsonl``; ``all``: every corpus."""


def _statements(workload: str) -> list[tuple[str, tuple[str, ...]]]:
    if workload == "project":
        return [(e.text, e.names) for e in CORPUS]
    files = sorted((ROOT / "tests" / "planning").glob("wording_*.jsonl"))
    return [(e.text, e.names) for path in files for e in load(path)]


def _distinct(workload: str) -> tuple[float, int]:
    """Statements per CPU second with the cache cleared before each pass, and how many
    were checked (an older checkout without ``clear_wording_cache`` gets one pass)."""
    texts = _statements(workload)
    clear = getattr(planning, "clear_wording_cache", None)
    passes = max(1, 18_000 // len(texts)) if clear is not None else 1
    spent = 0.0
    for _ in range(passes):
        if clear is not None:
            clear()
        start = time.process_time()
        for text, names in texts:
            check_goal_statement(text, client_names=names)
        spent += time.process_time() - start
    return passes * len(texts) / spent, passes * len(texts)


def _side(src: Path, workload: str) -> float:
    """One round of the distinct figure in a fresh process importing ``src``'s analyser."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--distinct-only", workload],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    if Path(out[1]).resolve() != src.resolve():
        msg = f"expected the analyser from {src}, the subprocess imported {out[1]}"
        raise RuntimeError(msg)
    return float(out[0])


def against(other: Path, rounds: int) -> None:
    """Alternate this checkout's and ``other``'s distinct figures; print medians and ratios."""
    for workload in WORKLOADS:
        print(f"workload {workload!r}:")
        _against(other, rounds, workload)


def _against(other: Path, rounds: int, workload: str) -> None:
    mine_src, other_src = ROOT / "src", other.resolve() / "src"
    mine: list[float] = []
    theirs: list[float] = []
    for r in range(rounds):
        pair = (mine_src, other_src) if r % 2 == 0 else (other_src, mine_src)
        rates = {src: _side(src, workload) for src in pair}
        mine.append(rates[mine_src])
        theirs.append(rates[other_src])
    ratios = [m / t for m, t in zip(mine, theirs, strict=True)]
    print(f"this checkout: {statistics.median(mine):,.0f} distinct statements/s (median)")
    print(f"{other}: {statistics.median(theirs):,.0f} distinct statements/s (median)")
    print(f"ratio (median of {rounds} per-round ratios): {statistics.median(ratios):.2f}x")


def main() -> None:
    from casemgmt.core import CheckContext
    from casemgmt.examples import carla_case
    from casemgmt.planning._rules import goal_wording

    for workload in WORKLOADS:
        distinct, checked = _distinct(workload)
        print(f"distinct statements, {workload}: {distinct:,.0f} statements/s ({checked} checked)")
    base = [(e.text, e.names) for e in CORPUS]
    repeated = _rate(base * 60)
    print(f"repeated statements (cached): {repeated:,.0f} statements/s")
    case, ctx = carla_case(), CheckContext(as_of=dt.date(2024, 1, 1))
    goals = sum(1 for g in case.plan.goals if g.status.is_open) if case.plan else 0
    list(goal_wording(case, ctx))
    rounds = 3000
    start = time.process_time()
    for _ in range(rounds):
        for _finding in goal_wording(case, ctx):
            pass
    per_case = (time.process_time() - start) / rounds * 1e6
    print(f"goal.wording rule, wordings cached: {per_case:.1f} us per case ({goals} open goals)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--rounds", type=int, default=6, help="alternating rounds (--against)")
    parser.add_argument("--distinct-only", choices=WORKLOADS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.distinct_only:
        import casemgmt

        print(_distinct(args.distinct_only)[0], Path(casemgmt.__file__).parents[1])
    elif args.against:
        against(args.against, args.rounds)
    else:
        main()
