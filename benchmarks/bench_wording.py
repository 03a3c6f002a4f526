"""Throughput of check_goal_statement on one core: prints statements per second.

Run: PYTHONPATH=src python benchmarks/bench_wording.py
Three figures: distinct statements (cache defeated by a unique suffix), the
labelled corpus repeated (the wording cache hits), and the ``goal.wording`` plan
rule re-checking Carla's plan (seed 002, 7 goals) whose wordings are cached: the
cost a whole-case validation pays per case once a caseload's wordings are known.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "planning"))

from wording_corpus import CORPUS

from casemgmt.core import CheckContext
from casemgmt.examples import carla_case
from casemgmt.planning import check_goal_statement, clear_wording_cache
from casemgmt.planning._rules import goal_wording


def _rate(texts: list[tuple[str, tuple[str, ...]]]) -> float:
    start = time.perf_counter()
    for text, names in texts:
        check_goal_statement(text, client_names=names)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    base = [(e.text, e.names) for e in CORPUS]
    uncached = [(f"{t} (ref {i})", n) for i in range(40) for t, n in base]
    clear_wording_cache()
    distinct = _rate(uncached)
    repeated = _rate(base * 60)
    print(f"distinct statements: {distinct:,.0f} statements/s ({len(uncached)} checked)")
    print(f"repeated statements (cached): {repeated:,.0f} statements/s")
    case, ctx = carla_case(), CheckContext(as_of=dt.date(2024, 1, 1))
    goals = sum(1 for g in case.plan.goals if g.status.is_open) if case.plan else 0
    list(goal_wording(case, ctx))
    rounds = 3000
    start = time.perf_counter()
    for _ in range(rounds):
        for _finding in goal_wording(case, ctx):
            pass
    per_case = (time.perf_counter() - start) / rounds * 1e6
    print(f"goal.wording rule, wordings cached: {per_case:.1f} us per case ({goals} open goals)")


if __name__ == "__main__":
    main()
