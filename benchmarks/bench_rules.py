"""Rules throughput against another checkout: cases/s side by side, and instructions per case.

Run from the repository root (not part of the test suite)::

    python benchmarks/bench_rules.py --against /tmp/s6base            # cases/s, alternating
    python benchmarks/bench_rules.py --against /tmp/s6base --instructions  # callgrind counts

Two checkouts cannot be imported into one interpreter, so each round runs
``bench_core.run_rules`` (``validate`` and ``validate`` + closure ``evaluate``
on the reference shape, repeated and distinct goal texts) once per checkout
in fresh processes, the order alternating; the table shows medians and the
median of the per-round ratios, so load that comes and goes on a shared
machine hits both alike (issue 19).

``--instructions`` counts machine instructions per case under valgrind's
callgrind instead: only inside ``operator.call`` (``--toggle-collect``), which
the measured loop alone calls, so imports and building the cases are left
out. The counts do not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_RATES = """
import json, bench_core
rates = bench_core.run_rules({cases}, {repeats})
print(json.dumps({{name: r["cases_per_s"] for name, r in rates.items()}}))
"""

_COUNTED = """
import datetime as dt, operator, bench_core
from casemgmt import validate
from casemgmt.closure import evaluate
from casemgmt.planning import clear_wording_cache
as_of = dt.date(2025, 6, 30)
cases = [bench_core.make_case(i, distinct_texts={distinct}) for i in range({cases})]
def one(closure):
    if {distinct}:
        clear_wording_cache()
    for case in cases:
        validate(case, as_of=as_of)
        if closure:
            evaluate(case, as_of=as_of)
one(True)
operator.call(one, {closure})
"""

MODES = {
    "validate": (False, False),
    "validate+evaluate": (False, True),
    "validate, distinct texts": (True, False),
    "validate+evaluate, distinct texts": (True, True),
}


def _env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{tree / 'src'}{os.pathsep}{tree / 'benchmarks'}"}


def rates(tree: Path, cases: int, repeats: int) -> dict[str, float]:
    """One round of ``run_rules`` in a fresh process importing ``tree``."""
    code = _RATES.format(cases=cases, repeats=repeats)
    out = subprocess.run(
        [sys.executable, "-c", code], env=_env(tree), capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return found


def instructions(tree: Path, cases: int, *, distinct: bool, closure: bool) -> float:
    """Machine instructions per case of one pass, counted by callgrind."""
    code = _COUNTED.format(cases=cases, distinct=distinct, closure=closure)
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        "--collect-atstart=no",
        "--toggle-collect=_operator_call",
        sys.executable,
        "-c",
        code,
    ]
    err = subprocess.run(command, env=_env(tree), capture_output=True, text=True, check=True).stderr
    found = re.search(r"Collected : (\d+)", err)
    if found is None:
        msg = f"no instruction count in callgrind's output:\n{err[-2000:]}"
        raise RuntimeError(msg)
    return int(found.group(1)) / cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True, help="another checkout")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds")
    parser.add_argument("--cases", type=int, default=300, help="reference cases per pass")
    parser.add_argument("--repeats", type=int, default=3, help="passes per round")
    parser.add_argument("--instructions", action="store_true", help="callgrind counts instead")
    args = parser.parse_args()
    trees = {"this checkout": HERE.parent, str(args.against): args.against.resolve()}
    if args.instructions:
        for mode, (distinct, closure) in MODES.items():
            per = {
                name: instructions(tree, min(args.cases, 100), distinct=distinct, closure=closure)
                for name, tree in trees.items()
            }
            counted, other_count = per.values()
            print(
                f"{mode:36} {counted:>12,.0f} vs {other_count:>12,.0f} instructions per case"
                f" ({counted / other_count:.3f}x)"
            )
        return
    got: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for r in range(args.rounds):
        for name in list(trees) if r % 2 == 0 else list(trees)[::-1]:
            got[name].append(rates(trees[name], args.cases, args.repeats))
    mine, theirs = got.values()
    for mode in MODES:
        ours = statistics.median(x[mode] for x in mine)
        other = statistics.median(x[mode] for x in theirs)
        ratio = statistics.median(a[mode] / b[mode] for a, b in zip(mine, theirs, strict=True))
        print(f"{mode:36} {ours:>8,.0f} vs {other:>8,.0f} cases/s (median ratio {ratio:.2f}x)")


if __name__ == "__main__":
    main()
