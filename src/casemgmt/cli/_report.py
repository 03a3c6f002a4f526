"""``casemgmt report``: the supervisor's quality review as one HTML page.

One pass over the cases (``--jobs N`` splits JSON Lines files across N
processes and merges their reviews exactly); the page holds identifiers
only unless ``--names`` asks for case managers' names.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from casemgmt.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Subcommands,
    UsageError,
    add_jobs_option,
    command,
    today,
)
from casemgmt.cli._input import entries, report_refused
from casemgmt.core._parties import PartyRole
from casemgmt.reading import CaseLine

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["register", "run"]


_SUMMARY = "write the quality review of a caseload as one HTML page"
_DESCRIPTION = (
    "Review every case file and write a self-contained HTML page: charts per case"
    " manager and program, the per-worker table and every indicator."
    " Exit 0, or 2 for bad input."
)


def register(sub: Subcommands[argparse.ArgumentParser]) -> None:
    """Add ``report`` and its options."""
    report = command(sub, "report", run, _SUMMARY, _DESCRIPTION)
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file")
    add_jobs_option(report, "worker processes (default 1)")
    report.add_argument(
        "--names", action="store_true", help="show case managers' names, not only their ids"
    )
    report.add_argument("--title", default="Quality review of case files", help="page title")


def cases_and_names(
    lines: Iterable[CaseLine], names: dict[str, str], refused: list[CaseLine]
) -> Iterator[Case]:
    """The cases of ``lines``, noting case managers' names and the refused inputs."""
    for entry in lines:
        case = entry.case
        if case is None:
            refused.append(entry)
            continue
        for party in case.parties:
            if party.role is PartyRole.CASE_MANAGER and party.name:
                names[party.id] = party.name
        yield case


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Review the cases, render the page, write it; say where."""
    from casemgmt.monitoring import quality_review
    from casemgmt.report import render_report

    as_of: dt.date = args.as_of or today()
    names: dict[str, str] = {}
    refused: list[CaseLine] = []
    if args.jobs > 1:
        from casemgmt.cli._review_jobs import review_in_parallel

        review, refused_count = review_in_parallel(
            args.paths, as_of=as_of, jobs=args.jobs, err=err, names=names
        )
    else:
        review = quality_review(cases_and_names(entries(args.paths), names, refused), as_of=as_of)
        for entry in refused:
            report_refused(entry, err)
        refused_count = len(refused)
    page = render_report(review, title=args.title, names=names if args.names else None)
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        msg = f"cannot write {args.output}: {exc.strerror or exc}"
        raise UsageError(msg) from None
    out.write(f"{args.output}: {review.overall.cases} cases reviewed as of {as_of}\n")
    return EXIT_BAD_INPUT if refused_count else EXIT_OK
