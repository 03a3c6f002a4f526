"""De-identified copies of cases for analytics (DOMAIN.md, "Privacy and consent").

``redact(case, salt=...)`` returns a ``Case`` an analyst can load in a
notebook without seeing who the client is. Every field of every record is
walked, and what happens to it is what the field declares
(``casemgmt.core._disclosure``); a string field that declares nothing is
free text, so a field added later is redacted until someone declares it safe:

- person ids (the case, the client, every party, ``by``, ``author``,
  ``agreed_by``...) become a pseudonym: the first 16 hex digits of
  HMAC-SHA256 of the id keyed with ``salt``, the same wherever the id
  appears (a safe field holding a person's id too), so links hold. A
  different salt gives unlinkable copies; keep the salt secret.
- names and contact details are blanked; the client's name becomes
  ``"Client <pseudonym>"``; the date of birth becomes 1 January of its year;
- free text becomes ``"[redacted]"`` when it had any text, so counts and
  "was a reason given" survive. With ``keep_text=True`` it is kept, scrubbed
  by ``Scrubber``: the client's and parties' names become ``[name]``, the
  date of birth ``[dob]``, phones, e-mails and street addresses ``[contact]``;
- safe fields (ids of goals, referrals and consents, codes, categories,
  service names) and dates, numbers, flags and statuses are kept.

Nothing is read from or written to disk.

>>> import datetime as dt
>>> from casemgmt import Case, Client
>>> case = Case(id="case-1", client=Client(id="c-1", name="Carla Mendes",
...             date_of_birth=dt.date(1990, 5, 17)), opened_on=dt.date(2024, 9, 1))
>>> safe = redact(case, salt="notebook-2024")
>>> safe.client.date_of_birth, "Carla" in safe.client.name
(datetime.date(1990, 1, 1), False)
>>> safe.client.id == redact(case, salt="notebook-2024").client.id
True
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar, cast

import attrs

from casemgmt.case import Case
from casemgmt.core._client import Client
from casemgmt.core._disclosure import Disclosure, disclosure
from casemgmt.core._parties import PartyRole
from casemgmt.core._scrub import Scrubber, fold, scrub

__all__ = [
    "REDACTED",
    "Scrubber",
    "fold",
    "hide_text",
    "pseudonym",
    "redact",
    "redact_all",
    "rewrite_text",
    "scrub",
    "scrubber_for",
    "scrubbed",
]

_R = TypeVar("_R")

REDACTED = "[redacted]"
"""What free text becomes in a redacted copy (when it had any text)."""


def pseudonym(value: str, *, salt: str) -> str:
    """A stable pseudonymous id for ``value``: HMAC-SHA256 keyed with ``salt``.

    >>> pseudonym("c-1", salt="s") == pseudonym("c-1", salt="s") != pseudonym("c-1", salt="t")
    True
    """
    digest = hmac.new(salt.encode("utf-8"), value.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"anon-{digest[:16]}"


def scrubber_for(case: Case, *, client_as: str = "[name]") -> Scrubber:
    """The ``Scrubber`` for a case: its client, and its parties' names as others.

    A party with the client's role names the client (``client_as``).
    """
    own = [p.name for p in case.parties if p.role is PartyRole.CLIENT]
    others = [p.name for p in case.parties if p.role is not PartyRole.CLIENT]
    return Scrubber(case.client, names=own, others=others, client_as=client_as)


_Plan = tuple[tuple[str, str, Disclosure], ...]
_PLANS: dict[type, _Plan] = {}
_KEPT = (bool, int, float, dt.date, enum.Enum, type(None))


def _plan(cls: type) -> _Plan:
    """Per record class, once: (attribute name, init name, declaration) per field."""
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    if not attrs.has(cls):
        msg = f"cannot redact a {cls.__name__}: only attrs records, tuples and plain values"
        raise TypeError(msg)
    plan = tuple((a.name, a.alias or a.name, disclosure(a)) for a in attrs.fields(cls))
    _PLANS[cls] = plan
    return plan


def _collect_people(value: object, into: set[str], kind: Disclosure = Disclosure.SAFE) -> None:
    """Gather every id held in a person field anywhere in ``value``."""
    if isinstance(value, str):
        if value and kind is Disclosure.PERSON:
            into.add(value)
    elif isinstance(value, tuple):
        for item in value:
            _collect_people(item, into, kind)
    elif not isinstance(value, (*_KEPT, str)):
        for name, _, field_kind in _plan(type(value)):
            _collect_people(getattr(value, name), into, field_kind)


class _Redactor:
    """Walks a record; each field's declaration says what becomes of it."""

    def __init__(self, text: Callable[[str], str], ids: dict[str, str]) -> None:
        self.text = text
        self.ids = ids

    def string(self, value: str, kind: Disclosure) -> str:
        if kind is Disclosure.SAFE or kind is Disclosure.PERSON:
            return self.ids.get(value, value)
        if kind is Disclosure.IDENTITY:
            return ""
        return self.text(value)

    def walk(self, value: object, kind: Disclosure = Disclosure.SAFE) -> object:
        """``value`` redacted; the very same object when nothing in it changed."""
        if isinstance(value, str):
            return self.string(value, kind)
        if isinstance(value, tuple):
            items = tuple(self.walk(v, kind) for v in value)
            return value if all(a is b for a, b in zip(items, value, strict=True)) else items
        if isinstance(value, dt.date) and kind is Disclosure.BIRTH_DATE:
            return dt.date(value.year, 1, 1)
        if isinstance(value, _KEPT):
            return value
        return self.record(value)

    def record(self, value: object) -> object:
        changes: dict[str, object] = {}
        for name, alias, kind in _plan(type(value)):
            old = getattr(value, name)
            new = self.walk(old, kind)
            if new is not old:
                changes[alias] = new
        if isinstance(value, Client) and value.name:
            changes["name"] = f"Client {changes.get('id', value.id)}"
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]


def _blank_or_redacted(value: str) -> str:
    return REDACTED if value.strip() else ""


def redact(case: Case, *, salt: str, keep_text: bool = False) -> Case:
    """A de-identified copy of ``case`` for analytics (see the module docstring).

    ``salt`` must be a non-empty secret; the same salt gives the same
    pseudonyms. ``keep_text=True`` keeps free text, with names, contact
    details and the date of birth scrubbed from it.
    """
    if not salt:
        msg = "redact needs a non-empty secret salt; without one pseudonyms can be reversed"
        raise ValueError(msg)
    people: set[str] = set()
    _collect_people(case, people)
    ids = {i: pseudonym(i, salt=salt) for i in people}
    text = scrubber_for(case) if keep_text else _blank_or_redacted
    return cast("Case", _Redactor(text, ids).record(case))


def redact_all(cases: Iterable[Case], *, salt: str, keep_text: bool = False) -> Iterator[Case]:
    """``redact`` over many cases, lazily, with one salt so their pseudonyms join."""
    for case in cases:
        yield redact(case, salt=salt, keep_text=keep_text)


def rewrite_text(record: _R, text: Callable[[str], str]) -> _R:
    """``record`` with every free-text string passed through ``text``.

    The same walk as ``redact``, ids kept: names and contact details are
    blanked and a date of birth is cut to its year, whatever ``text`` does.
    """
    return cast("_R", _Redactor(text, {}).walk(record))


def hide_text(record: _R, marker: str = REDACTED) -> _R:
    """``record`` with every free text that had any text replaced by ``marker``."""
    return rewrite_text(record, lambda value: marker if value.strip() else "")


def scrubbed(case: Case, *, client_as: str = "the client") -> Case:
    """``case`` for display: free text scrubbed, names and contacts blanked, ids kept.

    What the notebook display and ``casemgmt show`` print by default: the
    same walk as ``redact(keep_text=True)``, but ids stay readable for the
    worker and the client's name reads as ``client_as``.
    """
    shown = rewrite_text(case, scrubber_for(case, client_as=client_as))
    return attrs.evolve(shown, client=attrs.evolve(shown.client, name=client_as))
