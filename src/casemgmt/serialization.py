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
them into paths (``_codegen._careful``: the detailed hooks and messages).
``loads`` calls the class's hook directly, so it and ``converter.structure``
take the same single dispatch.

``dumps`` writes through generated functions too, handing dates and tuples
to ``orjson`` (the "fast" extra) to encode natively; without orjson, the
stdlib ``json`` module writes the same text.

Nothing heavy is imported up front: ``cattrs`` loads with the converter, on
first use, and ``orjson`` then too. First use is thread-safe.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from casemgmt import _codegen
from casemgmt._codegen import _careful
from casemgmt.case import Case
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


class _Codec:
    """The converter, and the hooks ``loads`` and ``dumps`` call directly."""

    def __init__(self) -> None:
        import cattrs

        conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
        self.converter = conv
        self.loaders: dict[Any, Callable[[Any, Any], Any]] = {}
        self.native: dict[Any, Callable[[Any], Any]] = {}
        self._careful: dict[type, Callable[[Any, type], Any]] = {}
        conv.register_structure_hook(str, _careful.exact(str, "expected text"))
        conv.register_structure_hook(int, _careful.exact(int, "expected a whole number"))
        conv.register_structure_hook(bool, _careful.exact(bool, "expected true or false"))
        conv.register_structure_hook(float, _careful.structure_float)
        conv.register_structure_hook(dt.datetime, _careful.structure_datetime)
        conv.register_structure_hook(dt.date, _careful.structure_date)
        conv.register_structure_hook(Timeframe, _careful.structure_timeframe)
        conv.register_unstructure_hook(dt.date, dt.date.isoformat)
        conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
        conv.register_unstructure_hook(Timeframe, lambda t: t.text)
        conv.register_structure_hook_factory(_codegen.is_enum, _careful.enum_hook)
        conv.register_unstructure_hook_factory(_codegen.is_enum, lambda _: lambda e: e._value_)
        conv.register_structure_hook_factory(
            _codegen.tuple_arg, lambda tp: _careful.tuple_hook(conv, tp)
        )
        schema = self._schema = ("schema_version", SCHEMA_VERSION)
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
        return _careful.class_hook(self.converter, cls, self._schema if cls is self._case else None)


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
        raise CaseDataError(_careful.problems(exc, show_values=show_values)) from None
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
        raise CaseDataError(_careful.problems(exc, show_values=show_values)) from None
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
    if "recursion" in text or "depth limit" in text:  # orjson 3.10+ says "depth limit exceeded"
        return "JSON nested too deeply"
    lineno = getattr(exc, "lineno", None)
    return f"not valid JSON (line {lineno})" if lineno else "not valid JSON"
