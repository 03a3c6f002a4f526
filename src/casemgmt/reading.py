"""Cases from files and streams, with where each came from: the one JSON Lines reader.

A caseload is read as it is stored: a JSON file holding one case, or JSON
Lines (one case per line, as ``casemgmt.dumps`` writes it). ``read_cases``
yields one ``CaseLine`` per case *or* per line that is not a case, so a bad
line never stops the reading: the caller sees every good case and every
refused line with its file, line and JSON paths. ``casemgmt check`` and
``casemgmt.monitoring.iter_cases`` both read through it.

>>> import io
>>> from casemgmt import Case, Client, dumps
>>> good = dumps(Case(id="case-1", client=Client(id="c-1", name="Carla"),
...                   opened_on=__import__("datetime").date(2024, 9, 1)))
>>> stream = io.BytesIO(f'{good}\\n{{"id": 7}}\\n'.encode())
>>> [(entry.where, entry.refused) for entry in read_cases("-", stdin=stream)]
[('<stdin>:1', False), ('<stdin>:2', True)]
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO

import attrs

from casemgmt.case import Case
from casemgmt.core._repr import Record
from casemgmt.errors import CaseDataError
from casemgmt.serialization import loads

__all__ = ["STDIN", "CaseLine", "is_json_lines", "iter_cases", "read_cases", "read_lines"]

STDIN = "-"
"""The path that means standard input, as command-line tools spell it."""

_BOM = b"\xef\xbb\xbf"
_BLOCK = 1 << 16
"""Bytes read at a time. A buffered reader's own line loop scans byte by byte
and, for a line longer than its 8 KB buffer, reads in pieces: 70k
instructions for a 16 KB case. Blocks cut at their newlines with ``find``
take a few thousand, and hold at most a block besides the line."""
_JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
_Problems = tuple[tuple[str, str], ...]


@attrs.frozen(kw_only=True, repr=False)
class CaseLine(Record):
    """One case read, or one input refused, and where it came from.

    ``line`` is the 1-based line of a JSON Lines input, ``None`` for a whole
    JSON document. Exactly one of ``case`` and ``problems`` is set:
    ``problems`` are ``(json_path, message)`` pairs, like
    ``CaseDataError.problems``. Messages never quote the client's details.
    """

    source: str
    line: int | None
    case: Case | None = None
    problems: _Problems = ()

    @property
    def refused(self) -> bool:
        """True when this input is not a case."""
        return self.case is None

    @property
    def where(self) -> str:
        """``FILE:LINE`` for a line of JSON Lines, ``FILE`` for a whole document."""
        return self.source if self.line is None else f"{self.source}:{self.line}"


def _entry(data: bytes, source: str, line: int | None) -> CaseLine:
    try:
        return CaseLine(source=source, line=line, case=loads(data, Case))
    except CaseDataError as exc:
        return CaseLine(source=source, line=line, problems=tuple(exc.problems))


def read_lines(lines: Iterable[bytes], *, source: str, first_line: int = 1) -> Iterator[CaseLine]:
    """Read JSON Lines: one ``CaseLine`` per non-blank line, good or refused.

    ``first_line`` numbers the first of ``lines``, so a slice of a file (a
    worker's share, a Dask partition) reports the file's own line numbers.
    """
    for number, line in enumerate(lines, start=first_line):
        if line.isspace() or not line:
            continue
        entry = _entry(line, source, number)
        del line  # held by neither while the caller judges the case ...
        yield entry
        del entry  # ... nor while the next line loads: one case in memory at a time


def _lines(handle: IO[bytes], size: int = _BLOCK) -> Iterator[bytes]:
    """The lines of ``handle`` as iterating it gives them (each ends with its newline, but
    the last may not), read a block at a time.

    ``read1`` returns what one read gives, so a line arriving on a pipe is
    judged without waiting for a whole block.
    """
    read = getattr(handle, "read1", handle.read)
    pieces: list[bytes] = []  # a line longer than a block, so far
    while block := read(size):
        start = 0
        while end := block.find(b"\n", start) + 1:
            if pieces:
                pieces.append(block[start:end])
                line = b"".join(pieces)
                pieces.clear()
            else:
                line = block[start:end]
            yield line
            del line  # not held while the caller loads the next one
            start = end
        if start < len(block):
            pieces.append(block[start:])
        del block
    if pieces:
        yield b"".join(pieces)


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def read_cases(
    path: str | os.PathLike[str], *, stdin: IO[bytes] | None = None
) -> Iterator[CaseLine]:
    """Every case in ``path``, and every part of it that is not a case, in order.

    ``path`` is a JSON case, a JSON Lines file, or ``"-"`` for standard input
    (``stdin``, default ``sys.stdin.buffer``). JSON Lines is recognised by a
    ``.jsonl``/``.ndjson`` suffix, or by a first line that is a whole JSON
    object with more after it; it streams one line at a time, so a caseload
    of any size reads in the memory of one case. A UTF-8 byte-order mark and
    CRLF line ends are accepted. Empty JSON Lines (or empty standard input)
    yields nothing; an empty ``.json`` file is refused as empty.
    ``OSError`` from opening or reading passes through.
    """
    name = os.fspath(path)
    if name == STDIN:
        handle = stdin if stdin is not None else sys.stdin.buffer
        yield from _read(handle, "<stdin>", json_lines=None, empty_is_refused=False)
        return
    suffix = os.path.splitext(name)[1].lower()
    json_lines = True if suffix in _JSON_LINES_SUFFIXES else None
    with open(name, "rb") as handle:
        yield from _read(handle, name, json_lines=json_lines, empty_is_refused=suffix == ".json")


def _read(
    handle: IO[bytes], source: str, *, json_lines: bool | None, empty_is_refused: bool
) -> Iterator[CaseLine]:
    first = handle.readline()
    if first.startswith(_BOM):
        first = first[len(_BOM) :]
    head = [first]
    if json_lines is None:
        head.append(handle.readline())
        json_lines = _sniff(first, head[1], empty_is_refused=empty_is_refused)
    del first
    if json_lines:
        lines = itertools.chain(head, _lines(handle))
        del head  # the chain alone holds the first lines, and lets go of them once read
        yield from read_lines(lines, source=source)
        return
    text = b"".join(head) + b"".join(handle)
    if text.strip():
        yield _entry(text, source, None)
    elif empty_is_refused:
        yield CaseLine(source=source, line=None, problems=(("$", "the file is empty: no case"),))


def is_json_lines(path: str | os.PathLike[str]) -> bool:
    """Whether ``read_cases`` reads ``path`` as JSON Lines (by suffix, or its first lines).

    ``OSError`` from opening or reading passes through.
    """
    name = os.fspath(path)
    suffix = os.path.splitext(name)[1].lower()
    if suffix in _JSON_LINES_SUFFIXES:
        return True
    with open(name, "rb") as handle:
        first = handle.readline().removeprefix(_BOM)
        second = handle.readline()
    return _sniff(first, second, empty_is_refused=suffix == ".json")


def _sniff(first: bytes, second: bytes, *, empty_is_refused: bool) -> bool:
    # A whole object on either of the first two lines: a pretty-printed case
    # has neither, and one bad first line must not hide the lines after it.
    if not (first + second).strip():
        return not empty_is_refused
    return bool(second) and (_is_object(first) or _is_object(second))


def iter_cases(path: str | os.PathLike[str]) -> Iterator[Case]:
    """Read cases from a JSON Lines file, one line at a time; stop at a bad line.

    Blank lines are skipped. A line that is not a case raises
    ``CaseDataError`` whose problem paths start with the file and line
    (``"cases.jsonl:7: $.plan.goals[0].id"``); the cases before it have
    already been yielded. To read on past bad lines and hear about every one,
    use ``read_cases``, the reader this wraps. ``OSError`` from opening or
    reading the file passes through.
    """
    name = os.fspath(path)
    with open(name, "rb") as handle:
        for entry in read_lines(_lines(handle), source=name):
            if entry.case is None:
                raise CaseDataError(
                    (f"{entry.where}: {where}", message) for where, message in entry.problems
                )
            yield entry.case
