"""``casemgmt show``: a case as a person reads it: status, plan table, referrals, reviews."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from casemgmt.case import Case
from casemgmt.checks import validate
from casemgmt.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Subcommands,
    command,
    counts,
    print_findings,
    today,
)
from casemgmt.cli._input import entries, report_refused

__all__ = ["register", "run"]


_SUMMARY = "print a case: its plan as a table, referrals, reviews, status"
_DESCRIPTION = (
    "Print each case's status, its plan as the seed's table, referrals, reviews and findings."
)


def register(sub: Subcommands[argparse.ArgumentParser]) -> None:
    """Add ``show`` and its options."""
    show = command(sub, "show", run, _SUMMARY, _DESCRIPTION)
    show.add_argument("--width", type=int, default=100, help="table width (default 100)")
    show.add_argument(
        "--show-text",
        action="store_true",
        help="print the plan's text as written; by default the client's name, date of birth"
        " and contact details are scrubbed from it (for a screen only you can see)",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Show every case of every path; input that is not a case exits 2."""
    as_of: dt.date = args.as_of or today()
    worst = EXIT_OK
    for entry in entries(args.paths):
        if entry.case is None:
            report_refused(entry, err)
            worst = EXIT_BAD_INPUT
            continue
        _show_case(entry.where, entry.case, as_of, args, out)
    return worst


def _show_case(
    where: str, case: Case, as_of: dt.date, args: argparse.Namespace, out: TextIO
) -> None:
    from casemgmt.planning import render_plan_table
    from casemgmt.privacy import scrubbed

    out.write(f"{where}: case {case.id}, client {case.client.id}\n")
    out.write(_status_line(case) + "\n")
    a = case.assessment
    out.write(
        f"Assessment: {_count(len(a.needs), 'need')}, {_count(len(a.strengths), 'strength')},"
        f" {_count(len(a.risks), 'risk')}\n\n"
    )
    shown = case if args.show_text else scrubbed(case)
    if shown.plan is None:
        out.write("No plan yet.\n")
    else:
        out.write(render_plan_table(shown.plan, shown.assessment, width=args.width) + "\n")
    _show_referrals(case, out)
    _show_reviews(case, out)
    findings = validate(case, as_of=as_of)
    out.write(f"\nFindings on {as_of.isoformat()}: {counts(findings)}\n")
    print_findings(findings, out)
    out.write("\n")


def _count(number: int, noun: str) -> str:
    """``1 risk``, ``2 risks``, ``0 risks``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _status_line(case: Case) -> str:
    since = case.stage_history[-1].on if case.stage_history else case.opened_on
    line = f"Stage: {case.stage.value} since {since.isoformat()}; opened {case.opened_on}"
    if case.closure is not None:
        line += f"; closed {case.closure.closed_on} ({case.closure.reason.value})"
    if case.episodes:
        line += f"; {len(case.episodes)} earlier episode(s)"
    return line


def _show_referrals(case: Case, out: TextIO) -> None:
    if not case.referrals:
        return
    out.write("\nReferrals:\n")
    for r in case.referrals:
        needs = ", ".join(str(n) for n in r.need_numbers) or "-"
        follow = f"; follow up by {r.follow_up_on}" if r.follow_up_on else ""
        out.write(
            f"  {r.id}: {r.to.organisation} ({r.status.value}), made {r.made_on},"
            f" needs {needs}{follow}\n"
        )


def _show_reviews(case: Case, out: TextIO) -> None:
    if not case.reviews and not case.revisions:
        return
    from casemgmt.monitoring import summarize_review

    out.write("\nReviews:\n")
    for review in case.reviews:
        summary = summarize_review(review)
        gas = f"; GAS T-score {summary.t_score:.1f}" if summary.t_score is not None else ""
        nxt = f"; next review {review.next_review_on}" if review.next_review_on else ""
        out.write(
            f"  {review.held_on} {review.kind.value}: {summary.goals_reviewed} goals reviewed"
            f"{gas}{nxt}\n"
        )
    for rev in case.revisions:
        out.write(
            f"  {rev.revised_on} plan v{rev.from_version} -> v{rev.to_version} ({rev.kind.value})\n"
        )
