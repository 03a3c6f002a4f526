"""``casemgmt check``: validate cases and print their findings."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TextIO

from casemgmt.checks import validate
from casemgmt.cli._common import (
    AS_OF_HELP,
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    counts,
    finding_json,
    parse_date,
    print_findings,
    today,
)
from casemgmt.cli._input import BadInputError, read_cases, report_bad_input
from casemgmt.cli._policy import POLICY_HELP, load_policy
from casemgmt.cli._progress import Progress
from casemgmt.core import Severity

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``check`` and its options."""
    check = sub.add_parser(
        "check",
        help="validate cases from JSON or JSON Lines files",
        description=(
            "Validate each case and print its findings, grouped by case, worst first."
            " Exit 0 (no errors), 1 (errors found), 2 (bad input)."
        ),
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: one line per case"
    )
    check.add_argument("--as-of", type=parse_date, default=None, help=AS_OF_HELP)
    check.add_argument(
        "--policy",
        default=None,
        metavar="MODULE:ATTRIBUTE",
        help=POLICY_HELP + "; adds its closure findings for open cases",
    )
    check.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check every case of every path; the worst exit code wins."""
    as_of: dt.date = args.as_of or today()
    policy = load_policy(args.policy) if args.policy else None
    worst = EXIT_OK
    progress = Progress(err, out)
    for raw in args.paths:
        try:
            for where, case in read_cases(Path(raw)):
                findings = validate(case, as_of=as_of)
                if policy is not None and case.closure is None:
                    from casemgmt.closure import evaluate

                    findings += evaluate(case, as_of=as_of, policy=policy).findings
                progress.before_output()
                if args.format == "json":
                    record = {
                        "source": where,
                        "case": case.id,
                        "findings": [finding_json(f) for f in findings],
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    out.write(f"{where}: case {case.id}: {counts(findings)}\n")
                    print_findings(findings, out)
                if any(f.severity is Severity.ERROR for f in findings):
                    worst = max(worst, EXIT_FINDINGS)
                progress.tick()
        except BadInputError as bad:
            progress.clear()
            report_bad_input(bad, err)
            worst = EXIT_BAD_INPUT
    progress.clear()
    return worst
