"""Writing the report: bytes to the stream's buffer, JSON lines through orjson when installed.

orjson (the ``fast`` extra) writes a line several times faster than the
standard library; both write the same compact bytes, so the output does not
depend on what is installed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from casemgmt.cli._progress import isatty

__all__ = ["Sink", "json_line"]


def _stdlib_line(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _orjson_line() -> Callable[[Any], bytes] | None:
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson is in the dev extra
        return None
    dumps = orjson.dumps
    newline = orjson.OPT_APPEND_NEWLINE

    def line(record: Any) -> bytes:
        result: bytes = dumps(record, option=newline)
        return result

    return line


json_line: Callable[[Any], bytes] = _orjson_line() or _stdlib_line
"""One JSON object as one compact line of UTF-8 bytes, ending in a newline."""


class Sink:
    """Bytes to a text stream's binary buffer (or decoded, for a stream without one).

    On a terminal each write is flushed, so the report and the progress line
    on stderr never interleave mid-line.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buffer = getattr(stream, "buffer", None)
        self.interactive = isatty(stream)
        stream.flush()

    def write(self, data: bytes) -> None:
        if not data:
            return
        if self.buffer is None:
            self.stream.write(data.decode())
        else:
            self.buffer.write(data)
            if self.interactive:
                self.buffer.flush()

    def flush(self) -> None:
        if self.buffer is not None:
            self.buffer.flush()
        self.stream.flush()

    def descriptor(self) -> int | None:
        """The output's file descriptor, everything written so far flushed to it;
        None for a stream without one (a test's, a notebook's)."""
        if self.buffer is None:
            return None
        try:
            fd: int = self.buffer.fileno()
        except (AttributeError, OSError, ValueError):
            return None
        self.stream.flush()
        self.buffer.flush()
        return fd
