"""Would a mypyc-compiled build make the rules fast enough? Pure and compiled, side by side.

Run from the repository root (not part of the test suite; needs gcc and the
Python headers; mypy, which ships mypyc, is a dev dependency)::

    python benchmarks/bench_compiled.py                   # build to a temp dir, then compare
    python benchmarks/bench_compiled.py --build /tmp/cm   # keep the build for later runs
    python benchmarks/bench_compiled.py --against /tmp/cm # compare with an existing build

The build copies ``src`` to a scratch folder and compiles there, in place,
every module of the rule layers that mypyc can take as the code stands
(``compilable``): the rule modules of core, assessment, planning (and its
wording package), referrals, monitoring and closure, and the two whole-case
rule modules. Left pure: packages' ``__init__``, every module that defines
an attrs class (mypyc makes a compiled module's classes native, and attrs
fields are not native attributes) and the few modules mypyc refuses
(``REFUSED``, each with the reason).

Each round runs the two builds in fresh interpreters, order flipped every
round; a child times ``--passes`` passes of each measure after a warm-up and
reports its best pass. The table shows the medians over rounds and the median
of the per-round ratios (``paired``), the way ``bench_core.py`` compares
contenders. Wall clock on a shared machine is noisy; instructions are not.
``--count`` runs a child's passes untimed, each inside ``operator.call``, so
callgrind can count those alone (instructions per case = collected / (passes
x cases))::

    PYTHONPATH=SRC valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=_operator_call --callgrind-out-file=/dev/null \\
        python benchmarks/bench_compiled.py --child SRC --count --passes 2 \\
        --cases 40 --measure validate+evaluate

Both builds must give the same findings and closure results (a digest per
child), or the script stops.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import hashlib
import io
import json
import operator
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = ROOT / "src"

PACKAGES = ("core", "assessment", "planning", "planning/_wording", "referrals")
PACKAGES += ("monitoring", "closure")
WHOLE_CASE = ("_consistency.py", "_required_text.py")
REFUSED = {
    # Native base classes that Python classes (the attrs records, the enumerations)
    # could not subclass.
    "core/_repr.py": "Record, the records' base class, would be native",
    "core/_vocabulary.py": "Vocabulary, every enumeration's base class, would be native",
    "core/_episodes.py": "nested class definitions not supported",
    # A Protocol declared under ``if TYPE_CHECKING:`` is a nested class to mypyc
    # (_episodes above too).
    "planning/_goal_wording.py": "nested class definitions not supported",
    # A lambda over ``self`` in a NamedTuple method: an internal mypyc error.
    "planning/_wording/_tokens.py": "mypyc internal error (lambda in a NamedTuple method)",
    # ``frozenset[str]`` fields made by a helper returning ``attrs.field(...)``:
    # the compiled helper checks its declared return type and refuses the field.
    "planning/_wording/_terms.py": "a helper typed as the field's type returns attrs.field()",
}
_ATTRS_CLASS = re.compile(r"^@attrs\.", re.MULTILINE)


def compilable(src: Path = SRC) -> list[str]:
    """The module files (relative to ``src``) the compiled build compiles."""
    pkg = src / "casemgmt"
    out = [f"casemgmt/{name}" for name in WHOLE_CASE]
    for sub in PACKAGES:
        for path in sorted((pkg / sub).glob("*.py")):
            rel = path.relative_to(pkg).as_posix()
            if path.name == "__init__.py" or rel in REFUSED:
                continue
            if _ATTRS_CLASS.search(path.read_text(encoding="utf-8")):
                continue
            out.append(f"casemgmt/{rel}")
    return out


def build(dest: Path) -> float:
    """Copy ``src`` to ``dest/src`` and compile ``compilable()`` there; the seconds it took."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(SRC, dest / "src", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    modules = compilable(dest / "src")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml"), *modules],
        cwd=dest / "src",
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


MEASURES = ("validate", "validate+evaluate", "validate+evaluate, distinct", "loads", "dumps")
MEASURES += ("check",)


def child(
    measures: Sequence[str], n_cases: int, passes: int, *, count: bool = False
) -> dict[str, object]:
    """In this interpreter (whichever build is on ``sys.path``): best seconds per case."""
    sys.path.insert(0, str(HERE))
    from bench_core import make_case, rules_pass

    from casemgmt import Case, dumps, loads, validate
    from casemgmt.closure import evaluate
    from casemgmt.referrals import _facts

    as_of = dt.date(2025, 6, 30)
    repeated = [make_case(i) for i in range(n_cases)]
    distinct = [make_case(i, distinct_texts=True) for i in range(n_cases)]
    docs = [dumps(c).encode() for c in repeated]

    def load_all() -> None:
        for d in docs:
            loads(d, Case)

    def dump_all() -> None:
        for c in repeated:
            dumps(c)

    lines = Path(tempfile.mkdtemp(prefix="casemgmt-mypyc-")) / "cases.jsonl"
    lines.write_bytes(b"\n".join(docs) + b"\n")

    def check_all() -> None:
        """The real ``casemgmt check`` on the cases as JSON Lines, output discarded."""
        from casemgmt.cli import main as cli

        args = ["check", str(lines), "--format", "json", "--as-of", as_of.isoformat()]
        with (
            open(os.devnull, "w") as sink,
            contextlib.redirect_stdout(sink),
            contextlib.redirect_stderr(io.StringIO()),
        ):
            cli(args)

    runs = {
        "validate": rules_pass(repeated, as_of, closure=False),
        "validate+evaluate": rules_pass(repeated, as_of, closure=True),
        "validate+evaluate, distinct": rules_pass(distinct, as_of, closure=True, cold=True),
        "loads": load_all,
        "dumps": dump_all,
        "check": check_all,
    }
    digest = hashlib.sha256()
    for c in repeated + distinct:
        for f in validate(c, as_of=as_of):
            digest.update(repr((f.code, f.severity.value, f.message, f.path, f.hint)).encode())
        digest.update(repr(evaluate(c, as_of=as_of)).encode())
    out: dict[str, object] = {
        "compiled": not str(_facts.__file__).endswith(".py"),
        "digest": digest.hexdigest(),
    }
    gc.collect()
    gc.freeze()  # the cases and documents: a collection between passes leaves them be
    for name in measures:
        runs[name]()  # warm-up (imports, caches)
        if count:
            for _ in range(passes):
                operator.call(runs[name])  # callgrind counts only inside (see the docstring)
            continue
        best = float("inf")
        for _ in range(passes):
            gc.collect()
            t = time.perf_counter()
            runs[name]()
            best = min(best, time.perf_counter() - t)
        out[name] = best / n_cases
    shutil.rmtree(lines.parent)
    return out


def compare(compiled_src: Path, rounds: int, n_cases: int, passes: int) -> str:
    """Alternate fresh interpreters on each build; a table of medians and paired ratios."""
    builds = {"pure": SRC, "compiled": compiled_src}
    got: dict[str, list[dict[str, float]]] = {"pure": [], "compiled": []}
    digests = set()
    for r in range(rounds):
        order = ("pure", "compiled") if r % 2 == 0 else ("compiled", "pure")
        for label in order:
            cmd = [sys.executable, __file__, "--child", str(builds[label])]
            cmd += ["--cases", str(n_cases), "--passes", str(passes)]
            env = dict(os.environ, PYTHONPATH=str(builds[label]))
            res = json.loads(
                subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
            )
            if res.pop("compiled") != (label == "compiled"):
                raise SystemExit(f"the {label} child imported the other build")
            digests.add(res.pop("digest"))
            got[label].append(res)
    if len(digests) != 1:
        raise SystemExit("the builds' findings differ")
    rows = [f"{'measure':30} {'pure/s':>9} {'compiled/s':>11} {'ratio':>7} {'paired':>7}"]
    for m in MEASURES:
        p = [d[m] for d in got["pure"]]
        c = [d[m] for d in got["compiled"]]
        paired = statistics.median(a / b for a, b in zip(p, c, strict=True))
        rows.append(
            f"{m:30} {1 / statistics.median(p):>9,.0f} {1 / statistics.median(c):>11,.0f} "
            f"{statistics.median(p) / statistics.median(c):>6.2f}x {paired:>6.2f}x"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--build", type=Path, help="build here and keep it")
    parser.add_argument("--against", type=Path, help="an existing build (its folder)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="append", choices=MEASURES, help="child: repeatable")
    parser.add_argument("--count", action="store_true", help="child: untimed, for callgrind")
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(args.child))
        measures = args.measure or MEASURES
        print(json.dumps(child(measures, args.cases, args.passes, count=args.count)))
        return 0
    with tempfile.TemporaryDirectory(prefix="casemgmt-mypyc-") as tmp:
        where = args.against or args.build or Path(tmp) / "build"
        if not args.against:
            n = len(compilable())
            print(f"compiling {n} modules with mypyc ...", flush=True)
            print(f"built in {build(where):.0f} s (wall clock)", flush=True)
        print(f"{args.cases} reference cases, best of {args.passes} passes, {args.rounds} rounds")
        print(compare(where / "src", args.rounds, args.cases, args.passes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
