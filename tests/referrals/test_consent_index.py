"""The consent index gives exactly what a plain scan of every consent gives (issue 19)."""

from __future__ import annotations

import datetime as dt

import hypothesis.strategies as st
from hypothesis import given

from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.referrals import consents_covering

PARTIES = ["svc-1", "svc-2", "svc-3", "org-1", "org-2"]
DAY = dt.date(2024, 6, 1)


@st.composite
def consent_lists(draw: st.DrawFn) -> tuple[Consent, ...]:
    n = draw(st.integers(0, 14))
    out = []
    for i in range(n):
        granted = DAY + dt.timedelta(days=draw(st.integers(-60, 30)))
        withdrawn = draw(st.none() | st.integers(0, 90))
        out.append(
            Consent(
                id=f"k-{i}",
                purposes=tuple(draw(st.sets(st.sampled_from(list(ConsentPurpose)), min_size=1))),
                parties=tuple(draw(st.lists(st.sampled_from(PARTIES), max_size=3, unique=True))),
                form=draw(st.sampled_from(list(ConsentForm))),
                granted_on=granted,
                withdrawn_on=None if withdrawn is None else granted + dt.timedelta(days=withdrawn),
            )
        )
    return tuple(out)


def _scan(
    consents: tuple[Consent, ...],
    wanted: list[str],
    purposes: tuple[ConsentPurpose, ...],
    written: bool,
) -> tuple[Consent, ...]:
    return tuple(
        c
        for c in consents
        if (not written or c.form is ConsentForm.WRITTEN)
        and set(wanted) & set(c.parties)
        and set(purposes) & set(c.purposes)
        and c.is_active(DAY)
    )


@given(
    consent_lists(),
    consent_lists(),
    st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3),
    st.sets(st.sampled_from(list(ConsentPurpose)), min_size=1).map(tuple),
    st.booleans(),
)
def test_indexed_consents_match_a_plain_scan(
    first: tuple[Consent, ...],
    second: tuple[Consent, ...],
    wanted: list[str],
    purposes: tuple[ConsentPurpose, ...],
    written: bool,
) -> None:
    """Same consents, same order, whichever tuple the one-entry index last saw."""
    for consents in (first, second, first):
        expected = _scan(consents, wanted, purposes, written)
        assert expected == consents_covering(
            consents, wanted, DAY, purposes=purposes, written=written
        )
        assert expected == consents_covering(
            list(consents), wanted, DAY, purposes=purposes, written=written
        )
