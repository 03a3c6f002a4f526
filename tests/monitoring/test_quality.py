"""Quality review across case files (ISED supervision; Mission Australia caseload review).

Each indicator has a case built to hit it, starting from the Carla case of the
QCOSS planned support guide on its plan date, where nothing is amiss.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from casemgmt import Case, Stage
from casemgmt.assessment import Need, NeedDomain, Risk
from casemgmt.assessment._records import RiskKind, RiskLevel
from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, reopen
from casemgmt.examples import carla_case
from casemgmt.monitoring import INDICATORS, QualityReport, quality_review
from casemgmt.monitoring._records import ContactAttempt, ContactChannel, ContactResult
from casemgmt.planning import Responsible
from casemgmt.referrals import ReceivingService, Referral, ReferralStatus
from casemgmt.testing.strategies import cases

PLAN_DAY = dt.date(2024, 9, 4)
CLEAN = carla_case()


def _review(case: Case, as_of: dt.date = PLAN_DAY) -> QualityReport:
    return quality_review([case], as_of=as_of)


def _flagged(report: QualityReport, code: str) -> tuple[str, ...]:
    return report.overall.tally(code).case_ids


def test_the_carla_case_on_its_plan_day_flags_nothing() -> None:
    """A well-kept file is on no supervisor list."""
    report = _review(CLEAN)
    assert {} == {i.code: _flagged(report, i.code) for i in INDICATORS if _flagged(report, i.code)}


def _plan(case: Case, **changes: Any) -> Case:
    assert case.plan is not None
    return attrs.evolve(case, plan=attrs.evolve(case.plan, **changes))


def _goal_statement(text: str) -> Case:
    assert CLEAN.plan is not None
    goal = attrs.evolve(CLEAN.plan.goals[0], statement=text)
    return _plan(CLEAN, goals=(goal, *CLEAN.plan.goals[1:]))


def _all_actions(who: Responsible) -> Case:
    assert CLEAN.plan is not None
    return _plan(CLEAN, actions=tuple(attrs.evolve(a, responsible=who) for a in CLEAN.plan.actions))


def _sent_referral(*, to: str, follow_up: dt.date) -> Case:
    referral = Referral(
        id="ref-9",
        to=ReceivingService(id=to, organisation="Some service"),
        made_on=PLAN_DAY,
        follow_up_on=follow_up,
    ).move_to(ReferralStatus.SENT, on=PLAN_DAY, by="cm-1")
    return attrs.evolve(CLEAN, referrals=(referral,))


def _disengaged() -> Case:
    tries = [
        ContactAttempt(
            on=PLAN_DAY + dt.timedelta(days=d), channel=ch, result=ContactResult.NO_ANSWER
        )
        for d, ch in (
            (2, ContactChannel.PHONE),
            (9, ContactChannel.SMS),
            (20, ContactChannel.LETTER),
        )
    ]
    return attrs.evolve(CLEAN, contact_attempts=tuple(tries))


def _high_risk(*, answered: bool) -> Case:
    risk = Risk(
        id="risk-9",
        kind=RiskKind.VIOLENCE_FROM_OTHERS,
        level=RiskLevel.HIGH,
        identified_on=PLAN_DAY,
        actions_taken=("Crisis accommodation booked",) if answered else (),
    )
    return attrs.evolve(CLEAN, assessment=attrs.evolve(CLEAN.assessment, risks=(risk,)))


def _closed(record: ClosureRecord) -> Case:
    return attrs.evolve(CLEAN, closure=record, stage=Stage.CLOSED)


_BARE_CLOSURE = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=dt.date(2024, 12, 1))


def _reopened(after_days: int) -> Case:
    closed = _closed(_BARE_CLOSURE)
    return reopen(
        closed, on=_BARE_CLOSURE.closed_on + dt.timedelta(days=after_days), by="cm-1", reason="Back"
    ).case


HITS: dict[str, tuple[Callable[[], Case], dt.date]] = {
    "plan.has-review-date": (lambda: _plan(CLEAN, review_date=None), PLAN_DAY),
    "review.overdue": (lambda: CLEAN, dt.date(2025, 6, 1)),
    "action.overdue": (lambda: CLEAN, dt.date(2025, 6, 1)),
    "goal.client-behaviour": (
        lambda: _goal_statement("Help Carla find a rental by June"),
        PLAN_DAY,
    ),
    "goal.positive": (
        lambda: _goal_statement("Carla will not miss any rent payment this year"),
        PLAN_DAY,
    ),
    "goal.measurable": (lambda: _goal_statement("Carla will feel better about money"), PLAN_DAY),
    "goal.linked-to-need": (
        lambda: _plan(CLEAN, goals=(attrs.evolve(CLEAN.plan.goals[0], need_numbers=(99,)),)),  # type: ignore[union-attr]
        PLAN_DAY,
    ),
    "need.unaddressed": (
        lambda: attrs.evolve(
            CLEAN,
            assessment=CLEAN.assessment.add_need(
                Need(number=99, domain=next(iter(NeedDomain)), description="A need no goal answers")
            ),
        ),
        PLAN_DAY,
    ),
    "referral.followed-up": (
        lambda: _sent_referral(to="svc-1", follow_up=PLAN_DAY + dt.timedelta(days=7)),
        PLAN_DAY + dt.timedelta(days=30),
    ),
    "referral.consent-covered": (
        lambda: _sent_referral(to="svc-unconsented", follow_up=dt.date(2030, 1, 1)),
        PLAN_DAY,
    ),
    "action.worker-owned": (lambda: _all_actions(Responsible.CASE_MANAGER), PLAN_DAY),
    "case.disengaged": (_disengaged, PLAN_DAY + dt.timedelta(days=25)),
    "risk.high-unanswered": (lambda: _high_risk(answered=False), PLAN_DAY),
    "closure.reason-documented": (lambda: _closed(_BARE_CLOSURE), dt.date(2024, 12, 2)),
    "closure.notice-given": (lambda: _closed(_BARE_CLOSURE), dt.date(2024, 12, 2)),
    "closure.way-back": (lambda: _closed(_BARE_CLOSURE), dt.date(2024, 12, 2)),
    "case.reopened-within-90-days": (lambda: _reopened(30), dt.date(2025, 1, 15)),
}


def test_every_flagging_indicator_has_a_case_built_to_hit_it() -> None:
    """The catalogue and the hits below agree (a new indicator needs a test)."""
    assert {i.code for i in INDICATORS if i.flags_cases} == set(HITS)


@pytest.mark.parametrize("code", sorted(HITS))
def test_indicator_lists_the_case_that_hits_it(code: str) -> None:
    """Each indicator names the case a supervisor should open."""
    build, as_of = HITS[code]
    report = _review(build(), as_of)
    assert (CLEAN.id,) == _flagged(report, code)
    assert 1 == report.overall.tally(code).flagged


def test_worker_owned_goes_away_once_the_client_takes_on_most_tasks() -> None:
    """Zoe case study: the flag is about dependency, so the client's own steps clear it."""
    assert CLEAN.plan is not None
    actions = CLEAN.plan.actions
    mostly_client = tuple(
        attrs.evolve(a, responsible=Responsible.CLIENT if i < len(actions) - 1 else a.responsible)
        for i, a in enumerate(actions)
    )
    assert () == _flagged(_review(_plan(CLEAN, actions=mostly_client)), "action.worker-owned")


def test_answered_high_risk_and_late_reopening_are_not_flagged() -> None:
    """A high risk with a response, or a return after 90 days, is not a quality gap."""
    assert () == _flagged(_review(_high_risk(answered=True)), "risk.high-unanswered")
    assert () == _flagged(
        _review(_reopened(120), dt.date(2025, 6, 1)), "case.reopened-within-90-days"
    )


def test_complete_closure_is_not_flagged() -> None:
    """Reason, outcome, notice and a way back recorded: nothing to chase."""
    record = ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED,
        closed_on=dt.date(2024, 12, 1),
        outcome_summary="Housed and paying rent",
        notice_given_on=dt.date(2024, 11, 10),
        exit_plan=ExitPlan(how_to_return="Call the front desk; no new referral needed"),
    )
    report = _review(_closed(record), dt.date(2024, 12, 2))
    for code in ("closure.reason-documented", "closure.notice-given", "closure.way-back"):
        assert (1, 1) == (
            report.overall.tally(code).numerator,
            report.overall.tally(code).denominator,
        )


def test_groups_by_case_manager_and_program() -> None:
    """Per-worker and per-program views sit beside the overall one."""
    other = attrs.evolve(_plan(CLEAN, review_date=None), id="case-2", program="housing-north")
    report = quality_review([CLEAN, other], as_of=PLAN_DAY)
    assert 2 == report.overall.cases
    assert 2 == report.group("case-manager", "cm-1").cases
    assert ("case-2",) == report.group("program", "housing-north").tally(
        "plan.has-review-date"
    ).case_ids
    assert 1 == report.group("program", "(none)").cases


def test_custom_grouping_and_unknown_grouping() -> None:
    """A (name, function) pair groups by anything; an unknown name is refused."""
    report = quality_review([CLEAN], as_of=PLAN_DAY, by=[("stage", lambda c: c.stage.value)])
    assert 1 == report.group("stage", "implementation").cases
    with pytest.raises(ValueError, match="unknown grouping 'team-colour'"):
        quality_review([CLEAN], as_of=PLAN_DAY, by=["team-colour"])


def test_max_ids_bounds_the_ids_but_not_the_counts() -> None:
    """Memory stays flat: a few ids per indicator, every case still counted."""
    many = [attrs.evolve(_plan(CLEAN, review_date=None), id=f"case-{i:03}") for i in range(30)]
    tally = quality_review(many, as_of=PLAN_DAY, max_ids=5).overall.tally("plan.has-review-date")
    assert ("case-000", "case-001", "case-002", "case-003", "case-004") == tally.case_ids
    assert (30, 0, 30) == (tally.denominator, tally.numerator, tally.flagged)


def test_rows_have_stable_columns() -> None:
    """``to_rows`` gives one row per group and indicator with the same keys."""
    rows = _review(CLEAN).to_rows()
    assert len(INDICATORS) * 3 == len(rows)
    assert {
        "as_of", "grouping", "group", "cases", "indicator", "title", "numerator",
        "denominator", "rate", "flagged_cases", "case_ids",
    } == set(rows[0])  # fmt: skip


def test_compare_says_what_improved() -> None:
    """This quarter against last: a fall in overdue reviews is an improvement."""
    late = _review(CLEAN, dt.date(2025, 6, 1))
    reviewed_plan = _plan(CLEAN, review_date=dt.date(2025, 9, 1))
    now = _review(reviewed_plan, dt.date(2025, 6, 1))
    row = next(
        r for r in now.compare(late) if r["indicator"] == "review.overdue" and r["group"] == "all"
    )
    assert (0.0, 1.0, True) == (row["rate"], row["earlier_rate"], row["improved"])


def test_notebook_html_shows_identifiers_only() -> None:
    """The report's HTML carries counts, not the client's name."""
    page = _review(_goal_statement("Help Carla find a rental by June"))._repr_html_()
    assert "Carla" not in page
    assert "<th scope='row'>Goals worded as client behaviour</th>" in page


def test_a_case_id_listed_twice_is_one_file_to_open() -> None:
    """A duplicated record (the same case id twice in a caseload) is counted twice but
    listed once, in one pass and when partitions are merged alike."""
    late, day = _plan(CLEAN, review_date=dt.date(2024, 9, 10)), dt.date(2024, 10, 1)
    whole = quality_review([late, late], as_of=day)
    tally = whole.groups[("overall", "all")].tallies["review.overdue"]
    assert (tally.flagged, tally.case_ids) == (2, (late.id,))
    assert whole == _review(late, day).merge(_review(late, day))


def test_reports_of_different_days_do_not_merge() -> None:
    """Merging only adds up the same day's measurements."""
    with pytest.raises(ValueError, match="same day"):
        _review(CLEAN).merge(_review(CLEAN, dt.date(2025, 1, 1)))


@settings(max_examples=15, deadline=None)
@given(st.lists(cases(), min_size=0, max_size=6), st.integers(0, 6), st.integers(0, 6))
def test_merge_is_exact_and_associative(batch: list[Case], i: int, j: int) -> None:
    """Partitions reviewed apart and merged in any grouping equal one pass over all."""
    as_of = dt.date(2025, 1, 1)
    i, j = sorted((min(i, len(batch)), min(j, len(batch))))
    a, b, c = (
        quality_review(part, as_of=as_of, max_ids=3) for part in (batch[:i], batch[i:j], batch[j:])
    )
    whole = quality_review(batch, as_of=as_of, max_ids=3)
    assert whole == a.merge(b).merge(c)
    assert whole == a.merge(b.merge(c))
    assert whole == c.merge(a).merge(b)
