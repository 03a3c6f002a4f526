"""Reading cases from JSON Lines: the library's explicit I/O helper.

It sits above the records and the converter (it needs ``Case`` and
``loads``), so the caseload queries in ``casemgmt.monitoring`` take any
iterable of cases and never import upward. ``casemgmt.monitoring.iter_cases``
still finds it, for code written before it moved.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from casemgmt.case import Case
from casemgmt.errors import CaseDataError
from casemgmt.serialization import loads

__all__ = ["iter_cases"]


def iter_cases(path: str | os.PathLike[str]) -> Iterator[Case]:
    """Read cases from a JSON Lines file, one line at a time.

    Blank lines are skipped. A line that is not a case raises
    ``CaseDataError`` whose problem paths start with the file and line
    (``"cases.jsonl, line 7: $.plan.goals[0].id"``); the cases before it
    have already been yielded. ``OSError`` from opening or reading the file
    passes through.
    """
    name = os.fspath(path)
    with open(name, "rb") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield loads(line, Case)
            except CaseDataError as exc:
                raise CaseDataError(
                    (f"{name}, line {lineno}: {where}", message) for where, message in exc.problems
                ) from None
