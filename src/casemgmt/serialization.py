"""One JSON form for every record, through one cattrs converter.

ISO dates, aware datetimes (naive ones refused), enums as their values,
tuples as lists, a ``schema_version`` on cases, unknown keys refused. A bad
document raises ``CaseDataError`` naming every problem with its JSON path;
no other exception escapes ``loads``. Problems say what was expected where,
never the value that was there, unless the caller asks with
``show_values=True`` (for debugging, on data that is not a client's).

``converter`` is a ``cattrs.Converter`` with detailed validation. Its hooks
for record classes come from factories in ``casemgmt._codegen``: a function
written once per class that loads good data in one pass and, at the first
problem, hands over to cattrs' own detailed structuring on the same
converter, which collects every problem; ``cattrs.transform_error`` turns
them into paths. ``loads`` calls the class's hook directly, so it and
``converter.structure`` take the same single dispatch.

``dumps`` writes through generated functions too, handing dates and tuples
to ``orjson`` (the "fast" extra) to encode natively; without orjson, the
stdlib ``json`` module writes the same text.

Nothing heavy is imported up front: ``cattrs`` loads with the converter, on
first use, and ``orjson`` then too. First use is thread-safe.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from casemgmt.core._time import Timeframe
from casemgmt.errors import CaseDataError

if TYPE_CHECKING:
    import cattrs

    converter: cattrs.Converter
    """The library's converter: use it to embed records in your own documents."""

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "from_dict", "loads", "to_dict"]

T = TypeVar("T")

SCHEMA_VERSION = 1
"""The version of the stored JSON form of a case."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NO_VALUE: Any = object()


class _WireError(ValueError):
    """A value of the wrong JSON shape; the message is safe, ``value`` is not."""

    def __init__(self, message: str, value: object = _NO_VALUE) -> None:
        super().__init__(message)
        self.value = value


def _structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str or not _DATE.match(value):
        raise _WireError("expected a date as text, YYYY-MM-DD", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _WireError("not a calendar date (YYYY-MM-DD)", value) from None


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if type(value) is not str:
        raise _WireError("expected a date-time as ISO 8601 text with a UTC offset", value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _WireError("not an ISO 8601 date-time", value) from None
    if parsed.utcoffset() is None:
        raise _WireError("naive date-time: add a UTC offset such as +00:00", value)
    return parsed


def _exact(tp: type, message: str) -> Callable[[object, type], Any]:
    def structure(value: object, _: type) -> Any:
        if type(value) is not tp:
            raise _WireError(message, value)
        return value

    return structure


def _structure_float(value: object, _: type) -> float:
    if type(value) not in (int, float):
        raise _WireError("expected a number", value)
    return float(value)  # type: ignore[arg-type]


def _structure_timeframe(value: object, _: type) -> Timeframe:
    if type(value) is not str:
        raise _WireError("expected a time frame as text, such as '2 weeks'", value)
    return Timeframe(value)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    members = dict(cls._value2member_map_)
    allowed = ", ".join(repr(v) for v in members)

    def structure(value: object, _: type) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            msg = f"not a valid {cls.__name__}; expected one of {allowed}"
            raise _WireError(msg, value) from None

    return structure


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


class _Codec:
    """The converter, and the hooks ``loads`` and ``dumps`` call directly."""

    def __init__(self) -> None:
        import cattrs

        from casemgmt import _codegen
        from casemgmt.case import Case

        conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
        self.converter = conv
        self.loaders: dict[Any, Callable[[Any, Any], Any]] = {}
        self.native: dict[Any, Callable[[Any], Any]] = {}
        self._careful: dict[type, Callable[[Any, type], Any]] = {}
        conv.register_structure_hook(str, _exact(str, "expected text"))
        conv.register_structure_hook(int, _exact(int, "expected a whole number"))
        conv.register_structure_hook(bool, _exact(bool, "expected true or false"))
        conv.register_structure_hook(float, _structure_float)
        conv.register_structure_hook(dt.datetime, _structure_datetime)
        conv.register_structure_hook(dt.date, _structure_date)
        conv.register_structure_hook(Timeframe, _structure_timeframe)
        conv.register_unstructure_hook(dt.date, dt.date.isoformat)
        conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
        conv.register_unstructure_hook(Timeframe, lambda t: t.text)
        conv.register_structure_hook_factory(_is_enum, _enum_hook)
        conv.register_unstructure_hook_factory(_is_enum, lambda _: lambda e: e._value_)
        conv.register_structure_hook_factory(_codegen.tuple_arg, self._tuple_hook)
        schema = ("schema_version", SCHEMA_VERSION)
        get_s, get_u = conv.get_structure_hook, conv.get_unstructure_hook
        conv.register_structure_hook_factory(
            _codegen.is_record, _codegen.structure_factory(get_s, self.careful)
        )
        conv.register_structure_hook_factory(
            lambda t: t is Case, _codegen.structure_factory(get_s, self.careful, schema=schema)
        )
        conv.register_unstructure_hook_factory(
            _codegen.is_record, _codegen.unstructure_factory(get_u, native=False)
        )
        conv.register_unstructure_hook_factory(
            lambda t: t is Case, _codegen.unstructure_factory(get_u, native=False, schema=schema)
        )
        self._native_records = _codegen.unstructure_factory(self.native_hook, native=True)
        self._native_case = _codegen.unstructure_factory(
            self.native_hook, native=True, schema=schema
        )
        self._case = Case

    def loader(self, cls: Any) -> Callable[[Any, Any], Any]:
        fn = self.loaders.get(cls)
        if fn is None:
            fn = self.loaders.setdefault(cls, self.converter.get_structure_hook(cls))
        return fn

    def native_hook(self, cls: Any) -> Callable[[Any], Any]:
        """The dumper for orjson: records written by generated code, the rest by cattrs."""
        from casemgmt import _codegen

        fn = self.native.get(cls)
        if fn is None:
            if cls is self._case:
                made = self._native_case(cls)
            elif _codegen.is_record(cls):
                made = self._native_records(cls)
            else:
                made = self.converter.get_unstructure_hook(cls)
            fn = self.native.setdefault(cls, made)
        return fn

    def careful(self, cls: type) -> Callable[[Any, type], Any]:
        """The detailed hook for ``cls``, built on first use (a class may contain itself)."""

        def explain(value: Any, tp: type) -> Any:
            fn = self._careful.get(cls)
            if fn is None:
                fn = self._careful.setdefault(cls, self._make_careful(cls))
            return fn(value, tp)

        return explain

    def _make_careful(self, cls: type) -> Callable[[Any, type], Any]:
        from cattrs.errors import AttributeValidationNote, ClassValidationError
        from cattrs.gen import make_dict_structure_fn

        detailed: Callable[[Any, type], Any] = make_dict_structure_fn(cls, self.converter)
        with_schema = cls is self._case

        def structure(value: Any, tp: type) -> Any:
            if type(value) is not dict:
                raise _WireError(f"expected a JSON object for a {cls.__name__}", value)
            if not with_schema:
                return detailed(value, tp)
            errors: list[Exception] = []
            version = value.get("schema_version", _NO_VALUE)
            if version is _NO_VALUE:
                errors.append(KeyError("schema_version"))
            elif type(version) is not int or version != SCHEMA_VERSION:
                msg = f"unsupported schema_version; this library reads version {SCHEMA_VERSION}"
                errors.append(_WireError(msg, version))
            if errors:
                note = AttributeValidationNote("Structuring schema_version", "schema_version", int)
                setattr(errors[0], "__notes__", [note])  # noqa: B010 - add_note() is 3.11+
            body = {k: v for k, v in value.items() if k != "schema_version"}
            try:
                result = detailed(body, tp)
            except ClassValidationError as exc:
                errors.extend(exc.exceptions)
            if errors:
                raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
            return result

        return structure

    def _tuple_hook(self, tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
        from cattrs.errors import IterableValidationError, IterableValidationNote

        from casemgmt import _codegen

        item = _codegen.tuple_arg(tp)
        handler = self.converter.get_structure_hook(item)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _WireError("expected a list", value)
            out: list[Any] = []
            errors: list[Exception] = []
            for i, v in enumerate(value):
                try:
                    out.append(handler(v, item))
                except Exception as exc:
                    note = IterableValidationNote(f"Structuring item @ index {i}", i, item)
                    notes = [*getattr(exc, "__notes__", []), note]
                    setattr(exc, "__notes__", notes)  # noqa: B010 - add_note() is 3.11+
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, tp)
            return tuple(out)

        return structure


_codec: _Codec | None = None
_codec_lock = threading.Lock()
_orjson: Any = None


def _get_codec() -> _Codec:
    """The codec, built once even when several threads ask first."""
    global _codec, _orjson  # noqa: PLW0603 - a once-only lazy build
    codec = _codec
    if codec is None:
        with _codec_lock:
            codec = _codec
            if codec is None:
                try:
                    import orjson
                except ImportError:  # pragma: no cover - depends on the environment
                    _orjson = False
                else:
                    _orjson = orjson
                codec = _codec = _Codec()
    return codec


def __getattr__(name: str) -> Any:
    if name == "converter":  # built on first use, so ``import casemgmt`` stays light
        return _get_codec().converter
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def to_dict(value: Any) -> Any:
    """The JSON-ready form of a record (dicts, lists, strings, numbers)."""
    return _get_codec().converter.unstructure(value)


def from_dict(data: Any, cls: type[T], *, show_values: bool = False) -> T:
    """Build ``cls`` from its JSON-ready form; raises ``CaseDataError``.

    ``show_values=True`` adds the offending values to the problems: for
    debugging only, as they may be a client's details.
    """
    codec = _codec or _get_codec()
    try:
        result: T = (codec.loaders.get(cls) or codec.loader(cls))(data, cls)
    except Exception as exc:
        raise CaseDataError(_problems(exc, show_values=show_values)) from None
    return result


def dumps(value: Any) -> str:
    """The JSON text of any record (``Case`` included)."""
    codec = _codec or _get_codec()
    if _orjson:
        cls = type(value)
        native = codec.native.get(cls) or codec.native_hook(cls)
        text: str = _orjson.dumps(native(value)).decode()
        return text
    return json.dumps(to_dict(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes, cls: type[T], *, show_values: bool = False) -> T:
    """Parse JSON text into ``cls``. Bad input raises ``CaseDataError`` only.

    ``show_values=True`` adds the offending values to the problems (see
    ``from_dict``).
    """
    codec = _codec or _get_codec()
    try:
        data = _parse_json(text)
    except CaseDataError:
        raise
    except Exception:
        raise CaseDataError([("$", "not valid JSON")]) from None
    try:
        result: T = (codec.loaders.get(cls) or codec.loader(cls))(data, cls)
    except Exception as exc:
        raise CaseDataError(_problems(exc, show_values=show_values)) from None
    return result


def _parse_json(text: str | bytes) -> Any:
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise CaseDataError([("$", "expected JSON text (str or bytes)")])
    if _orjson:
        try:
            return _orjson.loads(text)
        except _orjson.JSONDecodeError as exc:
            raise CaseDataError([("$", _json_message(exc))]) from None
    if not isinstance(text, str):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise CaseDataError([("$", "not valid UTF-8")]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseDataError([("$", f"not valid JSON (line {exc.lineno})")]) from None
    except RecursionError:
        raise CaseDataError([("$", "JSON nested too deeply")]) from None


def _json_message(exc: Exception) -> str:
    text = str(exc).lower()
    if "utf-8" in text or "utf8" in text:
        return "not valid UTF-8"
    if "recursion" in text:
        return "JSON nested too deeply"
    lineno = getattr(exc, "lineno", None)
    return f"not valid JSON (line {lineno})" if lineno else "not valid JSON"


_SHOWN = 60
"""Characters of an offending value shown with ``show_values=True``."""


def _message(exc: BaseException, tp: Any, *, show_values: bool) -> str:
    """What was expected; never the value, unless the caller asked for it."""
    from cattrs.errors import ForbiddenExtraKeysError

    value = getattr(exc, "value", _NO_VALUE)
    if isinstance(exc, ForbiddenExtraKeysError):
        count = len(exc.extra_fields)
        text = "unknown key" if count == 1 else f"{count} unknown keys"
        value = sorted(exc.extra_fields)
    elif isinstance(exc, KeyError):
        text = "required field missing"
    elif isinstance(exc, _WireError):
        text = str(exc)
    elif isinstance(exc, TypeError):
        name = getattr(tp, "__name__", None)
        text = f"wrong type, expected {name}" if name else "wrong type"
    elif isinstance(exc, ValueError) and str(exc):
        text = str(exc)  # the library's own checks: they name the rule, not the value
    else:
        text = "invalid value"
    if show_values and value is not _NO_VALUE:
        shown = repr(value)
        shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 3] + "..."
        text = f"{text} (got {shown})"
    return text


def _problems(exc: BaseException, *, show_values: bool) -> list[tuple[str, str]]:
    """cattrs' own error transformation, as (JSON path, message) pairs."""
    from cattrs import transform_error

    def format_exception(sub: BaseException, tp: Any) -> str:
        return _message(sub, tp, show_values=show_values)

    out = []
    for line in transform_error(exc, "$", format_exception):
        message, _, path = line.rpartition(" @ ")
        out.append((path, message))
    return out
