"""Each referral's standing on a day, and the consents naming each party: once per case.

The referral rules all ask the same questions of every referral - when did
information leave, is it open on the day, which consents name its service -
and the consent questions scanned every consent for every referral. Here
they are answered once per case (and day) through ``per_case`` and shared by
every rule of one ``validate`` (issue 19: linear in referrals + consents,
not their product).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._ids import PartyId
from casemgmt.core._memo import per_case
from casemgmt.core._time import as_date
from casemgmt.referrals._records import ReferralStatus
from casemgmt.referrals._sharing import SHARING_PURPOSES

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["case_consents_covering", "covering_when_sent", "sent_by", "statuses_on"]


def _sent_dates(case: Case) -> tuple[dt.date | None, ...]:
    memo = per_case(case)
    found: tuple[dt.date | None, ...] | None = memo.get(_sent_dates)
    if found is None:
        found = memo[_sent_dates] = tuple(ref.sent_on for ref in case.referrals)
    return found


def sent_by(case: Case, day: dt.date) -> tuple[dt.date | None, ...]:
    """Per referral: the date information left the agency, if it had by ``day``."""
    memo = per_case(case)
    key = (sent_by, day)
    found: tuple[dt.date | None, ...] | None = memo.get(key)
    if found is None:
        found = memo[key] = tuple(
            sent if sent is not None and sent <= day else None for sent in _sent_dates(case)
        )
    return found


def statuses_on(case: Case, day: dt.date) -> tuple[ReferralStatus, ...]:
    """Per referral: its status as it stood on ``day`` (``Referral.status_on``)."""
    memo = per_case(case)
    key = (statuses_on, day)
    found: tuple[ReferralStatus, ...] | None = memo.get(key)
    if found is None:
        found = memo[key] = tuple(ref.status_on(day) for ref in case.referrals)
    return found


def _by_party(case: Case) -> dict[PartyId, list[int]]:
    """party id -> positions in ``case.consents`` of the consents naming it, in order."""
    memo = per_case(case)
    found: dict[PartyId, list[int]] | None = memo.get(_by_party)
    if found is None:
        found = {}
        for at, consent in enumerate(case.consents):
            for party in consent.parties:
                ats = found.get(party)
                if ats is None:
                    found[party] = [at]
                elif ats[-1] != at:
                    ats.append(at)
        memo[_by_party] = found
    return found


def case_consents_covering(
    case: Case,
    party_ids: Sequence[PartyId],
    on: dt.date,
    *,
    purposes: Sequence[ConsentPurpose] = SHARING_PURPOSES,
    written: bool = False,
) -> tuple[Consent, ...]:
    """``consents_covering(case.consents, party_ids, on, ...)`` through the case's party index.

    Answers are kept for the case: the consent rules ask about the same
    service on the same day (sent, or checked) several times.
    """
    memo = per_case(case)
    key = (case_consents_covering, tuple(party_ids), on, tuple(purposes), written)
    found: tuple[Consent, ...] | None = memo.get(key)
    if found is None:
        found = memo[key] = _covering(case, party_ids, on, frozenset(purposes), written=written)
    return found


def covering_when_sent(case: Case, day: dt.date) -> tuple[tuple[Consent, ...] | None, ...]:
    """Per referral: ``case_consents_covering(case, ref.to.party_ids, sent)`` on the day it
    was sent, or None when it had not been sent by ``day`` (``sent_by``)."""
    memo = per_case(case)
    key = (covering_when_sent, day)
    found: tuple[tuple[Consent, ...] | None, ...] | None = memo.get(key)
    if found is None:
        found = memo[key] = tuple(
            None if sent is None else case_consents_covering(case, ref.to.party_ids, sent)
            for ref, sent in zip(case.referrals, sent_by(case, day), strict=True)
        )
    return found


def _covering(
    case: Case,
    party_ids: Sequence[PartyId],
    on: dt.date,
    purposes: frozenset[ConsentPurpose],
    *,
    written: bool,
) -> tuple[Consent, ...]:
    index = _by_party(case)
    consents = case.consents
    if len(party_ids) == 1:
        ats: Sequence[int] = index.get(party_ids[0], ())
    else:
        ats = sorted({at for party in party_ids for at in index.get(party, ())})
    found: list[Consent] = []
    day = as_date(on)
    for at in ats:
        consent = consents[at]
        if (
            (not written or consent.form is _WRITTEN)
            and not purposes.isdisjoint(consent.purposes)
            # consent.is_active(day), inlined: asked for every referral and day
            and consent.granted_on <= day
            and (consent.withdrawn_on is None or day < consent.withdrawn_on)
            and (consent.expires_on is None or day <= consent.expires_on)
        ):
            found.append(consent)
    return tuple(found)


_WRITTEN = ConsentForm.WRITTEN
