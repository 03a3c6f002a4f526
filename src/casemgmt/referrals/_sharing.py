"""Consent-gated sharing: what may leave the agency, for whom, on which day.

Seed 002: "Discuss with your client how much information they are happy to
share with the other service"; seed 001: consent to collect, use, share and
store. A referral packet holds only the categories of information that the
client's active consents allow for the recipient on the day; with no such
consent, nothing is produced and ``ConsentError`` says which consent is
missing. Withdrawing a consent stops sharing from its withdrawal date on.

Messages name purposes, recipients, consents, categories and dates, never
the client's name, date of birth or contact details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from casemgmt.assessment._records import NeedDomain
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._ids import ConsentId, PartyId, ReferralId
from casemgmt.core._time import AsOf, as_date
from casemgmt.errors import ConsentError
from casemgmt.referrals._records import Referral

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "INFORMATION_CATEGORIES",
    "SHARING_PURPOSES",
    "ReferralPacket",
    "consents_covering",
    "referral_packet",
]

SHARING_PURPOSES: tuple[ConsentPurpose, ...] = (ConsentPurpose.SHARE, ConsentPurpose.TRANSFER)
"""A consent with either purpose lets information go to the parties it names
(a transfer moves the case information, so it includes sharing it)."""

_CLIENT_CATEGORIES = ("identity", "contact", "case-plan", "risk")
_ALIASES: dict[str, tuple[NeedDomain, ...]] = {
    "children": (NeedDomain.PARENTING, NeedDomain.FAMILY),
}

INFORMATION_CATEGORIES: tuple[str, ...] = (
    *_CLIENT_CATEGORIES,
    *(d.value for d in NeedDomain),
    *_ALIASES,
)
"""The categories a packet knows how to fill from a case.

``identity`` (name, date of birth, language), ``contact`` (phone, email,
address), ``case-plan`` (the goals the referral serves), ``risk`` (open
risks, kind and level only), every need domain's value (``housing``,
``health``, ``income``...: the needs in that domain) and ``children``
(parenting and family needs). A consent may name other categories too; a
packet lists them with empty data, since the case holds nothing under them.
"""


def consents_covering(
    consents: Iterable[Consent],
    party_ids: Sequence[PartyId],
    on: AsOf,
    *,
    purposes: Sequence[ConsentPurpose] = SHARING_PURPOSES,
    written: bool = False,
) -> tuple[Consent, ...]:
    """The consents active on ``on`` that allow a purpose for any of ``party_ids``.

    >>> c = Consent(id="k-1", purposes=(ConsentPurpose.SHARE,), parties=("svc-1",),
    ...             granted_on=dt.date(2024, 1, 1))
    >>> [k.id for k in consents_covering([c], ["svc-1"], dt.date(2024, 2, 1))]
    ['k-1']
    >>> consents_covering([c.withdraw(dt.date(2024, 1, 15))], ["svc-1"], dt.date(2024, 2, 1))
    ()
    """
    day = as_date(on)
    wanted = frozenset(party_ids)
    if isinstance(consents, tuple) and len(consents) > _INDEX_FROM:
        consents = _naming(consents, wanted)
    # Consent.covers(purpose, party, day) for every pair, with the date judged once.
    return tuple(
        consent
        for consent in consents
        if (not written or consent.form is ConsentForm.WRITTEN)
        and not wanted.isdisjoint(consent.parties)
        and any(p in consent.purposes for p in purposes)
        and consent.is_active(day)
    )


_INDEX_FROM = 8
"""Below this many consents a plain scan is as quick as an index."""

_last_index: tuple[tuple[Consent, ...], dict[PartyId, tuple[int, ...]]] | None = None
"""The party index of the last consents tuple seen: every referral rule of one
``validate`` asks about the same ``case.consents``, so it is built once per case
(issue 19: linear in referrals x consents, not their product)."""


def _naming(consents: tuple[Consent, ...], wanted: frozenset[PartyId]) -> list[Consent]:
    """The consents naming any of ``wanted``, in their recorded order, via the index."""
    global _last_index  # noqa: PLW0603 - a one-entry cache keyed by identity
    last = _last_index
    if last is not None and last[0] is consents:
        index = last[1]
    else:
        positions: dict[PartyId, list[int]] = {}
        for at, consent in enumerate(consents):
            for party in consent.parties:
                positions.setdefault(party, []).append(at)
        index = {party: tuple(ats) for party, ats in positions.items()}
        _last_index = (consents, index)
    hits = sorted({at for party in wanted for at in index.get(party, ())})
    return [consents[at] for at in hits]


def _freeze(data: Mapping[str, Mapping[str, object]]) -> Mapping[str, Mapping[str, object]]:
    return MappingProxyType({k: MappingProxyType(dict(v)) for k, v in data.items()})


@attrs.frozen(kw_only=True, repr=False)
class ReferralPacket:
    """What may be sent to one recipient on one day, and on what authority.

    ``categories`` are the categories allowed and included, in the order
    asked; ``withheld`` those asked for that no active consent allows;
    ``consent_ids`` the consents relied on; ``data`` one small mapping per
    allowed category, drawn from the case. ``repr`` shows no data, since the
    data is personal.
    """

    recipient: PartyId
    as_of: dt.date
    categories: tuple[str, ...]
    consent_ids: tuple[ConsentId, ...]
    withheld: tuple[str, ...] = ()
    referral_id: ReferralId | None = None
    data: Mapping[str, Mapping[str, object]] = attrs.field(
        factory=dict, converter=_freeze, hash=False
    )

    def __repr__(self) -> str:
        return (
            f"ReferralPacket(recipient={self.recipient!r}, as_of={self.as_of.isoformat()!r},"
            f" categories={self.categories!r}, consent_ids={self.consent_ids!r})"
        )

    __str__ = __repr__


def _resolve(case: Case, target: Referral | str) -> tuple[Referral | None, PartyId]:
    if isinstance(target, Referral):
        return target, target.to.id
    for referral in case.referrals:
        if referral.id == target:
            return referral, referral.to.id
    return None, target


def _domain_needs(case: Case, domains: Iterable[NeedDomain]) -> dict[str, object]:
    wanted = set(domains)
    return {
        "needs": [
            {
                "number": n.number,
                "domain": n.domain.value,
                "priority": n.priority.value,
                "description": n.description,
            }
            for n in case.assessment.needs
            if n.domain in wanted
        ]
    }


def _plan_data(case: Case, referral: Referral | None) -> dict[str, object]:
    if case.plan is None:
        return {"goals": []}
    goals = case.plan.goals
    if referral is not None:
        numbers = set(referral.need_numbers)
        goals = tuple(
            g for g in goals if g.id == referral.goal_id or numbers.intersection(g.need_numbers)
        )
    return {
        "goals": [
            {
                "id": g.id,
                "statement": g.statement,
                "need_numbers": list(g.need_numbers),
                "target_date": None if g.target_date is None else g.target_date.isoformat(),
            }
            for g in goals
        ]
    }


def _category_data(case: Case, category: str, referral: Referral | None) -> dict[str, object]:
    client = case.client
    if category == "identity":
        dob = client.date_of_birth
        return {
            "client_id": client.id,
            "name": client.name,
            "date_of_birth": None if dob is None else dob.isoformat(),
            "preferred_language": client.preferred_language,
            "interpreter_needed": client.interpreter_needed,
        }
    if category == "contact":
        return {
            "phone": client.contact.phone,
            "email": client.contact.email,
            "address": client.contact.address,
            "preferred_channel": client.contact.preferred_channel,
        }
    if category == "case-plan":
        return _plan_data(case, referral)
    if category == "risk":
        return {
            "risks": [
                {"kind": r.kind.value, "level": r.level.value}
                for r in case.assessment.risks
                if r.resolved_on is None
            ]
        }
    if category in _ALIASES:
        return _domain_needs(case, _ALIASES[category])
    for domain in NeedDomain:
        if domain.value == category:
            return _domain_needs(case, (domain,))
    return {}


def _missing_message(
    recipient: PartyId,
    party_ids: Sequence[PartyId],
    day: dt.date,
    purposes: Sequence[ConsentPurpose],
    consents: Iterable[Consent],
    *,
    written: bool,
    referral: Referral | None,
) -> str:
    wanted = " or ".join(repr(p.value) for p in purposes)
    form = "written " if written else ""
    names = " or ".join(repr(p) for p in party_ids)
    about = f" for referral {referral.id!r}" if referral is not None else ""
    msg = (
        f"no active {form}consent with purpose {wanted} covers {recipient!r}"
        f" on {day.isoformat()}{about}: record the client's consent naming {names}"
    )
    lapsed = [
        c
        for c in consents
        if any(p in c.purposes for p in purposes) and any(x in c.parties for x in party_ids)
    ]
    notes = []
    for c in lapsed:
        if c.withdrawn_on is not None and c.withdrawn_on <= day:
            notes.append(f"consent {c.id!r} was withdrawn on {c.withdrawn_on.isoformat()}")
        elif c.expires_on is not None and c.expires_on < day:
            notes.append(f"consent {c.id!r} expired on {c.expires_on.isoformat()}")
        elif c.granted_on > day:
            notes.append(f"consent {c.id!r} is only granted from {c.granted_on.isoformat()}")
        elif written and c.form is not ConsentForm.WRITTEN:
            notes.append(f"consent {c.id!r} is {c.form.value}, not written")
    if notes:
        msg += " (" + "; ".join(notes) + ")"
    return msg


def referral_packet(
    case: Case,
    referral_or_recipient: Referral | str,
    *,
    as_of: AsOf,
    categories: Iterable[str] | None = None,
) -> ReferralPacket:
    """What may be sent to a referral's service (or any recipient) on ``as_of``.

    ``referral_or_recipient`` is a referral of the case (or its id), or the
    party id of any recipient. ``categories`` are the categories wanted;
    by default the referral's ``information_shared``, or every category the
    consents allow. Categories no active consent allows are left out and
    listed in ``withheld``. A transfer referral needs written consent to
    transfer.

    Raises ``ConsentError`` naming the missing consent when no active
    consent covers the recipient, or when every category asked for is
    withheld.
    """
    day = as_date(as_of)
    referral, recipient = _resolve(case, referral_or_recipient)
    party_ids: Sequence[PartyId] = referral.to.party_ids if referral is not None else (recipient,)
    transfer = referral is not None and referral.transfer
    purposes = (ConsentPurpose.TRANSFER,) if transfer else SHARING_PURPOSES
    covering = consents_covering(case.consents, party_ids, day, purposes=purposes, written=transfer)
    if not covering:
        raise ConsentError(
            _missing_message(
                recipient,
                party_ids,
                day,
                purposes,
                case.consents,
                written=transfer,
                referral=referral,
            )
        )
    if categories is not None:
        requested = tuple(dict.fromkeys(categories))
    elif referral is not None and referral.information_shared:
        requested = tuple(dict.fromkeys(referral.information_shared))
    else:
        # Everything the covering consents allow: the known categories when one
        # of them is unlimited, plus every category any of them names.
        unlimited = INFORMATION_CATEGORIES if any(not c.categories for c in covering) else ()
        named = (cat for c in covering for cat in c.categories)
        requested = tuple(dict.fromkeys((*unlimited, *named)))
    allowed = tuple(cat for cat in requested if any(c.allows_category(cat) for c in covering))
    withheld = tuple(cat for cat in requested if cat not in allowed)
    if requested and not allowed:
        ids = ", ".join(repr(c.id) for c in covering)
        asked = ", ".join(repr(cat) for cat in withheld)
        msg = (
            f"consent {ids} covers {recipient!r} on {day.isoformat()} but not the categories"
            f" asked for ({asked}): record the client's consent to share them"
        )
        raise ConsentError(msg)
    relied = tuple(c.id for c in covering if any(c.allows_category(cat) for cat in allowed))
    return ReferralPacket(
        recipient=recipient,
        as_of=day,
        categories=allowed,
        consent_ids=relied if allowed else tuple(c.id for c in covering),
        withheld=withheld,
        referral_id=None if referral is None else referral.id,
        data={cat: _category_data(case, cat, referral) for cat in allowed},
    )
