"""Contact and consent around the work on a case: ordinary contact, a client who
stops answering, and consent for each referral and advocacy."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from casemgmt.case import Case
from casemgmt.core._consent import Consent, ConsentPurpose
from casemgmt.monitoring import ContactAttempt, ContactChannel, ContactResult
from casemgmt.referrals import Advocacy
from casemgmt.testing.strategies._common import MANAGER, day_after

__all__ = ["ADVOCACY_TARGET", "consents_for", "ordinary_contact", "silence"]

_P = ConsentPurpose
ADVOCACY_TARGET = "housing-authority"
"""The decision maker generated advocacy addresses, named in its consent."""
_FAILED = st.sampled_from([r for r in ContactResult if r is not ContactResult.REACHED])


def ordinary_contact(draw: st.DrawFn, start: dt.date, end: dt.date) -> list[ContactAttempt]:
    """Ordinary contact between ``start`` and ``end``: mostly reached, some missed."""
    days = sorted(
        day_after(draw, start, 0, (end - start).days) for _ in range(draw(st.integers(0, 3)))
    )
    return [
        ContactAttempt(
            on=day,
            channel=draw(st.sampled_from([ContactChannel.PHONE, ContactChannel.SMS])),
            result=ContactResult.REACHED if draw(st.integers(0, 3)) else draw(_FAILED),
            by=MANAGER,
        )
        for day in days
    ]


def silence(draw: st.DrawFn, after: dt.date) -> list[ContactAttempt]:
    """A client who stopped answering: 3-5 failed attempts over 14-28 days, by more
    than one channel or by letter (seed 000: calls, texts, letters with reply cards)."""
    count = draw(st.integers(3, 5))
    first = day_after(draw, after, 1, 5)
    span = draw(st.integers(14, 28))
    middle = st.lists(st.integers(1, span - 1), min_size=count - 2, max_size=count - 2, unique=True)
    offsets = [0, *sorted(draw(middle)), span]
    channels = [
        draw(st.sampled_from([ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.EMAIL]))
        for _ in offsets
    ]
    channels[-1] = draw(st.sampled_from([ContactChannel.LETTER, ContactChannel.HOME_VISIT]))
    return [
        ContactAttempt(on=first + dt.timedelta(days=o), channel=c, result=draw(_FAILED), by=MANAGER)
        for o, c in zip(offsets, channels, strict=True)
    ]


def consents_for(
    draw: st.DrawFn, case: Case, consent: bool | None
) -> tuple[tuple[Consent, ...], tuple[Advocacy, ...]]:
    """Consent to share with each referral's service (granted the day it was made),
    and written permission for the advocacy; ``consent`` decides which are recorded
    (``None``: each drawn)."""
    found = list(case.consents)

    def given() -> bool:
        return draw(st.booleans()) if consent is None else consent

    found.extend(
        Consent(
            id=f"consent-{ref.id}",
            purposes=(_P.SHARE,),
            parties=(ref.to.id,),
            granted_on=ref.made_on,
            categories=ref.information_shared,
        )
        for ref in case.referrals
        if given()
    )
    advocacy = []
    for adv in case.advocacy:
        if not given():
            advocacy.append(adv)
            continue
        found.append(
            Consent(
                id=f"consent-{adv.id}",
                purposes=(_P.ADVOCATE,),
                parties=(ADVOCACY_TARGET,),
                granted_on=adv.started_on,
            )
        )
        advocacy.append(attrs.evolve(adv, consent_id=f"consent-{adv.id}"))
    return tuple(found), tuple(advocacy)
