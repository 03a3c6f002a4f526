"""The ``casemgmt`` command: check cases from JSON or JSON Lines files.

Exit codes: 0 no ERROR findings; 1 some ERROR findings; 2 input that is not
a case (the message names the file, line and JSON path).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from casemgmt.case import Case
from casemgmt.checks import validate
from casemgmt.core import Finding, Severity, summarize
from casemgmt.errors import CaseDataError
from casemgmt.serialization import loads

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
PROGRESS_EVERY = 1000


class _BadInputError(Exception):
    def __init__(self, where: str, problems: list[tuple[str, str]]) -> None:
        self.where = where
        self.problems = problems
        super().__init__(where)


def _read_cases(path: Path) -> Iterator[tuple[str, Case]]:
    """Yield (location, case) from a JSON case or a JSON Lines file, lazily.

    JSON Lines is recognised by a ``.jsonl``/``.ndjson`` suffix, or by a first
    line that is a whole JSON object with more lines after it; it is read one
    line at a time, so a caseload of any size streams.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _BadInputError(str(path), [("$", f"cannot open: {exc.strerror}")]) from None
    with handle:
        first = handle.readline()
        rest_start = handle.tell()
        more = bool(handle.read(1))
        handle.seek(rest_start)
        if path.suffix in (".jsonl", ".ndjson") or (more and _is_object(first)):
            lines = itertools.chain([first], handle)
            for lineno, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    yield where, loads(line, Case)
                except CaseDataError as exc:
                    raise _BadInputError(where, exc.problems) from None
        else:
            text = first + handle.read()
            try:
                yield str(path), loads(text, Case)
            except CaseDataError as exc:
                raise _BadInputError(str(path), exc.problems) from None


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"not a date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _counts(findings: Sequence[Finding]) -> str:
    parts = []
    for severity, count in summarize(findings).items():
        if count:
            noun = severity.value if count == 1 else f"{severity.value}s"
            parts.append(f"{count} {noun}")
    return ", ".join(parts) or "no findings"


def _print_findings(findings: Sequence[Finding], out: TextIO, indent: str = "  ") -> None:
    """Worst first; code and path on one line, why and how to fix below."""
    for f in sorted(findings, key=lambda f: f.severity.rank):
        at = f" at {f.path}" if f.path else ""
        out.write(f"{indent}{f.severity.value.upper():7} {f.code}{at}\n")
        out.write(f"{indent}        {f.message}\n")
        if f.hint:
            out.write(f"{indent}        hint: {f.hint}\n")


def _print_human(where: str, case: Case, findings: list[Finding], out: TextIO) -> None:
    out.write(f"{where}: case {case.id}: {_counts(findings)}\n")
    _print_findings(findings, out)


def _finding_json(f: Finding) -> dict[str, str | None]:
    return {
        "code": f.code,
        "severity": f.severity.value,
        "message": f.message,
        "path": f.path,
        "hint": f.hint,
    }


class _Progress:
    """``cases checked: N`` on stderr, rewritten in place, only on a terminal.

    It updates every ``every`` cases, so a short run never shows it. When
    the report goes to the same terminal, the line is wiped before the next
    case is printed, so the two never mix; the line is wiped at the end.
    """

    def __init__(self, stream: TextIO, out: TextIO, every: int | None = None) -> None:
        self.stream = stream
        self.every = every or PROGRESS_EVERY
        self.count = 0
        self.shown = 0
        self.enabled = _isatty(stream)
        self.shares_terminal = self.enabled and _isatty(out)

    def tick(self) -> None:
        self.count += 1
        if self.enabled and self.count % self.every == 0:
            text = f"\rcases checked: {self.count:,}"
            self.stream.write(text)
            self.stream.flush()
            self.shown = len(text) - 1

    def before_output(self) -> None:
        if self.shares_terminal:
            self.clear()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    as_of: dt.date = args.as_of or dt.datetime.now(dt.timezone.utc).date()
    worst = EXIT_OK
    progress = _Progress(err, out)
    for raw in args.paths:
        try:
            for where, case in _read_cases(Path(raw)):
                findings = validate(case, as_of=as_of)
                progress.before_output()
                if args.format == "json":
                    record = {
                        "source": where,
                        "case": case.id,
                        "findings": [_finding_json(f) for f in findings],
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    _print_human(where, case, findings, out)
                if any(f.severity is Severity.ERROR for f in findings):
                    worst = max(worst, EXIT_FINDINGS)
                progress.tick()
        except _BadInputError as bad:
            progress.clear()
            for path, message in bad.problems:
                err.write(f"{bad.where}: {path}: {message}\n")
            worst = EXIT_BAD_INPUT
    progress.clear()
    return worst


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casemgmt",
        description="Check human-services case records against case-work practice rules.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = sub.add_parser(
        "check",
        help="validate cases from JSON or JSON Lines files",
        description="Validate each case; exit 0 (no errors), 1 (errors found), 2 (bad input).",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--as-of", type=_parse_date, default=None, help="judge as of this date (default today)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "check":
        return _check(args, sys.stdout, sys.stderr)
    return EXIT_BAD_INPUT  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
