"""Privacy: identifiers only in repr/str, and de-identified copies for analytics."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casemgmt
from casemgmt import Case, Client, Party, PartyRole, dumps, loads, validate
from casemgmt.core._client import ContactDetails
from casemgmt.monitoring import CaseNote, NoteKind
from casemgmt.privacy import REDACTED, pseudonym, redact, redact_all
from casemgmt.tables import rows
from casemgmt.testing.strategies import cases

NAME, DOB, PHONE, EMAIL = "Carla Mendes", dt.date(1994, 3, 15), "0412345678", "carla@example.org"
ADDRESS = "12 Wattle Street, Logan"


def carla() -> Case:
    """The Carla case (seed 002) with personal details and a note that names her."""
    return Case(
        id="case-carla",
        client=Client(
            id="client-carla",
            name=NAME,
            date_of_birth=DOB,
            contact=ContactDetails(phone=PHONE, email=EMAIL, address=ADDRESS),
            cultural_identity_notes="Carla's family is Portuguese-Australian",
        ),
        opened_on=dt.date(2024, 8, 20),
        parties=(Party(id="cm-sally", role=PartyRole.CASE_MANAGER, name="Sally Jones"),),
        notes=(
            CaseNote(
                written_on=dt.date(2024, 9, 4),
                author="cm-sally",
                kind=NoteKind.QUOTATION,
                text=f'Carla said "I want the boys to sleep"; call her on {PHONE}.',
            ),
        ),
    )


def test_client_repr_and_str_show_only_identifier() -> None:
    """ACCEPTANCE: repr() and str() of a client never show name or date of birth."""
    client = carla().client
    assert (repr(client), str(client)) == ("Client(id='client-carla')", "client client-carla")


def test_case_repr_and_str_show_only_identifier() -> None:
    """ACCEPTANCE: repr() and str() of a case never show name or date of birth."""
    case = carla()
    assert (repr(case), str(case)) == ("Case(id='case-carla')", "case case-carla")


def test_redact_is_exported_at_top_level() -> None:
    """casemgmt.redact is the public entry point for notebooks."""
    assert casemgmt.redact is redact


def test_redact_replaces_name_with_pseudonym() -> None:
    """The client's name becomes a pseudonym built from the pseudonymous id."""
    safe = redact(carla(), salt="s3cret")
    assert safe.client.name == f"Client {safe.client.id}"


def test_redact_keeps_year_of_birth_only() -> None:
    """Dates of birth are cut to the year (1 January), so age still works."""
    assert redact(carla(), salt="s3cret").client.date_of_birth == dt.date(1994, 1, 1)


def test_redact_blanks_contact_details() -> None:
    """Phone, email and address are blanked."""
    contact = redact(carla(), salt="s3cret").client.contact
    assert (contact.phone, contact.email, contact.address) == ("", "", "")


def test_pseudonyms_are_stable_for_one_salt() -> None:
    """The same salt gives the same ids, so cases redacted together still join."""
    assert redact(carla(), salt="a").client.id == redact(carla(), salt="a").client.id


def test_pseudonyms_differ_between_salts() -> None:
    """A different salt gives unlinkable ids."""
    assert redact(carla(), salt="a").client.id != redact(carla(), salt="b").client.id


def test_pseudonym_is_hmac_sha256() -> None:
    """Pseudonyms are HMAC-SHA256 of the id keyed with the salt."""
    import hashlib
    import hmac

    expected = "anon-" + hmac.new(b"k", b"c-1", hashlib.sha256).hexdigest()[:16]
    assert pseudonym("c-1", salt="k") == expected


def test_people_ids_pseudonymised_everywhere() -> None:
    """A worker's id is replaced the same way in the party list and on their notes."""
    safe = redact(carla(), salt="s3cret")
    assert safe.notes[0].author == safe.parties[0].id == pseudonym("cm-sally", salt="s3cret")


def test_free_text_dropped_by_default() -> None:
    """Free text is replaced by a marker unless asked for."""
    assert redact(carla(), salt="s3cret").notes[0].text == REDACTED


def test_keep_text_scrubs_names_and_contacts() -> None:
    """With keep_text, text stays but names and contact details are replaced."""
    text = redact(carla(), salt="s3cret", keep_text=True).notes[0].text
    assert text == '[name] said "I want the boys to sleep"; call her on [contact].'


def test_empty_salt_refused() -> None:
    """Without a secret salt, pseudonyms could be reversed by guessing ids."""
    with pytest.raises(ValueError, match="non-empty secret salt"):
        redact(carla(), salt="")


@pytest.mark.parametrize("salt", ["", b""])
def test_empty_salt_refused_everywhere_a_salt_is_taken(salt: str | bytes) -> None:
    """Every salt= refuses an empty key, the tables included, and ``redact_all`` at the call."""
    with pytest.raises(ValueError, match="non-empty secret salt"):
        redact_all([carla()], salt=salt)
    with pytest.raises(ValueError, match="the tables needs a non-empty secret salt"):
        next(rows("cases", [carla()], salt=salt))


def test_salt_as_bytes_or_text() -> None:
    """A key from ``secrets.token_bytes`` works, and text gives the same pseudonyms as its bytes."""
    assert redact(carla(), salt=b"s3cret").client.id == redact(carla(), salt="s3cret").client.id
    assert redact(carla(), salt=b"\xff\x00").client.id != redact(carla(), salt="s3cret").client.id


def test_salt_of_another_type_is_a_clear_error() -> None:
    """A salt that is neither text nor bytes is named, not an AttributeError from inside hmac."""
    with pytest.raises(TypeError, match="redact needs salt as str or bytes, not int"):
        redact(carla(), salt=1234)  # type: ignore[arg-type]


def test_redact_leaves_original_untouched() -> None:
    """Records are values: redacting returns a copy."""
    case = carla()
    redact(case, salt="s3cret")
    assert case.client.name == NAME


def test_redact_all_streams_cases() -> None:
    """redact_all redacts many cases with one salt."""
    safe = list(redact_all([carla(), carla()], salt="s3cret"))
    assert safe[0].client.id == safe[1].client.id


def _secrets(case: Case) -> list[str]:
    client = case.client
    found = [client.name, client.contact.phone, client.contact.email, client.contact.address]
    dob = client.date_of_birth
    if dob is not None and (dob.month, dob.day) != (1, 1):
        found.append(dob.isoformat())
    return [s for s in found if s]


@settings(max_examples=60)
@given(cases(consent=None), st.booleans())
def test_redacted_case_holds_no_personal_details(case: Case, keep_text: bool) -> None:
    """No name, contact detail or full date of birth of any generated client survives."""
    told = CaseNote(
        written_on=case.opened_on,
        author="cm-1",
        kind=NoteKind.FACT,
        text=" ".join(["Rang:", *_secrets(case)]),
    )
    case = attrs.evolve(case, notes=(*case.notes, told))
    text = dumps(redact(case, salt="notebook", keep_text=keep_text))
    assert [s for s in _secrets(case) if s in text] == []


@settings(max_examples=30)
@given(cases(consent=None))
def test_redacted_case_still_loads_and_validates(case: Case) -> None:
    """A redacted case is still a valid Case: it round-trips JSON and validates."""
    safe = redact(case, salt="notebook")
    validate(safe, as_of=dt.date(2026, 1, 1))
    assert loads(dumps(safe), Case) == safe


@settings(max_examples=30)
@given(cases(consent=None))
def test_redaction_keeps_structure(case: Case) -> None:
    """Analytics keep their shape: stage, need numbers and referral statuses are unchanged."""
    safe = redact(case, salt="notebook")
    shape = (
        case.stage,
        [n.number for n in case.assessment.needs],
        [r.status for r in case.referrals],
    )
    assert (
        safe.stage,
        [n.number for n in safe.assessment.needs],
        [r.status for r in safe.referrals],
    ) == shape
