"""The closure rules: the common requirements of seed 003 and 000, and
ready-made optional rules agencies add to their own policy.

Each rule judges the case together with the proposed closure record
(``context.proposed``). Without a record, a rule reports what is still
missing, so ``evaluate(case, as_of=...)`` doubles as a closing checklist.
Paths point where the record will live once the case is closed
(``$.closure...``) or at the item in the case that blocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from casemgmt.assessment._records import NeedDomain, RiskLevel
from casemgmt.closure._policy import ClosureContext, ClosurePolicy, ClosureRule
from casemgmt.closure._records import ClosureReason, ClosureRecord
from casemgmt.core import Finding, RuleSet, Severity
from casemgmt.core._consent import ConsentForm, ConsentPurpose
from casemgmt.core._episodes import before_episode
from casemgmt.core._lifecycle import Stage
from casemgmt.core._parties import PartyRole
from casemgmt.core._text import has_text
from casemgmt.core._time import shift
from casemgmt.monitoring._records import ContactAttempt, ContactChannel
from casemgmt.planning._records import GoalStatus

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_RULES",
    "STAKEHOLDER_ROLES",
    "already_closed",
    "client_agreement",
    "disengagement_missing",
    "employment_start",
    "exit_plan",
    "failed_contact_run",
    "failed_contacts_in_a_row",
    "follow_up_after_exit",
    "goals_finished",
    "high_risk_handover",
    "min_time_since_goal_achieved",
    "notes_up_to_date",
    "reason_documented",
    "reasonable_notice",
    "referrals_resolved",
    "stakeholders_notified",
    "supervisor_approval",
    "sustained_employment",
    "transfer_consent",
]

_ERROR = Severity.ERROR
_WARNING = Severity.WARNING
_R = ClosureReason

STAKEHOLDER_ROLES = frozenset(
    {PartyRole.SUPPORT_PERSON, PartyRole.CARER_GUARDIAN, PartyRole.EXTERNAL_SERVICE}
)
"""Parties who must be told of a closure and asked to agree to it (seed 003)."""

_NOT_PURSUED = frozenset({GoalStatus.CANCELLED, GoalStatus.ENTERED_IN_ERROR, GoalStatus.REJECTED})


def _reason(ctx: ClosureContext) -> ClosureReason | None:
    return ctx.proposed.reason if ctx.proposed is not None else None


def _handed_over(record: ClosureRecord | None) -> tuple[set[str], set[str]]:
    """Referral ids and risk ids an exit support takes over."""
    referrals: set[str] = set()
    risks: set[str] = set()
    if record is not None and record.exit_plan is not None:
        for support in record.exit_plan.supports_after_exit:
            if support.referral_id is not None:
                referrals.add(support.referral_id)
            if support.risk_id is not None:
                risks.add(support.risk_id)
    return referrals, risks


# --- the default rules -----------------------------------------------------------------


def already_closed(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """A closed case cannot be closed again; it can be re-opened."""
    if case.closure is not None or case.stage is Stage.CLOSED:
        when = f" on {case.closure.closed_on.isoformat()}" if case.closure is not None else ""
        yield Finding(
            "closure.already-closed",
            _ERROR,
            f"the case is already closed{when}; a closed case cannot be closed again",
            "$.closure",
            hint="re-open it with casemgmt.closure.reopen() if the client needs support again",
        )


def reason_documented(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: identify and document the reason; say who closed it and when."""
    record = ctx.proposed
    if record is None:
        yield Finding(
            "closure.reason-missing",
            _ERROR,
            "no closure record has been proposed, so the reason for closing is not"
            " documented (QCOSS guide)",
            "$.closure.reason",
            hint="pass record=ClosureRecord(reason=..., closed_on=..., by=...) to evaluate()",
        )
        return
    if not has_text(record.by):
        yield Finding(
            "closure.closed-by-missing",
            _ERROR,
            "the closure record does not say who closed the case",
            "$.closure.by",
            hint="set by= to the closing case manager's party id",
        )
    last = case.stage_history[-1].on if case.stage_history else case.opened_on
    if record.closed_on < last:
        yield Finding(
            "closure.date-out-of-order",
            _ERROR,
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
                _ERROR,
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
        if referral.status.is_open and referral.id not in handed:
            yield Finding(
                "closure.referral-open",
                _ERROR,
                f"referral {referral.id} to {referral.to.id} is still {referral.status.value};"
                " open referrals must be resolved or handed over before the case closes",
                f"$.referrals[{i}]",
                hint="record the referral's outcome (completed, lapsed or cancelled), or hand"
                f" it over with ExitSupport(referral_id={referral.id!r}, ...) in the exit plan",
            )


def _stakeholders(case: Case, record: ClosureRecord | None) -> Iterator[tuple[str, str, str]]:
    """(party id, what it is, path) for everyone who must hear of the closure."""
    seen: set[str] = set()
    for i, party in enumerate(case.parties):
        if party.role in STAKEHOLDER_ROLES and party.id not in seen:
            seen.add(party.id)
            yield party.id, party.role.value, f"$.parties[{i}]"
    for i, referral in enumerate(case.referrals):
        service = referral.to.id
        if referral.status.is_open and referral.status.has_shared and service not in seen:
            seen.add(service)
            yield service, f"service with open referral {referral.id}", f"$.referrals[{i}].to"
    if record is not None and record.transfer_to is not None and record.transfer_to not in seen:
        yield record.transfer_to, "transfer target", "$.closure.transfer_to"


def client_agreement(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: evidence that the client and stakeholders agreed, wherever possible."""
    record = ctx.proposed
    if _reason(ctx) is _R.DECEASED:
        return
    explained = record is not None and has_text(record.no_agreement_reason)
    if not explained and not (record is not None and record.agreed_by_client):
        yield Finding(
            "closure.no-agreement",
            _ERROR,
            "there is no record that the client agreed to the closure, nor why their"
            " agreement could not be had (QCOSS guide)",
            "$.closure.agreed_by_client",
            hint="set agreed_by_client=True, or explain in no_agreement_reason (e.g. the"
            " client could not be contacted)",
        )
    if explained:
        return
    agreed = set(record.agreed_by) if record is not None else set()
    for party_id, what, path in _stakeholders(case, None):
        if party_id not in agreed:
            yield Finding(
                "closure.stakeholder-agreement-missing",
                _WARNING,
                f"{what} {party_id} is not recorded as agreeing to the closure; QCOSS guide asks"
                " for the agreement of all relevant stakeholders wherever possible",
                path,
                hint=f"add {party_id!r} to agreed_by, or say in no_agreement_reason why"
                " agreement could not be had",
            )


def failed_contact_run(case: Case, on: dt.date) -> tuple[ContactAttempt, ...]:
    """The failed contact attempts since the last successful contact, up to ``on``, oldest
    first. Attempts of an earlier, closed episode do not count."""
    run: list[ContactAttempt] = []
    attempts = (a for a in case.contact_attempts if a.on <= on and not before_episode(case, a.on))
    for attempt in sorted(attempts, key=lambda a: a.on):
        run = [] if attempt.succeeded else [*run, attempt]
    return tuple(run)


def failed_contacts_in_a_row(case: Case, on: dt.date) -> int:
    """Failed contact attempts since the last successful contact, up to ``on``."""
    return len(failed_contact_run(case, on))


def disengagement_missing(case: Case, ctx: ClosureContext) -> list[str]:
    """What the record still lacks to document a disengagement; empty when documented.

    ACMA (seed 000): clients who "don't respond to phone messages or can no
    longer be contacted" are tried at other hours, by letter with a reply
    card, by text or email. So the failed attempts in a row must number at
    least ``ctx.min_contact_attempts``, span ``ctx.min_contact_span_days``
    from first to last, and use ``ctx.min_contact_channels`` channels or
    include a letter: three missed calls in one afternoon are not enough.
    """
    run = failed_contact_run(case, ctx.closing_on)
    missing: list[str] = []
    if len(run) < ctx.min_contact_attempts:
        missing.append(
            f"{ctx.min_contact_attempts} failed contact attempts in a row (there are {len(run)})"
        )
    span = (run[-1].on - run[0].on).days if run else 0
    if span < ctx.min_contact_span_days:
        missing.append(
            f"attempts spread over at least {ctx.min_contact_span_days} days (they span {span})"
        )
    channels = {a.channel for a in run}
    if len(channels) < ctx.min_contact_channels and ContactChannel.LETTER not in channels:
        used = ", ".join(sorted(c.value for c in channels)) or "none"
        missing.append(
            f"attempts through {ctx.min_contact_channels} channels or by letter (used: {used})"
        )
    return missing


def reasonable_notice(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: evidence of reasonable notice; seed 000: "sufficient reminders".

    ``context.notice_days`` before the closing date. Waived when the client
    died or chose to end the service themself, and for a disengaged client
    once the failed contact attempts document it (``disengagement_missing``:
    enough of them, over enough days, by more than one channel or a letter).
    For a disengaged client the finding says what is still missing.
    """
    reason = _reason(ctx)
    if ctx.notice_days == 0 or reason in (_R.DECEASED, _R.CLIENT_CHOSE_TO_END):
        return
    closing = ctx.closing_on
    missing = disengagement_missing(case, ctx) if reason is _R.DISENGAGED else []
    if reason is _R.DISENGAGED and not missing:
        return
    or_attempts = (
        f"; or document the disengagement, which still lacks {'; '.join(missing)}"
        if missing
        else ""
    )
    given = ctx.proposed.notice_given_on if ctx.proposed is not None else None
    if given is None:
        earliest = shift(ctx.as_of, dt.timedelta(days=ctx.notice_days))
        yield Finding(
            "closure.notice-missing",
            _ERROR,
            f"no notice of closure to the client is recorded; this policy asks for"
            f" {ctx.notice_days} days' notice (ACMA process; QCOSS guide){or_attempts}",
            "$.closure.notice_given_on",
            hint=f"give notice and record notice_given_on; notice given on"
            f" {ctx.as_of.isoformat()} allows closing from {earliest.isoformat()}{or_attempts}",
        )
    elif (closing - given).days < ctx.notice_days:
        earliest = shift(given, dt.timedelta(days=ctx.notice_days))
        yield Finding(
            "closure.notice-too-short",
            _ERROR,
            f"notice was given {(closing - given).days} days before closing; this policy asks"
            f" for {ctx.notice_days} days (QCOSS guide: reasonable notice){or_attempts}",
            "$.closure.notice_given_on",
            hint=f"close on {earliest.isoformat()} or later{or_attempts}",
        )


def stakeholders_notified(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: provide notice of closure to all relevant stakeholders."""
    record = ctx.proposed
    told = set(record.notices_sent_to) if record is not None else set()
    for party_id, what, path in _stakeholders(case, record):
        if party_id not in told:
            yield Finding(
                "closure.stakeholder-not-notified",
                _ERROR,
                f"{what} {party_id} has not been sent notice of the closure (QCOSS guide)",
                path,
                hint=f"send notice and add {party_id!r} to notices_sent_to",
            )


def transfer_consent(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: written permission before transferring information to a provider."""
    record = ctx.proposed
    if record is None:
        return
    target = record.transfer_to
    if target is None:
        if record.reason is _R.TRANSFERRED:
            yield Finding(
                "closure.transfer-target-missing",
                _ERROR,
                "the case closes as transferred, but the record does not say to whom",
                "$.closure.transfer_to",
                hint="set transfer_to to the receiving service's party id",
            )
        return
    on = record.closed_on
    cid = record.transfer_consent_id
    consent = next((c for c in case.consents if c.id == cid), None) if cid else None
    if cid is None:
        problem = "no written consent to transfer the client's information is cited"
    elif consent is None:
        problem = f"the record cites consent {cid}, which the case does not hold"
    elif consent.form is not ConsentForm.WRITTEN:
        problem = f"consent {cid} was not given in writing"
    elif not consent.covers(ConsentPurpose.TRANSFER, target, on):
        problem = (
            f"consent {cid} does not cover transferring information to {target} on {on.isoformat()}"
        )
    else:
        return
    yield Finding(
        "closure.transfer-no-written-consent",
        _ERROR,
        f"{problem}; QCOSS guide requires the client's written permission before case"
        " information goes to another provider",
        "$.closure.transfer_consent_id",
        hint=f"record a written consent for purpose 'transfer' naming {target} and cite its id"
        " in transfer_consent_id",
    )


def exit_plan(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seeds 001, 003: an exit plan, and the client told how to come back."""
    if _reason(ctx) is _R.DECEASED:
        return
    plan = ctx.proposed.exit_plan if ctx.proposed is not None else None
    if plan is None:
        yield Finding(
            "closure.no-exit-plan",
            _ERROR,
            "there is no exit plan: achievements, supports after exit and how to come back"
            " (Mission Australia; QCOSS guide)",
            "$.closure.exit_plan",
            hint="add exit_plan=ExitPlan(achievements=..., supports_after_exit=...,"
            " how_to_return=...)",
        )
    elif not has_text(plan.how_to_return):
        yield Finding(
            "closure.no-return-path",
            _ERROR,
            "the exit plan does not tell the client how to come back if they need to"
            " (ACMA process; QCOSS guide)",
            "$.closure.exit_plan.how_to_return",
            hint="say how the client can access the service again (phone line, drop-in,"
            " self-referral)",
        )


def _activities(case: Case) -> Iterator[tuple[dt.date, str, str, int, int]]:
    """Every dated activity as (date, what, path template, index, inner index)."""
    for i, session in enumerate(case.assessment.sessions):
        yield session.held_on, "assessment session", "$.assessment.sessions[{i}]", i, 0
    if case.plan is not None:
        yield case.plan.created_on, "case plan", "$.plan", 0, 0
    for i, revision in enumerate(case.revisions):
        yield revision.revised_on, "plan revision", "$.revisions[{i}]", i, 0
    for i, referral in enumerate(case.referrals):
        yield referral.made_on, "referral", "$.referrals[{i}]", i, 0
        for j, change in enumerate(referral.history):
            yield change.on, "referral status change", "$.referrals[{i}].history[{j}]", i, j
    for i, adv in enumerate(case.advocacy):
        yield adv.started_on, "advocacy", "$.advocacy[{i}]", i, 0
    for i, review in enumerate(case.reviews):
        yield review.held_on, "review", "$.reviews[{i}]", i, 0
    for i, attempt in enumerate(case.contact_attempts):
        yield attempt.on, "contact attempt", "$.contact_attempts[{i}]", i, 0


def _latest_activity(case: Case, until: dt.date) -> tuple[dt.date, str, str] | None:
    """The latest dated activity on or before ``until``: (date, what, path)."""
    best: tuple[dt.date, str, str, int, int] | None = None
    for item in _activities(case):
        if item[0] <= until and (best is None or item[0] > best[0]):
            best = item
    if best is None:
        return None
    day, what, template, i, j = best
    return day, what, template.format(i=i, j=j)


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
            else (f"the last case note is from {last_note.isoformat()}")
        )
        yield Finding(
            "closure.notes-out-of-date",
            _ERROR,
            f"the {what} on {day.isoformat()} has no case note on or after it ({since});"
            " notes must be up to date when a case closes (ACMA process)",
            path,
            hint="write a case note bringing the file up to date",
        )
    if ctx.proposed is None or not has_text(ctx.proposed.outcome_summary):
        yield Finding(
            "closure.outcome-missing",
            _ERROR,
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
                _ERROR,
                f"high {risk.kind.value} risk {risk.id} is still open; a case cannot close"
                " leaving a high risk with nobody to act on it (Mission Australia)",
                f"$.assessment.risks[{i}]",
                hint=f"record resolved_on when it is resolved, or hand it over with"
                f" ExitSupport(risk_id={risk.id!r}, provided_by=...) in the exit plan",
            )


_DEFAULT_RULES = (
    ("closure.already-closed", "already-closed", already_closed),
    ("closure.reason-documented", "reason-documented", reason_documented),
    ("closure.goal-still-active", "goals-finished", goals_finished),
    ("closure.referral-open", "referrals-resolved", referrals_resolved),
    ("closure.agreement", "client-agreement", client_agreement),
    ("closure.notice", "reasonable-notice", reasonable_notice),
    ("closure.stakeholder-not-notified", "stakeholders-notified", stakeholders_notified),
    ("closure.transfer-consent", "transfer-consent", transfer_consent),
    ("closure.exit-plan", "exit-plan", exit_plan),
    ("closure.notes-up-to-date", "notes-up-to-date", notes_up_to_date),
    ("closure.high-risk-open", "high-risk-handover", high_risk_handover),
)
DEFAULT_RULES: RuleSet[Case, ClosureContext] = RuleSet.from_table(_DEFAULT_RULES)
"""The common requirements of seeds 000 and 003, in the order a worker meets them,
each named for the code it reports (or ``closure.<topic>`` when it reports several)."""

DEFAULT_POLICY = ClosurePolicy(
    rules=DEFAULT_RULES,
    notice_days=14,
    min_contact_attempts=3,
    min_contact_span_days=14,
    min_contact_channels=2,
)
"""The default closure guidelines: every rule in ``DEFAULT_RULES``, 14 days' notice,
and a disengagement documented by three failed contact attempts in a row over at
least 14 days, through two channels or including a letter."""


# --- optional rules agencies add ---------------------------------------------------------


def employment_start(case: Case) -> dt.date | None:
    """When the client's current job began, as the case records it.

    The evidence is an employment goal: a goal citing a need in the
    EMPLOYMENT domain, with ``achieved_on`` set to the day the job (or
    promotion) started, and not cancelled, rejected or entered in error. A
    goal still ``active`` with ``achieved_on`` set is a job being sustained
    (FHIR "sustaining"). The latest such date wins; if the job ends, clear
    ``achieved_on`` in a plan revision and set it again for the next job.
    """
    if case.plan is None:
        return None
    employment = {n.number for n in case.assessment.needs if n.domain is NeedDomain.EMPLOYMENT}
    starts = [
        g.achieved_on
        for g in case.plan.goals
        if g.achieved_on is not None
        and g.status not in _NOT_PURSUED
        and employment.intersection(g.need_numbers)
    ]
    return max(starts, default=None)


def sustained_employment(
    months: int = 12,
    *,
    started_on: Callable[[Case], dt.date | None] = employment_start,
    applies_to: Collection[ClosureReason] = (ClosureReason.GOALS_ACHIEVED,),
) -> ClosureRule:
    """Seed 000 (ACMA): no closure until ``months`` of sustained employment.

    ``started_on`` finds the job's start date in a case (default:
    :func:`employment_start`). The rule judges closures for the reasons in
    ``applies_to`` (a client who moves away or dies still leaves), and a
    check with no proposed record.
    """
    if months < 1:
        msg = f"months must be 1 or more, got {months!r}"
        raise ValueError(msg)
    reasons = frozenset(applies_to)

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        reason = _reason(ctx)
        if reason is not None and reason not in reasons:
            return
        start = started_on(case)
        closing = ctx.closing_on
        if start is None:
            yield Finding(
                "closure.employment-not-sustained",
                _ERROR,
                f"no employment start is recorded; this agency closes a case only after"
                f" {months} months of sustained employment (ACMA process)",
                "$.plan.goals",
                hint="record the job as an employment goal whose achieved_on is the day it started",
            )
            return
        due = shift(start, relativedelta(months=months))
        if closing < due:
            yield Finding(
                "closure.employment-not-sustained",
                _ERROR,
                f"employment started on {start.isoformat()}; {months} months of sustained"
                f" employment are reached on {due.isoformat()}, after the closing date"
                f" {closing.isoformat()} (ACMA process)",
                "$.plan.goals",
                hint=f"keep the case open until {due.isoformat()}",
            )

    rule.__name__ = rule.__qualname__ = f"sustained_employment_{months}_months"
    return rule


def min_time_since_goal_achieved(
    days: int, *, applies_to: Collection[ClosureReason] = (ClosureReason.GOALS_ACHIEVED,)
) -> ClosureRule:
    """Seed 000: do not close too soon; wait ``days`` after the last goal was achieved.

    "Some clients may need additional time to fully attach": the rule
    blocks a closure for the reasons in ``applies_to`` until ``days`` have
    passed since the latest ``achieved_on`` of any goal in the plan.
    """
    if days < 0:
        msg = f"days must be 0 or more, got {days!r}"
        raise ValueError(msg)
    reasons = frozenset(applies_to)

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        reason = _reason(ctx)
        if (reason is not None and reason not in reasons) or case.plan is None:
            return
        latest: tuple[dt.date, int] | None = None
        for i, goal in enumerate(case.plan.goals):
            if goal.achieved_on is not None and (latest is None or goal.achieved_on > latest[0]):
                latest = (goal.achieved_on, i)
        if latest is None:
            return
        achieved, i = latest
        waited = (ctx.closing_on - achieved).days
        if waited < days:
            earliest = shift(achieved, dt.timedelta(days=days))
            yield Finding(
                "closure.too-soon-after-goal",
                _ERROR,
                f"the last goal was achieved {waited} days before closing; this agency waits"
                f" {days} days to see the change hold before closing (ACMA process)",
                f"$.plan.goals[{i}].achieved_on",
                hint=f"close on {earliest.isoformat()} or later",
            )

    rule.__name__ = rule.__qualname__ = f"min_time_since_goal_achieved_{days}_days"
    return rule


def supervisor_approval() -> ClosureRule:
    """Closures approved by a supervisor (as Primero requires).

    ``record.approved_by`` must name a party on the case whose role is
    SUPERVISOR.
    """

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        approver = ctx.proposed.approved_by if ctx.proposed is not None else None
        if approver is None:
            yield Finding(
                "closure.not-approved",
                _ERROR,
                "this agency requires a supervisor to approve every closure, and none has",
                "$.closure.approved_by",
                hint="ask a supervisor to approve and set approved_by to their party id",
            )
            return
        party = case.party(approver)
        if party is None or party.role is not PartyRole.SUPERVISOR:
            what = "is not a party on the case" if party is None else f"is a {party.role.value}"
            yield Finding(
                "closure.approver-not-supervisor",
                _ERROR,
                f"the closure was approved by {approver}, who {what}, not a supervisor",
                "$.closure.approved_by",
                hint="record the supervisor as a party (role SUPERVISOR) and have them approve",
            )

    rule.__name__ = rule.__qualname__ = "supervisor_approval"
    return rule


def follow_up_after_exit(within_days: int | None = None) -> ClosureRule:
    """Seed 001: a follow-up contact after exit is best practice; make it required.

    The exit plan must set ``follow_up_on`` and ``follow_up_method``; with
    ``within_days``, the follow-up falls within that many days after closing.
    """
    if within_days is not None and within_days < 0:
        msg = f"within_days must be 0 or more, got {within_days!r}"
        raise ValueError(msg)

    def rule(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
        if _reason(ctx) is _R.DECEASED:
            return
        plan = ctx.proposed.exit_plan if ctx.proposed is not None else None
        if plan is None or plan.follow_up_on is None or not has_text(plan.follow_up_method):
            yield Finding(
                "closure.no-follow-up",
                _ERROR,
                "no follow-up contact after exit is planned (date and method); this agency"
                " follows up every closed case (Mission Australia)",
                "$.closure.exit_plan.follow_up_on",
                hint="set the exit plan's follow_up_on and follow_up_method",
            )
            return
        closing = ctx.closing_on
        last = shift(closing, dt.timedelta(days=within_days)) if within_days is not None else None
        if plan.follow_up_on < closing or (last is not None and plan.follow_up_on > last):
            window = f" and {last.isoformat()}" if last is not None else " or later"
            yield Finding(
                "closure.follow-up-out-of-window",
                _ERROR,
                f"the follow-up on {plan.follow_up_on.isoformat()} is not after exit within"
                " the agency's window",
                "$.closure.exit_plan.follow_up_on",
                hint=f"plan the follow-up between {closing.isoformat()}{window}",
            )

    rule.__name__ = rule.__qualname__ = "follow_up_after_exit"
    return rule
