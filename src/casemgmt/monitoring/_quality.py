"""Quality review of case files: what a supervisor reads across a caseload.

ISED's supervision dimension asks for "quality control / review of case
files" and "aggregate reviews of client services" so that "appropriate
assessments, plans, referrals, and monitoring/coordination are occurring with
all cases" (ISED case management); Mission Australia asks
that "caseloads are regularly reviewed". Each indicator is defined once here
(numerator, denominator, source) and measured per case; ``_quality_report``
adds the measurements up. Only identifiers leave a case: never a name or text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from casemgmt.assessment._records import RiskLevel
from casemgmt.core._repr import Record
from casemgmt.monitoring._signals import disengaged_since, next_review_due, overdue_actions_of
from casemgmt.planning._reliance import worker_share
from casemgmt.planning._wording import (
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    check_goal_statement,
)
from casemgmt.referrals._sharing import consents_covering

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["INDICATORS", "Indicator", "Measurement", "measure_case"]


@attrs.frozen(kw_only=True, repr=False)
class Indicator(Record):
    """One quality indicator: what is counted over what, and why it matters.

    ``higher_is_better`` says which way the rate should move. A case is
    flagged (its id listed for the supervisor) when it falls short: below
    its denominator when higher is better, otherwise any count at all - or,
    with ``flag_at``, a share of at least ``flag_at`` of at least
    ``flag_min`` items.
    """

    code: str
    title: str
    numerator: str
    denominator: str
    source: str
    higher_is_better: bool = True
    flag_at: float | None = None
    flag_min: int = 1
    flags_cases: bool = True

    def falls_short(self, numerator: int, denominator: int) -> bool:
        """Whether one case's counts put it on the supervisor's list."""
        if not self.flags_cases:
            return False
        if self.flag_at is not None:
            return denominator >= self.flag_min and numerator >= self.flag_at * denominator
        if self.higher_is_better:
            return numerator < denominator
        return numerator > 0


_ISED = "ISED case management (supervision: quality control, review of case files)"
_PLAN = "Developing a case management plan (QCOSS-based guide)"
_MA = "Mission Australia case management approach (2020)"
_REVIEW = "Monitoring and reviewing case work (closure; Zoe case study)"
_CLOSE = "ACMA case management process; monitoring and reviewing case work (closure)"

_SOURCES = {"ISED": _ISED, "PLAN": _PLAN, "MA": _MA, "REVIEW": _REVIEW, "CLOSE": _CLOSE}

_TABLE = """
case.open | Open cases | MA
    cases not closed on the review date
    cases reviewed
    never flagged
plan.has-review-date | Plans with a review date | PLAN
    open cases whose current plan has a review date
    open cases with a current plan
review.overdue | Reviews overdue | MA
    open cases whose plan review date has passed with no review since
    open cases with a plan review date
    lower is better
action.overdue | Actions overdue | PLAN
    open actions past their due date
    open actions with a due date (open cases, plan not on hold)
    lower is better
goal.client-behaviour | Goals worded as client behaviour | PLAN
    open goals with no goal.not-client-behaviour finding
    open goals in open cases' current plans
goal.positive | Goals in positive terms | PLAN
    open goals with no goal.negative-terms finding
    open goals in open cases' current plans
goal.measurable | Goals that are measurable | PLAN
    open goals with no goal.not-measurable finding
    open goals in open cases' current plans
goal.linked-to-need | Goals linked to an assessed need | ISED
    open goals citing at least one need the assessment has
    open goals in open cases' current plans
need.unaddressed | Needs with no goal and no deferral | ISED
    assessed needs no open goal cites and the plan does not defer
    assessed needs in open cases with a current plan
    lower is better
referral.followed-up | Referrals followed up by their date | PLAN
    referrals whose service was confirmed on or before the follow-up date
    referrals whose follow-up date has come
referral.consent-covered | Shared referrals covered by consent | PLAN
    referrals past draft with an active consent to share on the day sent
    referrals past draft (not self-referrals)
action.worker-owned | Actions owned by the case manager | REVIEW
    open actions the case manager carries out, and goals met on the case manager's actions alone
    open actions and goals recorded as met, in open cases' current plans
    lower is better; flag at 2/3 of at least 3
case.disengaged | Disengaged clients | CLOSE
    open cases with repeated failed contact and no contact since
    open cases
    lower is better
risk.high-unanswered | High risks without a response | PLAN
    open high risks with no action or statutory notification recorded
    open high risks in open cases
    lower is better
closure.reason-documented | Closures with a documented reason and outcome | CLOSE
    closures with a reason and a non-blank outcome summary
    closures (current and earlier episodes)
closure.notice-given | Closures with notice given | CLOSE
    closures recording when the client was told
    closures (current and earlier episodes)
closure.way-back | Closures that say how to come back | CLOSE
    closures whose exit plan says how to return
    closures (current and earlier episodes)
case.reopened-within-90-days | Re-opened within 90 days | CLOSE
    closures followed by a new episode within 90 days
    closures followed by a new episode or still closed
    lower is better
"""
"""Each indicator: ``code | title | source``, then the numerator, the denominator
and, if any, its options: ``lower is better``, ``never flagged``, ``flag at A/B
of at least N`` (see ``Indicator``)."""


def _options(text: str) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for option in filter(None, text.split("; ")):
        if option == "lower is better":
            options["higher_is_better"] = False
        elif option == "never flagged":
            options["flags_cases"] = False
        elif option.startswith("flag at "):
            share, _, least = option.removeprefix("flag at ").partition(" of at least ")
            top, _, bottom = share.partition("/")
            options["flag_at"], options["flag_min"] = int(top) / int(bottom), int(least)
        else:  # pragma: no cover - a typo in the table above fails the import
            msg = f"unknown indicator option {option!r}"
            raise ValueError(msg)
    return options


def _indicators(table: str) -> tuple[Indicator, ...]:
    blocks: list[list[str]] = []
    for line in table.strip().splitlines():
        if line.startswith(" "):
            blocks[-1].append(line.strip())
        else:
            blocks.append([line])
    made = []
    for head, numerator, denominator, *rest in blocks:
        code, title, source = head.split(" | ")
        made.append(
            Indicator(
                code=code,
                title=title,
                numerator=numerator,
                denominator=denominator,
                source=_SOURCES[source],
                **_options("; ".join(rest)),
            )
        )
    return tuple(made)


INDICATORS: tuple[Indicator, ...] = _indicators(_TABLE)
"""Every indicator, in report order."""

REOPEN_WINDOW = dt.timedelta(days=90)


@attrs.frozen(kw_only=True, repr=False)
class Measurement(Record):
    """One case's contribution: per indicator (numerator, denominator), plus ages.

    ``closure_reasons`` are the reason codes of the case's closures (earlier
    episodes' and the current one), for the report's closure-reason count.
    """

    counts: dict[str, tuple[int, int]]
    case_age_days: int | None
    days_to_first_plan: int | None
    closure_reasons: tuple[str, ...] = ()


def _blank(text: str) -> bool:
    return not text.strip()


def _goal_counts(case: Case, counts: dict[str, tuple[int, int]]) -> None:
    plan = case.plan
    goals = [g for g in plan.goals if g.status.is_open] if plan is not None else []
    names = (case.client.name,) if case.client.name.strip() else ()
    known = case.assessment.need_numbers
    wording = {NOT_CLIENT_BEHAVIOUR: 0, NEGATIVE_TERMS: 0, NOT_MEASURABLE: 0}
    linked = 0
    for goal in goals:
        for finding in check_goal_statement(goal.statement, client_names=names):
            if finding.code in wording:
                wording[finding.code] += 1
        linked += any(n in known for n in goal.need_numbers)
    total = len(goals)
    counts["goal.client-behaviour"] = (total - wording[NOT_CLIENT_BEHAVIOUR], total)
    counts["goal.positive"] = (total - wording[NEGATIVE_TERMS], total)
    counts["goal.measurable"] = (total - wording[NOT_MEASURABLE], total)
    counts["goal.linked-to-need"] = (linked, total)
    if plan is None:
        counts["need.unaddressed"] = (0, 0)
        return
    cited = {n for g in goals for n in g.need_numbers}
    deferred = {d.need_number for d in plan.deferred_needs if not _blank(d.reason)}
    needs = case.assessment.needs
    open_needs = sum(1 for n in needs if n.number not in cited and n.number not in deferred)
    counts["need.unaddressed"] = (open_needs, len(needs))


def _plan_counts(case: Case, as_of: dt.date, counts: dict[str, tuple[int, int]]) -> None:
    plan = case.plan
    if plan is None:
        for code in ("plan.has-review-date", "review.overdue"):
            counts[code] = (0, 0)
        counts["action.overdue"] = counts["action.worker-owned"] = (0, 0)
        return
    has_date = plan.review_date is not None
    counts["plan.has-review-date"] = (int(has_date), 1)
    due = next_review_due(case)
    counts["review.overdue"] = (int(due is not None and due < as_of), int(has_date))
    live = [a for a in plan.actions if a.status.is_open]
    dated = sum(1 for a in live if a.due_date is not None) if plan.on_hold_since is None else 0
    overdue = sum(1 for _ in overdue_actions_of(case, as_of))
    counts["action.overdue"] = (overdue, dated)
    share = worker_share(plan)  # the measure of the plan.worker-owns-actions rule
    counts["action.worker-owned"] = (share.carried, share.total)


def _referral_counts(case: Case, as_of: dt.date, counts: dict[str, tuple[int, int]]) -> None:
    followed = due = shared = covered = 0
    for referral in case.referrals:
        if referral.follow_up_on is not None and referral.follow_up_on <= as_of:
            due += 1
            confirmed = referral.confirmed_on()
            followed += confirmed is not None and confirmed <= referral.follow_up_on
        sent = referral.sent_on
        if sent is not None and sent <= as_of and not referral.self_referral:
            shared += 1
            covered += bool(consents_covering(case.consents, referral.to.party_ids, sent))
    counts["referral.followed-up"] = (followed, due)
    counts["referral.consent-covered"] = (covered, shared)


def _closures(case: Case) -> Iterator[tuple[object, dt.date | None]]:
    """Each closure with the day the next episode opened (None: still closed)."""
    episodes = case.episodes
    for i, episode in enumerate(episodes):
        reopened = episodes[i + 1].opened_on if i + 1 < len(episodes) else case.opened_on
        yield episode.closure, reopened
    if case.closure is not None:
        yield case.closure, None


def _closure_counts(case: Case, counts: dict[str, tuple[int, int]]) -> None:
    documented = notice = way_back = reopened_soon = total = 0
    for closure, reopened_on in _closures(case):
        total += 1
        documented += not _blank(getattr(closure, "outcome_summary", ""))
        notice += getattr(closure, "notice_given_on", None) is not None
        exit_plan = getattr(closure, "exit_plan", None)
        way_back += exit_plan is not None and not _blank(exit_plan.how_to_return)
        closed_on: dt.date = getattr(closure, "closed_on", dt.date.min)
        reopened_soon += reopened_on is not None and reopened_on - closed_on <= REOPEN_WINDOW
    counts["closure.reason-documented"] = (documented, total)
    counts["closure.notice-given"] = (notice, total)
    counts["closure.way-back"] = (way_back, total)
    counts["case.reopened-within-90-days"] = (reopened_soon, total)


def _first_plan_day(case: Case) -> dt.date | None:
    """The first plan of the current episode (earlier episodes' plans stay in history)."""
    plans = [*case.plan_history, *([case.plan] if case.plan is not None else [])]
    days = [p.created_on for p in plans if p.created_on >= case.opened_on]
    return min(days) if days else None


def measure_case(case: Case, as_of: dt.date) -> Measurement:
    """Every indicator's (numerator, denominator) for one case on ``as_of``."""
    counts: dict[str, tuple[int, int]] = {}
    is_open = case.closure is None
    counts["case.open"] = (int(is_open), 1)
    if is_open:
        _plan_counts(case, as_of, counts)
        _goal_counts(case, counts)
        counts["case.disengaged"] = (int(disengaged_since(case, as_of) is not None), 1)
        high = [r for r in case.assessment.risks if r.level is RiskLevel.HIGH and r.is_open(as_of)]
        counts["risk.high-unanswered"] = (sum(not r.has_response for r in high), len(high))
    _referral_counts(case, as_of, counts)
    _closure_counts(case, counts)
    first_plan = _first_plan_day(case)
    return Measurement(
        counts=counts,
        case_age_days=max(0, (as_of - case.opened_on).days) if is_open else None,
        days_to_first_plan=None if first_plan is None else (first_plan - case.opened_on).days,
        closure_reasons=tuple(
            str(getattr(getattr(c, "reason", None), "value", "")) for c, _ in _closures(case)
        ),
    )
