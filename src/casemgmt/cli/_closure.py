"""``casemgmt closure``: may each case close, and what blocks it."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TextIO

from casemgmt.cli._common import (
    AS_OF_HELP,
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    finding_json,
    parse_date,
    print_findings,
    today,
)
from casemgmt.cli._input import BadInputError, read_cases, report_bad_input
from casemgmt.cli._policy import POLICY_HELP, load_policy

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``closure`` and its options."""
    closure = sub.add_parser(
        "closure",
        help="say whether cases may close, and what blocks them",
        description="Evaluate closure eligibility. Exit 0 (every case may close),"
        " 1 (some case is blocked), 2 (bad input).",
    )
    closure.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    closure.add_argument("--format", choices=("text", "json"), default="text")
    closure.add_argument("--as-of", type=parse_date, default=None, help=AS_OF_HELP)
    closure.add_argument("--policy", default=None, metavar="MODULE:ATTRIBUTE", help=POLICY_HELP)
    closure.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casemgmt.closure import DEFAULT_POLICY, evaluate

    as_of: dt.date = args.as_of or today()
    policy = load_policy(args.policy) if args.policy else DEFAULT_POLICY
    worst = EXIT_OK
    for raw in args.paths:
        try:
            for where, case in read_cases(Path(raw)):
                verdict = evaluate(case, as_of=as_of, policy=policy)
                if args.format == "json":
                    record = {
                        "source": where,
                        "case": case.id,
                        "eligible": verdict.eligible,
                        "findings": [finding_json(f) for f in verdict.findings],
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    blocked = len(verdict.blockers)
                    answer = (
                        "may close"
                        if verdict.eligible
                        else f"cannot close yet: {blocked} blocker{'s' * (blocked != 1)}"
                    )
                    out.write(f"{where}: case {case.id} on {as_of.isoformat()}: {answer}\n")
                    print_findings(verdict.findings, out)
                if not verdict.eligible:
                    worst = max(worst, EXIT_FINDINGS)
        except BadInputError as bad:
            report_bad_input(bad, err)
            worst = EXIT_BAD_INPUT
    return worst
