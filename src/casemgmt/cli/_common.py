"""What every subcommand shares: exit codes, dates, how findings print, bad input."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TextIO

from casemgmt.core import Finding, summarize
from casemgmt.reading import CaseLine

__all__ = [
    "AS_OF_HELP",
    "EXIT_BAD_INPUT",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "PATHS_HELP",
    "Subcommands",
    "UsageError",
    "add_format_option",
    "command",
    "counts",
    "finding_json",
    "format_findings",
    "parse_date",
    "print_findings",
    "refused_json",
    "today",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

AS_OF_HELP = "judge as of this date, YYYY-MM-DD (default: today)"
PATHS_HELP = "a .json case or .jsonl cases"

Subcommands = argparse._SubParsersAction  # what add_subparsers returns (no public name)
Run = Callable[[argparse.Namespace, TextIO, TextIO], int]


class UsageError(Exception):
    """A command-line argument that cannot be used (exit 2)."""


def parse_date(text: str) -> dt.date:
    """``--as-of``'s type: an ISO date, or argparse's usage error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"not a date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def command(
    sub: Subcommands[argparse.ArgumentParser],
    name: str,
    run: Run,
    summary: str,
    description: str,
    *,
    epilog: str | None = None,
    paths: str | None = PATHS_HELP,
    as_of: str | None = AS_OF_HELP,
) -> argparse.ArgumentParser:
    """Add the subcommand ``name`` that runs ``run``, with the options most commands take.

    ``paths`` is the help of its ``PATH...`` arguments and ``as_of`` that of
    ``--as-of``; ``None`` leaves the option out. The parser is returned for
    the command's own options.
    """
    parser = sub.add_parser(name, help=summary, description=description, epilog=epilog)
    if paths is not None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help=paths)
    if as_of is not None:
        parser.add_argument("--as-of", type=parse_date, default=None, help=as_of)
    parser.set_defaults(run=run)
    return parser


def add_format_option(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    """``--format text|json``, text by default; ``help`` says what json writes."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help=help)


def add_jobs_option(parser: argparse.ArgumentParser, help: str) -> None:
    """``--jobs N``, 1 by default; anything but a whole number of 1 or more is a usage error."""
    parser.add_argument("--jobs", type=_jobs, default=1, metavar="N", help=help)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"not a number of processes (1 or more): {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def today() -> dt.date:
    """``--as-of``'s default: the command reads the clock, the library never does."""
    return dt.datetime.now(dt.timezone.utc).date()


def counts(findings: Sequence[Finding]) -> str:
    """``1 error, 2 warnings`` or ``no findings``."""
    parts = []
    for severity, count in summarize(findings).items():
        if count:
            noun = severity.value if count == 1 else f"{severity.value}s"
            parts.append(f"{count} {noun}")
    return ", ".join(parts) or "no findings"


def format_findings(findings: Sequence[Finding], indent: str = "  ") -> str:
    """Worst first; code and path on one line, why and how to fix below."""
    lines = []
    for f in sorted(findings, key=lambda f: f.severity.rank):
        at = f" at {f.path}" if f.path else ""
        lines.append(f"{indent}{f.severity.value.upper():7} {f.code}{at}\n")
        lines.append(f"{indent}        {f.message}\n")
        if f.hint:
            lines.append(f"{indent}        hint: {f.hint}\n")
    return "".join(lines)


def print_findings(findings: Sequence[Finding], out: TextIO, indent: str = "  ") -> None:
    """``format_findings`` written to ``out``."""
    out.write(format_findings(findings, indent))


def finding_json(f: Finding) -> dict[str, str | None]:
    """A finding as ``--format json`` writes it."""
    return {
        "code": f.code,
        "severity": f.severity._value_,  # the stored value: Enum.value is a slow property
        "message": f.message,
        "path": f.path,
        "hint": f.hint,
    }


def refused_json(entry: CaseLine) -> dict[str, object]:
    """A refused input as ``--format json`` writes it: where, and every problem."""
    return {
        "source": entry.where,
        "case": None,
        "refused": [{"path": path, "message": message} for path, message in entry.problems],
    }
