"""The ``casemgmt`` command: check, show and judge cases; tell the Carla story.

``check`` validates cases from JSON or JSON Lines files (streaming), ``show``
prints a case's plan as seed 002's table with its reviews and status,
``closure`` says whether cases may close and what blocks them, and ``demo``
walks the Carla case through its whole lifecycle.

Exit codes: 0 no ERROR findings (or every case may close); 1 some ERROR
findings (or some case is blocked); 2 input that is not a case (the message
names the file, line and JSON path) or a ``--policy`` that cannot be loaded.

The library never reads the clock; this command does, for ``--as-of``'s
default (today, in UTC).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import itertools
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from casemgmt.case import Case
from casemgmt.checks import validate
from casemgmt.core import Finding, Severity, summarize
from casemgmt.errors import CaseDataError
from casemgmt.serialization import loads

if TYPE_CHECKING:
    from casemgmt.closure import ClosurePolicy

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
PROGRESS_EVERY = 1000


class _UsageError(Exception):
    """A command-line argument that cannot be used (exit 2)."""


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


def load_policy(spec: str) -> ClosurePolicy:
    """The ``ClosurePolicy`` named ``module:attribute``, as ``--policy`` takes it.

    The current directory is searched first, as ``python -m`` would, so an
    agency's ``our_agency/closure.py`` next to its data just works.
    """
    from casemgmt.closure import ClosurePolicy

    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name or not attribute:
        msg = f"--policy {spec!r}: expected MODULE:ATTRIBUTE, e.g. our_agency.closure:POLICY"
        raise _UsageError(msg)
    cwd = os.getcwd()
    added = cwd not in sys.path
    if added:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # any failure in the agency's module is reported, not raised
        msg = f"--policy {spec!r}: cannot import {module_name!r}: {type(exc).__name__}: {exc}"
        raise _UsageError(msg) from None
    finally:
        if added:
            sys.path.remove(cwd)
    try:
        policy = getattr(module, attribute)
    except AttributeError:
        msg = f"--policy {spec!r}: module {module_name!r} has no attribute {attribute!r}"
        raise _UsageError(msg) from None
    if not isinstance(policy, ClosurePolicy):
        msg = (
            f"--policy {spec!r}: {attribute!r} is a {type(policy).__name__},"
            " not a casemgmt.closure.ClosurePolicy"
        )
        raise _UsageError(msg)
    return policy


def _today() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    as_of: dt.date = args.as_of or _today()
    policy = load_policy(args.policy) if args.policy else None
    worst = EXIT_OK
    progress = _Progress(err, out)
    for raw in args.paths:
        try:
            for where, case in _read_cases(Path(raw)):
                findings = validate(case, as_of=as_of)
                if policy is not None and case.closure is None:
                    from casemgmt.closure import evaluate

                    findings += evaluate(case, as_of=as_of, policy=policy).findings
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


def _show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casemgmt.planning import render_plan_table

    as_of: dt.date = args.as_of or _today()
    worst = EXIT_OK
    for raw in args.paths:
        try:
            for where, case in _read_cases(Path(raw)):
                out.write(f"{where}: case {case.id}, client {case.client.id}\n")
                out.write(_status_line(case) + "\n")
                a = case.assessment
                out.write(
                    f"Assessment: {len(a.needs)} needs, {len(a.strengths)} strengths,"
                    f" {len(a.risks)} risks\n\n"
                )
                if case.plan is None:
                    out.write("No plan yet.\n")
                else:
                    out.write(render_plan_table(case.plan, a, width=args.width) + "\n")
                _show_referrals(case, out)
                _show_reviews(case, out)
                findings = validate(case, as_of=as_of)
                out.write(f"\nFindings on {as_of.isoformat()}: {_counts(findings)}\n")
                _print_findings(findings, out)
                out.write("\n")
        except _BadInputError as bad:
            for path, message in bad.problems:
                err.write(f"{bad.where}: {path}: {message}\n")
            worst = EXIT_BAD_INPUT
    return worst


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


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casemgmt.examples.demo import run_demo

    run_demo(out)
    return EXIT_OK


def _closure(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casemgmt.closure import DEFAULT_POLICY, evaluate

    as_of: dt.date = args.as_of or _today()
    policy = load_policy(args.policy) if args.policy else DEFAULT_POLICY
    worst = EXIT_OK
    for raw in args.paths:
        try:
            for where, case in _read_cases(Path(raw)):
                verdict = evaluate(case, as_of=as_of, policy=policy)
                if args.format == "json":
                    record = {
                        "source": where,
                        "case": case.id,
                        "eligible": verdict.eligible,
                        "findings": [_finding_json(f) for f in verdict.findings],
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
                    _print_findings(verdict.findings, out)
                if not verdict.eligible:
                    worst = max(worst, EXIT_FINDINGS)
        except _BadInputError as bad:
            for path, message in bad.problems:
                err.write(f"{bad.where}: {path}: {message}\n")
            worst = EXIT_BAD_INPUT
    return worst


_AS_OF_HELP = "judge as of this date, YYYY-MM-DD (default: today)"
_POLICY_HELP = (
    "an agency's closure policy as MODULE:ATTRIBUTE, e.g. our_agency.closure:POLICY"
    " (a casemgmt.closure.ClosurePolicy)"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casemgmt",
        description="Check human-services case records against case-work practice rules.",
        epilog="Exit codes: 0 fine, 1 ERROR findings (or a case that cannot close), 2 bad input.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

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
    check.add_argument("--as-of", type=_parse_date, default=None, help=_AS_OF_HELP)
    check.add_argument(
        "--policy",
        default=None,
        metavar="MODULE:ATTRIBUTE",
        help=_POLICY_HELP + "; adds its closure findings for open cases",
    )

    show = sub.add_parser(
        "show",
        help="print a case: its plan as a table, referrals, reviews, status",
        description="Print each case's status, its plan as seed 002's table, referrals,"
        " reviews and findings.",
    )
    show.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    show.add_argument("--as-of", type=_parse_date, default=None, help=_AS_OF_HELP)
    show.add_argument("--width", type=int, default=100, help="table width (default 100)")

    closure = sub.add_parser(
        "closure",
        help="say whether cases may close, and what blocks them",
        description="Evaluate closure eligibility. Exit 0 (every case may close),"
        " 1 (some case is blocked), 2 (bad input).",
    )
    closure.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    closure.add_argument("--format", choices=("text", "json"), default="text")
    closure.add_argument("--as-of", type=_parse_date, default=None, help=_AS_OF_HELP)
    closure.add_argument("--policy", default=None, metavar="MODULE:ATTRIBUTE", help=_POLICY_HELP)

    sub.add_parser(
        "demo",
        help="walk the Carla case (seed 002) from intake to closure",
        description="Tell the Carla case from seed 002: intake, assessment, plan,"
        " referrals, a review with a revision, and closure.",
    )
    return parser


_COMMANDS = {"check": _check, "show": _show, "closure": _closure, "demo": _demo}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args, sys.stdout, sys.stderr)
    except _UsageError as error:
        sys.stderr.write(f"casemgmt {args.command}: error: {error}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `casemgmt check big.jsonl | head`: stop quietly (Python docs)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
