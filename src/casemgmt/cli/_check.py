"""``casemgmt check``: validate cases and print their findings; never drop a case."""

from __future__ import annotations

import argparse
from typing import TextIO

from casemgmt.cli._common import Subcommands, add_format_option, add_jobs_option, command, today
from casemgmt.cli._input import entries
from casemgmt.cli._judge import Judge, Settings, Tally, swept
from casemgmt.cli._output import Sink
from casemgmt.cli._policy import add_policy_option, add_rules_option
from casemgmt.cli._progress import Progress

__all__ = ["EXIT_CODES", "register", "run"]

EXIT_CODES = (
    "Exit codes: 2 if any input was refused (a line or file that is not a case, a"
    " --policy or --rules that cannot be loaded, output that could not be written),"
    " else 1 if any case has an ERROR finding, else 0. Every input is read either way:"
    " a refused line or file never hides the cases, or the ERRORs, of the others."
)


_SUMMARY = "validate cases from JSON or JSON Lines files"
_DESCRIPTION = (
    "Validate each case and print its findings, grouped by case, worst first;"
    " a line that is not a case is reported (file, line, JSON path) and checking"
    " goes on. The run ends with a summary: cases checked, cases with errors,"
    " inputs refused (on stdout for text, on stderr for --format json)."
)


def register(sub: Subcommands[argparse.ArgumentParser]) -> None:
    """Add ``check`` and its options."""
    check = command(
        sub,
        "check",
        run,
        _SUMMARY,
        _DESCRIPTION,
        paths="a .json case, a .jsonl/.ndjson caseload, or - for standard input",
        epilog=EXIT_CODES,
    )
    add_format_option(check, "json: one line per case or refused input (JSON Lines)")
    add_rules_option(check)
    add_policy_option(
        check,
        "; judges the closure of every case that records one, and of every case with --closing",
    )
    check.add_argument(
        "--closing",
        action="store_true",
        help="judge every open case as if it were closing on --as-of, under --policy"
        " (default: casemgmt.closure.DEFAULT_POLICY)",
    )
    add_jobs_option(
        check,
        "split each file across N processes (default 1); same output, order and exit code as one",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check every case of every path, then print the summary; returns the exit code."""
    settings = Settings(
        as_of=args.as_of or today(),
        format=args.format,
        rules=args.rules,
        policy=args.policy,
        closing=args.closing,
    )
    judge = Judge(settings)  # loads --rules and --policy: a UsageError before any case
    with swept():  # start-up objects frozen: the judge's periodic collections stay cheap
        sink = Sink(out)
        progress = Progress(err, out)
        if args.jobs > 1:
            from casemgmt.cli._jobs import check_in_parallel

            tally = check_in_parallel(
                settings, args.paths, jobs=args.jobs, sink=sink, err=err, progress=progress
            )
        else:
            tally = Tally()
            # Bound once: per case, the command's own work is these few calls.
            before_output, tick = progress.before_output, progress.tick
            write, add = sink.write, tally.add
            for entry in entries(args.paths):
                report, problems, outcome = judge(entry)
                del entry  # the case is not held while the next line is read and loaded
                before_output()
                write(report)
                if problems:
                    progress.clear()
                    err.write(problems.decode())
                add(outcome)
                tick()
                del report, problems  # nor its report while the next one loads
        progress.clear()
        if settings.format == "json":
            sink.flush()
            err.write(tally.summary() + "\n")
        else:
            sink.write((tally.summary() + "\n").encode())
        sink.flush()
    return tally.exit_code
