"""Cases from the paths on the command line, with the location of each."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from casemgmt.case import Case
from casemgmt.errors import CaseDataError
from casemgmt.serialization import loads

__all__ = ["BadInputError", "read_cases", "report_bad_input"]


class BadInputError(Exception):
    """Input that is not a case: where, and every problem with its JSON path."""

    def __init__(self, where: str, problems: list[tuple[str, str]]) -> None:
        self.where = where
        self.problems = problems
        super().__init__(where)


def report_bad_input(bad: BadInputError, err: TextIO) -> None:
    """One line per problem: ``FILE[:LINE]: $.path: message``."""
    for path, message in bad.problems:
        err.write(f"{bad.where}: {path}: {message}\n")


def read_cases(path: Path) -> Iterator[tuple[str, Case]]:
    """Yield (location, case) from a JSON case or a JSON Lines file, lazily.

    JSON Lines is recognised by a ``.jsonl``/``.ndjson`` suffix, or by a first
    line that is a whole JSON object with more lines after it; it is read one
    line at a time, so a caseload of any size streams.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BadInputError(str(path), [("$", f"cannot open: {exc.strerror}")]) from None
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
                    raise BadInputError(where, exc.problems) from None
        else:
            text = first + handle.read()
            try:
                yield str(path), loads(text, Case)
            except CaseDataError as exc:
                raise BadInputError(str(path), exc.problems) from None


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
