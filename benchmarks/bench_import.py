"""Import time of casemgmt in fresh interpreters, optionally against another checkout.

Usage (from the repository root)::

    python benchmarks/bench_import.py                        # this checkout's src/
    python benchmarks/bench_import.py --against /tmp/oldsrc  # ... against an older one
    python benchmarks/bench_import.py -n 21 --no-bytecode-cache

Each statement runs in a new interpreter that times it itself with
``time.perf_counter`` (interpreter start-up is not counted). With
``--against PATH`` (a checkout, or its ``src`` folder) the two trees
alternate, the order flipped every round, so a busy machine slows both
alike; the table gives medians and the ratio this/other (below 1 is
faster). One warm-up run per statement and tree comes first.

Bytecode caches are on by default, in a scratch folder per tree
(``PYTHONPYCACHEPREFIX``), as for an installed package; the project's
machines set ``PYTHONDONTWRITEBYTECODE``, so without this every run would
recompile casemgmt from source. ``--no-bytecode-cache`` measures that case
too (each run compiles every module it imports).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

STATEMENTS = (
    "import casemgmt",
    "from casemgmt import Case, loads, validate",
)
_SNIPPET = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
HERE = Path(__file__).resolve().parent.parent / "src"


def source_folder(path: Path) -> Path:
    """The folder holding the ``casemgmt`` package: ``path`` or its ``src``."""
    for candidate in (path / "src", path):
        if (candidate / "casemgmt" / "__init__.py").is_file():
            return candidate.resolve()
    msg = f"no casemgmt package in {path} or {path / 'src'}"
    raise SystemExit(msg)


def once(stmt: str, src: Path, pycache: str | None) -> float:
    """Milliseconds ``stmt`` takes in a fresh interpreter importing from ``src``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    out = subprocess.run(
        [sys.executable, "-c", _SNIPPET.format(stmt=stmt)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return float(out.stdout.strip()) * 1000


def measure(
    trees: dict[str, Path], statements: list[str], rounds: int, *, cache: bool
) -> dict[tuple[str, str], list[float]]:
    """Times per (tree label, statement), trees alternating within each round."""
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        caches = {label: (f"{scratch}/{label}" if cache else None) for label in trees}
        labels = list(trees)
        for stmt in statements:
            for label in labels:  # warm-up: writes the bytecode cache, warms the page cache
                once(stmt, trees[label], caches[label])
            for r in range(rounds):
                for label in labels if r % 2 == 0 else reversed(labels):
                    ms = once(stmt, trees[label], caches[label])
                    times.setdefault((label, stmt), []).append(ms)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--src", type=Path, default=HERE, help="the tree to measure")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("-n", "--rounds", type=int, default=11, help="runs per statement")
    parser.add_argument(
        "--stmt", action="append", help="a statement to time (repeatable; default: two)"
    )
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="compile from source on every run"
    )
    args = parser.parse_args(argv)
    trees = {"this": source_folder(args.src)}
    if args.against is not None:
        trees["other"] = source_folder(args.against)
    statements = args.stmt or list(STATEMENTS)
    times = measure(trees, statements, args.rounds, cache=not args.no_bytecode_cache)
    for label, src in trees.items():
        print(f"{label}: {src}")
    cache = "off (compiled every run)" if args.no_bytecode_cache else "on"
    print(f"{args.rounds} rounds per statement, bytecode cache {cache}; medians in ms")
    head = f"{'statement':<45} {'this':>8}"
    if "other" in trees:
        head += f" {'other':>8} {'this/other':>11}"
    print(head)
    for stmt in statements:
        this = statistics.median(times["this", stmt])
        row = f"{stmt:<45} {this:8.1f}"
        if "other" in trees:
            other = statistics.median(times["other", stmt])
            row += f" {other:8.1f} {this / other:10.2f}x"
        print(row)


if __name__ == "__main__":
    main()
