"""Throughput of check_goal_statement on one core: prints statements per second.

Run: PYTHONPATH=src python benchmarks/bench_wording.py
Two figures: distinct statements (cache defeated by a unique suffix) and the
labelled corpus repeated (what a plan-level rule set sees: the wording cache hits).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "planning"))

from wording_corpus import CORPUS

from casemgmt.planning import check_goal_statement, clear_wording_cache


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


if __name__ == "__main__":
    main()
