"""Whole cases: valid cases, cases with the day they are checked, closure proposals."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from casemgmt.case import Case
from casemgmt.closure import ClosureRecord
from casemgmt.testing.strategies._closing import DEFECTS, close_case, tidy_closure
from casemgmt.testing.strategies._common import day_after
from casemgmt.testing.strategies._story import open_case

__all__ = ["cases", "cases_as_of", "closure_proposals"]


@st.composite
def _cases(draw: st.DrawFn, closed: bool | None, consent: bool | None) -> tuple[Case, dt.date]:
    story = open_case(draw, consent=consent)
    if closed is False or (closed is None and draw(st.integers(0, 4)) < 3):
        return story.case, story.last
    case, record = tidy_closure(draw, story, transfers=consent is not False)
    return close_case(case, record), record.closed_on


def cases(*, closed: bool | None = None, consent: bool | None = True) -> st.SearchStrategy[Case]:
    """Valid, varied cases: open and closed, with and without plans, referrals,
    advocacy, reviews, plan changes, holds and employment. ``closed`` fixes which.

    Each case is a consistent story: stages, plan versions, reviews and
    contact in date order, achieved goals dated, sent referrals followed up,
    ids unique, and a closed case closed after its last entry with a record
    the default closure policy accepts.

    ``consent=True`` (the default) records written consents covering every
    referral's service (granted the day the referral was made) and every
    advocacy; ``consent=False`` records only the intake consent to collect,
    use and store, so every sent referral and every advocacy lacks consent;
    ``None`` draws consent for each referral and advocacy.
    """
    return _cases(closed, consent).map(lambda pair: pair[0])


def cases_as_of(
    *, closed: bool | None = None, consent: bool | None = True
) -> st.SearchStrategy[tuple[Case, dt.date]]:
    """``(case, as_of)``: a case from ``cases()`` and a day to check it on.

    ``as_of`` is on or after the case's last entry: often within two weeks
    (a client who just stopped answering is still disengaged), sometimes
    months later (reviews and follow-ups fall overdue).
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Case, dt.date]:
        case, last = draw(_cases(closed, consent))
        return case, day_after(draw, last, 0, draw(st.sampled_from([14, 14, 180])))

    return build()


@st.composite
def _proposals(draw: st.DrawFn, slips: bool | None) -> tuple[Case, ClosureRecord, dt.date]:
    story = open_case(draw, consent=True)
    case, record = tidy_closure(draw, story)
    wanted = draw(st.integers(0, 2)) < 2 if slips is None else slips
    if wanted:
        for defect in draw(st.lists(st.sampled_from(DEFECTS), min_size=1, max_size=3, unique=True)):
            case, record = defect(draw, case, record)
    as_of = record.closed_on + dt.timedelta(days=draw(st.sampled_from([0, 0, 0, 1, 3])))
    return case, record, as_of


def closure_proposals(
    *, slips: bool | None = None
) -> st.SearchStrategy[tuple[Case, ClosureRecord, dt.date]]:
    """``(case, record, as_of)``: an open case, a proposed closure, and the day it is judged.

    For an agency's policy tests, with ``casemgmt.closure.evaluate(case,
    as_of=as_of, record=record, policy=...)``. The record is complete and
    the file tidy unless ``slips`` (drawn by default) adds everyday
    mistakes: no or short notice, no agreement, no exit plan or way back,
    blank outcome, a stale file, a goal left open, a stakeholder not told,
    a date before the last step, supports not handed over, a transfer
    without written consent. So both eligible and blocked closures occur,
    with every reason, and about half the clients had a job start
    recorded as an achieved employment goal, some more than a year before
    closing (seed 000, ACMA: 12 months' sustained employment).
    """
    return _proposals(slips)
