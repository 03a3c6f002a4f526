"""Load and dump functions written once per record class, for the one converter.

``serialization`` owns one ``cattrs.Converter``; this package gives it hook
factories: ``structure_factory`` (``_load``, with the scalar parsers of
``_values``) and ``unstructure_factory`` (``_dump``), both writing Python
source through ``_source.Source``; ``_careful`` holds the detailed hooks a
loader hands a bad document to, and the messages its problems get.

Every generated function is complete before anyone can call it: nested
classes are looked up from the converter on a field's first use, so there is
no placeholder to race on, and the source is registered in ``linecache`` so
tracebacks show it.
"""

from casemgmt._codegen._dump import unstructure_factory
from casemgmt._codegen._load import structure_factory
from casemgmt._codegen._source import is_enum, is_record, optional_arg, tuple_arg

__all__ = [
    "is_enum",
    "is_record",
    "optional_arg",
    "structure_factory",
    "tuple_arg",
    "unstructure_factory",
]
