"""Clients, parties and consents: privacy in repr, consent judged at a date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from casemgmt import Client, Consent, ConsentForm, ConsentPurpose, ContactDetails, Party, PartyRole
from casemgmt.testing.strategies import clients, consents, dates

CARLA = Client(
    id="c-17",
    name="Carla Rossi",
    date_of_birth=dt.date(1991, 3, 14),
    contact=ContactDetails(phone="0400111222", email="carla@example.org", address="1 Main St"),
)


@given(clients())
def test_client_repr_and_str_show_only_the_identifier(client: Client) -> None:
    """ACCEPTANCE: repr/str never show the client's name or date of birth."""
    for text in (repr(client), str(client)):
        assert client.id in text
        assert client.name not in text.replace(client.id, "")
        if client.date_of_birth is not None:
            assert client.date_of_birth.isoformat() not in text
        assert client.contact.phone not in text


def test_contact_details_are_hidden() -> None:
    """Contact details do not print either."""
    assert "0400111222" not in repr(CARLA.contact) + str(CARLA.contact)


def test_party_repr_hides_the_name() -> None:
    """Support people are private individuals too."""
    sister = Party(id="p-2", role=PartyRole.SUPPORT_PERSON, name="Maria Rossi")
    assert "Maria" not in repr(sister) + str(sister)


@pytest.mark.parametrize("bad", ["", " c-1", "c-1 "])
def test_identifiers_must_be_trimmed_and_non_empty(bad: str) -> None:
    """An identifier with stray spaces is a data-entry error, refused at once."""
    with pytest.raises(ValueError, match="non-empty identifier"):
        Client(id=bad, name="x")


def _consent(**kw: object) -> Consent:
    base: dict[str, object] = {
        "id": "k-1",
        "purposes": (ConsentPurpose.SHARE,),
        "parties": ("svc-rentconnect",),
        "granted_on": dt.date(2024, 9, 4),
    }
    base.update(kw)
    return Consent(**base)  # type: ignore[arg-type]


def test_consent_is_active_from_grant_until_withdrawal() -> None:
    """Seed 001: consent runs from when it is given until it is withdrawn."""
    consent = _consent(withdrawn_on=dt.date(2024, 10, 1))
    assert not consent.is_active(dt.date(2024, 9, 3))
    assert consent.is_active(dt.date(2024, 9, 4))
    assert consent.is_active(dt.date(2024, 9, 30))
    assert not consent.is_active(dt.date(2024, 10, 1))


def test_consent_covers_only_its_purposes_and_parties() -> None:
    """Seed 002: share only with the services the client agreed to."""
    consent = _consent()
    day = dt.date(2024, 9, 10)
    assert consent.covers(ConsentPurpose.SHARE, "svc-rentconnect", day)
    assert not consent.covers(ConsentPurpose.SHARE, "svc-other", day)
    assert not consent.covers(ConsentPurpose.TRANSFER, "svc-rentconnect", day)
    assert consent.covers(ConsentPurpose.SHARE, None, day)


def test_expired_consent_covers_nothing() -> None:
    """A consent with an end date stops covering after it."""
    consent = _consent(expires_on=dt.date(2024, 12, 31))
    assert not consent.covers(ConsentPurpose.SHARE, "svc-rentconnect", dt.date(2025, 1, 1))


def test_withdrawal_before_grant_is_refused() -> None:
    """Dates out of order cannot be a consent at all."""
    with pytest.raises(ValueError, match="withdrawn_on is before granted_on"):
        _consent(withdrawn_on=dt.date(2024, 1, 1))


def test_a_consent_must_have_a_purpose() -> None:
    """A consent to nothing is a data error."""
    with pytest.raises(ValueError, match="at least one"):
        _consent(purposes=())


@given(consents(), dates())
def test_withdrawing_never_widens_cover(consent: Consent, day: dt.date) -> None:
    """Withdrawal can only take cover away (seed 001)."""
    withdrawn = consent.withdraw(max(consent.granted_on, day))
    for purpose in ConsentPurpose:
        for party in (*consent.parties, None):
            if withdrawn.covers(purpose, party, day):
                assert consent.covers(purpose, party, day)


def test_verbal_consent_is_recorded_as_verbal() -> None:
    """The form of consent is kept: advocacy and transfers need it written."""
    assert _consent(form=ConsentForm.VERBAL).form == ConsentForm.VERBAL
