"""Every table of a caseload written in one pass: one file per table.

Cases stream through once (a JSON Lines file of any size), each case's rows
go to every table's file, and only a batch of rows per table is held.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from casemgmt.tables._rows import Row, RowMaker
from casemgmt.tables._schema import TABLES, Table

if TYPE_CHECKING:
    from casemgmt.case import Case
    from casemgmt.core._time import AsOf

__all__ = ["FORMATS", "export_tables"]

FORMATS = ("csv", "parquet")
"""The file formats ``export_tables`` writes."""


class _Sink(Protocol):
    def add(self, rows: list[Row]) -> None: ...
    def close(self) -> None: ...


def _sink(to: str, path: Path, table: Table, batch_size: int) -> _Sink:
    if to == "csv":
        from casemgmt.tables._csv import CsvSink

        return CsvSink(path.with_suffix(".csv"), table)
    from casemgmt.tables._arrow import ParquetSink

    return ParquetSink(path.with_suffix(".parquet"), table, batch_size)


def export_tables(
    cases: Iterable[Case],
    directory: str | os.PathLike[str],
    *,
    to: str = "csv",
    tables: Sequence[str] | None = None,
    as_of: AsOf | None = None,
    salt: str | bytes | None = None,
    identified: bool = False,
    batch_size: int = 10_000,
) -> dict[str, int]:
    """Write ``DIRECTORY/<table>.csv`` (or ``.parquet``) per table; rows written per table.

    De-identified unless ``identified=True``: ids become pseudonyms keyed
    with ``salt`` (see ``casemgmt.tables``). The findings table needs
    ``as_of``. ``to="parquet"`` needs pyarrow (``casemgmt[analytics]``).
    """
    if to not in FORMATS:
        msg = f"unknown format {to!r}; use one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    maker = RowMaker(tables=tables, as_of=as_of, salt=salt, identified=identified)
    if batch_size < 1:
        msg = f"batch_size must be at least 1, got {batch_size}"
        raise ValueError(msg)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    sinks: dict[str, _Sink] = {}
    written = dict.fromkeys(maker.tables, 0)
    try:
        for name in maker.tables:
            sinks[name] = _sink(to, folder / name, TABLES[name], batch_size)
        for case in cases:
            for name, table_rows in maker.rows(case).items():
                if table_rows:
                    sinks[name].add(table_rows)
                    written[name] += len(table_rows)
    finally:
        for sink in sinks.values():
            sink.close()
    return written
