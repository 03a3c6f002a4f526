"""Hash every finding of ``validate`` + closure ``evaluate`` over a fixed corpus of cases.

A rules speed-up must not change one finding (issue 19). Write the corpus once,
from any checkout (the cases are pickled, so both sides judge the very same
records), then digest it with each tree and compare the lines::

    python benchmarks/findings_digest.py --write /tmp/corpus.pkl
    PYTHONPATH=src python benchmarks/findings_digest.py /tmp/corpus.pkl
    PYTHONPATH=/tmp/s8base/src python benchmarks/findings_digest.py /tmp/corpus.pkl

The corpus: 400 reference cases (``bench_core.make_case``), 50 with distinct
goal texts, 300 varied ``_gen`` cases, 300 strategy cases, 400 roughened ones
(``tests.test_rules_reference.rough_cases``) and 300 closure proposals, each
judged on several days; every finding's code, severity, path, message, hint
and type go into the hash. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import pickle
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DAYS = [dt.date(2024, 3, 1), dt.date(2025, 6, 30), dt.date(2026, 1, 15)]


def _drawn(strategy: Any, n: int, seed: int) -> list[Any]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as seeded

    got: list[Any] = []

    @seeded(seed)
    @settings(max_examples=n, database=None, suppress_health_check=list(HealthCheck), deadline=None)
    @given(strategy)
    def draw(x: Any) -> None:
        got.append(x)

    draw()
    return got


def write(path: Path) -> None:
    """Pickle the corpus to ``path``."""
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    import _gen
    import bench_core
    from tests.test_rules_reference import rough_cases

    from casemgmt.testing import strategies as cs

    rng = random.Random(7)
    corpus = {
        "reference": [bench_core.make_case(i) for i in range(400)],
        "reference_distinct": [bench_core.make_case(i, distinct_texts=True) for i in range(50)],
        "varied": [_gen.make_case(rng, i) for i in range(300)],
        "strategy": _drawn(cs.cases_as_of(consent=None), 300, 1),
        "rough": _drawn(rough_cases(), 400, 2),
        "proposals": _drawn(cs.closure_proposals(), 300, 3),
    }
    path.write_bytes(pickle.dumps(corpus))
    print({kind: len(items) for kind, items in corpus.items()})


def digest(path: Path) -> None:
    """Print one hash per kind of case, the number of findings and a total hash."""
    from casemgmt import validate
    from casemgmt.closure import evaluate

    corpus = pickle.loads(path.read_bytes())
    total = hashlib.sha256()
    count: collections.Counter[str] = collections.Counter()

    def feed(h: Any, findings: Any) -> None:
        for f in findings:
            count[f.code] += 1
            fields = (f.code, f.severity.value, f.path, f.message, f.hint, type(f).__name__)
            h.update(repr(fields).encode() + b"\n")
        h.update(b"--\n")

    for kind, items in corpus.items():
        h = hashlib.sha256()
        for item in items:
            if kind in ("strategy", "rough"):
                case, as_of = item
                for day in (as_of, DAYS[0]):
                    feed(h, validate(case, as_of=day))
                    feed(h, evaluate(case, as_of=day).findings)
            elif kind == "proposals":
                case, record, as_of = item
                feed(h, validate(case, as_of=as_of))
                feed(h, evaluate(case, as_of=as_of, record=record).findings)
                feed(h, evaluate(case, as_of=as_of).findings)
            else:
                for day in DAYS:
                    feed(h, validate(item, as_of=day))
                    feed(h, evaluate(item, as_of=day).findings)
        print(kind, len(items), h.hexdigest()[:16])
        total.update(h.digest())
    print(f"findings {sum(count.values())} codes {len(count)} total {total.hexdigest()[:16]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a corpus file to digest")
    parser.add_argument("--write", type=Path, help="write the corpus to this file instead")
    args = parser.parse_args()
    if args.write is not None:
        write(args.write)
    elif args.corpus is not None:
        digest(args.corpus)
    else:
        parser.error("give a corpus file, or --write FILE")


if __name__ == "__main__":
    main()
