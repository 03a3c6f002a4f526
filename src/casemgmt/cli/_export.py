"""``casemgmt export --to fhir``: cases as FHIR R4 bundles, de-identified by default."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from casemgmt.cli._common import EXIT_BAD_INPUT, EXIT_OK
from casemgmt.cli._input import BadInputError, read_cases, report_bad_input

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` and its options."""
    export = sub.add_parser(
        "export",
        help="write cases in another format (FHIR R4 bundles)",
        description="Write each case as a FHIR R4 Bundle aligned with the SDOH Clinical Care IG:"
        " one JSON bundle for a .json case, JSON Lines (one bundle a line) for many."
        " The client appears by identifier only unless --include-identity.",
    )
    export.add_argument("paths", nargs="+", metavar="PATH", help="a .json case or .jsonl cases")
    export.add_argument("--to", required=True, choices=["fhir"], help="the format to write")
    export.add_argument(
        "-o", "--output", type=Path, default=None, metavar="DIR",
        help="write PATH's bundles to DIR/<name>.fhir.json(l) instead of standard output",
    )  # fmt: skip
    export.add_argument(
        "--include-identity", action="store_true",
        help="include the client's name, birth date and contact details",
    )  # fmt: skip
    export.add_argument(
        "--standard-only", action="store_true",
        help="write no casemgmt extensions (what FHIR cannot say is left out)",
    )  # fmt: skip
    export.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casemgmt.fhir import export_fhir

    code = EXIT_OK
    for raw in args.paths:
        path = Path(raw)
        many = path.suffix in (".jsonl", ".ndjson")
        cases = (case for _, case in read_cases(path))
        try:
            if args.output is None:
                export_fhir(cases, out, include_identity=args.include_identity,
                            standard_only=args.standard_only)  # fmt: skip
                continue
            args.output.mkdir(parents=True, exist_ok=True)
            target = args.output / f"{path.stem}.fhir.json{'l' if many else ''}"
            with target.open("w", encoding="utf-8") as handle:
                count = export_fhir(cases, handle, include_identity=args.include_identity,
                                    standard_only=args.standard_only)  # fmt: skip
            err.write(f"{path}: {count} bundle{'s' if count != 1 else ''} -> {target}\n")
        except BadInputError as bad:
            report_bad_input(bad, err)
            code = EXIT_BAD_INPUT
    return code
