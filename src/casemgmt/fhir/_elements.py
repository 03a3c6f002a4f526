"""Small builders for ``Element`` values: text, dates, codes, identifiers, references.

Each returns an ``Element`` whose ``put`` writes the field's JSON form into a
resource and whose ``get`` reads it back, recording a problem (with its path
into the bundle) for a value of the wrong shape.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from casemgmt.fhir._ext import MISSING, Element, Reading, Spec, Writing, id_system

__all__ = [
    "code",
    "coding",
    "concept",
    "date",
    "dig",
    "identified",
    "identifier",
    "plant",
    "refs",
    "text",
    "wrapped_refs",
]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _keys(element: str) -> list[str]:
    return element.split(".")[1:]


def plant(resource: dict[str, Any], keys: list[str], value: Any) -> None:
    """Set ``value`` at a nested path, making dicts on the way; ``0`` is a one-item list."""
    node: Any = resource
    for key, after in itertools.pairwise(keys):
        if key == "0":
            continue
        node = node.setdefault(key, [{}] if after == "0" else {})
        if after == "0":
            node = node[0]
    node[keys[-1]] = value


def dig(resource: dict[str, Any], keys: list[str], rd: Reading, path: str) -> Any:
    """The value at a nested path, or MISSING; a wrong shape on the way is a problem."""
    node: Any = resource
    for key in keys:
        if key == "0":
            if not isinstance(node, list):
                rd.problem(path, "expected a list")
                return MISSING
            if not node:
                return MISSING
            node, path = node[0], f"{path}[0]"
            continue
        if not isinstance(node, dict):
            rd.problem(path, "expected a JSON object")
            return MISSING
        path = f"{path}.{key}"
        if key not in node:
            return MISSING
        node = node[key]
    return node


def _where(path: str, keys: list[str]) -> str:
    return ".".join([path, *keys]).replace(".0", "[0]")


def _at(resource: dict[str, Any], keys: list[str], rd: Reading, path: str) -> tuple[Any, str]:
    """The value at ``keys`` (or MISSING), and the path that names it in problems."""
    return dig(resource, keys, rd, path), _where(path, keys)


def _typed(value: Any, kind: type, rd: Reading, path: str, what: str) -> Any:
    if value is MISSING or type(value) is kind:
        return value
    rd.problem(path, f"expected {what}")
    return MISSING


def text(field: str, element: str, *, exact: bool = True) -> Element:
    """A non-empty string field as a FHIR string (FHIR has no empty strings)."""
    keys = _keys(element)

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        if isinstance(value, str) and value:
            plant(resource, keys, value)
            return True
        return False

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        value, where = _at(resource, keys, rd, path)
        return _typed(value, str, rd, where, "text")

    return Element(field, element, put, get, exact)


def date(field: str, element: str, *, exact: bool = True) -> Element:
    """A date field as a FHIR date or dateTime; a foreign dateTime reads as its date."""
    keys = _keys(element)

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        if isinstance(value, str):
            plant(resource, keys, value)
            return True
        return False

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        value, where = _at(resource, keys, rd, path)
        value = _typed(value, str, rd, where, "a date")
        if value is MISSING:
            return value
        if not _DATE.match(value):
            rd.problem(where, "expected a date, YYYY-MM-DD")
            return MISSING
        return value[:10]

    return Element(field, element, put, get, exact)


def code(
    field: str, element: str, mapping: dict[str, str] | None = None, *, exact: bool = True
) -> Element:
    """An enum field as a FHIR code, through ``mapping`` (ours → theirs) when given."""
    keys = _keys(element)
    back = {v: k for k, v in mapping.items()} if mapping else None

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        if not isinstance(value, str):
            return False
        plant(resource, keys, mapping.get(value, value) if mapping else value)
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        value, where = _at(resource, keys, rd, path)
        value = _typed(value, str, rd, where, "a code")
        if value is MISSING or back is None:
            return value
        if value not in back:
            rd.problem(where, "a code this library cannot map")
            return MISSING
        return back[value]

    return Element(field, element, put, get, exact)


def _codings(
    resource: dict[str, Any], key: str, rd: Reading, path: str
) -> list[tuple[str, dict[str, Any]]]:
    """Every ``(path, coding)`` in a CodeableConcept list (or one CodeableConcept)."""
    value = resource.get(key)
    concepts = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    if value is not None and not concepts:
        rd.problem(f"{path}.{key}", "expected a CodeableConcept")
    out: list[tuple[str, dict[str, Any]]] = []
    for i, concept in enumerate(concepts):
        where = f"{path}.{key}[{i}]" if isinstance(value, list) else f"{path}.{key}"
        codings = concept.get("coding") if isinstance(concept, dict) else None
        if not isinstance(codings, list):
            continue
        out.extend(
            (f"{where}.coding[{j}]", c) for j, c in enumerate(codings) if isinstance(c, dict)
        )
    return out


def coding(
    field: str,
    key: str,
    system: str,
    *,
    single: bool = False,
    resource_type: str = "",
    listed: bool = True,
) -> Element:
    """An enum (or tuple of enums) as codings of our own code system.

    ``listed``: the element is a CodeableConcept list (``category``) we add
    to; otherwise one CodeableConcept (``code``).
    """

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        values = value if isinstance(value, list) else [value]
        concepts = [
            {"coding": [{"system": system, "code": v}]} for v in values if isinstance(v, str)
        ]
        if single and len(concepts) != 1:
            return False
        if listed:
            resource.setdefault(key, []).extend(concepts)
        elif len(concepts) == 1:
            resource[key] = concepts[0]
        else:
            return False
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        found = [
            c.get("code") for _, c in _codings(resource, key, rd, path) if c.get("system") == system
        ]
        if not found:
            return MISSING
        if not all(isinstance(c, str) for c in found):
            rd.problem(f"{path}.{key}", "expected a code")
            return MISSING
        return found[0] if single else found

    return Element(field, f"{resource_type}.{key}", put, get)


def identifier(field: str, resource_type: str, system: str, *, number: bool = False) -> Element:
    """Our own id (or need number) as an ``identifier`` with one of our systems."""

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        if value is None or value == "":
            return False
        resource.setdefault("identifier", []).append({"system": system, "value": str(value)})
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        items = resource.get("identifier")
        if not isinstance(items, list):
            return MISSING
        for i, item in enumerate(items):
            if isinstance(item, dict) and item.get("system") == system:
                return _id_value(item.get("value"), number, rd, f"{path}.identifier[{i}].value")
        return MISSING

    return Element(field, f"{resource_type}.identifier", put, get)


def identified(
    kind: str,
    cls: type,
    resource: str,
    *elements: Element,
    id_field: str = "id",
    system: str | None = None,
    number: bool = False,
    **options: Any,
) -> Spec:
    """The ``Spec`` of a record that carries its own id (or number) as the resource's
    first ``identifier``, in our system for ``kind`` unless ``system`` names another."""
    own = identifier(id_field, resource, id_system(system or kind), number=number)
    return Spec(kind, cls, resource, (own, *elements), **options)


def _id_value(value: Any, number: bool, rd: Reading, path: str) -> Any:
    if not isinstance(value, str):
        rd.problem(path, "expected text")
        return MISSING
    if not number:
        return value
    if not value.isascii() or not value.isdigit():
        rd.problem(path, "expected a whole number")
        return MISSING
    return int(value)


def refs(
    field: str,
    element: str,
    target: str,
    system: str,
    *,
    number: bool = False,
    single: bool = False,
    as_list: bool = False,
) -> Element:
    """Ids we cite (needs, goals, parties) as References carrying the cited id.

    The reference points at the resource when the bundle has it; the
    ``identifier`` keeps the id itself, so a citation of something missing
    (a finding for ``validate``, not a reason to refuse) survives too.
    """
    keys = _keys(element)

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        values = [value] if single else value
        if single and (value is None or value == ""):
            return False
        out = []
        for v in values:
            ref = ctx.ref(target, str(v)) or {}
            out.append({**ref, "identifier": {"system": system, "value": str(v)}})
        if not out:
            return False
        plant(resource, keys, out[0] if single and not as_list else out)
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        value, where = _at(resource, keys, rd, path)
        if value is MISSING:
            return value
        items = [value] if single and not as_list else value
        if not isinstance(items, list):
            rd.problem(where, "expected a list")
            return MISSING
        out = []
        for i, item in enumerate(items):
            at = where if single and not as_list else f"{where}[{i}]"
            got = _cited(item, system, number, rd, at)
            if got is not MISSING:
                out.append(got)
        if single:
            return out[0] if out else MISSING
        return out

    return Element(field, element, put, get)


def _cited(item: Any, system: str, number: bool, rd: Reading, path: str) -> Any:
    """The id a Reference cites: its identifier, or the identifier of its target."""
    if not isinstance(item, dict):
        rd.problem(path, "expected a Reference")
        return MISSING
    ident = item.get("identifier")
    if ident is None and item.get("reference") is None:
        return MISSING  # only a display: nothing cited
    if isinstance(ident, dict) and ident.get("system") == system:
        return _id_value(ident.get("value"), number, rd, f"{path}.identifier.value")
    found = rd.resolve(item)
    if found is not None:
        target, target_path = found
        for i, other in enumerate(target.get("identifier") or []):
            if isinstance(other, dict) and other.get("system") == system:
                return _id_value(
                    other.get("value"), number, rd, f"{target_path}.identifier[{i}].value"
                )
    rd.unplaced(path, "a reference to something this bundle does not identify")
    return MISSING


def concept(
    field: str, element: str, system: str, mapping: dict[Any, str], *, exact: bool = True
) -> Element:
    """A field as the one coding of a CodeableConcept in a standard code system."""
    keys = _keys(element)
    back = {v: k for k, v in mapping.items()}

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        if value not in mapping:
            return False
        plant(resource, keys, {"coding": [{"system": system, "code": mapping[value]}]})
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        value, where = _at(resource, keys, rd, path)
        if value is MISSING:
            return value
        codings = value.get("coding") if isinstance(value, dict) else None
        if not isinstance(codings, list):
            rd.problem(where, "expected a CodeableConcept")
            return MISSING
        for c in codings:
            if isinstance(c, dict) and c.get("system") == system and c.get("code") in back:
                return back[c["code"]]
        rd.unplaced(where, "no coding this library can map")
        return MISSING

    return Element(field, element, put, get, exact)


def wrapped_refs(
    field: str, element: str, at: tuple[str, ...], key: str, system: str, **extra: Any
) -> Element:
    """Party references each wrapped in an object under ``key``, in the list at ``at``.

    ``Encounter.participant[].individual`` and ``Consent.provision.actor[].reference``:
    each wrapper also carries ``extra`` (the actor's role), which reading ignores.
    """
    inner = refs(field, "Wrapped.x", "party", system)
    *parents, last = at

    def put(value: Any, resource: dict[str, Any], ctx: Writing) -> bool:
        holder: dict[str, Any] = {}
        if not inner.put(value, holder, ctx):
            return not value
        node = resource
        for name in parents:
            node = node.setdefault(name, {})
        node[last] = [{**extra, key: r} for r in holder["x"]]
        return True

    def get(resource: dict[str, Any], rd: Reading, path: str) -> Any:
        items: Any = resource
        for name in at:
            items = items.get(name) if isinstance(items, dict) else None
        if not isinstance(items, list):
            return MISSING
        holder = {"x": [i.get(key) if isinstance(i, dict) else i for i in items]}
        return inner.get(holder, rd, ".".join((path, *at)))

    return Element(field, element, put, get)
