"""What every subcommand shares: exit codes, dates, how findings print, bad input."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TextIO

from casemgmt.core import Finding, Severity
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
    "case_report",
    "command",
    "counts",
    "finding_json",
    "findings_json",
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


_LABELS = {s: f"{s.value.upper():7}" for s in sorted(Severity, key=lambda s: s.rank)}
"""Each severity's label as the lines write it, worst first (the buckets' order)."""
_NOUNS = {s: (f"{s.value}s", s.value) for s in Severity}  # by count == 1


def _by_severity(findings: Sequence[Finding]) -> dict[Severity, list[Finding]]:
    """Findings in buckets, worst first, in order within each: a stable sort by rank
    without a key call per finding (``check`` writes some thirty a case)."""
    buckets: dict[Severity, list[Finding]] = {s: [] for s in _LABELS}
    for f in findings:
        buckets[f.severity].append(f)
    return buckets


def _counted(buckets: dict[Severity, list[Finding]]) -> str:
    parts = [f"{len(fs)} {_NOUNS[s][len(fs) == 1]}" for s, fs in buckets.items() if fs]
    return ", ".join(parts) or "no findings"


def _lines(buckets: dict[Severity, list[Finding]], indent: str, out: list[str]) -> None:
    below = indent + " " * 8
    for severity, found in buckets.items():
        label = _LABELS[severity]
        for f in found:
            at = f" at {f.path}" if f.path else ""
            out.append(f"{indent}{label} {f.code}{at}\n{below}{f.message}\n")
            if f.hint:
                out.append(f"{below}hint: {f.hint}\n")


def counts(findings: Sequence[Finding]) -> str:
    """``1 error, 2 warnings`` or ``no findings``."""
    return _counted(_by_severity(findings))


def format_findings(findings: Sequence[Finding], indent: str = "  ") -> str:
    """Worst first; code and path on one line, why and how to fix below."""
    out: list[str] = []
    _lines(_by_severity(findings), indent, out)
    return "".join(out)


def case_report(where: str, case_id: str, findings: Sequence[Finding]) -> str:
    """``WHERE: case ID: counts`` and ``format_findings``'s lines, the findings sorted
    once for both (``check``'s text line for a case)."""
    buckets = _by_severity(findings)
    out = [f"{where}: case {case_id}: {_counted(buckets)}\n"]
    _lines(buckets, "  ", out)
    return "".join(out)


def print_findings(findings: Sequence[Finding], out: TextIO, indent: str = "  ") -> None:
    """``format_findings`` written to ``out``."""
    out.write(format_findings(findings, indent))


def finding_json(f: Finding) -> dict[str, str | None]:
    """A finding as ``--format json`` writes it."""
    return findings_json((f,))[0]


def findings_json(findings: Sequence[Finding]) -> list[dict[str, str | None]]:
    """Each finding as ``--format json`` writes it, the dicts written in place: a call
    per finding, some thirty a case, is a tenth of ``check``'s line."""
    return [
        {
            "code": f.code,
            "severity": f.severity._value_,  # the stored value: Enum.value is a slow property
            "message": f.message,
            "path": f.path,
            "hint": f.hint,
        }
        for f in findings
    ]


def refused_json(entry: CaseLine) -> dict[str, object]:
    """A refused input as ``--format json`` writes it: where, and every problem."""
    return {
        "source": entry.where,
        "case": None,
        "refused": [{"path": path, "message": message} for path, message in entry.problems],
    }
