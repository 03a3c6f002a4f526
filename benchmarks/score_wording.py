"""Score check_goal_statement against labelled goal-wording corpora: precision, recall, F1.

Run: python benchmarks/score_wording.py tests/planning/wording_public_dev.jsonl [more.jsonl ...]
(with casemgmt importable: the project venv, or PYTHONPATH=src).

Each file is JSON Lines in the corpus format (tests/planning/WORDING_LABELS.md): ``text``,
``client_names``, optional ``family_members`` and the three boolean labels. For each file and
each code the table gives the statements labelled with the code, those the analyser flagged,
true and false positives, false negatives, and precision / recall / F1 (precision or recall is
1.0 when its denominator is 0, as in tests/planning/test_wording_heldout.py).

``--errors`` lists the statements the analyser got wrong, for working on a development set. It
refuses a locked half that is not yet spent: a fresh locked half is scored only before and
after a session's wording work (issue 15), and reading its errors would turn it into another
development set. Once scored at both points a half is spent (``SPENT``, recorded in
tests/planning/PUBLIC_CORPUS.md) and is development data like the ``_dev`` halves, unless it
is named in ``VALIDATION``: a spent half whose errors nobody has read, kept that way so a
change tuned on development data can be tried on unread text (aggregate scores only) before
it is merged. Tuning that helps development data but not the validation halves did not carry
over (the eighth session's lesson), and is not merged for its score.
``--markdown`` prints the table as Markdown for the docs.
``--bootstrap N`` adds a 95% interval for F1 from N resamples of the statements (seeded, so
the same files give the same interval): with a few dozen positives per code the interval is
wide, and a change smaller than it is not evidence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from casemgmt.planning import (
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    check_goal_statement,
)

LABELS = {
    "not_client_behaviour": NOT_CLIENT_BEHAVIOUR,
    "negative_terms": NEGATIVE_TERMS,
    "not_measurable": NOT_MEASURABLE,
}


class Item(NamedTuple):
    """One labelled statement and the codes its labels call for."""

    text: str
    names: tuple[str, ...]
    family: tuple[str, ...]
    expected: frozenset[str]


class Score(NamedTuple):
    """Counts and rates for one code on one file."""

    code: str
    total: int
    labelled: int
    flagged: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path) -> list[Item]:
    """Every statement in a corpus file; exits naming each bad line and what is wrong with it."""
    items: list[Item] = []
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: not JSON ({exc.msg})")
            continue
        missing = [key for key in ("text", *LABELS) if key not in row]
        if missing:
            problems.append(f"{path}:{number}: missing {', '.join(missing)}")
            continue
        expected = frozenset(code for key, code in LABELS.items() if row[key])
        names = tuple(row.get("client_names", ()))
        items.append(Item(str(row["text"]), names, tuple(row.get("family_members", ())), expected))
    if problems:
        sys.exit("\n".join(problems))
    return items


def flagged(item: Item) -> frozenset[str]:
    """The wording codes the analyser raises for one statement."""
    findings = check_goal_statement(item.text, client_names=item.names, family_members=item.family)
    return frozenset(f.code for f in findings if f.code in LABELS.values())


def score(
    items: Sequence[Item],
    got: Sequence[frozenset[str]],
    codes: Sequence[str] = tuple(LABELS.values()),
) -> list[Score]:
    """One Score per code, in the order given (all three by default)."""
    out = []
    for code in codes:
        both = zip(items, got, strict=True)
        pairs = [(code in item.expected, code in found) for item, found in both]
        out.append(
            Score(
                code,
                len(pairs),
                sum(e for e, _ in pairs),
                sum(g for _, g in pairs),
                sum(e and g for e, g in pairs),
                sum(g and not e for e, g in pairs),
                sum(e and not g for e, g in pairs),
            )
        )
    return out


def f1_interval(
    items: Sequence[Item], got: Sequence[frozenset[str]], code: str, rounds: int
) -> tuple[float, float]:
    """2.5th and 97.5th percentile of F1 over `rounds` resamples with replacement (seed 15)."""
    rng = random.Random(15)
    indices = range(len(items))
    values = []
    for _ in range(rounds):
        sample = rng.choices(indices, k=len(items))
        values.append(score([items[i] for i in sample], [got[i] for i in sample], (code,))[0].f1)
    values.sort()
    return values[int(0.025 * (rounds - 1))], values[int(0.975 * (rounds - 1))]


HEADER = ("corpus", "code", "n", "labelled", "flagged", "TP", "FP", "FN", "P", "R", "F1")


def cells(name: str, s: Score, interval: tuple[float, float] | None = None) -> tuple[str, ...]:
    counts = (s.total, s.labelled, s.flagged, s.tp, s.fp, s.fn)
    rates = (s.precision, s.recall, s.f1)
    row = (name, s.code, *map(str, counts), *(f"{x:.3f}" for x in rates))
    return row if interval is None else (*row, f"{interval[0]:.3f}-{interval[1]:.3f}")


def render(rows: list[tuple[str, ...]], *, markdown: bool) -> str:
    """A plain aligned table, or a Markdown one."""
    header = HEADER if len(rows[0]) == len(HEADER) else (*HEADER, "F1 95% CI")
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * 2 + "---:|" * (len(header) - 2)]
        return "\n".join([*lines, *("| " + " | ".join(r) + " |" for r in rows)])
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    lines = []
    for r in (header, *rows):
        left = [r[i].ljust(widths[i]) for i in range(2)]
        right = [r[i].rjust(widths[i]) for i in range(2, len(header))]
        lines.append("  ".join(left + right))
    return "\n".join(lines)


def errors(name: str, items: Sequence[Item], got: Sequence[frozenset[str]]) -> list[str]:
    """One line per wrong statement: what the labels say, what the analyser said."""
    out = []
    for item, found in zip(items, got, strict=True):
        if found != item.expected:
            missed = sorted(item.expected - found)
            extra = sorted(found - item.expected)
            out.append(f"{name}: missed={missed} extra={extra} :: {item.text}")
    return out


#: Locked halves scored at both their points (before and after a session's wording work):
#: development data from then on. A locked half not named here is fresh and its errors are
#: refused.
SPENT = frozenset(
    {
        "wording_public_locked",
        "wording_public2_locked",
        "wording_public3_locked",
        "wording_public4_locked",
        "wording_public5_locked",
        "wording_public6_locked",
        "wording_hard7_locked",
        "wording_public7_locked",
        "wording_hard8_locked",
    }
)


#: Spent locked halves whose errors have never been read: scored in aggregate to check that a
#: change carries over to unread text, never listed with ``--errors``.
VALIDATION = frozenset({"wording_public7_locked", "wording_hard8_locked"})


def fresh_locked(path: Path) -> bool:
    """A locked half whose errors must not be read yet."""
    return "locked" in path.name and path.stem not in SPENT


def errors_refused(path: Path) -> bool:
    """A half whose errors must not be read: fresh and locked, or kept for validation."""
    return fresh_locked(path) or path.stem in VALIDATION


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="corpus files (JSON Lines)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--errors", action="store_true", help="list wrong statements (not locked)")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N", help="F1 95%% interval")
    args = parser.parse_args(argv)
    refused = [f.stem for f in args.files if args.errors and errors_refused(f)]
    if refused:
        parser.error(
            f"--errors is refused on {', '.join(refused)}: a fresh locked or validation half's"
            " errors must not be read"
        )
    rows: list[tuple[str, ...]] = []
    wrong: list[str] = []
    for path in args.files:
        items = load(path)
        got = [flagged(item) for item in items]
        for s in score(items, got):
            interval = f1_interval(items, got, s.code, args.bootstrap) if args.bootstrap else None
            rows.append(cells(path.stem, s, interval))
        if args.errors:
            wrong += errors(path.stem, items, got)
    print(render(rows, markdown=args.markdown))
    if wrong:
        print()
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
