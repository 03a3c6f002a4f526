"""The default referral, advocacy, consent and transfer rules over a whole case.

Each rule is a plain ``rule(case, ctx) -> Iterable[Finding]``; the ones with
parameters are factories (``over_resourced(limit=3)``). Messages and paths
name ids, categories and dates only, never the client's personal details.
Seeds: 000 (referral as purposeful activity, necessary and appropriate), 001
(referral in, screening, consent to share), 002 (check capacity and
location, consent for what is shared, follow up, balance resourcing,
advocacy with written permission), 003 (written permission to transfer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding, Rule, RuleSet, Severity
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._text import has_text
from casemgmt.referrals._facts import case_consents_covering, sent_by, statuses_on
from casemgmt.referrals._records import (
    ALLOWED_MOVES,
    Advocacy,
    ReferralStatus,
    ScreeningDecision,
)

if TYPE_CHECKING:
    from casemgmt.case import Case

_DRAFT = ReferralStatus.DRAFT

__all__ = [
    "REFERRAL_RULES",
    "advocacy_without_written_permission",
    "consent_withdrawn_on_open_referral",
    "duplicate_referral",
    "follow_up_overdue",
    "inbound_screening",
    "over_resourced",
    "referral_checks_not_done",
    "referral_history_legal",
    "referral_links",
    "referral_without_consent",
    "transfer_without_written_consent",
]

_ERR, _WARN = Severity.ERROR, Severity.WARNING
_TRANSFERRED = "transferred"
# ClosureReason.TRANSFERRED's value, compared by value so that this module
# never imports the closure package (which may import these rules).


def referral_links(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 000: a referral is purposeful; it serves assessed needs or a plan goal."""
    numbers = {n.number for n in case.assessment.needs}
    goal_ids = {g.id for plan in (case.plan, *case.plan_history) if plan for g in plan.goals}
    for i, ref in enumerate(case.referrals):
        path = f"$.referrals[{i}]"
        if not ref.need_numbers and ref.goal_id is None:
            yield Finding(
                "referral.no-purpose",
                _ERR,
                f"referral {ref.id} names no need and no goal; every referral must serve an"
                " identified need (ACMA process: necessary and appropriate services only)",
                path,
                "Add the need numbers or the plan goal this referral serves.",
            )
        for j, number in enumerate(ref.need_numbers):
            if number not in numbers:
                yield Finding(
                    "referral.unknown-need",
                    _ERR,
                    f"referral {ref.id} cites need {number}, which the assessment does not have",
                    f"{path}.need_numbers[{j}]",
                    "Cite a numbered need from the assessment, or add the need there first.",
                )
        if ref.goal_id is not None and ref.goal_id not in goal_ids:
            yield Finding(
                "referral.unknown-goal",
                _ERR,
                f"referral {ref.id} serves goal {ref.goal_id!r}, which no plan has",
                f"{path}.goal_id",
                "Point the referral at a goal of the plan.",
            )


def referral_history_legal(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """A stored status history follows the lifecycle, in date order."""
    for i, ref in enumerate(case.referrals):
        previous = _DRAFT
        last_on: dt.date | None = None
        for j, change in enumerate(ref.history):
            path = f"$.referrals[{i}].history[{j}]"
            if change.status not in ALLOWED_MOVES[previous]:
                yield Finding(
                    "referral.illegal-history",
                    _ERR,
                    f"referral {ref.id} records a move from {previous.value!r} to"
                    f" {change.status.value!r}, which the referral lifecycle does not allow",
                    path,
                    "Record the missing steps, or correct the status with a new dated entry.",
                )
            elif last_on is not None and change.on < last_on:
                yield Finding(
                    "referral.illegal-history",
                    _ERR,
                    f"referral {ref.id} records a status change dated before the one above it",
                    f"{path}.on",
                    "History is appended in date order; correct the date.",
                )
            previous, last_on = change.status, change.on


def referral_without_consent(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seeds 001, 002: information goes only where the client consented, and only what they agreed.

    Judged on the day the referral was sent. A self-referral that shares no
    listed information is the client's own act and needs no consent.
    """
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        if sent is None or (ref.self_referral and not ref.information_shared):
            continue
        path = f"$.referrals[{i}]"
        covering = case_consents_covering(case, ref.to.party_ids, sent)
        if not covering:
            yield Finding(
                "referral.no-consent",
                _ERR,
                f"referral {ref.id} shared information with {ref.to.id!r} on"
                f" {sent.isoformat()} but no consent to share with that service was active"
                " that day",
                path,
                f"Record the client's consent (purpose 'share', naming {ref.to.id!r}) before"
                " sending, or cancel the referral.",
            )
            continue
        if any(not c.categories for c in covering):
            continue  # a consent without categories allows every one (Consent.allows_category)
        allowed = {category for c in covering for category in c.categories}
        for j, category in enumerate(ref.information_shared):
            if category not in allowed:
                ids = ", ".join(c.id for c in covering)
                yield Finding(
                    "referral.shares-beyond-consent",
                    _ERR,
                    f"referral {ref.id} shared {category!r} information with {ref.to.id!r},"
                    f" which the active consent ({ids}) does not cover",
                    f"{path}.information_shared[{j}]",
                    "Share only the categories the client agreed to, or record their"
                    " consent for this one.",
                )


def _ended_on(consent: Consent, day: dt.date) -> str | None:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return f"was withdrawn on {consent.withdrawn_on.isoformat()}"
    if consent.expires_on is not None and consent.expires_on < day:
        return f"expired on {consent.expires_on.isoformat()}"
    return None


def consent_withdrawn_on_open_referral(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Withdrawn consent stops future sharing; an open referral relying on it is flagged."""
    day = ctx.as_of
    facts = zip(case.referrals, sent_by(case, day), statuses_on(case, day), strict=True)
    for i, (ref, sent, status) in enumerate(facts):
        if sent is None or not status.is_open:
            continue
        party_ids = ref.to.party_ids
        before = case_consents_covering(case, party_ids, sent)
        if not before or case_consents_covering(case, party_ids, day):
            continue
        ended = [(c.id, why) for c in before if (why := _ended_on(c, ctx.as_of)) is not None]
        detail = "; ".join(f"consent {cid} {why}" for cid, why in ended)
        yield Finding(
            "referral.consent-withdrawn",
            _WARN,
            f"referral {ref.id} to {ref.to.id!r} is still open but the consent that covered"
            f" it no longer does ({detail}); nothing more may be shared with that service",
            f"$.referrals[{i}]",
            "Tell the service consent was withdrawn, share nothing further, and cancel or"
            " re-consent the referral with the client.",
        )


def follow_up_overdue(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 002: follow up to make sure the service has been provided as agreed.

    Overdue when the follow-up date has passed, the referral was sent and is
    still open, and nobody has confirmed the service was given (an explicit
    confirmation, or the client attending or completing it).
    """
    day = ctx.as_of
    facts = zip(case.referrals, sent_by(case, day), statuses_on(case, day), strict=True)
    for i, (ref, sent, status) in enumerate(facts):
        due = ref.follow_up_on
        if due is None or day <= due or sent is None or not status.is_open:
            continue
        confirmed = ref.confirmed_on()
        if confirmed is not None and confirmed <= ctx.as_of:
            continue
        days = (ctx.as_of - due).days
        yield Finding(
            "referral.follow-up-overdue",
            _WARN,
            f"referral {ref.id} to {ref.to.id!r} was due for follow-up on {due.isoformat()}"
            f" ({days} day{'s' if days != 1 else ''} ago) and nobody has confirmed the service"
            " was given",
            f"$.referrals[{i}].follow_up_on",
            "Check with the service and the client, then record the confirmation or the"
            " new status.",
        )


def referral_checks_not_done(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 002: before referring, check the service can see the client and the location suits.

    Also: a sent referral with no follow-up date can never be followed up.
    """
    day = ctx.as_of
    facts = zip(case.referrals, sent_by(case, day), statuses_on(case, day), strict=True)
    for i, (ref, sent, status) in enumerate(facts):
        if sent is None or ref.self_referral:
            continue
        missing = [
            what
            for what, done in (
                ("capacity", ref.capacity_checked),
                ("location", ref.location_checked),
            )
            if not done
        ]
        if missing:
            yield Finding(
                "referral.not-checked",
                _WARN,
                f"referral {ref.id} was sent without checking the service's"
                f" {' and '.join(missing)} (can it see the client, and does the location suit?)",
                f"$.referrals[{i}]",
                "Confirm the service has openings and its location suits the client, and"
                " record it.",
            )
        if ref.follow_up_on is None and status.is_open:
            yield Finding(
                "referral.no-follow-up-date",
                _WARN,
                f"referral {ref.id} was sent with no follow-up date, so nobody is due to"
                " confirm the service was given",
                f"$.referrals[{i}].follow_up_on",
                "Set a date to check with the service and the client.",
            )


def duplicate_referral(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 002: reduce duplication; do not refer to a service already engaged for the need."""
    statuses = statuses_on(case, ctx.as_of)
    # Earlier open, non-draft referrals by service: only those can be duplicated.
    engaged: dict[str, list[int]] = {}
    for i, ref in enumerate(case.referrals):
        status = statuses[i]
        if not status.is_open:
            continue
        for k in engaged.get(ref.to.id, ()):
            earlier = case.referrals[k]
            shared = sorted(set(earlier.need_numbers) & set(ref.need_numbers))
            same_goal = ref.goal_id is not None and ref.goal_id == earlier.goal_id
            if shared or same_goal:
                what = f"need {', '.join(map(str, shared))}" if shared else f"goal {ref.goal_id}"
                yield Finding(
                    "referral.duplicate",
                    _WARN,
                    f"referral {ref.id} goes to {ref.to.id!r}, already engaged for {what}"
                    f" through referral {earlier.id} ($.referrals[{k}])",
                    f"$.referrals[{i}]",
                    "Follow up the existing referral instead, or cancel one of them.",
                )
                break
        if status is not _DRAFT:
            engaged.setdefault(ref.to.id, []).append(i)


def over_resourced(limit: int = 3) -> Rule[Case, CheckContext]:
    """Seed 002: too many services for one need overwhelm the client (more than ``limit``)."""

    def rule(case: Case, ctx: CheckContext) -> Iterator[Finding]:
        # Services engaged per need number, from one pass over the open referrals.
        services_for: dict[int, set[str]] = {}
        for ref, status in zip(case.referrals, statuses_on(case, ctx.as_of), strict=True):
            if status.is_open:
                for number in ref.need_numbers:
                    services_for.setdefault(number, set()).add(ref.to.id)
        for k, need in enumerate(case.assessment.needs):
            services = services_for.get(need.number, ())
            if len(services) > limit:
                yield Finding(
                    "referral.over-resourced",
                    _WARN,
                    f"need {need.number} has {len(services)} services engaged (more than"
                    f" {limit}); too many services can overwhelm the client or build dependence",
                    f"$.assessment.needs[{k}]",
                    "Agree with the client which services matter most and close the rest.",
                )

    return rule


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
        _ERR,
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
                    _ERR,
                    f"the case was transferred on {closure.closed_on.isoformat()} without the"
                    f" client's written consent to transfer their information: {why}",
                    f"$.closure.{field}",
                    "Record the client's written consent to transfer (purpose 'transfer',"
                    " naming the new provider) and its id on the closure.",
                )
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        if not ref.transfer or sent is None:
            continue
        covering = case_consents_covering(
            case, ref.to.party_ids, sent, purposes=(ConsentPurpose.TRANSFER,), written=True
        )
        if not covering:
            yield Finding(
                "transfer.no-written-consent",
                _ERR,
                f"referral {ref.id} transferred the case to {ref.to.id!r} on {sent.isoformat()}"
                " without the client's written consent to transfer naming that service",
                f"$.referrals[{i}]",
                "Record the client's written consent to transfer (purpose 'transfer', naming"
                " the service) before sending.",
            )


def inbound_screening(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 001: when not accepted, a clear explanation and every effort to refer on."""
    inbound = case.referral_in
    if inbound is None or inbound.decision is not ScreeningDecision.NOT_ACCEPTED:
        return
    if not has_text(inbound.explanation):
        yield Finding(
            "referral-in.no-explanation",
            _ERR,
            "the referral in was not accepted but no explanation is recorded",
            "$.referral_in.explanation",
            "Record the clear explanation given to the person (Mission Australia).",
        )
    if not has_text(inbound.referred_on_to):
        yield Finding(
            "referral-in.not-referred-on",
            _WARN,
            "the referral in was not accepted and no referral on to another service is recorded",
            "$.referral_in.referred_on_to",
            "Record the alternative service the person was referred on to, or why none"
            " could be found.",
        )


REFERRAL_RULES: RuleSet[Case, CheckContext] = RuleSet.from_table(
    (
        ("referral.links", "referral-links", referral_links),
        ("referral.illegal-history", "referral-history", referral_history_legal),
        ("referral.no-consent", "referral-consent", referral_without_consent),
        (
            "referral.consent-withdrawn",
            "referral-consent-withdrawn",
            consent_withdrawn_on_open_referral,
        ),
        ("referral.follow-up-overdue", "referral-follow-up", follow_up_overdue),
        ("referral.not-checked", "referral-checks", referral_checks_not_done),
        ("referral.duplicate", "referral-duplicate", duplicate_referral),
        ("referral.over-resourced", "referral-over-resourced", over_resourced()),
        (
            "advocacy.no-written-permission",
            "advocacy-permission",
            advocacy_without_written_permission,
        ),
        ("transfer.no-written-consent", "transfer-consent", transfer_without_written_consent),
        ("referral-in.screening", "referral-in-screening", inbound_screening),
    )
)
"""Referral, advocacy, consent and transfer rules; ``casemgmt.validate`` runs them."""
