"""One JSON form for every record: fast generated code, careful cattrs errors.

ISO dates, aware datetimes (naive ones refused), enums as their values,
tuples as lists, a ``schema_version`` on cases, unknown keys refused. A bad
document raises ``CaseDataError`` naming every problem with its JSON path;
no other exception escapes ``loads``.

Loading takes a fast path first: a loader generated once per record class
(``casemgmt._codegen``) that checks JSON types inline and gives up, without
explaining, at the first problem. Only then does the careful, detailed
``cattrs`` converter run again over the document to collect every problem
with its path (DESIGN.md, property 6). Both paths apply the same rules, so a
document loads the same either way; tests/test_serialization_fast.py checks.

Dumping writes through generated functions too, handing dates, enums and
tuples to ``orjson`` (the "fast" extra) to encode natively; without orjson,
the stdlib ``json`` module writes the same text.

Nothing heavy is imported up front (issue 9): ``cattrs`` loads the first time
a document is refused or ``converter`` is used, and ``orjson`` on first use.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from casemgmt.core._time import Timeframe
from casemgmt.errors import CaseDataError

if TYPE_CHECKING:
    import cattrs

    converter: cattrs.Converter
    """The library's converter: use it to embed records in your own documents."""

_NOT_LOOKED_UP: Any = object()
_orjson: Any = _NOT_LOOKED_UP
"""The orjson module, None without it; looked up on first use."""


def _find_orjson() -> Any:
    """orjson when installed (the "fast" extra); stdlib json otherwise."""
    global _orjson  # noqa: PLW0603 - a once-only lazy import
    try:
        import orjson
    except ImportError:  # pragma: no cover - depends on the environment
        _orjson = None
    else:
        _orjson = orjson
    return _orjson


__all__ = ["SCHEMA_VERSION", "converter", "dumps", "from_dict", "loads", "to_dict"]

T = TypeVar("T")

SCHEMA_VERSION = 1
"""The version of the stored JSON form of a case."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _WireError(ValueError):
    """A value of the wrong JSON shape; its message is safe to show."""


def _structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str or not _DATE.match(value):
        msg = "expected a date as text, YYYY-MM-DD"
        raise _WireError(msg)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = "not a calendar date (YYYY-MM-DD)"
        raise _WireError(msg) from None


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if type(value) is not str:
        msg = "expected a date-time as ISO 8601 text with a UTC offset"
        raise _WireError(msg)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        msg = "not an ISO 8601 date-time"
        raise _WireError(msg) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        msg = "naive date-time: add a UTC offset such as +00:00"
        raise _WireError(msg)
    return parsed


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        msg = "expected text"
        raise _WireError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        msg = "expected a whole number"
        raise _WireError(msg)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        msg = "expected true or false"
        raise _WireError(msg)
    return value


def _structure_float(value: object, _: type) -> float:
    if type(value) not in (int, float):
        msg = "expected a number"
        raise _WireError(msg)
    return float(value)  # type: ignore[arg-type]


def _structure_timeframe(value: object, _: type) -> Timeframe:
    if type(value) is not str:
        msg = "expected a time frame as text, such as '2 weeks'"
        raise _WireError(msg)
    return Timeframe(value)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    members = dict(cls._value2member_map_)
    allowed = ", ".join(repr(v) for v in members)

    def structure(value: object, _: type) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            msg = f"not a valid {cls.__name__}; expected one of {allowed}"
            raise _WireError(msg) from None

    return structure


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = getattr(tp, "__args__", None)
    return (
        getattr(tp, "__origin__", None) is tuple
        and args is not None
        and len(args) == 2
        and (args[1] is Ellipsis)
    )


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    import cattrs
    from cattrs.errors import IterableValidationError

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_structure_hook(Timeframe, _structure_timeframe)
    conv.register_unstructure_hook(Timeframe, lambda t: t.text)
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
    )
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda _: lambda e: e.value
    )

    def tuple_factory(tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
        item = tp.__args__[0]
        handler = conv.get_structure_hook(item)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            if type(value) is not list:
                msg = "expected a list"
                raise _WireError(msg)
            if not detailed:
                return tuple([handler(v, item) for v in value])
            out: list[Any] = []
            errors: list[Exception] = []
            for i, v in enumerate(value):
                try:
                    out.append(handler(v, item))
                except Exception as exc:
                    notes = [*getattr(exc, "__notes__", []), _index_note(i, item)]
                    setattr(exc, "__notes__", notes)  # noqa: B010 - add_note() is 3.11+
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, tp)
            return tuple(out)

        return structure

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)
    _register_case(conv)
    return conv


def _index_note(index: int, item: Any) -> Any:
    from cattrs.errors import IterableValidationNote

    return IterableValidationNote(f"Structuring item @ index {index}", index, item)


def _register_case(conv: cattrs.Converter) -> None:
    """Cases carry ``schema_version`` so stored data can be migrated later."""
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

    from casemgmt.case import Case

    base_structure = make_dict_structure_fn(Case, conv, _cattrs_forbid_extra_keys=True)
    base_unstructure = make_dict_unstructure_fn(Case, conv)

    def structure_case(value: object, _: type) -> Case:
        if type(value) is not dict:
            msg = "expected a JSON object for a case"
            raise _WireError(msg)
        if "schema_version" not in value:
            raise _SchemaError("required field missing")
        version = value["schema_version"]
        if version != SCHEMA_VERSION or type(version) is not int:
            msg = f"unsupported schema_version; this library reads version {SCHEMA_VERSION}"
            raise _SchemaError(msg)
        body = {k: v for k, v in value.items() if k != "schema_version"}
        return base_structure(body, Case)

    def unstructure_case(case: Case) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **base_unstructure(case)}

    conv.register_structure_hook(Case, structure_case)
    conv.register_unstructure_hook(Case, unstructure_case)


class _SchemaError(ValueError):
    """A missing or unsupported ``schema_version`` (reported at that key)."""


_converters: dict[bool, cattrs.Converter] = {}


def _converter(*, detailed: bool = False) -> cattrs.Converter:
    """The fast (``detailed=False``) or careful cattrs converter, built once."""
    conv = _converters.get(detailed)
    if conv is None:
        conv = _converters[detailed] = _make_converter(detailed=detailed)
    return conv


def __getattr__(name: str) -> Any:
    if name == "converter":  # built on first use, so ``import casemgmt`` stays light
        return _converter()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


_loaders: dict[Any, Callable[[Any], Any]] = {}
_plain_dumpers: dict[Any, Callable[[Any], Any]] = {}
_native_dumpers: dict[Any, Callable[[Any], Any]] = {}


def _loader(cls: Any) -> Callable[[Any], Any]:
    """The fast loader for ``cls``: generated, or the fast cattrs converter's."""
    fn = _loaders.get(cls)
    if fn is None:
        from casemgmt import _codegen

        _register_schemas()
        try:
            fn = _codegen.structure_fn(cls)
        except _codegen.UnsupportedError:
            conv = _converter()

            def fn(data: Any) -> Any:
                return conv.structure(data, cls)

        _loaders[cls] = fn
    return fn


def _dumper(cls: Any, *, native: bool) -> Callable[[Any], Any]:
    """The generated dumper for ``cls``, or the cattrs converter's."""
    cache = _native_dumpers if native else _plain_dumpers
    fn = cache.get(cls)
    if fn is None:
        from casemgmt import _codegen

        _register_schemas()
        try:
            fn = _codegen.unstructure_fn(cls, native=native)
        except _codegen.UnsupportedError:
            fn = _converter().unstructure
        cache[cls] = fn
    return fn


def _register_schemas() -> None:
    from casemgmt import _codegen
    from casemgmt.case import Case

    _codegen.schema_versions[Case] = SCHEMA_VERSION


def to_dict(value: Any) -> Any:
    """The JSON-ready form of a record (dicts, lists, strings, numbers)."""
    return _dumper(type(value), native=False)(value)


def from_dict(data: Any, cls: type[T]) -> T:
    """Build ``cls`` from its JSON-ready form; raises ``CaseDataError``."""
    fast = _loaders.get(cls) or _loader(cls)
    try:
        result: T = fast(data)
    except Exception:  # noqa: S110 - the careful pass below says exactly what is wrong
        pass
    else:
        return result
    try:
        result = _converter(detailed=True).structure(data, cls)
    except Exception as exc:
        raise CaseDataError(_problems(exc, "$")) from None
    return result  # e.g. with attrs validators switched off, which the fast path still runs


def dumps(value: Any) -> str:
    """The JSON text of any record (``Case`` included)."""
    orjson = _orjson if _orjson is not _NOT_LOOKED_UP else _find_orjson()
    if orjson is not None:
        cls = type(value)
        native = _native_dumpers.get(cls) or _dumper(cls, native=True)
        text: str = orjson.dumps(native(value)).decode()
        return text
    return json.dumps(to_dict(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON text into ``cls``. Bad input raises ``CaseDataError`` only."""
    try:
        data = _parse_json(text)
    except CaseDataError:
        raise
    except Exception:
        raise CaseDataError([("$", "not valid JSON")]) from None
    return from_dict(data, cls)


def _parse_json(text: str | bytes) -> Any:
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise CaseDataError([("$", "expected JSON text (str or bytes)")])
    orjson = _orjson if _orjson is not _NOT_LOOKED_UP else _find_orjson()
    if orjson is not None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise CaseDataError([("$", _json_message(exc))]) from None
    if not isinstance(text, str):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise CaseDataError([("$", "not valid UTF-8")]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseDataError([("$", f"not valid JSON: {exc.msg} (line {exc.lineno})")]) from None
    except RecursionError:
        raise CaseDataError([("$", "JSON nested too deeply")]) from None


def _json_message(exc: Exception) -> str:
    text = str(exc)
    if "utf-8" in text.lower() or "utf8" in text.lower():
        return "not valid UTF-8"
    if "recursion" in text.lower():
        return "JSON nested too deeply"
    lineno = getattr(exc, "lineno", None)
    return f"not valid JSON (line {lineno})" if lineno else "not valid JSON"


def _message(exc: BaseException, tp: Any) -> str:
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, _SchemaError | _WireError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown key"
    if isinstance(exc, AttributeError):
        return "expected a JSON object"
    if isinstance(exc, TypeError):
        name = getattr(tp, "__name__", None)
        return f"wrong type, expected {name}" if name else "wrong type"
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    return "invalid value"


def _problems(exc: BaseException, path: str) -> list[tuple[str, str]]:
    """Flatten cattrs' exception groups into (JSON path, message) pairs."""
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

    out: list[tuple[str, str]] = []
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            out.extend(_problems_or_leaf(sub, f"{path}.{note.name}", note.type))
        for sub in without:
            out.extend(_problems_or_leaf(sub, path, None))
    elif isinstance(exc, IterableValidationError):
        with_inotes, iwithout = exc.group_exceptions()
        for sub, inote in with_inotes:
            out.extend(_problems_or_leaf(sub, f"{path}[{inote.index}]", inote.type))
        for sub in iwithout:
            out.extend(_problems_or_leaf(sub, path, None))
    elif isinstance(exc, ForbiddenExtraKeysError):
        out.extend((f"{path}.{key}", "unknown key") for key in sorted(exc.extra_fields))
    elif isinstance(exc, _SchemaError):
        out.append((f"{path}.schema_version", str(exc)))
    else:
        out.append((path, _message(exc, None)))
    return out


def _problems_or_leaf(exc: BaseException, path: str, tp: Any) -> list[tuple[str, str]]:
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

    if isinstance(
        exc, ClassValidationError | IterableValidationError | ForbiddenExtraKeysError | _SchemaError
    ):
        return _problems(exc, path)
    return [(path, _message(exc, tp))]
