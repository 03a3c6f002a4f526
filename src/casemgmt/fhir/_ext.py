"""The casemgmt extension namespace and the one mechanism that uses it.

Every record maps to a FHIR resource through a ``Spec``: a list of
``Element`` values, each carrying one field in a standard element both ways.
Whatever a spec does not carry exactly, and differs from the field's default,
travels in an extension whose URL is ``NAMESPACE + "ext:" + kind + "." +
field`` and whose ``valueString`` holds the field in our own JSON form. So a
bundle written by ``to_bundle`` reads back losslessly, and with
``standard_only=True`` the same walk lists what it leaves behind instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from casemgmt.core._findings import Finding, Severity

__all__ = [
    "EXT",
    "MISSING",
    "NAMESPACE",
    "Element",
    "Reading",
    "Spec",
    "Writing",
    "id_system",
]

NAMESPACE = "urn:casemgmt:fhir:"
"""The one URI namespace for everything of ours: extensions, identifier
systems and code systems (``urn:casemgmt:fhir:ext:…``, ``…:id:…``, ``…:cs:…``)."""
EXT = NAMESPACE + "ext:"
MISSING: Any = object()
_FHIR_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")


def id_system(kind: str) -> str:
    """The identifier system for one kind of our ids (``urn:casemgmt:fhir:id:goal``)."""
    return f"{NAMESPACE}id:{kind}"


def code_system(kind: str) -> str:
    """The code system for one of our vocabularies (``urn:casemgmt:fhir:cs:need-domain``)."""
    return f"{NAMESPACE}cs:{kind}"


@attrs.define
class Writing:
    """State of one ``to_bundle`` call: options, ids given out, findings."""

    case_id: str
    include_identity: bool
    standard_only: bool
    findings: list[Finding] = attrs.field(factory=list)
    resources: list[dict[str, Any]] = attrs.field(factory=list)
    refs: dict[tuple[str, str], str] = attrs.field(factory=dict)
    _used: set[str] = attrs.field(factory=set)

    def rid(self, kind: str, own: str | int | None, index: int) -> str:
        """A stable resource id: the case's id, then the item's own id or position."""
        local = f"{kind}-{own}" if own is not None and own != "" else f"{kind}.{index}"
        full = f"{self.case_id}.{local}"
        if not _FHIR_ID.fullmatch(full) or full in self._used:
            full = f"{self.case_id}.{kind}.{index}"
            if not _FHIR_ID.fullmatch(full) or full in self._used:
                digest = hashlib.sha256(f"{self.case_id}\x00{kind}\x00{index}".encode()).hexdigest()
                full = f"{kind[:8]}.{digest[:40]}"
        self._used.add(full)
        return full

    def add(self, resource: dict[str, Any]) -> dict[str, Any]:
        self.resources.append(resource)
        return resource

    def ref(self, kind: str, key: str) -> dict[str, Any] | None:
        """A reference to a resource we write, by (kind, our key), if there is one.

        ``refs`` maps ``(kind, key)`` to ``"Type/id"``: ``("need", "3")``,
        ``("party", "p-1")``, ``("patient", "")``.
        """
        target = self.refs.get((kind, key))
        return None if target is None else {"reference": target}


@attrs.define
class Reading:
    """State of one ``from_bundle`` call: problems (fatal) and findings (not)."""

    problems: list[tuple[str, str]] = attrs.field(factory=list)
    findings: list[Finding] = attrs.field(factory=list)
    by_ref: dict[str, tuple[dict[str, Any], str]] = attrs.field(factory=dict)

    def problem(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def unplaced(self, path: str, message: str) -> None:
        self.findings.append(Finding("fhir.not-placed", Severity.WARNING, message, path))

    def resolve(self, reference: object) -> tuple[dict[str, Any], str] | None:
        """The resource a ``Reference`` points at in this bundle, with its path."""
        if not isinstance(reference, dict):
            return None
        target = reference.get("reference")
        return self.by_ref.get(target) if isinstance(target, str) else None


Put = Callable[[Any, dict[str, Any], Writing], bool]
Get = Callable[[dict[str, Any], Reading, str], Any]


@attrs.frozen
class Element:
    """One field carried by a standard element: how to write it and read it back.

    ``put`` returns False when it could not carry the value exactly (the field
    then travels in an extension). ``exact=False`` marks a derived element: it
    is written for other systems but the field also travels in an extension,
    and ``get`` is used only when there is none (a bundle from elsewhere).
    """

    field: str
    element: str
    put: Put
    get: Get
    exact: bool = True

    @property
    def key(self) -> str:
        """The resource's top-level key this element lives under."""
        return self.element.split(".")[1]


@attrs.frozen
class Spec:
    """How one record class maps onto one resource type."""

    kind: str
    cls: type
    resource: str
    elements: tuple[Element, ...] = ()
    children: frozenset[str] = frozenset()
    private: frozenset[str] = frozenset()
    fixed: frozenset[str] = frozenset()
    """Top-level keys written as constants (status, intent, subject, …)."""
    defaults: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    """What stands in for a required field a bundle from elsewhere leaves out."""

    def field_names(self) -> tuple[str, ...]:
        return tuple(a.name for a in attrs.fields(self.cls))

    def carried_keys(self) -> frozenset[str]:
        return frozenset(e.key for e in self.elements) | self.fixed

    def write(
        self, record: Any, wire: dict[str, Any], resource: dict[str, Any], ctx: Writing, path: str
    ) -> None:
        """Write ``record`` into ``resource``: standard elements, then extensions or findings."""
        done: set[str] = set()
        hidden = self.private if not ctx.include_identity else frozenset()
        for element in self.elements:
            if element.field in hidden:
                continue
            if element.put(wire[element.field], resource, ctx) and element.exact:
                done.add(element.field)
        for name, default, url in _leftovers(self):
            if name in done or name in hidden:
                continue
            value = getattr(record, name)
            if default is not _NO_DEFAULT and value == default and type(value) is type(default):
                continue
            if ctx.standard_only:
                message = f"{self.cls.__name__}.{name} has no standard FHIR element; left out"
                finding = Finding("fhir.not-carried", Severity.WARNING, message, f"{path}.{name}")
                ctx.findings.append(finding)
                continue
            extension = {"url": url, "valueString": _encode(wire[name])}
            resource.setdefault("extension", []).append(extension)

    def read(
        self, resource: dict[str, Any], rd: Reading, path: str, *, index: int | None = None
    ) -> dict[str, Any]:
        """The wire form of one record from ``resource``: standard elements, then extensions,
        then ``fill``'s stand-ins for what a bundle from elsewhere left out."""
        wire: dict[str, Any] = {}
        names = set(self.field_names())
        for element in self.elements:
            value = element.get(resource, rd, path)
            if value is not MISSING:
                wire[element.field] = value
        for i, ext in enumerate(_list(resource.get("extension"), rd, f"{path}.extension")):
            where = f"{path}.extension[{i}]"
            url = ext.get("url") if isinstance(ext, dict) else None
            if not isinstance(url, str) or not url.startswith(EXT):
                continue
            kind, _, name = url[len(EXT) :].rpartition(".")
            if kind != self.kind:
                continue
            if name not in names:
                rd.problem(f"{where}.url", "unknown casemgmt extension")
                continue
            text = ext.get("valueString")
            try:
                wire[name] = json.loads(text) if isinstance(text, str) else MISSING
            except ValueError:
                wire[name] = MISSING
            if wire[name] is MISSING:
                del wire[name]
                rd.problem(f"{where}.valueString", "expected JSON text")
        return self.fill(wire, index)

    def fill(self, wire: dict[str, Any], index: int | None = None) -> dict[str, Any]:
        """``wire`` with ``defaults`` for its missing fields, and an id from the record's
        position (``goal-1``, ``action-2``) when it has none and ``index`` is given."""
        if index is not None:
            wire.setdefault("id", f"{self.kind}-{index + 1}")
        for name, value in self.defaults.items():
            wire.setdefault(name, value)
        return wire


_NO_DEFAULT: Any = object()
_plans: dict[int, tuple[tuple[str, Any, str], ...]] = {}
"""By the spec's identity: specs are module constants, and hashing one is slow."""
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _leftovers(spec: Spec) -> tuple[tuple[str, Any, str], ...]:
    """(field, default, extension URL) for each field not handled elsewhere; built once."""
    plan = _plans.get(id(spec))
    if plan is None:
        items = []
        for attribute in attrs.fields(spec.cls):
            if attribute.name in spec.children:
                continue
            default: Any = attribute.default
            if default is attrs.NOTHING:
                default = _NO_DEFAULT
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            items.append((attribute.name, default, f"{EXT}{spec.kind}.{attribute.name}"))
        plan = _plans[id(spec)] = tuple(items)
    return plan


def _list(value: object, rd: Reading, path: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        rd.problem(path, "expected a list")
        return []
    return value


def unplaced_elements(
    specs: Iterable[Spec],
    resource: dict[str, Any],
    rd: Reading,
    path: str,
    *,
    also: Iterable[str] = (),
    extensions: Iterable[str] = (),
) -> None:
    """A finding for each top-level element of a foreign resource we do not read."""
    known = {"resourceType", "id", "meta", "text", "extension", "identifier", *also}
    for spec in specs:
        known |= spec.carried_keys()
    for key in resource:
        if key not in known:
            rd.unplaced(f"{path}.{key}", f"{resource.get('resourceType')}.{key} is not read")
    for index, ext in enumerate(_list(resource.get("extension"), rd, f"{path}.extension")):
        url = ext.get("url") if isinstance(ext, dict) else None
        if not (isinstance(url, str) and (url.startswith(NAMESPACE) or url in set(extensions))):
            rd.unplaced(f"{path}.extension[{index}]", "an extension this library does not read")
