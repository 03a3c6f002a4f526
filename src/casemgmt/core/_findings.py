"""Findings: the judgement a rule returns instead of raising."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from casemgmt.core._repr import Record
from casemgmt.core._vocabulary import Vocabulary

__all__ = [
    "ERROR",
    "INFO",
    "WARNING",
    "Finding",
    "FindingTemplate",
    "Severity",
    "blockers",
    "has_errors",
    "known_finding",
    "summarize",
    "to_severity",
]


class Severity(Vocabulary):
    """How much a finding matters; ERROR findings block (e.g. closure)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for ERROR, 1 for WARNING, 2 for INFO: sorts the worst first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
# The members bound once, for rules to import: an enumeration's class attribute costs
# a Python-level lookup on 3.11 (EnumType.__getattr__), and a rule run builds dozens
# of findings per case.
ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
_BY_VALUE = {s.value: s for s in Severity}


def to_severity(value: object) -> Severity:
    """A ``Severity``, or one of its three values (``"error"``, ``"warning"``, ``"info"``).

    Anything else is refused, so a rule cannot build a finding that looks
    like an error but is not treated as one (a blocker that fails open).

    >>> to_severity("error") is Severity.ERROR
    True
    """
    if isinstance(value, Severity):
        return value
    if isinstance(value, str):
        found = _BY_VALUE.get(value)
        if found is None:
            msg = f"severity must be one of 'error', 'warning', 'info', got {value!r}"
            raise ValueError(msg)
        return found
    kind = type(value).__name__
    msg = f"severity must be a Severity or one of 'error', 'warning', 'info', got {kind}"
    raise TypeError(msg)


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        msg = f"Finding.{attribute.name} must be a str, got {type(value).__name__}"
        raise TypeError(msg)


def _code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    _text(instance, attribute, value)
    if not str(value).strip():
        msg = "Finding.code must not be blank"
        raise ValueError(msg)


def _hint(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        msg = f"Finding.hint must be a str or None, got {type(value).__name__}"
        raise TypeError(msg)


class _Referable(Record):
    """``Finding``'s base, holding its weak-reference slot.

    Here rather than on ``Finding`` so that a ``_Draft`` (the same slots, but
    writable) can become a ``Finding`` by ``__class__`` assignment: CPython
    refuses that between two classes that each add ``__weakref__`` after their
    own slots, and accepts it when both inherit it.
    """

    __slots__ = ("__weakref__",)


@attrs.frozen(init=False, repr=False)
class Finding(_Referable):
    """One problem a rule found, with where it is and how to mend it.

    ``path`` is a JSON path into the subject (``$.plan.goals[1]``), empty for
    the subject itself. Messages never carry client details. ``severity``
    must be a ``Severity`` or one of its three values, which are converted;
    anything else raises ``TypeError`` or ``ValueError``, so a rule cannot
    fail open by building an "error" that is not an ERROR.
    """

    code: str = attrs.field(validator=_code)
    severity: Severity = attrs.field(converter=to_severity)
    message: str = attrs.field(validator=_text)
    path: str = attrs.field(default="", validator=_text)
    hint: str | None = attrs.field(default=None, validator=_hint)

    def __init__(
        self,
        code: str,
        severity: object,
        message: str,
        path: str = "",
        hint: str | None = None,
    ) -> None:
        # Written by hand rather than generated: a validate run builds dozens of
        # findings per case, and the common case (exact str fields, a Severity)
        # is checked in one expression; anything else takes the careful checks,
        # which raise the same errors as the field validators (issue 19).
        if (
            type(severity) is not Severity
            or type(code) is not str
            or type(message) is not str
            or type(path) is not str
            or (hint is not None and type(hint) is not str)
            or not code.strip()
        ):
            severity = to_severity(severity)
            _code(self, _FIELDS.code, code)
            _text(self, _FIELDS.message, message)
            _text(self, _FIELDS.path, path)
            _hint(self, _FIELDS.hint, hint)
        # The slots' own setters: the frozen class's __setattr__ refuses, and
        # object.__setattr__ costs a lookup by name each time.
        _set_code(self, code)
        _set_severity(self, severity)
        _set_message(self, message)
        _set_path(self, path)
        _set_hint(self, hint)

    def __str__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return f"{self.severity.value.upper()} {self.code}{where}: {self.message}"


_FIELDS = attrs.fields(Finding)
_set_code, _set_severity, _set_message, _set_path, _set_hint = (
    Finding.__dict__[field.name].__set__ for field in _FIELDS
)


class _Draft(_Referable):
    """A ``Finding`` being filled: the same slots, set by plain assignment, then
    turned into a ``Finding`` by ``__class__`` assignment.

    Half what filling a ``Finding`` through its slots' setters costs (each
    setter is a Python-level call of ~670 instructions; a plain slot store is
    ~60, the class change ~700), and a rule run builds dozens of findings a
    case (issue 19). Only for values a ``Finding`` would accept unchanged.
    """

    __slots__ = tuple(field.name for field in _FIELDS)
    code: str
    severity: Severity
    message: str
    path: str
    hint: str | None


def known_finding(
    code: str, severity: Severity, message: str, path: str, hint: str | None
) -> Finding:
    """A ``Finding`` of values its checks would pass: a rule's own literal code, a
    ``Severity`` member, and strings it formatted (f-strings always make a str).

    For the library's rules that build many findings a case: the checks cost a
    quarter of building one (issue 19). Anything else uses ``Finding(...)``.

    >>> made = known_finding("x.odd", Severity.INFO, "odd", "$", None)
    >>> made == Finding("x.odd", "info", "odd", "$")
    True
    """
    draft = _Draft()
    draft.code = code
    draft.severity = severity
    draft.message = message
    draft.path = path
    draft.hint = hint
    draft.__class__ = Finding  # type: ignore[assignment]
    return draft  # type: ignore[return-value]


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when any finding is an ERROR."""
    return any(f.severity is Severity.ERROR for f in findings)


def blockers(findings: Iterable[Finding]) -> list[Finding]:
    """The ERROR findings, in their original order."""
    return [f for f in findings if f.severity is Severity.ERROR]


def summarize(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Count findings per severity, every severity present (zero if none)."""
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts


@attrs.frozen(repr=False)
class FindingTemplate(Record):
    """What a rule says of each item it flags: a message and a path with ``%s``
    for the item's values and its position (``"Goal %s"``, ``"$.plan.goals[%s]"``).

    A table of these holds a rule module's codes and wording in one place; the
    rule itself states only which items fail, and builds nothing for the rest.
    ``%``-formatting, not ``str.format``: it costs a third as much, and a rule
    run builds dozens of findings per case.

    >>> odd = FindingTemplate("x.odd", Severity.INFO, "%s is odd", "$[%s]")
    >>> [str(odd.at(i, n)) for i, n in enumerate([1, 2, 3]) if n % 2]
    ['INFO x.odd at $[0]: 1 is odd', 'INFO x.odd at $[2]: 3 is odd']
    """

    code: str = attrs.field(validator=_code)
    severity: Severity = attrs.field(converter=to_severity)
    message: str = attrs.field(validator=_text)
    path: str = attrs.field(validator=_text)
    hint: str | None = attrs.field(default=None, validator=_hint)
    _paths: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    """``path % i`` for the first positions, when ``path`` takes one position: an
    item's path is then a lookup, not a formatting (issue 19: a third of ``at``)."""

    @_paths.default
    def _first_paths(self) -> tuple[str, ...]:
        if self.path.count("%") != 1 or "%s" not in self.path:
            return ()
        return tuple(self.path % i for i in range(_PLACED))

    def at(self, where: object, *values: object) -> Finding:
        """The finding for one item: ``where`` fills the path (a tuple for several
        positions) and ``values`` the message."""
        # Every field was checked when the template was made and ``%`` makes a
        # str, so the slots are filled directly, skipping Finding's own checks.
        paths = self._paths
        # ``type(...) is int``: a bool would print as "True", not "1"
        if type(where) is int and 0 <= where < len(paths):  # noqa: SIM108 - narrows
            path = paths[where]
        else:
            path = self.path % where
        draft = _Draft()  # known_finding, inlined
        draft.code = self.code
        draft.severity = self.severity
        draft.message = self.message % values
        draft.path = path
        draft.hint = self.hint
        draft.__class__ = Finding  # type: ignore[assignment]
        return draft  # type: ignore[return-value]


_PLACED = 32
"""Positions whose paths a template writes once (a plan's goals and actions fit)."""
