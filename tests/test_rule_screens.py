"""Quick screens that settle the usual case never hide a finding (issue 19).

``case.disengaged`` returns at once when a case has fewer contact attempts
than it needs failures; ``referral.duplicate`` when no service is referred to
twice. Each is compared with its own walk run without the screen, on
roughened cases (repeated referrals) given extra contact attempts near the
day checked, so both the screened and the walked paths are exercised.
"""

from __future__ import annotations

import datetime as dt

import attrs
import hypothesis.strategies as st
from hypothesis import given, settings

from casemgmt.case import Case
from casemgmt.checks import DEFAULT_RULES
from casemgmt.core import CheckContext
from casemgmt.monitoring._signals import _disengaged, disengaged_since
from casemgmt.referrals._facts import standing
from casemgmt.referrals._follow_up import _duplicates
from casemgmt.testing import strategies as cs
from tests.test_rules_reference import rough_cases


@st.composite
def _with_attempts(draw: st.DrawFn) -> tuple[Case, dt.date]:
    case, as_of = draw(rough_cases())
    near = st.integers(-40, 3).map(lambda d: as_of + dt.timedelta(days=d))
    extra = draw(st.lists(cs.contact_attempts(near), max_size=6))
    if extra:
        case = attrs.evolve(case, contact_attempts=(*case.contact_attempts, *extra))
    if draw(st.integers(0, 3)) and case.referrals:  # exactly one service referred to twice
        once = list({ref.to.id: ref for ref in case.referrals}.values())
        case = attrs.evolve(case, referrals=(*once, draw(st.sampled_from(once))))
    if draw(st.booleans()):  # no review since: the failed attempts can count
        case = attrs.evolve(case, reviews=())
    return case, as_of


@given(_with_attempts(), st.integers(1, 5))
def test_disengaged_screen_hides_nothing(drawn: tuple[Case, dt.date], attempts: int) -> None:
    case, as_of = drawn
    assert _disengaged(case, as_of, attempts, "1 month") == disengaged_since(
        case, as_of, attempts, "1 month"
    )


@settings(max_examples=300)
@given(_with_attempts())
def test_duplicate_referral_screen_hides_nothing(drawn: tuple[Case, dt.date]) -> None:
    case, as_of = drawn
    ctx = CheckContext.at(as_of)
    walked = list(_duplicates(case, standing(case, as_of).status))
    assert walked == list(DEFAULT_RULES["referral.duplicate"](case, ctx))
