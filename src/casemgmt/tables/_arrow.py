"""Arrow record batches and Parquet files of the flat tables (needs ``pyarrow``).

The only module that imports pyarrow, and only when called: install it with
``pip install 'casemgmt[analytics]'``. Each table has an explicit schema, so
an empty table or a column that is null in a whole batch keeps its type.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casemgmt.tables._rows import Row, RowMaker
from casemgmt.tables._schema import TABLES, Table

if TYPE_CHECKING:
    from casemgmt.case import Case
    from casemgmt.core._time import AsOf

__all__ = ["ParquetSink", "arrow_schema", "record_batches", "require_pyarrow"]

DEFAULT_BATCH = 10_000
"""Rows per record batch (and Parquet row group at most): memory stays flat."""


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or an ImportError that says how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:  # pragma: no cover - the test environment has it
        msg = "Arrow and Parquet output need pyarrow: pip install 'casemgmt[analytics]'"
        raise ImportError(msg) from exc
    return pyarrow


def arrow_schema(table: str | Table) -> Any:
    """The ``pyarrow.Schema`` of a table (every column nullable)."""
    pa = require_pyarrow()
    spec = TABLES[table] if isinstance(table, str) else table
    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32()}
    return pa.schema([pa.field(c.name, types[c.type], nullable=True) for c in spec.columns])


def _batch(pa: Any, schema: Any, table: Table, rows: list[Row]) -> Any:
    columns = [[row[name] for row in rows] for name in table.column_names]
    return pa.RecordBatch.from_arrays(
        [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)],
        schema=schema,
    )


def record_batches(
    table: str,
    cases: Iterable[Case],
    *,
    batch_size: int = DEFAULT_BATCH,
    as_of: AsOf | None = None,
    salt: str | bytes | None = None,
    identified: bool = False,
) -> Iterator[Any]:
    """Stream one table as ``pyarrow.RecordBatch``es of at most ``batch_size`` rows."""
    pa = require_pyarrow()
    maker = RowMaker(tables=[table], as_of=as_of, salt=salt, identified=identified)
    spec = TABLES[table]
    schema = arrow_schema(spec)

    def stream() -> Iterator[Any]:
        pending: list[Row] = []
        for case in cases:
            pending.extend(maker.rows(case)[table])
            while len(pending) >= batch_size:
                yield _batch(pa, schema, spec, pending[:batch_size])
                del pending[:batch_size]
        if pending:
            yield _batch(pa, schema, spec, pending)

    return stream()


class ParquetSink:
    """One table's Parquet file, written a batch at a time."""

    suffix = ".parquet"

    def __init__(self, path: Path, table: Table, batch_size: int = DEFAULT_BATCH) -> None:
        self.pa = require_pyarrow()
        self.table = table
        self.schema = arrow_schema(table)
        self.batch_size = batch_size
        self.pending: list[Row] = []
        self.writer = self.pa.parquet.ParquetWriter(str(path), self.schema)

    def add(self, rows: list[Row]) -> None:
        self.pending.extend(rows)
        while len(self.pending) >= self.batch_size:
            self._write(self.pending[: self.batch_size])
            del self.pending[: self.batch_size]

    def _write(self, rows: list[Row]) -> None:
        self.writer.write_batch(_batch(self.pa, self.schema, self.table, rows))

    def close(self) -> None:
        if self.pending:
            self._write(self.pending)
            self.pending = []
        self.writer.close()
