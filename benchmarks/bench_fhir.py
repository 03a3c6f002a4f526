"""FHIR export and import speed: bundles per second, against contenders in the same process.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/bench_fhir.py            # 1,000 generated cases
    PYTHONPATH=src python benchmarks/bench_fhir.py --n 5000

Cases come from ``benchmarks/_gen.py`` (the caseload shape the other
benchmarks use). Timed, each over every case:

* ``to_bundle`` + ``json.dumps``: what ``casemgmt export --to fhir`` does per case;
* ``from_bundle`` over the parsed bundles;
* contender 1, ``casemgmt.dumps``: our own JSON form of the same cases (the
  floor: a bundle says the same things, spread over FHIR resources);
* contender 2, validating every bundle with the ``fhir.resources`` R4B models
  (pydantic; what building the bundle through a FHIR object library costs
  at least), when the package is installed (the ``test-exchange`` extra).

Ratios are contender time over ours: above 1 means we are faster.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from typing import Any

from _gen import make_case

from casemgmt import dumps
from casemgmt.fhir import from_bundle, to_bundle


def _time(fn: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="cases (default 1000)")
    args = parser.parse_args()
    rng = random.Random(2024)
    cases = [make_case(rng, i) for i in range(args.n)]
    bundles = [to_bundle(c, include_identity=True) for c in cases]
    texts = [json.dumps(b) for b in bundles]
    resources = sum(len(b["entry"]) for b in bundles)
    print(f"{args.n} cases, {resources / args.n:.1f} resources a bundle")

    export = _time(lambda: [json.dumps(to_bundle(c, include_identity=True)) for c in cases])
    reading = _time(lambda: [from_bundle(json.loads(t)) for t in texts])
    own = _time(lambda: [dumps(c) for c in cases])
    print(f"export  to_bundle+json.dumps {args.n / export:10,.0f} bundles/s")
    print(f"import  json.loads+from_bundle {args.n / reading:8,.0f} bundles/s")
    print(f"casemgmt.dumps (own JSON)     {args.n / own:10,.0f} cases/s   ratio {own / export:.2f}")
    try:
        from fhir.resources.R4B import get_fhir_model_class
    except ImportError:
        print("fhir.resources not installed: contender 2 skipped (pip install '.[test-exchange]')")
        return
    model = get_fhir_model_class("Bundle")
    validate = _time(lambda: [model.model_validate(b) for b in bundles], repeat=1)
    print(
        f"fhir.resources Bundle models  {args.n / validate:10,.0f} bundles/s"
        f"   ratio {validate / export:.2f}"
    )


if __name__ == "__main__":
    main()
