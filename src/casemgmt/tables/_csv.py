"""CSV files of the flat tables, with the standard library only.

Dates are ISO 8601 (``2024-09-01``), booleans ``true``/``false`` and an
empty field is a null, which is what DuckDB, polars and pandas read back.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import IO, Any

from casemgmt.tables._rows import Row
from casemgmt.tables._schema import Table

__all__ = ["CsvSink", "csv_value"]


def csv_value(value: Any) -> str:
    """One cell as text: '' for null, ISO dates, lower-case booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class CsvSink:
    """One table's CSV file, written row by row (a header first)."""

    suffix = ".csv"

    def __init__(self, path: Path, table: Table) -> None:
        self.columns = table.column_names
        self.handle: IO[str] = path.open("w", newline="", encoding="utf-8")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(self.columns)

    def add(self, rows: list[Row]) -> None:
        self.writer.writerows([csv_value(row[c]) for c in self.columns] for row in rows)

    def close(self) -> None:
        self.handle.close()
