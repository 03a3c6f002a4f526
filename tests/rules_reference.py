"""Straightforward versions of the rules issue 19 made fast, kept to check them against.

Each is the plain reading of its rule: scan everything, build every path,
look nothing up twice-removed. ``test_rules_reference.py`` asserts that the
library's indexed, lazily-formatted rules report exactly what these do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

from casemgmt.case import Case
from casemgmt.core import CheckContext, Finding, Severity
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._text import has_text
from casemgmt.core._time import Timeframe, shift
from casemgmt.monitoring._gas import direction
from casemgmt.monitoring._records import Achievement, GoalProgress, Review
from casemgmt.monitoring._signals import live_plan
from casemgmt.referrals._records import ReferralStatus

ERR, WARN = Severity.ERROR, Severity.WARNING


# --- record.blank-text


def texts(case: Case) -> Iterator[tuple[str, object]]:
    for i, change in enumerate(case.stage_history):
        yield f"$.stage_history[{i}].reason", change.reason
    for i, need in enumerate(case.assessment.needs):
        yield f"$.assessment.needs[{i}].description", need.description
    for i, strength in enumerate(case.assessment.strengths):
        yield f"$.assessment.strengths[{i}].description", strength.description
    if case.plan is not None:
        for i, goal in enumerate(case.plan.goals):
            yield f"$.plan.goals[{i}].statement", goal.statement
        for i, action in enumerate(case.plan.actions):
            yield f"$.plan.actions[{i}].what", action.what
    for i, ref in enumerate(case.referrals):
        yield f"$.referrals[{i}].to.organisation", ref.to.organisation
    for i, adv in enumerate(case.advocacy):
        yield f"$.advocacy[{i}].target", adv.target
        yield f"$.advocacy[{i}].asked_for", adv.asked_for
        for j, esc in enumerate(adv.escalations):
            yield f"$.advocacy[{i}].escalations[{j}].to", esc.to
    for i, note in enumerate(case.notes):
        yield f"$.notes[{i}].text", note.text
        if note.about_plan_change:
            yield f"$.notes[{i}].reason", note.reason
    if case.referral_in is not None:
        yield "$.referral_in.source", case.referral_in.source
    if case.closure is not None and case.closure.exit_plan is not None:
        for j, support in enumerate(case.closure.exit_plan.supports_after_exit):
            yield f"$.closure.exit_plan.supports_after_exit[{j}].need", support.need
            yield f"$.closure.exit_plan.supports_after_exit[{j}].provided_by", support.provided_by
    lists: list[tuple[str, tuple[object, ...]]] = []
    for i, consent in enumerate(case.consents):
        lists += [(f"$.consents[{i}].parties", consent.parties)]
        lists += [(f"$.consents[{i}].categories", consent.categories)]
    for i, risk in enumerate(case.assessment.risks):
        lists += [(f"$.assessment.risks[{i}].actions_taken", risk.actions_taken)]
    if case.plan is not None:
        for i, goal in enumerate(case.plan.goals):
            lists += [(f"$.plan.goals[{i}].indicators", goal.indicators)]
    for i, ref in enumerate(case.referrals):
        lists += [(f"$.referrals[{i}].information_shared", ref.information_shared)]
    for i, review in enumerate(case.reviews):
        lists += [(f"$.reviews[{i}].barriers", review.barriers)]
        lists += [(f"$.reviews[{i}].decisions", review.decisions)]
    if case.closure is not None:
        lists += [("$.closure.next_steps", case.closure.next_steps)]
        if case.closure.exit_plan is not None:
            lists += [("$.closure.exit_plan.achievements", case.closure.exit_plan.achievements)]
    for path, entries in lists:
        for j, entry in enumerate(entries):
            yield f"{path}[{j}]", entry


def blank_text(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    for path, value in texts(case):
        if not has_text(value):
            yield Finding(
                "record.blank-text",
                WARN,
                "this text is empty or only whitespace, so it records nothing",
                path,
                "write what it should say, or remove the entry",
            )


# --- record.unknown-reference and record.duplicate-id


def unknown_references(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    goals = {g.id for plan in (case.plan, *case.plan_history) if plan for g in plan.goals}
    needs = {n.number for n in case.assessment.needs}
    cited: list[tuple[str, str, object, AbstractSet[object]]] = []
    for i, review in enumerate(case.reviews):
        for j, progress in enumerate(review.progress):
            cited.append((f"$.reviews[{i}].progress[{j}].goal_id", "goal", progress.goal_id, goals))
    for i, session in enumerate(case.assessment.sessions):
        for j, n in enumerate(session.need_numbers):
            cited.append((f"$.assessment.sessions[{i}].need_numbers[{j}]", "need", n, needs))
    for i, adv in enumerate(case.advocacy):
        for j, n in enumerate(adv.need_numbers):
            cited.append((f"$.advocacy[{i}].need_numbers[{j}]", "need", n, needs))
        if adv.goal_id is not None:
            cited.append((f"$.advocacy[{i}].goal_id", "goal", adv.goal_id, goals))
    referrals = {r.id for r in case.referrals}
    risks = {r.id for r in case.assessment.risks}
    closures = [("$.closure", case.closure)]
    closures += [(f"$.episodes[{i}].closure", e.closure) for i, e in enumerate(case.episodes)]
    for base, record in closures:
        if record is None or record.exit_plan is None:
            continue
        for j, s in enumerate(record.exit_plan.supports_after_exit):
            p = f"{base}.exit_plan.supports_after_exit[{j}]"
            if s.referral_id is not None:
                cited.append((f"{p}.referral_id", "referral", s.referral_id, referrals))
            if s.risk_id is not None:
                cited.append((f"{p}.risk_id", "risk", s.risk_id, risks))
    for path, what, ref, known in cited:
        if ref not in known:
            yield Finding(
                "record.unknown-reference",
                ERR,
                f"this entry cites {what} {ref}, which the case does not have",
                path,
                f"cite a {what} the case holds, or record the {what} first",
            )


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


# --- record.dates-out-of-order and record.duplicate-id: every path built, every id compared

Pair = tuple[str, dt.date | None, dt.date | None, str, str]


def _first_opened(case: Case) -> dt.date:
    return case.episodes[0].opened_on if case.episodes else case.opened_on


def _case_pairs(case: Case) -> Iterator[Pair]:
    opened = _first_opened(case)
    dob = case.client.date_of_birth
    yield "$.client.date_of_birth", opened, dob, "the case was opened", "the client's birth"
    for i, change in enumerate(case.stage_history):
        earlier = case.stage_history[i - 1].on if i else opened
        before = "the stage change above it" if i else "the case was opened"
        yield f"$.stage_history[{i}].on", change.on, earlier, "a stage change", before
    if case.closure is not None:
        yield (
            "$.closure.closed_on",
            case.closure.closed_on,
            case.opened_on,
            "the closure",
            "the episode was opened",
        )
    ends = [(e.opened_on, e.closure.closed_on) for e in case.episodes]
    for i, (start, end) in enumerate(ends):
        yield f"$.episodes[{i}].closure.closed_on", end, start, "its closure", "its opening"
        if i:
            yield f"$.episodes[{i}].opened_on", start, ends[i - 1][1], "an episode", "the last"
    if ends:
        yield "$.opened_on", case.opened_on, ends[-1][1], "this episode", "the last closure"


def _history_pairs(case: Case) -> Iterator[Pair]:
    versions = [*case.plan_history, *([case.plan] if case.plan is not None else [])]
    for i in range(1, len(versions)):
        path = f"$.plan_history[{i}]" if i < len(case.plan_history) else "$.plan"
        yield (
            f"{path}.created_on",
            versions[i].created_on,
            versions[i - 1].created_on,
            "a plan version",
            "the version before it",
        )
    for i, rev in enumerate(case.revisions):
        if i:
            prior = case.revisions[i - 1].revised_on
            yield f"$.revisions[{i}].revised_on", rev.revised_on, prior, "a revision", "the last"
        yield (
            f"$.revisions[{i}].new_review_date",
            rev.new_review_date,
            rev.revised_on,
            "its new review date",
            "the revision",
        )


def _item_pairs(case: Case) -> Iterator[Pair]:
    if case.plan is not None:
        for i, goal in enumerate(case.plan.goals):
            p = f"$.plan.goals[{i}]"
            yield f"{p}.achieved_on", goal.achieved_on, goal.agreed_on, "achieved", "agreed"
    for i, risk in enumerate(case.assessment.risks):
        p, found = f"$.assessment.risks[{i}]", risk.identified_on
        yield f"{p}.resolved_on", risk.resolved_on, found, "resolved", "identified"
        yield f"{p}.reassessed_on", risk.reassessed_on, found, "re-assessed", "identified"
    for i, ref in enumerate(case.referrals):
        p, made = f"$.referrals[{i}]", ref.made_on
        first = ref.history[0].on if ref.history else None
        yield f"{p}.history[0].on", first, made, "its first status change", "it was made"
        yield f"{p}.follow_up_on", ref.follow_up_on, made, "its follow-up", "it was made"
        confirmed = ref.service_confirmed_on
        yield f"{p}.service_confirmed_on", confirmed, made, "confirmed", "made"
    for i, adv in enumerate(case.advocacy):
        p = f"$.advocacy[{i}]"
        yield f"{p}.concluded_on", adv.concluded_on, adv.started_on, "concluded", "started"
        for j, esc in enumerate(adv.escalations):
            yield f"{p}.escalations[{j}].on", esc.on, adv.started_on, "escalated", "started"
    inbound = case.referral_in
    if inbound is not None:
        p = "$.referral_in.decided_on"
        yield p, inbound.decided_on, inbound.received_on, "decided", "received"


def dates_out_of_order(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``record.dates-out-of-order``: a date before the date it must follow.

    A birth after the case opened, stage history out of date order, a risk
    resolved before it was found, a referral followed up before it was made,
    an episode opened before the last one closed: the record contradicts
    itself. Also ERROR ``record.date-in-future``: a date of birth after
    ``as_of``.
    """
    dob = case.client.date_of_birth
    if dob is not None and dob > ctx.as_of:
        yield Finding(
            "record.date-in-future",
            ERR,
            f"the client's date of birth is after {ctx.as_of.isoformat()}, the date the case"
            " is checked on",
            "$.client.date_of_birth",
            "correct the date of birth (year, month and day order)",
        )
    for pairs in (_case_pairs(case), _history_pairs(case), _item_pairs(case)):
        for path, later, earlier, what, before in pairs:
            if later is None or earlier is None or later >= earlier:
                continue
            yield Finding(
                "record.dates-out-of-order",
                ERR,
                f"{what} ({later.isoformat()}) comes before {before} ({earlier.isoformat()});"
                " history is appended in date order (QCOSS guide: avoid contradictions)",
                path,
                "correct whichever date was entered wrongly",
            )


def _ids(case: Case) -> Iterator[tuple[str, str, Iterable[object]]]:
    """(path of the collection, what its items are, their ids in order)."""
    yield "$.parties", "party", (p.id for p in case.parties)
    yield "$.consents", "consent", (c.id for c in case.consents)
    yield "$.assessment.risks", "risk", (r.id for r in case.assessment.risks)
    yield "$.assessment.strengths", "strength", (s.id for s in case.assessment.strengths)
    yield "$.referrals", "referral", (r.id for r in case.referrals)
    yield "$.advocacy", "advocacy", (a.id for a in case.advocacy)
    yield "$.reviews", "review (same date and content)", case.reviews
    yield "$.revisions", "revision to plan version", (r.to_version for r in case.revisions)
    yield "$.plan_history", "plan version", (p.version for p in case.plan_history)
    yield "$.episodes", "episode number", (e.number for e in case.episodes)
    for i, review in enumerate(case.reviews):
        yield f"$.reviews[{i}].progress", "goal scored", (p.goal_id for p in review.progress)


def duplicate_ids(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``record.duplicate-id``: two items of one collection share an id.

    Parties, consents, risks, strengths, referrals, advocacy, reviews,
    revisions, plan versions, episodes, and goals scored twice in one review
    (goals, actions and need numbers have their own codes).
    """
    for path, what, ids in _ids(case):
        seen: set[object] = set()
        for i, item in enumerate(ids):
            if item in seen:
                shown = "" if what.startswith("review ") else f" {item}"
                yield Finding(
                    "record.duplicate-id",
                    ERR,
                    f"{what}{shown} appears more than once, so nothing can refer to it"
                    " unambiguously",
                    f"{path}[{i}]",
                    "give each item its own id, or remove the copy",
                )
            seen.add(item)
