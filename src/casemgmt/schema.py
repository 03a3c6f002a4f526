"""JSON Schema (draft 2020-12) for the JSON form of any record, generated from the records.

Web developers publish it in their API documents and validate requests with
it before calling ``loads``. It is built from the attrs classes themselves, so
it cannot drift from what ``dumps`` writes: enums list their values, dates and
date-times carry formats, keys without defaults are required, unknown keys are
refused and a case carries its ``schema_version``.

What a schema cannot say is left to ``loads``: rules on one value (a need
number from 1, a readable time frame, a target date after the start) and the
JSON number ``1.0`` standing for the whole number 1.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from casemgmt.case import Case
from casemgmt.core._time import Timeframe
from casemgmt.serialization import SCHEMA_VERSION

__all__ = ["DIALECT", "json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_DATETIME = {
    "type": "string",
    "format": "date-time",
    "pattern": r"^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$",
    "description": "ISO 8601 with a UTC offset; naive date-times are refused",
}
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    dt.date: _DATE,
    dt.datetime: _DATETIME,
    Timeframe: {"type": "string", "description": "a time frame in words, such as '2 weeks'"},
}


def json_schema(cls: type | None = None) -> dict[str, Any]:
    """The JSON Schema of ``cls``'s JSON form (``casemgmt.Case`` by default).

    >>> schema = json_schema()
    >>> schema["$schema"], schema["$ref"], "schema_version" in schema["$defs"]["Case"]["required"]
    ('https://json-schema.org/draft/2020-12/schema', '#/$defs/Case', True)
    """
    if cls is None:
        cls = Case
    if not attrs.has(cls):
        msg = f"json_schema needs a casemgmt record class, got {cls!r}"
        raise TypeError(msg)
    defs: dict[str, dict[str, Any]] = {}
    ref = _record(cls, defs, SCHEMA_VERSION)
    return {
        "$schema": DIALECT,
        "title": f"casemgmt {cls.__name__}",
        **ref,
        "$defs": dict(sorted(defs.items())),
    }


def _record(cls: type, defs: dict[str, dict[str, Any]], version: int) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder: records may nest
        properties: dict[str, Any] = {}
        required: list[str] = []
        if _versioned(cls):
            properties["schema_version"] = {"const": version}
            required.append("schema_version")
        for field in attrs.fields(attrs.resolve_types(cls)):
            properties[field.name] = _of(field.type, defs, version)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        defs[name] = {
            "type": "object",
            "description": (cls.__doc__ or name).strip().splitlines()[0],
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _versioned(cls: type) -> bool:
    return cls is Case


def _of(tp: Any, defs: dict[str, dict[str, Any]], version: int) -> dict[str, Any]:
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_of(a, defs, version) for a in args if a is not type(None)]
        if type(None) in args:
            options.append({"type": "null"})
        return options[0] if len(options) == 1 else {"anyOf": options}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _of(args[0], defs, version)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp], "title": tp.__name__}
    if isinstance(tp, type) and attrs.has(tp):
        return _record(tp, defs, version)
    msg = f"no JSON Schema for the type {tp!r}"
    raise TypeError(msg)
