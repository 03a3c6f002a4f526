"""``casemgmt demo``: the Carla case of the QCOSS guide, from intake to closure."""

from __future__ import annotations

import argparse
from typing import TextIO

from casemgmt.cli._common import EXIT_OK, Subcommands, command

__all__ = ["register", "run"]


_SUMMARY = "walk the Carla case study from intake to closure"
_DESCRIPTION = (
    "Tell the Carla case study (QCOSS guide): intake, assessment, plan,"
    " referrals, a review with a revision, and closure."
)


def register(sub: Subcommands[argparse.ArgumentParser]) -> None:
    """Add ``demo``."""
    command(sub, "demo", run, _SUMMARY, _DESCRIPTION, paths=None, as_of=None)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the story; it reads no clock, so it is the same every day."""
    from casemgmt.examples.demo import run_demo

    run_demo(out)
    return EXIT_OK
