"""Consent-gated referral packets (seeds 001, 002: share only what the client agreed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgmt import (
    Case,
    CasePlan,
    Client,
    Consent,
    ConsentError,
    ConsentForm,
    ConsentPurpose,
    Goal,
    Need,
    NeedDomain,
)
from casemgmt.assessment import Assessment
from casemgmt.core._client import ContactDetails
from casemgmt.referrals import (
    INFORMATION_CATEGORIES,
    ReceivingService,
    Referral,
    ReferralStatus,
    consents_covering,
    referral_packet,
)
from casemgmt.testing.strategies import cases, consents, dates

P = ConsentPurpose
DAY = dt.date(2024, 9, 10)
NAME, PHONE = "Carla Mendes", "0412345678"
THERAPIST = ReceivingService(id="svc-therapist", organisation="Child Therapy Clinic")


def carla(*consent_list: Consent, **changes: Any) -> Case:
    """The Carla case (seed 002) with a referral to a child therapist."""
    ref = Referral(
        id="r-therapist",
        to=THERAPIST,
        made_on=dt.date(2024, 9, 4),
        need_numbers=(1, 2),
        goal_id="g-1",
        information_shared=("contact", "children", "case-plan"),
    ).move_to(ReferralStatus.SENT, on=dt.date(2024, 9, 5), by="cm-1")
    case = Case(
        id="case-carla",
        client=Client(
            id="client-carla",
            name=NAME,
            date_of_birth=dt.date(1994, 3, 15),
            contact=ContactDetails(phone=PHONE, email="carla@example.org"),
        ),
        opened_on=dt.date(2024, 8, 20),
        assessment=Assessment(
            needs=(
                Need(number=1, domain=NeedDomain.PARENTING, description="Nightmares"),
                Need(number=2, domain=NeedDomain.PARENTING, description="Aggression at school"),
                Need(number=3, domain=NeedDomain.HOUSING, description="Rent"),
            )
        ),
        plan=CasePlan(
            created_on=dt.date(2024, 9, 4),
            goals=(
                Goal(id="g-1", statement="Children to attend counselling", need_numbers=(1, 2)),
                Goal(id="g-3", statement="Seek government financial help", need_numbers=(3,)),
            ),
        ),
        consents=consent_list,
        referrals=(ref,),
    )
    return attrs.evolve(case, **changes)


def share(**changes: Any) -> Consent:
    consent = Consent(
        id="consent-share",
        purposes=(P.SHARE,),
        parties=("svc-therapist",),
        granted_on=dt.date(2024, 9, 1),
        categories=("contact", "children", "case-plan"),
    )
    return attrs.evolve(consent, **changes)


def test_packet_holds_agreed_categories() -> None:
    """Seed 002: the packet carries what the client agreed to share, in order."""
    packet = referral_packet(carla(share()), "r-therapist", as_of=DAY)
    assert (packet.categories, packet.withheld) == (("contact", "children", "case-plan"), ())


def test_packet_names_consent_relied_on() -> None:
    """The packet records the consents that allowed it."""
    assert referral_packet(carla(share()), "r-therapist", as_of=DAY).consent_ids == (
        "consent-share",
    )


def test_packet_contact_data_comes_from_client() -> None:
    """The contact category carries the client's contact details."""
    packet = referral_packet(carla(share()), "r-therapist", as_of=DAY)
    assert packet.data["contact"]["phone"] == PHONE


def test_packet_case_plan_only_covers_referral_needs() -> None:
    """Seed 002: the service gets the goals this referral serves, not the whole plan."""
    packet = referral_packet(carla(share()), "r-therapist", as_of=DAY)
    goals = packet.data["case-plan"]["goals"]
    assert isinstance(goals, list)
    assert [g["id"] for g in goals] == ["g-1"]


def test_packet_withholds_category_not_agreed() -> None:
    """Seed 002: a category the client did not agree to stays behind."""
    packet = referral_packet(
        carla(share()), "r-therapist", as_of=DAY, categories=["contact", "housing"]
    )
    assert (packet.categories, packet.withheld) == (("contact",), ("housing",))


def test_packet_never_holds_withheld_data() -> None:
    """Withheld categories carry no data."""
    packet = referral_packet(
        carla(share()), "r-therapist", as_of=DAY, categories=["contact", "identity"]
    )
    assert list(packet.data) == ["contact"]


def test_no_consent_refuses_with_consent_error() -> None:
    """Seed 001: with no consent to share, nothing is produced."""
    with pytest.raises(ConsentError, match=r"purpose 'share' or 'transfer' covers 'svc-therapist'"):
        referral_packet(carla(), "r-therapist", as_of=DAY)


def test_withdrawn_consent_stops_future_sharing() -> None:
    """Seed 001: after withdrawal nothing more is shared; the error says so."""
    case = carla(share().withdraw(dt.date(2024, 9, 8)))
    with pytest.raises(ConsentError, match="consent-share' was withdrawn on 2024-09-08"):
        referral_packet(case, "r-therapist", as_of=DAY)


def test_sharing_before_withdrawal_still_allowed() -> None:
    """Withdrawal stops future sharing, not what was allowed before it."""
    case = carla(share().withdraw(dt.date(2024, 9, 20)))
    assert "contact" in referral_packet(case, "r-therapist", as_of=DAY).categories


def test_every_category_withheld_refuses() -> None:
    """When the consent covers none of what is asked, nothing is produced."""
    with pytest.raises(ConsentError, match="not the categories asked for \\('health'\\)"):
        referral_packet(carla(share()), "r-therapist", as_of=DAY, categories=["health"])


def test_consent_error_never_names_client() -> None:
    """Error messages never embed the client's name or contact details."""
    with pytest.raises(ConsentError) as info:
        referral_packet(carla(), "r-therapist", as_of=DAY)
    assert (NAME not in str(info.value), PHONE not in str(info.value)) == (True, True)


def test_packet_repr_hides_data() -> None:
    """A packet's repr shows the recipient and categories, never the data."""
    text = repr(referral_packet(carla(share()), "r-therapist", as_of=DAY))
    assert (PHONE in text, "svc-therapist" in text) == (False, True)


def test_recipient_by_party_id() -> None:
    """Any recipient can be asked about by party id, not only a referral."""
    packet = referral_packet(carla(share()), "svc-therapist", as_of=DAY, categories=["contact"])
    assert (packet.recipient, packet.referral_id) == ("svc-therapist", None)


def test_unlimited_consent_allows_every_known_category() -> None:
    """A consent with no categories does not limit what may be shared."""
    packet = referral_packet(carla(share(categories=())), "svc-therapist", as_of=DAY)
    assert packet.categories == INFORMATION_CATEGORIES


def test_transfer_referral_needs_written_transfer_consent() -> None:
    """Seed 003: transferring a case needs written permission to transfer."""
    case = carla(share())
    moved = attrs.evolve(case.referrals[0], transfer=True)
    with pytest.raises(ConsentError, match="written consent with purpose 'transfer'"):
        referral_packet(case, moved, as_of=DAY)


def test_verbal_transfer_consent_named_in_error() -> None:
    """The error explains that a verbal transfer consent is not written."""
    verbal = share(id="consent-t", purposes=(P.TRANSFER,), form=ConsentForm.VERBAL)
    case = carla(verbal)
    moved = attrs.evolve(case.referrals[0], transfer=True)
    with pytest.raises(ConsentError, match="consent-t' is verbal, not written"):
        referral_packet(case, moved, as_of=DAY)


# --- properties -----------------------------------------------------------------


@st.composite
def sharing_cases(draw: st.DrawFn) -> tuple[Case, str, dt.date]:
    """A generated case with extra random consents, a recipient and a day."""
    case = draw(cases(consent=None))
    services = [r.to.id for r in case.referrals] + ["svc-other"]
    extra = draw(
        st.lists(
            consents(st.sampled_from(services), dates(case.opened_on, 400)),
            max_size=3,
            unique_by=lambda c: c.id,
        )
    )
    extra = [c for c in extra if c.id not in {k.id for k in case.consents}]
    case = attrs.evolve(case, consents=(*case.consents, *extra))
    targets = [r.id for r in case.referrals] + services
    return case, draw(st.sampled_from(targets)), draw(dates(case.opened_on, 800))


def packet_categories(case: Case, target: str, day: dt.date, asked: list[str] | None) -> set[str]:
    try:
        return set(referral_packet(case, target, as_of=day, categories=asked).categories)
    except ConsentError:
        return set()


ASKED = st.none() | st.lists(st.sampled_from([*INFORMATION_CATEGORIES, "school-reports"]))


@settings(max_examples=60)
@given(sharing_cases(), ASKED)
def test_packet_never_holds_category_without_active_consent(
    drawn: tuple[Case, str, dt.date], asked: list[str] | None
) -> None:
    """Every category in a packet is allowed by an active consent covering the recipient."""
    case, target, day = drawn
    try:
        packet = referral_packet(case, target, as_of=day, categories=asked)
    except ConsentError:
        return
    ref = next((r for r in case.referrals if r.id == target), None)
    parties = ref.to.party_ids if ref is not None else (target,)
    active = consents_covering(case.consents, parties, day)
    uncovered = [c for c in packet.categories if not any(k.allows_category(c) for k in active)]
    assert ([], set(packet.categories)) == (uncovered, set(packet.data))


@settings(max_examples=60)
@given(sharing_cases(), ASKED, st.data())
def test_withdrawing_consent_never_increases_sharing(
    drawn: tuple[Case, str, dt.date], asked: list[str] | None, data: st.DataObject
) -> None:
    """Seed 001: withdrawing any consent on any day never adds to what is shared."""
    case, target, day = drawn
    k = data.draw(st.integers(0, len(case.consents) - 1))
    consent = case.consents[k]
    on = data.draw(dates(consent.granted_on, 800))
    if consent.withdrawn_on is not None:
        on = min(on, consent.withdrawn_on)
    withdrawn = list(case.consents)
    withdrawn[k] = consent.withdraw(on)
    after = attrs.evolve(case, consents=tuple(withdrawn))
    before_set = packet_categories(case, target, day, asked)
    assert set() == packet_categories(after, target, day, asked) - before_set
