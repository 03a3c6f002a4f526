"""The ``casemgmt`` command: check, show and judge cases; tell the Carla story.

One module per subcommand (``_check``, ``_show``, ``_closure``, ``_demo``),
each with ``register(subparsers)`` that adds its parser and sets
``run(args, out, err) -> exit code`` as its default; add a command by
writing such a module and listing it in ``_COMMANDS``.

Exit codes: 2 if any input was refused (the message names the file, line
and JSON path), a ``--policy``/``--rules`` could not be loaded or the output
could not be written; else 1 if any case has an ERROR finding (or some case
is blocked); else 0. Every input is read either way.

The library never reads the clock; this command does, for ``--as-of``'s
default (today, in UTC).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from casemgmt.cli import _check, _closure, _demo, _export, _report, _show
from casemgmt.cli._common import EXIT_BAD_INPUT, UsageError
from casemgmt.cli._policy import load_policy

__all__ = ["load_policy", "main"]

_COMMANDS = (_check, _show, _closure, _demo, _export, _report)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casemgmt",
        description="Check human-services case records against case-work practice rules.",
        epilog="Exit codes: 2 if any input was refused (or an option, a --policy or the output"
        " failed), else 1 if any case has an ERROR finding (or cannot close), else 0; every"
        " input is read either way.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in _COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args, sys.stdout, sys.stderr)
        sys.stdout.flush()
    except UsageError as error:
        sys.stderr.write(f"casemgmt {args.command}: error: {error}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `casemgmt check big.jsonl | head`
        _stop_writing()
        sys.stderr.write(f"casemgmt {args.command}: output closed before the report was complete\n")
        return EXIT_BAD_INPUT
    except OSError as error:  # inputs report their own OSErrors: this is the output (a full disk)
        _stop_writing()
        reason = error.strerror or type(error).__name__
        sys.stderr.write(f"casemgmt {args.command}: cannot write the output: {reason}\n")
        return EXIT_BAD_INPUT
    return code


def _stop_writing() -> None:
    """Point stdout at the null device, so the exit's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (a test's stream): nothing to do
        pass
