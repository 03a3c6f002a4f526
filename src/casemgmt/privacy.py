"""De-identified copies of cases for analytics (seeds 001, 002: privacy and consent).

``redact(case, salt=...)`` returns a ``Case`` an analyst can load in a
notebook without seeing who the client is:

- the case, the client, every party and every person who recorded something
  (``by``, ``author``, ``agreed_by``...) get a pseudonymous id: the first 16
  hex digits of HMAC-SHA256 of the id keyed with ``salt``. The same salt gives
  the same pseudonym, so cases redacted together still join; a different
  salt gives unlinkable copies. Keep the salt secret: anyone holding it can
  test a guessed id.
- the client's name becomes ``"Client <pseudonym>"``; party names and every
  contact detail (phone, email, address, contact) are blanked;
- the date of birth becomes 1 January of the same year (age still works);
- free text (every string field the records mark ``repr=False``, and reasons,
  explanations and similar notes) becomes ``"[redacted]"`` when it had any
  text, so counts and "was a reason given" survive. With ``keep_text=True``
  the text is kept, with the client's and parties' names, contact details
  and date of birth replaced by ``[name]``, ``[contact]`` and ``[dob]``.

Dates of events, need numbers, statuses, categories and goal ids are kept:
they are what analytics needs. Nothing is read from or written to disk.

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
import re
from collections.abc import Callable, Iterable, Iterator
from typing import cast

import attrs

from casemgmt.case import Case
from casemgmt.core._client import Client, ContactDetails
from casemgmt.core._time import Timeframe

__all__ = ["REDACTED", "pseudonym", "redact", "redact_all"]

REDACTED = "[redacted]"
"""What free text becomes in a redacted copy (when it had any text)."""

_PERSON_FIELDS = frozenset(
    {
        "by",
        "author",
        "participants",
        "agreed_by",
        "responsible_party",
        "notices_sent_to",
        "approved_by",
        "confirmed_by",
    }
)
"""Fields that hold the ids of people who did or agreed something."""

_CONTACT_FIELDS = frozenset({"name", "contact", "phone", "email", "address"})
"""Personal names and contact details, blanked wherever they appear."""

_TEXT_FIELDS = frozenset(
    {
        "reason",
        "reason_text",
        "explanation",
        "no_agreement_reason",
        "archiving_note",
        "how_to_return",
        "follow_up_method",
        "comment",
        "notes",
        "description",
        "outcome",
        "text",
        "statement",
    }
)
"""Free-text fields shown in ``repr`` (the private ones are ``repr=False``)."""

_ATOMIC = (Timeframe,)
"""Records kept as they are (their strings are not personal)."""


def pseudonym(value: str, *, salt: str) -> str:
    """A stable pseudonymous id for ``value``: HMAC-SHA256 keyed with ``salt``.

    >>> pseudonym("c-1", salt="s") == pseudonym("c-1", salt="s") != pseudonym("c-1", salt="t")
    True
    """
    digest = hmac.new(salt.encode("utf-8"), value.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"anon-{digest[:16]}"


_Plan = tuple[tuple[str, str, bool], ...]
_PLANS: dict[type, _Plan | None] = {}
_LEAVES = (str, int, float, dt.date, enum.Enum, type(None), *_ATOMIC)


def _plan(cls: type) -> _Plan | None:
    """Per record class, once: (attribute name, init name, is private) per field."""
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    plan: _Plan | None = None
    if attrs.has(cls):
        plan = tuple((a.name, a.alias or a.name, not a.repr) for a in attrs.fields(cls))
    _PLANS[cls] = plan
    return plan


def _collect_people(value: object, into: set[str], field: str = "") -> None:
    """Gather every id held in a person field anywhere in ``value``."""
    if isinstance(value, str):
        if value and field in _PERSON_FIELDS:
            into.add(value)
    elif isinstance(value, tuple):
        for item in value:
            _collect_people(item, into, field)
    elif not isinstance(value, _LEAVES) and (plan := _plan(type(value))) is not None:
        for name, _, _ in plan:
            _collect_people(getattr(value, name), into, name)


def _scrubber(case: Case) -> Callable[[str], str]:
    """Replace the client's and parties' names, contact details and dob in text."""
    client = case.client
    names = {client.name.strip(), *(p.name.strip() for p in case.parties)}
    names |= {tok for n in list(names) for tok in re.split(r"\s+", n) if len(tok) >= 2}
    contacts = {client.contact.phone, client.contact.email, client.contact.address}
    contacts |= {p.contact for p in case.parties}
    swaps: list[tuple[str, str]] = [(c.strip(), "[contact]") for c in contacts if c.strip()]
    if client.date_of_birth is not None:
        swaps.append((client.date_of_birth.isoformat(), "[dob]"))
    name_parts = sorted((n for n in names if n), key=len, reverse=True)
    name_re = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, name_parts)) + r")(?!\w)", re.I)
        if name_parts
        else None
    )

    def scrub(text: str) -> str:
        for old, new in sorted(swaps, key=lambda s: len(s[0]), reverse=True):
            text = text.replace(old, new)
        return name_re.sub("[name]", text) if name_re is not None else text

    return scrub


class _Redactor:
    def __init__(self, case: Case, *, salt: str, keep_text: bool) -> None:
        people: set[str] = {case.id, case.client.id, *(p.id for p in case.parties)}
        _collect_people(case, people)
        self.ids = {i: pseudonym(i, salt=salt) for i in people}
        self.keep_text = keep_text
        self.scrub = _scrubber(case) if keep_text else str

    def text(self, value: str) -> str:
        if self.keep_text:
            return self.scrub(value)
        return REDACTED if value.strip() else ""

    def string(self, value: str, field: str, private: bool) -> str:
        if field in _CONTACT_FIELDS:
            return ""
        if private or field in _TEXT_FIELDS:
            return self.text(value)
        return self.ids.get(value, value)

    def walk(self, value: object, field: str = "", private: bool = False) -> object:
        """``value`` redacted; the very same object when nothing in it changed."""
        if isinstance(value, str):
            return self.string(value, field, private)
        if isinstance(value, tuple):
            items = tuple(self.walk(v, field, private) for v in value)
            return value if all(a is b for a, b in zip(items, value, strict=True)) else items
        if isinstance(value, _LEAVES):
            return value
        if isinstance(value, Client):
            return self.client(value)
        return self.record(value)

    def record(self, value: object) -> object:
        plan = _plan(type(value))
        if plan is None:
            return value
        changes: dict[str, object] = {}
        for name, alias, private in plan:
            old = getattr(value, name)
            new = self.walk(old, name, private)
            if new is not old:
                changes[alias] = new
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]

    def client(self, client: Client) -> Client:
        pid = self.ids[client.id]
        dob = client.date_of_birth
        return attrs.evolve(
            client,
            id=pid,
            name=f"Client {pid}",
            date_of_birth=None if dob is None else dt.date(dob.year, 1, 1),
            cultural_identity_notes=self.text(client.cultural_identity_notes),
            contact=ContactDetails(preferred_channel=client.contact.preferred_channel),
        )


def redact(case: Case, *, salt: str, keep_text: bool = False) -> Case:
    """A de-identified copy of ``case`` for analytics (see the module docstring).

    ``salt`` must be a non-empty secret; the same salt gives the same
    pseudonyms. ``keep_text=True`` keeps free text, with names, contact
    details and the date of birth scrubbed from it.
    """
    if not salt:
        msg = "redact needs a non-empty secret salt; without one pseudonyms can be reversed"
        raise ValueError(msg)
    return cast("Case", _Redactor(case, salt=salt, keep_text=keep_text).record(case))


def redact_all(cases: Iterable[Case], *, salt: str, keep_text: bool = False) -> Iterator[Case]:
    """``redact`` over many cases, lazily, with one salt so their pseudonyms join."""
    for case in cases:
        yield redact(case, salt=salt, keep_text=keep_text)
