"""``casemgmt export --to fhir``: cases as FHIR R4 bundles, de-identified by default."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from casemgmt.cli._common import EXIT_BAD_INPUT, EXIT_OK
from casemgmt.cli._input import entries, report_refused

if TYPE_CHECKING:
    from casemgmt.case import Case

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
