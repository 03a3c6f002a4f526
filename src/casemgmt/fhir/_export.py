"""Export cases as FHIR bundles: the library side of ``casemgmt export --to fhir``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import IO, Any

from casemgmt.case import Case
from casemgmt.errors import CaseDataError
from casemgmt.fhir._writer import to_bundle

__all__ = ["export_fhir", "read_cases"]


def read_cases(path: str | os.PathLike[str]) -> Iterator[Case]:
    """The cases in a JSON file (one case) or a JSON Lines file (one per line).

    A case that cannot be read raises ``CaseDataError`` whose paths start
    with the file and, for JSON Lines, the line.
    """
    from casemgmt.serialization import loads

    name = os.fspath(path)
    with open(name, "rb") as handle:
        data = handle.read()
    text = data.removeprefix(b"\xef\xbb\xbf")
    if not name.endswith(".jsonl"):
        try:
            yield loads(text, Case)
        except CaseDataError as exc:
            raise CaseDataError(
                (f"{name}: {where}", message) for where, message in exc.problems
            ) from None
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield loads(line, Case)
        except CaseDataError as exc:
            raise CaseDataError(
                (f"{name}, line {lineno}: {where}", message) for where, message in exc.problems
            ) from None


def export_fhir(
    path: str | os.PathLike[str],
    out: IO[str],
    *,
    include_identity: bool = False,
    standard_only: bool = False,
) -> int:
    """Write one bundle per case in ``path`` to ``out`` as JSON Lines; returns the count.

    De-identified unless ``include_identity``: the client appears by
    identifier only.
    """
    count = 0
    for case in read_cases(path):
        bundle: dict[str, Any] = to_bundle(
            case, include_identity=include_identity, standard_only=standard_only
        )
        out.write(json.dumps(bundle, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count
