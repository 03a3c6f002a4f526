"""Straightforward versions of the rules issue 19 made fast, kept to check them against.

Each is the plain reading of its rule: scan everything, build every path,
look nothing up twice-removed. ``test_rules_reference.py`` asserts that the
library's indexed, lazily-formatted rules report exactly what these do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from casemgmt.case import Case
from casemgmt.closure._agreement import STAKEHOLDER_ROLES
from casemgmt.core import CheckContext, Finding, Severity
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._time import Timeframe, shift
from casemgmt.monitoring._gas import direction
from casemgmt.monitoring._records import Achievement, GoalProgress, Review
from casemgmt.monitoring._signals import live_plan
from casemgmt.referrals._records import ReferralStatus

ERR, WARN = Severity.ERROR, Severity.WARNING


# --- goal.stalled and goal.outperformed


def scores(case: Case, goal_id: str, as_of: dt.date) -> list[tuple[int, int, Review, GoalProgress]]:
    """Every score of the goal in reviews up to ``as_of``, by date then position."""
    reviews = sorted(enumerate(case.reviews), key=lambda pair: (pair[1].held_on, pair[0]))
    return [
        (i, j, review, progress)
        for i, review in reviews
        if review.held_on <= as_of
        for j, progress in enumerate(review.progress)
        if progress.goal_id == goal_id
    ]


def answered_since(case: Case, goal_id: str, day: dt.date) -> bool:
    return any(r.revised_on >= day and r.diff.touches_goal(goal_id) for r in case.revisions)


def goal_stalled(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    plan = live_plan(case)
    if plan is None:
        return
    for index, goal in enumerate(plan.goals):
        if not goal.status.is_open:
            continue
        last = scores(case, goal.id, ctx.as_of)[-2:]
        if len(last) < 2 or any(direction(p.achievement) >= 0 for *_, p in last):
            continue
        if answered_since(case, goal.id, last[-1][2].held_on):
            continue
        yield Finding(
            "goal.stalled",
            WARN,
            f"goal {goal.id} shows no progress at its last 2 reviews"
            f" (since {last[0][2].held_on.isoformat()})",
            f"$.plan.goals[{index}]",
            "explore the barriers with the client and revise the strategies, timeframes"
            " or supports (QCOSS guide)",
        )


def goal_outperformed(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    plan = live_plan(case)
    if plan is None:
        return
    for goal in plan.goals:
        history = scores(case, goal.id, ctx.as_of)
        if not history:
            continue
        r_index, p_index, review, progress = history[-1]
        ahead = progress.gas_level is not None and progress.gas_level >= 2
        if not ahead and goal.target_date is not None:
            start = goal.agreed_on or plan.created_on
            achieved = goal.achieved_on or next(
                (r.held_on for _, _, r, p in history if p.achievement is Achievement.ACHIEVED),
                None,
            )
            if achieved is not None and start < goal.target_date:
                ahead = (achieved - start) < (goal.target_date - start) * 0.5
        if ahead and not answered_since(case, goal.id, review.held_on):
            yield Finding(
                "goal.outperformed",
                Severity.INFO,
                f"goal {goal.id} is going better than planned; the plan may have been too"
                " modest (QCOSS guide)",
                f"$.reviews[{r_index}].progress[{p_index}]",
                "celebrate it with the client and consider a more ambitious next step",
            )


def window_start(as_of: dt.date, within: str) -> dt.date:
    """``case.disengaged``'s window, worked out afresh (the rule caches it)."""
    return shift(as_of, -Timeframe(within).delta)


# --- referrals


def covering(
    case: Case,
    party_ids: tuple[str, ...],
    day: dt.date,
    purposes: tuple[ConsentPurpose, ...] = (ConsentPurpose.SHARE, ConsentPurpose.TRANSFER),
    written: bool = False,
) -> list[Consent]:
    """Every consent of the case active on ``day`` for a purpose and any of the parties."""
    return [
        c
        for c in case.consents
        if (not written or c.form is ConsentForm.WRITTEN)
        and set(party_ids) & set(c.parties)
        and set(purposes) & set(c.purposes)
        and c.is_active(day)
    ]


def sent_by(case: Case, day: dt.date) -> list[dt.date | None]:
    return [
        r.sent_on if r.sent_on is not None and r.sent_on <= day else None for r in case.referrals
    ]


def referral_without_consent(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        if sent is None or (ref.self_referral and not ref.information_shared):
            continue
        found = covering(case, ref.to.party_ids, sent)
        if not found:
            yield Finding(
                "referral.no-consent",
                ERR,
                f"referral {ref.id} shared information with {ref.to.id!r} on"
                f" {sent.isoformat()} but no consent to share with that service was active"
                " that day",
                f"$.referrals[{i}]",
                f"Record the client's consent (purpose 'share', naming {ref.to.id!r}) before"
                " sending, or cancel the referral.",
            )
            continue
        for j, category in enumerate(ref.information_shared):
            if not any(c.allows_category(category) for c in found):
                yield Finding(
                    "referral.shares-beyond-consent",
                    ERR,
                    f"referral {ref.id} shared {category!r} information with {ref.to.id!r},"
                    f" which the active consent ({', '.join(c.id for c in found)}) does not"
                    " cover",
                    f"$.referrals[{i}].information_shared[{j}]",
                    "Share only the categories the client agreed to, or record their"
                    " consent for this one.",
                )


def consent_withdrawn(case: Case, ctx: CheckContext) -> Iterator[str]:
    """The paths the rule reports (its message is checked by the example tests)."""
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        if sent is None or not ref.status_on(ctx.as_of).is_open:
            continue
        if covering(case, ref.to.party_ids, sent) and not covering(
            case, ref.to.party_ids, ctx.as_of
        ):
            yield f"$.referrals[{i}]"


def follow_up_overdue(case: Case, ctx: CheckContext) -> Iterator[str]:
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        due = ref.follow_up_on
        if due is None or ctx.as_of <= due or sent is None:
            continue
        confirmed = ref.confirmed_on()
        if ref.status_on(ctx.as_of).is_open and (confirmed is None or confirmed > ctx.as_of):
            yield f"$.referrals[{i}].follow_up_on"


def checks_not_done(case: Case, ctx: CheckContext) -> Iterator[tuple[str, str]]:
    """(path, message) of ``referral.not-checked``'s findings (both codes)."""
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        if sent is None or ref.self_referral:
            continue
        missing = [w for w, done in (("capacity", ref.capacity_checked),
                                     ("location", ref.location_checked)) if not done]  # fmt: skip
        if missing:
            yield (
                f"$.referrals[{i}]",
                f"referral {ref.id} was sent without checking the service's"
                f" {' and '.join(missing)} (can it see the client, and does the location suit?)",
            )
        if ref.follow_up_on is None and ref.status_on(ctx.as_of).is_open:
            yield (
                f"$.referrals[{i}].follow_up_on",
                f"referral {ref.id} was sent with no follow-up date, so nobody is due to"
                " confirm the service was given",
            )


def duplicate_referral(case: Case, ctx: CheckContext) -> Iterator[str]:
    """(path, earlier referral) for each referral duplicating an earlier engaged one."""
    day = ctx.as_of
    for i, ref in enumerate(case.referrals):
        if not ref.status_on(day).is_open:
            continue
        for k, earlier in enumerate(case.referrals[:i]):
            status = earlier.status_on(day)
            if earlier.to.id != ref.to.id or not status.is_open or status is ReferralStatus.DRAFT:
                continue
            same_goal = ref.goal_id is not None and ref.goal_id == earlier.goal_id
            if set(earlier.need_numbers) & set(ref.need_numbers) or same_goal:
                yield f"$.referrals[{i}] after $.referrals[{k}]"
                break


def over_resourced(case: Case, ctx: CheckContext) -> Iterator[str]:
    for k, need in enumerate(case.assessment.needs):
        services = {
            r.to.id
            for r in case.referrals
            if need.number in r.need_numbers and r.status_on(ctx.as_of).is_open
        }
        if len(services) > 3:
            yield f"$.assessment.needs[{k}] {len(services)}"


def transfer_paths(case: Case, ctx: CheckContext) -> Iterator[str]:
    """The referral paths ``transfer.no-written-consent`` reports."""
    for i, (ref, sent) in enumerate(zip(case.referrals, sent_by(case, ctx.as_of), strict=True)):
        if ref.transfer and sent is not None:
            purposes = (ConsentPurpose.TRANSFER,)
            if not covering(case, ref.to.party_ids, sent, purposes, written=True):
                yield f"$.referrals[{i}]"


# --- closure: the latest activity and the stakeholders to tell


def latest_activity(case: Case, until: dt.date) -> tuple[dt.date, str, str] | None:
    """Every dated activity listed with its path, then the first of the latest."""
    items: list[tuple[dt.date, str, str]] = []
    items += [
        (s.held_on, "assessment session", f"$.assessment.sessions[{i}]")
        for i, s in enumerate(case.assessment.sessions)
    ]
    if case.plan is not None:
        items.append((case.plan.created_on, "case plan", "$.plan"))
    items += [
        (r.revised_on, "plan revision", f"$.revisions[{i}]") for i, r in enumerate(case.revisions)
    ]
    for i, referral in enumerate(case.referrals):
        items.append((referral.made_on, "referral", f"$.referrals[{i}]"))
        items += [
            (c.on, "referral status change", f"$.referrals[{i}].history[{j}]")
            for j, c in enumerate(referral.history)
        ]
    items += [(a.started_on, "advocacy", f"$.advocacy[{i}]") for i, a in enumerate(case.advocacy)]
    items += [(r.held_on, "review", f"$.reviews[{i}]") for i, r in enumerate(case.reviews)]
    items += [
        (a.on, "contact attempt", f"$.contact_attempts[{i}]")
        for i, a in enumerate(case.contact_attempts)
    ]
    items = [item for item in items if item[0] <= until]
    if not items:
        return None
    latest = max(day for day, _, _ in items)
    return next(item for item in items if item[0] == latest)


def stakeholders(case: Case, transfer_to: str | None) -> list[tuple[str, str, str]]:
    """(party id, what it is, path): stakeholder parties, services with an open referral
    that has shared information, the transfer target; each id once, first mention kept."""
    found: list[tuple[str, str, str]] = []
    for i, party in enumerate(case.parties):
        if party.role in STAKEHOLDER_ROLES:
            found.append((party.id, party.role.value, f"$.parties[{i}]"))
    for i, referral in enumerate(case.referrals):
        if referral.status.is_open and referral.status.has_shared:
            what = f"service with open referral {referral.id}"
            found.append((referral.to.id, what, f"$.referrals[{i}].to"))
    if transfer_to is not None:
        found.append((transfer_to, "transfer target", "$.closure.transfer_to"))
    return [item for i, item in enumerate(found) if item[0] not in {f[0] for f in found[:i]}]
