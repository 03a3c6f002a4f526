"""The careful path: cattrs' detailed structuring, with our scalar hooks and messages.

The generated loaders hand a document here at its first problem. These
hooks accept exactly what the fast ones in ``_values`` accept, but say what
is wrong (``WireError``); cattrs collects every problem of the document into
an exception group, and ``problems`` turns that group, through
``cattrs.transform_error``, into (JSON path, message) pairs that name what
was expected, never the value, unless the caller asks (``show_values``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from casemgmt._codegen._source import tuple_arg
from casemgmt.core._time import Timeframe

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "NO_VALUE",
    "WireError",
    "class_hook",
    "enum_hook",
    "exact",
    "problems",
    "structure_date",
    "structure_datetime",
    "structure_float",
    "structure_timeframe",
    "tuple_hook",
]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NO_VALUE: Any = object()
"""No value to show: a missing key, or a problem of the whole document."""

_SHOWN = 60
"""Characters of an offending value shown with ``show_values=True``."""


class WireError(ValueError):
    """A value of the wrong JSON shape; the message is safe, ``value`` is not."""

    def __init__(self, message: str, value: object = NO_VALUE) -> None:
        super().__init__(message)
        self.value = value


def structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str or not _DATE.match(value):
        raise WireError("expected a date as text, YYYY-MM-DD", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise WireError("not a calendar date (YYYY-MM-DD)", value) from None


def structure_datetime(value: object, _: type) -> dt.datetime:
    if type(value) is not str:
        raise WireError("expected a date-time as ISO 8601 text with a UTC offset", value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise WireError("not an ISO 8601 date-time", value) from None
    if parsed.utcoffset() is None:
        raise WireError("naive date-time: add a UTC offset such as +00:00", value)
    return parsed


def exact(tp: type, message: str) -> Callable[[object, type], Any]:
    """A hook taking only values of exactly ``tp`` (``bool`` is not an ``int`` here)."""

    def structure(value: object, _: type) -> Any:
        if type(value) is not tp:
            raise WireError(message, value)
        return value

    return structure


def structure_float(value: object, _: type) -> float:
    if type(value) not in (int, float):
        raise WireError("expected a number", value)
    return float(value)  # type: ignore[arg-type]


def structure_timeframe(value: object, _: type) -> Timeframe:
    if type(value) is not str:
        raise WireError("expected a time frame as text, such as '2 weeks'", value)
    return Timeframe(value)


def enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    """A hook taking a member's value, naming the allowed values when it is not one."""
    members = dict(cls._value2member_map_)
    allowed = ", ".join(repr(v) for v in members)

    def structure(value: object, _: type) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            msg = f"not a valid {cls.__name__}; expected one of {allowed}"
            raise WireError(msg, value) from None

    return structure


def class_hook(
    conv: cattrs.Converter, cls: type, schema: tuple[str, int] | None
) -> Callable[[Any, type], Any]:
    """cattrs' detailed hook for the record class ``cls``, checking ``schema`` first if given.

    A case's ``schema_version`` is not a field: it is checked here and its
    problem, if any, joins the fields' problems in one exception group.
    """
    from cattrs.errors import AttributeValidationNote, ClassValidationError
    from cattrs.gen import make_dict_structure_fn

    detailed: Callable[[Any, type], Any] = make_dict_structure_fn(cls, conv)

    def structure(value: Any, tp: type) -> Any:
        if type(value) is not dict:
            raise WireError(f"expected a JSON object for a {cls.__name__}", value)
        if schema is None:
            return detailed(value, tp)
        key, version = schema
        errors: list[Exception] = []
        given = value.get(key, NO_VALUE)
        if given is NO_VALUE:
            errors.append(KeyError(key))
        elif type(given) is not int or given != version:
            msg = f"unsupported {key}; this library reads version {version}"
            errors.append(WireError(msg, given))
        if errors:
            note = AttributeValidationNote(f"Structuring {key}", key, int)
            setattr(errors[0], "__notes__", [note])  # noqa: B010 - add_note() is 3.11+
        body = {k: v for k, v in value.items() if k != key}
        try:
            result = detailed(body, tp)
        except ClassValidationError as exc:
            errors.extend(exc.exceptions)
        if errors:
            raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
        return result

    return structure


def tuple_hook(conv: cattrs.Converter, tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
    """A hook for ``tuple[X, ...]`` from a JSON list, collecting every bad item."""
    from cattrs.errors import IterableValidationError, IterableValidationNote

    item = tuple_arg(tp)
    handler = conv.get_structure_hook(item)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if type(value) is not list:
            raise WireError("expected a list", value)
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


def _message(exc: BaseException, tp: Any, *, show_values: bool) -> str:
    """What was expected; never the value, unless the caller asked for it."""
    from cattrs.errors import ForbiddenExtraKeysError

    value = getattr(exc, "value", NO_VALUE)
    if isinstance(exc, ForbiddenExtraKeysError):
        count = len(exc.extra_fields)
        text = "unknown key" if count == 1 else f"{count} unknown keys"
        value = sorted(exc.extra_fields)
    elif isinstance(exc, KeyError):
        text = "required field missing"
    elif isinstance(exc, WireError):
        text = str(exc)
    elif isinstance(exc, TypeError):
        name = getattr(tp, "__name__", None)
        text = f"wrong type, expected {name}" if name else "wrong type"
    elif isinstance(exc, ValueError) and str(exc):
        text = str(exc)  # the library's own checks: they name the rule, not the value
    else:
        text = "invalid value"
    if show_values and value is not NO_VALUE:
        shown = repr(value)
        shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 3] + "..."
        text = f"{text} (got {shown})"
    return text


def problems(exc: BaseException, *, show_values: bool) -> list[tuple[str, str]]:
    """cattrs' own error transformation, as (JSON path, message) pairs."""
    from cattrs import transform_error

    def format_exception(sub: BaseException, tp: Any) -> str:
        return _message(sub, tp, show_values=show_values)

    out = []
    for line in transform_error(exc, "$", format_exception):
        message, _, path = line.rpartition(" @ ")
        out.append((path, message))
    return out
