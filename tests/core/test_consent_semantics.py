"""Issue 12, item 5: one meaning of a consent's parties, and withdrawal that stays put.

Mission Australia practice approach (seed 001): consent to collect, use,
share and store; QCOSS "Developing a case management plan" (seed 002): share
only what the client agreed, and "get the client's written permission to
advocate with or for them".
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import Consent, ConsentForm, ConsentPurpose
from casemgmt.examples.carla import carla_case
from casemgmt.referrals import Advocacy, consents_covering

GRANTED = dt.date(2024, 1, 1)
AS_OF = dt.date(2024, 9, 4)
days = st.integers(0, 400).map(lambda n: GRANTED + dt.timedelta(days=n))


def consent(*purposes: ConsentPurpose, parties: tuple[str, ...] = ()) -> Consent:
    return Consent(
        id="k-1",
        purposes=purposes or (ConsentPurpose.SHARE, ConsentPurpose.ADVOCATE),
        parties=parties,
        form=ConsentForm.WRITTEN,
        granted_on=GRANTED,
    )


@given(days, days)
def test_withdrawing_twice_keeps_the_first_date(first: dt.date, second: dt.date) -> None:
    """Seed 001: a second withdrawal neither re-opens nor rewrites the first."""
    once = consent().withdraw(first)
    assert first == once.withdraw(second).withdrawn_on


def test_withdrawing_later_does_not_reopen_the_days_between() -> None:
    """The issue's example: withdrawn on 1 Feb, "withdrawn" again on 1 Mar, not active in Feb."""
    twice = consent().withdraw(dt.date(2024, 2, 1)).withdraw(dt.date(2024, 3, 1))
    assert not twice.is_active(dt.date(2024, 2, 15))


def _advocating(parties: tuple[str, ...], target_id: str | None) -> list[str]:
    adv = Advocacy(
        id="adv-1",
        started_on=AS_OF,
        target="Housing authority",
        asked_for="priority housing",
        consent_id="k-1",
        target_id=target_id,
    )
    case = attrs.evolve(carla_case(), consents=(consent(parties=parties),), advocacy=(adv,))
    return [f.code for f in cm.validate(case, as_of=AS_OF) if f.code.startswith("advocacy.")]


def test_a_consent_naming_nobody_covers_no_named_advocacy_target() -> None:
    """Seed 002: as for sharing, a consent with no parties names no one to advocate with."""
    assert ["advocacy.no-written-permission"] == _advocating((), "housing-authority")


def test_a_consent_naming_the_target_covers_the_advocacy() -> None:
    """Written permission naming the housing authority covers advocacy with it."""
    assert [] == _advocating(("housing-authority",), "housing-authority")


def test_a_consent_naming_someone_else_does_not() -> None:
    """A consent limited to named parties covers only those parties."""
    assert ["advocacy.no-written-permission"] == _advocating(("school",), "housing-authority")


@given(
    st.lists(st.sampled_from(["svc-a", "svc-b", "svc-c"]), max_size=3, unique=True),
    st.sampled_from(["svc-a", "svc-b", "svc-c"]),
)
def test_sharing_and_advocacy_read_the_parties_alike(parties: list[str], party: str) -> None:
    """One meaning everywhere: a party is covered exactly when the consent names it."""
    k = consent(parties=tuple(parties))
    shares = bool(consents_covering([k], [party], AS_OF))
    advocates = k.covers(ConsentPurpose.ADVOCATE, party, AS_OF)
    assert (party in parties, party in parties) == (shares, advocates)


@pytest.mark.parametrize("purpose", [ConsentPurpose.COLLECT, ConsentPurpose.STORE])
def test_a_consent_naming_nobody_still_covers_purposes_without_a_party(
    purpose: ConsentPurpose,
) -> None:
    """Collecting and storing involve no other party, so no party needs naming."""
    assert consent(purpose).covers(purpose, None, AS_OF)
