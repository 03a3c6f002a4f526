"""De-identified copies of cases for analytics (seeds 001, 002: privacy and consent).

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

import hashlib
import hmac
from collections.abc import Iterable, Iterator
from typing import TypeVar

import attrs

from casemgmt.case import Case
from casemgmt.core._disclosure import hide_text as _hide_text
from casemgmt.core._disclosure import people, rewrite_text
from casemgmt.core._display import scrubbed, scrubber_for
from casemgmt.core._scrub import Scrubber, fold, scrub

__all__ = [
    "REDACTED",
    "Salt",
    "Scrubber",
    "fold",
    "hide_text",
    "pseudonym",
    "redact",
    "redact_all",
    "rewrite_text",
    "salt_key",
    "scrub",
    "scrubbed",
    "scrubber_for",
]

_R = TypeVar("_R")

REDACTED = "[redacted]"
"""What free text becomes in a redacted copy (when it had any text)."""


Salt = str | bytes
"""A secret key for pseudonyms: text, or bytes such as ``secrets.token_bytes(32)``."""


def salt_key(salt: object, *, needed_by: str = "pseudonym") -> bytes:
    """``salt`` as the HMAC key, refusing what would make pseudonyms reversible.

    Text is encoded as UTF-8, so ``"s"`` and ``b"s"`` give the same pseudonyms.

    >>> salt_key("")
    Traceback (most recent call last):
    ...
    ValueError: pseudonym needs a non-empty secret salt; without one pseudonyms can be reversed
    """
    if isinstance(salt, str):
        key = salt.encode("utf-8")
    elif isinstance(salt, bytes):
        key = salt
    else:
        msg = f"{needed_by} needs salt as str or bytes, not {type(salt).__name__}"
        raise TypeError(msg)
    if not key:
        msg = f"{needed_by} needs a non-empty secret salt; without one pseudonyms can be reversed"
        raise ValueError(msg)
    return key


def pseudonym(value: str, *, salt: Salt) -> str:
    """A stable pseudonymous id for ``value``: HMAC-SHA256 keyed with ``salt``.

    >>> pseudonym("c-1", salt="s") == pseudonym("c-1", salt=b"s") != pseudonym("c-1", salt="t")
    True
    """
    key = salt_key(salt)
    digest = hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"anon-{digest[:16]}"


def _blank_or_redacted(value: str) -> str:
    return REDACTED if value.strip() else ""


def redact(case: Case, *, salt: Salt, keep_text: bool = False) -> Case:
    """A de-identified copy of ``case`` for analytics (see the module docstring).

    ``salt`` must be a non-empty secret; the same salt gives the same
    pseudonyms. ``keep_text=True`` keeps free text, with names, contact
    details and the date of birth scrubbed from it.
    """
    key = salt_key(salt, needed_by="redact")
    ids = {i: pseudonym(i, salt=key) for i in people(case, set())}
    safe = rewrite_text(case, scrubber_for(case) if keep_text else _blank_or_redacted, ids)
    name = f"Client {safe.client.id}" if case.client.name else ""
    return attrs.evolve(safe, client=attrs.evolve(safe.client, name=name))


def redact_all(cases: Iterable[Case], *, salt: Salt, keep_text: bool = False) -> Iterator[Case]:
    """``redact`` over many cases, lazily, with one salt so their pseudonyms join."""
    salt_key(salt, needed_by="redact_all")  # refused at the call, not at the first case
    return (redact(case, salt=salt, keep_text=keep_text) for case in cases)


def hide_text(record: _R, marker: str = REDACTED) -> _R:
    """``record`` with every free text that had any text replaced by ``marker``."""
    return _hide_text(record, marker)
