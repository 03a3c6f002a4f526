"""Closure rules on the work itself: reason, goals, referrals, notes and risks settled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.assessment._records import RiskLevel
from casemgmt.closure._policy import ClosureContext
from casemgmt.closure._proposal import _handed_over, _reason
from casemgmt.closure._records import ClosureReason
from casemgmt.core import Finding
from casemgmt.core._findings import ERROR, known_finding
from casemgmt.core._lifecycle import Stage
from casemgmt.core._text import has_text
from casemgmt.core._time import iso_day

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "already_closed",
    "goals_finished",
    "high_risk_handover",
    "notes_up_to_date",
    "reason_documented",
    "referrals_resolved",
]

_R = ClosureReason

# --- the default rules -----------------------------------------------------------------


def already_closed(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """A closed case cannot be closed again; it can be re-opened."""
    if case.closure is not None or case.stage is Stage.CLOSED:
        when = f" on {case.closure.closed_on.isoformat()}" if case.closure is not None else ""
        yield Finding(
            "closure.already-closed",
            ERROR,
            f"the case is already closed{when}; a closed case cannot be closed again",
            "$.closure",
            hint="re-open it with casemgmt.closure.reopen() if the client needs support again",
        )


_REASON_MISSING = Finding(
    "closure.reason-missing",
    ERROR,
    "no closure record has been proposed, so the reason for closing is not"
    " documented (QCOSS guide)",
    "$.closure.reason",
    hint="pass record=ClosureRecord(reason=..., closed_on=..., by=...) to evaluate()",
)
# Findings whose every word is fixed are built once, here: a closing checklist
# (``evaluate`` without a record) reports them for every case (issue 19).


def reason_documented(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: identify and document the reason; say who closed it and when."""
    record = ctx.proposed
    if record is None:
        yield _REASON_MISSING
        return
    if not has_text(record.by):
        yield Finding(
            "closure.closed-by-missing",
            ERROR,
            "the closure record does not say who closed the case",
            "$.closure.by",
            hint="set by= to the closing case manager's party id",
        )
    last = case.stage_history[-1].on if case.stage_history else case.opened_on
    if record.closed_on < last:
        yield Finding(
            "closure.date-out-of-order",
            ERROR,
            f"the closing date {record.closed_on.isoformat()} comes before the last recorded"
            f" step in the case ({last.isoformat()}); history is never rewritten",
            "$.closure.closed_on",
            hint=f"close on {last.isoformat()} or later",
        )


def goals_finished(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """A closure for "goals achieved" leaves no goal still open (seed 003)."""
    if _reason(ctx) is not _R.GOALS_ACHIEVED or case.plan is None:
        return
    for i, goal in enumerate(case.plan.goals):
        if goal.status.is_open:
            yield Finding(
                "closure.goal-still-active",
                ERROR,
                f"goal {goal.id} is still {goal.status.value}, but the closure says the"
                " client's goals were achieved",
                f"$.plan.goals[{i}].status",
                hint="mark the goal completed (with achieved_on) or cancelled in a plan"
                " revision, or choose the closure reason that fits",
            )


def referrals_resolved(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Open referrals are resolved or handed over before exit (seeds 001, 003)."""
    handed, _ = _handed_over(ctx.proposed)
    for i, referral in enumerate(case.referrals):
        status = referral.status  # worked out from the history: once
        if status.is_open and referral.id not in handed:
            yield known_finding(
                "closure.referral-open",
                ERROR,
                f"referral {referral.id} to {referral.to.id} is still {status._value_};"
                " open referrals must be resolved or handed over before the case closes",
                f"$.referrals[{i}]",
                "record the referral's outcome (completed, lapsed or cancelled), or hand"
                f" it over with ExitSupport(referral_id={referral.id!r}, ...) in the exit plan",
            )


_Found = tuple[str, str, tuple[int, ...]]
"""What an activity is, its path template and the positions that fill it."""


def _latest_activity(case: Case, until: dt.date) -> tuple[dt.date, str, str] | None:
    """The latest dated activity on or before ``until``: (date, what, path).

    Of activities on the same latest day, the first in this order wins:
    assessment sessions, the plan, revisions, referrals (each followed by its
    status changes), advocacy, reviews, contact attempts. One plain loop per
    kind, keeping only a later day: a generator of one tuple per activity cost
    three times as much, and the path is built only for the winner (issue 19).
    """
    day: dt.date | None = None
    best: _Found | None = None
    for i, session in enumerate(case.assessment.sessions):
        on = session.held_on
        if on <= until and (day is None or on > day):
            day, best = on, ("assessment session", "$.assessment.sessions[%d]", (i,))
    plan = case.plan
    if plan is not None:
        on = plan.created_on
        if on <= until and (day is None or on > day):
            day, best = on, ("case plan", "$.plan", ())
    for i, revision in enumerate(case.revisions):
        on = revision.revised_on
        if on <= until and (day is None or on > day):
            day, best = on, ("plan revision", "$.revisions[%d]", (i,))
    for i, referral in enumerate(case.referrals):
        on = referral.made_on
        if on <= until and (day is None or on > day):
            day, best = on, ("referral", "$.referrals[%d]", (i,))
        for j, change in enumerate(referral.history):
            on = change.on
            if on <= until and (day is None or on > day):
                day, best = on, ("referral status change", "$.referrals[%d].history[%d]", (i, j))
    for i, adv in enumerate(case.advocacy):
        on = adv.started_on
        if on <= until and (day is None or on > day):
            day, best = on, ("advocacy", "$.advocacy[%d]", (i,))
    for i, review in enumerate(case.reviews):
        on = review.held_on
        if on <= until and (day is None or on > day):
            day, best = on, ("review", "$.reviews[%d]", (i,))
    for i, attempt in enumerate(case.contact_attempts):
        on = attempt.on
        if on <= until and (day is None or on > day):
            day, best = on, ("contact attempt", "$.contact_attempts[%d]", (i,))
    if day is None or best is None:
        return None
    what, template, at = best
    return day, what, template % at


def notes_up_to_date(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 000: notes up to date, clearly indicating outcomes and next steps."""
    closing = ctx.closing_on
    latest = _latest_activity(case, closing)
    last_note = max((n.written_on for n in case.notes if n.written_on <= closing), default=None)
    if latest is not None and (last_note is None or last_note < latest[0]):
        day, what, path = latest
        since = (
            "there are no case notes"
            if last_note is None
            else (f"the last case note is from {iso_day(last_note)}")
        )
        yield known_finding(
            "closure.notes-out-of-date",
            ERROR,
            f"the {what} on {iso_day(day)} has no case note on or after it ({since});"
            " notes must be up to date when a case closes (ACMA process)",
            path,
            hint="write a case note bringing the file up to date",
        )
    if ctx.proposed is None or not has_text(ctx.proposed.outcome_summary):
        yield _OUTCOME_MISSING


_OUTCOME_MISSING = Finding(
    "closure.outcome-missing",
    ERROR,
    "the closure does not record the client's outcomes (ACMA process)",
    "$.closure.outcome_summary",
    hint="summarise the outcomes in outcome_summary and add any recommended next"
    " steps to next_steps",
)


def high_risk_handover(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 001: a high risk is acted on; it is not left open at exit."""
    _, handed = _handed_over(ctx.proposed)
    closing = ctx.closing_on
    for i, risk in enumerate(case.assessment.risks):
        if risk.level is RiskLevel.HIGH and risk.is_open(closing) and risk.id not in handed:
            yield Finding(
                "closure.high-risk-open",
                ERROR,
                f"high {risk.kind.value} risk {risk.id} is still open; a case cannot close"
                " leaving a high risk with nobody to act on it (Mission Australia)",
                f"$.assessment.risks[{i}]",
                hint=f"record resolved_on when it is resolved, or hand it over with"
                f" ExitSupport(risk_id={risk.id!r}, provided_by=...) in the exit plan",
            )
