"""The pieces every strategy shares: dates, words, identifiers, people and consent.

Strategies here are built once and reused: building a hypothesis strategy
inside every draw costs more than drawing from it, and ``cases()`` must stay
fast enough for other libraries' property tests.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from casemgmt.core._client import Client, ContactDetails
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._parties import Party, PartyRole
from casemgmt.core._time import Timeframe

__all__ = ["clients", "consents", "dates", "parties", "timeframes"]

EPOCH = dt.date(2020, 1, 1)
MANAGER = "cm-1"

TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40
).filter(str.strip)
"""Any non-blank text: blank text is never a record (issue 12), and odd
characters exercise escaping, JSON and HTML."""

WORDS = st.sampled_from(
    [
        "find stable housing",
        "attend the job club every Tuesday",
        "open a bank account",
        "enrol the children in school",
        "pay $100 a month towards arrears for six months",
        "see the GP about sleep",
        "join a weekly parenting group",
    ]
)
"""Plain practice words for what a goal, action or support is about."""

IDS = st.builds(
    "{}-{}".format,
    st.sampled_from(["ab", "kx", "mo", "pq", "tz", "wen", "zu"]),
    st.integers(1, 999),
)
"""Short identifiers (``kx-42``); unique within one record's collections only
where a strategy says so."""

CATEGORIES = ("contact", "housing", "health", "income", "legal", "children", "case-plan")
"""Kinds of information a referral shares and a consent covers."""

_TIMEFRAME_WORDS = st.sampled_from(
    ["1 day", "3 days", "1 week", "2 weeks", "a fortnight", "1 month", "six months", "1 year"]
)
_FIRST = ("Carla", "Zoe", "Ali", "Bea", "Jon", "Minh", "Priya", "Tama", "Yusuf", "Aroha")
_LAST = ("Nguyen", "Okafor", "Walker", "Haddad", "Kowalski", "Te Rangi", "Singh", "O'Brien")


def dates(start: dt.date = EPOCH, days: int = 2000) -> st.SearchStrategy[dt.date]:
    """Dates from ``start`` up to ``days`` later."""
    return st.integers(0, days).map(lambda n: start + dt.timedelta(days=n))


def day_after(draw: st.DrawFn, start: dt.date, low: int, high: int) -> dt.date:
    """A day ``low`` to ``high`` days after ``start`` (drawn without building a strategy)."""
    return start + dt.timedelta(days=draw(st.integers(low, high)))


def timeframes() -> st.SearchStrategy[Timeframe]:
    return _TIMEFRAME_WORDS.map(Timeframe)


def _client(draw: st.DrawFn, opened: dt.date | None) -> Client:
    """A client; born at least 16 years before ``opened`` (DOB before the case opened)."""
    latest = (opened or dt.date(2026, 1, 1)) - dt.timedelta(days=16 * 365)
    born = draw(st.none() | st.integers(0, 70 * 365))
    return Client(
        id=f"client-{draw(IDS)}",
        name=f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}",
        date_of_birth=None if born is None else latest - dt.timedelta(days=born),
        preferred_language=draw(st.sampled_from(["", "English", "Arabic", "Dari", "Vietnamese"])),
        interpreter_needed=draw(st.booleans()),
        cultural_identity_notes=draw(st.just("") | TEXT),
        contact=ContactDetails(
            phone=f"04{draw(st.integers(0, 99_999_999)):08d}",
            email=f"{draw(st.sampled_from(['aroha', 'bea', 'jkw', 'minh']))}"
            f"{draw(st.integers(1, 999))}@example.org",
            address=f"{draw(st.integers(1, 999))}"
            f" {draw(st.sampled_from(['Wattle', 'Banksia', 'Jacaranda', 'Ironbark']))} Street,"
            f" {draw(st.sampled_from(['Parramatta', 'Logan', 'Elizabeth', 'Geelong']))}",
        ),
    )


def clients(opened: dt.date | None = None) -> st.SearchStrategy[Client]:
    """Clients with contact details; born at least 16 years before ``opened`` when given."""
    return st.composite(lambda draw: _client(draw, opened))()


def parties(role: PartyRole | None = None) -> st.SearchStrategy[Party]:
    return st.builds(
        Party,
        id=IDS,
        role=st.just(role) if role is not None else st.sampled_from(PartyRole),
        name=TEXT,
        organisation=st.just("") | TEXT,
    )


def consents(
    party_ids: st.SearchStrategy[str] = IDS, granted: st.SearchStrategy[dt.date] | None = None
) -> st.SearchStrategy[Consent]:
    """Consents for any purposes and parties, some withdrawn after they were granted."""

    @st.composite
    def build(draw: st.DrawFn) -> Consent:
        granted_on = draw(granted if granted is not None else dates())
        withdrawn = draw(st.none() | st.integers(0, 400))
        return Consent(
            id=f"consent-{draw(IDS)}",
            purposes=tuple(draw(st.sets(st.sampled_from(ConsentPurpose), min_size=1))),
            parties=tuple(draw(st.lists(party_ids, max_size=3, unique=True))),
            form=draw(st.sampled_from(ConsentForm)),
            granted_on=granted_on,
            withdrawn_on=None if withdrawn is None else granted_on + dt.timedelta(days=withdrawn),
            categories=tuple(draw(st.lists(st.sampled_from(CATEGORIES), max_size=3, unique=True))),
        )

    return build()
