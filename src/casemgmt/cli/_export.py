"""``casemgmt export``: the flat tables of a caseload, one file per table.

De-identified unless ``--identified``: ids become pseudonyms keyed with
``--salt`` (or ``$CASEMGMT_SALT``); with neither, a one-off random salt is
used, so the tables join among themselves but cannot be linked to the
source or to another export.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from casemgmt.case import Case
from casemgmt.cli._common import AS_OF_HELP, EXIT_BAD_INPUT, EXIT_OK, UsageError, parse_date, today
from casemgmt.cli._input import BadInputError, read_cases, report_bad_input

__all__ = ["register", "run"]

SALT_VARIABLE = "CASEMGMT_SALT"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` and its options."""
    from casemgmt.tables import FORMATS, TABLES

    export = sub.add_parser(
        "export",
        help="write flat tables (cases, needs, goals...) as CSV or Parquet",
        description=(
            "Write one file per table (" + ", ".join(TABLES) + ") to a directory,"
            " de-identified unless --identified. Exit 0, or 2 for bad input."
        ),
    )
    export.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    export.add_argument("--to", choices=FORMATS, default="csv", help="file format (default csv)")
    export.add_argument("-o", "--output", required=True, metavar="DIR", help="where to write")
    export.add_argument("--as-of", type=parse_date, default=None, help=AS_OF_HELP + " (findings)")
    export.add_argument(
        "--tables", default=None, metavar="NAME,...", help="only these tables (default: all)"
    )
    export.add_argument(
        "--salt",
        default=None,
        help=f"key for the pseudonyms (default ${SALT_VARIABLE}, else a one-off random salt)",
    )
    export.add_argument(
        "--identified", action="store_true", help="keep the agency's own ids (no pseudonyms)"
    )
    export.set_defaults(run=run)


def _cases(paths: list[str]) -> Iterator[Case]:
    for raw in paths:
        for _, case in read_cases(Path(raw)):
            yield case


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Export every case of every path in one pass; stop at the first bad input."""
    from casemgmt.tables import export_tables

    as_of: dt.date = args.as_of or today()
    salt = None
    if not args.identified:
        salt = args.salt or os.environ.get(SALT_VARIABLE) or secrets.token_hex(16)
    tables = None if args.tables is None else [t.strip() for t in args.tables.split(",")]
    try:
        written = export_tables(
            _cases(args.paths),
            args.output,
            to=args.to,
            tables=tables,
            as_of=as_of,
            salt=salt,
            identified=args.identified,
        )
    except BadInputError as bad:
        report_bad_input(bad, err)
        return EXIT_BAD_INPUT
    except (ValueError, ImportError) as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        msg = f"cannot write to {args.output}: {exc.strerror or exc}"
        raise UsageError(msg) from None
    for name, count in written.items():
        out.write(f"{Path(args.output) / name}.{args.to}: {count} rows\n")
    return EXIT_OK
