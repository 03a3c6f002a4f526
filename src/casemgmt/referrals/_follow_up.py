"""Referral rules on a referral's course: purpose, history, checks, follow-up, screening in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from casemgmt.core import CheckContext, Finding, Rule
from casemgmt.core._findings import ERROR, WARNING, known_finding
from casemgmt.core._text import has_text
from casemgmt.core._time import iso_day
from casemgmt.referrals._facts import standing
from casemgmt.referrals._records import (
    ALLOWED_MOVES,
    ReferralStatus,
    ScreeningDecision,
)

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "duplicate_referral",
    "follow_up_overdue",
    "inbound_screening",
    "over_resourced",
    "referral_checks_not_done",
    "referral_history_legal",
    "referral_links",
]

_DRAFT = ReferralStatus.DRAFT


def referral_links(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 000: a referral is purposeful; it serves assessed needs or a plan goal."""
    numbers = {n.number for n in case.assessment.needs}
    goal_ids = {g.id for plan in (case.plan, *case.plan_history) if plan for g in plan.goals}
    for i, ref in enumerate(case.referrals):
        if (
            ref.need_numbers
            and numbers.issuperset(ref.need_numbers)
            and (ref.goal_id is None or ref.goal_id in goal_ids)
        ):
            continue  # the usual case: no path built (issue 19)
        path = f"$.referrals[{i}]"
        if not ref.need_numbers and ref.goal_id is None:
            yield Finding(
                "referral.no-purpose",
                ERROR,
                f"referral {ref.id} names no need and no goal; every referral must serve an"
                " identified need (ACMA process: necessary and appropriate services only)",
                path,
                "Add the need numbers or the plan goal this referral serves.",
            )
        for j, number in enumerate(ref.need_numbers):
            if number not in numbers:
                yield Finding(
                    "referral.unknown-need",
                    ERROR,
                    f"referral {ref.id} cites need {number}, which the assessment does not have",
                    f"{path}.need_numbers[{j}]",
                    "Cite a numbered need from the assessment, or add the need there first.",
                )
        if ref.goal_id is not None and ref.goal_id not in goal_ids:
            yield Finding(
                "referral.unknown-goal",
                ERROR,
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
            if change.status not in ALLOWED_MOVES[previous]:
                yield Finding(
                    "referral.illegal-history",
                    ERROR,
                    f"referral {ref.id} records a move from {previous.value!r} to"
                    f" {change.status.value!r}, which the referral lifecycle does not allow",
                    f"$.referrals[{i}].history[{j}]",
                    "Record the missing steps, or correct the status with a new dated entry.",
                )
            elif last_on is not None and change.on < last_on:
                yield Finding(
                    "referral.illegal-history",
                    ERROR,
                    f"referral {ref.id} records a status change dated before the one above it",
                    f"$.referrals[{i}].history[{j}].on",
                    "History is appended in date order; correct the date.",
                )
            previous, last_on = change.status, change.on


def follow_up_overdue(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 002: follow up to make sure the service has been provided as agreed.

    Overdue when the follow-up date has passed, the referral was sent and is
    still open, and nobody has confirmed the service was given (an explicit
    confirmation, or the client attending or completing it).
    """
    day = ctx.as_of
    now = standing(case, day)
    for i, (ref, sent, status) in enumerate(zip(case.referrals, now.sent, now.status, strict=True)):
        due = ref.follow_up_on
        if due is None or day <= due or sent is None or not status.is_open:
            continue
        confirmed = ref.confirmed_on()
        if confirmed is not None and confirmed <= ctx.as_of:
            continue
        days = (ctx.as_of - due).days
        yield known_finding(
            "referral.follow-up-overdue",
            WARNING,
            f"referral {ref.id} to {ref.to.id!r} was due for follow-up on {iso_day(due)}"
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
    now = standing(case, ctx.as_of)
    for i, (ref, sent, status) in enumerate(zip(case.referrals, now.sent, now.status, strict=True)):
        if sent is None or ref.self_referral:
            continue
        if not (ref.capacity_checked and ref.location_checked):
            # spelled out, not joined from a list: most referrals were checked (issue 19)
            if not ref.capacity_checked:
                missing = "capacity and location" if not ref.location_checked else "capacity"
            else:
                missing = "location"
            yield known_finding(
                "referral.not-checked",
                WARNING,
                f"referral {ref.id} was sent without checking the service's"
                f" {missing} (can it see the client, and does the location suit?)",
                f"$.referrals[{i}]",
                "Confirm the service has openings and its location suits the client, and"
                " record it.",
            )
        if ref.follow_up_on is None and status.is_open:
            yield known_finding(
                "referral.no-follow-up-date",
                WARNING,
                f"referral {ref.id} was sent with no follow-up date, so nobody is due to"
                " confirm the service was given",
                f"$.referrals[{i}].follow_up_on",
                "Set a date to check with the service and the client.",
            )


def duplicate_referral(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 002: reduce duplication; do not refer to a service already engaged for the need."""
    statuses = standing(case, ctx.as_of).status
    services = [ref.to.id for ref in case.referrals]
    if len(set(services)) == len(services):
        return  # the usual case: no service twice, so no earlier referral to match
    yield from _duplicates(case, statuses)


def _duplicates(case: Case, statuses: Sequence[ReferralStatus]) -> Iterator[Finding]:
    """``duplicate_referral``'s walk, without its screen (a property compares the two)."""
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
                    WARNING,
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
        statuses = standing(case, ctx.as_of).status
        if len(statuses) <= limit or sum(status.is_open for status in statuses) <= limit:
            return  # no need can have more services than there are open referrals
        # Services engaged per need number, from one pass over the open referrals.
        services_for: dict[int, set[str]] = {}
        for ref, status in zip(case.referrals, statuses, strict=True):
            if status.is_open:
                for number in ref.need_numbers:
                    services_for.setdefault(number, set()).add(ref.to.id)
        for k, need in enumerate(case.assessment.needs):
            services = services_for.get(need.number, ())
            if len(services) > limit:
                yield Finding(
                    "referral.over-resourced",
                    WARNING,
                    f"need {need.number} has {len(services)} services engaged (more than"
                    f" {limit}); too many services can overwhelm the client or build dependence",
                    f"$.assessment.needs[{k}]",
                    "Agree with the client which services matter most and close the rest.",
                )

    return rule


def inbound_screening(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """Seed 001: when not accepted, a clear explanation and every effort to refer on."""
    inbound = case.referral_in
    if inbound is None or inbound.decision is not ScreeningDecision.NOT_ACCEPTED:
        return
    if not has_text(inbound.explanation):
        yield Finding(
            "referral-in.no-explanation",
            ERROR,
            "the referral in was not accepted but no explanation is recorded",
            "$.referral_in.explanation",
            "Record the clear explanation given to the person (Mission Australia).",
        )
    if not has_text(inbound.referred_on_to):
        yield Finding(
            "referral-in.not-referred-on",
            WARNING,
            "the referral in was not accepted and no referral on to another service is recorded",
            "$.referral_in.referred_on_to",
            "Record the alternative service the person was referred on to, or why none"
            " could be found.",
        )
