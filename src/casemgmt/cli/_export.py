"""``casemgmt export``: cases in another shape, de-identified by default.

``--to fhir`` writes FHIR R4 bundles; ``--to csv`` and ``--to parquet``
write the flat tables of ``casemgmt.tables``, one file per table. For the
tables, ids become pseudonyms keyed with ``--salt`` (or ``$CASEMGMT_SALT``);
with neither, a one-off random salt is used, so the tables join among
themselves but cannot be linked to the source or to another export;
``--identified`` keeps the agency's ids.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from casemgmt.cli._common import (
    AS_OF_HELP,
    EXIT_BAD_INPUT,
    EXIT_OK,
    Subcommands,
    UsageError,
    command,
    today,
)
from casemgmt.cli._input import entries, report_refused

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["SALT_VARIABLE", "register", "run"]

SALT_VARIABLE = "CASEMGMT_SALT"
"""The environment variable ``--salt`` defaults to."""

_TABLE_FORMATS = ("csv", "parquet")


_SUMMARY = "write cases in another format (FHIR R4 bundles, CSV or Parquet tables)"
_DESCRIPTION = (
    "--to fhir: each case as a FHIR R4 Bundle aligned with the SDOH Clinical"
    " Care IG: one JSON bundle for a .json case, JSON Lines (one bundle a line) for many;"
    " the client by identifier only unless --include-identity. --to csv|parquet: the flat"
    " tables (cases, needs, goals, actions, referrals, reviews, findings, stage_changes),"
    " one file per table in -o DIR, de-identified unless --identified."
)


def register(sub: Subcommands[argparse.ArgumentParser]) -> None:
    """Add ``export`` and its options."""
    export = command(
        sub, "export", run, _SUMMARY, _DESCRIPTION, as_of="tables: " + AS_OF_HELP + " (findings)"
    )
    export.add_argument(
        "--to", required=True, choices=["fhir", *_TABLE_FORMATS], help="the format to write"
    )
    export.add_argument(
        "-o", "--output", type=Path, default=None, metavar="DIR",
        help="fhir: write PATH's bundles to DIR/<name>.fhir.json(l) instead of standard output;"
        " csv, parquet: the directory for the tables (required)",
    )  # fmt: skip
    export.add_argument(
        "--include-identity", action="store_true",
        help="fhir: include the client's name, birth date and contact details",
    )  # fmt: skip
    export.add_argument(
        "--standard-only", action="store_true",
        help="fhir: write no casemgmt extensions (what FHIR cannot say is left out)",
    )  # fmt: skip
    export.add_argument(
        "--tables", default=None, metavar="NAME,...", help="tables: only these (default all)"
    )
    export.add_argument(
        "--salt",
        default=None,
        help=f"tables: key for the pseudonyms (default ${SALT_VARIABLE}, else a one-off salt)",
    )
    export.add_argument(
        "--identified", action="store_true", help="tables: keep the agency's ids (no pseudonyms)"
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.to in _TABLE_FORMATS:
        return _tables(args, out, err)
    return _fhir(args, out, err)


def _fhir(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casemgmt.fhir import export_fhir

    refused = 0

    def cases_of(raw: str) -> Iterator[Case]:
        # Refused lines are reported and skipped; the good cases still export.
        nonlocal refused
        for entry in entries([raw]):
            if entry.case is None:
                refused += 1
                report_refused(entry, err)
            else:
                yield entry.case

    options = {"include_identity": args.include_identity, "standard_only": args.standard_only}
    for raw in args.paths:
        if args.output is None:
            export_fhir(cases_of(raw), out, **options)
            continue
        path = Path(raw)
        many = path.suffix in (".jsonl", ".ndjson")
        args.output.mkdir(parents=True, exist_ok=True)
        target = args.output / f"{path.stem}.fhir.json{'l' if many else ''}"
        with target.open("w", encoding="utf-8") as handle:
            count = export_fhir(cases_of(raw), handle, **options)
        err.write(f"{path}: {count} bundle{'s' if count != 1 else ''} -> {target}\n")
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _tables(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Every table in one pass; refused lines are reported and skipped (exit 2)."""
    from casemgmt.tables import export_tables

    if args.output is None:
        msg = f"--to {args.to} writes one file per table: give the directory with -o DIR"
        raise UsageError(msg)
    as_of: dt.date = args.as_of or today()
    salt = None
    if not args.identified:
        salt = args.salt or os.environ.get(SALT_VARIABLE) or secrets.token_hex(16)
    tables = None if args.tables is None else [t.strip() for t in args.tables.split(",")]
    refused = 0

    def cases() -> Iterator[Case]:
        nonlocal refused
        for entry in entries(args.paths):
            if entry.case is None:
                refused += 1
                report_refused(entry, err)
            else:
                yield entry.case

    try:
        written = export_tables(
            cases(),
            args.output,
            to=args.to,
            tables=tables,
            as_of=as_of,
            salt=salt,
            identified=args.identified,
        )
    except (ValueError, ImportError) as exc:
        raise UsageError(str(exc)) from None
    for name, count in written.items():
        out.write(f"{args.output / name}.{args.to}: {count} rows\n")
    return EXIT_BAD_INPUT if refused else EXIT_OK
