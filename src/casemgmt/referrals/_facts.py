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

__all__ = [
    "Standing",
    "case_consents_covering",
    "covering_when_sent",
    "sent_by",
    "standing",
    "statuses_on",
]


class Standing:
    """Each referral's standing on one day, in ``case.referrals`` order, worked out
    in one pass per case and day (``standing``).

    ``sent``: the date information left the agency, if it had by the day.
    ``status``: the referral's status as it stood on the day.
    ``covering_sent``: the consents covering its service on the day it was sent
    (``case_consents_covering``), None when not sent by the day.
    ``covering_now``: for a referral sent, covered when sent and open on the day,
    the consents covering its service on the day itself; None for the others.
    """

    __slots__ = ("covering_now", "covering_sent", "sent", "status")

    def __init__(
        self,
        sent: tuple[dt.date | None, ...],
        status: tuple[ReferralStatus, ...],
        covering_sent: tuple[tuple[Consent, ...] | None, ...],
        covering_now: tuple[tuple[Consent, ...] | None, ...],
    ) -> None:
        self.sent = sent
        self.status = status
        self.covering_sent = covering_sent
        self.covering_now = covering_now


def standing(case: Case, day: dt.date) -> Standing:
    """Every referral's ``Standing`` on ``day``, kept for the case.

    One pass, not one per question: the referral rules all ask these of every
    referral, and asking each through its own cached look-up cost more than
    the answers (issue 19). The consents covering a service on a day are
    worked out once per (service, day) here.
    """
    memo = per_case(case)
    key = (standing, day)
    found: Standing | None = memo.get(key)
    if found is not None:
        return found
    index = _by_party(case)
    consents = case.consents
    asked: dict[tuple[tuple[PartyId, ...], dt.date], tuple[Consent, ...]] = {}
    sent: list[dt.date | None] = []
    status: list[ReferralStatus] = []
    covering_sent: list[tuple[Consent, ...] | None] = []
    covering_now: list[tuple[Consent, ...] | None] = []
    for ref in case.referrals:
        on = ref.sent_on
        now = ref.status_on(day)
        sent.append(on if on is not None and on <= day else None)
        status.append(now)
        if on is None or on > day:
            covering_sent.append(None)
            covering_now.append(None)
            continue
        parties = ref.to.party_ids
        when_sent = asked.get((parties, on))
        if when_sent is None:
            when_sent = asked[parties, on] = _covering(
                index, consents, parties, on, _SHARING, written=False
            )
        covering_sent.append(when_sent)
        if not when_sent or not now.is_open:
            covering_now.append(None)
            continue
        on_day = asked.get((parties, day))
        if on_day is None:
            on_day = asked[parties, day] = _covering(
                index, consents, parties, day, _SHARING, written=False
            )
        covering_now.append(on_day)
    found = memo[key] = Standing(
        tuple(sent), tuple(status), tuple(covering_sent), tuple(covering_now)
    )
    return found


def sent_by(case: Case, day: dt.date) -> tuple[dt.date | None, ...]:
    """Per referral: the date information left the agency, if it had by ``day``."""
    return standing(case, day).sent


def statuses_on(case: Case, day: dt.date) -> tuple[ReferralStatus, ...]:
    """Per referral: its status as it stood on ``day`` (``Referral.status_on``)."""
    return standing(case, day).status


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
        found = memo[key] = _covering(
            _by_party(case),
            case.consents,
            party_ids,
            as_date(on),
            frozenset(purposes),
            written=written,
        )
    return found


def covering_when_sent(case: Case, day: dt.date) -> tuple[tuple[Consent, ...] | None, ...]:
    """Per referral: ``case_consents_covering(case, ref.to.party_ids, sent)`` on the day it
    was sent, or None when it had not been sent by ``day`` (``sent_by``)."""
    return standing(case, day).covering_sent


def _covering(
    index: dict[PartyId, list[int]],
    consents: tuple[Consent, ...],
    party_ids: Sequence[PartyId],
    day: dt.date,
    purposes: frozenset[ConsentPurpose],
    *,
    written: bool,
) -> tuple[Consent, ...]:
    """The consents of ``consents`` covering any of ``party_ids`` on ``day`` (a date)
    for one of ``purposes``, found through the party ``index`` (``_by_party``)."""
    if len(party_ids) == 1:
        ats: Sequence[int] = index.get(party_ids[0], ())
    else:
        ats = sorted({at for party in party_ids for at in index.get(party, ())})
    found: list[Consent] = []
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
_SHARING = frozenset(SHARING_PURPOSES)
