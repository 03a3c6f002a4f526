"""Records that contradict themselves: the case's own invariants, as findings.

Each record type holds invariants across its fields (a risk is resolved on
or after it was found) and across the case (the stage is CLOSED exactly when
a closure is recorded; ids are unique in every collection). Single records
that can never be valid are refused at construction; what only the whole
case can show - or what stored data may already hold - is reported here, so
the case still loads and can be mended (DESIGN.md property 3). Each rule
walks one table, so adding an invariant is adding a row.

History is appended in date order, never rewritten (QCOSS monitoring guide,
seed 003: "avoid contradictions").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from casemgmt.core import CheckContext, Finding, RuleSet
from casemgmt.core._findings import ERROR
from casemgmt.core._ids import repeated_at
from casemgmt.core._lifecycle import STAGE_MOVES, Stage

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "CONSISTENCY_RULES",
    "dates_out_of_order",
    "duplicate_ids",
    "stage_mismatch",
    "unknown_references",
]


# (path template, its indices, later date, earlier date, what the later date is,
# what the earlier is): ``template % indices`` is the path, built only when the
# dates are out of order.
_Pair = tuple[str, tuple[int, ...], dt.date | None, dt.date | None, str, str]


def _first_opened(case: Case) -> dt.date:
    return case.episodes[0].opened_on if case.episodes else case.opened_on


def _case_pairs(case: Case) -> Iterator[_Pair]:
    opened = _first_opened(case)
    dob = case.client.date_of_birth
    yield "$.client.date_of_birth", (), opened, dob, "the case was opened", "the client's birth"
    earlier = opened
    for i, change in enumerate(case.stage_history):
        if change.on < earlier:  # only the changes out of order
            before = "the stage change above it" if i else "the case was opened"
            yield "$.stage_history[%d].on", (i,), change.on, earlier, "a stage change", before
        earlier = change.on
    if case.closure is not None:
        yield (
            "$.closure.closed_on",
            (),
            case.closure.closed_on,
            case.opened_on,
            "the closure",
            "the episode was opened",
        )
    ends = [(e.opened_on, e.closure.closed_on) for e in case.episodes]
    for i, (start, end) in enumerate(ends):
        yield "$.episodes[%d].closure.closed_on", (i,), end, start, "its closure", "its opening"
        if i:
            yield "$.episodes[%d].opened_on", (i,), start, ends[i - 1][1], "an episode", "the last"
    if ends:
        yield "$.opened_on", (), case.opened_on, ends[-1][1], "this episode", "the last closure"


def _history_pairs(case: Case) -> Iterator[_Pair]:
    versions = [*case.plan_history, *([case.plan] if case.plan is not None else [])]
    for i in range(1, len(versions)):
        path = "$.plan_history[%d]" if i < len(case.plan_history) else "$.plan"
        yield (
            f"{path}.created_on",
            (i,) if i < len(case.plan_history) else (),
            versions[i].created_on,
            versions[i - 1].created_on,
            "a plan version",
            "the version before it",
        )
    for i, rev in enumerate(case.revisions):
        if i:
            prior = case.revisions[i - 1].revised_on
            yield (
                "$.revisions[%d].revised_on",
                (i,),
                rev.revised_on,
                prior,
                "a revision",
                "the last",
            )
        yield (
            "$.revisions[%d].new_review_date",
            (i,),
            rev.new_review_date,
            rev.revised_on,
            "its new review date",
            "the revision",
        )


def _item_pairs(case: Case) -> Iterator[_Pair]:
    """Only the pairs out of order: a case has dozens of item dates, and paths and
    tuples for the ones in order were most of the rule (issue 19)."""
    if case.plan is not None:
        for i, goal in enumerate(case.plan.goals):
            later, earlier = goal.achieved_on, goal.agreed_on
            if later is not None and earlier is not None and later < earlier:
                p = "$.plan.goals[%d].achieved_on"
                yield p, (i,), later, earlier, "achieved", "agreed"
    for i, risk in enumerate(case.assessment.risks):
        found = risk.identified_on
        if risk.resolved_on is not None and risk.resolved_on < found:
            p = "$.assessment.risks[%d].resolved_on"
            yield p, (i,), risk.resolved_on, found, "resolved", "identified"
        if risk.reassessed_on is not None and risk.reassessed_on < found:
            p = "$.assessment.risks[%d].reassessed_on"
            yield p, (i,), risk.reassessed_on, found, "re-assessed", "identified"
    for i, ref in enumerate(case.referrals):
        made, at = ref.made_on, (i,)
        if ref.history and ref.history[0].on < made:
            p = "$.referrals[%d].history[0].on"
            yield p, at, ref.history[0].on, made, "its first status change", "it was made"
        if ref.follow_up_on is not None and ref.follow_up_on < made:
            p = "$.referrals[%d].follow_up_on"
            yield p, at, ref.follow_up_on, made, "its follow-up", "it was made"
        confirmed = ref.service_confirmed_on
        if confirmed is not None and confirmed < made:
            p = "$.referrals[%d].service_confirmed_on"
            yield p, at, confirmed, made, "confirmed", "made"
    for i, adv in enumerate(case.advocacy):
        started = adv.started_on
        if adv.concluded_on is not None and adv.concluded_on < started:
            p = "$.advocacy[%d].concluded_on"
            yield p, (i,), adv.concluded_on, started, "concluded", "started"
        for j, esc in enumerate(adv.escalations):
            if esc.on < started:
                p = "$.advocacy[%d].escalations[%d].on"
                yield p, (i, j), esc.on, started, "escalated", "started"
    inbound = case.referral_in
    if inbound is not None:
        p = "$.referral_in.decided_on"
        yield p, (), inbound.decided_on, inbound.received_on, "decided", "received"


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
            ERROR,
            f"the client's date of birth is after {ctx.as_of.isoformat()}, the date the case"
            " is checked on",
            "$.client.date_of_birth",
            "correct the date of birth (year, month and day order)",
        )
    for pairs in (_case_pairs(case), _history_pairs(case), _item_pairs(case)):
        for template, at, later, earlier, what, before in pairs:
            if later is None or earlier is None or later >= earlier:
                continue
            yield Finding(
                "record.dates-out-of-order",
                ERROR,
                f"{what} ({later.isoformat()}) comes before {before} ({earlier.isoformat()});"
                " history is appended in date order (QCOSS guide: avoid contradictions)",
                template % at,
                "correct whichever date was entered wrongly",
            )


def _stage_problems(case: Case) -> Iterator[tuple[str, str]]:
    closed = case.stage is Stage.CLOSED
    if closed and case.closure is None:
        yield "$.stage", "the case is in stage 'closed' but holds no closure record"
    if case.closure is not None and not closed:
        yield "$.closure", f"a closure is recorded but the case is in stage {case.stage.value!r}"
    previous = None
    for i, change in enumerate(case.stage_history):
        path = f"$.stage_history[{i}]"
        if i and change.from_stage is not previous:
            yield f"{path}.from_stage", "a stage change does not start where the one above ended"
        elif (
            change.from_stage is not None and change.to_stage not in STAGE_MOVES[change.from_stage]
        ):
            yield (
                f"{path}.to_stage",
                f"the move from {change.from_stage.value!r} to {change.to_stage.value!r} is not"
                " one the lifecycle allows",
            )
        previous = change.to_stage
    if previous is not None and previous is not case.stage:
        yield "$.stage", f"the stage history ends in {previous.value!r}, not the case's stage"


def stage_mismatch(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``record.stage-mismatch``: the stage, its history and the closure disagree."""
    for path, message in _stage_problems(case):
        yield Finding(
            "record.stage-mismatch",
            ERROR,
            message,
            path,
            "close with casemgmt.closure.close() and re-open with reopen(), which keep stage,"
            " history and closure together",
        )


_ID, _VERSION, _NUMBER = attrgetter("id"), attrgetter("version"), attrgetter("number")
_TO_VERSION, _GOAL_ID = attrgetter("to_version"), attrgetter("goal_id")
_HELD_ON = attrgetter("held_on")
# (path template of the collection, its indices, what its items are, the items, how to
# get an item's id; None: the item itself). ``template % indices`` is built only for a
# repeat (issue 19: a path per review, formatted to report nothing).
_Ids = tuple[str, tuple[int, ...], str, Sequence[Any], Callable[[Any], object] | None]


def _ids(case: Case) -> Iterator[_Ids]:
    yield "$.parties", (), "party", case.parties, _ID
    yield "$.consents", (), "consent", case.consents, _ID
    yield "$.assessment.risks", (), "risk", case.assessment.risks, _ID
    yield "$.assessment.strengths", (), "strength", case.assessment.strengths, _ID
    yield "$.referrals", (), "referral", case.referrals, _ID
    yield "$.advocacy", (), "advocacy", case.advocacy, _ID
    # Equal reviews share a date, so reviews on distinct dates need no hashing of their content.
    if len({r.held_on for r in case.reviews}) < len(case.reviews):
        yield "$.reviews", (), "review (same date and content)", case.reviews, None
    yield "$.revisions", (), "revision to plan version", case.revisions, _TO_VERSION
    yield "$.plan_history", (), "plan version", case.plan_history, _VERSION
    yield "$.episodes", (), "episode number", case.episodes, _NUMBER
    for i, review in enumerate(case.reviews):
        yield "$.reviews[%d].progress", (i,), "goal scored", review.progress, _GOAL_ID


def _all_distinct(case: Case) -> bool:
    """True when no collection ``_ids`` walks can hold a repeat: the usual answer,
    settled by one set per collection built in C, without the walk's tuples
    (issue 19: the walk cost some 50k instructions a case to report nothing).
    Reviews sharing a date are left to the walk, which compares their content."""
    assessment = case.assessment
    for items, key in (
        (case.parties, _ID),
        (case.consents, _ID),
        (assessment.risks, _ID),
        (assessment.strengths, _ID),
        (case.referrals, _ID),
        (case.advocacy, _ID),
        (case.reviews, _HELD_ON),
        (case.revisions, _TO_VERSION),
        (case.plan_history, _VERSION),
        (case.episodes, _NUMBER),
    ):
        if len(items) > 1 and len(set(map(key, items))) < len(items):
            return False
    for review in case.reviews:
        scored = review.progress
        if len(scored) > 1 and len(set(map(_GOAL_ID, scored))) < len(scored):
            return False
    return True


def duplicate_ids(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``record.duplicate-id``: two items of one collection share an id.

    Parties, consents, risks, strengths, referrals, advocacy, reviews,
    revisions, plan versions, episodes, and goals scored twice in one review
    (goals, actions and need numbers have their own codes).
    """
    if _all_distinct(case):
        return
    for template, at, what, items, key in _ids(case):
        if len(items) < 2:
            continue
        ids = list(items) if key is None else list(map(key, items))
        if len(set(ids)) == len(ids):
            continue  # the usual case, settled without ``repeated_at``'s generator
        path = template % at
        for i in repeated_at(ids):
            shown = "" if what.startswith("review ") else f" {ids[i]}"
            yield Finding(
                "record.duplicate-id",
                ERROR,
                f"{what}{shown} appears more than once, so nothing can refer to it unambiguously",
                f"{path}[{i}]",
                "give each item its own id, or remove the copy",
            )


# (path template, its indices, what is cited, the id cited, the ids the case holds):
# ``template % indices`` is the path, built only for an unknown reference.
_Reference = tuple[str, tuple[int, ...], str, object, "Container[object]"]


def _references(case: Case) -> Iterator[_Reference]:
    """Every citation of the case, except goals scored when every one is known."""
    goals = {g.id for plan in (case.plan, *case.plan_history) if plan for g in plan.goals}
    needs = case.assessment.need_numbers
    # The goals scored are looked at one by one only when some goal is unknown.
    if not goals.issuperset([p.goal_id for review in case.reviews for p in review.progress]):
        for i, review in enumerate(case.reviews):
            for j, progress in enumerate(review.progress):
                yield "$.reviews[%d].progress[%d].goal_id", (i, j), "goal", progress.goal_id, goals
    for i, session in enumerate(case.assessment.sessions):
        for j, n in enumerate(session.need_numbers):
            yield "$.assessment.sessions[%d].need_numbers[%d]", (i, j), "need", n, needs
    for i, adv in enumerate(case.advocacy):
        for j, n in enumerate(adv.need_numbers):
            yield "$.advocacy[%d].need_numbers[%d]", (i, j), "need", n, needs
        if adv.goal_id is not None:
            yield "$.advocacy[%d].goal_id", (i,), "goal", adv.goal_id, goals
    closures = [("$.closure", (), case.closure)] + [
        ("$.episodes[%d].closure", (i,), e.closure) for i, e in enumerate(case.episodes)
    ]
    referrals = {r.id for r in case.referrals}
    risks = {r.id for r in case.assessment.risks}
    for base, at, record in closures:
        if record is None or record.exit_plan is None:
            continue
        for j, support in enumerate(record.exit_plan.supports_after_exit):
            p = f"{base}.exit_plan.supports_after_exit[%d]"
            if support.referral_id is not None:
                yield f"{p}.referral_id", (*at, j), "referral", support.referral_id, referrals
            if support.risk_id is not None:
                yield f"{p}.risk_id", (*at, j), "risk", support.risk_id, risks


def _all_known(case: Case) -> bool:
    """True when every citation ``_references`` walks is to something the case holds:
    the usual answer, settled by set look-ups without the walk's tuples and paths
    (issue 19). Anything else is left to the walk."""
    goals = {g.id for plan in (case.plan, *case.plan_history) if plan for g in plan.goals}
    for review in case.reviews:
        if not goals.issuperset(map(_GOAL_ID, review.progress)):
            return False
    needs = case.assessment.need_numbers
    for session in case.assessment.sessions:
        if not needs.issuperset(session.need_numbers):
            return False
    for adv in case.advocacy:
        if not needs.issuperset(adv.need_numbers):
            return False
        if adv.goal_id is not None and adv.goal_id not in goals:
            return False
    if case.closure is not None and case.closure.exit_plan is not None:
        return False
    for episode in case.episodes:  # noqa: SIM110 - a loop, not a generator, for no episodes
        if episode.closure.exit_plan is not None:
            return False
    return True


def unknown_references(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """ERROR ``record.unknown-reference``: an entry cites a goal, need, referral or risk
    the case does not hold (reviews, assessment sessions, advocacy, exit supports)."""
    if _all_known(case):
        return
    for template, at, what, ref, known in _references(case):
        if ref not in known:
            yield Finding(
                "record.unknown-reference",
                ERROR,
                f"this entry cites {what} {ref}, which the case does not have",
                template % at,
                f"cite a {what} the case holds, or record the {what} first",
            )


CONSISTENCY_RULES: RuleSet[Case, CheckContext] = RuleSet(
    (
        ("record.dates-out-of-order", dates_out_of_order),
        ("record.stage-mismatch", stage_mismatch),
        ("record.duplicate-id", duplicate_ids),
        ("record.unknown-reference", unknown_references),
    )
)
"""Whole-case invariants; ``casemgmt.validate`` runs them first."""
