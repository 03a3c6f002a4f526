"""Contexts handed out again for the same day are the contexts made afresh (issue 19)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casemgmt import Case, validate
from casemgmt.checks import DEFAULT_RULES
from casemgmt.closure import DEFAULT_POLICY, ClosureReason, ClosureRecord, evaluate
from casemgmt.closure._policy import ClosureContext
from casemgmt.core import CheckContext
from casemgmt.testing import strategies as cst

days = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))


@given(st.lists(days, min_size=1, max_size=6))
def test_check_context_is_the_one_for_its_day(asked: list[dt.date]) -> None:
    """Whatever days come in whatever order, each context is for the day asked."""
    for day in asked:
        assert CheckContext.at(day) == CheckContext(day)


def test_a_subclass_gets_its_own_class() -> None:
    class Mine(CheckContext):
        pass

    day = dt.date(2025, 6, 30)
    CheckContext.at(day)
    assert type(Mine.at(day)) is Mine


@given(
    st.lists(st.tuples(days, st.integers(0, 30), st.booleans()), min_size=1, max_size=6),
)
def test_closure_context_is_the_one_for_its_policy_and_day(
    asked: list[tuple[dt.date, int, bool]],
) -> None:
    """Policies with other parameters and records never get another's context."""
    for day, notice, with_record in asked:
        policy = DEFAULT_POLICY.with_params(notice_days=notice)
        record = (
            ClosureRecord(reason=ClosureReason.CLIENT_CHOSE_TO_END, closed_on=day, by="cm-1")
            if with_record
            else None
        )
        expected = ClosureContext(
            as_of=day,
            proposed=record,
            notice_days=notice,
            min_contact_attempts=policy.min_contact_attempts,
            min_contact_span_days=policy.min_contact_span_days,
            min_contact_channels=policy.min_contact_channels,
        )
        made = policy.context(day, record)
        assert made == expected
        assert made.proposed is record


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cst.cases(), days, days)
def test_findings_with_a_reused_context_are_the_findings_with_a_fresh_one(
    case: Case, first: dt.date, day: dt.date
) -> None:
    """``validate`` and ``evaluate`` (which hand contexts out again) find what the rule
    sets find with contexts made afresh, after a check on another day or the same."""
    validate(case, as_of=first)
    evaluate(case, as_of=first)
    assert validate(case, as_of=day) == DEFAULT_RULES.run(case, CheckContext(day))
    fresh = DEFAULT_POLICY.rules.run(case, DEFAULT_POLICY._context(day, None))
    assert evaluate(case, as_of=day).findings == fresh
