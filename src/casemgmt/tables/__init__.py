"""Flat tables of a caseload for DuckDB, polars and pandas: rows per entity.

Cases, needs, goals, actions, referrals, reviews, findings and stage
changes, each with fixed column names and types (``TABLES``), streamed over
any iterable of cases in constant memory. De-identified by default: ids are
pseudonyms keyed with a ``salt`` (the ``casemgmt.privacy`` rules), dates of
birth shrink to a year and no free text is written. ``export_tables``
writes CSV with the standard library, or Parquet with pyarrow
(``pip install 'casemgmt[analytics]'``). See
``docs/how-to/analyse-a-caseload.md``.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.tables._arrow import arrow_schema as arrow_schema
    from casemgmt.tables._arrow import record_batches as record_batches
    from casemgmt.tables._export import FORMATS as FORMATS
    from casemgmt.tables._export import export_tables as export_tables
    from casemgmt.tables._rows import Row as Row
    from casemgmt.tables._rows import rows as rows
    from casemgmt.tables._schema import TABLES as TABLES
    from casemgmt.tables._schema import Column as Column
    from casemgmt.tables._schema import Table as Table
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
