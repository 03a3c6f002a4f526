"""Monitoring rules over whole cases; each cites the seed it encodes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given

from casemgmt import Case, CasePlan, CheckContext, Client, Finding, Goal, Severity, validate
from casemgmt.closure import ClosureReason, ClosureRecord
from casemgmt.monitoring import (
    MONITORING_RULES,
    Achievement,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    GoalProgress,
    PlanRevision,
    Review,
    RevisionKind,
    action_overdue,
    case_disengaged,
    goal_outperformed,
    goal_stalled,
    hold_too_long,
    put_on_hold,
    review_next_overdue,
    review_overdue,
    review_views_disagree,
    revise_plan,
    revision_no_reason,
    revision_no_review_date,
    revision_not_agreed,
    revision_service_not_agreed,
)
from casemgmt.planning._records import Action, ActionStatus, GoalStatus, Responsible
from casemgmt.testing.strategies import cases

D = dt.date
CLOSED = ClosureRecord(reason=ClosureReason.GOALS_ACHIEVED, closed_on=D(2025, 1, 1))


def _case(**changes: Any) -> Case:
    plan = CasePlan(
        created_on=D(2024, 9, 4),
        goals=(
            Goal(
                id="g-1",
                statement="Carla will move into a two-bedroom flat",
                need_numbers=(1,),
                target_date=D(2025, 9, 4),
                agreed_by_client=True,
                agreed_on=D(2024, 9, 4),
            ),
            Goal(id="g-2", statement="Carla will work 15 hours a week", need_numbers=(2,)),
        ),
        actions=(
            Action(id="a-1", goal_id="g-1", what="Apply to RentConnect", due_date=D(2024, 10, 4)),
            Action(
                id="a-2",
                goal_id="g-2",
                what="Visit the job club",
                due_date=D(2024, 9, 18),
                status=ActionStatus.DONE,
            ),
        ),
        review_date=D(2025, 1, 4),
    )
    base = Case(
        id="case-1", client=Client(id="c-1", name="Carla"), opened_on=D(2024, 9, 1), plan=plan
    )
    return attrs.evolve(base, **changes)


def _codes(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in findings]


def _progress(goal: str, achievement: Achievement, **more: Any) -> GoalProgress:
    return GoalProgress(goal_id=goal, achievement=achievement, **more)


def _at(rule: Any, case: Case, day: D) -> list[Finding]:
    return list(rule(case, CheckContext(day)))


# review.overdue ----------------------------------------------------------------------------


def test_review_overdue_when_the_date_passed_without_a_review() -> None:
    """Seed 002: the plan carries "a date to review"; past it with no review is overdue."""
    findings = validate(_case(), as_of=D(2025, 1, 5))
    expected = [("review.overdue", "$.plan.review_date")]
    assert expected == [(f.code, f.path) for f in findings if f.code.startswith("review.")]


def test_review_overdue_is_a_warning() -> None:
    """ACCEPTANCE: review.overdue is a WARNING."""
    expected = [Severity.WARNING]
    assert expected == [f.severity for f in _at(review_overdue, _case(), D(2025, 2, 1))]


def test_review_not_overdue_on_the_review_date() -> None:
    """As of the review date itself it is due, not overdue."""
    expected: list[Finding] = []
    assert expected == _at(review_overdue, _case(), D(2025, 1, 4))


def test_review_held_on_the_date_meets_it() -> None:
    """A review held on the review date counts."""
    case = _case(reviews=(Review(held_on=D(2025, 1, 4)),))
    expected: list[Finding] = []
    assert expected == _at(review_overdue, case, D(2025, 3, 1))


def test_review_held_before_the_date_does_not_meet_it() -> None:
    """An earlier review does not stand in for the one now due."""
    case = _case(reviews=(Review(held_on=D(2024, 12, 1)),))
    expected = ["review.overdue"]
    assert expected == [f.code for f in _at(review_overdue, case, D(2025, 3, 1))]


def test_closed_case_has_no_overdue_review() -> None:
    """A closed case is not reviewed."""
    expected: list[Finding] = []
    assert expected == _at(review_overdue, _case(closure=CLOSED), D(2025, 3, 1))


# review.next-overdue -----------------------------------------------------------------------


def test_next_review_set_at_a_review_becomes_due() -> None:
    """Seed 002: reviews are regular; the date a review sets is the next one due."""
    case = _case(reviews=(Review(held_on=D(2025, 1, 6), next_review_on=D(2025, 5, 6)),))
    expected = [("review.next-overdue", "$.reviews[0].next_review_on")]
    assert expected == _codes(_at(review_next_overdue(), case, D(2025, 5, 7)))


def test_next_review_from_cadence_when_none_was_set() -> None:
    """Seed 002: "scheduled regularly (for example, every four months)"."""
    case = _case(reviews=(Review(held_on=D(2025, 1, 6)),))
    rule = review_next_overdue("every 4 months")
    expected: list[tuple[list[str], list[str]]] = [([], ["review.next-overdue"])]
    assert expected == [
        (
            [f.code for f in _at(rule, case, D(2025, 5, 6))],
            [f.code for f in _at(rule, case, D(2025, 5, 7))],
        )
    ]


def test_next_overdue_defers_to_the_plan_review_date() -> None:
    """While the plan's own review date is unmet, review.overdue speaks, not this rule."""
    case = _case(reviews=(Review(held_on=D(2024, 10, 1), next_review_on=D(2024, 11, 1)),))
    expected: list[Finding] = []
    assert expected == _at(review_next_overdue(), case, D(2025, 3, 1))


# action.overdue ----------------------------------------------------------------------------


def test_open_action_past_due_is_overdue() -> None:
    """Seed 002: each action has a target time frame; an open one past it is overdue."""
    expected = [("action.overdue", "$.plan.actions[0]")]
    assert expected == _codes(_at(action_overdue, _case(), D(2024, 10, 5)))


def test_done_action_is_not_overdue() -> None:
    """Actions already done are not chased."""
    expected: list[Finding] = []
    assert expected == _at(action_overdue, _case(), D(2024, 10, 4))


def test_actions_wait_while_the_plan_is_on_hold() -> None:
    """Seed 003: in a crisis the plan may be "completely put aside"."""
    held = put_on_hold(_case(), on=D(2024, 10, 1), reason="client hospitalised", by="cm-1")
    expected: list[Finding] = []
    assert expected == _at(action_overdue, held, D(2024, 11, 1))


# goal.stalled ------------------------------------------------------------------------------


def _reviews(*achievements: Achievement) -> tuple[Review, ...]:
    return tuple(
        Review(held_on=D(2024, 10, 1) + dt.timedelta(days=30 * i), progress=(_progress("g-1", a),))
        for i, a in enumerate(achievements)
    )


def test_goal_stalled_after_two_reviews_without_progress() -> None:
    """Seed 003: "not making the expected progress" calls for a change of strategy."""
    case = _case(
        reviews=_reviews(Achievement.IMPROVING, Achievement.NO_CHANGE, Achievement.NO_PROGRESS)
    )
    expected = [("goal.stalled", "$.plan.goals[0]")]
    assert expected == _codes(_at(goal_stalled(), case, D(2024, 12, 5)))


def test_one_review_without_progress_is_not_a_stall() -> None:
    """A single flat review is not yet a pattern (default N = 2)."""
    case = _case(reviews=_reviews(Achievement.IMPROVING, Achievement.NO_CHANGE))
    expected: list[Finding] = []
    assert expected == _at(goal_stalled(), case, D(2024, 12, 5))


def test_stall_threshold_is_configurable() -> None:
    """An agency can ask for three flat reviews before calling it a stall."""
    case = _case(reviews=_reviews(Achievement.WORSENING, Achievement.NO_CHANGE))
    expected: list[Finding] = []
    assert expected == _at(goal_stalled(reviews=3), case, D(2024, 12, 5))


def test_stall_answered_by_a_revision_is_not_reported() -> None:
    """Seed 003: once the strategies for the goal were changed, the stall has been acted on."""
    case = _case(reviews=_reviews(Achievement.NO_CHANGE, Achievement.NO_CHANGE))
    assert case.plan is not None
    new_action = Action(id="a-9", goal_id="g-1", what="Ask Housing Connect", due_date=D(2025, 1, 1))
    revised = revise_plan(
        case,
        attrs.evolve(case.plan, actions=(*case.plan.actions, new_action)),
        on=D(2024, 11, 1),
        reason="no progress; try another service",
        agreed_by_client=True,
        by="cm-1",
    )
    expected: list[Finding] = []
    assert expected == _at(goal_stalled(), revised, D(2024, 12, 5))


def test_completed_goal_does_not_stall() -> None:
    """Only open goals can stall."""
    case = _case(reviews=_reviews(Achievement.NO_CHANGE, Achievement.NO_CHANGE))
    assert case.plan is not None
    done = attrs.evolve(
        case.plan, goals=(attrs.evolve(case.plan.goals[0], status=GoalStatus.COMPLETED),)
    )
    expected: list[Finding] = []
    assert expected == _at(goal_stalled(), attrs.evolve(case, plan=done), D(2024, 12, 5))


# goal.outperformed -------------------------------------------------------------------------


def test_goal_at_plus_two_is_outperformed() -> None:
    """Seed 003: a client "outperforming their plan" may show the plan was too modest."""
    review = Review(
        held_on=D(2024, 12, 1), progress=(_progress("g-1", Achievement.IMPROVING, gas_level=2),)
    )
    expected = [("goal.outperformed", "$.reviews[0].progress[0]")]
    assert expected == _codes(_at(goal_outperformed(), _case(reviews=(review,)), D(2024, 12, 5)))


def test_goal_achieved_early_is_outperformed() -> None:
    """Seed 003: achieved within the first half of the time planned for it."""
    review = Review(held_on=D(2024, 12, 1), progress=(_progress("g-1", Achievement.ACHIEVED),))
    expected = ["goal.outperformed"]
    assert expected == [
        f.code for f in _at(goal_outperformed(), _case(reviews=(review,)), D(2024, 12, 5))
    ]


def test_goal_achieved_on_time_is_not_outperformed() -> None:
    """Achieved late in its time frame is simply achieved."""
    review = Review(held_on=D(2025, 8, 1), progress=(_progress("g-1", Achievement.ACHIEVED),))
    expected: list[Finding] = []
    assert expected == _at(goal_outperformed(), _case(reviews=(review,)), D(2025, 8, 5))


# review.views-disagree ---------------------------------------------------------------------


def test_client_and_worker_views_that_clash_prompt_a_talk() -> None:
    """Seed 003: "a significant clash between the client's understanding of their progress and
    the case manager's perspective"."""
    review = Review(
        held_on=D(2024, 12, 1),
        progress=(_progress("g-1", Achievement.IMPROVING, client_view=Achievement.NO_CHANGE),),
    )
    findings = _at(review_views_disagree, _case(reviews=(review,)), D(2024, 12, 5))
    expected = [("review.views-disagree", "$.reviews[0].progress[0]", Severity.INFO)]
    assert expected == [(f.code, f.path, f.severity) for f in findings]


def test_views_that_agree_in_direction_are_fine() -> None:
    """Improving and achieved both see progress."""
    review = Review(
        held_on=D(2024, 12, 1),
        progress=(_progress("g-1", Achievement.IMPROVING, client_view=Achievement.ACHIEVED),),
    )
    expected: list[Finding] = []
    assert expected == _at(review_views_disagree, _case(reviews=(review,)), D(2024, 12, 5))


def test_only_the_latest_review_is_checked_for_clashing_views() -> None:
    """An old clash was discussed then; the latest review is what to talk about now."""
    old = Review(
        held_on=D(2024, 10, 1),
        progress=(_progress("g-1", Achievement.IMPROVING, client_view=Achievement.NO_CHANGE),),
    )
    new = Review(held_on=D(2024, 12, 1), progress=(_progress("g-1", Achievement.IMPROVING),))
    expected: list[Finding] = []
    assert expected == _at(review_views_disagree, _case(reviews=(old, new)), D(2024, 12, 5))


# case.disengaged ---------------------------------------------------------------------------


def _attempts(
    *days: int, result: ContactResult = ContactResult.NO_ANSWER
) -> tuple[ContactAttempt, ...]:
    return tuple(
        ContactAttempt(on=D(2024, 11, d), channel=ContactChannel.PHONE, result=result, by="cm-1")
        for d in days
    )


def test_three_failed_attempts_in_a_month_is_disengagement() -> None:
    """Seed 000: clients who "don't respond to phone messages or can no longer be contacted"."""
    case = _case(contact_attempts=_attempts(3, 10, 17))
    expected = [("case.disengaged", "$.contact_attempts[0]")]
    assert expected == _codes(_at(case_disengaged(), case, D(2024, 11, 20)))


def test_a_successful_contact_resets_the_count() -> None:
    """Once the client is reached, earlier failed tries no longer count."""
    reached = _attempts(12, result=ContactResult.REACHED)
    case = _case(contact_attempts=(*_attempts(3, 10), *reached, *_attempts(17)))
    expected: list[Finding] = []
    assert expected == _at(case_disengaged(), case, D(2024, 11, 20))


def test_a_review_counts_as_contact() -> None:
    """A review held with the client is contact too."""
    case = _case(contact_attempts=_attempts(3, 10, 17), reviews=(Review(held_on=D(2024, 11, 15)),))
    expected: list[Finding] = []
    assert expected == _at(case_disengaged(), case, D(2024, 11, 20))


def test_old_failures_fall_out_of_the_window() -> None:
    """Failures older than the window do not count."""
    case = _case(contact_attempts=_attempts(3, 10, 17))
    expected: list[Finding] = []
    assert expected == _at(case_disengaged(within="2 weeks"), case, D(2024, 11, 20))


def test_disengagement_threshold_is_configurable() -> None:
    """An agency may act after two failed attempts."""
    case = _case(contact_attempts=_attempts(10, 17))
    expected = ["case.disengaged"]
    assert expected == [f.code for f in _at(case_disengaged(attempts=2), case, D(2024, 11, 20))]


# revisions ---------------------------------------------------------------------------------


def _revision(**changes: Any) -> PlanRevision:
    base = PlanRevision(
        from_version=1,
        to_version=2,
        revised_on=D(2024, 12, 1),
        reason="moved suburb",
        agreed_by_client=True,
        new_review_date=D(2025, 4, 1),
    )
    return attrs.evolve(base, **changes)


@pytest.mark.parametrize(
    ("rule", "changes", "code"),
    [
        (revision_no_reason, {"reason": "  "}, "revision.no-reason"),
        (revision_not_agreed, {"agreed_by_client": False}, "revision.not-agreed"),
        (revision_no_review_date, {"new_review_date": None}, "revision.no-review-date"),
    ],
)
def test_revision_gaps_are_findings(rule: Any, changes: dict[str, Any], code: str) -> None:
    """Seeds 002, 003 (Arnott et al.): every change is agreed, says why, and sets a review date."""
    case = _case(revisions=(_revision(), _revision(**changes)))
    expected = [(code, "$.revisions[1]")]
    assert expected == _codes(_at(rule, case, D(2025, 1, 1)))


def _service_revision(agreed_by: tuple[str, ...]) -> Case:
    case = _case()
    assert case.plan is not None
    therapy = Action(
        id="a-9",
        goal_id="g-2",
        what="Family group therapy",
        responsible=Responsible.EXTERNAL_SERVICE,
        responsible_party="svc-kids",
        due_date=D(2025, 2, 1),
    )
    return revise_plan(
        case,
        attrs.evolve(case.plan, actions=(*case.plan.actions, therapy)),
        on=D(2024, 12, 1),
        reason="children anxious after the move",
        agreed_by_client=True,
        agreed_by=agreed_by,
        by="cm-1",
    )


def test_new_work_for_a_service_needs_its_agreement() -> None:
    """Seed 003: engaging a provider means negotiating the change with that agency."""
    expected = [("revision.service-not-agreed", "$.revisions[0]")]
    assert expected == _codes(
        _at(revision_service_not_agreed, _service_revision(()), D(2025, 1, 1))
    )


def test_service_that_agreed_is_fine() -> None:
    """The service named in agreed_by has negotiated the change."""
    expected: list[Finding] = []
    assert expected == _at(
        revision_service_not_agreed, _service_revision(("svc-kids",)), D(2025, 1, 1)
    )


def test_a_crisis_hold_needs_no_prior_agreement() -> None:
    """Seed 003: respond to a crisis first; the hold itself is not a change to agree."""
    hold = _revision(kind=RevisionKind.HOLD, agreed_by_client=False, new_review_date=None)
    case = _case(revisions=(hold,))
    expected: list[Finding] = []
    assert expected == _at(revision_not_agreed, case, D(2025, 1, 1)) + _at(
        revision_no_review_date, case, D(2025, 1, 1)
    )


def test_a_long_hold_prompts_a_return_to_the_plan() -> None:
    """Seed 003: once the crisis is dealt with, "return to the case plan with their client"."""
    held = put_on_hold(_case(), on=D(2024, 10, 1), reason="client hospitalised", by="cm-1")
    expected = [("crisis.hold-too-long", "$.plan.on_hold_since")]
    assert expected == _codes(_at(hold_too_long(), held, D(2024, 11, 2)))


# the rule set ------------------------------------------------------------------------------


def test_validate_runs_the_monitoring_rules() -> None:
    """casemgmt.validate includes every monitoring rule."""
    assert set(MONITORING_RULES.rule_names) <= set(__import__("casemgmt").DEFAULT_RULES.rule_names)


def test_an_agency_can_change_a_threshold() -> None:
    """Thresholds change by replacing a named rule, without subclassing."""
    rules = MONITORING_RULES.replace("goal.stalled", goal_stalled(reviews=3))
    case = _case(reviews=_reviews(Achievement.NO_CHANGE, Achievement.NO_CHANGE))
    expected: list[Finding] = []
    assert expected == [
        f for f in validate(case, as_of=D(2024, 12, 5), rules=rules) if f.code == "goal.stalled"
    ]


@pytest.mark.parametrize(
    "bad", [lambda: goal_stalled(0), lambda: case_disengaged(0), lambda: goal_outperformed(3)]
)
def test_nonsense_thresholds_are_refused(bad: Any) -> None:
    """A rule cannot be built with a threshold that means nothing."""
    with pytest.raises(ValueError):  # noqa: PT011 - each factory words it differently
        bad()


@given(cases())
def test_rules_never_crash_and_never_name_the_client(case: Case) -> None:
    """Any valid case: findings only, and no client name in messages, paths or hints."""
    case = attrs.evolve(case, client=attrs.evolve(case.client, name="Zyxqwv Qorbet"))
    findings = MONITORING_RULES.run(case, CheckContext(D(2026, 1, 1)))
    expected: list[Finding] = []
    assert expected == [f for f in findings if "Zyxqwv" in f"{f.message} {f.path} {f.hint}"]


def test_review_overdue_with_an_aware_datetime() -> None:
    """as_of may be an aware datetime; its calendar date counts."""
    as_of = dt.datetime(2025, 1, 5, 9, 0, tzinfo=dt.timezone.utc)
    expected = ["review.overdue"]
    assert expected == [
        f.code for f in validate(_case(), as_of=as_of) if f.code == "review.overdue"
    ]
