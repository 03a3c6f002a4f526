"""Writing many bundles: the library side of ``casemgmt export --to fhir``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from casemgmt.case import Case
from casemgmt.fhir._writer import to_bundle

__all__ = ["export_fhir"]


def export_fhir(
    cases: Iterable[Case],
    out: IO[str],
    *,
    include_identity: bool = False,
    standard_only: bool = False,
) -> int:
    """Write one bundle per case to ``out``, one JSON document a line; returns the count.

    De-identified unless ``include_identity``: the client appears by
    identifier only. Cases are read and written one at a time, so a caseload
    of any size streams.
    """
    count = 0
    for case in cases:
        bundle = to_bundle(case, include_identity=include_identity, standard_only=standard_only)
        out.write(json.dumps(bundle, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count
