"""Strategies for the assessment and the plan: needs, strengths, risks, goals, actions."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from casemgmt.assessment import (
    Assessment,
    AssessmentSession,
    InformationSource,
    Need,
    NeedDomain,
    NeedPriority,
    Risk,
    RiskKind,
    RiskLevel,
    Strength,
    StrengthKind,
)
from casemgmt.planning._records import (
    Action,
    ActionKind,
    ActionStatus,
    CasePlan,
    DeferredNeed,
    Goal,
    GoalHorizon,
    GoalStatus,
    Responsible,
    StrengthStrategy,
)
from casemgmt.testing.strategies._common import (
    EPOCH,
    IDS,
    TEXT,
    WORDS,
    dates,
    day_after,
    timeframes,
)

__all__ = ["actions", "assessments", "case_plans", "goals", "needs", "risks", "strengths"]

_SOURCES = st.lists(st.sampled_from(InformationSource), max_size=2, unique=True).map(tuple)


_OWNERS = (
    Responsible.CLIENT,
    Responsible.CASE_MANAGER,
    Responsible.SUPPORT_PERSON,
    Responsible.EXTERNAL_SERVICE,
)
"""Who does an action in seed 002's plans (the roles a plan's "by whom" names)."""


def need(draw: st.DrawFn, number: int, domain: NeedDomain | None = None) -> Need:
    """Need ``number``, in ``domain`` when given."""
    return Need(
        number=number,
        domain=domain if domain is not None else draw(st.sampled_from(NeedDomain)),
        description=draw(TEXT),
        priority=draw(st.sampled_from(NeedPriority)),
        sources=draw(_SOURCES),
        in_clients_words=draw(st.booleans()),
        verified_with_client=draw(st.booleans()),
    )


def needs(number: int | None = None) -> st.SearchStrategy[Need]:
    return st.composite(
        lambda draw: need(draw, number if number is not None else draw(st.integers(1, 50)))
    )()


def strengths() -> st.SearchStrategy[Strength]:
    return st.builds(Strength, id=IDS, kind=st.sampled_from(StrengthKind), description=TEXT)


def risk(draw: st.DrawFn, risk_id: str, identified_on: dt.date) -> Risk:
    """A risk; a high one always has a recorded response (a valid assessment)."""
    level = draw(st.sampled_from(RiskLevel))
    taken = draw(st.lists(WORDS, max_size=2))
    if level is RiskLevel.HIGH and not taken:
        taken = ["referred to the crisis team the same day"]
    return Risk(
        id=risk_id,
        kind=draw(st.sampled_from(RiskKind)),
        level=level,
        identified_on=identified_on,
        actions_taken=tuple(taken),
        statutory_notification=draw(st.booleans()),
    )


def risks(identified: st.SearchStrategy[dt.date] | None = None) -> st.SearchStrategy[Risk]:
    """Risks; a high one always has a recorded response (a valid assessment)."""
    return st.composite(
        lambda draw: risk(draw, draw(IDS), draw(identified if identified is not None else dates()))
    )()


def assessment(
    draw: st.DrawFn, start: dt.date, domains: tuple[NeedDomain, ...], *, max_risks: int = 2
) -> Assessment:
    """An assessment held on ``start`` with needs 1..n in ``domains`` and unique ids."""
    numbered = tuple(need(draw, i, d) for i, d in enumerate(domains, start=1))
    kinds = draw(st.lists(st.sampled_from(StrengthKind), max_size=3))
    return Assessment(
        needs=numbered,
        strengths=tuple(
            Strength(id=f"s-{i}", kind=k, description=draw(TEXT)) for i, k in enumerate(kinds, 1)
        ),
        risks=tuple(
            risk(draw, f"risk-{i}", start) for i in range(1, draw(st.integers(0, max_risks)) + 1)
        ),
        sessions=(
            AssessmentSession(held_on=start, need_numbers=tuple(range(1, len(domains) + 1))),
        ),
        client_prioritised=draw(st.booleans()),
        crisis_first=draw(st.booleans()),
        domains_explored=tuple(sorted(set(domains), key=lambda d: d.value)),
    )


def assessments(max_needs: int = 8, start: dt.date = EPOCH) -> st.SearchStrategy[Assessment]:
    """Assessments with needs numbered 1..n (numbers are stable and unique)."""
    domains = st.lists(st.sampled_from(NeedDomain), max_size=max_needs).map(tuple)
    return st.composite(lambda draw: assessment(draw, start, draw(domains)))()


def goal(
    draw: st.DrawFn,
    goal_id: str,
    cited: tuple[int, ...],
    plan_date: dt.date,
    status: GoalStatus | None = None,
) -> Goal:
    """A goal citing ``cited``; an achieved one (completed) says when (``achieved_on``)."""
    agreed = draw(st.booleans())
    status = status if status is not None else draw(st.sampled_from(GoalStatus))
    return Goal(
        id=goal_id,
        statement=draw(WORDS).capitalize(),
        need_numbers=cited,
        horizon=draw(st.sampled_from(GoalHorizon)),
        indicators=tuple(draw(st.lists(WORDS, max_size=2))),
        target_date=draw(st.none() | dates(plan_date, 720)),
        priority=draw(st.integers(1, 5)),
        status=status,
        agreed_by_client=agreed,
        agreed_on=plan_date if agreed else None,
        achieved_on=draw(dates(plan_date, 365)) if status is GoalStatus.COMPLETED else None,
    )


def goals(
    need_numbers: st.SearchStrategy[tuple[int, ...]] | None = None,
    goal_id: st.SearchStrategy[str] = IDS,
    plan_date: dt.date = EPOCH,
) -> st.SearchStrategy[Goal]:
    cited = (
        need_numbers
        if need_numbers is not None
        else st.lists(st.integers(1, 8), min_size=1, max_size=3).map(tuple)
    )
    return st.composite(lambda draw: goal(draw, draw(goal_id), draw(cited), plan_date))()


def action(
    draw: st.DrawFn, action_id: str, goal_id: str, plan_date: dt.date, done_by: dt.date | None
) -> Action:
    """An action due by its time frame from ``plan_date``; a done one says when.

    ``done_by`` is the last day it could have been done (``None``: never done).
    """
    frame = draw(timeframes())
    due = frame.due_from(plan_date)
    statuses = list(ActionStatus) if done_by is not None else [
        s for s in ActionStatus if s is not ActionStatus.DONE
    ]  # fmt: skip
    status = draw(st.sampled_from(statuses))
    completed = None
    if status is ActionStatus.DONE and done_by is not None:
        completed = day_after(draw, plan_date, 0, max(0, (done_by - plan_date).days))
    return Action(
        id=action_id,
        goal_id=goal_id,
        what=draw(WORDS),
        responsible=draw(st.sampled_from(_OWNERS)),
        kind=draw(st.sampled_from(ActionKind)),
        timeframe=frame,
        timeframe_note=draw(st.sampled_from(["", "to book in", "for an appointment"])),
        due_date=due,
        status=status,
        completed_on=completed,
    )


def actions(goal_id: str = "g-1", plan_date: dt.date = EPOCH) -> st.SearchStrategy[Action]:
    return st.composite(
        lambda draw: action(
            draw, f"a-{draw(IDS)}", goal_id, plan_date, plan_date + dt.timedelta(days=60)
        )
    )()


def plan(
    draw: st.DrawFn,
    need_numbers: tuple[int, ...],
    created: dt.date,
    *,
    version: int = 1,
    strength_ids: tuple[str, ...] = (),
    goal_statuses: st.SearchStrategy[GoalStatus] | None = None,
    done_by: dt.date | None = None,
    min_goals: int = 0,
) -> CasePlan:
    """A plan whose goals cite only ``need_numbers`` and whose actions cite its goals.

    Actions may be done (``completed_on``) up to ``done_by``; ``None``: none done yet.
    """
    most = min(5, len(need_numbers))  # no needs, no goals
    count = draw(st.integers(min(min_goals, most), most))
    cited = st.lists(st.sampled_from(need_numbers), min_size=1, max_size=2, unique=True)
    plan_goals = tuple(
        goal(
            draw,
            f"g-{i}",
            tuple(draw(cited)),
            created,
            draw(goal_statuses) if goal_statuses is not None else None,
        )
        for i in range(1, count + 1)
    )
    plan_actions = [
        action(draw, f"{g.id}-a{j}", g.id, created, done_by)
        for g in plan_goals
        for j in range(draw(st.integers(0, 3)))
    ]
    covered = {
        n for g in plan_goals if g.status is not GoalStatus.ENTERED_IN_ERROR
        for n in g.need_numbers
    }  # fmt: skip
    signed = draw(st.booleans())
    return CasePlan(
        version=version,
        created_on=created,
        goals=plan_goals,
        actions=tuple(plan_actions),
        deferred_needs=tuple(
            DeferredNeed(need_number=n, reason="crisis first: housing before this need")
            for n in need_numbers
            if n not in covered
        ),
        strength_strategies=tuple(
            StrengthStrategy(strength_id=s, strategy="build on it in every goal")
            for s in strength_ids
        ),
        review_date=draw(st.none() | dates(created + dt.timedelta(days=30), 150)),
        agreed_by_client=signed,
        signed_by_client_on=created if signed else None,
        signed_by_case_manager_on=created if signed else None,
    )


def case_plans(
    need_numbers: tuple[int, ...] = (1, 2, 3),
    created: dt.date = EPOCH,
    version: int = 1,
    strength_ids: tuple[str, ...] = (),
) -> st.SearchStrategy[CasePlan]:
    """Plans whose goals cite only ``need_numbers``, whose actions cite real goals,
    and which build on each of ``strength_ids``."""
    return st.composite(
        lambda draw: plan(
            draw,
            need_numbers,
            created,
            version=version,
            strength_ids=strength_ids,
            done_by=created + dt.timedelta(days=60),
        )
    )()
