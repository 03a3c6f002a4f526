"""Referral rules on consent: sharing, advocacy and transfer only with the client's permission."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._findings import ERROR, WARNING
from casemgmt.referrals._facts import case_consents_covering, standing
from casemgmt.referrals._records import (
    Advocacy,
)

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "advocacy_without_written_permission",
    "consent_withdrawn_on_open_referral",
    "referral_without_consent",
    "transfer_without_written_consent",
]

_TRANSFERRED = "transferred"
# ClosureReason.TRANSFERRED's value, compared by value so that this module
# never imports the closure package (which may import these rules).


def referral_without_consent(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seeds 001, 002: information goes only where the client consented, and only what they agreed.

    Judged on the day the referral was sent. A self-referral that shares no
    listed information is the client's own act and needs no consent.
    """
    now = standing(case, ctx.as_of)
    facts = zip(case.referrals, now.sent, now.covering_sent, strict=True)
    for i, (ref, sent, covering) in enumerate(facts):
        if sent is None or covering is None:
            continue
        shared = ref.information_shared
        if not covering:
            if ref.self_referral and not shared:
                continue  # the client's own act, sharing nothing listed
            yield Finding(
                "referral.no-consent",
                ERROR,
                f"referral {ref.id} shared information with {ref.to.id!r} on"
                f" {sent.isoformat()} but no consent to share with that service was active"
                " that day",
                f"$.referrals[{i}]",
                f"Record the client's consent (purpose 'share', naming {ref.to.id!r}) before"
                " sending, or cancel the referral.",
            )
            continue
        allowed = _allowed(covering) if shared else None
        if allowed is None or allowed.issuperset(shared):
            continue  # nothing listed shared, or every category allowed: no path built
        path = f"$.referrals[{i}]"
        for j, category in enumerate(shared):
            if category not in allowed:
                ids = ", ".join(c.id for c in covering)
                yield Finding(
                    "referral.shares-beyond-consent",
                    ERROR,
                    f"referral {ref.id} shared {category!r} information with {ref.to.id!r},"
                    f" which the active consent ({ids}) does not cover",
                    f"{path}.information_shared[{j}]",
                    "Share only the categories the client agreed to, or record their"
                    " consent for this one.",
                )


def _allowed(covering: tuple[Consent, ...]) -> set[str] | None:
    """The categories the consents allow between them; None when one lists none,
    which allows every category (``Consent.allows_category``)."""
    allowed: set[str] = set()
    for consent in covering:
        if not consent.categories:
            return None
        allowed.update(consent.categories)
    return allowed


def _ended_on(consent: Consent, day: dt.date) -> str | None:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return f"was withdrawn on {consent.withdrawn_on.isoformat()}"
    if consent.expires_on is not None and consent.expires_on < day:
        return f"expired on {consent.expires_on.isoformat()}"
    return None


def consent_withdrawn_on_open_referral(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Withdrawn consent stops future sharing; an open referral relying on it is flagged."""
    now = standing(case, ctx.as_of)
    facts = zip(case.referrals, now.covering_sent, now.covering_now, strict=True)
    for i, (ref, before, covering) in enumerate(facts):
        if covering is None or covering or not before:  # None: not sent, not covered, or closed
            continue
        ended = [(c.id, why) for c in before if (why := _ended_on(c, ctx.as_of)) is not None]
        detail = "; ".join(f"consent {cid} {why}" for cid, why in ended)
        yield Finding(
            "referral.consent-withdrawn",
            WARNING,
            f"referral {ref.id} to {ref.to.id!r} is still open but the consent that covered"
            f" it no longer does ({detail}); nothing more may be shared with that service",
            f"$.referrals[{i}]",
            "Tell the service consent was withdrawn, share nothing further, and cancel or"
            " re-consent the referral with the client.",
        )


def _permission_problem(
    consent: Consent, on: dt.date, target_id: str | None, purpose: ConsentPurpose
) -> str | None:
    if purpose not in consent.purposes:
        return f"consent {consent.id} does not cover the purpose {purpose.value!r}"
    if consent.form is not ConsentForm.WRITTEN:
        return f"consent {consent.id} is {consent.form.value}, not written"
    if not consent.is_active(on):
        why = _ended_on(consent, on) or f"is only granted from {consent.granted_on.isoformat()}"
        return f"consent {consent.id} {why}"
    if target_id is not None and not consent.names(target_id):
        return f"consent {consent.id} does not name {target_id!r}"
    return None


def _written_permission(
    case: Case,
    consent_id: str | None,
    on: dt.date,
    target: str | None,
    *,
    purpose: ConsentPurpose,
    none_active: str,
) -> str | None:
    """None when written permission for ``purpose`` stands on ``on`` (the named
    consent, or any when none is named); else why not (``none_active`` when no
    consent would do)."""
    if consent_id is not None:
        for consent in case.consents:
            if consent.id == consent_id:
                return _permission_problem(consent, on, target, purpose)
        return f"it names consent {consent_id}, which the case does not have"
    for consent in case.consents:
        if _permission_problem(consent, on, target, purpose) is None:
            return None
    return none_active


def _advocacy_permission(
    case: Case, consent_id: str | None, on: dt.date, target: str | None
) -> str | None:
    """None when written permission to advocate stands on ``on``; else why not."""
    return _written_permission(
        case,
        consent_id,
        on,
        target,
        purpose=ConsentPurpose.ADVOCATE,
        none_active="no written consent with purpose 'advocate' was active",
    )


_ASK = (
    "Get the client's written permission to advocate (a written consent with"
    " purpose 'advocate') and record its id on the advocacy."
)
_STOP = "Stop acting on the client's behalf until they give written permission again."


def _unpermitted(
    case: Case, adv: Advocacy, on: dt.date, *, did: str, path: str, hint: str
) -> Finding | None:
    """The finding for an advocacy step taken on ``on`` without written permission."""
    why = _advocacy_permission(case, adv.consent_id, on, adv.target_id)
    if why is None:
        return None
    return Finding(
        "advocacy.no-written-permission",
        ERROR,
        f"advocacy {adv.id} {did} on {on.isoformat()} without the client's written"
        f" permission: {why}",
        path,
        hint,
    )


def advocacy_without_written_permission(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 002: "Get the client's written permission to advocate with or for them."

    Judged when the advocacy started and again at each escalation.
    """
    for i, adv in enumerate(case.advocacy):
        if adv.started_on > ctx.as_of:
            continue
        path = f"$.advocacy[{i}]"
        found = _unpermitted(case, adv, adv.started_on, did="started", path=path, hint=_ASK)
        if found is not None:
            yield found  # once, at the start: its escalations share the one cause
            continue
        for j, esc in enumerate(adv.escalations):
            if esc.on <= ctx.as_of:
                where = f"{path}.escalations[{j}]"
                found = _unpermitted(case, adv, esc.on, did="was escalated", path=where, hint=_STOP)
                if found is not None:
                    yield found


def _transfer_problem(
    case: Case, consent_id: str | None, to: str | None, on: dt.date
) -> str | None:
    if to is None:
        # No consent can be judged against a provider nobody named.
        return "the closure does not name the receiving provider (transfer_to)"
    return _written_permission(
        case,
        consent_id,
        on,
        to,
        purpose=ConsentPurpose.TRANSFER,
        none_active=f"no written consent with purpose 'transfer' naming {to!r} was active",
    )


def transfer_without_written_consent(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 003: document written permission to transfer case information to the new provider.

    Checks the closure's transfer (``transfer_to``, ``transfer_consent_id``,
    or the reason ``transferred``) and every referral marked ``transfer``.
    """
    closure = case.closure
    if closure is not None and closure.closed_on <= ctx.as_of:
        is_transfer = closure.transfer_to is not None or closure.reason.value == _TRANSFERRED
        if is_transfer:
            why = _transfer_problem(
                case, closure.transfer_consent_id, closure.transfer_to, closure.closed_on
            )
            if why is not None:
                named = closure.transfer_to is not None and closure.transfer_consent_id
                field = "transfer_consent_id" if named else "transfer_to"
                yield Finding(
                    "transfer.no-written-consent",
                    ERROR,
                    f"the case was transferred on {closure.closed_on.isoformat()} without the"
                    f" client's written consent to transfer their information: {why}",
                    f"$.closure.{field}",
                    "Record the client's written consent to transfer (purpose 'transfer',"
                    " naming the new provider) and its id on the closure.",
                )
    for i, (ref, sent) in enumerate(
        zip(case.referrals, standing(case, ctx.as_of).sent, strict=True)
    ):
        if not ref.transfer or sent is None:
            continue
        covering = case_consents_covering(
            case, ref.to.party_ids, sent, purposes=(ConsentPurpose.TRANSFER,), written=True
        )
        if not covering:
            yield Finding(
                "transfer.no-written-consent",
                ERROR,
                f"referral {ref.id} transferred the case to {ref.to.id!r} on {sent.isoformat()}"
                " without the client's written consent to transfer naming that service",
                f"$.referrals[{i}]",
                "Record the client's written consent to transfer (purpose 'transfer', naming"
                " the service) before sending.",
            )
