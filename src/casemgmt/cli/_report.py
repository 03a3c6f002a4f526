"""``casemgmt report``: the supervisor's quality review as one HTML page.

One pass over the cases (``--jobs N`` splits JSON Lines files across N
processes and merges their reviews exactly); the page holds identifiers
only unless ``--names`` asks for case managers' names.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from casemgmt.case import Case
from casemgmt.cli._common import AS_OF_HELP, EXIT_BAD_INPUT, EXIT_OK, UsageError, parse_date, today
from casemgmt.cli._input import BadInputError, read_cases, report_bad_input
from casemgmt.core._parties import PartyRole

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` and its options."""
    report = sub.add_parser(
        "report",
        help="write the quality review of a caseload as one HTML page",
        description=(
            "Review every case file and write a self-contained HTML page: charts per case"
            " manager and program, the per-worker table and every indicator."
            " Exit 0, or 2 for bad input."
        ),
    )
    report.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    report.add_argument("--as-of", type=parse_date, default=None, help=AS_OF_HELP)
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file")
    report.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    report.add_argument(
        "--names", action="store_true", help="show case managers' names, not only their ids"
    )
    report.add_argument("--title", default="Quality review of case files", help="page title")
    report.set_defaults(run=run)


def _cases(paths: list[str], names: dict[str, str] | None) -> Iterator[Case]:
    for raw in paths:
        for _, case in read_cases(Path(raw)):
            if names is not None:
                for party in case.parties:
                    if party.role is PartyRole.CASE_MANAGER and party.name:
                        names[party.id] = party.name
            yield case


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Review the cases, render the page, write it; say where."""
    from casemgmt.monitoring import quality_review
    from casemgmt.report import render_report

    if args.jobs < 1:
        msg = f"--jobs must be at least 1, got {args.jobs}"
        raise UsageError(msg)
    as_of: dt.date = args.as_of or today()
    names: dict[str, str] | None = {} if args.names else None
    try:
        if args.jobs > 1:
            from casemgmt.cli._review_jobs import review_in_parallel

            review, found = review_in_parallel(args.paths, as_of=as_of, jobs=args.jobs)
            if names is not None:
                names.update(found)
        else:
            review = quality_review(_cases(args.paths, names), as_of=as_of)
    except BadInputError as bad:
        report_bad_input(bad, err)
        return EXIT_BAD_INPUT
    page = render_report(review, title=args.title, names=names)
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        msg = f"cannot write {args.output}: {exc.strerror or exc}"
        raise UsageError(msg) from None
    out.write(f"{args.output}: {review.overall.cases} cases reviewed as of {as_of}\n")
    return EXIT_OK
