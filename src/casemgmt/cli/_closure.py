"""``casemgmt closure``: may each case close, and what blocks it."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from casemgmt.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    Subcommands,
    add_format_option,
    command,
    findings_json,
    print_findings,
    refused_json,
    today,
)
from casemgmt.cli._input import entries, report_refused
from casemgmt.cli._output import json_line
from casemgmt.cli._policy import add_policy_option, load_policy

__all__ = ["register", "run"]


_SUMMARY = "say whether cases may close, and what blocks them"
_DESCRIPTION = (
    "Evaluate closure eligibility. Exit 0 (every case may close),"
    " 1 (some case is blocked), 2 (bad input)."
)


def register(sub: Subcommands[argparse.ArgumentParser]) -> None:
    """Add ``closure`` and its options."""
    closure = command(sub, "closure", run, _SUMMARY, _DESCRIPTION)
    add_format_option(closure)
    add_policy_option(closure)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Judge every case of every path; refused input exits 2, a blocked case 1."""
    from casemgmt.closure import DEFAULT_POLICY, evaluate

    as_of: dt.date = args.as_of or today()
    policy = load_policy(args.policy) if args.policy else DEFAULT_POLICY
    worst = EXIT_OK
    for entry in entries(args.paths):
        case = entry.case
        if case is None:
            report_refused(entry, err)
            if args.format == "json":
                out.write(json_line(refused_json(entry)).decode())
            worst = EXIT_BAD_INPUT
            continue
        verdict = evaluate(case, as_of=as_of, policy=policy)
        if args.format == "json":
            record = {
                "source": entry.where,
                "case": case.id,
                "eligible": verdict.eligible,
                "findings": findings_json(verdict.findings),
            }
            out.write(json_line(record).decode())
        else:
            blocked = len(verdict.blockers)
            answer = (
                "may close"
                if verdict.eligible
                else f"cannot close yet: {blocked} blocker{'s' * (blocked != 1)}"
            )
            out.write(f"{entry.where}: case {case.id} on {as_of.isoformat()}: {answer}\n")
            print_findings(verdict.findings, out)
        if not verdict.eligible:
            worst = max(worst, EXIT_FINDINGS)
    return worst
