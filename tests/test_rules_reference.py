"""The fast rules report exactly what straightforward versions of them report (issue 19).

The rules share per-case indexes (a goal's scores, each referral's standing
on the day, consents by party), build paths only for findings and cache
what repeats; ``records_reference`` and ``rules_reference`` hold the plain
versions. Cases come from ``casemgmt.testing.strategies`` and are then
roughened - reviews out of order, referrals and consents repeated, consents
withdrawn, stage history reversed, blanks - so the rules have something to
find.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import attrs
import hypothesis.strategies as st
from hypothesis import given

from casemgmt._consistency import _all_distinct, _all_known
from casemgmt.case import Case
from casemgmt.checks import DEFAULT_RULES
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.closure._agreement import _stakeholders
from casemgmt.closure._readiness import _latest_activity
from casemgmt.core import CheckContext, Finding, RuleSet
from casemgmt.core._rules import run_rule
from casemgmt.monitoring import Achievement, GoalProgress, Review
from casemgmt.monitoring._signals import _window_start
from casemgmt.referrals import Referral
from casemgmt.referrals._facts import standing
from casemgmt.referrals._sharing import consents_covering
from casemgmt.testing import strategies as cs
from tests import records_reference as records
from tests import rules_reference as ref


@st.composite
def _rough_reviews(draw: st.DrawFn, case: Case) -> list[Review]:
    reviews: list[Review] = list(case.reviews)
    if not reviews:
        return reviews
    if draw(st.booleans()):
        reviews = draw(st.permutations(reviews))
        reviews += draw(st.lists(st.sampled_from(reviews), max_size=2))
    if draw(st.booleans()):  # an outstanding score, a stall, a goal nobody has
        at = draw(st.integers(0, len(reviews) - 1))
        goals = [g.id for g in case.plan.goals] if case.plan else []
        goal_id = draw(st.sampled_from([*goals, "g-nobody"]))
        achievement = draw(st.sampled_from(list(Achievement)))
        level = draw(st.sampled_from([None, -2, 0, 2]))
        extra = GoalProgress(goal_id=goal_id, achievement=achievement, gas_level=level)
        reviews[at] = attrs.evolve(reviews[at], progress=(*reviews[at].progress, extra))
    return reviews


@st.composite
def _rough_referrals(draw: st.DrawFn, case: Case) -> list[Referral]:
    referrals = list(case.referrals)
    if not referrals:
        return referrals
    if draw(st.integers(0, 3)):
        referrals += draw(st.lists(st.sampled_from(referrals), min_size=1, max_size=3))
    if draw(st.integers(0, 3)):  # one need, many services; some marked as transfers
        base = draw(st.sampled_from(referrals))
        for n in range(draw(st.integers(1, 5))):
            to = attrs.evolve(base.to, id=f"{base.to.id}-{n}")
            referrals.append(attrs.evolve(base, to=to, transfer=draw(st.booleans())))
    return referrals


@st.composite
def rough_cases(draw: st.DrawFn) -> tuple[Case, dt.date]:
    case, as_of = draw(cs.cases_as_of(consent=None))
    as_of += dt.timedelta(days=draw(st.sampled_from([-400, -60, 0, 0, 30, 200])))
    consents = list(case.consents)
    for i, consent in enumerate(consents):
        if draw(st.booleans()):  # withdrawn shortly before the day checked, or after
            on = max(consent.granted_on, as_of - dt.timedelta(days=draw(st.integers(-10, 40))))
            consents[i] = consent.withdraw(on)
    if draw(st.booleans()) and consents:
        consents += draw(st.lists(st.sampled_from(consents), max_size=2))
    case = attrs.evolve(
        case,
        reviews=tuple(draw(_rough_reviews(case))),
        referrals=tuple(draw(_rough_referrals(case))),
        consents=tuple(consents),
    )
    if draw(st.booleans()) and len(case.stage_history) > 1:  # history out of date order
        case = attrs.evolve(case, stage_history=case.stage_history[::-1])
    if draw(st.booleans()) and case.assessment.needs:
        need = attrs.evolve(case.assessment.needs[0], description="  ")
        assessment = attrs.evolve(case.assessment, needs=(need, *case.assessment.needs[1:]))
        case = attrs.evolve(case, assessment=assessment)
    return case, as_of


def _run(name: str, case: Case, ctx: CheckContext) -> list[Finding]:
    return list(DEFAULT_RULES[name](case, ctx))


def _paths(name: str, case: Case, ctx: CheckContext) -> list[str]:
    return [f.path for f in _run(name, case, ctx)]


@given(rough_cases())
def test_record_rules_match_the_plain_versions(drawn: tuple[Case, dt.date]) -> None:
    """The record.* rules: same findings, same paths, same order."""
    case, as_of = drawn
    ctx = CheckContext.at(as_of)
    assert list(records.blank_text(case, ctx)) == _run("record.blank-text", case, ctx)
    assert list(records.unknown_references(case, ctx)) == _run(
        "record.unknown-reference", case, ctx
    )
    assert list(records.duplicate_ids(case, ctx)) == _run("record.duplicate-id", case, ctx)
    assert list(records.dates_out_of_order(case, ctx)) == _run(
        "record.dates-out-of-order", case, ctx
    )


@given(rough_cases())
def test_the_record_screens_hide_no_finding(drawn: tuple[Case, dt.date]) -> None:
    """A case the quick screens pass is one the plain walks find nothing in."""
    case, as_of = drawn
    ctx = CheckContext.at(as_of)
    if _all_distinct(case):
        assert not list(records.duplicate_ids(case, ctx))
    if _all_known(case):
        assert not list(records.unknown_references(case, ctx))


@given(rough_cases())
def test_goal_rules_match_a_scan_of_every_review(drawn: tuple[Case, dt.date]) -> None:
    """goal.stalled and goal.outperformed through the per-case score index."""
    case, as_of = drawn
    ctx = CheckContext.at(as_of)
    assert list(ref.goal_stalled(case, ctx)) == _run("goal.stalled", case, ctx)
    assert list(ref.goal_outperformed(case, ctx)) == _run("goal.outperformed", case, ctx)


@given(rough_cases())
def test_referral_rules_match_a_scan_of_every_consent(drawn: tuple[Case, dt.date]) -> None:
    """The referral rules through the per-case referral facts and consent index."""
    case, as_of = drawn
    ctx = CheckContext.at(as_of)
    assert list(ref.referral_without_consent(case, ctx)) == _run("referral.no-consent", case, ctx)
    withdrawn = _paths("referral.consent-withdrawn", case, ctx)
    assert list(ref.consent_withdrawn(case, ctx)) == withdrawn
    checks = [(f.path, f.message) for f in _run("referral.not-checked", case, ctx)]
    assert list(ref.checks_not_done(case, ctx)) == checks
    overdue = _paths("referral.follow-up-overdue", case, ctx)
    assert list(ref.follow_up_overdue(case, ctx)) == overdue
    duplicates = [
        f"{f.path} after {f.message.rsplit('(', 1)[1].rstrip(')')}"
        for f in _run("referral.duplicate", case, ctx)
    ]
    assert list(ref.duplicate_referral(case, ctx)) == duplicates
    crowded = [
        f"{f.path} {f.message.split(' has ')[1].split()[0]}"
        for f in _run("referral.over-resourced", case, ctx)
    ]
    assert list(ref.over_resourced(case, ctx)) == crowded
    transfers = [
        f.path
        for f in _run("transfer.no-written-consent", case, ctx)
        if f.path.startswith("$.referrals")
    ]
    assert list(ref.transfer_paths(case, ctx)) == transfers


@given(rough_cases())
def test_referral_standing_is_each_referral_asked_alone(drawn: tuple[Case, dt.date]) -> None:
    """``standing``, worked out in one pass, answers as each referral and consent asked alone."""
    case, as_of = drawn
    now = standing(case, as_of)
    assert len(now.sent) == len(now.status) == len(now.covering_now) == len(case.referrals)
    for i, referral in enumerate(case.referrals):
        sent = referral.sent_on
        sent = sent if sent is not None and sent <= as_of else None
        status = referral.status_on(as_of)
        covering = (
            None if sent is None else consents_covering(case.consents, referral.to.party_ids, sent)
        )
        on_day = (
            consents_covering(case.consents, referral.to.party_ids, as_of)
            if covering and status.is_open
            else None
        )
        assert (now.sent[i], now.status[i]) == (sent, status)
        assert (now.covering_sent[i], now.covering_now[i]) == (covering, on_day)


@given(rough_cases(), st.integers(-400, 400))
def test_latest_activity_is_the_first_of_the_latest_listed(
    drawn: tuple[Case, dt.date], shift: int
) -> None:
    """``closure.notes-up-to-date``'s latest activity, one loop per kind, equals a full listing."""
    case, as_of = drawn
    for day in (as_of, as_of + dt.timedelta(days=shift), case.opened_on):
        assert _latest_activity(case, day) == ref.latest_activity(case, day)


@given(rough_cases(), st.sampled_from([None, "cm-1", "sp-1", "new-provider"]))
def test_stakeholders_are_the_plain_listing(drawn: tuple[Case, dt.date], to: str | None) -> None:
    """The closure stakeholders, kept per case, equal a fresh listing with or without a
    transfer target (the same case asked twice: the kept part must not change)."""
    case, as_of = drawn
    record = ClosureRecord(reason=ClosureReason.TRANSFERRED, closed_on=as_of, transfer_to=to)
    for _ in range(2):
        assert list(_stakeholders(case, None)) == ref.stakeholders(case, None)
        assert list(_stakeholders(case, record)) == ref.stakeholders(case, to)


@given(cs.dates(), st.sampled_from(["1 month", "2 weeks", "1 year", "3 days"]))
def test_disengagement_window_is_counted_back_from_the_day(day: dt.date, within: str) -> None:
    """The cached window start of ``case.disengaged`` is the frame counted back afresh."""
    assert _window_start(day, within) == ref.window_start(day, within)


@given(rough_cases())
def test_a_whole_run_is_every_rule_run_on_its_own(drawn: tuple[Case, dt.date]) -> None:
    """``RuleSet.run`` (one list, types checked once) equals each rule through ``run_rule``."""
    case, as_of = drawn
    ctx = CheckContext.at(as_of)
    expected = [f for name, rule in DEFAULT_RULES for f in run_rule(name, rule, case, ctx)]
    assert DEFAULT_RULES.run(case, ctx) == expected


def test_a_broken_rule_between_good_ones_keeps_every_finding_in_place() -> None:
    """A rule that yields junk, then one that raises after a finding: order is kept."""
    good = Finding("a.b", "info", "m")

    def junk(case: object, ctx: object) -> list[Finding]:
        return [good, 3, good]  # type: ignore[list-item]  # a rule that breaks its contract

    def raises(case: object, ctx: object) -> Iterator[Finding]:
        yield good
        raise KeyError

    rules: RuleSet[object, object] = RuleSet(
        (("ok", lambda c, x: [good]), ("junk", junk), ("raises", raises), ("after", junk))
    )
    codes = [(f.code, f.message) for f in rules.run(None, None)]
    expected = [(f.code, f.message) for n, r in rules for f in run_rule(n, r, None, None)]
    assert codes == expected
    assert [c for c, _ in codes] == [
        "a.b", "a.b", "rule.failed", "a.b", "a.b", "rule.failed", "a.b", "rule.failed", "a.b"
    ]  # fmt: skip


@given(rough_cases(), rough_cases())
def test_indexes_follow_the_case_across_threads(
    first: tuple[Case, dt.date], second: tuple[Case, dt.date]
) -> None:
    """Two threads checking different cases with one context each get their own findings."""
    ctx = CheckContext.at(first[1])
    expected = {id(c): DEFAULT_RULES.run(c, ctx) for c in (first[0], second[0])}
    got: dict[int, list[list[Finding]]] = {id(first[0]): [], id(second[0]): []}

    def check(case: Case) -> None:
        for _ in range(3):
            got[id(case)].append(DEFAULT_RULES.run(case, ctx))

    threads = [threading.Thread(target=check, args=(c,)) for c in (first[0], second[0])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for key, runs in got.items():
        assert all(run == expected[key] for run in runs)
