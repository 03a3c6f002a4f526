"""Instructions per document of ``loads`` and ``dumps``, ours and the contenders', under callgrind.

Wall clock on the shared machine moves by more than the changes worth
making to the loaders (a few per cent), and instruction counts do not move
with the load. This runs one contender's ``loads`` or ``dumps`` on one
shape of ``bench_core`` (the same cases, written by ``dumps``), each pass
inside ``operator.call``, so callgrind counts those passes alone::

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=_operator_call \\
        --callgrind-out-file=/dev/null \\
        python benchmarks/count_codec.py --shape strategies --op casemgmt.loads

Instructions per document = collected / (passes x cases). ``--src DIR``
imports casemgmt from another checkout (a "before" snapshot such as
``/tmp/s7base/src``) while the cases and mirrors come from this one. The
documents are drawn once, outside valgrind, into a temporary file.
``--all`` prints the valgrind command for every shape and contender and
runs them one after another (about a minute each on a quiet core), then a
table. Run with ``PYTHONHASHSEED=0`` (``--all`` sets it): string hashes move
dict collisions, and so the counts, by about 1% between runs.

The results are discarded as each contender makes them, as in
``bench_core``: a loader's count includes freeing what it built.
"""

from __future__ import annotations

import argparse
import gc
import operator
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPS = (
    "casemgmt.loads",
    "msgspec.loads",
    "pydantic.loads",
    "orjson.loads",
    "casemgmt.dumps",
    "msgspec.dumps",
    "pydantic.dumps",
)
SHAPES = ("reference", "strategies", "varied")


def write_docs(shape: str, n_cases: int, path: Path) -> None:
    """The shape's documents, one a line, drawn here so the child need not (it runs slowly)."""
    import bench_core

    from casemgmt import dumps

    path.write_text("".join(dumps(c) + "\n" for c in bench_core.shape_cases(shape, n_cases)))


def pass_of(op: str, docs: list[bytes]) -> Callable[[], object]:
    """One pass of ``op`` over the documents (or the cases read from them)."""
    import bench_core
    import msgspec
    import orjson

    from casemgmt import Case, dumps, loads

    cases = [loads(d, Case) for d in docs]
    decoder = msgspec.json.Decoder(bench_core.SCase)
    encoder = msgspec.json.Encoder()
    structs = [decoder.decode(d) for d in docs]
    models = [bench_core.PCase.model_validate_json(d) for d in docs]
    validate = bench_core.PCase.model_validate_json
    passes: dict[str, Callable[[], object]] = {
        "casemgmt.loads": lambda: [None for d in docs if loads(d, Case) is None],
        "msgspec.loads": lambda: [None for d in docs if decoder.decode(d) is None],
        "pydantic.loads": lambda: [None for d in docs if validate(d) is None],
        "orjson.loads": lambda: [None for d in docs if orjson.loads(d) is None],
        "casemgmt.dumps": lambda: [None for c in cases if dumps(c) is None],
        "msgspec.dumps": lambda: [None for s in structs if encoder.encode(s) is None],
        "pydantic.dumps": lambda: [None for m in models if m.model_dump_json() is None],
    }
    return passes[op]


def child(op: str, docs_file: Path, passes: int) -> None:
    import casemgmt

    print(f"casemgmt from {Path(casemgmt.__file__).parent}", file=sys.stderr)
    run = pass_of(op, docs_file.read_bytes().splitlines())
    run()  # warm: caches filled, hooks written, adaptive bytecode specialised
    # The set-up's objects frozen: a collection in the counted passes walks only what
    # they made, not the whole heap, so whether one falls inside the passes no longer
    # moves the count (by up to 8% on varied: one full collection is ~15M instructions).
    gc.collect()
    gc.freeze()
    for _ in range(passes):
        operator.call(run)


def count(op: str, shape: str, n_cases: int, passes: int, src: str | None) -> float:
    """Instructions per document of ``op``, from a callgrind run of a child."""
    docs_file = Path(tempfile.gettempdir()) / f"count_codec_{shape}_{n_cases}.jsonl"
    if not docs_file.exists():
        write_docs(shape, n_cases, docs_file)
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=_operator_call",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        "--op",
        op,
        "--docs",
        str(docs_file),
        "--passes",
        str(passes),
    ]
    env = dict(os.environ, PYTHONHASHSEED="0")
    paths = [str(HERE)] + ([src] if src else [])
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")])
    print(" ".join(cmd), flush=True)
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    print("  " + next(line for line in out.splitlines() if "casemgmt from" in line))
    found = re.search(r"Collected : (\d+)", out)
    if found is None:
        raise RuntimeError(out[-2000:])
    return int(found.group(1)) / (passes * n_cases)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--op", choices=OPS, default="casemgmt.loads")
    parser.add_argument("--shape", choices=SHAPES, default="reference")
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--child", action="store_true", help="run the passes (under valgrind)")
    parser.add_argument("--all", action="store_true", help="every shape and contender")
    parser.add_argument("--src", help="import casemgmt from this src folder instead")
    parser.add_argument("--docs", type=Path, help="(child) the documents, one a line")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    if not args.all:
        if args.child:
            child(args.op, args.docs, args.passes)
        else:
            print(f"{count(args.op, args.shape, args.cases, args.passes, args.src):,.0f}")
        return 0
    rows = {
        (shape, op): count(op, shape, args.cases, args.passes, args.src)
        for shape in SHAPES
        for op in OPS
    }
    print(f"\ninstructions per document ({args.cases} cases x {args.passes} passes)")
    print(f"{'shape':<11}" + "".join(f"{op:>16}" for op in OPS))
    for shape in SHAPES:
        print(f"{shape:<11}" + "".join(f"{rows[shape, op]:>16,.0f}" for op in OPS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
