"""Throughput of check_goal_statement on one core: prints statements per second.

Run: PYTHONPATH=src python benchmarks/bench_wording.py [--against CHECKOUT] [--rounds N]
Three figures: distinct statements (cache defeated by a unique suffix), the
labelled corpus repeated (the wording cache hits), and the ``goal.wording`` plan
rule re-checking Carla's plan (seed 002, 7 goals) whose wordings are cached: the
cost a whole-case validation pays per case once a caseload's wordings are known.
Rates are statements per CPU second of this process (``time.process_time``), so a
busy machine slows them less than wall-clock time would.

``--against CHECKOUT`` compares the distinct-statement figure with another
checkout's analyser (its ``src`` first on ``PYTHONPATH``), each side in its own
subprocess, the two sides alternating for ``--rounds`` rounds so that load
changes hit both alike; it prints both medians and the median of the per-round
ratios. The statements are the same for both sides (this checkout's corpus), and
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

from wording_corpus import CORPUS

from casemgmt import planning
from casemgmt.planning import check_goal_statement

ROOT = Path(__file__).resolve().parents[1]


def _rate(texts: list[tuple[str, tuple[str, ...]]]) -> float:
    start = time.process_time()
    for text, names in texts:
        check_goal_statement(text, client_names=names)
    return len(texts) / (time.process_time() - start)


def _distinct() -> tuple[float, int]:
    """Statements per CPU second with the cache defeated, and how many were checked."""
    base = [(e.text, e.names) for e in CORPUS]
    uncached = [(f"{t} (ref {i})", n) for i in range(40) for t, n in base]
    # the suffix defeats the cache; clearing it too (where the checkout has the
    # function: --against may import an older analyser) starts from the same state
    clear = getattr(planning, "clear_wording_cache", None)
    if clear is not None:
        clear()
    return _rate(uncached), len(uncached)


def _side(src: Path) -> float:
    """One round of the distinct figure in a fresh process importing ``src``'s analyser."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--distinct-only"],
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
    """Alternate this checkout's and ``other``'s distinct figure; print medians and ratio."""
    mine_src, other_src = ROOT / "src", other.resolve() / "src"
    mine: list[float] = []
    theirs: list[float] = []
    for r in range(rounds):
        pair = (mine_src, other_src) if r % 2 == 0 else (other_src, mine_src)
        rates = {src: _side(src) for src in pair}
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

    distinct, checked = _distinct()
    base = [(e.text, e.names) for e in CORPUS]
    repeated = _rate(base * 60)
    print(f"distinct statements: {distinct:,.0f} statements/s ({checked} checked)")
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
    parser.add_argument("--distinct-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.distinct_only:
        import casemgmt

        print(_distinct()[0], Path(casemgmt.__file__).parents[1])
    elif args.against:
        against(args.against, args.rounds)
    else:
        main()
